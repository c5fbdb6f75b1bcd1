import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { VonageMeeting } from '../../src/index.js';
import { userAgentCases } from '../cases/user-agents.js';
import { countLoads, frameHost, frameUrl, uniqueId } from './helpers.js';

const ua = (name: string) => userAgentCases.find((c) => c.name === name)!.ua;
const IE11 = ua('Internet Explorer 11 on Windows 10');
const SAFARI = ua('desktop Safari 17 on macOS');
const ANDROID_WEBVIEW = ua('a plain Android 5.1.1 WebView');
const CHROME = ua('desktop Chrome 112 on Windows');

/**
 * Makes the running browser look like another one to the support check: its user agent,
 * no client hints (they would describe the real browser), and, where the engine lacks
 * it, a stand-in RTCPeerConnection so that only the user agent decides.
 */
const restores: (() => void)[] = [];
function pretend(overrides: { userAgent?: string; secureContext?: boolean; permissions?: Record<string, PermissionState> }) {
  const define = (target: object, key: string, value: unknown) => {
    const own = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { value, configurable: true, writable: true });
    restores.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<string, unknown>)[key]));
  };
  if (overrides.userAgent) {
    define(navigator, 'userAgent', overrides.userAgent);
    define(navigator, 'userAgentData', undefined);
  }
  if (!('RTCPeerConnection' in window)) define(window, 'RTCPeerConnection', class {});
  if (overrides.secureContext !== undefined) define(window, 'isSecureContext', overrides.secureContext);
  if (overrides.permissions) {
    const states = overrides.permissions;
    define(navigator.permissions, 'query', async ({ name }: { name: string }) => ({ state: states[name] ?? 'prompt' }));
  }
}
afterEach(() => restores.splice(0).reverse().forEach((restore) => restore()));

