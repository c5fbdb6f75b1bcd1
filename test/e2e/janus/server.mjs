// The pages of the Janus end-to-end tests, from one small server on 127.0.0.1, answering
// two origins: the pages that embed the element on http://localhost:PORT, the meeting
// they frame (Janus's own VideoRoom demo) on http://127.0.0.1:PORT.
//
//   /demos/...   Debian's janus-demos, as installed, with a corrected settings.js
//   /host/...    the embedding pages (this folder), and the React page's bundle (`built`)
//   /dist/...    the package as built (dist/)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/**
 * The demos' settings.js. Debian's (janus-demos 1.1.2) declares neither `token` nor
 * `apisecret`, which every demo passes to `new Janus()`, so Start throws a ReferenceError;
 * and it points at port 8088 and leaves `iceServers` null (janus.js then asks Google's
 * public STUN server). This one names the test's Janus and no ICE server at all: the only
 * candidates are the hosts' own, on loopback.
 */
export const settingsJs = (janusUrl) => `// Written by test/e2e/janus/server.mjs for the test run.
var server = ${JSON.stringify(janusUrl)};
var iceServers = [];
var token = null;
var apisecret = null;
`;

/** Starts the server on a free port of 127.0.0.1; resolves with `{ port, close }`. */
export async function startPageServer({ demos, janusUrl, built, root = process.cwd() }) {
  const mounts = {
    '/demos/': resolve(demos),
    '/host/': resolve(root, 'test/e2e/janus'),
    '/host/built/': resolve(built),
    '/dist/': resolve(root, 'dist'),
  };
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/demos/settings.js') return send(res, 200, TYPES['.js'], settingsJs(janusUrl));
    // The longest mount that the path starts with.
    const prefix = Object.keys(mounts)
      .filter((p) => pathname.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    if (!prefix) return send(res, 404, 'text/plain', 'not found');
    const base = mounts[prefix];
    // Symbolic links inside the demos (javascript/, fonts/) are followed: Debian links the
    // demos' libraries from /usr/share/javascript.
    const file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length)) || 'index.html'));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'text/plain', 'forbidden');
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'text/plain', 'not found');
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  });
  await new Promise((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
