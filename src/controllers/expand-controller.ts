/**
 * Makes an expansion real: asks the engine to show the element fullscreen where the
 * expansion asked for it, learns when the browser leaves fullscreen (Escape, the browser's
 * own controls, `document.exitFullscreen()`), and collapses the viewport mode on Escape.
 * Loaded only when the meeting first expands.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs of the element. */
export interface ExpandingHost extends ReactiveControllerHost, HTMLElement {
  expanded: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ExpandController implements ReactiveController {
  /** Whether the browser's fullscreen element is the host. */
  fullscreen = false;

  /** `refused` is told when the engine refuses fullscreen; `collapsed` when Escape collapsed the viewport mode. */
  constructor(
    private host: ExpandingHost,
    private refused: () => void,
    private collapsed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    const doc = this.host.ownerDocument;
    doc.addEventListener('fullscreenchange', this.#onFullscreenChange);
    doc.addEventListener('keydown', this.#onKeyDown);
    // Removed from the page while fullscreen, the element left it unheard.
    this.#onFullscreenChange();
  }

  hostDisconnected() {
    const doc = this.host.ownerDocument;
    doc.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    doc.removeEventListener('keydown', this.#onKeyDown);
  }

  /** Follows an expansion or a collapse; `fullscreen`: the expansion asks for the Fullscreen API. */
  follow(expanded: boolean, fullscreen: boolean) {
    const doc = this.host.ownerDocument;
    if (expanded && fullscreen) {
      // An engine may say fullscreenEnabled and then throw, or return no promise at all.
      try {
        Promise.resolve(this.host.requestFullscreen({ navigationUI: 'hide' })).catch(this.refused);
      } catch {
        this.refused();
      }
    }
    else if (!expanded && doc.fullscreenElement === this.host) doc.exitFullscreen().catch(() => {});
  }

  #onFullscreenChange = () => {
    const was = this.fullscreen;
    this.fullscreen = this.host.ownerDocument.fullscreenElement === this.host;
    if (was === this.fullscreen) return;
    // The browser left fullscreen: the expansion is over.
    if (was && this.host.expanded) this.host.expanded = false;
    this.host.requestUpdate();
  };

  #onKeyDown = (event: KeyboardEvent) => {
    // In fullscreen the browser handles Escape itself, and says so with fullscreenchange.
    if (event.key !== 'Escape' || this.fullscreen || !this.host.expanded || event.defaultPrevented) return;
    this.host.expanded = false;
    this.collapsed();
  };
}
