// `npm test`: the project's one test command. It builds, then runs every test runner and
// ends with one plain line:
//   N passed, N failed
// The test browsers are installed before it, by the `pretest` script (scripts/ensure-browsers.mjs);
// the npm packages by `npm install`.
// Arguments after `--` go to web-test-runner (e.g. `npm test -- --files test/tiers.test.ts`).
// BROWSERS=chromium limits the browser engines; SUITES=node,browser,e2e,packaging limits the runners.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { requestedEngines, discoverAll } from './browsers.mjs';
import { requestedSuites } from './ensure-browsers.mjs';

// One run at a time in a checkout: every run writes dist/, .test-results/ and the packaging app.
const LOCK = '.test-run.lock';
function takeLock() {
  try {
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    const pid = Number(readFileSync(LOCK, 'utf8'));
    let alive = false;
    try {
      alive = pid > 0 && process.kill(pid, 0);
    } catch (e) {
      alive = e.code === 'EPERM';
    }
    if (alive) {
      console.error(`Another \`npm test\` (pid ${pid}) is running in this checkout, and both would write dist/ and .test-results/.\nWait for it to end, or run the second one in another clone.`);
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
    writeFileSync(LOCK, String(process.pid)); // left behind by a run that was killed
  }
  process.on('exit', () => {
    try {
      if (readFileSync(LOCK, 'utf8') === String(process.pid)) unlinkSync(LOCK);
    } catch {}
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
}
takeLock();

const suites = requestedSuites();
const wtrArgs = process.argv.slice(2);
const results = [];
const started = Date.now();

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  return r.status ?? 1;
}

function tapCounts(text) {
  const num = (re) => Number(text.match(re)?.[1] ?? 0);
  return { passed: num(/^# pass (\d+)/m), failed: num(/^# fail (\d+)/m) + num(/^# cancelled (\d+)/m), skipped: num(/^# skipped (\d+)/m) };
}

async function nodeTests() {
  // TypeScript run as it is, through tsx; the package's own name (import 'vonage-meeting-element')
  // resolves to dist/.
  const files = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => `test/node/${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], { encoding: 'utf8' });
  process.stdout.write(r.stdout.split('\n').filter((l) => /^(not ok|# (pass|fail|tests))/.test(l.trim()) || /^\s+(error|expected|actual):/.test(l)).join('\n') + '\n');
  if (r.stderr) process.stderr.write(r.stderr);
  const c = tapCounts(r.stdout);
  if (r.status !== 0 && c.failed === 0) c.failed = 1; // the runner itself broke
  results.push({ name: 'node', ...c });
}

async function browserTests() {
  const engines = requestedEngines();
  const found = await discoverAll(engines);
  const needsDisplay = found.some((b) => b.needsDisplay);
  rmSync('.test-results/wtr.json', { force: true });
  const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...wtrArgs];
  const status = needsDisplay
    ? run('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...wtr])
    : run(process.execPath, wtr);
  const counts = existsSync('.test-results/wtr.json') ? JSON.parse(readFileSync('.test-results/wtr.json', 'utf8')) : {};
  for (const [browser, c] of Object.entries(counts)) {
    results.push({ name: `browser:${browser}`, passed: c.passed, failed: c.failed + c.fileErrors, skipped: c.skipped });
  }
  if (status !== 0 && !results.some((r) => r.name.startsWith('browser:') && r.failed)) {
    results.push({ name: 'browser', passed: 0, failed: 1, skipped: 0 });
  }
}

async function e2eTests() {
  if (!existsSync('playwright.config.ts')) return;
  rmSync('.test-results/e2e.json', { force: true });
  // A free port for the demo server, so that a server another checkout left on 5199 is never tested.
  const port = await new Promise((resolve, reject) => {
    const srv = createServer().on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port: free } = srv.address();
      srv.close(() => resolve(free));
    });
  });
  const status = run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: '.test-results/e2e.json', E2E_PORT: String(port) },
  });
  let c = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync('.test-results/e2e.json')) {
    const s = JSON.parse(readFileSync('.test-results/e2e.json', 'utf8')).stats ?? {};
    c = { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
  }
  if (status !== 0 && c.failed === 0) c.failed = 1;
  results.push({ name: 'e2e:chromium', ...c });
}

// The packed package in small React, Vue, Svelte and Angular apps and a plain page, in
// Chromium and Node (test/packaging). One `npm pack` and one app install serve every file.
async function packagingTests() {
  const setup = run(process.execPath, ['test/packaging/setup.mjs']);
  if (setup !== 0) {
    results.push({ name: 'packaging', passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const files = readdirSync('test/packaging').filter((f) => f.endsWith('.test.mjs')).map((f) => `test/packaging/${f}`);
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', '--test-concurrency=1', ...files], {
    encoding: 'utf8',
    env: { ...process.env, PACKAGING_PREPARED: '1' },
  });
  process.stdout.write(r.stdout.split('\n').filter((l) => /^(not ok|# (pass|fail|tests))/.test(l.trim()) || /^\s+(error|expected|actual):/.test(l)).join('\n') + '\n');
  if (r.stderr) process.stderr.write(r.stderr);
  const c = tapCounts(r.stdout);
  if (r.status !== 0 && c.failed === 0) c.failed = 1;
  results.push({ name: 'packaging', ...c });
}

try {
  if (run('npm', ['run', '--silent', 'build']) !== 0) results.push({ name: 'build', passed: 0, failed: 1, skipped: 0 });
  else {
    if (suites.includes('node')) await nodeTests();
    if (suites.includes('browser')) await browserTests();
    if (suites.includes('e2e')) await e2eTests();
    if (suites.includes('packaging')) await packagingTests();
  }
} catch (err) {
  console.error(err?.message ?? err);
  results.push({ name: 'setup', passed: 0, failed: 1, skipped: 0 });
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`\nTest runners (${((Date.now() - started) / 1000).toFixed(1)} s):`);
for (const r of results) console.log(`  ${r.name.padEnd(22)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
if (total.passed === 0 && total.failed === 0) total.failed = 1; // running no test is a failure
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
