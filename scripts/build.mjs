// The one build: ES modules with lit external (+ .d.ts and source maps) for npm, one
// minified self-contained ES module (Lit inside) for a <script type="module"> tag, the
// React wrapper with @lit/react inlined; then `cem analyze` (custom-elements-manifest.config.mjs)
// makes custom-elements.json and, from it, the editor data in dist/ and the README's tables.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { build } from 'esbuild';

const entryPoints = readdirSync('src')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'react.ts')
  .map((f) => `src/${f}`)
  // One module per language (`vonage-meeting-element/locales/de`), never in the bundle.
  .concat(readdirSync('src/locales').filter((f) => f.endsWith('.ts')).map((f) => `src/locales/${f}`));

const withTypes = !process.argv.includes('--no-types');
// A quick JavaScript-only rebuild (the demo server, the benchmark) keeps the declarations
// a full build made; only a full build starts from an empty dist/.
if (withTypes) rmSync('dist', { recursive: true, force: true });

const common = { format: 'esm', target: 'es2022', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

// The wrapper imports the element from the package's own modules, so that an app has
// one element class whichever entry it imports first.
const src = resolve('src') + sep;
const ownModulesExternal = {
  name: 'own-modules-external',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind !== 'entry-point' && args.importer.startsWith(src) ? { path: args.path, external: true } : undefined,
    );
  },
};

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
  // `./react`: @lit/react (a few hundred bytes) is inlined, so it is no runtime
  // dependency; React and Lit stay the app's own.
  build({
    ...common,
    entryPoints: ['src/react.ts'],
    outfile: 'dist/react.js',
    bundle: true,
    external: ['react', 'lit', 'lit/*'],
    plugins: [ownModulesExternal],
  }),
]);

execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { stdio: 'inherit' });

if (withTypes) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
