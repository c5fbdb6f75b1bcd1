// <vonage-meeting-place>: the meeting, written once, is shown over the place of the current
// route and keeps its call across route changes. Every geometry test runs for both ways of
// following the place: CSS anchor positioning (where the engine has it) and the script.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { VonageMeeting, VonageMeetingPlace } from '../../src/index.js';
import { countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';

const frameOf = (el: VonageMeeting) => el.shadowRoot!.querySelector('iframe')!;
const box = (el: Element) => el.getBoundingClientRect();
const settle = async () => {
  for (let i = 0; i < 3; i++) await nextFrame();
};

/** The next event of `type`, or a failure after `timeout` ms. */
function next<K extends keyof HTMLElementEventMap>(el: Element, type: K, timeout = 5000): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    el.addEventListener(type, (e) => (clearTimeout(timer), resolve(e as HTMLElementEventMap[K])), { once: true });
  });
}

function expectOver(el: VonageMeeting, place: Element, what = '') {
  const [a, b] = [box(el), box(place)];
  for (const side of ['top', 'left', 'width', 'height'] as const) expect(a[side], `${what} ${side}`).to.be.closeTo(b[side], 1);
}

/** An app: the meeting written once at its root, a route area, and a way to show a route. */
async function app() {
  const id = uniqueId('place');
  const loads = countLoads(id);
  const root = await fixture<HTMLDivElement>(html`<div><div class="outlet"></div></div>`);
  const el = meeting({ allowedHosts: frameHost(), id });
  root.append(el);
  const loaded = next(el, 'vonage-meeting-load', 15000);
  el.src = frameUrl({ id });
  await loaded;
  const outlet = root.querySelector<HTMLElement>('.outlet')!;
  /** Shows a route: its markup replaces the outlet's, as a router does. */
  const route = async (markup: string) => {
    outlet.innerHTML = markup.replaceAll('ID', id);
    await el.updateComplete;
    await settle();
    return outlet.querySelector<VonageMeetingPlace>('vonage-meeting-place');
  };
  return { id, el, loads, root, outlet, route };
}

const ways = [['anchor positioning', false], ['the script', true]] as const;
const nativeSupports = CSS.supports.bind(CSS);

