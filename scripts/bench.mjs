// `npm run bench`: the project's benchmark. Measures the built element in real Chromium and
// prints one figure a line, `name value`, with stable names so that two runs can be compared:
//   bundle_gzip_bytes, element_gzip_bytes     sizes, as `npm run size` (size-limit) measures them
//   connect_to_frame_ms_median                connecting the element to its frame being in the DOM
//   resize_*_us_*, updates_per_1000_resizes_* the cost of a resize within and across tiers
//   churn_10000_*_ms                          10,000 connections, new elements, attribute flips
//   heap_growth_10000_*_kb                    the JS heap after each churn minus before (after GC)
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS, discover } from './browsers.mjs';

// Chromium is installed first by the `prebench` script (scripts/ensure-browsers.mjs).
const chromium = await discover('chromium');
if (chromium.missing) throw new Error('Chromium is missing: run `node scripts/ensure-browsers.mjs chromium`');
if (spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json' };
const root = process.cwd();
const server = createServer((req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) return res.writeHead(404).end();
  // Cross-origin isolation gives performance.now() microsecond resolution (100 us without it).
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'cross-origin',
  });
  createReadStream(path).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const { chromium: pw } = await import('playwright-core');
const browser = await pw.launch({ executablePath: chromium.executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://localhost:${port}/bench/index.html`);
  const results = await page.waitForFunction(() => window.benchResults, null, { timeout: 300000, polling: 500 }).then((h) => h.jsonValue());
  if (!(await page.evaluate(() => crossOriginIsolated))) console.error('warning: the page is not cross-origin isolated; timings are coarse');
  Object.assign(results, await churn(page, 10_000));
  // Counts and bytes are whole numbers; times and heap sizes always show one decimal, so
  // that a figure keeps its form from one run to the next.
  const whole = (name) => name.endsWith('_bytes') || name.startsWith('updates_');
  for (const [name, value] of Object.entries({ ...sizes(), ...results })) console.log(`${name} ${whole(name) ? Math.round(value) : value.toFixed(1)}`);
} finally {
  await browser.close();
  server.close();
}

/** The sizes `npm run size` reports (size-limit's JSON), renamed to this benchmark's style (its budget check is its own). */
function sizes() {
  const run = spawnSync(process.execPath, ['node_modules/size-limit/bin.js', '--json'], { encoding: 'utf8' });
  const [bundle, element] = JSON.parse(run.stdout || '[]');
  if (!bundle?.size || !element?.size) throw new Error(`size-limit gave no sizes:\n${run.stdout}${run.stderr}`);
  return { bundle_gzip_bytes: bundle.size, element_gzip_bytes: element.size };
}

/**
 * Heap growth under churn: the page's JS heap after forced garbage collection, before and
 * after each churn of bench/bench.js, which first runs once at a tenth of its size so that
 * what is made once (compiled code, Lit's template cache) does not count as growth.
 */
async function churn(page, n) {
  const cdp = await page.context().newCDPSession(page);
  const heapKb = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024;
  };
  const run = (name, count) => page.evaluate(([name, count]) => window.benchChurn[name](count), [name, count]);
  const figures = {};
  for (const [name, figure] of [
    ['connectCycles', 'connect_cycles'],
    ['newElements', 'new_elements'],
    ['attributeFlips', 'attribute_flips'],
  ]) {
    await run(name, n / 10);
    const before = await heapKb();
    figures[`churn_${n}_${figure}_ms`] = await run(name, n);
    figures[`heap_growth_${n}_${figure}_kb`] = (await heapKb()) - before;
  }
  await cdp.detach();
  return figures;
}
