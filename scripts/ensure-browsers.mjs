// Makes sure the requested test browsers exist, and for the e2e suite the meeting server
// its Janus tests run (scripts/janus.mjs). On Debian as root it installs the missing ones
// with apt-get; anywhere else it says exactly what to run and fails.
// The one place that installs browsers: `npm test` runs it first (the `pretest` script) for
// the engines its BROWSERS and SUITES need; `node scripts/ensure-browsers.mjs chromium janus` names them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { discoverAll, requestedEngines } from './browsers.mjs';
import { discoverJanus } from './janus.mjs';

/** The test runners asked for with SUITES=node,browser (default: all four). */
export function requestedSuites(env = process.env) {
  return (env.SUITES ?? 'node,browser,e2e,packaging').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The engines a test run needs: BROWSERS for the browser suite, Chromium for e2e and packaging. */
export function enginesForSuites(suites = requestedSuites(), env = process.env) {
  const engines = new Set(suites.includes('browser') ? requestedEngines(env) : []);
  if (suites.includes('e2e') || suites.includes('packaging')) engines.add('chromium');
  return [...engines];
}

/** Whether a test run needs the Janus meeting server: the e2e suite's Janus tests do. */
export const needsJanus = (suites = requestedSuites()) => suites.includes('e2e');

// Janus counts as one more thing to install, named `janus`.
const janusFound = () => {
  const found = discoverJanus();
  return found.missing ? { engine: 'janus', missing: found.missing } : { engine: 'janus', source: 'system', executablePath: found.binary };
};

export async function ensureBrowsers(engines = requestedEngines(), { janus = false } = {}) {
  if (!engines.length && !janus) return [];
  const discover = async () => [...(await discoverAll(engines)), ...(janus ? [janusFound()] : [])];
  let found = await discover();
  let missing = found.filter((b) => b.missing);
  if (!missing.length) return found;

  const packages = [...new Set(missing.flatMap((b) => b.missing))];
  const names = missing.map((b) => b.engine).join(', ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    const browsers = missing.filter((b) => b.engine !== 'janus').map((b) => b.engine);
    const how = isDebian
      ? `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
      : [
          browsers.length ? `npx playwright install ${browsers.join(' ')}   (or set CHROMIUM_BIN / FIREFOX_BIN / WEBKIT_DRIVER_BIN + MINIBROWSER_BIN)` : '',
          browsers.length < missing.length ? 'Janus 1.x with its demos (https://github.com/meetecho/janus-gateway), then set JANUS_BIN, JANUS_DEMOS and JANUS_LIBRARIES' : '',
        ].filter(Boolean).join('\n  ');
    throw new Error(`Missing test browser(s) or server: ${names}.\nInstall them with:\n  ${how}\nor run only some engines, e.g. BROWSERS=chromium npm test`);
  }
  console.log(`[browsers] installing ${packages.join(' ')} for ${names} (apt-get, as root)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  found = await discover();
  missing = found.filter((b) => b.missing);
  if (missing.length) throw new Error(`Still missing after apt-get: ${missing.map((b) => b.engine).join(', ')}`);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const named = process.argv.slice(2);
  const engines = named.length ? named.filter((n) => n !== 'janus') : enginesForSuites();
  ensureBrowsers(engines, { janus: named.length ? named.includes('janus') : needsJanus() }).then(
    (found) => found.forEach((b) => console.log(`[browsers] ${b.engine}: ${b.source} ${b.executablePath ?? b.driver}`)),
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
