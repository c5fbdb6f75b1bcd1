import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { VonageMeeting } from '../../src/index.js';
import { countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';

const shadow = (el: VonageMeeting) => el.shadowRoot!;
const frameOf = (el: VonageMeeting) => shadow(el).querySelector('iframe')!;
const expandButton = (el: VonageMeeting) => shadow(el).querySelector<HTMLButtonElement>('[part~="expand-button"]')!;
const undockButton = (el: VonageMeeting) => shadow(el).querySelector<HTMLButtonElement>('[part~="undock-button"]');

/** The next event of `type`, or a failure after `timeout` ms. */
function next<K extends keyof HTMLElementEventMap>(el: Element, type: K, timeout = 5000): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    el.addEventListener(type, (e) => (clearTimeout(timer), resolve(e as HTMLElementEventMap[K])), { once: true });
  });
}

/** Records the dock and expand events, as `dock:true`, `expand:false:viewport`. */
function record(el: VonageMeeting) {
  const events: string[] = [];
  el.addEventListener('vonage-meeting-dock-change', (e) => events.push(`dock:${e.detail.docked}`));
  el.addEventListener('vonage-meeting-expand-change', (e) => events.push(`expand:${e.detail.expanded}:${e.detail.mode}`));
  return events;
}

const settle = async () => {
  await nextFrame();
  await nextFrame();
};

/** A loaded meeting 700 px wide at the top of a page long enough to scroll it out of view. */
async function placed(attrs: Partial<VonageMeeting> = {}, width = 700) {
  const id = uniqueId('dock');
  const loads = countLoads(id);
  const el = meeting({ allowedHosts: frameHost(), ...attrs });
  el.style.width = `${width}px`;
  const page = await fixture<HTMLDivElement>(html`<div>${el}<div style="height: 4000px"></div></div>`);
  const loaded = next(el, 'vonage-meeting-load', 15000);
  el.src = frameUrl({ id });
  await loaded;
  await settle();
  return { el, loads, page };
}

const box = (node: Element) => node.getBoundingClientRect();
const inViewport = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= document.documentElement.clientWidth;

afterEach(async () => {
  scrollTo(0, 0);
  document.documentElement.removeAttribute('dir');
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
});

