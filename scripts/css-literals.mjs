// An esbuild plugin for the script-tag bundle: the CSS of Lit's css`` literals (src/styles/)
// without comments and needless whitespace (esbuild's `minifyWhitespace`: no rule or value is
// rewritten), about 140 B gzip less in the first file; the sources keep their layout. Not
// minify-html-literals: unmaintained since 2020, it brings clean-css, html-minifier and
// TypeScript to do what the build's own esbuild does. What it cannot carry over unchanged (a
// nested expression, a backslash) fails the build.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const LITERAL = /\bcss`([^`]*)`/g;
const EXPRESSION = /\$\{([^{}`]*)\}/g;

export async function minifyCssLiterals(source, file) {
  const parts = [];
  let last = 0;
  for (const match of source.matchAll(LITERAL)) {
    const expressions = [];
    // Each expression is an identifier to the CSS minifier, put back afterwards.
    const text = match[1].replace(EXPRESSION, (_, expression) => `__lit_expression_${expressions.push(expression) - 1}__`);
    if (text.includes('${') || text.includes('\\')) throw new Error(`${file}: a css\`\` literal with a nested expression or a backslash; the build cannot minify it unchanged`);
    const { code, warnings } = await transform(text, { loader: 'css', minifyWhitespace: true, logLevel: 'silent' });
    if (warnings.length) throw new Error(`${file}: ${warnings.map((w) => w.text).join('; ')}`);
    let restored = 0;
    const css = code.trim().replace(/__lit_expression_(\d+)__/g, (_, i) => (restored++, `\${${expressions[i]}}`));
    if (restored !== expressions.length) throw new Error(`${file}: the CSS minifier dropped an expression of a css\`\` literal`);
    parts.push(source.slice(last, match.index), 'css`', css, '`');
    last = match.index + match[0].length;
  }
  return parts.join('') + source.slice(last);
}

export const cssLiterals = {
  name: 'css-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]styles[\\/][^\\/]+\.ts$/ }, async (args) => ({
      contents: await minifyCssLiterals(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
