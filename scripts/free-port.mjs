import { createServer } from 'node:net';

/** A TCP port nothing listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().on('error', fail);
    server.unref();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
