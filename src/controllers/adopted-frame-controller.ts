/**
 * The meeting's iframe that the page's markup put inside the element, before any script.
 * The element adopts it where it is: the iframe stays in the light DOM (the element's slot
 * shows it), so it is never moved, re-created or reloaded. After each render it takes the
 * view's title, and once the view no longer shows it (a refused URL, an unsupported
 * browser, `leave()`, or a new frame of the element's own) it is hung up, like the
 * element's own frames (`MeetingRecord.hangingUp`): without `src` (about:blank), and
 * unslotted (so not rendered) until the view is done with it, then removed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MarkupFrame, MeetingView } from '../view/meeting-view.js';

/** Whether the page recorded the load of a frame at `url` (see hostConnected). */
const loadedAt = (url: string) =>
  performance.getEntriesByType('resource').some((entry) => (entry as PerformanceResourceTiming).initiatorType === 'iframe' && entry.name === url);

export class AdoptedFrameController implements ReactiveController {
  /** What the markup's iframe gave the element; null when there was none. */
  markup: MarkupFrame | null = null;
  /** The markup's iframe, while it is in the element. */
  child: HTMLIFrameElement | null = null;

  /** `view` is the view the host rendered; `onLoad` hears the adopted iframe's loads. */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private view: () => MeetingView,
    private onLoad: (event: Event) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.markup) return; // looked for once, when the element first meets the page
    const child = this.host.querySelector<HTMLIFrameElement>(':scope > iframe');
    if (!child) return;
    // A frame's navigation is recorded as a resource timing entry in the same task as, just
    // before, its load event, also for another origin (observed in Chromium 156, Firefox 153
    // and WebKitGTK 2.50). Looked up and listened to in one task, no load falls between.
    const loadedBefore = loadedAt(child.src);
    child.addEventListener('load', this.onLoad);
    this.child = child;
    this.markup = { src: child.src, allow: child.getAttribute('allow') ?? '', title: child.title, loadedBefore, present: true };
  }

  hostUpdated() {
    const child = this.child;
    if (!child) return;
    const { frame, hangingUp } = this.view();
    if (frame?.adopted) {
      // Only the fragment can differ: a same-document navigation.
      if (child.src !== frame.url) child.src = frame.url;
      if (child.title !== frame.title) child.title = frame.title;
      return;
    }
    // Its document is no longer the markup's: the element never adopts it again.
    if (this.markup!.present) {
      this.markup = { ...this.markup!, present: false };
      this.host.requestUpdate();
    }
    if (hangingUp?.adopted) {
      child.removeAttribute('src');
      return;
    }
    child.removeEventListener('load', this.onLoad);
    child.remove();
    this.child = null;
  }
}
