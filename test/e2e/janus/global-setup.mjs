// Before the e2e run: a Janus meeting server of its own (scripts/janus.mjs), the small
// server of the pages that use it (server.mjs) and the React page's bundle. After it (the
// function returned is Playwright's teardown): both stopped, Janus by its PID. Should the
// runner end without its teardown, an exit handler still stops Janus, and the next run
// stops one a killed run left behind (by the PID file in its configuration folder).
//
// The tests learn where everything is from JANUS_E2E (JSON, `JanusE2E` in janus.spec.ts),
// which the workers inherit. Without Janus installed only the Janus tests fail, saying how
// to install it.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { ROOMS, discoverJanus, ownAddress, startJanus } from '../../../scripts/janus.mjs';
import { startPageServer } from './server.mjs';

const DIR = resolve('.test-results/janus');

export default async function globalSetup() {
  const found = discoverJanus();
  if (found.missing) {
    process.env.JANUS_E2E = JSON.stringify({ missing: `Janus is not installed: apt-get install ${found.missing.join(' ')} (SUITES=e2e npm test installs it).` });
    return;
  }
  const janus = await startJanus({ dir: `${DIR}/server` });
  const stopAtExit = () => {
    try {
      process.kill(janus.pid, 'SIGKILL');
    } catch {}
  };
  process.once('exit', stopAtExit);
  try {
    // The React page: React, ReactDOM and the package's React wrapper as the package
    // exports it (dist/react.js), in one file the page loads.
    await build({
      entryPoints: ['test/e2e/janus/react-host.jsx'],
      outfile: `${DIR}/built/react-host.js`,
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'warning',
    });
    const pages = await startPageServer({ demos: janus.demos, janusUrl: janus.url, built: `${DIR}/built` });
    process.env.JANUS_E2E = JSON.stringify({
      janusUrl: janus.url,
      hostOrigin: `http://localhost:${pages.port}`,
      meetingOrigin: `http://127.0.0.1:${pages.port}`,
      pid: janus.pid,
      dir: janus.dir,
      rooms: ROOMS.filter((room) => room !== 1234),
      iceAddress: ownAddress(),
    });
    return async () => {
      await pages.close();
      await janus.stop();
      process.off('exit', stopAtExit);
    };
  } catch (err) {
    await janus.stop();
    throw err;
  }
}
