// The one build: ES modules with lit external (+ .d.ts and source maps) for npm, and
// one minified self-contained ES module (Lit inside) for a <script type="module"> tag.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const entryPoints = readdirSync('src')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => `src/${f}`);

rmSync('dist', { recursive: true, force: true });

const common = { format: 'esm', target: 'es2022', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  // npm: one file per module, dependencies external, readable.
  build({ ...common, entryPoints, outdir: 'dist', bundle: false }),
  // script tag: everything in one file, production Lit, minified.
  build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: 'dist/vonage-meeting.bundle.js',
    bundle: true,
    minify: true,
    conditions: ['production'],
  }),
]);

if (!process.argv.includes('--no-types')) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
