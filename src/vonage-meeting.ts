import { LitElement, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { AdoptedFrameController } from './adopted-frame-controller.js';
import type { MeetingError, VonageMeetingEventMap } from './events.js';
import { CspController } from './csp-controller.js';
import { DEFAULT_ALLOWED_HOSTS } from './meeting-url.js';
import { defaultAllow } from './frame-allow.js';
import { LanguageController } from './language-controller.js';
import { deriveView, discardedFrame, showsMoreThanFirstFrame, INITIAL_VIEW, NEW_RECORD, viewEvents, type MeetingFrame, type MeetingInputs, type MeetingRecord, type MeetingState, type MeetingView } from './meeting-view.js';
import { LaterController } from './later-controller.js';
import type { Messages } from './messages.js';
import { dockBar, expandButton, fallbackTemplate, noticesTemplate, placeholderTemplate, type MeetingContext } from './meeting-templates.js';
import { OnDemandController } from './on-demand-controller.js';
import { Placement } from './placement.js';
import { featuresBlockedByPage } from './page-permissions.js';
import { styles } from './styles.js';
import { checkSupport, type SupportResult } from './support.js';
import { TierController } from './tier-controller.js';
import type { Features, Tier } from './tiers.js';

export { DEFAULT_ALLOW } from './frame-allow.js';
export type { MeetingState } from './meeting-view.js';

/** How long, at most, a discarded frame's about:blank navigation may take to unload the meeting. */
const HANG_UP_TIMEOUT = 1000;

// Where leave() keeps the frame it hangs up: a hidden box of the page's own, so that a page
// or a framework removing the element right after leave() does not remove the frame too.
// A frame removed before its about:blank navigation has run the meeting's beforeunload
// never gets it: removed in the same task, or the next, about half of them did not
// (Chromium 156); kept, all did. Moved there with moveBefore(), which keeps its document,
// where the engine has it; elsewhere the frame stays in the element.
let parking: HTMLElement | undefined;
function park(iframe: HTMLIFrameElement) {
  const doc = iframe.ownerDocument;
  // A frame already out of the page (the element removed first) has nothing left to keep.
  if (!('moveBefore' in iframe) || !iframe.isConnected) return;
  if (parking?.ownerDocument !== doc || !parking.isConnected) {
    parking = doc.createElement('div');
    parking.style.display = 'none';
    doc.body.append(parking);
  }
  (parking as HTMLElement & { moveBefore(node: Node, child: Node | null): void }).moveBefore(iframe, null);
}

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
 *
 * @attr lang - The language of the element's own words. Without it, the room's `ui_settings.language` (unless `default`), then the page's nearest `lang`. Other languages than English need their module: `vonage-meeting-element/locales/de`.
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
  static override styles = styles;

  static override properties = {
    src: {},
    room: { attribute: false },
    role: {},
    allowedHosts: { attribute: 'allowed-hosts' },
    // Its accessors are the element's own: the property reads the list the frame really got.
    allow: { noAccessor: true },
    label: {},
    loading: {},
    supportCheck: { attribute: 'support-check' },
    requiredFeatures: { attribute: 'required-features' },
    keepAwake: { attribute: 'keep-awake', type: Boolean },
    confirmLeave: { attribute: 'confirm-leave', type: Boolean },
    dock: {},
    // Their accessors are below: they read the view and record the setting.
    docked: { type: Boolean, noAccessor: true },
    expanded: { type: Boolean, noAccessor: true },
    messages: { attribute: false },
    lang: { reflect: true },
  };

  /** The meeting URL. Wins over `room` when both are set. */
  declare src: string;
  /** A Meetings API room object (`MeetingRoom`); `role` picks its link. */
  declare room: unknown;
  /** `guest` or `host`: which link of `room` to open. Any other value opens the guest link. */
  declare role: string;
  /** Space-separated host names the meeting URL may have; `*.example.com` matches its subdomains. */
  declare allowedHosts: string;
  /** The iframe's accessible title. Default: the room's `display_name`, else "Video meeting" in the element's language. */
  declare label: string;
  /** `eager`, `lazy`, or `click`: the frame is made when the user joins (state `waiting` until then). */
  declare loading: string;
  /** `on` or `off`: check the browser against the supported list before loading. */
  declare supportCheck: string;
  /** Space-separated feature names (kebab-case) the page needs; a notice and an event say when the size lacks one. */
  declare requiredFeatures: string;
  /** While the meeting is shown and the page visible, hold a screen wake lock so the screen stays on. */
  declare keepAwake: boolean;
  /** While the meeting is shown, closing, reloading or leaving the page asks for confirmation first. */
  declare confirmLeave: boolean;
  /** `off` or `auto`: `auto` docks the meeting to a corner of the viewport while it is shown and its place is scrolled out of view. */
  declare dock: string;
  /** Overrides of the element's own words, in whichever language it speaks (see `Messages`). */
  declare messages: Partial<Messages> | null;

  // The tier is the size of the box that holds the frame, which docked or expanded is not the host's.
  #tiers = new TierController(this, () => this.renderRoot?.querySelector('.stage'));
  #language = new LanguageController(this);
  #later = new LaterController(this);
  #csp = new CspController(this);
  // Loaded on demand: most meetings never need them, or not before their first frame.
  #permissions = new OnDemandController(
    this,
    () => !this.#record.joined && /camera|microphone/.test(this.allow),
    async () => (await import('./permission-controller.js')).PermissionController,
  );
  #markup = new AdoptedFrameController(this, () => this.#view, (event) => this.#onLoad(event));
  // The page's own `allow`, null when it gave none.
  #allow: string | null = null;
  #placement = new Placement(this, (change) => this.#act(change));
  // Measured once: the browser does not change under the page.
  #support: SupportResult | null = null;
  // What the user did; everything else the element shows is derived from it and the inputs.
  #record: MeetingRecord = NEW_RECORD;
  #view: MeetingView = INITIAL_VIEW;
  // The view the page was last told about: events are the difference to the next one.
  #announced: MeetingView = INITIAL_VIEW;
  // `leave()` calls waiting for the frame they discarded to be gone.
  #leaving: Array<() => void> = [];
  // The frame leave() moved out of the element while it is hung up.
  #parked: Element | null = null;

  constructor() {
    super();
    // What the view asks of the page beyond the element: each follows the view after every
    // update, while the element is in the page (a removed element still updates, e.g. when
    // a frame it hung up is gone).
    new OnDemandController(this, () => this.isConnected && this.#view.keepAwake, async () => (await import('./wake-lock-controller.js')).WakeLockController);
    new OnDemandController(this, () => this.isConnected && this.#view.confirmLeave, async () => (await import('./leave-guard-controller.js')).LeaveGuardController);
    new OnDemandController(this, () => (this.isConnected ? this.#view.preconnect : null), async () => (await import('./preconnect-controller.js')).PreconnectController);
    this.src = '';
    this.room = null;
    this.role = 'guest';
    this.allowedHosts = DEFAULT_ALLOWED_HOSTS;
    this.label = '';
    this.loading = 'eager';
    this.supportCheck = 'on';
    this.requiredFeatures = '';
    this.keepAwake = false;
    this.confirmLeave = false;
    this.dock = 'off';
    this.messages = null;
  }

  /**
   * The iframe's permissions policy. Default: the `allow` of the page's own iframe inside the
   * element, else the tokens of `DEFAULT_ALLOW` this engine recognises. A page-given value
   * replaces it whole; changing it makes a new frame, since a policy applies when a frame navigates.
   */
  get allow(): string {
    return this.#allow ?? this.#markup.markup?.allow ?? defaultAllow();
  }

  set allow(value: string | null) {
    const old = this.allow;
    this.#allow = typeof value === 'string' ? value : null;
    this.requestUpdate('allow', old);
  }

  // `docked` and `expanded` are settable and reflected, yet derived like everything else:
  // setting one records the page's choice (`MeetingRecord`), the getter reads the view, and
  // the attribute reflects the view. Reflecting gives the setter the view's own value, which
  // records nothing. So the auto rule never writes the property: it is a rule of the view.

  /** Whether the meeting is docked to a corner of the viewport (reflected). Setting it docks or undocks; with `dock="auto"` until the place comes into view or leaves it. */
  get docked(): boolean {
    return this.#current().docked;
  }

  set docked(value: boolean) {
    const docked = Boolean(value);
    if (docked !== this.docked) this.#placement.dock(docked);
  }

  /** Whether the meeting fills the screen (reflected): with the Fullscreen API where the engine allows it (a user's gesture), else the viewport. */
  get expanded(): boolean {
    return this.#current().expanded;
  }

  set expanded(value: boolean) {
    const expanded = Boolean(value);
    if (expanded !== this.expanded) this.#placement.expand(expanded);
  }

  /** The size tier, from the element's content-box width (reflected as the `tier` attribute). */
  get tier(): Tier {
    return this.#current().tier ?? 'too-small';
  }

  /** The meeting features available at the current size. */
  get features(): Features {
    return this.#current().features;
  }

  /** What the element is doing (reflected as the `state` attribute). */
  get state(): MeetingState {
    return this.#current().state;
  }

  /** Why the meeting cannot be shown, or null. */
  get error(): MeetingError | null {
    return this.#current().error;
  }

  /** The result of the browser support check; null when `support-check="off"` or before connecting. */
  get support(): SupportResult | null {
    return this.supportCheck === 'off' ? null : this.#support;
  }

  /** Loads the meeting again in a new frame. */
  reload() {
    this.#act({ joined: true, left: false, reloads: this.#record.reloads + 1 });
  }

  /**
   * Ends this participant's session: state `left` at once. The frame is navigated to
   * about:blank first (the meeting's `beforeunload`, where it hangs up) and removed once
   * that has unloaded it, within 1 s; the promise settles when it is gone. Call it before
   * removing the element.
   */
  leave(): Promise<void> {
    const { frame, hangingUp } = this.#view;
    // At once, not at the next update: a page (or the React wrapper) may remove the element
    // right after this call. Removing `src` navigates to about:blank (a frame already being
    // hung up has none), and the frame waits for that out of the element (park).
    const shown = hangingUp ?? frame;
    const iframe = shown && (shown.adopted ? this.#markup.child : this.renderRoot.querySelector('iframe'));
    if (iframe) {
      iframe.removeAttribute('src');
      park((this.#parked = iframe));
    }
    this.#act({ left: true });
    // Settles after the first update that renders no frame being hung up.
    return new Promise((gone) => (frame || hangingUp ? this.#leaving.push(gone) : gone()));
  }

  /** Loads the meeting again after `leave()` (in a new frame); does nothing while it is shown. */
  join() {
    const { left, reloads } = this.#record;
    this.#act({ joined: true, left: false, reloads: left ? reloads + 1 : reloads });
  }

  override connectedCallback() {
    super.connectedCallback();
    // Put somewhere else on the page, it may inherit another language.
    this.requestUpdate();
  }

  // Moved with moveBefore(): the frame keeps its document, and nothing needs redoing.
  connectedMoveCallback() {}

  override willUpdate() {
    if (this.supportCheck !== 'off' && !this.#support) {
      this.#support = checkSupport();
      // Advice for the app's developer, loaded only inside an app's webview.
      const { webview } = this.#support;
      if (webview) import('./webview-advice.js').then(({ webviewAdvice }) => webviewAdvice(webview));
    }
    this.#language.choose(this.#usesSrc ? null : this.room, this.messages);
    this.#placement.follow(this.dock);
    let view = deriveView(this.#inputs());
    // A frame that this view no longer shows is hung up before it goes. Its document no
    // longer counts as loaded.
    const discarded = discardedFrame(this.#view, view);
    if (discarded) {
      const { loaded } = this.#record;
      this.#record = { ...this.#record, hangingUp: discarded, loaded: loaded === discarded.document ? null : loaded };
      view = deriveView(this.#inputs());
    }
    this.#view = view;
  }

  // `updateComplete` also waits for the words and looks of what the view shows beyond the
  // first frame (they load beside it), so what resolves it is what the user sees.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const shown = this.#language.text !== null && this.#later.styled;
    if (shown || !showsMoreThanFirstFrame(this.#view)) return done;
    await this.#later.load();
    return super.getUpdateComplete();
  }

  override updated() {
    const view = this.#view;
    this.#reflect('state', view.state);
    if (view.tier) this.#reflect('tier', view.tier);
    for (const name of ['docked', 'expanded'] as const) if (this.hasAttribute(name) !== view[name]) this.toggleAttribute(name, view[name]);
    const events = viewEvents(this.#announced, view);
    // Joined from the placeholder: a keyboard user lands in the meeting.
    if (this.#announced.state === 'waiting' && view.frame) this.renderRoot.querySelector('iframe')?.focus();
    // A frame being hung up goes at its about:blank load (#onLoad), or after a second.
    const { hangingUp } = view;
    if (hangingUp && hangingUp !== this.#announced.hangingUp) setTimeout(() => this.#hungUp(hangingUp), HANG_UP_TIMEOUT);
    if (!hangingUp) {
      this.#parked?.remove();
      this.#parked = null;
      for (const gone of this.#leaving.splice(0)) gone();
    }
    this.#announced = view;
    for (const { type, detail } of events) {
      if (type === 'vonage-meeting-error') console.warn(`<vonage-meeting>: ${detail.message}`);
      this.#emit(type, detail);
    }
  }

  get #usesSrc() {
    return typeof this.src === 'string' && this.src.trim() !== '';
  }

  #inputs(): MeetingInputs {
    const { allow } = this;
    return {
      src: this.src,
      room: this.room,
      role: this.role,
      allowedHosts: this.allowedHosts,
      allow,
      label: this.label,
      loading: this.loading,
      supportCheck: this.supportCheck,
      requiredFeatures: this.requiredFeatures,
      keepAwake: this.keepAwake === true,
      confirmLeave: this.confirmLeave === true,
      tier: this.#tiers.tier,
      width: this.#tiers.width,
      support: this.#support,
      blockedByPage: featuresBlockedByPage(this.ownerDocument, allow),
      blockedByCsp: this.#csp.blocked,
      permissions: this.#permissions.controller?.permissions ?? null,
      defaultTitle: this.#language.first.title,
      markup: this.#markup.markup,
      ...this.#placement.inputs(this.dock),
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

  #reflect(name: string, value: string) {
    if (this.getAttribute(name) !== value) this.setAttribute(name, value);
  }

  // The event is made before it is dispatched: the manifest analyzer reads a
  // `dispatchEvent(new CustomEvent(name))` call as an event called `name`, and the element's
  // events are listed by their @fires tags instead.
  #emit<K extends keyof VonageMeetingEventMap>(type: K, detail: VonageMeetingEventMap[K]['detail']) {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }

  #onLoad(event: Event) {
    const iframe = event.target as HTMLIFrameElement;
    if (iframe.hasAttribute('src')) {
      this.#act({ loaded: this.#view.frame?.document ?? null });
      this.#emit('vonage-meeting-load', {});
    }
    // A frame being hung up has no `src`: its load is about:blank's (the meeting's, were it
    // still coming, is of another origin, or another URL): the meeting has unloaded.
    else if (iframe.contentDocument?.URL == 'about:blank') this.#hungUp(this.#view.hangingUp);
  }

  // The frame being hung up is gone from the view: the frame to show replaces it.
  #hungUp(frame: MeetingFrame | null) {
    if (frame && this.#record.hangingUp === frame) this.#act({ hangingUp: null });
  }

  #undock = () => {
    this.docked = false;
    // The dock bar goes with its button: focus stays in the meeting.
    this.#placement.focusExpandButton();
  };

  #toggleExpanded = () => (this.expanded = !this.expanded);

  #context(words: Messages, lang: string, dir: 'ltr' | 'rtl'): MeetingContext {
    return {
      words,
      lang,
      dir,
      join: this.join,
      dismiss: (id) => this.#act({ dismissed: new Set(this.#record.dismissed).add(id) }),
      warm: () => this.#record.warmed || this.#act({ warmed: true }),
    };
  }

  override render() {
    const view = this.#view;
    const { frame } = view;
    const { lang, dir, text: words, first } = this.#language;
    // Notices and controls wait for their words and looks (they load beside the first
    // frame), so each is announced once, whole, when it is added.
    const context: MeetingContext | null = words && this.#later.styled ? this.#context(words, lang, dir) : null;
    // Docking and expanding restyle `.meeting`; nothing here moves or remakes the frame.
    // Notices come before the frame: read, and reached with Tab, before the meeting itself.
    // Errors are alerts, inserted when they happen. Everything else is announced politely by
    // one live region that is always there, so a notice is read once, when it is added.
    return html`<div class="meeting">
      ${context && view.docked ? dockBar(view, context, this.#undock) : nothing}
      <div class="stage">
        ${context && view.fallback ? fallbackTemplate(view.fallback, context) : nothing}
        ${context ? noticesTemplate(view, context, (row) => row.politeness === 'assertive') : nothing}
        <div role="status" aria-atomic="false" aria-relevant="additions" lang=${lang} dir=${dir}>
          ${view.state === 'loading' ? html`<slot name="loading"><div part="loading" role="status">${first.loading}</div></slot>` : nothing}
          ${context && view.state === 'waiting' ? placeholderTemplate(view, context) : nothing}
          ${context ? noticesTemplate(view, context, (row) => row.politeness === 'polite' && row.layout === 'full') : nothing}
          <div class="notices">${context ? noticesTemplate(view, context, (row) => row.layout === 'banner') : nothing}</div>
        </div>
        ${this.#frame(view)}
        ${context && (frame || view.expanded) ? expandButton(view, context, this.#toggleExpanded, this.#placement.warm) : nothing}
      </div>
    </div>`;
  }

  #frame({ frame: shown, hangingUp }: MeetingView) {
    // A frame being hung up stays, the same iframe element (the same key), until it is gone:
    // the frame to show comes after it.
    const frame = hangingUp ?? shown;
    if (!frame) return nothing;
    // The page's own iframe stays where the page put it, in the light DOM: a slot shows it
    // (and, left unslotted, hides it while it is hung up).
    if (frame.adopted) return hangingUp ? nothing : html`<slot></slot>`;
    return keyed(
      frame.key,
      // Hung up, it has no `src` (removing it navigates the frame to about:blank), no part,
      // and is hidden and inert: nothing shows, focuses or announces it. `allow` comes
      // before `src`: when the next frame reuses this iframe (the same key), its policy is
      // in place before it navigates. `loading` matters only for a frame's first load, and
      // Firefox (observed in 153) reloads a loaded frame whose `loading` attribute changes:
      // set once per frame.
      html`<iframe
        part=${hangingUp ? nothing : 'frame'}
        allow=${frame.allow}
        src=${hangingUp ? nothing : frame.url}
        title=${frame.title}
        ?hidden=${!!hangingUp}
        ?inert=${!!hangingUp}
        referrerpolicy="strict-origin-when-cross-origin"
        loading=${guard([frame.key], () => frame.loading)}
        @load=${this.#onLoad}
      ></iframe>`,
    );
  }
}
