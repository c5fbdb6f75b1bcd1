// <vonage-meeting-place> across route changes: the call goes on, docked while no route
// shows it, and comes back into the next place; one frame document throughout.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { VonageMeetingPlace } from '../../src/index.js';
import { frameHost, frameUrl, meeting, pressShiftTab, uniqueId } from './helpers.js';
import { app, box, expectOver, frameOf, next, settle } from './place-helpers.js';

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
    const { el, loads, root, outlet, route } = await app();
    const docks: boolean[] = [];
    el.addEventListener('vonage-meeting-dock-change', (e) => docks.push(e.detail.docked));
    const frame = frameOf(el);
    await route('<vonage-meeting-place for="ID" style="width: 640px; height: 360px"></vonage-meeting-place>');
    expect(el.docked).to.equal(false);
    await route('<p>The patient record</p>');
    expect(el.place).to.equal(null);
    expect(el.docked).to.equal(true);
    expect(el.hasAttribute('docked')).to.equal(true);
    expect(box(root).height, 'the meeting’s own box still takes no room').to.be.closeTo(box(outlet).height, 1);
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
    const tiers: string[] = [];
    el.addEventListener('vonage-meeting-tier-change', (e) => tiers.push(e.detail.tier));
    const loaded = next(el, 'vonage-meeting-load', 15000);
    page.append(el);
    await loaded;
    await settle();
    expect(el.place).to.equal(page.firstElementChild);
    expectOver(el, page.firstElementChild!);
    // Its first tier is its place's, never the width of where it is written.
    expect(tiers).to.deep.equal(['medium']);
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
    await pressShiftTab();
    expect(document.activeElement).to.equal(before);
  });
});
