/** Which language the element speaks: the choice, from the tags asked for. Pure. */
import { own } from './room.js';

/** The meeting's own languages (a room's `ui_settings.language`), each a module under `locales/`. */
export const LANGUAGES = 'en he es pt-br it ca fr de ar zh-tw zh-cn'.split(' ');

/**
 * The catalogue names that may speak for a language tag, best first: the tag, then ever
 * shorter prefixes (`de-AT`, `de`), then the meeting language that stands for its family:
 * `pt-br` for any Portuguese, `zh-tw` for Traditional Chinese (`zh-Hant`, `zh-TW`,
 * `zh-HK`, `zh-MO`), `zh-cn` for any other Chinese. Case-insensitive.
 */
export function languageCandidates(tag: string): string[] {
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  const names = subtags.map((_, i) => subtags.slice(0, subtags.length - i).join('-'));
  const t = names[0];
  const family = /^zh\b/.test(t) ? (/-(hant|tw|hk|mo)\b/.test(t) && !/-hans\b/.test(t) ? 'zh-tw' : 'zh-cn') : /^pt\b/.test(t) ? 'pt-br' : '';
  return family ? [...names, family] : names;
}

/**
 * The words to speak, from the language tags asked for in order of precedence (the
 * element's `lang`, the room's language, the page's `lang`): the first tag that says
 * anything decides, and speaks the first of its candidates that `has` words; English has
 * them always. When none does: English, and the built-in module that would have them.
 */
export function chooseLanguage(asked: (string | null | undefined)[], has: (lang: string) => unknown): { lang: string; module?: string } {
  const tag = asked.find((t) => t?.trim());
  const names = tag ? languageCandidates(tag) : [];
  const lang = names.find((name) => name == 'en' || has(name));
  return lang || !tag ? { lang: lang || 'en' } : { lang: 'en', module: names.find((name) => LANGUAGES.includes(name)) };
}

/** The room's `ui_settings.language`, unless it is `default` (the meeting's own choice). */
export function roomLanguage(room: unknown): string | undefined {
  const lang = own(own(room, 'ui_settings'), 'language');
  return typeof lang == 'string' && lang != 'default' ? lang : undefined;
}

/** Whether a language is written right to left. */
export const isRightToLeft = (lang: string) => /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/.test(lang);
