/**
 * The element's words: a registry of catalogues, one per language, and `format` for their
 * `{name}` placeholders. English (`english.ts`) loads beside the first frame; every other
 * language is a module under `locales/` that registers itself when imported, so a page
 * carries only the languages it imports. A page overrides any word with the element's
 * `messages` property.
 */
import type { en } from './english.js';


/** The keys of the catalogue. */
export type MessageKey = keyof typeof en;
/** A complete catalogue, as a translation provides it. */
export type Messages = Record<MessageKey, string>;

// One registry per page, not per copy of this module: a locale module loaded from the npm
// build then also reaches the element of the script-tag bundle, which has its own copy.
// No prototype, so that a tag such as `constructor` finds nothing.
const locales = ((globalThis as Record<symbol, unknown>)[Symbol.for('vonage-meeting-locales')] ??= Object.create(null)) as Record<string, Messages>;

/**
 * Makes `messages` the words for `lang` (a language tag such as `de` or `pt-br`, any case).
 * Elements already on the page that ask for that language switch to it.
 */
export function registerLocale(lang: string, messages: Messages) {
  locales[lang.toLowerCase()] = messages;
  globalThis.dispatchEvent?.(new Event('vonage-meeting-locale'));
}

/**
 * The words the first frame shows (the same as English's): the frame's title and the
 * loading indicator need no catalogue.
 */
export const FIRST_WORDS: Pick<Messages, 'title' | 'loading'> = { title: 'Video meeting', loading: 'Loading the meeting…' };

let english: Promise<unknown> | undefined;

/** Loads and registers the English catalogue, once per page copy of this module. */
export function loadEnglish() {
  english ??= import('./english.js').then(({ en }) => localeOf('en') || registerLocale('en', en));
  return english;
}

/** The registered words for a lower-case language tag, if any. */
export const localeOf = (lang: string): Messages | undefined => locales[lang];

/** Fills `{name}` placeholders. */
export const format = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
