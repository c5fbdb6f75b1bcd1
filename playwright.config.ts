// End-to-end tests of the demo in Chromium with fake camera and microphone. The browser is
// the one scripts/browsers.mjs finds (the one place that knows where browsers are); the
// demo server is started here, after building the script-tag bundle the demo also serves.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_LOCAL_WEBRTC_ARGS, discover } from './scripts/browsers.mjs';

// `npm test` passes a free port (E2E_PORT), so that it never tests a demo server another
// checkout left running on the fixed one; a run by hand uses 5199 and may reuse one.
const PORT = Number(process.env.E2E_PORT ?? 5199);
const chromium = await discover('chromium');
if (!chromium.executablePath) {
  throw new Error(`Chromium not found: apt-get install ${chromium.missing.join(' ')} (npm test installs it).`);
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.test-results/e2e-artifacts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A Janus meeting server on 127.0.0.1 and the pages that use it, for janus.spec.ts;
  // stopped when the run ends (the function it returns).
  globalSetup: './test/e2e/janus/global-setup.mjs',
  // scripts/test.mjs sets PLAYWRIGHT_JSON_OUTPUT_NAME and reads the counts from that file.
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '.test-results/e2e.json' }]],
  use: {
    // The demo is on localhost; the stand-in meeting it frames is on 127.0.0.1.
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    // The Janus tests' WebRTC runs between addresses of this machine (test/e2e/janus.spec.ts).
    launchOptions: { executablePath: chromium.executablePath, args: [...CHROMIUM_ARGS, ...CHROMIUM_LOCAL_WEBRTC_ARGS] },
    // Tracing triples the time these tests take; record one with --trace on.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node scripts/build.mjs --no-types && node test/e2e/server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/demo/`,
    reuseExistingServer: !process.env.CI && !process.env.E2E_PORT,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
