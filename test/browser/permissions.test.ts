import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { frameHost, frameMessage, frameUrl, SUPPORT_CHECK, uniqueId } from './helpers.js';

describe('camera and microphone delegation to a cross-origin meeting frame', () => {
  it('gives the frame inside <vonage-meeting> an audio and a video track', async () => {
    const id = uniqueId('media');
    const result = frameMessage(id, 'media');
    await fixture(html`<vonage-meeting allowed-hosts=${frameHost()} support-check=${SUPPORT_CHECK} src=${frameUrl({ id, media: '1' })}></vonage-meeting>`);
    const m = await result;
    expect(m.ok, `getUserMedia failed with ${m.name}`).to.equal(true);
    expect(m.kinds).to.deep.equal(['audio', 'video']);
  });

  it('denies the same page in a plain iframe without allow (NotAllowedError)', async () => {
    const id = uniqueId('plain');
    const result = frameMessage(id, 'media');
    await fixture(html`<iframe src=${frameUrl({ id, media: '1' })}></iframe>`);
    const m = await result;
    expect(m.ok).to.equal(false);
    expect(m.name).to.equal('NotAllowedError');
  });
});
