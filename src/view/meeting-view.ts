/**
 * What `<vonage-meeting>` shows, derived in one place. Pure: no DOM.
 *
 * `deriveView` takes everything the element was given (its properties), everything it
 * measured (tier, support, the page's policies, the camera permission) and a small record
 * of what the user did, and returns one view: the state, the error, the frame to show (or
 * none), the fallback and the notices. `viewEvents` compares two views and says which
 * events to fire. The element keeps no other state: it renders the view and announces the
 * difference.
 */
import type { MeetingError, MeetingEventDetails, PermissionDeniedDetail } from './events.js';
import { resolveMeetingUrl } from './meeting-url.js';
import { noticesFor, type Notice } from './notices.js';
import type { PageInputs } from './inputs.js';
import { autoRecords, displayName } from './room.js';
import type { SupportReason, SupportResult } from './support.js';
import { FEATURES, featuresForTier, type Feature, type Features, type Tier } from './tiers.js';

/** What the element is doing. */
export type MeetingState = 'idle' | 'waiting' | 'loading' | 'ready' | 'error' | 'unsupported' | 'left';

/** What the user (or the page, through the element's methods) did. */
export interface MeetingRecord {
  /** `join()` or `reload()` was called: having no URL is now an error, and a click placeholder is passed. */
  joined: boolean;
  /** `leave()` was called, and no `join()` since. */
  left: boolean;
  /** How many new frames `reload()`, and `join()` after `leave()`, asked for. */
  reloads: number;
  /** The frame document (`MeetingFrame.document`) whose load event came last. */
  loaded: string | null;
  /** The notices the user dismissed. */
  dismissed: ReadonlySet<string>;
  /** The user pointed at, or focused, the join placeholder: the connection is worth warming. */
  warmed: boolean;
  /**
   * The last time the page or the user set `docked`: the value, and `since`, the count of
   * the place's visibility changes (`MeetingInputs.placeChanges`) at that time. It holds
   * until the place next comes into view or leaves it.
   */
  dockChoice: { docked: boolean; since: number } | null;
  /** The page or the user expanded the meeting, and nothing collapsed it since (the page, the user, Escape, the browser leaving fullscreen). */
  expanded: boolean;
  /** This expansion asked the engine for fullscreen, and the engine has not refused. */
  askedFullscreen: boolean;
  /**
   * The frame the element discarded and is hanging up (`discardedFrame`): navigated to
   * about:blank, its iframe stays, hidden, until that navigation has unloaded the meeting
   * (its about:blank load), or 1 s at most. A removed iframe's document never gets
   * `beforeunload`, where meeting clients hang up; a navigated one does.
   */
  hangingUp: MeetingFrame | null;
}

export const NEW_RECORD: MeetingRecord = {
  joined: false,
  left: false,
  reloads: 0,
  loaded: null,
  dismissed: new Set(),
  warmed: false,
  dockChoice: null,
  expanded: false,
  askedFullscreen: false,
  hangingUp: null,
};

/** Everything the view is derived from: what the page set (normalised), what the element measured, what the user did. */
export interface MeetingInputs extends PageInputs {
  /** The permissions policy the frame gets (the page's own, or the engine's default). */
  allow: string;
  /** The element's tier, null until it is measured. */
  tier: Tier | null;
  width: number;
  /** The support check's result; null while it has not run. */
  support: SupportResult | null;
  /** The media features of `allow` that the page's own Permissions-Policy forbids. */
  blockedByPage: readonly string[];
  /** Origins the page's Content-Security-Policy refused to frame. */
  blockedByCsp: ReadonlySet<string>;
  /** The camera and microphone permissions, as far as the browser tells; null before asked. */
  permissions: PermissionDeniedDetail | null;
  /** The localized fallback title ("Video meeting"). */
  defaultTitle: string;
  /** The iframe the page's markup put in the element, if it had one. */
  markup: MarkupFrame | null;
  /**
   * Where the page shows the meeting: `here`, a `<vonage-meeting-place>` for it is
   * connected; `gone`, one was and none is now (its route is gone); `none`, none ever was
   * (the meeting is shown in its own box).
   */
  place: 'none' | 'here' | 'gone';
  /** Whether any part of the meeting's place (the place, or the element's own box) is in the viewport; true where it is not measured. */
  placeInView: boolean;
  /** How many times the place came into view or left it while `dock` was `auto` (with `dock="off"` it does not count), plus how many times another place took the meeting. */
  placeChanges: number;
  /** Whether the browser's fullscreen element is this element. */
  fullscreen: boolean;
  record: MeetingRecord;
  now?: number;
}

