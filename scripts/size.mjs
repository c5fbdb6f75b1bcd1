// `npm run size`: the size budget, one figure a line with a stable name:
//   bundle.gzip   dist/vonage-meeting.bundle.js (the script-tag bundle, Lit inside), gzip bytes
//   element.gzip  the element's own code: src/index.ts bundled and minified with lit external
// Exits non-zero when a figure is over its budget. Builds dist/ first when the bundle is missing.
// `npm run size -- --modules` also lists what each source module adds to the element (minified bytes).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGETS = { 'bundle.gzip': 9000, 'element.gzip': 3500 };
const BUNDLE = 'dist/vonage-meeting.bundle.js';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

if (!existsSync(BUNDLE) && spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const element = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  external: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
  legalComments: 'none',
  write: false,
  metafile: true,
  logLevel: 'warning',
});


const figures = {
  'bundle.gzip': gzip(readFileSync(BUNDLE)),
  'element.gzip': gzip(element.outputFiles[0].contents),
};

let over = false;
for (const [name, bytes] of Object.entries(figures)) {
  console.log(`${name} ${bytes}`);
  if (bytes > BUDGETS[name]) {
    console.error(`${name} is over its budget of ${BUDGETS[name]} bytes by ${bytes - BUDGETS[name]}`);
    over = true;
  }
}
if (process.argv.includes('--modules')) {
  console.log('element modules, minified bytes:');
  const inputs = Object.entries(Object.values(element.metafile.outputs)[0].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [path, { bytesInOutput }] of inputs) console.log(`  ${path.padEnd(32)} ${bytesInOutput}`);
}
process.exit(over ? 1 : 0);
