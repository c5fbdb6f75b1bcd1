// How far the meeting trails its place while scrolling, for both ways of following it
// (anchor positioning, the script), in the three engines: bench/trailing.html measures, this
// opens it in each engine and names the figures, `trail_<way>_<scroller>_px_<engine>`.
// An engine that is not installed gives `missing`, one without anchor positioning `n/a`
// for the anchored figures: the benchmark goes on without them. A page that fails gives
// `failed` and fails the benchmark.
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, ENGINES, discover } from './browsers.mjs';
import { freePort } from './free-port.mjs';

const CASES = ['anchor_window', 'anchor_container', 'script_window', 'script_container'];
const TIMEOUT = 120_000;

/** The figures, by name; `origin` serves the repository (bench/, dist/, test/fixtures/). */
export async function trailing(origin) {
  const url = `${origin}/bench/trailing.html`;
  const figures = {};
  for (const engine of ENGINES) {
    const found = await discover(engine);
    let measured = {};
    if (found.missing) {
      console.error(`${engine} is missing (apt-get install ${found.missing.join(' ')}): its trail_* figures are not measured`);
    } else {
      try {
        measured = await measure(found, url);
        for (const note of measured.notes) console.error(`${engine}: ${note}`);
      } catch (err) {
        console.error(`${engine}: the trailing page failed: ${err?.stack ?? err}`);
        process.exitCode = 1;
      }
    }
    for (const name of CASES) {
      const [way, scroller] = name.split('_');
      figures[`trail_${way}_${scroller}_px_${engine}`] = found.missing ? 'missing' : (measured[name] ?? 'failed');
    }
  }
  return figures;
}

/** Opens `url` in the engine found and returns its window.trailing. */
async function measure(found, url) {
  if (found.source === 'playwright' || found.engine === 'chromium') return withPlaywright(found, url);
  if (found.engine === 'firefox') return withPuppeteer(found, url);
  return withWebKitWebDriver(found, url);
}

async function withPlaywright({ engine, source, executablePath }, url) {
  const pw = await import('playwright-core');
  const browser = await pw[engine].launch(engine === 'chromium' ? { executablePath, args: CHROMIUM_ARGS } : source === 'playwright' ? {} : { executablePath });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`${engine} page error:`, e.message));
    await page.goto(url);
    return await page.waitForFunction(() => window.trailing, null, { timeout: TIMEOUT, polling: 500 }).then((h) => h.jsonValue());
  } finally {
    await browser.close();
  }
}

// Stock Firefox through WebDriver BiDi, as the test runner drives it (web-test-runner.config.mjs).
async function withPuppeteer({ executablePath }, url) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('firefox page error:', e.message));
    await page.goto(url);
    return await page.waitForFunction(() => window.trailing, { timeout: TIMEOUT, polling: 500 }).then((h) => h.jsonValue());
  } finally {
    await browser.close();
  }
}

// WebKitGTK's MiniBrowser through WebKitWebDriver; it has no headless mode, so without a
// display the driver runs under xvfb-run. Driver, X server and browser share a process
// group, ended together.
async function withWebKitWebDriver({ driver, miniBrowser, needsDisplay }, url) {
  const port = await freePort();
  const command = needsDisplay ? ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', driver, `--port=${port}`] : [driver, `--port=${port}`];
  const child = spawn(command[0], command.slice(1), { stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let session;
  try {
    await until(() => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false), 30_000, 'WebKitWebDriver did not start');
    const { remote } = await import('webdriverio');
    session = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      // A driver that stopped answering fails the engine within a minute, not two.
      connectionRetryTimeout: 60_000,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    await session.url(url);
    return await until(() => session.execute(() => window.trailing ?? null), TIMEOUT, 'the trailing page gave no result');
  } finally {
    await session?.deleteSession().catch(() => {});
    // xvfb-run stops its X server on SIGTERM (and removes its lock file); SIGKILL if not.
    signalGroup(child, 'SIGTERM');
    if ((await Promise.race([exited, sleep(5000).then(() => 'timeout')])) === 'timeout') signalGroup(child, 'SIGKILL');
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first truthy value of `check`, polled every half second. */
async function until(check, timeout, message) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const value = await check();
    if (value) return value;
    await sleep(500);
  }
  throw new Error(`${message} within ${timeout / 1000} s`);
}
