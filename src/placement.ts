/**
 * Where the meeting is shown: in its place, docked to a corner, or filling the screen.
 * This gives the view what the browser measured (whether the place is in view, whether
 * the element is fullscreen) and records the page's and the user's settings; the rules are
 * `deriveView`'s. What docking by itself and expanding need is loaded on first use.
 */
import type { DockController } from './dock-controller.js';
import type { ExpandController, ExpandingHost } from './expand-controller.js';
import { Lazy } from './lazy.js';
import type { MeetingInputs, MeetingRecord } from './meeting-view.js';

export class Placement {
  #place = new Lazy<DockController>(() => import('./dock-controller.js').then((m) => new m.DockController(this.host)));
  #screen = new Lazy<ExpandController>(() =>
    import('./expand-controller.js').then((m) => new m.ExpandController(this.host, this.#refused, () => this.focusExpandButton())),
  );

  /** `act` records a change of the user's record. */
  constructor(
    private host: ExpandingHost,
    private act: (change: Partial<MeetingRecord>) => void,
  ) {}

  /** Follows `dock`: `auto` watches the place (loading what watches it), `off` stops. */
  follow(dock: unknown) {
    if (dock === 'auto') this.#place.get();
    this.#place.value?.watch(dock === 'auto');
  }

  /** The view's inputs about placement, as last measured. */
  inputs(dock: unknown): Pick<MeetingInputs, 'dock' | 'placeInView' | 'placeChanges' | 'fullscreen'> {
    const place = this.#place.value;
    return { dock, placeInView: place?.inView ?? true, placeChanges: place?.changes ?? 0, fullscreen: this.#screen.value?.fullscreen ?? false };
  }

  /** Records the page's or the user's docking. */
  dock(docked: boolean) {
    this.act({ dockChoice: { docked, since: this.#place.value?.changes ?? 0 } });
  }

  /** Records an expansion or a collapse, and makes it real. */
  expand(expanded: boolean) {
    // Fullscreen needs a user's gesture: where the engine can tell there is none, or has no
    // element fullscreen (iPhone), the viewport mode without asking.
    const host = this.host;
    const askedFullscreen = expanded && host.isConnected && host.ownerDocument.fullscreenEnabled && navigator.userActivation?.isActive !== false;
    this.act({ expanded, askedFullscreen });
    this.#screen.get().then((screen) => screen.follow(expanded, askedFullscreen), this.#refused);
  }

  /** Starts loading what expanding needs, so that a click finds it loaded and its gesture still fresh. */
  warm = () => void this.#screen.get();

  focusExpandButton() {
    this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.expand')?.focus());
  }

  #refused = () => this.act({ askedFullscreen: false });
}
