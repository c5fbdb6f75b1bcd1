import { expect } from '@open-wc/testing';
import { checkSupport } from '../../src/view/support.js';
import { capabilityCases, inputFor, titleFor, userAgentCases } from '../cases/user-agents.js';

// The engine under test, told apart without the user agent the module parses.
const ENGINE = ({ 'Google Inc.': 'chromium', '': 'firefox', 'Apple Computer, Inc.': 'webkit' } as Record<string, string>)[navigator.vendor];

describe('checkSupport on real user agents', () => {
  for (const c of userAgentCases) {
    it(titleFor(c), () => {
      expect(checkSupport(inputFor(c))).to.deep.equal(c.expected);
    });
  }
});

describe('checkSupport on what the page and browser lack', () => {
  for (const c of capabilityCases) {
    const why = c.expected.reasons.length ? ` (${c.expected.reasons.join(', ')})` : '';
    it(`${c.name} is ${c.expected.status}${why}`, () => {
      const { status, reasons } = checkSupport(c.input);
      expect({ status, reasons }).to.deep.equal(c.expected);
    });
  }
});

describe('checkSupport() in the running test browser', () => {
  it('answers with no input, without throwing, from this browser', () => {
    const result = checkSupport();
    expect(Object.keys(result)).to.deep.equal(['status', 'reasons', 'browser', 'os', 'mobile', 'webview']);
    expect(result.os).to.deep.equal({ name: 'linux', version: null });
    expect(result.mobile).to.equal(false);
    expect(result.webview).to.equal(null);
  });

  it('says supported for desktop Chromium and Firefox, and what WebKitGTK deserves', () => {
    const result = checkSupport();
    const { status, reasons } = result;
    if (ENGINE === 'chromium') {
      // Client hints name it: Debian's Chromium has no "Google Chrome" brand.
      const brands: { brand: string; version: string }[] = (navigator as any).userAgentData.brands;
      const chrome = brands.find((b) => b.brand === 'Google Chrome');
      expect(result.browser).to.deep.equal(chrome ? { name: 'chrome', version: chrome.version } : { name: 'chromium', version: brands.find((b) => b.brand === 'Chromium')!.version });
      expect({ status, reasons }).to.deep.equal({ status: 'supported', reasons: [] });
    } else if (ENGINE === 'firefox') {
      expect(result.browser.name).to.equal('firefox');
      expect({ status, reasons }).to.deep.equal({ status: 'supported', reasons: [] });
    } else {
      // WebKitGTK's MiniBrowser says "Version/x Safari/y" on Linux: desktop Safari, unlisted.
      // Debian builds it without WebRTC, and rule 2 comes first: then it is unsupported.
      expect(ENGINE).to.equal('webkit');
      expect(result.browser.name).to.equal('safari');
      const byAgent = checkSupport({ userAgent: navigator.userAgent, secureContext: true, mediaDevices: true, peerConnection: true });
      expect({ status: byAgent.status, reasons: byAgent.reasons }).to.deep.equal({ status: 'unlisted', reasons: ['browser-not-listed'] });
      const live = typeof RTCPeerConnection === 'function' ? { status: 'unlisted', reasons: ['browser-not-listed'] } : { status: 'unsupported', reasons: ['no-webrtc'] };
      expect({ status, reasons }).to.deep.equal(live);
    }
  });

  it('reads what the input leaves out from this browser: a secure page with camera access', () => {
    expect(isSecureContext).to.equal(true);
    const { reasons } = checkSupport({ peerConnection: true });
    expect(reasons).to.not.include('insecure-context');
    expect(reasons).to.not.include('no-media-devices');
  });

  it('lets a given user agent stand in for this browser, ignoring its client hints', () => {
    const ipad = userAgentCases.find((c) => c.maxTouchPoints === 5 && c.expected.status === 'supported')!;
    expect(checkSupport(inputFor(ipad))).to.deep.equal(ipad.expected);
  });
});
