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

// The first frame is one request: the bundle must import no chunk statically (a module
// imported both at start and on demand would become one, and cost a round trip).
function oneFileFirst({ metafile }) {
  const entry = metafile.outputs['dist/vonage-meeting.bundle.js'];
  const static_ = entry.imports.filter((i) => i.kind === 'import-statement' && !i.external);
  if (static_.length) throw new Error(`dist/vonage-meeting.bundle.js imports ${static_.map((i) => i.path).join(', ')} at start: keep modules loaded on demand free of what the first frame imports`);
}

await Promise.all([
  // npm: one file per module, dependencies external, readable.
  build({ ...common, entryPoints, outdir: 'dist', bundle: false }),
  // script tag: what the first frame needs in one file, production Lit, minified. What it
  // does not need (the wake lock, the leave guard, ...) are sibling files under
  // dist/bundle/, imported on demand from the bundle's own URL.
  build({
    ...common,
    entryPoints: { 'vonage-meeting.bundle': 'src/index.ts' },
    outdir: 'dist',
    chunkNames: 'bundle/[name]-[hash]',
    splitting: true,
    metafile: true,
    bundle: true,
    minify: true,
    conditions: ['production'],
  }).then(oneFileFirst),
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
