// The demo server for the end-to-end tests: the project's vite.config.ts, minus everything
// that could reload a page behind a test's back. The tests prove that the meeting frame
// never reloads, so a hot update (someone saving a file in src/) or Vite discovering a new
// dependency and reloading the page would make them fail for a reason that is not the
// element's. Dependencies are served as the ES modules they are, without pre-bundling.
//
// A page asked for with `?csp` gets a strict Content-Security-Policy header, to prove the
// demo and the element need nothing inline.
import { createServer } from 'vite';

const port = Number(process.argv[2] ?? 5199);

export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  // The dev server's own client talks to it over a web socket.
  `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
  `frame-src http://127.0.0.1:${port} http://localhost:${port}`,
].join('; ');

const strictCspOnRequest = {
  name: 'strict-csp-on-request',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (new URL(req.url ?? '/', 'http://localhost').searchParams.has('csp')) res.setHeader('Content-Security-Policy', STRICT_CSP);
      next();
    });
  },
};

const server = await createServer({
  configFile: 'vite.config.ts',
  server: { port, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
  plugins: [strictCspOnRequest],
});
await server.listen();
console.log(`e2e demo server on http://localhost:${port}/demo/`);
