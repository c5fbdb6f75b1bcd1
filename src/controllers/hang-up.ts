/**
 * Hanging up: a removed iframe's document gets `pagehide` and `unload` but never
 * `beforeunload`, where meeting clients hang up. So a frame the element discards itself
 * (`leave()`, `reload()`, `join()` after `leave()`, a new `allow`, the markup's frame
 * replaced) is first navigated to about:blank (its `src` removed), and goes once that has
 * unloaded the meeting (its about:blank load), or after 1 s at most. The view says which
 * frame is being hung up (`MeetingView.hangingUp`); this keeps the time and the promises.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MeetingFrame, MeetingView } from '../view/meeting-view.js';

/** How long, at most, a discarded frame's about:blank navigation may take to unload the meeting. */
const HANG_UP_TIMEOUT = 1000;

// Where leave() keeps the frame it hangs up: a hidden box of the page's own, so that a page
// or a framework removing the element right after leave() does not remove the frame too.
// Removed in the same task or the next, about half of the frames never got `beforeunload`
// (Chromium 156); kept, all did. Moved there with moveBefore(), which keeps its document,
// where the engine has it (not WebKitGTK 2.50: there a page awaits leave() first).
let parking: HTMLElement | undefined;
function park(iframe: HTMLIFrameElement) {
  const doc = iframe.ownerDocument;
  if (!('moveBefore' in iframe) || !iframe.isConnected) return;
  if (parking?.ownerDocument !== doc || !parking.isConnected) {
    parking = doc.createElement('div');
    parking.style.display = 'none';
    doc.body.append(parking);
  }
  (parking as HTMLElement & { moveBefore(node: Node, child: Node | null): void }).moveBefore(iframe, null);
}

export class HangUpController implements ReactiveController {
  #leaving: (() => void)[] = [];
  #parked: Element | null = null;
  #timed: MeetingFrame | null = null;

  /** `view` reads the view the host last rendered; `done` is told that a frame has been hung up. */
  constructor(
    host: ReactiveControllerHost,
    private view: () => MeetingView,
    private done: (frame: MeetingFrame) => void,
  ) {
    host.addController(this);
  }

  /**
   * `leave()`: the shown iframe navigates to about:blank at once, not at the next update (a
   * page may remove the element right after), and waits out of the element. Resolves when
   * no frame is being hung up any more.
   */
  leave(iframe: HTMLIFrameElement | null | undefined): Promise<void> {
    const { frame, hangingUp } = this.view();
    if (iframe) {
      iframe.removeAttribute('src');
      park((this.#parked = iframe));
    }
    return new Promise((gone) => (frame || hangingUp ? this.#leaving.push(gone) : gone()));
  }

  /** Whether a frame's load is the about:blank of a frame being hung up: the meeting has unloaded. */
  unloaded(event: Event): boolean {
    const iframe = event.target as HTMLIFrameElement;
    if (iframe.hasAttribute('src')) return false;
    const { hangingUp } = this.view();
    if (hangingUp && iframe.contentDocument?.URL === 'about:blank') this.done(hangingUp);
    return true;
  }

  hostUpdated() {
    const { hangingUp } = this.view();
    if (hangingUp && hangingUp !== this.#timed) {
      this.#timed = hangingUp;
      setTimeout(() => this.done(hangingUp), HANG_UP_TIMEOUT);
    }
    if (hangingUp) return;
    this.#timed = null;
    this.#parked?.remove();
    this.#parked = null;
    for (const gone of this.#leaving.splice(0)) gone();
  }
}
