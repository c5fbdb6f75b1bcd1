/**
 * Where the browser can tell, learns before joining whether the camera or microphone is
 * blocked for this site, so the element can say so before the meeting fails to use them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PermissionDeniedDetail } from './events.js';

export class PermissionController implements ReactiveController {
  /** The camera and microphone permission states; null until the browser answered. */
  permissions: PermissionDeniedDetail | null = null;

  /** `wanted` says, at each connection, whether the meeting will ask for the camera or microphone. */
  constructor(
    private host: ReactiveControllerHost,
    private wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Asked again at each connection until the answer is "denied": the user may have
    // blocked the camera in the meantime. Nothing more to learn after that.
    const { camera, microphone } = this.permissions ?? {};
    if (camera === 'denied' || microphone === 'denied' || !this.wanted()) return;
    mediaPermissions().then((permissions) => {
      this.permissions = permissions;
      this.host.requestUpdate();
    });
  }
}

// One query per page: each query leaves a PermissionStatus behind (Chromium keeps them),
// and a status's `state` stays current, so every element reads the same two. A new
// `query` function (a page or test replacing it) gets asked afresh.
let asked: { query: unknown; statuses: Promise<(PermissionStatus | null)[]> } | undefined;

/** The camera and microphone permission states, `unknown` where they cannot be queried. */
export async function mediaPermissions(): Promise<PermissionDeniedDetail> {
  const query: unknown = globalThis.navigator?.permissions?.query;
  if (asked?.query !== query) {
    const ask = (name: string) =>
      navigator.permissions.query({ name } as unknown as PermissionDescriptor).catch(() => null);
    asked = { query, statuses: query ? Promise.all([ask('camera'), ask('microphone')]) : Promise.resolve([null, null]) };
  }
  const [camera, microphone] = (await asked!.statuses).map((status) => status?.state ?? 'unknown');
  return { camera, microphone };
}
