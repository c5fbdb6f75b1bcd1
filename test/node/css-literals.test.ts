import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

// The build's minifier of css`` literals (scripts/css-literals.mjs), on the element's own
// styles: what it leaves out is whitespace and comments, never an expression. Imported
// through a variable: a build script has no declarations.
const script: string = '../../scripts/css-literals.mjs';
const { minifyCssLiterals } = (await import(script)) as { minifyCssLiterals: (source: string, file: string) => Promise<string> };

const literals = (source: string) => [...source.matchAll(/\bcss`([^`]*)`/g)].map((m) => m[1]);
const expressions = (css: string) => css.match(/\$\{[^}]*\}/g) ?? [];
const styles = readdirSync('src/styles').map((f) => `src/styles/${f}`);

test('each style keeps its expressions and loses comments and line breaks; the code around it is unchanged', async () => {
  for (const file of styles) {
    const source = readFileSync(file, 'utf8');
    const minified = await minifyCssLiterals(source, file);
    const [before, after] = [literals(source), literals(minified)];
    assert.equal(after.length, before.length, file);
    before.forEach((css, i) => {
      assert.deepEqual(expressions(after[i]), expressions(css), file);
      assert.ok(!after[i].includes('/*') && !after[i].includes('\n'), file);
      assert.ok(after[i].length < css.length, file);
    });
    assert.equal(minified.replace(/\bcss`[^`]*`/g, 'css``'), source.replace(/\bcss`[^`]*`/g, 'css``'), file);
    assert.equal(await minifyCssLiterals(minified, file), minified, `${file}: minifying again changes nothing`);
  }
});

test('a literal it cannot carry over unchanged fails the build', async () => {
  await assert.rejects(minifyCssLiterals('css`a::before { content: "\\\\201C"; }`', 'quote.ts'), /backslash/);
  await assert.rejects(minifyCssLiterals('css`a { width: ${sizes[`x`]}; }`', 'nested.ts'));
});
