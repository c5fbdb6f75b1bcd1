/**
 * Which language the element speaks, and its words: the element's `lang`, else the room's
 * `ui_settings.language`, else the page's nearest `lang`, in whichever of those languages
 * has a registered catalogue, with the page's `messages` overrides on top. A language
 * module imported later, and a new `<html lang>`, switch every element on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeOf, type Messages } from '../i18n/messages.js';
import { chooseLanguage, isRightToLeft, roomLanguage } from '../view/language.js';

// One listener and one observer for every element on the page, as Shoelace's localize has.
const connected = new Set<ReactiveControllerHost>();
const updateAll = () => connected.forEach((host) => host.requestUpdate());
let htmlLang: MutationObserver | undefined;

export class LanguageController implements ReactiveController {
  /** The language spoken: a registered catalogue's tag, or `en`. */
  lang = 'en';
  /** The words, in that language. */
  text: Messages = localeOf('en')!;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get dir() {
    return isRightToLeft(this.lang) ? 'rtl' : 'ltr';
  }

  hostConnected() {
    if (!connected.size) {
      addEventListener('vonage-meeting-locale', updateAll);
      htmlLang ??= new MutationObserver(updateAll);
      htmlLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
    connected.add(this.host);
  }

  hostDisconnected() {
    connected.delete(this.host);
    if (connected.size) return;
    removeEventListener('vonage-meeting-locale', updateAll);
    htmlLang?.disconnect();
  }

  /** Chooses again, for the room the element shows and the page's overrides. */
  choose(room: unknown, messages: Partial<Messages> | null) {
    const { lang, module } = chooseLanguage([this.host.lang, roomLanguage(room), pageLanguage(this.host)], localeOf);
    if (module) adviseLocale(module);
    this.lang = lang;
    this.text = { ...(localeOf(lang) ?? localeOf('en')!), ...messages };
  }
}

/** The `lang` of the element or its nearest ancestor that has one, crossing shadow roots to their hosts. */
export function pageLanguage(el: Element): string | undefined {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as ShadowRoot).host) {
    const owner = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang')!;
  }
}

const advised = new Set<string>();

/** Says once per module, in the console, which import gives the page the language it asks for (dist/locales/<module>.js from a CDN). */
function adviseLocale(module: string) {
  if (advised.has(module)) return;
  advised.add(module);
  console.info(`<vonage-meeting> speaks English until 'vonage-meeting-element/locales/${module}' is imported.`);
}
