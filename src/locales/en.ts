/**
 * English, the element's own language, as a module like the others
 * (`vonage-meeting-element/locales/en`). Importing it makes English available at once
 * (English is always there, in the element's first file). It also gives a page what it
 * needs to add a language of its own: the English words to start from, `registerLocale`,
 * and the types.
 */
import { en } from '../i18n/english.js';
import { registerLocale } from '../i18n/messages.js';

registerLocale('en', en);

export { en, registerLocale };
export type { MessageKey, Messages } from '../i18n/messages.js';
