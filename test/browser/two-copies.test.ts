import { expect } from '@open-wc/testing';
import { SUPPORT_CHECK, frameHost, frameUrl, uniqueId } from './helpers.js';

// A page that loads the element twice: the script-tag bundle from a CDN, and the npm build
// inside an app's own bundle (users' complaint 9: "already defined"). Each case runs in a
// fresh same-origin frame, so each has its own custom element registry, and loads the two
// builds (both made by `npm test` before the browser tests) in its own order. The page
// must see no exception, one clear warning, and one element that works.

const BUNDLE = '/dist/vonage-meeting.bundle.js';
const NPM = '/dist/index.js';

interface Page {
  win: Window & typeof globalThis;
  doc: Document;
  /** Every console line and uncaught error of the page. */
  lines: string[];
  uncaught: string[];
}

/** A fresh page (a same-origin frame) that records its console and uncaught errors. */
async function freshPage(): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 400px; border: 0';
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const lines: string[] = [];
  const uncaught: string[] = [];
  for (const level of ['warn', 'error', 'info', 'log', 'debug'] as const) {
    win.console[level] = (...args: unknown[]) => lines.push(`${level}: ${args.map(String).join(' ')}`);
  }
  win.addEventListener('error', (e) => uncaught.push(String(e.error ?? e.message)));
  win.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
  return { win, doc, lines, uncaught };
}

/** Loads one module script into the page, as a `<script type="module" src>` tag would. */
function loadScript({ doc }: Page, src: string) {
  return new Promise<void>((resolve, reject) => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(script);
  });
}

/** The module namespace a script already loaded into the page (the page's own module map). */
function moduleOf({ win }: Page, src: string): Promise<{ VonageMeeting: CustomElementConstructor }> {
  return new win.Function('src', 'return import(src)')(src);
}

/** A meeting element in the page, framing the test page; resolves once it has loaded. */
async function meetingIn({ doc }: Page) {
  const el = doc.createElement('vonage-meeting') as HTMLElementTagNameMap['vonage-meeting'];
  el.setAttribute('support-check', SUPPORT_CHECK);
  el.setAttribute('allowed-hosts', frameHost());
  el.style.cssText = 'width: 700px; height: 300px';
  const loaded = new Promise((resolve) => el.addEventListener('vonage-meeting-load', resolve, { once: true }));
  el.setAttribute('src', frameUrl({ id: uniqueId('copies') }));
  doc.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('two copies of vonage-meeting-element on one page', () => {
  for (const [first, second] of [
    [BUNDLE, NPM],
    [NPM, BUNDLE],
  ]) {
    it(`${first} then ${second}: no exception, one clear warning, one working element`, async () => {
      const page = await freshPage();
      cleanups.push(() => page.win.frameElement?.remove());
      await loadScript(page, first);
      await loadScript(page, second);
      const [used, unused] = await Promise.all([moduleOf(page, first), moduleOf(page, second)]);

      expect(page.uncaught).to.deep.equal([]);
      // The first copy defines the element; the second keeps out of its way.
      expect(used.VonageMeeting).not.to.equal(unused.VonageMeeting);
      expect(page.win.customElements.get('vonage-meeting')).to.equal(used.VonageMeeting);
      expect(page.lines).to.have.length(1);
      const [warning] = page.lines;
      expect(warning).to.match(/^warn: <vonage-meeting> is already defined by another copy of vonage-meeting-element; this copy is not used\.$/);

      const el = await meetingIn(page);
      expect(el).to.be.instanceOf(used.VonageMeeting);
      expect(el.state).to.equal('ready');
      expect(el.getAttribute('tier')).to.equal('large');
      expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
      expect(page.uncaught).to.deep.equal([]);
      expect(page.lines, 'nothing more said once it works').to.have.length(1);
    });
  }

  it('the same copy loaded by two entry points says nothing: it is one element class', async () => {
    const page = await freshPage();
    cleanups.push(() => page.win.frameElement?.remove());
    await loadScript(page, NPM);
    // Another URL for the entry, the same modules behind it (as an app importing both the
    // root and './vonage-meeting.js' gets).
    await loadScript(page, `${NPM}?again`);
    expect(page.uncaught).to.deep.equal([]);
    expect(page.lines).to.deep.equal([]);
    const el = await meetingIn(page);
    expect(el.state).to.equal('ready');
  });
});
