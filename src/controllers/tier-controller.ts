/**
 * Watches the content box of the box that holds the frame and keeps its tier: the host's
 * own, until the first render makes that box, which, docked or expanded, leaves the host
 * in its place and takes another size. The host updates only when the
 * tier changes, or while it is too small (its notice says how many pixels are missing):
 * a resize within a usable tier costs one ResizeObserver notification and a comparison,
 * never a render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tierForWidth, type Tier } from '../view/tiers.js';

export class TierController implements ReactiveController {
  /** The tier, null until the host is measured. */
  tier: Tier | null = null;
  /** The last content-box width seen, in CSS pixels. */
  width = 0;
  #observer?: ResizeObserver;
  #observed?: Element;

  /** `box` gives the element that holds the frame, once rendered. */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private box: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Measured now, so the first render already knows its tier (no flash of a wrong one);
    // the observer's first notification then finds nothing changed.
    this.measure();
    const box = this.box() ?? this.host;
    this.#observer ??= new ResizeObserver((entries) => this.#set(entries[entries.length - 1].contentRect.width));
    this.#observe(box);
  }

  /** Measures the box now (it was just laid somewhere else), rather than at the observer's next notification. */
  measure() {
    this.#set(contentWidth(this.box() ?? this.host));
  }

  hostUpdated() {
    // An update can still run after the host left the page: nothing is observed then.
    if (!this.host.isConnected) return;
    const box = this.box();
    if (box && box !== this.#observed) this.#observe(box);
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  #observe(box: Element) {
    if (this.#observed) this.#observer!.unobserve(this.#observed);
    this.#observer!.observe(box);
    this.#observed = box;
  }

  #set(width: number) {
    const changed = width !== this.width;
    this.width = width;
    const tier = tierForWidth(width);
    if (tier !== this.tier || (changed && tier === 'too-small')) {
      this.tier = tier;
      this.host.requestUpdate();
    }
  }
}

/** The content-box width of an element, as ResizeObserver's contentRect gives it. */
function contentWidth(el: Element): number {
  const style = getComputedStyle(el);
  const width = parseFloat(style.width);
  if (Number.isNaN(width)) return 0; // display: none, or not rendered
  if (style.boxSizing !== 'border-box') return width;
  const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.max(0, sides.reduce((w, side) => w - (parseFloat(style[side]) || 0), width));
}
