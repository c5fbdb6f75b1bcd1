/**
 * Holds a screen wake lock while the host wants one (`keep-awake` while the meeting is
 * shown) and the page is visible. The browser releases a lock when the page is hidden, so
 * it is taken again when the page is shown again. Where the API is missing or refuses,
 * one console note says so and nothing else happens: a dimming screen is no error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

let said = false;
const note = (why: string) => {
  if (!said) console.info(`<vonage-meeting> keep-awake: ${why}`);
  said = true;
};

export class WakeLockController implements ReactiveController {
  #wanted = false;
  #sentinel: WakeLockSentinel | null = null;
  #asking = false;

  constructor(
    host: ReactiveControllerHost,
    private wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    this.#want(this.wanted());
  }

  hostDisconnected() {
    this.#want(false);
  }

  #onVisibility = () => this.#hold();

  #want(wanted: boolean) {
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    if (wanted) {
      document.addEventListener('visibilitychange', this.#onVisibility);
      this.#hold();
    } else {
      document.removeEventListener('visibilitychange', this.#onVisibility);
      this.#sentinel?.release().catch(() => {});
      this.#sentinel = null;
    }
  }

  async #hold() {
    if (!this.#wanted || this.#sentinel || this.#asking || document.visibilityState !== 'visible') return;
    if (!navigator.wakeLock) return note('this browser has no Screen Wake Lock API.');
    this.#asking = true;
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      // Released by the browser (the page was hidden): taken again when it is visible.
      sentinel.addEventListener('release', () => {
        if (this.#sentinel === sentinel) this.#sentinel = null;
      });
      if (this.#wanted) this.#sentinel = sentinel;
      else sentinel.release().catch(() => {});
    } catch (error) {
      note(`the browser refused a screen wake lock (${(error as Error).name}).`);
    } finally {
      this.#asking = false;
    }
  }
}
