// The support rules in plain Node: no DOM, no window, no navigator of a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSupport } from '../../src/view/support.js';
import { capabilityCases, inputFor, noBrowser, titleFor, userAgentCases } from '../cases/user-agents.js';

for (const c of userAgentCases) {
  test(titleFor(c), () => {
    assert.deepEqual(checkSupport(inputFor(c)), c.expected);
  });
}

for (const c of capabilityCases) {
  test(`${c.name} is ${c.expected.status}${c.expected.reasons.length ? ` (${c.expected.reasons.join(', ')})` : ''}`, () => {
    const { status, reasons } = checkSupport(c.input);
    assert.deepEqual({ status, reasons }, c.expected);
  });
}

test('with no input and no browser (Node) it is unsupported with no-browser', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.deepEqual(checkSupport(), noBrowser);
  assert.deepEqual(checkSupport({}), noBrowser);
});

test('a user agent given in Node counts the capabilities as present', () => {
  const { status, reasons } = checkSupport({ userAgent: userAgentCases[0].ua });
  assert.deepEqual({ status, reasons }, { status: 'supported', reasons: [] });
});

test('garbage input never throws', () => {
  const garbage: unknown[] = [
    { userAgent: 42 },
    { userAgent: null },
    { userAgent: {} },
    { userAgent: 'x'.repeat(1 << 20) },
    { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; '.repeat(30_000) },
    { maxTouchPoints: 'many', secureContext: 'yes' },
    null,
    'Mozilla/5.0',
    42,
  ];
  for (const input of garbage) {
    const result = checkSupport(input as any);
    assert.ok(['supported', 'unlisted', 'unsupported'].includes(result.status), String(input));
  }
  // A user agent that is not a string is no user agent: in Node that leaves no browser.
  assert.deepEqual(checkSupport({ userAgent: 42 as any }), noBrowser);
});

test('a 1 MB user agent is answered quickly', () => {
  const started = performance.now();
  const result = checkSupport({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; '.repeat(25_000) });
  assert.ok(performance.now() - started < 100);
  assert.equal(result.browser.name, 'unknown');
});

test('a throwing input getter still gets an answer', () => {
  const hostile = {
    get userAgent(): string {
      throw new Error('no');
    },
  };
  assert.deepEqual(
    { ...checkSupport(hostile), browser: undefined, os: undefined },
    { status: 'unlisted', reasons: ['browser-not-listed'], browser: undefined, os: undefined, mobile: false, webview: null },
  );
});

// The running browser, stubbed: what the input leaves out comes from navigator and
// globalThis, and client hints name Chromium browsers only when no user agent is given.
function withBrowser(navigator: Record<string, unknown>, globals: Record<string, unknown>, run: () => void) {
  const g = globalThis as any;
  const saved = Object.getOwnPropertyDescriptors(g);
  const stubs: Record<string, unknown> = { window: g, navigator, ...globals };
  for (const [key, value] of Object.entries(stubs)) Object.defineProperty(g, key, { value, configurable: true, writable: true });
  try {
    run();
  } finally {
    for (const key of Object.keys(stubs)) {
      if (saved[key]) Object.defineProperty(g, key, saved[key]);
      else delete g[key];
    }
  }
}

const REDUCED_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36';
const LIVE = { isSecureContext: true, RTCPeerConnection: function RTCPeerConnection() {} };
const MEDIA = { mediaDevices: { getUserMedia() {} } };

test('reads the running browser when the input leaves it out', () => {
  withBrowser({ userAgent: REDUCED_CHROME, maxTouchPoints: 0, ...MEDIA }, LIVE, () => {
    const result = checkSupport();
    assert.equal(result.status, 'supported');
    assert.deepEqual(result.browser, { name: 'chrome', version: '143.0.0.0' });
  });
  withBrowser({ userAgent: REDUCED_CHROME, maxTouchPoints: 0 }, { ...LIVE, isSecureContext: false }, () => {
    assert.deepEqual(checkSupport().reasons, ['insecure-context', 'no-media-devices']);
  });
  withBrowser({ userAgent: REDUCED_CHROME, ...MEDIA }, { isSecureContext: true }, () => {
    assert.deepEqual(checkSupport().reasons, ['no-webrtc']);
  });
});

test('reads maxTouchPoints of the running browser: an iPad asking for the desktop site', () => {
  const ipad = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0.3 Safari/605.1.15';
  withBrowser({ userAgent: ipad, maxTouchPoints: 5, ...MEDIA }, LIVE, () => {
    const result = checkSupport();
    assert.deepEqual(result.os, { name: 'ios', version: '14.0.3' });
    assert.equal(result.status, 'supported');
  });
});

test('names Chromium browsers by their client hint brand', () => {
  const brands = (...names: string[]) => [{ brand: 'Not_A Brand', version: '8' }, ...names.map((brand) => ({ brand, version: '143' }))];
  const named = [
    [['Chromium', 'Google Chrome'], 'chrome'],
    [['Chromium', 'Microsoft Edge'], 'edge'],
    [['Chromium', 'Opera'], 'opera'],
    [['Brave', 'Chromium'], 'brave'],
    [['Chromium'], 'chromium'],
  ] as const;
  for (const [names, expected] of named) {
    withBrowser({ userAgent: REDUCED_CHROME, userAgentData: { brands: brands(...names), mobile: false, platform: 'Windows' }, ...MEDIA }, LIVE, () => {
      const result = checkSupport();
      assert.equal(result.browser.name, expected, names.join(', '));
      assert.equal(result.status, 'supported');
    });
  }
});

test('on Android, client hints tell Chrome from other Chromium browsers', () => {
  const android = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36';
  const hinted = (brand: string) => ({ brands: [{ brand: 'Chromium', version: '143' }, { brand, version: '143' }], mobile: true, platform: 'Android' });
  withBrowser({ userAgent: android, userAgentData: hinted('Google Chrome'), ...MEDIA }, LIVE, () => {
    assert.deepEqual([checkSupport().browser.name, checkSupport().status], ['chrome', 'supported']);
  });
  withBrowser({ userAgent: android, userAgentData: hinted('Brave'), ...MEDIA }, LIVE, () => {
    assert.deepEqual([checkSupport().browser.name, checkSupport().status], ['brave', 'unlisted']);
  });
  withBrowser({ userAgent: android, userAgentData: hinted('Samsung Internet'), ...MEDIA }, LIVE, () => {
    assert.deepEqual([checkSupport().browser.name, checkSupport().status], ['samsung', 'supported']);
  });
});

test('ignores client hints when the caller passes a user agent', () => {
  const firefox = userAgentCases.find((c) => c.expected.browser.name == 'firefox' && c.expected.os.name == 'windows')!;
  const hints = { brands: [{ brand: 'Microsoft Edge', version: '143' }], mobile: true, platform: 'Android' };
  withBrowser({ userAgent: REDUCED_CHROME, userAgentData: hints, ...MEDIA }, LIVE, () => {
    assert.deepEqual(checkSupport(inputFor(firefox)), firefox.expected);
  });
});
