/**
 * A controller whose code the first frame does not need (a wake lock, a leave guard, a
 * preconnect, the camera permission check): its module loads the first time the host asks
 * for it, and from then on it is one of the host's controllers like any other.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A controller made from the host and what it reads of the host's view. */
export type ControllerClass<V, T extends ReactiveController> = new (host: ReactiveControllerHost & HTMLElement, read: () => V) => T;

export class OnDemandController<V, T extends ReactiveController> implements ReactiveController {
  /** The controller, once its module has loaded. */
  controller: T | null = null;
  #loading = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private read: () => V,
    private load: () => Promise<ControllerClass<V, T>>,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    if (this.#loading || !this.read()) return;
    this.#loading = true;
    this.load().then(
      (Controller) => {
        // It adds itself to the host, which connects it if the host is connected.
        this.controller = new Controller(this.host, this.read);
        if (this.host.isConnected) this.controller.hostUpdated?.();
      },
      (error) => console.warn('<vonage-meeting> could not load one of its modules:', error),
    );
  }
}
