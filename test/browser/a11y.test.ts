import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { VonageMeeting } from '../../src/index.js';
import { en } from '../../src/i18n/english.js';
import '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { SUPPORT_CHECK, countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';
import { STATES, removeStates, restoreBrowser, stub } from './notice-states.js';

afterEach(() => {
  restoreBrowser();
  removeStates();
});

const state = (name: string) => STATES.find((s) => s.name === name)!;
const shadow = (el: VonageMeeting) => el.shadowRoot!;

// ---------------------------------------------------------------------------------------
// Colour contrast, computed as WCAG 2 does.

const rgba = (color: string) => {
  const m = color.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/);
  if (!m) throw new Error(`not an rgb() colour: ${color}`);
  return { rgb: [m[1], m[2], m[3]].map(Number), alpha: m[4] === undefined ? 1 : Number(m[4]) };
};
const luminance = (color: string) => {
  const [r, g, b] = rgba(color).rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** Every colour pair a notice shows, with the ratio WCAG AA asks of it. */
function colourPairs(el: VonageMeeting, win: Window = window) {
  const getComputedStyle = win.getComputedStyle.bind(win);
  const pairs: { what: string; ratio: number; needs: number }[] = [];
  for (const notice of shadow(el).querySelectorAll<HTMLElement>('[part~="notice"], [part~="loading"]')) {
    const style = getComputedStyle(notice);
    expect(rgba(style.backgroundColor).alpha, 'an opaque notice background').to.equal(1);
    pairs.push({ what: `${notice.getAttribute('part')} text`, ratio: contrast(style.color, style.backgroundColor), needs: 4.5 });
    for (const control of notice.querySelectorAll<HTMLElement>('[part~="button"]')) {
      const own = getComputedStyle(control);
      pairs.push({ what: `${control.localName} text`, ratio: contrast(own.color, own.backgroundColor), needs: 4.5 });
      // The focus ring sits 2 px outside the control, on the notice's background.
      control.focus();
      const ring = getComputedStyle(control).outlineColor;
      pairs.push({ what: `${control.localName} focus ring`, ratio: contrast(ring, style.backgroundColor), needs: 3 });
      control.blur();
    }
  }
  return pairs;
}

const WITH_CONTROLS = ['unsupported no-webrtc', 'unlisted browser-not-listed', 'permission denied', 'waiting (join on click)', 'left'];
const WITH_TEXT = ['loading', 'error invalid-url', 'too-small', 'required-features', ...WITH_CONTROLS];

/**
 * Whether this launcher can emulate the colour scheme: Playwright can; Puppeteer over
 * WebDriver BiDi (Firefox) and WebDriver (WebKit) cannot. Asked once: a refusal is logged.
 */
let emulation: Promise<boolean> | undefined;
const canEmulate = () =>
  (emulation ??= (async () => {
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      await emulateMedia({ colorScheme: 'light' });
      return dark;
    } catch {
      return false;
    }
  })());

/**
 * A same-origin frame whose element has `color-scheme: dark`, with the element's module
 * loaded in it. Firefox answers prefers-color-scheme inside such a frame from it, which
 * lets the dark scheme be tested where it cannot be emulated. Null where it does not.
 */
async function darkFrame(): Promise<Window | null> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'color-scheme: dark; width: 1000px; height: 600px; border: 0';
  frame.srcdoc = '<!doctype html><html lang="en"><title>dark</title><script type="module" src="/src/index.ts"></script></html>';
  frame.className = 'notice-state';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  if (!win.matchMedia('(prefers-color-scheme: dark)').matches) return null;
  await win.customElements.whenDefined('vonage-meeting');
  return win;
}

