import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { featuresForTier, tierForWidth, type Features, type Tier, type VonageMeeting } from '../../src/index.js';
import { room } from '../cases/rooms.js';
import { SUPPORT_CHECK, countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';

// The seed's table, written out again from shared/reference/vonage-meetings.md so the code
// is checked against the document, not against itself.
//                    mic   video record share  react privacy white watch round end
const SEED: Record<Exclude<Tier, 'too-small'>, boolean[]> = {
  small: [true, true, false, false, false, false, false, false, false, true],
  medium: [true, true, true, true, false, true, false, false, false, true],
  large: [true, true, true, true, true, true, true, true, true, true],
};
const KEYS: (keyof Features)[] = ['microphone', 'video', 'record', 'shareScreen', 'reactions', 'privacy', 'whiteboard', 'watchTogether', 'roundTable', 'endMeeting'];
const seedFeatures = (tier: Tier): Features =>
  Object.fromEntries(KEYS.map((k, i) => [k, tier === 'too-small' ? false : SEED[tier][i]])) as unknown as Features;

const WIDTHS: [number, Tier][] = [
  [0, 'too-small'],
  [359, 'too-small'],
  [359.5, 'too-small'],
  [360, 'small'],
  [499.99, 'small'],
  [500, 'medium'],
  [599, 'medium'],
  [600, 'large'],
  [2000, 'large'],
];

const afterResize = async () => {
  await nextFrame();
  await nextFrame();
};

/** A loaded meeting element of the given width, and a counter of its frame's loads. */
async function meetingAt(width: number, attrs = '') {
  const id = uniqueId('tier');
  const loads = countLoads(id);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 2400px"></div>`);
  wrapper.innerHTML = `<vonage-meeting style="width: ${width}px" allowed-hosts="${frameHost()}" support-check="${SUPPORT_CHECK}" ${attrs}></vonage-meeting>`;
  const el = wrapper.firstElementChild as VonageMeeting;
  await new Promise<void>((resolve) => {
    el.addEventListener('vonage-meeting-load', () => resolve(), { once: true });
    el.src = frameUrl({ id });
  });
  return { el, loads };
}

describe('size tiers', () => {
  describe('tierForWidth and featuresForTier', () => {
    for (const [width, tier] of WIDTHS) {
      it(`gives ${tier} at ${width} px`, () => expect(tierForWidth(width)).to.equal(tier));
    }
    it('treats NaN and negative widths as too-small', () => {
      expect(tierForWidth(NaN)).to.equal('too-small');
      expect(tierForWidth(-1)).to.equal('too-small');
    });
    for (const tier of ['too-small', 'small', 'medium', 'large'] as Tier[]) {
      it(`gives the seed's features at ${tier}, with exactly the ten keys`, () => {
        expect(featuresForTier(tier)).to.deep.equal(seedFeatures(tier));
      });
    }
    it('records at small only for a room with auto_record (the seed footnote)', () => {
      expect(featuresForTier('small', { autoRecord: true })).to.deep.equal({ ...seedFeatures('small'), record: true });
      expect(featuresForTier('too-small', { autoRecord: true }).record).to.equal(false);
    });
  });

  describe('on the element', () => {
    for (const [width, tier] of WIDTHS) {
      it(`is ${tier} at ${width} px, with its attribute and features`, async () => {
        const { el, loads } = await meetingAt(width);
        await afterResize();
        expect(el.tier).to.equal(tier);
        expect(el.getAttribute('tier')).to.equal(tier);
        expect(el.features).to.deep.equal(seedFeatures(tier));
        loads.stop();
      });
    }

    it('knows its tier before its first paint, with one event on connect', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = meeting();
      el.style.width = '420px';
      const events: string[] = [];
      el.addEventListener('vonage-meeting-tier-change', (e) => events.push(`${e.detail.previousTier}->${e.detail.tier}`));
      const seenAtFirstFrame = new Promise<string | null>((resolve) => requestAnimationFrame(() => resolve(el.getAttribute('tier'))));
      wrapper.append(el);
      expect(el.tier).to.equal('small'); // measured on connect
      expect(await seenAtFirstFrame).to.equal('small');
      await afterResize();
      expect(events).to.deep.equal(['null->small']);
    });

    it('keeps the same frame, fires one event per tier change and renders only then, across a 1 px sweep 300 -> 1200 -> 300', async function () {
      this.timeout(180000);
      const { el, loads } = await meetingAt(300);
      await afterResize();
      const frame = el.shadowRoot!.querySelector('iframe');
      const events: string[] = [];
      el.addEventListener('vonage-meeting-tier-change', (e) => events.push(`${e.detail.previousTier}->${e.detail.tier}@${e.detail.width}`));
      // While too small, each width is a render: the notice says how many pixels are missing.
      let renders = 0;
      let tooSmallRenders = 0;
      let lastRendered = el.tier;
      const render = el.render;
      el.render = function () {
        if (el.tier === 'too-small' && lastRendered === 'too-small') tooSmallRenders++;
        else renders++;
        lastRendered = el.tier;
        return render.call(this);
      };
      const loopErrors: string[] = [];
      const onError = (e: ErrorEvent) => {
        if (/ResizeObserver/.test(e.message)) loopErrors.push(e.message);
      };
      window.addEventListener('error', onError);
      // Created after the element's own observer, so it runs after it in the same frame:
      // the tier must already be right there, with no deferral.
      const sameFrame: string[] = [];
      const probe = new ResizeObserver(([entry]) => {
        const expected = tierForWidth(entry.contentRect.width);
        if (el.tier !== expected || el.getAttribute('tier') !== expected) sameFrame.push(`${entry.contentRect.width}: ${el.tier}`);
      });
      probe.observe(el);

      const widths = [...Array.from({ length: 901 }, (_, i) => 300 + i), ...Array.from({ length: 900 }, (_, i) => 1199 - i)];
      for (const w of widths) {
        el.style.width = `${w}px`;
        await nextFrame();
      }
      await afterResize();
      probe.disconnect();
      window.removeEventListener('error', onError);

      expect(events).to.deep.equal([
        'too-small->small@360',
        'small->medium@500',
        'medium->large@600',
        'large->medium@599',
        'medium->small@499',
        'small->too-small@359',
      ]);
      expect(renders, 'renders: one per tier change, none for the other resizes of a usable tier').to.equal(6);
      expect(tooSmallRenders, 'at most one render per too-small width').to.be.within(1, 120);
      expect(sameFrame, 'the tier lagged its size').to.deep.equal([]);
      expect(loopErrors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(frame);
      expect(loads.count).to.equal(1);
      loads.stop();
    });

    it('keeps the call alive when too small, and says how much wider it must be', async () => {
      const { el, loads } = await meetingAt(800);
      const frame = el.shadowRoot!.querySelector('iframe');
      el.style.width = '300px';
      await afterResize();
      expect(el.tier).to.equal('too-small');
      const notice = () => el.shadowRoot!.querySelector('#too-small')?.textContent ?? '';
      expect(notice()).to.contain('at least 360 px').and.contain('60 px wider');
      el.style.width = '340px';
      await afterResize();
      expect(notice()).to.contain('20 px wider');
      el.style.width = '400px';
      await afterResize();
      expect(el.shadowRoot!.querySelector('#too-small')).to.equal(null);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(frame);
      expect(loads.count).to.equal(1);
      loads.stop();
    });

    it('names missing required features and the width they need, and clears when the size allows them', async () => {
      const { el, loads } = await meetingAt(900, 'required-features="share-screen whiteboard"');
      const unavailable: string[] = [];
      el.addEventListener('vonage-meeting-feature-unavailable', (e) => unavailable.push(`${e.detail.tier}:${e.detail.missing.join(',')}`));
      const notices = () => [...el.shadowRoot!.querySelectorAll('.notices [part~="notice"]')].map((n) => n.textContent!.trim());
      expect(notices()).to.deep.equal([]);
      el.style.width = '550px';
      await afterResize();
      expect(unavailable).to.deep.equal(['medium:whiteboard']);
      expect(notices()).to.have.length(1);
      expect(notices()[0]).to.contain('Whiteboard').and.contain('600 px');
      el.style.width = '450px';
      await afterResize();
      expect(unavailable).to.deep.equal(['medium:whiteboard', 'small:shareScreen,whiteboard']);
      expect(notices()[0]).to.contain('Share Screen, Whiteboard');
      await expect(el).to.be.accessible();
      el.style.width = '700px';
      await afterResize();
      expect(notices()).to.deep.equal([]);
      expect(unavailable).to.have.length(2);
      expect(loads.count).to.equal(1);
      loads.stop();
    });

    it('offers record at small for a room with auto_record', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = meeting();
      el.style.width = '400px';
      el.allowedHosts = frameHost();
      el.room = room(frameUrl(), { recording_options: { auto_record: true } });
      wrapper.append(el);
      await afterResize();
      expect(el.tier).to.equal('small');
      expect(el.features.record).to.equal(true);
      el.room = room(frameUrl());
      expect(el.features.record).to.equal(false);
    });

    it('lets page styles follow the tier attribute', async () => {
      const style = document.createElement('style');
      style.textContent = 'vonage-meeting[tier="small"] { outline: 3px solid rgb(255, 0, 0); }';
      document.head.append(style);
      const { el, loads } = await meetingAt(400);
      await afterResize();
      expect(getComputedStyle(el).outlineColor).to.equal('rgb(255, 0, 0)');
      el.style.width = '700px';
      await afterResize();
      expect(getComputedStyle(el).outlineColor).not.to.equal('rgb(255, 0, 0)');
      style.remove();
      loads.stop();
    });
  });
});
