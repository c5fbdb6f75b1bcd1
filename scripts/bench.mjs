// `npm run bench`: the project's benchmark. Measures the built element in real Chromium (and,
// for how far the meeting trails its place, in Firefox and WebKit too) and prints one figure
// a line, `name value`, with stable names so that two runs can be compared:
//   bundle_gzip_bytes, element_gzip_bytes     sizes, as `npm run size` (size-limit) measures them
//   connect_to_frame_ms_median                connecting the element to its frame being in the DOM
//   resize_*_us_*, updates_per_1000_resizes_* the cost of a resize within and across tiers
//   churn_10000_*_ms                          10,000 connections, new elements, attribute flips
//   heap_growth_10000_*_kb                    the JS heap after each churn minus before (after GC)
//   page_to_frame_request_*                   over slow 4G, from the page's request to the meeting
//                                             frame's: a bare iframe (ms), the markup recipe and the
//                                             element from a script tag (ratios to the bare iframe)
//   element_bundle_to_frame_request_ms_median from the bundle's arrival to the frame's request
//   element_on_demand_requests_before_frame   on-demand modules requested before the frame (all rounds)
//   element_request_order                     the element page's requests, in order (last round)
//   trail_<way>_<scroller>_px_<engine>        while scrolling the window or a container, how far the
//                                             meeting is at most from its place, followed by anchor
//                                             positioning or by the script (scripts/bench-trailing.mjs);
//                                             `n/a` without anchor positioning, `missing` without the browser
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS, discover } from './browsers.mjs';
import { trailing } from './bench-trailing.mjs';

// The browsers are installed first by the `prebench` script (scripts/ensure-browsers.mjs).
// Chromium is needed; without Firefox or WebKit their trail_* figures say `missing`.
const chromium = await discover('chromium');
if (chromium.missing) throw new Error('Chromium is missing: run `node scripts/ensure-browsers.mjs chromium`');
if (spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json' };
const root = process.cwd();
const server = createServer((req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) return res.writeHead(404).end();
  // Cross-origin isolation gives performance.now() microsecond resolution (100 us without it).
  const headers = {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'cross-origin',
  };
  // The pages of bench/start/ name the meeting frame on the other origin (127.0.0.1 and
  // localhost are two); scripts go gzipped, as a CDN sends them.
  if (path.startsWith(join(root, 'bench/start/'))) {
    const frame = `http://127.0.0.1:${port}/test/fixtures/frame.html${new URL(req.url, 'http://x').search}`;
    return res.writeHead(200, headers).end(readFileSync(path, 'utf8').replaceAll('%FRAME%', frame));
  }
  if (extname(path) === '.js' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    return res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(readFileSync(path)));
  }
  res.writeHead(200, headers);
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
  Object.assign(results, await pageToFrameRequest(browser));
  Object.assign(results, await trailing(`http://localhost:${port}`));
  // Counts and bytes are whole numbers; ratios show two decimals, times, heap sizes and px one,
  // so that a figure keeps its form from one run to the next.
  const whole = (name) => name.endsWith('_bytes') || name.startsWith('updates_') || name.endsWith('_before_frame');
  const decimals = (name) => (name.endsWith('_ratio') ? 2 : 1);
  const shown = (name, value) => (typeof value === 'string' ? value : whole(name) ? Math.round(value) : value.toFixed(decimals(name)));
  for (const [name, value] of Object.entries({ ...sizes(), ...results })) console.log(`${name} ${shown(name, value)}`);
  if (results.page_to_frame_request_markup_ratio > 1.15) {
    console.error('the markup recipe requests the meeting frame more than 1.15 times later than a bare iframe');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}

/**
 * How much later than a bare iframe the meeting frame is requested, on a slow 4G link
 * (Chromium's network emulation: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up): from
 * the page's request to the frame's, as Chromium's network events time them, each page in
 * a fresh browser context (nothing cached), the three pages alternating for 11 rounds.
 * For the element from a script tag, also the order of its requests: how long after the
 * bundle has arrived the frame is requested, and how many of the modules it loads on demand
 * were requested before the frame (none should be: the meeting's request comes first).
 */
async function pageToFrameRequest(browser, rounds = 11) {
  const pages = ['bare', 'markup', 'element'];
  const times = Object.fromEntries(pages.map((name) => [name, []]));
  const bundleToFrame = [];
  let onDemandFirst = 0;
  let order = '';
  for (let round = 0; round < rounds; round++) {
    for (const name of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 });
      const id = `bench-${name}-${round}`;
      const url = `http://localhost:${port}/bench/start/${name}.html?id=${id}`;
      const sent = {};
      // Every request after the page's, by the path it asks for, in the order sent.
      const requests = [];
      const ids = new Map();
      let onDemandSeen;
      const onDemand = new Promise((resolve) => (onDemandSeen = resolve));
      const framed = new Promise((resolve) => {
        cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
          const path = new URL(request.url).pathname;
          ids.set(requestId, path);
          if (request.url === url) sent.page ??= timestamp;
          else requests.push({ path, timestamp });
          if (request.url.includes('/test/fixtures/frame.html') && request.url.includes(id)) resolve((sent.frame = timestamp));
          if (path.startsWith('/dist/bundle/')) onDemandSeen();
        });
        cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
          if (ids.get(requestId) === '/dist/vonage-meeting.bundle.js') sent.bundle = timestamp;
        });
      });
      await page.goto(url, { waitUntil: 'commit' });
      await Promise.race([framed, new Promise((_, reject) => setTimeout(() => reject(new Error(`${name}: no frame request`)), 30000))]);
      times[name].push((sent.frame - sent.page) * 1000);
      if (name === 'element') {
        // What it loads on demand (the camera permission check of this page's `allow`).
        await Promise.race([onDemand, new Promise((resolve) => setTimeout(resolve, 15000))]);
        bundleToFrame.push((sent.frame - sent.bundle) * 1000);
        onDemandFirst += requests.filter((r) => r.path.startsWith('/dist/bundle/') && r.timestamp < sent.frame).length;
        order = requests.map((r) => (r.path.includes('/test/fixtures/frame.html') ? 'meeting' : r.path.replace(/^\/dist\//, ''))).join(' > ');
      }
      await context.close();
    }
  }
  const bare = median(times.bare);
  return {
    page_to_frame_request_bare_ms_median: bare,
    page_to_frame_request_markup_ratio: median(times.markup) / bare,
    page_to_frame_request_element_ratio: median(times.element) / bare,
    element_bundle_to_frame_request_ms_median: median(bundleToFrame),
    element_on_demand_requests_before_frame: onDemandFirst,
    element_request_order: order,
  };
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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
