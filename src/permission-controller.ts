/**
 * Where the browser can tell, learns before joining whether the camera or microphone is
 * blocked for this site, so the element can say so before the meeting fails to use them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PermissionDeniedDetail } from './events.js';
import { mediaPermissions } from './page-permissions.js';

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
