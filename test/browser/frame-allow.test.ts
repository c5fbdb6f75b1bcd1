import { expect, fixture } from '@open-wc/testing';
import { DEFAULT_ALLOW, VonageMeeting } from '../../src/index.js';
import { frameHost, frameMessage, frameUrl, meeting, uniqueId } from './helpers.js';

const ENGINE = navigator.userAgent.includes('Firefox/') ? 'firefox' : 'chrome' in window ? 'chromium' : 'webkit';
const policyApi = (document as Document & { featurePolicy?: { features(): string[] } }).featurePolicy;

// What each engine recognises (shared facts, read from each engine's policy parser).
const EXPECTED_DEFAULT: Record<typeof ENGINE, string> = {
  chromium: DEFAULT_ALLOW,
  firefox: 'camera; microphone; display-capture; fullscreen; screen-wake-lock; speaker-selection',
  webkit: 'camera; microphone; display-capture; fullscreen; screen-wake-lock; speaker-selection',
};

describe('the default allow list', () => {
  it('exports every token a meeting page needs', () => {
    expect(DEFAULT_ALLOW).to.equal('camera; microphone; display-capture; fullscreen; screen-wake-lock; speaker-selection; clipboard-write; autoplay');
  });

  it(`is the tokens this engine (${ENGINE}) recognises`, () => {
    const el = new VonageMeeting();
    expect(el.allow).to.equal(EXPECTED_DEFAULT[ENGINE]);
    if (policyApi) {
      const known = policyApi.features();
      expect(el.allow.split('; ')).to.deep.equal(DEFAULT_ALLOW.split('; ').filter((t) => known.includes(t)));
    }
  });

  it('reaches the cross-origin meeting frame whole, with no allowfullscreen beside it', async () => {
    const id = uniqueId('policy');
    const report = frameMessage(id, 'policy');
    const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id, policy: '1' }) });
    await fixture(el);
    const frame = el.shadowRoot!.querySelector('iframe')!;
    expect(frame.getAttribute('allow')).to.equal(el.allow);
    expect(frame.hasAttribute('allowfullscreen')).to.equal(false);
    const { allowed, sink } = await report;
    if (allowed) {
      // Chromium: the frame's own policy holds every token of the default.
      expect(allowed).to.include.members(el.allow.split('; '));
    }
    // Choosing the audio output works where the engine can (Firefox gates it on speaker-selection).
    if (sink !== 'absent') expect(sink).to.equal('ok');
  });

  it('is replaced whole by a page-given allow, and says so in the property', async () => {
    const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId() }), allow: `${DEFAULT_ALLOW}; hid` });
    await fixture(el);
    expect(el.allow).to.equal(`${DEFAULT_ALLOW}; hid`);
    expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('allow')).to.equal(`${DEFAULT_ALLOW}; hid`);
  });
});