/**
 * The meeting's iframe as the page wrote it inside the element, before any script: the
 * element adopts it (never re-creating or reloading it) while the frame to show is the same
 * iframe element, that is, with the same `allow` and before any `reload()` or `leave()`.
 */
export interface MarkupFrame {
  /** Its URL (absolute): the meeting's, when the element has no `src` or `room` of its own. */
  src: string;
  /** Its `allow` attribute (empty when it had none): the element's, when the page gave none. */
  allow: string;
  /** Its `title`: the meeting's title, unless `label` is set. */
  title: string;
  /** Its load came before the element was there to hear it. */
  loadedBefore: boolean;
  /** It is still in the element: once replaced by the element's own iframe it is gone for good. */
  present: boolean;
}

/** The frame to show. A new `key` is a new iframe element; a new `document` is a new navigation. */
export interface MeetingFrame {
  /** The frame is the markup's iframe, shown through the element's slot. */
  adopted: boolean;
  /** The adopted frame's document is the markup's, which loaded before the element could hear it. */
  loadedBefore: boolean;
  key: string;
  document: string;
  url: string;
  allow: string;
  title: string;
  loading: 'eager' | 'lazy';
}

export interface MeetingView {
  state: MeetingState;
  error: MeetingError | null;
  frame: MeetingFrame | null;
  /**
   * The frame whose document is being hung up (`MeetingRecord.hangingUp`). While there is
   * one, its iframe is rendered (hidden, inert, without `src`: about:blank) instead of
   * `frame`, which replaces it once it is gone.
   */
  hangingUp: MeetingFrame | null;
  /** The meeting's URL when it passed the policy, shown or not (the fallback's "open in a new tab"). */
  url: string | null;
  /** The title of the meeting: the label, the room's name, or the default. */
  title: string;
  tier: Tier | null;
  width: number;
  features: Features;
  /** Required features the current size lacks (only once the size is known). */
  missing: Feature[];
  /** The support result the page should hear about (null when the check is off). */
  support: SupportResult | null;
  permissions: PermissionDeniedDetail | null;
  /** Whether the page should hold a screen wake lock (`keep-awake` while the meeting is shown). */
  keepAwake: boolean;
  /** Whether leaving the page should ask first (`confirm-leave` while the meeting is shown). */
  confirmLeave: boolean;
  /** Whether to learn, before joining, if the camera or microphone is blocked: the frame may ask for them, and nobody has joined yet. */
  checkPermissions: boolean;
  /** Whether to watch if the meeting's place is in view (`dock="auto"`). */
  watchPlace: boolean;
  /**
   * Whether optional code (docking by itself, the wake lock, the permission check, the
   * webview advice) may load now: not before the meeting's document has loaded, so that
   * the meeting's own request always goes first.
   */
  loadsOptional: boolean;
  /** The meeting's origin, once the user showed an interest in joining: worth a preconnect. */
  preconnect: string | null;
  /** What to show instead of the frame in a browser that cannot run the meeting. */
  fallback: MeetingFallback | null;
  /** The notices to show, in order. */
  notices: Notice[];
  /** The meeting floats in a corner of the viewport, out of its place. */
  docked: boolean;
  /** The meeting is shown over a `<vonage-meeting-place>`'s box. */
  placed: boolean;
  /** Docked because its place is gone: the dock bar offers the way back to the meeting's route, and leaving. */
  returnable: boolean;
  /** The meeting fills the screen. */
  expanded: boolean;
  /** How it fills the screen; `requesting` while the engine has not yet answered a fullscreen request. Null when not expanded. */
  expandMode: ExpandMode | 'requesting' | null;
}

