import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { VonageMeeting } from '../../src/index.js';
import { room } from '../cases/rooms.js';
import { SUPPORT_CHECK, countLoads, frameHost, frameUrl, meeting, nextFrame, sleep, uniqueId } from './helpers.js';

const frameOf = (el: VonageMeeting) => el.shadowRoot!.querySelector('iframe');
const placeholderOf = (el: VonageMeeting) => el.shadowRoot!.querySelector<HTMLElement>('[part~="placeholder"]');
const meetingOrigin = () => new URL(frameUrl()).origin;
const preconnects = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].filter((l) => l.href.startsWith(`${meetingOrigin()}/`));
/** Requests this page made to the meeting's origin for the frame with this id. */
const requestsFor = (id: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(`id=${id}`));

async function waitingMeeting(extra: Partial<VonageMeeting> = {}) {
  const id = uniqueId('click');
  const loads = countLoads(id);
  const el = meeting({ allowedHosts: frameHost(), loading: 'click', ...extra });
  if (!el.room) el.src = frameUrl({ id });
  await fixture(el);
  await nextFrame();
  return { el, id, loads };
}

describe('loading="click"', () => {
  afterEach(() => preconnects().forEach((link) => link.remove()));

  it('waits with a placeholder: no frame and no request to the meeting before the user joins', async () => {
    const { el, id, loads } = await waitingMeeting();
    expect(el.state).to.equal('waiting');
    expect(el.getAttribute('state')).to.equal('waiting');
    expect(frameOf(el)).to.equal(null);
    await sleep(300);
    expect(loads.count).to.equal(0);
    expect(requestsFor(id)).to.have.length(0);
    expect(placeholderOf(el)!.textContent).to.contain('Video meeting').and.contain('camera and microphone');
    loads.stop();
  });

  it('names the room on the placeholder', async () => {
    const { el } = await waitingMeeting({ room: room(frameUrl()) });
    expect(placeholderOf(el)!.querySelector('.room-name')!.textContent).to.equal('Weekly sync');
  });

  it('warms the connection once on pointer or focus, and takes the link away with the element', async () => {
    const { el } = await waitingMeeting();
    const placeholder = placeholderOf(el)!;
    expect(preconnects()).to.have.length(0);
    placeholder.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    placeholder.querySelector('button')!.focus();
    placeholder.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    // The preconnect's code loads on this first sign of interest.
    await waitUntil(() => preconnects().length > 0, 'no preconnect link');
    await sleep(100);
    expect(preconnects()).to.have.length(1);
    expect(preconnects()[0].parentElement).to.equal(document.head);
    // A second element for the same origin finds the link there already.
    const other = await waitingMeeting();
    placeholderOf(other.el)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await sleep(100);
    expect(preconnects()).to.have.length(1);
    el.remove();
    expect(preconnects()).to.have.length(0);
  });

  it('makes exactly one frame on the button, which loads once, and moves focus into it', async () => {
    const { el, id, loads } = await waitingMeeting();
    const loaded = oneEvent(el, 'vonage-meeting-load');
    placeholderOf(el)!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(frameOf(el));
    await loaded;
    await sleep(300);
    expect(el.state).to.equal('ready');
    expect(loads.count).to.equal(1);
    expect(requestsFor(id).length).to.be.at.most(1);
    loads.stop();
  });

  it('join() does the same as the button, but leaves focus where it is', async () => {
    const { el, loads } = await waitingMeeting();
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    const loaded = oneEvent(el, 'vonage-meeting-load');
    el.join();
    expect(el.state).to.equal('loading');
    await el.updateComplete;
    await nextFrame();
    expect(document.activeElement, 'focus stays on the page’s own control').to.equal(elsewhere);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    elsewhere.remove();
    await loaded;
    await sleep(200);
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('lets a join slot replace the placeholder; a button in it joins', async () => {
    const id = uniqueId('slot');
    const loads = countLoads(id);
    const el = await fixture<VonageMeeting>(html`
      <vonage-meeting loading="click" allowed-hosts=${frameHost()} src=${frameUrl({ id })} support-check=${SUPPORT_CHECK}>
        <div slot="join"><h2>Our weekly sync</h2><button>Start</button></div>
      </vonage-meeting>
    `);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="join"]')!;
    expect(slot.assignedElements()).to.have.length(1);
    expect(el.querySelector('h2')!.checkVisibility?.() ?? true).to.equal(true);
    el.querySelector('h2')!.click();
    await el.updateComplete;
    expect(el.state, 'a click beside the button does not join').to.equal('waiting');
    const loaded = oneEvent(el, 'vonage-meeting-load');
    el.querySelector('button')!.click();
    await loaded;
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('slot[name="join"]')).to.equal(null);
    await sleep(200);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('shows the error, not a join button, for a refused URL', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<VonageMeeting>(html`<vonage-meeting loading="click" src="https://evil.example/1" support-check=${SUPPORT_CHECK}></vonage-meeting>`);
      expect(el.state).to.equal('error');
      expect(placeholderOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
    } finally {
      console.warn = warn;
    }
  });
});

describe('confirm-leave', () => {
  /** Whether the page would ask before unloading now: what a real `beforeunload` would find. */
  const asksBeforeLeaving = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks while the meeting is shown, and no more after leave()', async () => {
    const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId() }), confirmLeave: true });
    expect(asksBeforeLeaving()).to.equal(false);
    const loaded = oneEvent(el, 'vonage-meeting-load');
    await fixture(el);
    expect(el.state).to.equal('loading');
    // The guard's code loads the first time a meeting with confirm-leave is shown.
    await waitUntil(asksBeforeLeaving, 'never asked while loading');
    await loaded;
    expect(asksBeforeLeaving()).to.equal(true);
    el.leave();
    await el.updateComplete;
    expect(asksBeforeLeaving()).to.equal(false);
    el.join();
    await el.updateComplete;
    expect(asksBeforeLeaving()).to.equal(true);
    el.remove();
    expect(asksBeforeLeaving(), 'gone with the element').to.equal(false);
  });

  it('never asks without the attribute, and stops when it is removed', async () => {
    const el = await fixture<VonageMeeting>(html`<vonage-meeting allowed-hosts=${frameHost()} src=${frameUrl({ id: uniqueId() })} support-check=${SUPPORT_CHECK}></vonage-meeting>`);
    expect(asksBeforeLeaving()).to.equal(false);
    el.setAttribute('confirm-leave', '');
    await el.updateComplete;
    expect(el.confirmLeave).to.equal(true);
    await waitUntil(asksBeforeLeaving, 'never asked with the attribute');
    el.removeAttribute('confirm-leave');
    await el.updateComplete;
    expect(asksBeforeLeaving()).to.equal(false);
  });

  it('does not ask while waiting for a click, only once joined', async () => {
    const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId() }), confirmLeave: true, loading: 'click' });
    await fixture(el);
    expect(asksBeforeLeaving()).to.equal(false);
    el.join();
    await el.updateComplete;
    await waitUntil(asksBeforeLeaving, 'never asked once joined');
    el.remove();
  });
});
