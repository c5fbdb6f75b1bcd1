/**
 * Where, in the current route, each meeting is shown: the `<vonage-meeting-place>`s that
 * are connected, by the id they name, in the order they connected. One registry per page,
 * shared by every copy of the package, so a place and its meeting find each other whichever
 * was defined or connected first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Registry {
  byId: Map<string, HTMLElement[]>;
  changes: EventTarget;
}

const registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('vonage-meeting-places')] ??= {
  byId: new Map(),
  changes: new EventTarget(),
}) as Registry;

const announce = (id: string) => registry.changes.dispatchEvent(new CustomEvent('change', { detail: id }));

/** Records that `place` now shows the meeting `id`; connecting twice is connecting once. */
export function connectPlace(id: string, place: HTMLElement) {
  const list = registry.byId.get(id) ?? [];
  if (list.at(-1) === place) return;
  registry.byId.set(id, [...list.filter((p) => p !== place), place]);
  announce(id);
}

/** Records that `place` no longer shows the meeting `id`. */
export function disconnectPlace(id: string, place: HTMLElement) {
  const list = registry.byId.get(id);
  if (!list?.includes(place)) return;
  const rest = list.filter((p) => p !== place);
  if (rest.length) registry.byId.set(id, rest);
  else registry.byId.delete(id);
  announce(id);
}

/** The place that holds the meeting `id`: of those connected, the last to connect. */
export const placeOf = (id: string): HTMLElement | null => registry.byId.get(id)?.at(-1) ?? null;

/**
 * The meeting's side: which place holds it, whether it had one (a route that showed it),
 * and how many times that changed, as inputs of the view.
 */
export class PlaceController implements ReactiveController {
  /** The place that holds the meeting, or null. */
  place: HTMLElement | null = null;
  /** Whether a place held it since it connected: with none now, its route is gone. */
  hadPlace = false;
  /** How many times the place holding it changed. */
  changes = 0;

  /** Where the page shows the meeting, as the view reads it (`MeetingInputs.place`). */
  get where(): 'none' | 'here' | 'gone' {
    return this.place ? 'here' : this.hadPlace ? 'gone' : 'none';
  }

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    registry.changes.addEventListener('change', this.#onChange);
    this.read();
  }

  hostDisconnected() {
    registry.changes.removeEventListener('change', this.#onChange);
  }

  #onChange = (event: Event) => {
    if ((event as CustomEvent<string>).detail === this.host.id) this.host.requestUpdate();
  };

  /** Looks the place up again (the host calls it before deriving its view: its id may have changed). */
  read() {
    const place = this.host.id ? placeOf(this.host.id) : null;
    if (place === this.place) return;
    this.place = place;
    this.changes++;
    if (place) this.hadPlace = true;
  }
}