export type ExpandMode = 'fullscreen' | 'viewport';

export interface MeetingFallback {
  /** The support check's first reason: what the user can do. */
  reason: SupportReason | undefined;
  /** Where a new tab can help (an insecure page, or no camera access in this context), the meeting's URL. */
  openUrl: string | null;
}

const withoutFragment = (url: string) => url.split('#')[0];

/** The view of an element that has not derived one yet: nothing has happened. */
export const INITIAL_VIEW: MeetingView = {
  state: 'idle',
  error: null,
  frame: null,
  hangingUp: null,
  url: null,
  title: '',
  tier: null,
  width: 0,
  features: featuresForTier('too-small'),
  missing: [],
  support: null,
  permissions: null,
  keepAwake: false,
  confirmLeave: false,
  checkPermissions: false,
  watchPlace: false,
  loadsOptional: false,
  preconnect: null,
  fallback: null,
  notices: [],
  docked: false,
  placed: false,
  returnable: false,
  expanded: false,
  expandMode: null,
};

/** The required features that `features` lacks, in the seed's order. */
export function missingFeatures(required: readonly Feature[], features: Features): Feature[] {
  return FEATURES.filter((f) => required.includes(f) && !features[f]);
}

/** Derives everything the element shows. */
export function deriveView(input: MeetingInputs): MeetingView {
  const { record, markup } = input;
  const usesSrc = input.src !== null && input.src.trim() !== '';
  const room = usesSrc ? null : input.room;
  // Without a URL of its own, the element shows the markup's: every rule applies to it.
  const src = usesSrc || input.room != null || !markup ? input.src : markup.src;
  const outcome = resolveMeetingUrl({ src, room: input.room, participant: input.participant, allowedHosts: input.allowedHosts, required: record.joined, now: input.now });
  const url = outcome && 'url' in outcome ? outcome.url : null;
  const error = record.left ? null : pageError(input, url) ?? (outcome && 'error' in outcome ? outcome.error : null);
  const support = input.supportCheck === 'off' ? null : input.support;
  const features = featuresForTier(input.tier ?? 'too-small', { autoRecord: autoRecords(room) });
  // The markup's iframe is the frame while it shows the document it loaded with the page. A
  // new `allow`, `reload()`, `join()` after `leave()` and another URL (the element's own
  // `src` or `room`) are a new document: the element's own iframe then replaces it for good.
  const adopted = !!markup?.present && record.reloads === 0 && input.allow === markup.allow && !!url && withoutFragment(url) === withoutFragment(markup.src);
  // The markup's title is the title of the markup's frame only.
  const title = input.label || (adopted ? markup.title : '') || displayName(room) || input.defaultTitle;

  let state: MeetingState;
  if (record.left) state = 'left';
  else if (support?.status === 'unsupported') state = 'unsupported';
  else if (error) state = 'error';
  else if (!url) state = 'idle';
  // The markup's iframe loads with the page: there is no click to wait for.
  else if (input.loading === 'click' && !record.joined && !adopted) state = 'waiting';
  else state = 'loading';

  let frame: MeetingFrame | null = null;
  if (state === 'loading' && url) {
    // One rule for "a new frame": a new allow list or a reload makes a new iframe element
    // (a policy applies when a frame navigates); a new URL navigates the same element. A
    // change of the fragment alone is a same-document navigation: the document stays.
    const key = adopted ? 'adopted' : `${input.allow}\n${record.reloads}`;
    const document = `${key}\n${withoutFragment(url)}`;
    // Until a load of its own says otherwise, the markup's document counts as loaded when it
    // loaded before the element was there: no load event is coming for it.
    const loadedBefore = adopted && markup!.loadedBefore && record.loaded === null;
    frame = { adopted, loadedBefore, key, document, url, allow: input.allow, title, loading: input.loading === 'lazy' ? 'lazy' : 'eager' };
    if (record.loaded === document || loadedBefore) state = 'ready';
  }

  const view: MeetingView = {
    state,
    error,
    frame,
    hangingUp: record.hangingUp,
    url,
    title,
    tier: input.tier,
    width: input.width,
    features,
    missing: input.tier ? missingFeatures(input.requiredFeatures, features) : [],
    support,
    permissions: input.permissions,
    keepAwake: input.keepAwake && frame !== null,
    confirmLeave: input.confirmLeave && frame !== null,
    checkPermissions: !record.joined && /\b(camera|microphone)\b/.test(input.allow),
    watchPlace: input.dock === 'auto',
    // Once the meeting's document has loaded, or while it waits for a click (its request is
    // the user's to make): never before the meeting's own request.
    loadsOptional: state === 'ready' || state === 'waiting',
    preconnect: record.warmed && url ? new URL(url).origin : null,
    fallback: state === 'unsupported' ? fallbackFor(support!, url) : null,
    notices: [],
    docked: docked(input, frame !== null),
    placed: input.place === 'here',
    returnable: input.place === 'gone' && frame !== null,
    expanded: record.expanded,
    expandMode: expandMode(input),
  };
  view.notices = noticesFor(view, record.dismissed);
  return view;
}