for (const [way, byScript] of ways) {
  describe(`<vonage-meeting-place>, followed by ${way}`, () => {
    beforeEach(() => {
      // The script way: an engine without anchor positioning, as far as the element can tell.
      if (byScript) CSS.supports = ((property: string, value?: string) => (/anchor/.test(`${property} ${value}`) ? false : value === undefined ? nativeSupports(property) : nativeSupports(property, value))) as typeof CSS.supports;
    });
    afterEach(() => {
      CSS.supports = nativeSupports;
      scrollTo(0, 0);
    });

    it('shows the meeting over its place: same box, the tier of the place’s width, no room where the meeting is written', async () => {
      const { el, loads, root, outlet, route } = await app();
      const place = (await route('<vonage-meeting-place for="ID" style="width: 420px; height: 300px; margin: 40px"></vonage-meeting-place>'))!;
      expect(el.place).to.equal(place);
      expectOver(el, place);
      expect(el.tier).to.equal('small');
      expect(box(root).height, 'the meeting’s own box takes no room').to.be.closeTo(box(outlet).height, 1);
      place.style.width = '650px';
      await settle();
      expectOver(el, place, 'resized');
      expect(el.tier).to.equal('large');
      expect(loads.count).to.equal(1);
      loads.stop();
    });

    it('follows its place through a window scroll, a container scroll, a move and a viewport of another width', async () => {
      const { el, loads, route } = await app();
      const place = (await route(`<p class="above" style="margin: 0">above</p>
        <div class="scroller" style="height: 400px; overflow: auto"><div style="height: 200px"></div>
          <vonage-meeting-place for="ID" style="width: 500px; height: 300px"></vonage-meeting-place><div style="height: 2000px"></div></div>
        <div style="height: 3000px"></div>`))!;
      const scroller = place.parentElement!;
      expectOver(el, place, 'placed');
      scrollTo(0, 150);
      await settle();
      expectOver(el, place, 'window scroll');
      scroller.scrollTop = 120;
      await settle();
      expectOver(el, place, 'container scroll');
      // Only the content above it changes: nothing resizes, nothing scrolls.
      el.parentElement!.querySelector<HTMLElement>('.above')!.style.paddingTop = '77px';
      await settle();
      expectOver(el, place, 'moved');
      place.style.width = '60%';
      await settle();
      expectOver(el, place, 'relative width');
      expect(loads.count).to.equal(1);
      loads.stop();
    });

    it('follows its place inside a transformed app root, whose box `position: fixed` is relative to', async () => {
      const { el, loads, root, route } = await app();
      root.style.cssText = 'transform: translateX(0); margin-top: 50px; padding: 13px';
      const place = (await route('<div style="height: 120px"></div><vonage-meeting-place for="ID" style="width: 500px; height: 300px; margin-left: 30px"></vonage-meeting-place><div style="height: 2000px"></div>'))!;
      expectOver(el, place, 'placed');
      scrollTo(0, 70);
      await settle();
      expectOver(el, place, 'scrolled');
      expect(loads.count).to.equal(1);
      loads.stop();
    });

    it('dock="auto" docks when the place scrolls out of view, and expanding wins over the place and gives it back', async () => {
      const { el, loads, route } = await app();
      el.dock = 'auto';
      const place = (await route('<vonage-meeting-place for="ID" style="width: 640px; height: 360px"></vonage-meeting-place><div style="height: 3000px"></div>'))!;
      const docked = next(el, 'vonage-meeting-dock-change');
      scrollTo(0, 1500);
      expect((await docked).detail.docked).to.equal(true);
      await settle();
      const corner = box(el.shadowRoot!.querySelector('.meeting')!);
      expect(corner.bottom, 'in the viewport’s corner').to.be.closeTo(innerHeight - 16, 1);
      const back = next(el, 'vonage-meeting-dock-change');
      scrollTo(0, 0);
      expect((await back).detail.docked).to.equal(false);
      el.expanded = true;
      await el.updateComplete;
      await settle();
      const full = box(el.shadowRoot!.querySelector('.meeting')!);
      expect([full.width, full.height]).to.deep.equal([document.documentElement.clientWidth, innerHeight]);
      expect(el.tier).to.equal('large');
      el.expanded = false;
      await el.updateComplete;
      await settle();
      expectOver(el, place, 'given back');
      expect(box(el.shadowRoot!.querySelector('.meeting')!).width).to.be.closeTo(640, 1);
      expect(loads.count).to.equal(1);
      loads.stop();
    });

    it('is clipped where a scroll container clips its place, and covered by the page’s sticky bar with a positive z-index', async () => {
      const { el, route } = await app();
      const place = (await route(`<header style="position: sticky; top: 0; z-index: 10; height: 60px; background: #eee">bar</header>
        <div style="height: 300px; overflow: auto"><div style="height: 200px"></div>
          <vonage-meeting-place for="ID" style="width: 500px; height: 300px"></vonage-meeting-place><div style="height: 800px"></div></div>
        <div style="height: 3000px"></div>`))!;
      const scroller = place.parentElement!;
      const bar = place.closest('.outlet')!.querySelector('header')!;
      // The container shows 100 px of the place: the meeting below them is cut away.
      const container = box(scroller);
      const below = document.elementFromPoint(box(place).left + 20, container.bottom + 20);
      expect(below === el || el.contains(below as Node), 'nothing of the meeting below its container').to.equal(false);
      const inside = document.elementFromPoint(box(place).left + 20, container.bottom - 20);
      expect(inside, 'the visible part is the meeting').to.equal(el);
      // Scrolled under the sticky bar: the bar is on top.
      scrollTo(0, box(place).top + scrollY - 30);
      await settle();
      const r = box(el);
      expect(r.top).to.be.lessThan(60);
      expect(document.elementFromPoint(r.left + 20, 30)).to.equal(bar);
    });
  });
}

