/**
 * Shows the meeting over the `<vonage-meeting-place>` that holds it, without ever moving
 * its iframe: the host itself is laid over the place's box. Loaded only when a page first
 * has a place for a meeting.
 *
 * - Where the engine has CSS anchor positioning and the place and the meeting share a tree
 *   scope (anchor names are tree-scoped, w3c/csswg-drafts#7916), the host is anchored to the
 *   place by inline styles: it follows every scroll and move with no script. Where the
 *   anchored box is seen off a place that stood still, for two frames (WebKitGTK 2.50 does
 *   not move it on scroll inside a transformed ancestor), the script takes over.
 * - Elsewhere a script follows the place: once a frame it reads the place's box and, when
 *   it changed, writes the host's. A ResizeObserver misses a place that only moves, and a
 *   scroll listener misses a container's scroll unless it captures: reading once a frame
 *   misses neither.
 * - Where a scroll container clips the place, the host is clipped alike (`clip-path`), also
 *   when anchored: the host is `position: fixed`, outside every container.
 * - Stacking: `z-index: 0`, so the page's own bars with a positive `z-index` cover it;
 *   above everything only while docked or expanded.
 * - Keyboard: the place is in the route's tab order and hands focus into the meeting; the
 *   meeting's sentinels hand it on to the place's neighbours; focus inside the meeting
 *   scrolls the place into view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tabbable } from 'tabbable';

/** What the follower needs of the element. */
export interface PlacedHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const ANCHORED = ['position-anchor', 'top', 'left', 'width', 'height'];
const FOLLOWING = ['position', 'margin', 'box-sizing', 'z-index', 'clip-path', ...ANCHORED];
const LIFTED = '2147483646';
let names = 0;

/** Whether the engine lays a box out by CSS anchor positioning. */
const anchorPositioning = () => typeof CSS !== 'undefined' && CSS.supports('anchor-name', '--a') && CSS.supports('top', 'anchor(top)');

export class PlaceFollower implements ReactiveController {
  #place: HTMLElement | null = null;
  #anchorName = `--vonage-meeting-place-${++names}`;
  #anchored = false;
  #clippers: Element[] = [];
  #tabIndexAdded = false;
  #frame = 0;
  #offPlace = 0;
  #placeKey = '';
  #written = '';
  // The host's inline style as the follower last left it.
  #styled = '';
  // What the host's box is off from where it was written (a transformed ancestor makes
  // `position: fixed` relative to itself): measured, then written with the next box.
  #offset = { top: 0, left: 0 };
  #lifted = false;

  /** `read` gives the place that holds the meeting (or null), whether it had one that is gone, and whether the meeting is docked or expanded; `moved` is told when the host is laid over a place. */
  constructor(
    private host: PlacedHost,
    private read: () => { place: HTMLElement | null; gone: boolean; lifted: boolean },
    private moved: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.hostUpdated();
  }