/**
 * Docked or in its place. A meeting whose place is gone (the route changed) is docked while
 * it is shown, whatever the page sets, until a place connects again. Otherwise the page's or
 * the user's last choice holds until the place next comes into view or leaves it (which with
 * `dock="off"` never counts) or another place takes the meeting; after that, with
 * `dock="auto"`, the meeting is docked while it is shown and its place is out of view. So an
 * undock by the user holds until the place is in view again, and the next time it leaves,
 * the meeting docks again.
 */
function docked({ dock, place, placeInView, placeChanges, record: { dockChoice } }: MeetingInputs, shown: boolean): boolean {
  if (place === 'gone') return shown;
  if (dockChoice?.since === placeChanges) return dockChoice.docked;
  return dock === 'auto' && shown && !placeInView;
}

/** The Fullscreen API where the engine granted it; the viewport where it was not asked or refused. */
function expandMode({ fullscreen, record }: MeetingInputs): MeetingView['expandMode'] {
  if (!record.expanded) return null;
  if (fullscreen) return 'fullscreen';
  return record.askedFullscreen ? 'requesting' : 'viewport';
}

function fallbackFor(support: SupportResult, url: string | null): MeetingFallback {
  // A new tab helps only where this page's context is the problem (no https, or no camera
  // access here), not where the browser or the device cannot run the meeting.
  const helps = support.reasons.some((r) => r === 'insecure-context' || r === 'no-media-devices');
  return { reason: support.reasons[0], openUrl: helps ? url : null };
}

/** An error of the page itself (its Permissions-Policy or its CSP), which no URL can fix. */
function pageError(input: MeetingInputs, url: string | null): MeetingError | null {
  if (!url) return null;
  const origin = new URL(url).origin;
  if (input.blockedByCsp.has(origin)) {
    return {
      code: 'csp-blocked',
      message: `The page's Content-Security-Policy forbids framing ${origin}: add it to frame-src (e.g. "frame-src ${origin}") in the Content-Security-Policy response header.`,
    };
  }
  const blocked = input.blockedByPage;
  if (!blocked.length) return null;
  return {
    code: 'permissions-policy-blocked',
    message: `The page's Permissions-Policy forbids ${blocked.join(' and ')}: allow them for the meeting's origin in the Permissions-Policy response header, e.g. ${blocked.map((f) => `${f}=(self "${origin}")`).join(', ')}.`,
  };
}

