import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { Tier, VonageMeeting } from '../../src/index.js';
import { SUPPORT_CHECK, countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';

// A component on thousands of sites is mounted, unmounted and re-rendered without end
// (React StrictMode mounts twice, routers move it, frameworks set every attribute on each
// render). These tests churn it and prove, by counting, that nothing is left behind: every
// ResizeObserver and every listener the element adds outside itself.

// ---------------------------------------------------------------------------------------
// Counting. Installed before any element connects: the tier controller makes its observer
// from the global ResizeObserver when its host first connects.

/** How many observers observe each element now, and how often each was observed and let go. */
const observing = new Map<Element, number>();
const observeCalls = new Map<Element, number>();
const releaseCalls = new Map<Element, number>();
/** The observers made for each element (an observer belongs to the first element it observes). */
const observersOf = new Map<Element, Set<ResizeObserver>>();
// A box in an element's shadow root (the one that holds its frame) counts as the element's.
const ownerOf = (target: Element) => ((target.getRootNode() as ShadowRoot).host as Element | undefined) ?? target;
const bump = (map: Map<Element, number>, target: Element, by = 1) => {
  const el = ownerOf(target);
  return map.set(el, (map.get(el) ?? 0) + by);
};

const NativeResizeObserver = window.ResizeObserver;
class CountingResizeObserver extends NativeResizeObserver {
  #targets = new Set<Element>();
  override observe(target: Element, options?: ResizeObserverOptions) {
    const owner = ownerOf(target);
    if (!observersOf.has(owner)) observersOf.set(owner, new Set());
    if (![...observersOf.values()].some((set) => set.has(this))) observersOf.get(owner)!.add(this);
    if (!this.#targets.has(target)) {
      this.#targets.add(target);
      bump(observing, target);
    }
    bump(observeCalls, target);
    super.observe(target, options);
  }
  override unobserve(target: Element) {
    if (this.#targets.delete(target)) {
      bump(observing, target, -1);
      bump(releaseCalls, target);
    }
    super.unobserve(target);
  }
  override disconnect() {
    for (const target of this.#targets) {
      bump(observing, target, -1);
      bump(releaseCalls, target);
    }
    this.#targets.clear();
    super.disconnect();
  }
}
window.ResizeObserver = CountingResizeObserver;

/** Every listener added while `recording` is on, and still registered, by target. */
let recording = false;
const listeners = new Map<EventTarget, Set<string>>();
const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
  `${type}|${typeof options === 'boolean' ? options : !!options?.capture}|${listenerIds.get(listener as object) ?? newListenerId(listener as object)}`;
const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;
const newListenerId = (listener: object) => {
  listenerIds.set(listener, ++nextListenerId);
  return nextListenerId;
};
const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  if (recording && listener) {
    if (!listeners.has(this)) listeners.set(this, new Set());
    listeners.get(this)!.add(keyOf(type, listener, options));
  }
  return nativeAdd.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  if (listener) listeners.get(this)?.delete(keyOf(type, listener, options));
  return nativeRemove.call(this, type, listener, options);
};

/**
 * The listeners recorded on targets outside `el` that outlive it: window, document, other
 * objects of the page (permission states, media queries), nodes in the page. Listeners on
 * nodes out of every document (a frame the element replaced) go with those nodes.
 */
function listenersOutside(el: VonageMeeting): string[] {
  const found: string[] = [];
  for (const [target, keys] of listeners) {
    const inside = target instanceof Node && (target === el || el.contains(target) || el.shadowRoot!.contains(target));
    const detached = target instanceof Node && !target.isConnected;
    if (!inside && !detached) for (const key of keys) found.push(`${target.constructor.name} ${key.split('|')[0]}`);
  }
  return found;
}

/** The listeners recorded on nodes inside `el` that are still in it. */
function listenersInside(el: VonageMeeting): number {
  let count = 0;
  for (const [target, keys] of listeners) {
    if (target instanceof Node && (target === el || el.shadowRoot!.contains(target))) count += keys.size;
  }
  return count;
}

