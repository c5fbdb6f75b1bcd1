// The README's reference tables, made from custom-elements.json (itself made from the
// source's JSDoc): they sit between the two markers below and are never edited by hand.
const START = '<!-- api:start (generated from custom-elements.json by npm run analyze) -->';
const END = '<!-- api:end -->';

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '';

/** The markdown of the reference tables for the `<vonage-meeting>` declaration. */
export function apiTables(manifest) {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'vonage-meeting');
  const isPublic = (m) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && m.description;
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  // A default that names an exported constant is shown as the constant's value.
  const constants = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'variable').map((d) => [d.name, d.default]));
  const value = (text) => constants.get(text) ?? text;
  const attrFields = new Set((element.attributes ?? []).map((a) => a.fieldName));
  const sections = [
    ['Attributes', table(['attribute', 'property', 'default', ''], (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(value(a.default)), cell(fields.find((f) => f.name === a.fieldName)?.description ?? a.description)]))],
    [
      'Properties without an attribute',
      table(['property', 'type', '', ''], fields.filter((f) => !attrFields.has(f.name)).map((f) => [code(f.name), code(f.type?.text), f.readonly ? 'read-only' : '', cell(f.description)])),
    ],
    ['Methods', table(['method', ''], (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m)).map((m) => [code(`${m.name}()`), cell(m.description)]))],
    ['Events', table(['event', 'detail, and when'], (element.events ?? []).filter((e) => e.name?.startsWith('vonage-meeting-')).map((e) => [code(e.name), cell(e.description)]))],
    ['Slots', table(['slot', ''], (element.slots ?? []).map((s) => [code(s.name), cell(s.description)]))],
    ['CSS parts', table(['part', ''], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]))],
    ['CSS custom properties', table(['property', 'default', ''], (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]))],
  ];
  const place = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'vonage-meeting-place');
  if (place) {
    const rows = [
      ...(place.attributes ?? []).map((a) => [`attribute ${code(a.name)}`, cell(a.description)]),
      ...(place.slots ?? []).map((s) => [`slot ${code(s.name || '(default)')}`, cell(s.description)]),
    ];
    sections.push(['`<vonage-meeting-place>`', `${cell(place.summary ?? place.description)}\n\n${table(['', ''], rows)}`]);
  }
  return sections.filter(([, body]) => body).map(([title, body]) => `### ${title}\n\n${body}`).join('\n\n');
}

/** The README with its generated block replaced; throws when the markers are missing. */
export function withApiTables(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${apiTables(manifest)}\n\n${readme.slice(end)}`;
}
