/**
 * Warms the connection to the meeting's origin once the user shows an interest (pointer
 * over, or focus on, the join placeholder): a `<link rel="preconnect">` in the document
 * head, where preconnect works. One per origin, never duplicated; this element's own link
 * goes when the element does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PreconnectController implements ReactiveController {
  #link: HTMLLinkElement | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Preconnects to the origin of `url`, unless this page already does. */
  warm(url: string) {
    const origin = new URL(url).origin;
    const head = document.head;
    if (this.#link || [...head.querySelectorAll<HTMLLinkElement>('link[rel~="preconnect"]')].some((link) => link.href.startsWith(`${origin}/`))) return;
    this.#link = Object.assign(document.createElement('link'), { rel: 'preconnect', href: origin });
    head.append(this.#link);
  }

  hostDisconnected() {
    this.#link?.remove();
    this.#link = null;
  }
}
