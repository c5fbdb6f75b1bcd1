// The one build: ES modules with lit external (+ .d.ts and source maps) for npm, one
// minified self-contained ES module (Lit inside) for a <script type="module"> tag, the
// React wrapper with @lit/react inlined; then `cem analyze` (custom-elements-manifest.config.mjs)
// makes custom-elements.json and, from it, the editor data in dist/ and the README's tables.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { cssLiterals } from './css-literals.mjs';

// Every module of src/ and its folders, one file each in dist/ (a language module,
// `vonage-meeting-element/locales/de`, is never in the bundle).
const entryPoints = readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'react.ts')
  .map((f) => `src/${f}`);

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

// The script tag's first file is one request: it imports nothing at start. What it loads
// on demand (docking by itself, expanding, the wake lock, ...) is built beside it, one
// file per module under dist/bundle/, imported from the bundle's own URL. (esbuild's code
// splitting would move its shared helpers into a chunk that the first file imports.)
const onDemand = new Map();
const onDemandBeside = {
  name: 'on-demand-beside',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const source = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      const name = basename(source, '.ts');
      onDemand.set(name, source);
      return { path: `./bundle/${name}.js`, external: true };
    });
  },
};

function oneFileFirst({ metafile }) {
  const entry = metafile.outputs['dist/vonage-meeting.bundle.js'];
  const static_ = entry.imports.filter((i) => i.kind === 'import-statement');
  if (static_.length) throw new Error(`dist/vonage-meeting.bundle.js imports ${static_.map((i) => i.path).join(', ')} at start: the first frame must be one file`);
}

// Minified, production Lit, for a <script type="module"> tag.
const scriptTag = { ...common, bundle: true, minify: true, conditions: ['production'] };

// Nearly every function of the first file runs before the frame is requested: this magic
// comment (V8's compile hints, Chrome 136+) has them compiled off the main thread as the
// file arrives, not lazily at first call; the frame is requested 2-3 ms sooner (npm run bench).
const compileEagerly = { js: '//# allFunctionsCalledOnLoad' };

await Promise.all([
  // npm: one file per module, dependencies external, readable.
  build({ ...common, entryPoints, outdir: 'dist', bundle: false }),
  // script tag: the first file, the CSS of its styles minified too (scripts/css-literals.mjs).
  build({ ...scriptTag, entryPoints: { 'vonage-meeting.bundle': 'src/index.ts' }, outdir: 'dist', metafile: true, banner: compileEagerly, plugins: [onDemandBeside, cssLiterals] }).then(oneFileFirst),
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
await build({ ...scriptTag, entryPoints: Object.fromEntries(onDemand), outdir: 'dist/bundle' });

execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { stdio: 'inherit' });

if (withTypes) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
