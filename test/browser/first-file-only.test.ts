// What a user must see when something is wrong is in the script-tag bundle's first file:
// a page where nothing else can load (an offline CDN, a blocked file) still shows errors and
// the fallback whole, and the optional features each say once that they could not load.
import { expect, waitUntil } from '@open-wc/testing';
import type { VonageMeeting } from '../../src/index.js';
import { en } from '../../src/i18n/english.js';
import { frameHost, frameUrl } from './helpers.js';

type OfflineWindow = Window & typeof globalThis & { warnings: string[] };

async function firstFileOnly(query = '') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  frame.src = `/test/fixtures/offline.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as OfflineWindow;
  await win.customElements.whenDefined('vonage-meeting');
  const add = (attributes: Record<string, string>) => {
    const el = win.document.createElement('vonage-meeting') as VonageMeeting;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    win.document.body.append(el);
    return el;
  };
  return { frame, win, add };
}

/** Drawn, and drawn with its looks: a box of its own over the frame, with the notice colours. */
function looksStyled(notice: HTMLElement) {
  const style = getComputedStyle(notice);
  expect(notice.getBoundingClientRect().height, 'drawn').to.be.greaterThan(0);
  expect(style.visibility).to.equal('visible');
  expect(style.position, 'laid out as a notice').to.equal('absolute');
  expect(style.backgroundColor, 'the notice background').not.to.equal('rgba(0, 0, 0, 0)');
}

describe('<vonage-meeting> with nothing but its first file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows a refused URL its notice, with its words and its looks', async () => {
    const { add, frame } = await firstFileOnly();
    const el = add({ src: 'https://evil.example/365658578', 'support-check': 'off' });
    await el.updateComplete;
    expect(el.state).to.equal('error');
    const notice = el.shadowRoot!.querySelector<HTMLElement>('[part~="notice"][role="alert"]')!;
    expect(notice.textContent!.trim()).to.equal(en['host-not-allowed']);
    looksStyled(notice);
    frame.remove();
  });

  it('shows a browser that cannot run the meeting here its fallback, with the link to a new tab', async () => {
    const { add } = await firstFileOnly('?nomedia');
    const el = add({ src: frameUrl(), 'allowed-hosts': frameHost() });
    await el.updateComplete;
    expect(el.state).to.equal('unsupported');
    const fallback = el.shadowRoot!.querySelector<HTMLElement>('slot[name="unsupported"] [part~="notice"]')!;
    expect(fallback.textContent).to.contain(en.unsupported).and.to.contain(en['no-media-devices']);
    looksStyled(fallback);
    const link = fallback.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal(en.openInTab);
    expect(link.href).to.equal(frameUrl());
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('says once in the console that each optional feature could not load, and keeps the meeting', async () => {
    const { add, win } = await firstFileOnly();
    const attributes = { src: frameUrl(), 'allowed-hosts': frameHost(), 'keep-awake': '', dock: 'auto', 'support-check': 'off' };
    const el = add(attributes);
    await new Promise((resolve) => el.addEventListener('vonage-meeting-load', resolve, { once: true }));
    const said = (feature: string) => win.warnings.filter((line) => line.includes(`could not load ${feature}`)).length;
    await waitUntil(() => said('keep-awake') && said('docking by itself') && said('the camera permission check'), `the three optional features: ${win.warnings.join(' | ')}`, { timeout: 5000 });
    // Expanding without its code: the viewport, never a stuck request.
    el.expanded = true;
    await waitUntil(() => said('expanding'), 'expanding');
    await waitUntil(() => el.hasAttribute('expanded'));
    expect(el.state).to.equal('ready');
    const second = add(attributes);
    await new Promise((resolve) => second.addEventListener('vonage-meeting-load', resolve, { once: true }));
    second.expanded = true;
    await second.updateComplete;
    await el.updateComplete;
    for (const feature of ['keep-awake', 'docking by itself', 'the camera permission check', 'expanding']) expect(said(feature), feature).to.equal(1);
  });
});
