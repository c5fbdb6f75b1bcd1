// The demo server for the end-to-end tests: the project's vite.config.ts, minus everything
// that could reload a page behind a test's back. The tests prove that the meeting frame
// never reloads, so a hot update (someone saving a file in src/) or Vite discovering a new
// dependency and reloading the page would make them fail for a reason that is not the
// element's. Dependencies are served as the ES modules they are, without pre-bundling.
import { createServer } from 'vite';

const port = Number(process.argv[2] ?? 5199);
const server = await createServer({
  configFile: 'vite.config.ts',
  server: { port, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
await server.listen();
console.log(`e2e demo server on http://localhost:${port}/demo/`);
