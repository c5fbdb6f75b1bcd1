/**
 * What is optional loads when it is first needed: docking by itself, expanding, the wake
 * lock, the camera permission check, the webview advice. Everything a user must see (the
 * frame, errors, notices, the fallback, their words and looks) is in the first file.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A dynamic `import()` made once per page copy of this module. A module that cannot load
 * (an offline CDN, a blocked file) is said once in the console and resolves to null: its
 * feature is missing, nothing else breaks.
 */
export function importOnce<T>(feature: string, load: () => Promise<T>): () => Promise<T | null> {
  let loading: Promise<T | null> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      console.warn(`<vonage-meeting> could not load ${feature}, so it is not available on this page:`, error);
      return null;
    }));
}

/**
 * A controller whose code loads the first time `needed` says so after an update, and
 * from then on is one of the host's controllers like any other.
 */
export class OnDemandController<M, T extends ReactiveController> implements ReactiveController {
  /** The controller, once its module has loaded. */
  controller: T | null = null;
  #asked = false;

  /** `load` gives its module (null where it could not load), and `make` the controller from it (which adds itself to the host). */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private needed: () => boolean,
    private load: () => Promise<M | null>,
    private make: (module: M) => T,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    if (this.#asked || !this.needed()) return;
    this.#asked = true;
    this.load().then((module) => {
      if (!module) return;
      // Added to a connected host, Lit connects it; it then follows the view from now on.
      this.controller = this.make(module);
      if (this.host.isConnected) this.controller.hostUpdated?.();
    });
  }
}
