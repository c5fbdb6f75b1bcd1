import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { standIn, standInFrame } from './demo-page.js';

// The demo page and the script-tag page under the strict policy an integrator would write,
// with Trusted Types required: every string that reaches an HTML or script sink must come
// through a policy, and only Lit's own (`lit-html`) may exist. test/e2e/csp.spec.ts covers
// the same pages under `default-src 'none'` without Trusted Types.
//
// The test server sends no such header. This spec puts a small proxy in front of it that
// adds the header to the two pages and passes everything else (modules, styles, the
// stand-in meeting, the dev server's web socket) through untouched. Two ways that look
// simpler fail: a response made up with Playwright's route.fulfill() has no server address,
// so Chromium counts the page as public and blocks its frame on 127.0.0.1 (Local Network
// Access); and headers changed with CDP's Fetch.continueResponse are not enforced.

const PAGES = ['/demo/', '/demo/script-tag.html'];

function policyFor(port: number) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // The stand-in meeting is served under the other loopback name: a second origin.
    `frame-src http://127.0.0.1:${port}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

let proxy: Server;
let proxyPort = 0;

test.beforeAll(async ({ baseURL }) => {
  const target = { host: '127.0.0.1', port: Number(new URL(baseURL!).port) };
  proxy = createServer((req, res) => {
    const upstream = httpRequest({ ...target, method: req.method, path: req.url, headers: req.headers }, (response) => {
      const headers = { ...response.headers };
      if (PAGES.includes(new URL(req.url ?? '/', 'http://proxy').pathname)) headers['content-security-policy'] = policyFor(proxyPort);
      res.writeHead(response.statusCode ?? 502, headers);
      response.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  proxy.on('upgrade', (req, socket, head) => {
    const upstream = connect(target.port, target.host, () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyPort = (proxy.address() as AddressInfo).port;
});

test.afterAll(() => new Promise<void>((resolve) => (proxy.closeAllConnections(), proxy.close(() => resolve()))));

/** Opens `path` through the proxy, recording every violation, page error and Trusted Types policy made. */
async function underPolicy(page: Page, path: string) {
  const seen = { violations: [] as string[], errors: [] as string[], policies: [] as string[] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => seen.violations.push(text));
  await page.exposeFunction('reportPolicy', (name: string) => seen.policies.push(name));
  await page.addInitScript(() => {
    const report = window as unknown as { reportViolation(text: string): void; reportPolicy(name: string): void };
    document.addEventListener('securitypolicyviolation', (event) => {
      report.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
    const tt = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    if (tt) {
      const create = tt.createPolicy.bind(tt);
      tt.createPolicy = (name: string, rules: object) => {
        report.reportPolicy(name);
        return create(name, rules);
      };
    }
  });
  const response = await page.goto(`http://localhost:${proxyPort}${path}`);
  expect(response!.headers()['content-security-policy']).toBe(policyFor(proxyPort));
  return seen;
}

/** Proves the policy is enforced and that violations are seen: a plain string into innerHTML is refused. */
async function expectEnforced(page: Page, seen: { violations: string[] }) {
  const outcome = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>plain string</b>';
      return 'accepted';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe('TypeError');
  await expect.poll(() => seen.violations.length).toBe(1);
  expect(seen.violations[0]).toMatch(/^require-trusted-types-for /);
}

test('runs the demo page with Trusted Types required and no violation', async ({ page }) => {
  const seen = await underPolicy(page, '/demo/');
  const meeting = page.locator('#meeting');
  await expect(meeting).toHaveAttribute('state', 'ready');
  const frame = await standInFrame(page);
  await expect.poll(async () => (await standIn(frame)).videoWidth).toBeGreaterThan(0);

  // Every template of the element renders under the policy: tiers and their notices, an
  // error, leaving and joining again.
  for (const width of ['375', '560', '1024']) {
    await page.getByRole('button', { name: new RegExp(`${width}$`) }).click();
  }
  await expect(meeting).toHaveAttribute('tier', 'large');
  // The demo shows its meeting over a place, which its slider sizes: below the small tier here.
  await page.locator('#width-slider').fill('300');
  await meeting.evaluate((el: HTMLElementTagNameMap['vonage-meeting']) => (el.requiredFeatures = 'whiteboard'));
  await expect(meeting).toHaveAttribute('tier', 'too-small');
  await page.getByRole('button', { name: /375$/ }).click();
  await expect(meeting).toHaveAttribute('tier', 'small');
  await page.locator('#leave').click();
  await expect(meeting).toHaveAttribute('state', 'left');
  await page.locator('#join').click();
  await expect(meeting).toHaveAttribute('state', /loading|ready/);
  const src = await meeting.evaluate((el: HTMLElementTagNameMap['vonage-meeting']) => {
    const before = el.src;
    el.src = 'javascript:alert(1)';
    return before;
  });
  await expect(meeting).toHaveAttribute('state', 'error');
  await meeting.evaluate((el: HTMLElementTagNameMap['vonage-meeting'], url) => (el.src = url), src);
  await expect(meeting).toHaveAttribute('state', 'ready');

  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.policies).toEqual(['lit-html']);
  await expectEnforced(page, seen);
});

test('runs the script-tag page with Trusted Types required and no violation', async ({ page }) => {
  const seen = await underPolicy(page, '/demo/script-tag.html');
  const meeting = page.locator('#meeting');
  await expect(meeting).toHaveAttribute('state', 'ready');
  await expect(meeting).toHaveAttribute('tier', 'large');
  const frame = await standInFrame(page);
  await expect.poll(async () => (await standIn(frame)).videoWidth).toBeGreaterThan(0);
  await meeting.evaluate((el: HTMLElementTagNameMap['vonage-meeting']) => el.leave());
  await expect(meeting).toHaveAttribute('state', 'left');
  await meeting.evaluate((el: HTMLElementTagNameMap['vonage-meeting']) => el.join());
  await expect(meeting).toHaveAttribute('state', 'ready');

  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
  // The bundle carries its own Lit, which makes its one policy.
  expect(seen.policies).toEqual(['lit-html']);
  await expectEnforced(page, seen);
});
