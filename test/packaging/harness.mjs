// What the packaging tests share: commands in the prepared app, a static server for its
// built pages, and Chromium with the meeting host and the CDNs answered locally.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { APP, REPO } from './setup.mjs';

/** Runs a command in the app; throws with its output when it fails. */
export function inApp(cmd, args, { cwd = APP, input } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', input, env: { ...process.env, NODE_ENV: 'production' } });
  if (r.error) throw r.error;
  // eslint-disable-next-line no-control-regex
  const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 4000);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${output}`);
  return r.stdout;
}

/** `vite build` of one app of the prepared app, with the app's own Vite. */
export function viteBuild(app, ...args) {
  return inApp(process.execPath, [join(APP, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', ...args], { cwd: join(APP, app) });
}

/** ngc, the Angular compiler, on a project of the app's angular/ directory. */
export function ngc(project) {
  return inApp(process.execPath, [join(APP, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), '-p', project], { cwd: join(APP, 'angular') });
}

/** Runs an ES module in Node from the app's directory (bare imports resolve to its node_modules); returns its JSON output. */
export function nodeInApp(code) {
  return JSON.parse(inApp(process.execPath, ['--input-type=module', '-'], { input: code }).trim().split('\n').pop());
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };

/** A static server for the app directory on localhost: a secure context, as `http://localhost` is. */
export async function serveApp(root = APP) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  return { origin: `http://localhost:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

// The stand-in for the meeting page: answered by the test, never fetched. It tells the
// test when it gets beforeunload, where meeting clients hang up (through a binding, which
// also speaks for a frame its page is removing: a message to the page would be lost). It
// tells the test of each of its loads the same way, and shows how long its document has
// been running (#clock, in ms), so a test sees whether a frame kept its document.
export const MEETING_HOST = 'https://meetings.vonage.com';
const STAND_IN =
  '<!doctype html><meta charset="utf-8"><title>Stand-in meeting</title><p id="stand-in">Stand-in meeting page (local test page, not a Vonage service)</p>' +
  '<p>Running for <output id="clock"></output> ms.</p>' +
  "<script>addEventListener('beforeunload', () => window.standInHungUp?.()); window.standInLoaded?.();" +
  "setInterval(() => (clock.value = Math.round(performance.now())), 50);</script>";

/** The installed package's file that a CDN serves for its bare URL (`jsdelivr` or `unpkg` field). */
export function cdnFile(field) {
  const dir = join(APP, 'node_modules/vonage-meeting-element');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg[field]) throw new Error(`package.json has no ${field} field`);
  return { pkg, path: join(dir, pkg[field]) };
}

/**
 * Chromium from scripts/browsers.mjs. In every page: the meeting host answers with the
 * stand-in page; cdn.jsdelivr.net and unpkg.com answer a bare package URL
 * (`/npm/vonage-meeting-element@0.1`, `/vonage-meeting-element@0.1`) the way they do,
 * with the file the package's `jsdelivr` or `unpkg` field names, and a file's URL in the
 * package with that file. `hangUps.count` counts the stand-in pages' beforeunload events,
 * `loads.count` their loads.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const { discover, CHROMIUM_ARGS } = await import(join(REPO, 'scripts/browsers.mjs'));
  const found = await discover('chromium');
  if (found.missing) throw new Error(`Chromium is missing: apt-get install ${found.missing.join(' ')}`);
  const browser = await chromium.launch({ executablePath: found.executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const served = [];
  await context.route(`${MEETING_HOST}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: STAND_IN }));
  const hangUps = { count: 0 };
  await context.exposeBinding('standInHungUp', () => void hangUps.count++);
  const loads = { count: 0 };
  await context.exposeBinding('standInLoaded', () => void loads.count++);
  const cdn = (field) => async (route) => {
    const url = new URL(route.request().url());
    // The bare package URL, or a file in the package (the bundle's on-demand siblings).
    const m = url.pathname.match(/vonage-meeting-element@([^/]+)(\/.+)?$/);
    try {
      const { pkg, path } = cdnFile(field);
      if (!m || !pkg.version.startsWith(m[1])) return route.fulfill({ status: 404, body: `no such version or file: ${url.pathname}` });
      const file = m[2] ? join(APP, 'node_modules/vonage-meeting-element', normalize(m[2]).replace(/^(\.\.[/\\])+/, '')) : path;
      if (!existsSync(file)) return route.fulfill({ status: 404, body: `no such file: ${url.pathname}` });
      const body = readFileSync(file);
      served.push(url.href);
      return route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body });
    } catch (err) {
      return route.fulfill({ status: 404, body: String(err) });
    }
  };
  await context.route('https://cdn.jsdelivr.net/npm/**', cdn('jsdelivr'));
  await context.route('https://unpkg.com/**', cdn('unpkg'));
  return { browser, context, served, hangUps, loads, close: () => browser.close() };
}

/**
 * Opens a page and collects what the app says on the console. `waitForLog(text)` resolves
 * once a console message starts with `text`; `errors` holds console errors and uncaught exceptions.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const logs = [];
  const errors = [];
  page.on('console', (msg) => {
    logs.push(msg.text());
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  const waitForLog = async (text, timeout = 15000) => {
    const until = Date.now() + timeout;
    while (!logs.some((l) => l.startsWith(text))) {
      if (Date.now() > until) throw new Error(`no console message "${text}" within ${timeout} ms; got: ${JSON.stringify(logs)}`);
      await page.waitForTimeout(50);
    }
  };
  return { page, logs, errors, waitForLog };
}

/** Waits until `<vonage-meeting>` shows the stand-in meeting in its frame; returns the frame's `src`. */
export async function meetingFrameShown(page, timeout = 15000) {
  const frame = page.locator('vonage-meeting iframe');
  await frame.waitFor({ state: 'attached', timeout });
  await frame.contentFrame().locator('#stand-in').waitFor({ timeout });
  return frame.getAttribute('src');
}
