/**
 * Warms the connection to the meeting's origin once the user shows an interest (pointer
 * over, or focus on, the join placeholder): a `<link rel="preconnect">` in the document
 * head, where preconnect works. One per origin, never duplicated; this element's own link
 * goes when the element does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PreconnectController implements ReactiveController {
  #link: HTMLLinkElement | null = null;

  /** `origin` reads the origin the view wants warmed, or null. */
  constructor(
    host: ReactiveControllerHost,
    private origin: () => string | null,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    const origin = this.origin();
    if (!origin || this.#link) return;
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel~="preconnect"]');
    if ([...links].some((link) => link.href.startsWith(`${origin}/`))) return;
    this.#link = Object.assign(document.createElement('link'), { rel: 'preconnect', href: origin });
    document.head.append(this.#link);
  }

  hostDisconnected() {
    this.#link?.remove();
    this.#link = null;
  }
}
