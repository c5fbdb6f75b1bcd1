import { expect } from '@open-wc/testing';
import { chooseLanguage, isRightToLeft, LANGUAGES, languageCandidates, roomLanguage } from '../../src/view/language.js';
import { pageLanguage } from '../../src/controllers/language-controller.js';
import { en } from '../../src/i18n/english.js';
import { format, localeOf, registerLocale, type MessageKey, type Messages } from '../../src/i18n/messages.js';
import { ar } from '../../src/locales/ar.js';
import { ca } from '../../src/locales/ca.js';
import { de } from '../../src/locales/de.js';
import { en as enModule } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { he } from '../../src/locales/he.js';
import { it as italian } from '../../src/locales/it.js';
import { ptBR } from '../../src/locales/pt-br.js';
import { zhCN } from '../../src/locales/zh-cn.js';
import { zhTW } from '../../src/locales/zh-tw.js';

/** Every built-in catalogue, by the meeting's language code. */
export const CATALOGUES: Record<string, Messages> = { en: enModule, he, es, 'pt-br': ptBR, it: italian, ca, fr, de, ar, 'zh-tw': zhTW, 'zh-cn': zhCN };

/**
 * Words a language writes exactly as English does, on purpose. Anything else equal to its
 * English text counts as not translated.
 */
export const SAME_AS_ENGLISH: Record<string, MessageKey[]> = {
  he: ['separator'],
  es: ['separator'],
  'pt-br': ['separator'],
  it: ['separator', 'video', 'privacy'],
  ca: ['separator'],
  fr: ['separator'],
  de: ['separator', 'video', 'whiteboard'],
};

const KEYS = Object.keys(en).sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogues', () => {
  it('has a module for each of the meeting’s eleven languages, registered under its code', () => {
    expect(Object.keys(CATALOGUES).sort()).to.deep.equal([...LANGUAGES].sort());
    expect(LANGUAGES).to.have.length(11);
    for (const [lang, messages] of Object.entries(CATALOGUES)) expect(localeOf(lang), lang).to.equal(messages);
    expect(enModule).to.equal(en);
  });

  for (const [lang, messages] of Object.entries(CATALOGUES)) {
    describe(lang, () => {
      it('has exactly the keys of the English catalogue', () => {
        expect(Object.keys(messages).sort()).to.deep.equal(KEYS);
      });

      it('has a non-empty text for every key, with the same placeholders as English', () => {
        for (const key of KEYS as MessageKey[]) {
          expect(messages[key], key).to.be.a('string');
          expect(messages[key].trim() || messages[key], key).not.to.equal('');
          expect(placeholders(messages[key]), key).to.deep.equal(placeholders(en[key]));
        }
      });

      if (lang !== 'en') {
        it('translates every key, apart from those the same on purpose', () => {
          const same = (KEYS as MessageKey[]).filter((key) => messages[key] === en[key]);
          expect(same).to.deep.equal([...(SAME_AS_ENGLISH[lang] ?? [])].sort());
        });
      }
    });
  }

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(format(de.tooSmall, { min: 360, more: 40 })).to.equal('Die Besprechung braucht mindestens 360 px Breite: Machen Sie sie 40 px breiter.');
    expect(format('{a} {b}', { a: 1 })).to.equal('1 {b}');
  });

  it('keeps one registry for every copy of the module on a page, with no prototype to find', () => {
    const registry = (globalThis as Record<symbol, Record<string, Messages>>)[Symbol.for('vonage-meeting-locales')];
    expect(registry.de).to.equal(de);
    expect(localeOf('constructor')).to.equal(undefined);
    expect(localeOf('__proto__')).to.equal(undefined);
  });

  it('registers a language under its lower-case tag and tells the page', () => {
    const told: Event[] = [];
    const listen = (e: Event) => told.push(e);
    addEventListener('vonage-meeting-locale', listen);
    const words = { ...de, title: 'Videokonferänz' };
    registerLocale('de-CH', words);
    removeEventListener('vonage-meeting-locale', listen);
    expect(localeOf('de-ch')).to.equal(words);
    expect(told).to.have.length(1);
  });
});