describe('accessibility', () => {
  describe('audits (axe) in every state', () => {
    for (const s of STATES) {
      it(`passes in the ${s.name} state, in English and in Arabic`, async function () {
        this.timeout(30000);
        for (const lang of ['en', 'ar']) {
          const el = await s.make(lang);
          await expect(el).to.be.accessible();
          restoreBrowser();
          removeStates();
        }
      });
    }

    it('passes while idle', async () => {
      const el = await fixture<VonageMeeting>(html`<vonage-meeting support-check=${SUPPORT_CHECK}></vonage-meeting>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('colours (WCAG AA)', () => {
    it('meet AA for text, buttons and the focus ring in the light scheme', async function () {
      this.timeout(30000);
      if (await canEmulate()) await emulateMedia({ colorScheme: 'light' });
      else if (matchMedia('(prefers-color-scheme: dark)').matches) this.skip();
      for (const name of WITH_TEXT) {
        const el = await state(name).make();
        for (const { what, ratio, needs } of colourPairs(el)) expect(ratio, `${name}: ${what}`).to.be.at.least(needs);
        restoreBrowser();
        removeStates();
      }
    });

    it('meet AA in the dark scheme too, with dark notices (where the launcher can emulate it)', async function () {
      this.timeout(60000);
      // WebKit runs through WebDriver, which has no way to set prefers-color-scheme.
      if (!(await canEmulate())) this.skip();
      await emulateMedia({ colorScheme: 'dark' });
      try {
        for (const name of WITH_TEXT) {
          const el = await state(name).make();
          const notice = shadow(el).querySelector<HTMLElement>('[part~="notice"], [part~="loading"]')!;
          expect(luminance(getComputedStyle(notice).backgroundColor), `${name}: a dark background`).to.be.below(0.05);
          for (const { what, ratio, needs } of colourPairs(el)) expect(ratio, `${name}: ${what}`).to.be.at.least(needs);
          await expect(el).to.be.accessible();
          restoreBrowser();
          removeStates();
        }
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('meet AA in the dark scheme in a frame whose colour scheme is dark (Firefox, which cannot emulate it)', async function () {
      this.timeout(30000);
      if (await canEmulate()) this.skip(); // tested above
      const win = await darkFrame();
      if (!win) this.skip(); // WebKit: neither way to ask for a dark scheme
      const make = async (set: (el: VonageMeeting) => void) => {
        const el = win!.document.createElement('vonage-meeting');
        el.supportCheck = 'off';
        set(el);
        win!.document.body.append(el);
        await el.updateComplete;
        return el;
      };
      const errorNotice = await make((el) => (el.src = 'not a url'));
      const left = await make((el) => el.leave());
      const loading = await make((el) => ((el.allowedHosts = frameHost()), (el.src = frameUrl({ id: uniqueId() }))));
      for (const el of [errorNotice, left, loading]) {
        const notice = el.shadowRoot!.querySelector<HTMLElement>('[part~="notice"], [part~="loading"]')!;
        expect(luminance(win!.getComputedStyle(notice).backgroundColor), `${el.state}: a dark background`).to.be.below(0.05);
        for (const { what, ratio, needs } of colourPairs(el, win!)) expect(ratio, `${el.state}: ${what}`).to.be.at.least(needs);
      }
    });

    it('keep the page’s own colours when it sets the custom properties, in either scheme', async () => {
      const el = await state('unlisted browser-not-listed').make();
      el.style.setProperty('--vonage-meeting-notice-background', 'rgb(255, 255, 0)');
      el.style.setProperty('--vonage-meeting-notice-color', 'rgb(0, 0, 0)');
      const notice = getComputedStyle(shadow(el).querySelector('[part~="notice"]')!);
      expect(notice.backgroundColor).to.equal('rgb(255, 255, 0)');
      expect(notice.color).to.equal('rgb(0, 0, 0)');
    });
  });

  describe('motion', () => {
    it('shows a loading indicator that does not move, whatever prefers-reduced-motion says', async () => {
      const el = await state('loading').make();
      const indicator = shadow(el).querySelector<HTMLElement>('[part="loading"]')!;
      for (const pseudo of [null, '::before', '::after']) {
        expect(getComputedStyle(indicator, pseudo).animationName, `${pseudo ?? 'the indicator'}`).to.equal('none');
      }
      expect(shadow(el).getAnimations().length).to.equal(0);
    });
  });

  describe('announcements', () => {
    const liveRegions = (el: VonageMeeting) => [...shadow(el).querySelectorAll<HTMLElement>('[role="status"], [role="alert"], [aria-live]')];

    it('has one polite live region from the first render, kept through every change, that announces additions only', async function () {
      this.timeout(30000);
      const id = uniqueId('live');
      const loads = countLoads(id);
      const el = meeting({ allowedHosts: frameHost(), requiredFeatures: 'whiteboard' });
      await fixture(html`<div style="width: 1000px">${el}</div>`);
      const [region] = liveRegions(el);
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-relevant')).to.equal('additions');
      expect(region.getAttribute('aria-atomic')).to.equal('false');
      const loaded = new Promise((r) => el.addEventListener('vonage-meeting-load', r, { once: true }));
      el.src = frameUrl({ id });
      await loaded;
      // Nothing a status notice holds is a live region of its own: one announcement each.
      const widths = [300, 320, 340, 450, 550, 700, 550, 300];
      for (const width of widths) {
        el.style.width = `${width}px`;
        await nextFrame();
        await nextFrame();
        el.label = `Meeting at ${width}`;
        el.lang = width % 20 ? 'de' : 'en';
        await el.updateComplete;
        expect(liveRegions(el).filter((r) => r.getAttribute('role') === 'status' && r !== region), `at ${width} px`).to.deep.equal([]);
        expect(shadow(el).contains(region), `the region is still there at ${width} px`).to.equal(true);
      }
      el.leave();
      await el.updateComplete;
      expect(shadow(el).contains(region)).to.equal(true);
      expect(region.textContent).to.contain(en.left);
      loads.stop();
    });

    it('announces the too-small notice when it appears, not on every pixel of a resize', async () => {
      const el = await state('too-small').make();
      const region = shadow(el).querySelector('[role="status"][aria-relevant]')!;
      const changes: string[] = [];
      const observer = new MutationObserver((records) => records.forEach((r) => changes.push(r.type === 'childList' ? `childList ${r.addedNodes.length}+` : r.type)));
      observer.observe(region, { subtree: true, childList: true, characterData: true });
      for (const width of [310, 320, 330, 340, 350]) {
        el.style.width = `${width}px`;
        await nextFrame();
        await nextFrame();
      }
      observer.disconnect();
      expect(shadow(el).querySelector('#too-small')!.textContent).to.contain('10 px');
      expect(changes.length).to.be.greaterThan(0);
      expect(changes.filter((c) => c !== 'characterData'), 'only the text changed: nothing was added').to.deep.equal([]);
    });

    it('keeps an error’s alert in place while the page re-renders, and says a new error in it', async () => {
      const el = await state('error invalid-url').make();
      const alert = shadow(el).querySelector('[role="alert"]')!;
      el.label = 'Another label';
      el.lang = 'de';
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(alert);
      expect(alert.textContent).to.equal(de['invalid-url']);
      const warn = console.warn;
      console.warn = () => {};
      el.src = 'https://evil.example/1';
      await el.updateComplete;
      console.warn = warn;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(alert);
      expect(alert.textContent).to.equal(de['host-not-allowed']);
    });

    it('makes errors alerts (assertive) and every other notice part of the polite region', async function () {
      this.timeout(30000);
      for (const s of STATES) {
        const el = await s.make();
        const notices = [...shadow(el).querySelectorAll<HTMLElement>('[part~="notice"]')];
        for (const notice of notices) {
          const live = notice.closest('[role="alert"], [role="status"]');
          expect(live?.getAttribute('role'), `${s.name}`).to.equal(s.alert ? 'alert' : 'status');
        }
        restoreBrowser();
        removeStates();
      }
    });
  });

  describe('keyboard', () => {
    /** A button before the element, to start tabbing from, and one after it, where tabbing leaves it. */
    async function withStart(el: VonageMeeting) {
      const start = document.createElement('button');
      start.textContent = 'Before the meeting';
      const end = document.createElement('button');
      end.id = 'end';
      end.textContent = 'After the meeting';
      el.before(start);
      el.after(end);
      return start;
    }
    const focused = (el: VonageMeeting) => (document.activeElement === el ? shadow(el).activeElement : document.activeElement);
    // ' ' rather than 'Space': Puppeteer's WebDriver BiDi keyboard knows only the former.
    const press = (key: string) => sendKeys({ press: key === 'Space' ? ' ' : key });

    /** Tabs from `start` until `target` has focus; fails after `max` presses. */
    async function tabTo(start: HTMLElement, el: VonageMeeting, target: Element, max = 6) {
      start.focus();
      for (let i = 0; i < max; i++) {
        await press('Tab');
        if (focused(el) === target) return;
      }
      expect.fail(`Tab did not reach ${target.outerHTML.slice(0, 80)}; focus is on ${focused(el)?.outerHTML.slice(0, 80)}`);
    }

    function expectVisibleFocusRing(control: Element) {
      expect(control.matches(':focus-visible'), 'focus-visible').to.equal(true);
      const style = getComputedStyle(control);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }

    it('reaches every dismiss button by Tab, before the meeting itself, with a visible focus ring; Enter and Space dismiss', async function () {
      this.timeout(30000);
      stub(navigator.permissions, 'query', async () => ({ state: 'denied' }));
      const el = await state('unlisted browser-not-listed').make();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const start = await withStart(el);
      const buttons = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('.notices button')];
      expect(buttons()).to.have.length(2);
      const [first, second] = buttons();

      await tabTo(start, el, first, 1);
      expectVisibleFocusRing(first);
      await press('Tab');
      expect(focused(el)).to.equal(second);
      expectVisibleFocusRing(second);
      // Then the meeting (Firefox focuses the frame itself; Chromium and WebKit skip a frame
      // with nothing focusable inside), then its expand button. Compared by identity: a
      // failure message that prints a frame element takes the page down with it.
      await press('Tab');
      if (focused(el) === shadow(el).querySelector('iframe')) await press('Tab');
      const expand = shadow(el).querySelector('[part~="expand-button"]');
      expect(focused(el) === expand, `focus after the dismiss buttons: ${focused(el)?.localName}`).to.equal(true);
      expectVisibleFocusRing(expand!);

      await tabTo(start, el, first, 1);
      await press('Enter');
      await el.updateComplete;
      expect(buttons()).to.deep.equal([second]);

      await tabTo(start, el, second, 1);
      await press('Space');
      await el.updateComplete;
      expect(buttons()).to.deep.equal([]);
      expect(shadow(el).querySelectorAll('[part~="notice"]')).to.have.length(0);
    });

    it('joins again from the left notice with Enter, and with Space', async function () {
      this.timeout(30000);
      const el = await state('left').make();
      const start = await withStart(el);
      for (const key of ['Enter', 'Space']) {
        const button = shadow(el).querySelector<HTMLButtonElement>('[part~="notice"] button')!;
        await tabTo(start, el, button, 1);
        expectVisibleFocusRing(button);
        const loaded = new Promise((r) => el.addEventListener('vonage-meeting-load', r, { once: true }));
        await press(key);
        await loaded;
        expect(el.state, key).to.equal('ready');
        el.leave();
        await el.updateComplete;
      }
    });

    it('opens the meeting in a new tab from the unsupported fallback with Enter', async function () {
      this.timeout(30000);
      const el = await state('unsupported insecure-context').make();
      const start = await withStart(el);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="notice"] a')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      const opened: string[] = [];
      // The new tab itself is the browser's business: the test stops at the activation.
      link.addEventListener('click', (e) => (opened.push(link.href), e.preventDefault()));
      await tabTo(start, el, link, 1);
      expectVisibleFocusRing(link);
      await press('Enter');
      expect(opened).to.deep.equal([link.href]);
    });

    it('has nothing to tab to in the notices without controls', async function () {
      this.timeout(30000);
      for (const name of ['loading', 'error invalid-url', 'too-small', 'required-features']) {
        const el = await state(name).make();
        const focusable = shadow(el).querySelectorAll('.notices button, .notices a, [part~="notice"] button, [part~="notice"] a, [tabindex]');
        expect(focusable, name).to.have.length(0);
        restoreBrowser();
        removeStates();
      }
    });
  });
});
