// What `npm pack` puts in the tarball, and what package.json promises about it.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { APP, packedHas, prepared } from './setup.mjs';

const PKG_DIR = join(APP, 'node_modules/vonage-meeting-element');
let files;
let pkg;
before(() => {
  files = new Set(prepared().files);
  pkg = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8'));
});

const inTarball = (path) => packedHas(files, path);

/** The imports a built module makes, as esbuild sees them. */
async function importsOf(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    format: 'esm',
    plugins: [{ name: 'all-external', setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'entry-point' ? undefined : { path: a.path, external: true })) }],
  });
  return Object.values(result.metafile.outputs)[0].imports.map((i) => `${i.kind === 'dynamic-import' ? 'on demand ' : ''}${i.path}`).sort();
}

test('the tarball holds dist, the manifest, the editor data, the README and package.json, and nothing else', () => {
  const outside = [...files].filter((f) => !f.startsWith('dist/') && !['custom-elements.json', 'README.md', 'package.json'].includes(f));
  assert.deepEqual(outside, []);
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/support.js', 'dist/support.d.ts', 'dist/react.js', 'dist/react.d.ts', 'dist/jsx.d.ts', 'dist/vonage-meeting.js', 'dist/vonage-meeting.d.ts', 'dist/vonage-meeting.bundle.js', 'dist/vscode.html-custom-data.json', 'dist/web-types.json', 'custom-elements.json']) {
    assert.ok(files.has(f), `${f} is in the tarball`);
  }
});

test('every exports entry names types first, and every file it names is in the tarball', () => {
  for (const key of ['.', './support', './react', './jsx', './vonage-meeting.js', './custom-elements.json', './package.json']) assert.ok(key in pkg.exports, `exports has ${key}`);
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      assert.ok(inTarball(target), `${key} -> ${target}`);
      continue;
    }
    assert.equal(Object.keys(target)[0], 'types', `${key}: types come first`);
    for (const path of Object.values(target)) assert.ok(inTarball(path), `${key} -> ${path}`);
  }
});

test('main, types, unpkg, jsdelivr, customElements and web-types name files in the tarball; the CDNs get the bundle', () => {
  for (const field of ['main', 'types', 'unpkg', 'jsdelivr', 'customElements', 'web-types']) {
    assert.ok(pkg[field] && inTarball(pkg[field]), `${field}: ${pkg[field]}`);
  }
  assert.equal(pkg.unpkg.replace(/^\.\//, ''), 'dist/vonage-meeting.bundle.js');
  assert.equal(pkg.jsdelivr.replace(/^\.\//, ''), 'dist/vonage-meeting.bundle.js');
  assert.equal(pkg.type, 'module');
});

test('sideEffects names only the modules that register the element or a language', () => {
  assert.deepEqual([...pkg.sideEffects].map((p) => p.replace(/^\.\//, '')).sort(), ['dist/index.js', 'dist/locales/*.js', 'dist/vonage-meeting.bundle.js']);
  for (const path of pkg.sideEffects) assert.ok(inTarball(path), path);
});

test('lit and tabbable (the tab order around a place) are the only runtime dependencies; React is an optional peer', () => {
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), ['lit', 'tabbable']);
  assert.ok(pkg.peerDependencies?.react, 'react is a peer');
  assert.equal(pkg.peerDependenciesMeta?.react?.optional, true);
  assert.deepEqual(Object.keys(pkg.peerDependencies), ['react']);
});

test('the React wrapper has @lit/react inside and imports only react and the package itself', async () => {
  assert.deepEqual(await importsOf(join(PKG_DIR, 'dist/react.js')), ['./index.js', './view/events.js', './vonage-meeting-place.js', './vonage-meeting.js', 'react']);
  const types = readFileSync(join(PKG_DIR, 'dist/react.d.ts'), 'utf8');
  assert.ok(!types.includes('@lit/react'), 'the wrapper types do not need @lit/react');
});

test('the script-tag bundle imports nothing at start (Lit is inside), and on demand only its own siblings, all packed', async () => {
  const imports = await importsOf(join(PKG_DIR, 'dist/vonage-meeting.bundle.js'));
  assert.ok(imports.length > 0);
  for (const imported of imports) {
    const sibling = imported.match(/^on demand \.\/(bundle\/[\w-]+\.js)$/)?.[1];
    assert.ok(sibling, `${imported}: only on demand, and from dist/bundle/`);
    assert.ok(files.has(`dist/${sibling}`), `dist/${sibling} is in the tarball`);
  }
});

test('the unregistered class module and ./support have no registration in them', () => {
  for (const f of ['dist/vonage-meeting.js', 'dist/support.js']) {
    assert.ok(!readFileSync(join(PKG_DIR, f), 'utf8').includes('customElements.define'), f);
  }
});

test('the shipped editor data names the tag, attributes and events of the shipped manifest', () => {
  const manifest = JSON.parse(readFileSync(join(PKG_DIR, pkg.customElements), 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'vonage-meeting');
  assert.ok(element, 'the manifest declares <vonage-meeting>');

  const vscode = JSON.parse(readFileSync(join(PKG_DIR, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const tag = vscode.tags.find((t) => t.name === 'vonage-meeting');
  assert.ok(tag, 'VS Code data has the tag');
  assert.deepEqual(tag.attributes.map((a) => a.name).sort(), (element.attributes ?? []).map((a) => a.name).sort());

  const webTypes = JSON.parse(readFileSync(join(PKG_DIR, pkg['web-types']), 'utf8'));
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const el = webTypes.contributions.html.elements.find((e) => e.name === 'vonage-meeting');
  assert.ok(el, 'web-types has the element');
  assert.deepEqual(el.attributes.map((a) => a.name).sort(), (element.attributes ?? []).map((a) => a.name).sort());
  const documented = (element.events ?? []).filter((e) => e.description).map((e) => e.name).sort();
  assert.deepEqual(el.js.events.map((e) => e.name).sort(), documented);
  assert.ok(existsSync(join(PKG_DIR, 'README.md')));
});