describe('choosing the language', () => {
  const CANDIDATES: [string, string[]][] = [
    ['de', ['de']],
    ['de-AT', ['de-at', 'de']],
    ['DE_at', ['de-at', 'de']],
    ['pt', ['pt', 'pt-br']],
    ['pt-PT', ['pt-pt', 'pt', 'pt-br']],
    ['pt-BR', ['pt-br', 'pt', 'pt-br']],
    ['zh', ['zh', 'zh-cn']],
    ['zh-HK', ['zh-hk', 'zh', 'zh-tw']],
    ['zh-MO', ['zh-mo', 'zh', 'zh-tw']],
    ['zh-TW', ['zh-tw', 'zh', 'zh-tw']],
    ['zh-Hant', ['zh-hant', 'zh', 'zh-tw']],
    ['zh-Hant-HK', ['zh-hant-hk', 'zh-hant', 'zh', 'zh-tw']],
    ['zh-Hans-HK', ['zh-hans-hk', 'zh-hans', 'zh', 'zh-cn']],
    ['zh-Hans', ['zh-hans', 'zh', 'zh-cn']],
    ['zh-SG', ['zh-sg', 'zh', 'zh-cn']],
    ['zh-CN', ['zh-cn', 'zh', 'zh-cn']],
    ['ca-ES-valencia', ['ca-es-valencia', 'ca-es', 'ca']],
  ];
  for (const [tag, names] of CANDIDATES) {
    it(`tries ${names.join(', ')} for ${tag}`, () => expect(languageCandidates(tag)).to.deep.equal(names));
  }

  const all = (lang: string) => LANGUAGES.includes(lang);
  const EXPECTED: [string, string][] = [
    ['de-AT', 'de'],
    ['pt', 'pt-br'],
    ['pt-PT', 'pt-br'],
    ['zh-hk', 'zh-tw'],
    ['zh-Hant-TW', 'zh-tw'],
    ['zh', 'zh-cn'],
    ['zh-Hans-CN', 'zh-cn'],
    ['zh-sg', 'zh-cn'],
    ['AR-eg', 'ar'],
    ['he-IL', 'he'],
    ['en-GB', 'en'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['nl', 'en'],
    ['', 'en'],
  ];
  for (const [tag, lang] of EXPECTED) {
    it(`speaks ${lang} for ${JSON.stringify(tag)} when every built-in language is loaded`, () => {
      expect(chooseLanguage([tag], all).lang).to.equal(lang);
    });
  }

  it('takes the first tag that says anything, in the order given', () => {
    expect(chooseLanguage(['fr', 'de', 'ar'], all).lang).to.equal('fr');
    expect(chooseLanguage([null, 'de', 'ar'], all).lang).to.equal('de');
    expect(chooseLanguage([undefined, undefined, 'ar'], all).lang).to.equal('ar');
    expect(chooseLanguage(['', '  ', 'ar'], all).lang).to.equal('ar');
    expect(chooseLanguage([null, undefined, null], all)).to.deep.equal({ lang: 'en' });
  });

  it('speaks English for a language whose words are not loaded, naming the module that has them', () => {
    const none = () => false;
    expect(chooseLanguage(['de-AT'], none)).to.deep.equal({ lang: 'en', module: 'de' });
    expect(chooseLanguage(['pt-PT'], none)).to.deep.equal({ lang: 'en', module: 'pt-br' });
    expect(chooseLanguage(['zh-Hant'], none)).to.deep.equal({ lang: 'en', module: 'zh-tw' });
    expect(chooseLanguage(['en-US'], none)).to.deep.equal({ lang: 'en' });
    // No built-in module has Dutch: nothing to advise.
    expect(chooseLanguage(['nl'], none)).to.deep.equal({ lang: 'en', module: undefined });
  });

  it('prefers a page’s own, more specific registration', () => {
    expect(chooseLanguage(['de-CH'], (l) => ['de', 'de-ch'].includes(l)).lang).to.equal('de-ch');
    expect(chooseLanguage(['de-AT'], (l) => ['de', 'de-ch'].includes(l)).lang).to.equal('de');
  });

  it('reads the room’s language unless it is default, and only from the room’s own properties', () => {
    expect(roomLanguage({ ui_settings: { language: 'de' } })).to.equal('de');
    expect(roomLanguage({ ui_settings: { language: 'default' } })).to.equal(undefined);
    expect(roomLanguage({ ui_settings: null })).to.equal(undefined);
    expect(roomLanguage({ ui_settings: { language: 7 } })).to.equal(undefined);
    expect(roomLanguage(null)).to.equal(undefined);
    expect(roomLanguage(Object.create({ ui_settings: { language: 'de' } }))).to.equal(undefined);
  });

  it('writes Hebrew and Arabic right to left, the other meeting languages left to right', () => {
    expect(LANGUAGES.filter(isRightToLeft)).to.deep.equal(['he', 'ar']);
    expect(isRightToLeft('fa')).to.equal(true);
    expect(isRightToLeft('arn')).to.equal(false);
    expect(isRightToLeft('ar-eg')).to.equal(true);
  });

  it('finds the nearest lang of the page across shadow roots', () => {
    const outer = document.createElement('section');
    outer.lang = 'fr';
    const host = document.createElement('div');
    outer.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const el = document.createElement('span');
    inner.append(el);
    root.append(inner);
    document.body.append(outer);
    try {
      expect(pageLanguage(el)).to.equal('fr');
      host.lang = 'de';
      expect(pageLanguage(el)).to.equal('de');
      inner.lang = 'ar';
      expect(pageLanguage(el)).to.equal('ar');
      el.lang = 'he';
      expect(pageLanguage(el)).to.equal('he');
    } finally {
      outer.remove();
    }
    const loose = document.createElement('span');
    expect(pageLanguage(loose)).to.equal(undefined);
  });
});
