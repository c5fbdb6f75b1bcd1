// Real-browser tests in Chromium, Firefox and WebKit. Which browser binary each
// engine uses is decided in scripts/browsers.mjs; this file only wires launchers.
import { spawn } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, FIREFOX_PREFS, discoverAll, requestedEngines } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { freePort } from './scripts/free-port.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

// WebKitWebDriver on a free port, in a process group of its own so that stopping it also
// ends the MiniBrowser it launched. It can be started again on a new port.
function webkitDriverProcess(driver) {
  let child;
  const stop = () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (stop(), process.exit(1)));
  async function start() {
    stop();
    const port = await freePort();
    child = spawn(driver, [`--port=${port}`], { stdio: 'ignore', detached: true });
    // Wait for the driver to listen before the runner connects.
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
      if (ok) return port;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`WebKitWebDriver did not start on port ${port}`);
  }
  return { start, stop };
}

// The WebDriver launcher, but closing a test page is not a test: when WebKitWebDriver fails
// to (under load it has stopped answering: UND_ERR_HEADERS_TIMEOUT once connectionRetryTimeout,
// 120 s, passed with no reply), that is not counted as a failed test. The page is closed only
// after its file's tests reported or the runner gave up on them, so their results, failures
// included, and the runner's own error for a file that did not finish in time are counted as
// they are. The driver and its browser are started again for the next file, which the hung
// one would fail too, and the error is printed.
function webkitLauncher(driverProcess, options) {
  const launcher = webdriverLauncher(options);
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    try {
      return await stopSession(id);
    } catch (err) {
      let url = id;
      try {
        url = (await launcher.getBrowserUrl(id)) ?? id;
      } catch {}
      console.error(`\nWebKitWebDriver did not close the test page ${url} (${err?.message ?? err}); starting a new driver for the next file.`);
      clearInterval(launcher.pendingHeartbeat);
      launcher.driver = undefined;
      launcher.driverManager = undefined;
      launcher.options.port = await driverProcess.start();
      return { testCoverage: undefined };
    }
  };
  return launcher;
}

async function launcherFor(found) {
  const { engine, source } = found;
  if (engine === 'chromium') {
    return playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: found.executablePath, headless: true, args: CHROMIUM_ARGS },
    });
  }
  if (engine === 'firefox' && source === 'playwright') {
    return playwrightLauncher({ product: 'firefox', launchOptions: { firefoxUserPrefs: FIREFOX_PREFS } });
  }
  if (engine === 'firefox') {
    return puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: found.executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS },
    });
  }
  if (engine === 'webkit' && source === 'playwright') {
    return playwrightLauncher({ product: 'webkit' });
  }
  const driverProcess = webkitDriverProcess(found.driver);
  return webkitLauncher(driverProcess, {
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: await driverProcess.start(),
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: found.miniBrowser,
        args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'],
      },
    },
  });
}

const found = await discoverAll(requestedEngines());
const missing = found.filter((b) => b.missing);
if (missing.length) {
  throw new Error(`Missing browsers: ${missing.map((b) => `${b.engine} (apt-get install ${b.missing.join(' ')})`).join(', ')}. Run npm test, which installs them.`);
}

const unloads = new Map();

// `setViewport` of @web/test-runner-commands leaves WebDriver out: this command sizes the
// window of a WebDriver session so that its viewport grows or shrinks by what the page asks.
const windowViewport = {
  name: 'window-viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'window-viewport') return undefined;
    if (session.browser.type !== 'webdriver') throw new Error('window-viewport is for WebDriver sessions; use setViewport');
    const driver = session.browser.driver;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(outer.width + payload.width - payload.from.width, outer.height + payload.height - payload.from.height);
    return true;
  },
};

export default {
  files: ['test/browser/**/*.test.ts', 'test/browser/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  // The page runs on localhost; test frames load from 127.0.0.1: a second origin. A free
  // port, never a fixed one: another checkout's test run on this machine may hold 8000,
  // and its server would answer this run's pages.
  hostname: 'localhost',
  port: await freePort(),
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: Number(process.env.TESTS_FINISH_TIMEOUT ?? 180000),
  testFramework: { config: { timeout: 20000 } },
  // The project's tsconfig.json: the element's properties are (legacy) decorators.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), windowViewport],
  middleware: [
    // The unload events of test frames (test/fixtures/frame.html?unload=1), sent as beacons
    // and told back by id: a frame being removed can no longer post to its page.
    async (ctx, next) => {
      if (ctx.path !== '/test/unloads') return next();
      const id = ctx.query.id;
      if (ctx.method === 'POST') {
        unloads.set(id, [...(unloads.get(id) ?? []), ctx.query.event]);
        ctx.status = 204;
      } else {
        ctx.body = unloads.get(id) ?? [];
      }
    },
    // A page that forbids camera and microphone for itself and every frame.
    async (ctx, next) => {
      await next();
      if (ctx.path === '/test/browser/permissions-policy.test.html') ctx.set('Permissions-Policy', 'camera=(), microphone=()');
      // Pages that may frame only themselves, or also the test frame's origin (127.0.0.1).
      if (ctx.path === '/test/browser/csp.test.html') ctx.set('Content-Security-Policy', "frame-src 'self'");
      if (ctx.path === '/test/browser/csp-allowed.test.html') ctx.set('Content-Security-Policy', "frame-src 'self' http://127.0.0.1:*");
      // Only the script-tag bundle's first file may load: its on-demand siblings fail.
      if (ctx.path === '/test/fixtures/offline.html') {
        const bundle = `${ctx.protocol}://${ctx.host}/dist/vonage-meeting.bundle.js`;
        ctx.set('Content-Security-Policy', `default-src 'none'; script-src 'nonce-first-file-only' ${bundle}; style-src 'unsafe-inline'; frame-src http://127.0.0.1:*`);
      }
    },
  ],
  browsers: await Promise.all(found.map(launcherFor)),
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countingReporter()],
};