/** Runs `fn` recording listeners and every error the page reports or logs. */
async function watched(fn: () => Promise<void>) {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const saved = { warn: console.warn, error: console.error };
  console.warn = (...a: unknown[]) => problems.push(`console.warn: ${a.join(' ')}`);
  console.error = (...a: unknown[]) => problems.push(`console.error: ${a.join(' ')}`);
  listeners.clear();
  recording = true;
  const started = performance.now();
  try {
    await fn();
  } finally {
    recording = false;
    Object.assign(console, saved);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { problems, ms: performance.now() - started };
}

/** Counts the element's own events by type. */
function countEvents(el: VonageMeeting) {
  const counts: Record<string, number> = {};
  for (const type of ['vonage-meeting-error', 'vonage-meeting-tier-change', 'vonage-meeting-load', 'vonage-meeting-feature-unavailable', 'vonage-meeting-leave']) {
    el.addEventListener(type, () => (counts[type] = (counts[type] ?? 0) + 1));
  }
  return counts;
}

/** The seed's tiers, written out here rather than trusting tierForWidth. */
const tierAt = (width: number): Tier => (width < 360 ? 'too-small' : width < 500 ? 'small' : width < 600 ? 'medium' : 'large');

const CYCLES = 10_000;
const FRAME_CYCLES = 300;
const FLIPS = 10_000;

describe('<vonage-meeting> under churn', function () {
  this.timeout(120_000);

  /**
   * Connects and disconnects `el` in `host` `cycles` times, yielding a rendering frame now and
   * then as a page would, and checks the counts after.
   */
  async function cycle(host: HTMLElement, el: VonageMeeting, cycles: number) {
    const events = countEvents(el);
    const { problems, ms } = await watched(async () => {
      for (let i = 1; i <= cycles; i++) {
        host.append(el);
        expect(observing.get(el)).to.equal(1);
        el.remove();
        if (i % 500 === 0 || i === cycles) {
          await el.updateComplete;
          await nextFrame();
        }
      }
    });
    console.log(`churn: ${cycles} connect/disconnect cycles in ${Math.round(ms)} ms`);
    expect(problems).to.deep.equal([]);
    expect(observing.get(el), 'observers observing the element while it is out of the page').to.equal(0);
    expect(observeCalls.get(el), 'observe() and disconnect() calls balance').to.equal(releaseCalls.get(el));
    expect(observersOf.get(el)!.size, 'observers made for the element').to.equal(1);
    expect(listenersOutside(el), 'listeners added outside the element').to.deep.equal([]);
    expect(listenersInside(el), 'listeners added inside the element').to.equal(0);
    expect(events['vonage-meeting-error']).to.equal(undefined);
  }

  it(`connects and disconnects ${CYCLES.toLocaleString('en')} times leaving no observer or listener behind`, async () => {
    // No meeting yet, as a framework often mounts it before its data arrives: the tier
    // observer, the permission preflight and the render all run on every connection.
    const host = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const el = meeting();
    el.style.blockSize = '120px';
    host.append(el);
    await el.updateComplete;
    el.remove();
    await cycle(host, el, CYCLES);

    // And then it works: measured, one tier, the meeting framed.
    host.append(el);
    el.allowedHosts = frameHost();
    el.src = frameUrl({ id: uniqueId('churn') });
    await oneEvent(el, 'vonage-meeting-load');
    expect(observing.get(el)).to.equal(1);
    expect(el.tier).to.equal('large');
    expect(el.getAttribute('tier')).to.equal('large');
    expect(el.state).to.equal('ready');
    el.remove();
  });

  it(`connects and disconnects ${FRAME_CYCLES} times while showing a meeting, leaving nothing behind`, async () => {
    // Fewer cycles: each connection makes the browser build the cross-origin frame's
    // document again (10 to 20 ms in Chromium), which is the browser's cost, not the element's.
    const host = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId('churn') }) });
    el.style.blockSize = '120px';
    host.append(el);
    await oneEvent(el, 'vonage-meeting-load');
    el.remove();
    await cycle(host, el, FRAME_CYCLES);

    host.append(el);
    await el.updateComplete;
    expect(el.state).to.be.oneOf(['loading', 'ready']);
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
    expect(el.tier).to.equal('large');
    el.remove();
  });

  it(`keeps one frame document and no extra listener through ${FLIPS.toLocaleString('en')} attribute flips`, async () => {
    const id = uniqueId('flip');
    const loads = countLoads(id);
    const src = frameUrl({ id });
    // No camera in `allow`: the permission check, which loads once the meeting has loaded
    // and then follows the two permission states, is not what this test counts.
    const el = meeting({ allowedHosts: frameHost(), src: `${src}#a`, allow: 'fullscreen; display-capture' });
    el.style.inlineSize = '700px';
    el.style.blockSize = '120px';
    const loaded = oneEvent(el, 'vonage-meeting-load');
    await fixture(el);
    await loaded;
    const events = countEvents(el);
    const frame = el.shadowRoot!.querySelector('iframe');

    // Every attribute a framework might set on each render, between two values each. The
    // src values differ only in the fragment: a same-document navigation, no reload (from
    // a URL with a fragment to one without would be a new document).
    const flips: [string, string, string][] = [
      ['label', 'Weekly sync', 'Daily stand-up'],
      ['participant', 'guest', 'host'],
      ['loading', 'eager', 'lazy'],
      ['allowed-hosts', frameHost(), `${frameHost()} *.example.com`],
      ['required-features', 'whiteboard', 'share-screen round-table'],
      ['support-check', SUPPORT_CHECK, 'off'],
      ['src', `${src}#a`, `${src}#b`],
    ];
    const { problems, ms } = await watched(async () => {
      for (let i = 0; i < FLIPS; i++) {
        const [name, a, b] = flips[i % flips.length];
        el.setAttribute(name, Math.floor(i / flips.length) % 2 ? a : b);
        await el.updateComplete;
      }
      await nextFrame();
      await new Promise((r) => setTimeout(r, 200));
    });
    console.log(`churn: ${FLIPS} attribute flips in ${Math.round(ms)} ms`);

    expect(problems).to.deep.equal([]);
    expect(events['vonage-meeting-error']).to.equal(undefined);
    expect(events['vonage-meeting-tier-change'], 'tier changes without a resize').to.equal(undefined);
    expect(events['vonage-meeting-feature-unavailable']).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('iframe'), 'the same frame').to.equal(frame);
    expect(loads.count, 'frame documents loaded, the first included').to.equal(1);
    expect(observing.get(el)).to.equal(1);
    expect(observersOf.get(el)!.size).to.equal(1);
    expect(listenersOutside(el), 'listeners added outside the element').to.deep.equal([]);
    expect(listenersInside(el), 'listeners added inside the element').to.equal(0);
    // Ready again is 'stays ready when src changes only its fragment' below.
    expect(el.state).to.be.oneOf(['loading', 'ready']);
    loads.stop();
  });

  // A URL that differs only in its fragment navigates the frame within its document;
  // Firefox (153) fires no load event for that, so the element must not wait for one.
  it('stays ready when src changes only its fragment (a same-document navigation fires no load)', async () => {
    const id = uniqueId('fragment');
    const loads = countLoads(id);
    const src = frameUrl({ id });
    const el = meeting({ allowedHosts: frameHost(), src: `${src}#a` });
    const loaded = oneEvent(el, 'vonage-meeting-load');
    await fixture(el);
    await loaded;
    el.src = `${src}#b`;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    expect(loads.count).to.equal(1);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    loads.stop();
  });

  it('replaces its frame 200 times (allow changes) leaving one load listener, on the frame shown', async () => {
    const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId('allow') }) });
    el.style.blockSize = '120px';
    await fixture(el);
    const { problems } = await watched(async () => {
      for (let i = 0; i < 200; i++) {
        el.allow = i % 2 ? 'camera; microphone' : 'camera; microphone; display-capture';
        await el.updateComplete;
      }
    });
    expect(problems).to.deep.equal([]);
    const frames = el.shadowRoot!.querySelectorAll('iframe');
    expect(frames).to.have.length(1);
    // Listeners on replaced frames went with them; the one shown has at most its load listener.
    expect(listenersInside(el)).to.be.at.most(1);
    expect(listenersOutside(el)).to.deep.equal([]);
  });

  it('gives 50 elements on one page each its own tier, from its own width, and one observer each', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 2400px"></div>`);
    const widths = Array.from({ length: 50 }, (_, i) => 200 + i * 20); // 200 ... 1180 px
    const elements = widths.map((width) => {
      const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId('many') }), loading: 'lazy' });
      el.style.cssText = `inline-size: ${width}px; block-size: 40px`;
      return el;
    });
    const lastTier = new Map<VonageMeeting, string>();
    for (const el of elements) el.addEventListener('vonage-meeting-tier-change', (e) => lastTier.set(el, e.detail.tier));
    const { problems } = await watched(async () => {
      wrapper.append(...elements);
      await Promise.all(elements.map((el) => el.updateComplete));
      await nextFrame();
      await nextFrame();
      elements.forEach((el, i) => {
        const tier = tierAt(widths[i]);
        expect(el.tier, `${widths[i]} px`).to.equal(tier);
        expect(el.getAttribute('tier'), `${widths[i]} px`).to.equal(tier);
        expect(lastTier.get(el), `${widths[i]} px`).to.equal(tier);
        expect(observing.get(el), `observers of the element at ${widths[i]} px`).to.equal(1);
      });

      // Each resized to another element's width: each follows its own.
      const resized = [...widths].reverse();
      elements.forEach((el, i) => (el.style.inlineSize = `${resized[i]}px`));
      await nextFrame();
      await nextFrame();
      await Promise.all(elements.map((el) => el.updateComplete));
      elements.forEach((el, i) => {
        const tier = tierAt(resized[i]);
        expect(el.tier, `${widths[i]} -> ${resized[i]} px`).to.equal(tier);
        expect(el.getAttribute('tier')).to.equal(tier);
        expect(lastTier.get(el)).to.equal(tier);
      });
      wrapper.replaceChildren();
    });
    expect(problems).to.deep.equal([]);
    for (const el of elements) {
      expect(observing.get(el)).to.equal(0);
      expect(observersOf.get(el)!.size).to.equal(1);
    }
    expect(elements.flatMap((el) => listenersOutside(el))).to.deep.equal([]);
  });
});
