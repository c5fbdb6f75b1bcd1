// `npm run bench`: measures the built element in real Chromium and prints one figure a
// line, `name value`, with stable names so that two runs can be compared.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { ensureDependencies } from './setup.mjs';

ensureDependencies();
const { ensureBrowsers } = await import('./ensure-browsers.mjs');
const { CHROMIUM_ARGS } = await import('./browsers.mjs');
const [chromium] = await ensureBrowsers(['chromium']);
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
  for (const [name, value] of Object.entries(results)) console.log(`${name} ${Number.isInteger(value) ? value : value.toFixed(1)}`);
} finally {
  await browser.close();
  server.close();
}
