/**
 * Asks before the page goes (close, reload, navigation) while the host wants it
 * (`confirm-leave` while the meeting is shown). The `beforeunload` listener exists only
 * then: a page with one is kept out of the back/forward cache by some browsers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LeaveGuardController implements ReactiveController {
  #guarding = false;

  constructor(
    host: ReactiveControllerHost,
    private wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    this.#guard(this.wanted());
  }

  hostDisconnected() {
    this.#guard(false);
  }

  #onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Browsers before the standard preventDefault() (Chromium < 119) ask only for this.
    event.returnValue = '';
  };

  #guard(wanted: boolean) {
    if (wanted === this.#guarding) return;
    this.#guarding = wanted;
    if (wanted) addEventListener('beforeunload', this.#onBeforeUnload);
    else removeEventListener('beforeunload', this.#onBeforeUnload);
  }
}
