// Prepares the packaging suite once per run: packs the package as npm would publish it,
// lays out a small app (the harness files in test/packaging/app plus every README recipe)
// under .test-results/packaging/app, and installs the tarball and the frameworks there.
//   node test/packaging/setup.mjs      prepare (scripts/test.mjs does this before the suite)
// A test file run on its own prepares too, unless PACKAGING_PREPARED=1 says it is done.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WORK = join(REPO, '.test-results/packaging');
export const APP = join(WORK, 'app');
const MARKER = join(WORK, 'prepared.json');

const repoVersion = (name) => JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;

// The versions this repository installs are in the npm cache, so an offline install
// finds them; Svelte, Angular and the routers come from the registry the first time.
const appDependencies = () => ({
  react: repoVersion('react'),
  'react-dom': repoVersion('react-dom'),
  '@types/react': repoVersion('@types/react'),
  '@types/react-dom': repoVersion('@types/react-dom'),
  vue: repoVersion('vue'),
  '@vitejs/plugin-vue': repoVersion('@vitejs/plugin-vue'),
  'vue-router': '^4.6.0',
  'react-router': '^7.0.0', // the data router's useBlocker
  vite: repoVersion('vite'),
  svelte: '^5.0.0',
  '@angular/core': '^20.0.0',
  '@angular/common': '^20.0.0',
  '@angular/compiler': '^20.0.0',
  '@angular/platform-browser': '^20.0.0',
  '@angular/router': '^20.0.0',
  '@angular/compiler-cli': '^20.0.0',
  typescript: '~5.9.0', // what ngc of Angular 20 runs on
  rxjs: '^7.8.0',
  tslib: '^2.6.0',
});

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.error) throw r.error;
  return r;
}

/** The README's recipes: a fenced block right after `<!-- recipe: path -->`. */
/**
 * Whether the packed files hold `path` (as package.json names it). A path with `*`, like
 * the `./locales/*` export, is there when at least one packed file matches it.
 */
export function packedHas(files, path) {
  const wanted = path.replace(/^\.\//, '');
  if (!wanted.includes('*')) return files.has(wanted);
  const pattern = new RegExp(`^${wanted.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
  return [...files].some((f) => pattern.test(f));
}

export function readmeRecipes(readme = readFileSync(join(REPO, 'README.md'), 'utf8')) {
  const recipes = new Map();
  for (const m of readme.matchAll(/<!-- recipe: (\S+) -->\s*\n```[\w-]*\n([\s\S]*?)\n```/g)) recipes.set(m[1], m[2] + '\n');
  return recipes;
}

export function preparePackage({ log = (s) => process.stderr.write(`[packaging] ${s}\n`) } = {}) {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(join(REPO, 'dist/index.js'))) {
    log('building');
    if (sh(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  }

  log('npm pack');
  for (const f of readdirSync(WORK)) if (f.endsWith('.tgz')) rmSync(join(WORK, f));
  // The build has run already; --ignore-scripts skips prepack's second one.
  const packed = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', WORK], { cwd: REPO });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout);
  const tarball = join(WORK, info.filename);
  const packedFiles = new Set(info.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const promised = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))).map((p) => p.replace(/^\.\//, ''));
  const missing = promised.filter((p) => !packedHas(packedFiles, p));
  if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')}: was dist/ built (npm run build)?`);

  // A fresh app each run, keeping node_modules: installs after the first one are quick.
  mkdirSync(APP, { recursive: true });
  for (const f of readdirSync(APP)) if (f !== 'node_modules') rmSync(join(APP, f), { recursive: true, force: true });
  cpSync(join(REPO, 'test/packaging/app'), APP, { recursive: true });
  // See angular/main.mts: ngc compiles .ts files only.
  renameSync(join(APP, 'angular/main.mts'), join(APP, 'angular/main.ts'));
  const recipes = readmeRecipes();
  for (const [path, text] of recipes) {
    mkdirSync(dirname(join(APP, path)), { recursive: true });
    writeFileSync(join(APP, path), text);
  }
  writeFileSync(
    join(APP, 'package.json'),
    JSON.stringify({ name: 'packaging-test-app', private: true, type: 'module', dependencies: { 'vonage-meeting-element': `file:../${info.filename}`, ...appDependencies() } }, null, 2) + '\n',
  );
  // The tarball's version stays 0.1.0 between runs: make npm take this run's tarball.
  rmSync(join(APP, 'node_modules/vonage-meeting-element'), { recursive: true, force: true });
  rmSync(join(APP, 'node_modules/.package-lock.json'), { force: true });

  log('npm install (offline first)');
  const flags = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];
  let installed = sh('npm', [...flags, '--offline'], { cwd: APP });
  if (installed.status !== 0) {
    log('offline install failed; installing from the registry');
    installed = sh('npm', flags, { cwd: APP });
  }
  if (installed.status !== 0) throw new Error(`npm install in ${APP} failed:\n${installed.stderr}`);

  const prepared = { tarball, files: info.files.map((f) => f.path), recipes: [...recipes.keys()], version: info.version };
  writeFileSync(MARKER, JSON.stringify(prepared, null, 2));
  return prepared;
}

let once;
/** The prepared package and app: `{ tarball, files, recipes, version }`. */
export function prepared() {
  once ??= process.env.PACKAGING_PREPARED === '1' && existsSync(MARKER) ? JSON.parse(readFileSync(MARKER, 'utf8')) : preparePackage();
  return once;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const p = preparePackage();
    console.log(`packed ${p.files.length} files; app at ${APP}`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
