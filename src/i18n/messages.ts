/**
 * The registry of the element's words, one catalogue per language. English is always
 * there (the first file holds it: a notice never waits for its words); every other language
 * is a module under `locales/` that registers itself when imported, so a page carries only
 * the languages it imports. A page overrides any word with the element's `messages` property.
 */
import { en } from './english.js';
import type { Messages } from './format.js';

export { format, type MessageKey, type Messages } from './format.js';

// One registry per page, not per copy of this module: a locale module loaded from the npm
// build then also reaches the element of the script-tag bundle, which has its own copy.
// No prototype, so that a tag such as `constructor` finds nothing.
const locales = ((globalThis as Record<symbol, unknown>)[Symbol.for('vonage-meeting-locales')] ??= Object.create(null)) as Record<string, Messages>;
locales.en ??= en;

/**
 * Makes `messages` the words for `lang` (a language tag such as `de` or `pt-br`, any case).
 * Elements already on the page that ask for that language switch to it.
 */
export function registerLocale(lang: string, messages: Messages) {
  locales[lang.toLowerCase()] = messages;
  globalThis.dispatchEvent?.(new Event('vonage-meeting-locale'));
}

/** The registered words for a lower-case language tag, if any. */
export const localeOf = (lang: string): Messages | undefined => locales[lang];