describe('docking and expanding', () => {
  it('creates from document.createElement', () => {
    const el = document.createElement('vonage-meeting');
    expect(el).to.be.instanceOf(VonageMeeting);
    expect(el.docked).to.equal(false);
    expect(el.expanded).to.equal(false);
    expect(el.dock).to.equal('off');
  });

  it('creates from the constructor', () => {
    const el = new VonageMeeting();
    expect(el.docked).to.equal(false);
    expect(el.expanded).to.equal(false);
  });

  // First of the tests that dock by themselves: docking's code has not loaded on this page yet.
  it('dock going from auto to off before docking’s code has loaded watches nothing, and keeps a docked choice made meanwhile', async () => {
    const { el, loads } = await placed();
    const events = record(el);
    el.dock = 'auto';
    await el.updateComplete;
    el.dock = 'off';
    el.docked = true;
    await el.updateComplete;
    await import('../../src/controllers/dock-controller.js');
    await settle();
    scrollTo(0, 2000);
    await settle();
    await settle();
    scrollTo(0, 0);
    await settle();
    await settle();
    expect(el.docked, 'the page’s choice').to.equal(true);
    expect(events).to.deep.equal(['dock:true']);
    el.docked = false;
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('dock="auto": docks when its place scrolls out of view and goes back when it returns, with one event each and one frame document', async () => {
    const { el, loads } = await placed({ dock: 'auto' });
    const events = record(el);
    const frame = frameOf(el);
    const place = box(el);
    expect(el.docked).to.equal(false);

    const docked = next(el, 'vonage-meeting-dock-change');
    const small = next(el, 'vonage-meeting-tier-change');
    scrollTo(0, 2000);
    expect((await docked).detail).to.deep.equal({ docked: true });
    expect((await small).detail.tier, 'the tier follows the docked width').to.equal('small');
    await settle();
    expect(el.docked).to.equal(true);
    expect(el.hasAttribute('docked')).to.equal(true);
    expect(el.tier).to.equal('small');
    const floating = box(frame);
    expect(inViewport(floating), 'the frame is in the viewport').to.equal(true);
    expect(floating.width).to.be.below(place.width);
    expect(floating.height).to.be.below(place.height);
    expect(box(el).height, 'the place keeps its size').to.equal(place.height);
    const bar = shadow(el).querySelector('[part~="dock-bar"]')!;
    expect(bar.getAttribute('role')).to.equal('region');
    expect(bar.getAttribute('aria-label')).to.equal('Docked meeting');
    expect(bar.textContent).to.contain('Video meeting');

    const undocked = next(el, 'vonage-meeting-dock-change');
    scrollTo(0, 0);
    expect((await undocked).detail).to.deep.equal({ docked: false });
    await settle();
    expect(el.hasAttribute('docked')).to.equal(false);
    expect(el.tier).to.equal('large');
    expect(box(frame).width).to.equal(place.width);
    expect(events).to.deep.equal(['dock:true', 'dock:false']);
    expect(frameOf(el)).to.equal(frame);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('dock="auto": an undock by the user holds until the place is in view again, and focus stays in the meeting', async () => {
    const { el, loads } = await placed({ dock: 'auto' });
    const events = record(el);
    let docked = next(el, 'vonage-meeting-dock-change');
    scrollTo(0, 2000);
    await docked;
    await el.updateComplete;
    const undocked = next(el, 'vonage-meeting-dock-change');
    undockButton(el)!.click();
    expect((await undocked).detail.docked).to.equal(false);
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement, 'focus goes to the expand button, not the page').to.equal(expandButton(el));
    scrollTo(0, 2400);
    await settle();
    await settle();
    expect(el.docked, 'still out of view: the undock holds').to.equal(false);
    scrollTo(0, 0);
    await settle();
    await settle();
    docked = next(el, 'vonage-meeting-dock-change');
    scrollTo(0, 2000);
    await docked;
    expect(el.docked, 'out of view again: docks again').to.equal(true);
    expect(events).to.deep.equal(['dock:true', 'dock:false', 'dock:true']);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('dock="auto" docks by itself without taking focus from where the user is', async () => {
    const { el, page, loads } = await placed({ dock: 'auto' });
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Notes');
    input.style.cssText = 'position: fixed; top: 0; left: 0';
    page.append(input);
    input.focus();
    const docked = next(el, 'vonage-meeting-dock-change');
    scrollTo(0, 2000);
    await docked;
    await el.updateComplete;
    expect(document.activeElement).to.equal(input);
    loads.stop();
  });

  it('docks and undocks when the page sets docked, and reflects it; dock="off" never docks by itself', async () => {
    const { el, loads } = await placed();
    const events = record(el);
    scrollTo(0, 2000);
    await settle();
    await settle();
    expect(el.docked).to.equal(false);
    el.docked = true;
    expect(el.docked, 'the property reads what it was set to at once').to.equal(true);
    await el.updateComplete;
    await settle();
    expect(el.hasAttribute('docked')).to.equal(true);
    const r = box(frameOf(el));
    expect(inViewport(r)).to.equal(true);
    expect(r.width).to.equal(360);
    // Bottom, end side: right in a left-to-right page, 16 px from the edges.
    expect(document.documentElement.clientWidth - box(shadow(el).querySelector('.meeting')!).right).to.be.closeTo(16, 1);
    expect(innerHeight - box(shadow(el).querySelector('.meeting')!).bottom).to.be.closeTo(16, 1);
    el.removeAttribute('docked');
    await el.updateComplete;
    expect(el.docked).to.equal(false);
    el.setAttribute('docked', '');
    await el.updateComplete;
    expect(el.docked).to.equal(true);
    el.docked = false;
    await el.updateComplete;
    expect(events).to.deep.equal(['dock:true', 'dock:false', 'dock:true', 'dock:false']);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('docks to the bottom left in a right-to-left page', async () => {
    document.documentElement.dir = 'rtl';
    const { el, loads } = await placed({ docked: true });
    await settle();
    const r = box(shadow(el).querySelector('.meeting')!);
    expect(r.left).to.be.closeTo(16, 1);
    expect(innerHeight - r.bottom).to.be.closeTo(16, 1);
    loads.stop();
  });

  it('follows the page’s custom properties for the docked width and inset, and names the required features the docked size lacks', async () => {
    const { el, loads } = await placed({ requiredFeatures: 'share-screen' });
    el.style.setProperty('--vonage-meeting-dock-width', '520px');
    el.style.setProperty('--vonage-meeting-dock-inset', '24px');
    el.docked = true;
    await next(el, 'vonage-meeting-tier-change');
    expect(el.tier).to.equal('medium');
    expect(box(frameOf(el)).width).to.equal(520);
    expect(innerHeight - box(shadow(el).querySelector('.meeting')!).bottom).to.be.closeTo(24, 1);
    // Not from inside the tier event's own ResizeObserver turn: resizing there is a loop.
    await settle();
    const missing = next(el, 'vonage-meeting-feature-unavailable');
    el.style.removeProperty('--vonage-meeting-dock-width');
    expect((await missing).detail).to.deep.equal({ missing: ['shareScreen'], tier: 'small' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.notices')!.textContent).to.contain('Share Screen');
    loads.stop();
  });

  it('expands from script to fill the viewport (no user gesture), large; Escape collapses and returns focus to the expand button', async () => {
    const { el, loads } = await placed({}, 400);
    const events = record(el);
    expect(el.tier).to.equal('small');
    const expanded = next(el, 'vonage-meeting-expand-change');
    const large = next(el, 'vonage-meeting-tier-change');
    el.expanded = true;
    expect(el.expanded).to.equal(true);
    // Without a user's gesture the engine would refuse fullscreen: the viewport mode.
    expect((await expanded).detail).to.deep.equal({ expanded: true, mode: 'viewport' });
    expect((await large).detail.tier).to.equal('large');
    await settle();
    expect(el.hasAttribute('expanded')).to.equal(true);
    const r = box(frameOf(el));
    expect(r.top).to.equal(0);
    expect(r.left).to.equal(0);
    expect(r.width).to.equal(document.documentElement.clientWidth);
    expect(r.height).to.equal(innerHeight);
    expect(expandButton(el).getAttribute('aria-label')).to.equal('Collapse the meeting');
    expect(document.fullscreenElement).to.equal(null);

    const collapsed = next(el, 'vonage-meeting-expand-change');
    await sendKeys({ press: 'Escape' });
    expect((await collapsed).detail).to.deep.equal({ expanded: false, mode: 'viewport' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.expanded).to.equal(false);
    expect(el.hasAttribute('expanded')).to.equal(false);
    expect(shadow(el).activeElement).to.equal(expandButton(el));
    expect(expandButton(el).getAttribute('aria-label')).to.equal('Expand the meeting');
    await settle();
    expect(el.tier).to.equal('small');
    expect(events).to.deep.equal(['expand:true:viewport', 'expand:false:viewport']);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('falls back to the viewport mode when expanded by element.click(), which is no user gesture', async () => {
    const { el, loads } = await placed();
    const expanded = next(el, 'vonage-meeting-expand-change');
    expandButton(el).click();
    const { detail } = await expanded;
    // An engine that cannot tell a gesture is missing asks, is refused, and falls back.
    expect(detail).to.deep.equal({ expanded: true, mode: 'viewport' });
    expect(document.fullscreenElement).to.equal(null);
    const collapsed = next(el, 'vonage-meeting-expand-change');
    expandButton(el).click();
    expect((await collapsed).detail).to.deep.equal({ expanded: false, mode: 'viewport' });
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('keeps one frame document and fires exactly one event per change through 50 rounds of dock, expand, collapse, undock and resize', async function () {
    this.timeout(120000);
    const { el, loads } = await placed();
    const frame = frameOf(el);
    const events = record(el);
    for (let i = 0; i < 50; i++) {
      el.docked = true;
      await el.updateComplete;
      const expanded = next(el, 'vonage-meeting-expand-change');
      el.expanded = true;
      await expanded;
      el.style.width = i % 2 ? '700px' : '450px';
      await nextFrame();
      el.expanded = false;
      await el.updateComplete;
      el.docked = false;
      await el.updateComplete;
      expect(frameOf(el), `round ${i}`).to.equal(frame);
    }
    await settle();
    const expected = Array.from({ length: 50 }, () => ['dock:true', 'expand:true:viewport', 'expand:false:viewport', 'dock:false']).flat();
    expect(events).to.deep.equal(expected);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('passes an accessibility audit docked and expanded', async () => {
    const { el, loads } = await placed({ docked: true });
    await expect(el).to.be.accessible();
    el.expanded = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.expanded = false;
    loads.stop();
  });

  // Last: a real key press gives the page a user activation that lasts a few seconds.
  it('expanding with a real key press uses the Fullscreen API where the engine grants it, and the browser leaving fullscreen collapses', async function () {
    if (!document.fullscreenEnabled) this.skip(); // this engine has no element fullscreen here
    const { el, loads } = await placed();
    const events = record(el);
    const expanded = next(el, 'vonage-meeting-expand-change');
    expandButton(el).focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await expanded;
    if (detail.mode === 'viewport') {
      // The engine refused fullscreen headless (or without a gesture it recognises): the fallback is tested above.
      el.expanded = false;
      loads.stop();
      this.skip();
    }
    expect(detail).to.deep.equal({ expanded: true, mode: 'fullscreen' });
    expect(document.fullscreenElement).to.equal(el);
    await settle();
    expect(el.tier).to.equal('large');
    const collapsed = next(el, 'vonage-meeting-expand-change');
    await document.exitFullscreen();
    expect((await collapsed).detail).to.deep.equal({ expanded: false, mode: 'fullscreen' });
    await el.updateComplete;
    expect(el.expanded).to.equal(false);
    expect(el.hasAttribute('expanded')).to.equal(false);
    expect(events).to.deep.equal(['expand:true:fullscreen', 'expand:false:fullscreen']);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  // Last: the real key press leaves a user activation behind for a few seconds.
  for (const [engine, requestFullscreen] of [
    ['has no requestFullscreen', undefined],
    ['throws from requestFullscreen', () => { throw new TypeError('no element fullscreen here'); }],
  ] as const) {
    it(`expands to the viewport, with its event and nothing thrown, where the engine ${engine} yet says fullscreenEnabled`, async () => {
      const { el, loads } = await placed();
      Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true });
      Object.defineProperty(el, 'requestFullscreen', { configurable: true, value: requestFullscreen });
      const thrown: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const expanded = next(el, 'vonage-meeting-expand-change');
        // A real key press: a user's gesture, so the element asks for fullscreen.
        expandButton(el).focus();
        await sendKeys({ press: 'Enter' });
        expect((await expanded).detail).to.deep.equal({ expanded: true, mode: 'viewport' });
        expect(el.hasAttribute('expanded')).to.equal(true);
        const collapsed = next(el, 'vonage-meeting-expand-change');
        el.expanded = false;
        expect((await collapsed).detail).to.deep.equal({ expanded: false, mode: 'viewport' });
        expect(thrown).to.deep.equal([]);
        expect(loads.count).to.equal(1);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
        delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
        delete (el as { requestFullscreen?: unknown }).requestFullscreen;
        loads.stop();
      }
    });
  }
});
