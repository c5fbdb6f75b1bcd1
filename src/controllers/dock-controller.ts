/**
 * Watches whether the meeting's place is in the viewport while `dock="auto"`: the
 * `<vonage-meeting-place>` that holds it, else the host box, which keeps its place while the
 * meeting is docked. Loaded
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
  #watched: Element | null = null;
  #observer = new IntersectionObserver((entries) => {
    const inView = entries[entries.length - 1].isIntersecting;
    if (inView === this.inView) return;
    this.inView = inView;
    this.changes++;
    this.host.requestUpdate();
  });

  /** `watching` reads whether the view watches the place (`dock="auto"`), `place` which box is the place. */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private watching: () => boolean,
    private place: () => Element,
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
    this.#watched = null;
    this.#observer.disconnect();
  }

  // Watching again, or another place, the observer reports the place afresh.
  #watch(watching: boolean) {
    const place = watching && this.host.isConnected ? this.place() : null;
    if (place === this.#watched) return;
    this.#observer.disconnect();
    this.#watched = place;
    if (place) this.#observer.observe(place);
  }
}
