import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { AdoptedFrameController } from './controllers/adopted-frame-controller.js';
import { CspController } from './controllers/csp-controller.js';
import { HangUpController } from './controllers/hang-up.js';
import { defaultAllow } from './controllers/frame-allow.js';
import { LanguageController } from './controllers/language-controller.js';
import { featuresBlockedByPage } from './controllers/page-permissions.js';
import { Placement } from './controllers/placement.js';
import { TierController } from './controllers/tier-controller.js';
import { warnOfRole } from './controllers/aria-role.js';
import { PageEffects } from './effects/page-effects.js';
import type { MeetingError, VonageMeetingEventMap } from './events.js';
import type { Messages } from './i18n/messages.js';
import { meetingStyles } from './styles/meeting.js';
import { noticeStyles } from './styles/notices.js';
import { placementStyles } from './styles/placement.js';
import { meetingTemplate } from './templates.js';
import { pageInputs } from './view/inputs.js';
import { DEFAULT_ALLOWED_HOSTS } from './view/meeting-url.js';
import { deriveView, hangingUpRecord, INITIAL_VIEW, NEW_RECORD, viewEvents, type MeetingInputs, type MeetingRecord, type MeetingState, type MeetingView } from './view/meeting-view.js';
import type { MeetingRoom } from './view/room.js';
import type { VonageMeetingPlace } from './vonage-meeting-place.js';
import { checkSupport, type SupportResult } from './view/support.js';
import type { Features, Tier } from './view/tiers.js';
export { DEFAULT_ALLOW } from './controllers/frame-allow.js';
export type { MeetingState } from './view/meeting-view.js';

/**
 * @summary Embeds a hosted video meeting in an iframe that may use the camera, microphone
 * and screen; knows which meeting features its size offers and whether the browser can run it.
 *
 * @fires vonage-meeting-load - `{}`: the frame finished loading.
 * @fires vonage-meeting-error - `{ code, message }` (`MeetingError`): the element cannot show the meeting.
 * @fires vonage-meeting-tier-change - `{ tier, previousTier, width, features }` (`TierChangeDetail`): the size tier changed.
 * @fires vonage-meeting-unsupported - `{ support }` (`UnsupportedDetail`): the support check found `unlisted` or `unsupported`.
 * @fires vonage-meeting-feature-unavailable - `{ missing, tier }` (`FeatureUnavailableDetail`): a required feature is not available at this size.
 * @fires vonage-meeting-leave - `{}`: after `leave()`.
 * @fires vonage-meeting-permission-denied - `{ camera, microphone }` (`PermissionDeniedDetail`): the browser reports camera or microphone as `denied`.
 * @fires vonage-meeting-dock-change - `{ docked }` (`DockChangeDetail`): the meeting docked to a corner of the viewport, or went back to its place.
 * @fires vonage-meeting-expand-change - `{ expanded, mode }` (`ExpandChangeDetail`, mode `fullscreen` or `viewport`): the meeting filled the screen, or left it.
 * @fires vonage-meeting-return - `{}`: the user asked, from the dock bar of a meeting whose place is gone, to return to the meeting (the app navigates to its route).
 *
 * @attr {'too-small' | 'small' | 'medium' | 'large'} tier - Read-only, reflected: the size tier, from the element's content-box width. Style on it: `vonage-meeting[tier='small']`.
 * @attr {'idle' | 'waiting' | 'loading' | 'ready' | 'error' | 'unsupported' | 'left'} state - Read-only, reflected: what the element is doing. `ready` only while the frame's current document has loaded.
 *
 * @slot - The default slot: the meeting's own `<iframe>`, written by a server or by hand, so that the meeting loads with the page and without script. The element adopts it where it is, without reloading it.
 * @slot loading - Shown while the frame loads. Default: an announced "Loading the meeting…".
 * @slot join - With `loading="click"`, shown instead of the frame until the user joins. A `<button>` in it joins; so does calling `join()`. Default: the room's name, a line that the meeting will ask for the camera and microphone, and a "Join the meeting" button.
 * @slot unsupported - Shown instead of the frame when the browser cannot run the meeting. Default: what is wrong, what to do, and a link to open the meeting in a new tab.
 *
 * @csspart frame - The meeting iframe.
 * @csspart loading - The default loading indicator.
 * @csspart notice - Every notice: errors, browser support, size, permissions, left.
 * @csspart button - The buttons inside notices (dismiss, join, join again).
 * @csspart placeholder - The default join placeholder of `loading="click"` (also a `notice`).
 * @csspart dock-bar - The bar over the docked meeting: its title and the way back to its place.
 * @csspart undock-button - The dock bar's button that takes the meeting back to its place.
 * @csspart return-button - The dock bar's "Return to the meeting", while the meeting's place is gone (its route changed).
 * @csspart leave-button - The dock bar's "Leave", while the meeting's place is gone.
 * @csspart expand-button - The button that expands the meeting to fill the screen and collapses it.
 *
 * @cssprop [--vonage-meeting-background=#111827] - Behind the frame and the full-size notices.
 * @cssprop [--vonage-meeting-border=0] - The frame's border.
 * @cssprop [--vonage-meeting-radius=0] - The corner radius of the element.
 * @cssprop [--vonage-meeting-notice-background=#fff] - The background of notices and the loading indicator (`#1f2937` in a dark colour scheme).
 * @cssprop [--vonage-meeting-notice-color=#111827] - The text colour of notices and the loading indicator (`#f9fafb` in a dark colour scheme).
 * @cssprop [--vonage-meeting-accent=#6d28d9] - Buttons, links and the focus ring (the ring is `#a78bfa` in a dark colour scheme).
 * @cssprop [--vonage-meeting-dock-width=360px] - The docked meeting's width (360 px is the small tier: microphone, video and end meeting).
 * @cssprop [--vonage-meeting-dock-inset=16px] - The docked meeting's distance from the viewport's bottom and end edges.
 * @cssprop [--vonage-meeting-dock-shadow=0 8px 24px rgb(0 0 0 / 0.35)] - The docked meeting's shadow.
 */