describe('<vonage-meeting-place> across routes', () => {
  it('creates from document.createElement', () => {
    const place = document.createElement('vonage-meeting-place');
    expect(place).to.be.instanceOf(VonageMeetingPlace);
    document.body.append(place);
    expect(getComputedStyle(place).display, 'a block box').to.equal('block');
    place.remove();
  });

  it('creates from the constructor', () => {
    const place = new VonageMeetingPlace();
    expect(place.localName).to.equal('vonage-meeting-place');
  });

  it('docks when its route goes, keeps the frame document, offers Return and Leave, and goes back into the next place undocked', async () => {
    const { el, loads, route } = await app();
    const docks: boolean[] = [];
    el.addEventListener('vonage-meeting-dock-change', (e) => docks.push(e.detail.docked));
    const frame = frameOf(el);
    await route('<vonage-meeting-place for="ID" style="width: 640px; height: 360px"></vonage-meeting-place>');
    expect(el.docked).to.equal(false);
    await route('<p>The patient record</p>');
    expect(el.place).to.equal(null);
    expect(el.docked).to.equal(true);
    expect(el.hasAttribute('docked')).to.equal(true);
    // Its place is gone: the page cannot undock it into nothing.
    el.docked = false;
    await el.updateComplete;
    expect(el.docked).to.equal(true);
    const bar = el.shadowRoot!.querySelector('[part~="dock-bar"]')!;
    await expect(el).to.be.accessible();
    const returned = next(el, 'vonage-meeting-return');
    bar.querySelector<HTMLButtonElement>('[part~="return-button"]')!.click();
    await returned;
    const place = (await route('<aside><vonage-meeting-place for="ID" style="width: 400px; height: 300px"></vonage-meeting-place></aside>'))!;
    expect(el.docked).to.equal(false);
    expectOver(el, place);
    expect(el.tier).to.equal('small');
    expect(docks).to.deep.equal([true, false]);
    expect(frameOf(el), 'the same iframe element').to.equal(frame);
    expect(loads.count, 'one frame document').to.equal(1);
    await route('<p>elsewhere</p>');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="leave-button"]')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('left');
    expect(el.docked).to.equal(false);
    loads.stop();
  });

  it('swapping one place for another within one task fires no event', async () => {
    const { el, loads, route } = await app();
    await route('<vonage-meeting-place for="ID" style="width: 640px; height: 360px"></vonage-meeting-place>');
    const events: string[] = [];
    for (const type of ['vonage-meeting-dock-change', 'vonage-meeting-load', 'vonage-meeting-tier-change'] as const) el.addEventListener(type, () => events.push(type));
    await route('<vonage-meeting-place for="ID" style="width: 700px; height: 400px"></vonage-meeting-place>');
    expect(events).to.deep.equal([]);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('of two places, the one connected last holds it; when it goes, the one before takes over', async () => {
    const { el, outlet, route } = await app();
    const first = (await route('<vonage-meeting-place for="ID" style="width: 400px; height: 300px"></vonage-meeting-place>'))!;
    const second = Object.assign(document.createElement('vonage-meeting-place'), { htmlFor: el.id });
    second.style.cssText = 'width: 620px; height: 300px';
    outlet.append(second);
    await el.updateComplete;
    await settle();
    expect(el.place).to.equal(second);
    expectOver(el, second);
    second.remove();
    await el.updateComplete;
    await settle();
    expect(el.place).to.equal(first);
    expectOver(el, first);
    expect(el.docked).to.equal(false);
  });

  it('finds its meeting whichever comes first: a place written before the meeting is', async () => {
    const id = uniqueId('early');
    const page = await fixture<HTMLDivElement>(html`<div><vonage-meeting-place for=${id} style="width: 500px; height: 300px"></vonage-meeting-place></div>`);
    const el = meeting({ allowedHosts: frameHost(), id, src: frameUrl({ id }) });
    const loaded = next(el, 'vonage-meeting-load', 15000);
    page.append(el);
    await loaded;
    await settle();
    expect(el.place).to.equal(page.firstElementChild);
    expectOver(el, page.firstElementChild!);
  });

  it('keeps one frame document through 50 quick route swaps', async function () {
    this.timeout(60000);
    const { el, loads, route } = await app();
    const frame = frameOf(el);
    for (let i = 0; i < 50; i++) {
      await route(i % 3 === 2 ? '<p>other</p>' : `<vonage-meeting-place for="ID" style="width: ${400 + (i % 5) * 50}px; height: 300px"></vonage-meeting-place>`);
    }
    const place = (await route('<vonage-meeting-place for="ID" style="width: 600px; height: 300px"></vonage-meeting-place>'))!;
    expectOver(el, place);
    expect(frameOf(el)).to.equal(frame);
    expect(loads.count).to.equal(1);
    expect(el.state).to.equal('ready');
    loads.stop();
  });

  it('sits in the route’s tab order where its place is', async () => {
    const { el, route } = await app();
    await route(`<button class="before">before</button>
      <vonage-meeting-place for="ID" style="width: 500px; height: 300px"></vonage-meeting-place>
      <button class="after">after</button>`);
    const [before, after] = [...el.parentElement!.querySelectorAll<HTMLButtonElement>('.outlet button')];
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'Tab from before the place reaches the meeting').to.equal(frameOf(el));
    // From the meeting's last control, Tab goes on after its place, not after where it is written.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="expand-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    // Shift+Tab from the meeting's first control: before its place, with no bounce back in.
    frameOf(el).focus();
    await sendKeys({ press: 'Shift+Tab' });
    expect(document.activeElement).to.equal(before);
  });
});
