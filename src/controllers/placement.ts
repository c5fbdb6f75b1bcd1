/**
 * Where the meeting is shown: in its own box, over a `<vonage-meeting-place>`, docked to a
 * corner, or filling the screen. This gives the view what the browser measured (which place
 * holds the meeting, whether it is in view, whether the element is fullscreen) and records
 * the page's and the user's settings; the rules are `deriveView`'s, the looks are in the
 * first file. What docking by itself (`dock="auto"`), following a place and the Fullscreen
 * API need loads when first needed.
 */
import type { DockController } from './dock-controller.js';
import type { ExpandController, ExpandingHost } from './expand-controller.js';
import type { MeetingInputs, MeetingRecord, MeetingView } from '../view/meeting-view.js';
import type { PlaceFollower } from './place-follower.js';
import { importOnce, OnDemandController } from './on-demand.js';
import { PlaceController } from './places.js';

const docking = importOnce('docking by itself (dock="auto")', () => import('./dock-controller.js'));
const expanding = importOnce('expanding with the Fullscreen API', () => import('./expand-controller.js'));
const following = importOnce('showing the meeting in its place', () => import('./place-follower.js'));

export class Placement {
  #places: PlaceController;
  #place: OnDemandController<typeof import('./dock-controller.js'), DockController>;
  #follower: OnDemandController<typeof import('./place-follower.js'), PlaceFollower>;
  #screen: ExpandController | null = null;

  /**
   * `act` records a change of the user's record; `view` reads the view the host last
   * derived; `moved` is told when the meeting has been laid over another place.
   */
  constructor(
    private host: ExpandingHost,
    private act: (change: Partial<MeetingRecord>) => void,
    view: () => MeetingView,
    moved: () => void,
  ) {
    const places = (this.#places = new PlaceController(host));
    const watching = () => view().watchPlace;
    this.#place = new OnDemandController(host, () => watching() && view().loadsOptional, docking, (module) => new module.DockController(host, watching, () => places.place ?? host));
    this.#follower = new OnDemandController(host, () => view().placed, following, (module) => {
      const follower = new module.PlaceFollower(host, () => ({ place: places.place, gone: places.where === 'gone', lifted: view().docked || view().expanded }), moved);
      host.requestUpdate();
      return follower;
    });
  }

  /** Whether the meeting is drawn where it is shown: not while a place holds it and the code that follows places is still loading (its size is not the place's yet). */
  get inPlace() {
    return !this.#places.place || this.#follower.controller !== null;
  }

  /** Resolves once the meeting is drawn where it is shown: over its place, its code loaded. */
  async drawn() {
    if (!this.inPlace) await following();
  }

  /** Focus reached one of the meeting's sentinels (`PlaceFollower.tabOut`). */
  tabOut(atEnd: boolean, from: EventTarget | null) {
    this.#follower.controller?.tabOut(atEnd, from);
  }

  /** The `<vonage-meeting-place>` that holds the meeting, or null. */
  get place() {
    return this.#places.place;
  }

  /** Looks again which place holds the meeting: before each derivation of the view. */
  readPlace() {
    this.#places.read();
  }

  /** The view's inputs about placement, as last measured. */
  inputs(): Pick<MeetingInputs, 'place' | 'placeInView' | 'placeChanges' | 'fullscreen'> {
    const places = this.#places;
    return {
      place: places.where,
      placeInView: this.#place.controller?.inView ?? true,
      placeChanges: this.#placeChanges,
      fullscreen: this.#fullscreen,
    };
  }

  /** Records the page's or the user's docking. */
  dock(docked: boolean) {
    this.act({ dockChoice: { docked, since: this.#placeChanges } });
  }

  get #placeChanges() {
    return (this.#place.controller?.changes ?? 0) + this.#places.changes;
  }

  /** Records an expansion or a collapse, and makes it real. */
  expand(expanded: boolean) {
    // Fullscreen needs a user's gesture and an engine that has it for elements (not the
    // iPhone's): where the engine can tell there is none, the viewport without asking.
    const host = this.host;
    const askedFullscreen =
      expanded && host.isConnected && host.ownerDocument.fullscreenEnabled && typeof host.requestFullscreen === 'function' && navigator.userActivation?.isActive !== false;
    this.act({ expanded, askedFullscreen });
    expanding().then((module) => {
      if (!module) return this.#refused();
      this.#screen ??= new module.ExpandController(host, this.#refused, () => this.focusExpandButton());
      this.#screen.follow(expanded, askedFullscreen);
    });
  }

  /** The user undocked from the dock bar: the bar goes with its button, and focus stays in the meeting. */
  undock = () => {
    this.dock(false);
    this.focusExpandButton();
  };

  /** Starts loading what expanding needs, so that a click finds it loaded and its gesture still fresh. */
  warm = () => void expanding();

  focusExpandButton() {
    this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.expand')?.focus());
  }

  get #fullscreen() {
    return this.#screen?.fullscreen ?? false;
  }

  #refused = () => this.act({ askedFullscreen: false });
}
