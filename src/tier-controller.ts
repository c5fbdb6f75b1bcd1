/**
 * Watches the host's content box and keeps its tier. The host updates only when the
 * tier changes, or while it is too small (its notice says how many pixels are missing):
 * a resize within a usable tier costs one ResizeObserver notification and a comparison,
 * never a render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tierForWidth, type Tier } from './tiers.js';

export class TierController implements ReactiveController {
  /** The tier, null until the host is measured. */
  tier: Tier | null = null;
  /** The last content-box width seen, in CSS pixels. */
  width = 0;
  #observer?: ResizeObserver;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    // Measured now, so the first render already knows its tier (no flash of a wrong one);
    // the observer's first notification then finds nothing changed.
    this.#set(contentWidth(this.host));
    this.#observer ??= new ResizeObserver((entries) => this.#set(entries[entries.length - 1].contentRect.width));
    this.#observer.observe(this.host);
  }

  hostDisconnected() {
    this.#observer?.disconnect();
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
function contentWidth(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const width = parseFloat(style.width);
  if (Number.isNaN(width)) return 0; // display: none, or not rendered
  if (style.boxSizing !== 'border-box') return width;
  const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.max(0, sides.reduce((w, side) => w - (parseFloat(style[side]) || 0), width));
}
