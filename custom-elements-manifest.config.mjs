// `npm run analyze` (`cem analyze`), also run by scripts/build.mjs: custom-elements.json from
// the source's JSDoc (never written by hand), and from it the editor data in dist/ and the
// README's reference tables. CI runs it and fails when custom-elements.json or README.md changed.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { withApiTables } from './scripts/readme-api.mjs';

// What the editor data gets is a copy of the manifest, made plainer for editors:
// - a default that names an exported constant (`DEFAULT_ALLOW`) shown as the constant's value;
// - a string attribute whose description opens with its values ("`guest` or `host`: ...")
//   typed as their union, so that editors offer them.
function forEditors(manifest) {
  const copy = structuredClone(manifest);
  const decls = copy.modules.flatMap((m) => m.declarations ?? []);
  const constants = new Map(decls.filter((d) => d.kind === 'variable' && d.default !== undefined).map((d) => [d.name, d.default]));
  for (const decl of decls) {
    for (const item of [...(decl.attributes ?? []), ...(decl.members ?? [])]) {
      if (constants.has(item.default)) item.default = constants.get(item.default);
      const lead = item.description?.match(/^((?:`[^`]+`(?:, | or ))+`[^`]+`):/);
      if (lead && (item.type?.text ?? 'string') === 'string') item.type = { text: [...lead[1].matchAll(/`([^`]+)`/g)].map((v) => `'${v[1]}'`).join(' | ') };
    }
  }
  return copy;
}
const forEditorsOnly = (plugin) => ({
  name: plugin.name,
  packageLinkPhase: ({ customElementsManifest, ...rest }) => plugin.packageLinkPhase({ customElementsManifest: forEditors(customElementsManifest), ...rest }),
});

const docUrl = 'https://www.npmjs.com/package/vonage-meeting-element';

export default {
  // The public modules: those package.json exports (less the message catalogues, src/locales/*)
  // and those the main entry re-exports from. Internals (styles, controllers, helpers) stay out.
  globs: [
    'src/index.ts',
    'src/vonage-meeting.ts',
    'src/vonage-meeting-place.ts',
    'src/support.ts',
    'src/view/support.ts',
    'src/react.ts',
    'src/jsx.ts',
    'src/view/tiers.ts',
    'src/view/events.ts',
    'src/view/room.ts',
    'src/view/meeting-url.ts',
    'src/i18n/messages.ts',
  ],
  litelement: true,
  outdir: '.',
  // package.json already names the manifest (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    forEditorsOnly(
      customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, hideLogs: true, referencesTemplate: () => [{ name: 'Documentation', url: docUrl }] }),
    ),
    forEditorsOnly(
      customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', excludeCss: false, packageJson: false, hideLogs: true, referenceTemplate: () => ({ name: 'Documentation', url: docUrl }) }),
    ),
    {
      name: 'readme-api-tables',
      packageLinkPhase({ customElementsManifest }) {
        const readme = readFileSync('README.md', 'utf8');
        const updated = withApiTables(readme, customElementsManifest);
        if (updated !== readme) writeFileSync('README.md', updated);
      },
    },
  ],
};
