/**
 * Which language the element speaks, and its words: the element's `lang`, else the room's
 * `ui_settings.language`, else the page's nearest `lang`, in whichever of those languages
 * has a registered catalogue, with the page's `messages` overrides on top. A language
 * module imported later (a second script tag, a lazy import, English loading beside the
 * first frame) switches the element to it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adviseLocale, chooseLanguage, isRightToLeft, pageLanguage, roomLanguage } from './language.js';
import { FIRST_WORDS, localeOf, type Messages } from './messages.js';

export class LanguageController implements ReactiveController {
  /** The language spoken: a registered catalogue's tag, or `en`. */
  lang = 'en';
  /** The words, in that language; null until a catalogue for it (or English) is there. */
  text: Messages | null = null;
  /** What the first frame says (the frame's title, the loading indicator), catalogue or not. */
  first: Pick<Messages, 'title' | 'loading'> = FIRST_WORDS;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get dir() {
    return isRightToLeft(this.lang) ? 'rtl' : 'ltr';
  }

  #onLocale = () => this.host.requestUpdate();

  hostConnected() {
    addEventListener('vonage-meeting-locale', this.#onLocale);
  }

  hostDisconnected() {
    removeEventListener('vonage-meeting-locale', this.#onLocale);
  }

  /** Chooses again, for the room the element shows and the page's overrides. */
  choose(room: unknown, messages: Partial<Messages> | null) {
    const { lang, module } = chooseLanguage([this.host.lang, roomLanguage(room), pageLanguage(this.host)], localeOf);
    if (module) adviseLocale(module);
    this.lang = lang;
    const words = localeOf(lang) ?? localeOf('en');
    this.text = words ? { ...words, ...messages } : null;
    this.first = this.text ?? { ...FIRST_WORDS, ...messages };
  }
}
