/**
 * What the view asks of the page beyond the element, each following the view after every
 * update: a preconnect and a leave guard (a few hundred bytes, so in the first file: a
 * preconnect that first downloaded its own code would warm the connection a round trip
 * late), and, loaded on demand once the meeting's own request has gone out, the wake lock,
 * the camera permission check and the advice for an app's webview.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { importOnce, OnDemandController } from '../controllers/on-demand.js';
import type { MeetingView } from '../view/meeting-view.js';
import type { SupportResult } from '../view/support.js';
import { LeaveGuardController } from './leave-guard-controller.js';
import type { PermissionController } from './permission-controller.js';
import { PreconnectController } from './preconnect-controller.js';

const permissionCheck = importOnce('the camera permission check', () => import('./permission-controller.js'));
const wakeLock = importOnce('keep-awake', () => import('./wake-lock-controller.js'));
const webviewAdvice = importOnce('the webview advice', () => import('./webview-advice.js'));

export class PageEffects implements ReactiveController {
  #permissions: OnDemandController<typeof import('./permission-controller.js'), PermissionController>;

  /** `view` reads the view the host last derived, `support` the support check's result. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private view: () => MeetingView,
    private support: () => SupportResult | null,
  ) {
    host.addController(this);
    // Only while the element is in the page: a removed element still updates when a frame
    // it hung up is gone.
    const shown = () => host.isConnected;
    new PreconnectController(host, () => (shown() ? view().preconnect : null));
    new LeaveGuardController(host, () => shown() && view().confirmLeave);
    new OnDemandController(host, () => view().keepAwake && view().loadsOptional, wakeLock, (module) => new module.WakeLockController(host, () => shown() && view().keepAwake));
    this.#permissions = new OnDemandController(host, () => view().checkPermissions && view().loadsOptional, permissionCheck, (module) =>
      new module.PermissionController(host, () => view().checkPermissions),
    );
  }

  /** The camera and microphone permissions, once the check has an answer. */
  get permissions() {
    return this.#permissions.controller?.permissions ?? null;
  }

  hostUpdated() {
    // Advice for the app's developer, only inside an app's webview.
    const webview = this.view().loadsOptional && this.support()?.webview;
    if (webview) webviewAdvice().then((module) => module?.webviewAdvice(webview));
  }
}
