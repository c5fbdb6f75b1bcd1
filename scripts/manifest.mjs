// Generates custom-elements.json from the source's JSDoc (never written by hand), and the
// README's reference tables from it.
// --check: fails when either committed file differs from a fresh generation.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { withApiTables } from './readme-api.mjs';

const check = process.argv.includes('--check');
// The analyzer takes --outdir relative to the working directory.
const outdir = check ? '.test-results/cem-check' : '.';
execFileSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', outdir, '--quiet'],
  { stdio: 'inherit' },
);
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
if (check) {
  rmSync(outdir, { recursive: true, force: true });
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  if (committed !== fresh) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  const readme = readFileSync('README.md', 'utf8');
  if (withApiTables(readme, JSON.parse(fresh)) !== readme) {
    console.error('The reference tables in README.md are out of date: run `npm run analyze` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync('custom-elements.json', fresh);
  writeFileSync('README.md', withApiTables(readFileSync('README.md', 'utf8'), JSON.parse(fresh)));
}
