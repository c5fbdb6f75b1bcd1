// The one place that knows where the test browsers are.
//
// Order for each engine: an explicit environment variable, then a browser that
// Playwright manages (a developer laptop after `npx playwright install`), then the
// system's (Debian: chromium, firefox-esr, WebKitWebDriver + MiniBrowser).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Debian packages that provide each engine, for the install step and error messages. */
export const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};

const SYSTEM = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkitDriver: ['/usr/bin/WebKitWebDriver'],
  miniBrowser: [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ],
};

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

async function playwrightPath(engine) {
  try {
    const pw = await import('playwright-core');
    const path = pw[engine].executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The engines asked for with BROWSERS=chromium,firefox (default: all three). */
export function requestedEngines(env = process.env) {
  const list = (env.BROWSERS ?? ENGINES.join(','))
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`BROWSERS names unknown engine(s): ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return list;
}

/**
 * Where each engine is. Each entry is `{ engine, source, ... }` or
 * `{ engine, missing: [...packages] }`.
 */
export async function discover(engine, env = process.env) {
  if (engine === 'chromium') {
    if (env.CHROMIUM_BIN) return { engine, source: 'env', executablePath: env.CHROMIUM_BIN };
    const managed = await playwrightPath('chromium');
    if (managed) return { engine, source: 'playwright', executablePath: managed };
    const system = firstExisting(SYSTEM.chromium);
    return system ? { engine, source: 'system', executablePath: system } : { engine, missing: DEBIAN_PACKAGES.chromium };
  }
  if (engine === 'firefox') {
    if (env.FIREFOX_BIN) return { engine, source: 'env', executablePath: env.FIREFOX_BIN };
    const managed = await playwrightPath('firefox');
    if (managed) return { engine, source: 'playwright', executablePath: managed };
    const system = firstExisting(SYSTEM.firefox);
    return system ? { engine, source: 'system', executablePath: system } : { engine, missing: DEBIAN_PACKAGES.firefox };
  }
  if (engine === 'webkit') {
    if (!env.WEBKIT_DRIVER_BIN) {
      const managed = await playwrightPath('webkit');
      if (managed) return { engine, source: 'playwright', executablePath: managed };
    }
    const driver = env.WEBKIT_DRIVER_BIN ?? firstExisting(SYSTEM.webkitDriver);
    const miniBrowser = env.MINIBROWSER_BIN ?? firstExisting(SYSTEM.miniBrowser);
    const needsDisplay = !env.DISPLAY;
    const xvfb = needsDisplay ? hasCommand('xvfb-run') : true;
    if (driver && miniBrowser && xvfb) return { engine, source: env.WEBKIT_DRIVER_BIN ? 'env' : 'system', driver, miniBrowser, needsDisplay };
    return { engine, missing: DEBIAN_PACKAGES.webkit };
  }
  throw new Error(`unknown engine ${engine}`);
}

export function hasCommand(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function discoverAll(engines = requestedEngines(), env = process.env) {
  return Promise.all(engines.map((e) => discover(e, env)));
}

/** Chromium flags that work as root in a closed network, with fake camera and microphone. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];

/**
 * Chromium flags for WebRTC with a meeting server on this machine (the e2e suite's Janus):
 * candidates on the loopback interface too, and plain host candidates instead of mDNS
 * names, which a page without camera access would otherwise announce on the network.
 */
export const CHROMIUM_LOCAL_WEBRTC_ARGS = ['--allow-loopback-in-peer-connection', '--disable-features=WebRtcHideLocalIpsWithMdns'];

/** Firefox prefs for fake camera and microphone without a prompt. */
export const FIREFOX_PREFS = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
};
