/**
 * Learns which meeting origins the page's Content-Security-Policy refuses to frame.
 * A refused frame still fires `load` (for the browser's error page), so without this the
 * element would call a blank frame `ready`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// The directives that decide whether a page may frame an origin, most specific first.
const FRAMING = ['frame-src', 'child-src', 'default-src'];

export class CspController implements ReactiveController {
  /** The origins a violation of a framing directive named. */
  blocked = new Set<string>();

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  #onViolation = (event: SecurityPolicyViolationEvent) => {
    if (!FRAMING.includes(event.effectiveDirective)) return;
    let origin: string;
    try {
      origin = new URL(event.blockedURI).origin;
    } catch {
      return; // `inline`, `eval` and the like name no origin
    }
    if (this.blocked.has(origin)) return;
    this.blocked = new Set(this.blocked).add(origin);
    this.host.requestUpdate();
  };

  hostConnected() {
    // The event is composed: one listener on the document hears frames in shadow roots too.
    this.host.ownerDocument.addEventListener('securitypolicyviolation', this.#onViolation);
  }

  hostDisconnected() {
    this.host.ownerDocument.removeEventListener('securitypolicyviolation', this.#onViolation);
  }
}