  hostUpdated() {
    const { place, gone, lifted } = this.read();
    // Its place gone (another route), the meeting is docked or not shown: its own box still
    // takes no room where it is written, so the route's layout does not jump.
    const parked = gone && this.host.isConnected;
    if (!parked) this.#park(false);
    if (place !== this.#place) this.#follow(this.host.isConnected ? place : null);
    if (parked) this.#park(true);
    if (!this.#place) return;
    const style = this.host.style;
    style.setProperty('z-index', lifted ? LIFTED : '0');
    // Docked or expanded, the meeting is outside its place's box: nothing to clip.
    if (lifted) style.removeProperty('clip-path');
    this.#lifted = lifted;
  }

  hostDisconnected() {
    this.#park(false);
    this.#follow(null);
  }

  /**
   * Focus reached one of the meeting's sentinels, at its end (`atEnd`) or its start. From
   * inside the meeting (or from its cross-origin frame, which names no element), it goes on
   * to the place's neighbours: Tab at the end to the next, Shift+Tab at the start to the
   * previous. From outside, the user tabbed through where the meeting is written: it is not
   * shown there, so focus goes on past it, the way it was going.
   */
  tabOut(atEnd: boolean, from: EventTarget | null) {
    const place = this.#place;
    if (!place) return;
    const inMeeting = (node: Node) => composedContains(this.host, node);
    const inside = from === null || (from instanceof Node && inMeeting(from));
    const forward = inside ? atEnd : !atEnd;
    const order = tabbable(this.host.ownerDocument.documentElement, { getShadowRoot: true });
    let at: number;
    if (inside) at = order.indexOf(place);
    else if (forward) at = order.findLastIndex((el) => inMeeting(el));
    else at = order.findIndex((el) => inMeeting(el));
    const candidates = forward ? order.slice(at + 1) : order.slice(0, Math.max(at, 0)).reverse();
    const next = at < 0 ? undefined : candidates.find((el) => el !== place && !inMeeting(el) && !place.contains(el));
    if (next) next.focus();
    else (this.host.ownerDocument.activeElement as HTMLElement | null)?.blur();
  }

  #follow(place: HTMLElement | null) {
    const old = this.#place;
    if (old) {
      cancelAnimationFrame(this.#frame);
      old.removeEventListener('focus', this.#intoMeeting);
      this.host.removeEventListener('focusin', this.#reveal);
      if (old.style.getPropertyValue('anchor-name') === this.#anchorName) old.style.removeProperty('anchor-name');
      if (this.#tabIndexAdded) old.removeAttribute('tabindex');
      for (const name of FOLLOWING) this.host.style.removeProperty(name);
    }
    this.#place = place;
    this.#offset = { top: 0, left: 0 };
    if (!place) return;
    this.#anchored = anchorPositioning() && place.getRootNode() === this.host.getRootNode();
    if (this.#anchored) place.style.setProperty('anchor-name', this.#anchorName);
    this.#restyle();
    this.#clippers = clippingAncestors(place);
    this.#tabIndexAdded = !place.hasAttribute('tabindex');
    if (this.#tabIndexAdded) place.tabIndex = 0;
    place.addEventListener('focus', this.#intoMeeting);
    this.host.addEventListener('focusin', this.#reveal);
    this.#offPlace = 0;
    this.#placeKey = '';
    this.#tick();
    // Its box is the place's now: its tier is measured at once, not a frame later.
    this.moved();
  }

  #parked = false;

  #park(parked: boolean) {
    if (parked === this.#parked) return;
    this.#parked = parked;
    const style = this.host.style;
    for (const [name, value] of [['position', 'fixed'], ['inset', '0 auto auto 0'], ['width', '0'], ['height', '0'], ['z-index', LIFTED]]) {
      if (parked) style.setProperty(name, value);
      else style.removeProperty(name);
    }
  }

  // Anchored, yet seen off its place: the script follows from now on.
  #unanchor() {
    this.#anchored = false;
    this.#place?.style.removeProperty('anchor-name');
    for (const name of ANCHORED) this.host.style.removeProperty(name);
    this.#written = '';
  }

  // The host's inline styles that lay it over the place; its box comes with the next frame.
  #restyle() {
    const style = this.host.style;
    style.setProperty('position', 'fixed');
    style.setProperty('margin', '0');
    style.setProperty('box-sizing', 'border-box');
    style.setProperty('z-index', this.#lifted ? LIFTED : '0');
    if (this.#anchored) {
      style.setProperty('position-anchor', this.#anchorName);
      style.setProperty('top', 'anchor(top)');
      style.setProperty('left', 'anchor(left)');
      style.setProperty('width', 'anchor-size(width)');
      style.setProperty('height', 'anchor-size(height)');
    }
    this.#written = '';
  }

  #tick = () => {
    this.#frame = requestAnimationFrame(this.#tick);
    // The page set or cleared the host's inline style (style.width, style.cssText): what lays
    // it over the place is written again.
    if (this.host.style.cssText !== this.#styled) this.#restyle();
    this.#draw();
    this.#styled = this.host.style.cssText;
  };

  #draw() {
    const place = this.#place!;
    const box = place.getBoundingClientRect();
    const clip = this.#clippers.reduce<Box>((visible, clipper) => intersect(visible, paddingBox(clipper)), box);
    const placeKey = [box.top, box.left, box.width, box.height].join();
    if (this.#anchored) {
      const at = this.host.getBoundingClientRect();
      const off = Math.max(Math.abs(at.top - box.top), Math.abs(at.left - box.left), Math.abs(at.width - box.width), Math.abs(at.height - box.height)) > 1;
      // Chromium 156 and Firefox 153 move an anchored box after the frame's animation
      // callbacks: just after its place moved, it reads where it was. So only a place that
      // stood still since the last frame, with the box still off it, counts.
      const still = placeKey === this.#placeKey;
      this.#offPlace = !off ? 0 : still ? this.#offPlace + 1 : this.#offPlace;
      if (this.#offPlace >= 2) this.#unanchor();
    }
    this.#placeKey = placeKey;
    const key = [placeKey, clip.top, clip.left, clip.width, clip.height, this.#lifted].join();
    if (key === this.#written) return;
    this.#written = key;
    const style = this.host.style;
    if (!this.#anchored) this.#writeBox(box);
    if (this.#lifted) return;
    const inset = [clip.top - box.top, box.left + box.width - (clip.left + clip.width), box.top + box.height - (clip.top + clip.height), clip.left - box.left];
    if (inset.every((side) => side <= 0)) style.removeProperty('clip-path');
    else style.setProperty('clip-path', clip.width > 0 && clip.height > 0 ? `inset(${inset.map((side) => `${Math.max(0, side)}px`).join(' ')})` : 'inset(50%)');
  }

  // Writes the host's box over the place's, corrected by what a transformed ancestor moved it.
  #writeBox(box: DOMRect) {
    const style = this.host.style;
    const write = () => {
      style.setProperty('top', `${box.top - this.#offset.top}px`);
      style.setProperty('left', `${box.left - this.#offset.left}px`);
    };
    style.setProperty('width', `${box.width}px`);
    style.setProperty('height', `${box.height}px`);
    write();
    const landed = this.host.getBoundingClientRect();
    if (Math.abs(landed.top - box.top) < 0.5 && Math.abs(landed.left - box.left) < 0.5) return;
    this.#offset = { top: this.#offset.top + landed.top - box.top, left: this.#offset.left + landed.left - box.left };
    write();
  }

  // Focus scrolls what it reaches into view, but a fixed box cannot be scrolled: the place
  // it is laid over can (only Chromium 156 does so by itself, and only when anchored). A
  // control the user can see (one just clicked) needs nothing.
  #reveal = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (this.#lifted || !(target instanceof Element) || inViewport(target.getBoundingClientRect())) return;
    this.#place?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  #intoMeeting = () => {
    const root = this.host.renderRoot;
    const first = [...root.querySelectorAll<HTMLElement>('button, a[href], iframe, slot:not([name])')].find((el) => !el.matches('.sentinel'));
    const target = first?.localName === 'slot' ? this.host.querySelector('iframe') : first;
    target?.focus();
  };
}

const inViewport = (box: DOMRect) => box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;

/** Whether `node` is `host` or inside it, its shadow tree included. */
function composedContains(host: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === host) return true;
  return false;
}

/** The place's ancestors in the flat tree that clip it, up to the first fixed one. */
function clippingAncestors(place: Element): Element[] {
  const found: Element[] = [];
  const doc = place.ownerDocument;
  for (let node = parentInFlatTree(place); node && node !== doc.body && node !== doc.documentElement; node = parentInFlatTree(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain)) found.push(node);
    if (style.position === 'fixed') break;
  }
  return found;
}

const parentInFlatTree = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

/** What a scroll container shows of its content: its padding box, without its scrollbars. */
function paddingBox(el: Element): Box {
  const box = el.getBoundingClientRect();
  return { top: box.top + el.clientTop, left: box.left + el.clientLeft, width: el.clientWidth, height: el.clientHeight };
}

function intersect(a: Box, b: Box): Box {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  const right = Math.min(a.left + a.width, b.left + b.width);
  return { top, left, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}
