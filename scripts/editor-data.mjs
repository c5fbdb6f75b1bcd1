// Editor data made from custom-elements.json, so HTML authors get completion and hover
// docs for <vonage-meeting> without anyone writing them by hand:
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (`html.customData`)
//   dist/web-types.json                JetBrains' web-types (package.json `web-types`)
// Run by scripts/build.mjs; `node scripts/editor-data.mjs` runs it alone.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const isPublic = (m) => !m.privacy || m.privacy === 'public';

/** Every custom element of the manifest, with the module that declares it. */
export function elementsOf(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) found.push({ decl, module: mod.path });
    }
  }
  return found;
}

/** A default written as an identifier (`DEFAULT_ALLOW`) resolved to the constant's value. */
function resolveDefault(manifest, text) {
  if (text === undefined || !/^[A-Za-z_$][\w$]*$/.test(text)) return text;
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind === 'variable' && decl.name === text && decl.default !== undefined) return decl.default;
    }
  }
  return text;
}

/** `'guest' | 'host'` -> ['guest', 'host']; anything but a union of string literals -> []. */
export function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  return parts.length && parts.every((p) => /^(['"]).*\1$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

/**
 * The values a plain-string attribute documents by opening its description with them:
 * "`guest` or `host`: which link ..." -> ['guest', 'host'].
 */
export function documentedValues(description = '') {
  const lead = description.match(/^((?:`[^`]+`(?:, | or ))+`[^`]+`):/);
  return lead ? [...lead[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]) : [];
}

const unquote = (text) => (text !== undefined && /^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text);

// Only events the source documents (`@fires`): the analyzer also reports a dispatch
// helper's parameter (`new CustomEvent(type, ...)`) as an event named after it.
const documentedEvents = (decl) => (decl.events ?? []).filter((e) => e.name && e.description);

/** The parts of an element that editors show: attributes, properties, events, slots, parts, CSS properties. */
function describe(manifest, decl) {
  const attributes = (decl.attributes ?? []).map((a) => ({
    name: a.name,
    description: a.description ?? '',
    type: a.type?.text,
    default: resolveDefault(manifest, a.default),
    values: literalValues(a.type?.text).length ? literalValues(a.type?.text) : documentedValues(a.description),
  }));
  const properties = (decl.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && isPublic(m) && !m.name.startsWith('_'))
    .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text, readonly: Boolean(m.readonly) }));
  const events = documentedEvents(decl).map((e) => ({ name: e.name, description: e.description, type: e.type?.text }));
  const slots = (decl.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' }));
  const parts = (decl.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' }));
  const cssProperties = (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '', default: p.default }));
  const summary = [decl.summary, decl.description].filter(Boolean).join('\n\n');
  return { tagName: decl.tagName, className: decl.name, summary, attributes, properties, events, slots, parts, cssProperties };
}

const list = (title, items, line) => (items.length ? [`**${title}**`, '', ...items.map(line), ''] : []);

/** VS Code shows one markdown description per tag: the summary, then what attributes cannot say. */
function tagMarkdown(el) {
  return [
    el.summary,
    '',
    ...list('Events', el.events, (e) => `- \`${e.name}\`: ${e.description}`),
    ...list('Slots', el.slots, (s) => `- \`${s.name || '(default)'}\`: ${s.description}`),
    ...list('CSS parts', el.parts, (p) => `- \`::part(${p.name})\`: ${p.description}`),
    ...list('CSS custom properties', el.cssProperties, (p) => `- \`${p.name}\`${p.default ? ` (default \`${p.default}\`)` : ''}: ${p.description}`),
  ]
    .join('\n')
    .trim();
}

export function vscodeCustomData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map(({ decl }) => {
      const el = describe(manifest, decl);
      return {
        name: el.tagName,
        description: { kind: 'markdown', value: tagMarkdown(el) },
        attributes: el.attributes.map((a) => ({
          name: a.name,
          description: { kind: 'markdown', value: a.default !== undefined ? `${a.description}\n\nDefault: \`${unquote(a.default)}\`` : a.description },
          ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
        })),
        references: [],
      };
    }),
  };
}

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map(({ decl }) => {
          const el = describe(manifest, decl);
          return {
            name: el.tagName,
            description: el.summary,
            source: { module: pkg.name, symbol: el.className },
            'doc-url': `https://www.npmjs.com/package/${pkg.name}`,
            attributes: el.attributes.map((a) => ({
              name: a.name,
              description: a.description,
              ...(a.default !== undefined ? { default: unquote(a.default) } : {}),
              value: a.values.length ? { type: a.values.map((v) => `'${v}'`), kind: 'plain' } : { type: a.type ?? 'string', kind: 'plain' },
            })),
            slots: el.slots.map((s) => ({ name: s.name, description: s.description })),
            js: {
              properties: el.properties.map((p) => ({ name: p.name, description: p.description, ...(p.type ? { type: p.type } : {}), ...(p.readonly ? { 'read-only': true } : {}) })),
              events: el.events.map((e) => ({ name: e.name, description: e.description, ...(e.type ? { type: e.type } : {}) })),
            },
            css: {
              properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description })),
              parts: el.parts.map((p) => ({ name: p.name, description: p.description })),
            },
          };
        }),
      },
    },
  };
}

export function writeEditorData({ manifest = 'custom-elements.json', outdir = 'dist', pkg = 'package.json' } = {}) {
  const cem = JSON.parse(readFileSync(manifest, 'utf8'));
  const meta = JSON.parse(readFileSync(pkg, 'utf8'));
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'vscode.html-custom-data.json'), JSON.stringify(vscodeCustomData(cem), null, 2) + '\n');
  writeFileSync(join(outdir, 'web-types.json'), JSON.stringify(webTypes(cem, meta), null, 2) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeEditorData();