export class VonageMeeting extends LitElement {
  static override styles = [meetingStyles, placementStyles, noticeStyles];

  /** The meeting URL. Wins over `room` when both are set. */
  @property() src = '';
  /** A Meetings API room object (`MeetingRoom`); `participant` picks its link. */
  @property({ attribute: false }) room: MeetingRoom | null = null;
  /** `guest` or `host`: which link of `room` to open. Any other value opens the guest link. */
  @property() participant: 'guest' | 'host' = 'guest';
  /** Space-separated host names the meeting URL may have; `*.example.com` matches its subdomains. */
  @property({ attribute: 'allowed-hosts' }) allowedHosts: string = DEFAULT_ALLOWED_HOSTS;
  /** The iframe's accessible title. Default: the room's `display_name`, else "Video meeting" in the element's language. */
  @property() label = '';
  /** `eager`, `lazy`, or `click`: the frame is made when the user joins (state `waiting` until then). */
  @property() loading: 'eager' | 'lazy' | 'click' = 'eager';
  /** `on` or `off`: check the browser against the supported list before loading. */
  @property({ attribute: 'support-check' }) supportCheck: 'on' | 'off' = 'on';
  /** Space-separated feature names (kebab-case) the page needs; a notice and an event say when the size lacks one. */
  @property({ attribute: 'required-features' }) requiredFeatures = '';
  /** While the meeting is shown and the page visible, hold a screen wake lock so the screen stays on. */
  @property({ attribute: 'keep-awake', type: Boolean }) keepAwake = false;
  /** While the meeting is shown, closing, reloading or leaving the page asks for confirmation first. */
  @property({ attribute: 'confirm-leave', type: Boolean }) confirmLeave = false;
  /** `off` or `auto`: `auto` docks the meeting to a corner of the viewport while it is shown and its place is scrolled out of view. */
  @property() dock: 'off' | 'auto' = 'off';
  /** Overrides of the element's own words, in whichever language it speaks (see `Messages`). */
  @property({ attribute: false }) messages: Partial<Messages> | null = null;
  /** The language of the element's own words. Without it, the room's `ui_settings.language` (unless `default`), then the page's nearest `lang`. Other languages than English need their module: `vonage-meeting-element/locales/de`. */
  @property({ reflect: true }) override lang!: string;

