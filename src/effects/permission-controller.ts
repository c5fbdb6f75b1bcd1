/**
 * Where the browser can tell, learns before joining whether the camera or microphone is
 * blocked for this site, so the element can say so before the meeting fails to use them,
 * and follows the answer while the page is open (the user allows the camera in the
 * browser's settings: the notice goes).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PermissionDeniedDetail } from '../view/events.js';

// One query per page: each query leaves a PermissionStatus behind (Chromium keeps them),
// and a status's `state` stays current, so every element reads the same two. A new
// `query` function (a page or test replacing it) gets asked afresh.
let asked: { query: unknown; statuses: Promise<(PermissionStatus | null)[]> } | undefined;

/** The camera's and the microphone's PermissionStatus; null where they cannot be queried. */
function mediaStatuses(): Promise<(PermissionStatus | null)[]> {
  const query: unknown = globalThis.navigator?.permissions?.query;
  if (asked?.query !== query) {
    const ask = (name: string) => navigator.permissions.query({ name } as unknown as PermissionDescriptor).catch(() => null);
    asked = { query, statuses: query ? Promise.all([ask('camera'), ask('microphone')]) : Promise.resolve([null, null]) };
  }
  return asked!.statuses;
}

export class PermissionController implements ReactiveController {
  /** The camera and microphone permission states; null until the browser answered. */
  permissions: PermissionDeniedDetail | null = null;
  #statuses: (PermissionStatus | null)[] = [];

  /** `wanted` says, at each connection, whether the meeting will ask for the camera or microphone. */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (!this.wanted()) return;
    mediaStatuses().then((statuses) => {
      if (!this.host.isConnected) return;
      this.#follow(statuses);
      this.#read();
    });
  }

  hostDisconnected() {
    this.#follow([]);
  }

  #follow(statuses: (PermissionStatus | null)[]) {
    for (const status of this.#statuses) status?.removeEventListener?.('change', this.#read);
    this.#statuses = statuses;
    for (const status of statuses) status?.addEventListener?.('change', this.#read);
  }

  #read = () => {
    const [camera, microphone] = this.#statuses.map((status) => status?.state ?? 'unknown');
    this.permissions = { camera, microphone };
    this.host.requestUpdate();
  };
}