/**
 * The frame that going from one view to the next discards: the iframe `prev` rendered
 * (its frame, unless it was rendering one being hung up) when `next` shows no frame or
 * another iframe element (another key). A new URL in the same iframe is a navigation,
 * which gives the meeting its `beforeunload` by itself.
 */
export function discardedFrame(prev: MeetingView, next: MeetingView): MeetingFrame | null {
  const shown = prev.hangingUp ? null : prev.frame;
  return shown && shown.key !== next.frame?.key ? shown : null;
}

/** The record with the frame `next` discards being hung up (its document no longer counts as loaded), or null when it discards none. */
export function hangingUpRecord(prev: MeetingView, next: MeetingView, record: MeetingRecord): MeetingRecord | null {
  const discarded = discardedFrame(prev, next);
  if (!discarded) return null;
  return { ...record, hangingUp: discarded, loaded: record.loaded === discarded.document ? null : record.loaded };
}

/** An event to fire, with its detail. */
export type MeetingEvent = {
  [K in keyof MeetingEventDetails]: { type: K; detail: MeetingEventDetails[K] };
}[keyof MeetingEventDetails];

const errorKey = (error: MeetingError | null) => (error ? `${error.code} ${error.message}` : '');
const isDenied = (p: PermissionDeniedDetail | null) => p?.camera === 'denied' || p?.microphone === 'denied';
// While the engine has not answered a fullscreen request, the page has not been told of
// the expansion yet: it hears of it once, with the mode the engine chose.
const filling = (view: MeetingView) => view.expanded && view.expandMode !== 'requesting';

/**
 * The events that going from one view to the next announces.
 *
 * The rule: an event that relays a DOM event (the frame's `load`) fires in that event's
 * handler, once per load; a markup frame that loaded before the element was there is
 * announced as loaded here, once, when it is adopted. Every other event comes from here, by comparing what the page
 * was last shown with what it is shown now, so an event never fires for a change that
 * did not happen, and never fails to fire for one that did.
 */
export function viewEvents(prev: MeetingView, next: MeetingView): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  if (next.tier && next.tier !== prev.tier) {
    events.push({ type: 'vonage-meeting-tier-change', detail: { tier: next.tier, previousTier: prev.tier, width: next.width, features: next.features } });
  }
  if (next.error && errorKey(next.error) !== errorKey(prev.error)) events.push({ type: 'vonage-meeting-error', detail: next.error });
  if (next.missing.length && next.missing.join() !== prev.missing.join()) {
    events.push({ type: 'vonage-meeting-feature-unavailable', detail: { missing: next.missing, tier: next.tier! } });
  }
  if (next.support && next.support.status !== 'supported' && next.support !== prev.support) {
    events.push({ type: 'vonage-meeting-unsupported', detail: { support: next.support } });
  }
  if (isDenied(next.permissions) && !isDenied(prev.permissions)) {
    events.push({ type: 'vonage-meeting-permission-denied', detail: next.permissions! });
  }
  if (next.frame?.loadedBefore && !prev.frame?.loadedBefore) events.push({ type: 'vonage-meeting-load', detail: {} });
  if (next.state === 'left' && prev.state !== 'left') events.push({ type: 'vonage-meeting-leave', detail: {} });
  if (next.docked !== prev.docked) events.push({ type: 'vonage-meeting-dock-change', detail: { docked: next.docked } });
  if (filling(next) !== filling(prev)) {
    // Collapsing says which mode it left.
    const mode = (filling(next) ? next.expandMode : prev.expandMode) as ExpandMode;
    events.push({ type: 'vonage-meeting-expand-change', detail: { expanded: filling(next), mode } });
  }
  return events;
}