  // The tier is the size of the box that holds the frame, which docked or expanded is not the host's.
  #tiers = new TierController(this, () => this.renderRoot?.querySelector('.stage'));
  #language = new LanguageController(this);
  #csp = new CspController(this);
  #markup = new AdoptedFrameController(this, () => this.#view, (event) => this.#loaded(event));
  #hangUp = new HangUpController(this, () => this.#view, (frame) => this.#record.hangingUp === frame && this.#act({ hangingUp: null }));
  #placement = new Placement(this, (change) => this.#act(change), () => this.#view, () => this.#tiers.measure());
  #effects = new PageEffects(this, () => this.#view, () => this.#support);
  // The page's own `allow`, null when it gave none.
  #allow: string | null = null;
  // Measured once: the browser does not change under the page.
  #support: SupportResult | null = null;
  // What the user did; everything else the element shows is derived from it and the inputs.
  #record: MeetingRecord = NEW_RECORD;
  #view: MeetingView = INITIAL_VIEW;
  // The view the page was last told about: events are the difference to the next one.
  #announced: MeetingView = INITIAL_VIEW;

  /**
   * The iframe's permissions policy. Default: the `allow` of the page's own iframe inside the
   * element, else the tokens of `DEFAULT_ALLOW` this engine recognises. A page-given value
   * replaces it whole; changing it makes a new frame, since a policy applies when a frame navigates.
   */
  @property({ noAccessor: true })
  get allow(): string { return this.#allow ?? this.#markup.markup?.allow ?? defaultAllow(); }

  set allow(value: string | null) {
    const old = this.allow;
    this.#allow = typeof value === 'string' ? value : null;
    this.requestUpdate('allow', old);
  }

  // Settable, yet derived: the setter records the choice, the getter reads the view.

  /** Whether the meeting is docked to a corner of the viewport (reflected). Setting it docks or undocks; with `dock="auto"` until the place comes into view or leaves it. */
  @property({ type: Boolean, noAccessor: true })
  get docked(): boolean { return this.#current().docked; }

  set docked(value: boolean) {
    if (Boolean(value) !== this.docked) this.#placement.dock(Boolean(value));
  }

  /** Whether the meeting fills the screen (reflected): with the Fullscreen API where the engine allows it (a user's gesture), else the viewport. */
  @property({ type: Boolean, noAccessor: true })
  get expanded(): boolean { return this.#current().expanded; }

  set expanded(value: boolean) {
    if (Boolean(value) !== this.expanded) this.#placement.expand(Boolean(value));
  }

  /** The size tier, from the element's content-box width (reflected as the `tier` attribute). */
  get tier(): Tier { return this.#current().tier ?? 'too-small'; }

  /** The meeting features available at the current size. */
  get features(): Features { return this.#current().features; }

  /** What the element is doing (reflected as the `state` attribute). */
  get state(): MeetingState { return this.#current().state; }

  /** Why the meeting cannot be shown, or null. */
  get error(): MeetingError | null { return this.#current().error; }

  /** The `<vonage-meeting-place>` the meeting is shown in, or null. */
  get place(): VonageMeetingPlace | null { return this.#placement.place as VonageMeetingPlace | null; }

  /** The result of the browser support check; null when `support-check="off"` or before connecting. */
  get support(): SupportResult | null { return this.supportCheck === 'off' ? null : this.#support; }

  /** Loads the meeting again in a new frame. */
  reload() { this.#act({ joined: true, left: false, reloads: this.#record.reloads + 1 }); }

  /** Ends this participant's session (state `left`): the frame hangs up, then goes; the promise settles when it is gone. Call it before removing the element. */
  leave(): Promise<void> {
    const shown = this.#view.hangingUp ?? this.#view.frame;
    const gone = this.#hangUp.leave(shown && (shown.adopted ? this.#markup.child : this.renderRoot.querySelector('iframe')));
    this.#act({ left: true });
    return gone;
  }

  /** Loads the meeting again after `leave()` (in a new frame); does nothing while it is shown. */
  join() {
    const { left, reloads } = this.#record;
    this.#act({ joined: true, left: false, reloads: left ? reloads + 1 : reloads });
  }

  override connectedCallback() {
    super.connectedCallback();
    warnOfRole(this);
    // Put somewhere else on the page, it may inherit another language.
    this.requestUpdate();
  }

  // Moved with moveBefore(), it may speak another language (Firefox 153 reloads its frame).
  connectedMoveCallback() {
    this.requestUpdate();
  }

  override willUpdate() {
    if (this.supportCheck !== 'off' && !this.#support) this.#support = checkSupport();
    const usesSrc = typeof this.src === 'string' && this.src.trim() !== '';
    this.#language.choose(usesSrc ? null : this.room, this.messages);
    this.#placement.readPlace();
    const view = deriveView(this.#inputs());
    // A frame this view no longer shows is hung up before it goes.
    const record = hangingUpRecord(this.#view, view, this.#record);
    if (record) this.#record = record;
    this.#view = record ? deriveView(this.#inputs()) : view;
  }

  // `updateComplete` waits for the code that draws a placed meeting over its place.
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#placement.drawn();
    return super.getUpdateComplete();
  }

  override updated() {
    const view = this.#view;
    for (const [name, value] of [['state', view.state], ['tier', view.tier ?? '']]) if (value && this.getAttribute(name) !== value) this.setAttribute(name, value);
    for (const name of ['docked', 'expanded'] as const) if (this.hasAttribute(name) !== view[name]) this.toggleAttribute(name, view[name]);
    const events = viewEvents(this.#announced, view);
    this.#announced = view;
    for (const { type, detail } of events) {
      if (type === 'vonage-meeting-error') console.warn(`<vonage-meeting>: ${detail.message}`);
      this.#emit(type, detail);
    }
  }

  #inputs(): MeetingInputs {
    const { allow } = this;
    return {
      ...pageInputs(this),
      allow,
      // Measured where the meeting is drawn: over its place only once it is there.
      tier: this.#placement.inPlace ? this.#tiers.tier : null,
      width: this.#tiers.width,
      support: this.#support,
      blockedByPage: featuresBlockedByPage(this.ownerDocument, allow),
      blockedByCsp: this.#csp.blocked,
      permissions: this.#effects.permissions,
      defaultTitle: this.#language.text.title,
      markup: this.#markup.markup,
      ...this.#placement.inputs(),
      record: this.#record,
    };
  }

  // The view as it is now: the last one rendered, or, while an update is pending (a
  // property was just set, `reload()` was just called), the one it will render.
  #current(): MeetingView {
    return this.isUpdatePending ? deriveView(this.#inputs()) : this.#view;
  }

  #act(change: Partial<MeetingRecord>) {
    this.#record = { ...this.#record, ...change };
    this.requestUpdate();
  }

  // Made before it is dispatched: the manifest analyzer would read `dispatchEvent(new
  // CustomEvent(type))` as an event named "type"; the events are the @fires tags above.
  #emit<K extends keyof VonageMeetingEventMap>(type: K, detail: VonageMeetingEventMap[K]['detail']) {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }

  #loaded(event: Event) {
    if (this.#hangUp.unloaded(event)) return;
    this.#act({ loaded: this.#view.frame?.document ?? null });
    this.#emit('vonage-meeting-load', {});
  }

  // A user's join from the placeholder: a keyboard user lands in the meeting. `join()`
  // from script leaves focus where it is.
  #userJoins = () => {
    const fromPlaceholder = this.state === 'waiting';
    this.join();
    if (fromPlaceholder) this.updateComplete.then(() => this.renderRoot.querySelector('iframe')?.focus());
  };

  override render() {
    const { lang, dir, text: words } = this.#language;
    return meetingTemplate(this.#view, {
      words,
      lang,
      dir,
      join: this.#userJoins,
      dismiss: (id) => this.#act({ dismissed: new Set(this.#record.dismissed).add(id) }),
      warm: () => this.#record.warmed || this.#act({ warmed: true }),
      undock: this.#placement.undock,
      returnToMeeting: () => this.#emit('vonage-meeting-return', {}),
      leave: () => this.leave(),
      tabOut: (atEnd, from) => this.#placement.tabOut(atEnd, from),
      toggleExpanded: () => (this.expanded = !this.expanded),
      warmExpand: this.#placement.warm,
      loaded: (event) => this.#loaded(event),
    });
  }
}
