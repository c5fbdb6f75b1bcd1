// Installs the npm dependencies when they are missing or older than the lockfile, so
// that `npm start` and `npm test` work on a fresh clone with no other step.
// Uses only Node built-ins: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) ||
    statSync('package.json').mtimeMs > statSync(marker).mtimeMs ||
    (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;
  console.log('[setup] npm install');
  // `npm ci` is not used: it fails against a lockfile that lacks other platforms' optional packages.
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install failed');
}
