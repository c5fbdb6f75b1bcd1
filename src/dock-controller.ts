/**
 * Watches whether the element's place is in the viewport while `dock="auto"`: the host box
 * keeps its place while the meeting is docked, so the place is the host itself. Loaded
 * only when a page first asks for `dock="auto"`; with `dock="off"` it stops watching, and
 * counts no changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DockController implements ReactiveController {
  /** Whether any part of the place is in the viewport; true until the browser says otherwise. */
  inView = true;
  /** How many times the place came into view or left it while watched. */
  changes = 0;
  #watching = true;
  #observer = new IntersectionObserver((entries) => {
    const inView = entries[entries.length - 1].isIntersecting;
    if (inView === this.inView) return;
    this.inView = inView;
    this.changes++;
    this.host.requestUpdate();
  });

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Watches while `dock="auto"`. Watching again, the observer reports the place afresh. */
  watch(watching: boolean) {
    if (watching === this.#watching) return;
    this.#watching = watching;
    if (watching) this.hostConnected();
    else this.hostDisconnected();
  }

  hostConnected() {
    if (this.#watching && this.host.isConnected) this.#observer.observe(this.host);
  }

  hostDisconnected() {
    this.#observer.disconnect();
  }
}
