/**
 * English, the element's built-in language, as a module like the others
 * (`vonage-meeting-element/locales/en`). It also gives a page what it needs to add a
 * language of its own: the English words to start from, `registerLocale`, and the types.
 */
import { en, registerLocale } from '../messages.js';

registerLocale('en', en);

export { en, registerLocale };
export type { MessageKey, Messages } from '../messages.js';
