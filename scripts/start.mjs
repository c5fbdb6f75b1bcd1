// `npm start`: builds the script-tag bundle and serves the demo (after `npm install`).
import { spawnSync } from 'node:child_process';
import { createServer } from 'vite';

if (spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const port = server.config.server.port;
const address = server.httpServer?.address();
const actual = typeof address === 'object' && address ? address.port : port;
console.log(`\n  <vonage-meeting> demo:  http://localhost:${actual}/demo/`);
console.log(`  script-tag page:        http://localhost:${actual}/demo/script-tag.html`);
console.log(`  (the meeting inside is a local stand-in page served from http://127.0.0.1:${actual}, not a Vonage service)\n`);
