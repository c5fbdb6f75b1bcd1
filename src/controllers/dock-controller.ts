/**
 * Watches whether the element's place is in the viewport while `dock="auto"`: the host box
 * keeps its place while the meeting is docked, so the place is the host itself. Loaded
 * only when a page first asks for `dock="auto"`; it follows `dock` as it is after each
 * update (also when it changed while this module loaded), and with `dock="off"` it counts
 * no changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DockController implements ReactiveController {
  /** Whether any part of the place is in the viewport; true until the browser says otherwise. */
  inView = true;
  /** How many times the place came into view or left it while watched. */
  changes = 0;
  #watching = false;
  #observer = new IntersectionObserver((entries) => {
    const inView = entries[entries.length - 1].isIntersecting;
    if (inView === this.inView) return;
    this.inView = inView;
    this.changes++;
    this.host.requestUpdate();
  });

  /** `watching` reads whether the view watches the place (`dock="auto"`). */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private watching: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#watch(this.watching());
  }

  hostUpdated() {
    this.#watch(this.watching());
  }

  hostDisconnected() {
    this.#watching = false;
    this.#observer.disconnect();
  }

  // Watching again, the observer reports the place afresh.
  #watch(watching: boolean) {
    if (watching === this.#watching || !this.host.isConnected) return;
    this.#watching = watching;
    if (watching) this.#observer.observe(this.host);
    else this.#observer.disconnect();
  }
}
