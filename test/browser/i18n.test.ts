import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VonageMeeting } from '../../src/index.js';
import { LANGUAGES } from '../../src/view/language.js';
import { en } from '../../src/i18n/english.js';
import type { Messages } from '../../src/i18n/messages.js';
import { ar } from '../../src/locales/ar.js';
import { ca } from '../../src/locales/ca.js';
import { de } from '../../src/locales/de.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { he } from '../../src/locales/he.js';
import { it as italian } from '../../src/locales/it.js';
import { ptBR } from '../../src/locales/pt-br.js';
import { zhCN } from '../../src/locales/zh-cn.js';
import { zhTW } from '../../src/locales/zh-tw.js';
import { room } from '../cases/rooms.js';
import { SUPPORT_CHECK, countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';
import { STATES, removeStates, restoreBrowser, shown } from './notice-states.js';

const CATALOGUES: Record<string, Messages> = { en, he, es, 'pt-br': ptBR, it: italian, ca, fr, de, ar, 'zh-tw': zhTW, 'zh-cn': zhCN };
const RTL = ['he', 'ar'];

afterEach(() => {
  restoreBrowser();
  removeStates();
});

/** A loaded meeting element framing the test page, and a counter of its frame's loads. */
async function loadedMeeting(props: Partial<VonageMeeting> = {}, attrs: Record<string, string> = {}) {
  const id = uniqueId('lang');
  const loads = countLoads(id);
  const el = meeting({ allowedHosts: frameHost(), ...props });
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (!props.room) el.src = frameUrl({ id });
  const loaded = oneEvent(el, 'vonage-meeting-load');
  await fixture(el);
  await loaded;
  return { el, loads, frame: el.shadowRoot!.querySelector('iframe')! };
}

const frameTitle = (el: VonageMeeting) => el.shadowRoot!.querySelector('iframe')!.title;
const loadingText = (el: VonageMeeting) => shown(el, '[part="loading"]');

describe('every notice in each of the eleven languages', () => {
  for (const state of STATES) {
    it(`${state.name}: every word from the language's catalogue, translated, laid out in its direction`, async function () {
      this.timeout(30000);
      const el = await state.make();
      const frame = el.shadowRoot!.querySelector('iframe');
      for (const lang of ['en', ...LANGUAGES.filter((l) => l !== 'en')]) {
        el.setAttribute('lang', lang);
        await el.updateComplete;
        const t = CATALOGUES[lang];
        for (const words of state.words) {
          const where = `${lang} ${words.selector}`;
          const expected = words.text(t);
          expect(expected, `${where}: the catalogue has it`).to.be.a('string').and.not.match(/undefined|\{\w+\}/);
          expect(shown(el, words.selector), where).to.equal(expected);
          if (lang !== 'en') expect(shown(el, words.selector), `${where} is translated`).not.to.equal(words.text(en));
          const node = el.shadowRoot!.querySelector(words.selector)!;
          if (node.localName === 'iframe') continue;
          expect(node.closest('[lang]')?.getAttribute('lang'), `${where}: lang`).to.equal(lang);
          expect(node.closest('[dir]')?.getAttribute('dir'), `${where}: dir`).to.equal(RTL.includes(lang) ? 'rtl' : 'ltr');
          expect(getComputedStyle(node).direction, `${where}: direction`).to.equal(RTL.includes(lang) ? 'rtl' : 'ltr');
        }
      }
      // The same frame all along: new words never reload the meeting.
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(frame);
    });
  }

  it('renders each notice in a language from its very first paint, as a new element', async function () {
    this.timeout(60000);
    for (const lang of ['de', 'ar', 'zh-tw']) {
      for (const state of STATES) {
        const el = await state.make(lang);
        for (const words of state.words) expect(shown(el, words.selector), `${state.name} in ${lang}`).to.equal(words.text(CATALOGUES[lang]));
        restoreBrowser();
        removeStates();
      }
    }
  });
});

describe('choosing the language on the element', () => {
  let pageLang: string;
  beforeEach(() => (pageLang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = pageLang));

  it('speaks the element’s lang before the room’s language and the page’s', async () => {
    document.documentElement.lang = 'fr';
    const { el } = await loadedMeeting({ room: room(frameUrl({ id: uniqueId() }), { display_name: null, ui_settings: { language: 'es' } }) }, { lang: 'de' });
    expect(frameTitle(el)).to.equal(de.title);
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(frameTitle(el)).to.equal(es.title);
    el.room = room(frameUrl({ id: uniqueId() }), { display_name: null, ui_settings: { language: 'default' } });
    await el.updateComplete;
    expect(frameTitle(el)).to.equal(fr.title);
    document.documentElement.lang = '';
    el.requestUpdate();
    await el.updateComplete;
    expect(frameTitle(el)).to.equal(en.title);
  });

  it('ignores the room’s language when src is what is shown', async () => {
    document.documentElement.lang = 'it';
    const { el } = await loadedMeeting({ src: frameUrl({ id: uniqueId() }), room: room(frameUrl(), { ui_settings: { language: 'de' } }) });
    expect(frameTitle(el)).to.equal(italian.title);
  });

  it('speaks the nearest lang of the page, across shadow roots', async () => {
    document.documentElement.lang = 'en';
    const outer = await fixture<HTMLElement>(html`<section lang="he"><div></div></section>`);
    const root = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId() }) });
    const loaded = oneEvent(el, 'vonage-meeting-load');
    root.append(el);
    await loaded;
    expect(frameTitle(el)).to.equal(he.title);
    const inner = document.createElement('div');
    inner.lang = 'zh-Hant-HK';
    root.append(inner);
    inner.append(el);
    await el.updateComplete;
    expect(frameTitle(el)).to.equal(zhTW.title);
  });

  const VARIANTS: [string, Messages][] = [
    ['pt', ptBR],
    ['pt-PT', ptBR],
    ['zh-HK', zhTW],
    ['zh-Hant', zhTW],
    ['zh', zhCN],
    ['zh-Hans-SG', zhCN],
    ['zh-sg', zhCN],
    ['de-AT', de],
    ['FR-ca', fr],
    ['en-GB', en],
  ];
  it(`falls back sensibly for region variants: ${VARIANTS.map(([tag]) => tag).join(', ')}`, async () => {
    const { el, loads, frame } = await loadedMeeting();
    for (const [tag, messages] of VARIANTS) {
      el.setAttribute('lang', tag);
      await el.updateComplete;
      expect(frameTitle(el), tag).to.equal(messages.title);
    }
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(frame);
    loads.stop();
  });

  it('changes its words when its lang changes, without loading the frame again', async () => {
    const { el, loads, frame } = await loadedMeeting({ requiredFeatures: 'whiteboard' });
    el.style.width = '550px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const notice = () => el.shadowRoot!.querySelector('.notices [part~="notice"]')!.textContent!.trim();
    expect(notice()).to.contain(en.whiteboard);
    for (let i = 0; i < 50; i++) {
      el.lang = LANGUAGES[i % LANGUAGES.length];
      await el.updateComplete;
    }
    el.lang = 'fr';
    await el.updateComplete;
    expect(notice()).to.contain(fr.whiteboard);
    expect(frameTitle(el)).to.equal(fr.title);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(frame);
    expect(loads.count).to.equal(1);
    loads.stop();
  });

  it('follows a change of <html lang> after its first render, every element on the page, without loading the frame again', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.lang = 'en';
    try {
      const meetings = [await loadedMeeting(), await loadedMeeting()];
      // The frames' own word that they loaded, which can come after the element's event.
      await waitUntil(() => meetings.every(({ loads }) => loads.count === 1), 'both frames loaded');
      expect(meetings.map(({ el }) => frameTitle(el))).to.deep.equal([en.title, en.title]);
      root.lang = 'fr';
      await Promise.all(meetings.map(({ el }) => el.updateComplete));
      expect(meetings.map(({ el }) => frameTitle(el))).to.deep.equal([fr.title, fr.title]);
      await nextFrame();
      expect(meetings.map(({ loads }) => loads.count), 'no frame loaded again').to.deep.equal([1, 1]);
      meetings.forEach(({ loads }) => loads.stop());
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.lang = before;
    }
  });

  it('applies the page’s messages over whichever language it speaks', async () => {
    const { el } = await loadedMeeting({ messages: { title: 'Team call' } }, { lang: 'de' });
    expect(frameTitle(el)).to.equal('Team call');
    el.messages = { loading: 'Einen Moment…' };
    await el.updateComplete;
    expect(frameTitle(el)).to.equal(de.title);
  });

  it('lays the notices out right to left in Hebrew and Arabic: the dismiss button on the left', async () => {
    const el = await STATES.find((s) => s.name === 'unlisted browser-not-listed')!.make('ar');
    const side = () => {
      const notice = el.shadowRoot!.querySelector('.notices [part~="notice"]')!;
      const text = notice.querySelector('span')!.getBoundingClientRect();
      const button = notice.querySelector('button')!.getBoundingClientRect();
      return button.right <= text.left ? 'left' : button.left >= text.right ? 'right' : 'overlap';
    };
    expect(side()).to.equal('left');
    el.setAttribute('lang', 'he');
    await el.updateComplete;
    expect(side()).to.equal('left');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(side()).to.equal('right');
  });

  it('the loading indicator speaks the language too', async () => {
    const el = await STATES.find((s) => s.name === 'loading')!.make('ca');
    expect(loadingText(el)).to.equal(ca.loading);
  });

  it('is idle and quiet with no meeting, in any language', async () => {
    const el = await fixture<VonageMeeting>(html`<vonage-meeting lang="ar" support-check=${SUPPORT_CHECK}></vonage-meeting>`);
    expect(el.state).to.equal('idle');
    expect(el.shadowRoot!.querySelectorAll('[part~="notice"]')).to.have.length(0);
  });
});

describe('the script-tag bundle', () => {
  it('has English inside, and none of the other languages', async () => {
    const bundle = (await (await fetch('/dist/vonage-meeting.bundle.js')).text()).toLowerCase();
    // esbuild writes non-ASCII characters as \u escapes.
    const forms = (text: string) => [text, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)].map((s) => s.toLowerCase());
    for (const key of ['loading', 'unsupported', 'openInTab', 'csp-blocked'] as const) {
      expect(forms(en[key]).some((f) => bundle.includes(f)), `English ${key}`).to.equal(true);
    }
    for (const [lang, messages] of Object.entries(CATALOGUES)) {
      if (lang === 'en') continue;
      for (const key of ['unsupported', 'openInTab', 'denied'] as const) {
        expect(forms(messages[key]).some((f) => bundle.includes(f)), `${lang} ${key}`).to.equal(false);
      }
    }
  });
});