async function meetingIn(template = html`<vonage-meeting></vonage-meeting>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('vonage-meeting')!;
  el.allowedHosts = frameHost();
  return el;
}

const notices = (el: VonageMeeting) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="notice"]')];

describe('<vonage-meeting> browser support', () => {
  it('loads a supported browser with no notice and no unsupported event', async () => {
    pretend({ userAgent: CHROME });
    const events: Event[] = [];
    document.addEventListener('vonage-meeting-unsupported', (e) => events.push(e), { once: true });
    const el = await meetingIn();
    el.src = frameUrl({ id: uniqueId() });
    await oneEvent(el, 'vonage-meeting-load');
    expect(el.support?.status).to.equal('supported');
    expect(el.state).to.equal('ready');
    expect(notices(el)).to.have.length(0);
    expect(events).to.have.length(0);
  });

  it('loads an unlisted browser with a notice the user can dismiss, and says so in an event', async () => {
    pretend({ userAgent: SAFARI });
    const id = uniqueId();
    const loads = countLoads(id);
    const el = document.createElement('vonage-meeting');
    el.allowedHosts = frameHost();
    el.src = frameUrl({ id });
    const unsupported = oneEvent(el, 'vonage-meeting-unsupported');
    const loaded = oneEvent(el, 'vonage-meeting-load');
    await fixture(el);
    const { detail } = await unsupported;
    await loaded;
    expect(detail.support.status).to.equal('unlisted');
    expect(detail.support.reasons).to.deep.equal(['browser-not-listed']);
    expect(el.support).to.deep.equal(detail.support);
    expect(el.state).to.equal('ready');
    const [notice] = notices(el);
    expect(notice.textContent).to.contain('not on the meeting’s supported list');
    await expect(el).to.be.accessible();
    const frame = el.shadowRoot!.querySelector('iframe');
    notice.querySelector('button')!.click();
    await el.updateComplete;
    expect(notices(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(frame);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('shows a fallback instead of the frame in an unsupported browser, saying what is wrong and what to do', async () => {
    pretend({ userAgent: IE11 });
    const el = document.createElement('vonage-meeting');
    el.allowedHosts = frameHost();
    el.src = frameUrl({ id: uniqueId() });
    const unsupported = oneEvent(el, 'vonage-meeting-unsupported');
    await fixture(el);
    const { detail } = await unsupported;
    expect(detail.support.status).to.equal('unsupported');
    expect(detail.support.reasons).to.deep.equal(['no-webrtc']);
    expect(el.state).to.equal('unsupported');
    expect(el.getAttribute('state')).to.equal('unsupported');
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    const fallback = el.shadowRoot!.querySelector('slot[name="unsupported"] [part~="notice"]')!;
    expect(fallback.getAttribute('role')).to.equal('alert');
    expect(fallback.textContent).to.contain('cannot run in this browser').and.contain('Chrome');
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    // No other tab of this browser could run it either: no link to one.
    expect(fallback.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers to open the meeting in a new tab where that helps (an insecure embedding page)', async () => {
    pretend({ userAgent: CHROME, secureContext: false });
    const el = await meetingIn();
    const url = frameUrl({ id: uniqueId() });
    el.src = url;
    await el.updateComplete;
    expect(el.support?.reasons).to.include('insecure-context');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('slot[name="unsupported"] a')!;
    expect(link.href).to.equal(url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  it('shows the page’s own fallback content from the unsupported slot', async () => {
    pretend({ userAgent: IE11 });
    const el = await meetingIn(html`<vonage-meeting><p slot="unsupported">Call us instead: 555-0100</p></vonage-meeting>`);
    el.src = frameUrl({ id: uniqueId() });
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="unsupported"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Call us instead: 555-0100');
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('skips all of it with support-check="off"', async () => {
    pretend({ userAgent: IE11 });
    const events: Event[] = [];
    const el = await meetingIn(html`<vonage-meeting support-check="off" @vonage-meeting-unsupported=${(e: Event) => events.push(e)}></vonage-meeting>`);
    el.src = frameUrl({ id: uniqueId() });
    await oneEvent(el, 'vonage-meeting-load');
    expect(el.support).to.equal(null);
    expect(el.state).to.equal('ready');
    expect(events).to.have.length(0);
  });

  it('tells the app developer once per page what an Android WebView must allow, and which origin to check', async () => {
    pretend({ userAgent: ANDROID_WEBVIEW });
    const lines: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => lines.push(args.join(' '));
    try {
      for (let i = 0; i < 2; i++) {
        const el = await meetingIn();
        // The advice comes once the meeting has loaded: never before the meeting's request.
        const loaded = oneEvent(el, 'vonage-meeting-load');
        el.src = frameUrl({ id: uniqueId() });
        await loaded;
        await el.updateComplete;
        expect(el.support?.webview).to.equal('android-webview');
        expect(el.support?.status).to.equal('unlisted');
      }
      // The advice is a module of its own, loaded only inside a webview.
      await import('../../src/effects/webview-advice.js');
      await new Promise((r) => setTimeout(r));
    } finally {
      console.info = info;
    }
    const advice = lines.filter((l) => l.includes('WebChromeClient.onPermissionRequest'));
    expect(advice).to.have.length(1);
    expect(advice[0]).to.contain('CAMERA').and.contain('RECORD_AUDIO').and.contain('MODIFY_AUDIO_SETTINGS');
    // Android passes the requesting frame's origin: the meeting's, not the app's page.
    expect(advice[0]).to.contain('request.origin is the meeting host').and.contain('RESOURCE_VIDEO_CAPTURE');
    expect(advice[0]).to.contain('"Inside mobile apps"');
    expect(advice[0].split('\n')).to.have.length.at.most(2);
  });

  it('warns before joining when the browser reports the camera or microphone as denied', async () => {
    pretend({ userAgent: CHROME, permissions: { camera: 'denied', microphone: 'granted' } });
    const el = document.createElement('vonage-meeting');
    el.allowedHosts = frameHost();
    el.src = frameUrl({ id: uniqueId() });
    const denied = oneEvent(el, 'vonage-meeting-permission-denied');
    await fixture(el);
    const { detail } = await denied;
    expect(detail).to.deep.equal({ camera: 'denied', microphone: 'granted' });
    await el.updateComplete;
    const notice = notices(el).find((n) => n.textContent!.includes('blocked'))!;
    expect(notice.textContent).to.contain('site settings');
    await expect(el).to.be.accessible();
    notice.querySelector('button')!.click();
    await el.updateComplete;
    expect(notices(el).some((n) => n.textContent!.includes('blocked'))).to.equal(false);
  });

  it('takes the denied notice away when the user allows the camera while the page is open', async () => {
    // PermissionStatus objects that the test changes as a browser's site settings would.
    const status = (state: PermissionState) => Object.assign(new EventTarget(), { state, name: '' }) as unknown as PermissionStatus & { state: PermissionState };
    const camera = status('denied');
    const microphone = status('granted');
    pretend({ userAgent: CHROME });
    const query = async ({ name }: { name: string }) => (name === 'camera' ? camera : microphone);
    const own = Object.getOwnPropertyDescriptor(navigator.permissions, 'query');
    Object.defineProperty(navigator.permissions, 'query', { value: query, configurable: true, writable: true });
    restores.push(() => (own ? Object.defineProperty(navigator.permissions, 'query', own) : delete (navigator.permissions as { query?: unknown }).query));
    const el = document.createElement('vonage-meeting');
    el.allowedHosts = frameHost();
    el.src = frameUrl({ id: uniqueId() });
    const denied = oneEvent(el, 'vonage-meeting-permission-denied');
    await fixture(el);
    await denied;
    await el.updateComplete;
    const blocked = () => notices(el).some((n) => n.textContent!.includes('blocked'));
    expect(blocked()).to.equal(true);
    camera.state = 'granted';
    camera.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(blocked(), 'no notice once the camera is allowed').to.equal(false);
    // Blocked again: said again, with one more event.
    const again = oneEvent(el, 'vonage-meeting-permission-denied');
    camera.state = 'denied';
    camera.dispatchEvent(new Event('change'));
    expect((await again).detail).to.deep.equal({ camera: 'denied', microphone: 'granted' });
  });

  it('stays quiet when camera and microphone are not denied', async () => {
    pretend({ userAgent: CHROME, permissions: { camera: 'prompt', microphone: 'granted' } });
    const events: Event[] = [];
    const el = await meetingIn(html`<vonage-meeting @vonage-meeting-permission-denied=${(e: Event) => events.push(e)}></vonage-meeting>`);
    el.src = frameUrl({ id: uniqueId() });
    await oneEvent(el, 'vonage-meeting-load');
    expect(events).to.have.length(0);
    expect(notices(el)).to.have.length(0);
  });
});
