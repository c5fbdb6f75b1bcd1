import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { MeetingError, VonageMeetingEventMap } from './events.js';
import { resolveMeetingUrl, DEFAULT_ALLOWED_HOSTS } from './meeting-url.js';
import { adviseLocale, chooseLanguage, isRightToLeft, pageLanguage, roomLanguage } from './language.js';
import { en, format, localeOf, type Messages } from './messages.js';
import { featuresBlockedByPage, mediaPermissions } from './page-permissions.js';
import { autoRecords, displayName } from './room.js';
import { styles } from './styles.js';
import { checkSupport, type SupportResult } from './support.js';
import { TierController } from './tier-controller.js';
import { FEATURES, featureFromKebab, featuresForTier, minWidthFor, TIER_MIN_WIDTH, type Feature, type Features, type Tier } from './tiers.js';
import { webviewAdvice } from './webview-advice.js';

/** The iframe's default permissions policy: camera, microphone, screen sharing, autoplay, fullscreen. */
export const DEFAULT_ALLOW = 'camera; microphone; display-capture; autoplay; fullscreen';

/** What the element is doing. */
export type MeetingState = 'idle' | 'loading' | 'ready' | 'error' | 'unsupported' | 'left';

const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

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
 *
 * @attr lang - The language of the element's own words. Without it, the room's `ui_settings.language` (unless `default`), then the page's nearest `lang`. Other languages than English need their module: `vonage-meeting-element/locales/de`.
 *
 * @slot loading - Shown while the frame loads. Default: an announced "Loading the meeting…".
 * @slot unsupported - Shown instead of the frame when the browser cannot run the meeting. Default: what is wrong, what to do, and a link to open the meeting in a new tab.
 *
 * @csspart frame - The meeting iframe.
 * @csspart loading - The default loading indicator.
 * @csspart notice - Every notice: errors, browser support, size, permissions, left.
 * @csspart button - The buttons inside notices (dismiss, join again).
 *
 * @cssprop [--vonage-meeting-background=#111827] - Behind the frame and the full-size notices.
 * @cssprop [--vonage-meeting-border=0] - The frame's border.
 * @cssprop [--vonage-meeting-radius=0] - The corner radius of the element.
 * @cssprop [--vonage-meeting-notice-background=#fff] - The background of notices and the loading indicator (`#1f2937` in a dark colour scheme).
 * @cssprop [--vonage-meeting-notice-color=#111827] - The text colour of notices and the loading indicator (`#f9fafb` in a dark colour scheme).
 * @cssprop [--vonage-meeting-accent=#6d28d9] - Buttons, links and the focus ring (the ring is `#a78bfa` in a dark colour scheme).
 */
export class VonageMeeting extends LitElement {
  static override styles = styles;

  static override properties = {
    src: {},
    room: { attribute: false },
    role: {},
    allowedHosts: { attribute: 'allowed-hosts' },
    allow: {},
    label: {},
    loading: {},
    supportCheck: { attribute: 'support-check' },
    requiredFeatures: { attribute: 'required-features' },
    messages: { attribute: false },
  };

  /** The meeting URL. Wins over `room` when both are set. */
  declare src: string;
  /** A Meetings API room object (`MeetingRoom`); `role` picks its link. */
  declare room: unknown;
  /** `guest` or `host`: which link of `room` to open. Any other value opens the guest link. */
  declare role: string;
  /** Space-separated host names the meeting URL may have; `*.example.com` matches its subdomains. */
  declare allowedHosts: string;
  /** The iframe's permissions policy. Changing it reloads the frame: a policy applies when a frame navigates. */
  declare allow: string;
  /** The iframe's accessible title. Default: the room's `display_name`, else "Video meeting" in the element's language. */
  declare label: string;
  /** `eager` or `lazy`: when the frame loads. */
  declare loading: string;
  /** `on` or `off`: check the browser against the supported list before loading. */
  declare supportCheck: string;
  /** Space-separated feature names (kebab-case) the page needs; a notice and an event say when the size lacks one. */
  declare requiredFeatures: string;
  /** Overrides of the element's own words, in whichever language it speaks (see `Messages`). */
  declare messages: Partial<Messages> | null;

  #tiers = new TierController(this, (width) => this.#showWidth(width));
  #state: MeetingState = 'idle';
  #error: MeetingError | null = null;
  #url: string | null = null;
  #support: SupportResult | null = null;
  #denied = false;
  #dismissed = new Set<string>();
  #left = false;
  #asked = false;
  #loaded = false;
  #generation = 0;
  // The frame's key (allow list + reload count) and the loading mode it was created with.
  #frameKey = '';
  #frameLoading = 'eager';
  #text: Messages = en;
  // The language the element speaks: a registered catalogue's tag, or `en`.
  #lang = 'en';
  // What the page was last told, so events fire on changes only.
  #told: { tier?: Tier; error?: string; missing?: string; state?: MeetingState; support?: boolean } = {};

  constructor() {
    super();
    this.src = '';
    this.room = null;
    this.role = 'guest';
    this.allowedHosts = DEFAULT_ALLOWED_HOSTS;
    this.allow = DEFAULT_ALLOW;
    this.label = '';
    this.loading = 'eager';
    this.supportCheck = 'on';
    this.requiredFeatures = '';
    this.messages = null;
  }

  /** The size tier, from the element's content-box width (reflected as the `tier` attribute). */
  get tier(): Tier {
    return this.#tiers.tier ?? 'too-small';
  }

  /** The meeting features available at the current size. */
  get features(): Features {
    return featuresForTier(this.tier, { autoRecord: !this.#usesSrc && autoRecords(this.room) });
  }

  /** What the element is doing (reflected as the `state` attribute). */
  get state(): MeetingState {
    return this.#state;
  }

  /** Why the meeting cannot be shown, or null. */
  get error(): MeetingError | null {
    return this.#error;
  }

  /** The result of the browser support check; null when `support-check="off"` or before connecting. */
  get support(): SupportResult | null {
    return this.#support;
  }

  /** Loads the meeting again in a new frame. */
  reload() {
    this.#generation++;
    this.join();
  }

  /** Removes the frame, which ends this participant's session; state `left`. */
  leave() {
    this.#left = true;
    this.requestUpdate();
  }

  /** Loads the meeting again after `leave()`; does nothing while it is shown. */
  join() {
    this.#left = false;
    this.#asked = true;
    this.requestUpdate();
  }

  // The element's own `lang` (a global attribute, not a property of this class) changes its words.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  // A language module imported after the element rendered (a second script tag, a lazy import).
  #onLocale = () => this.requestUpdate();

  override connectedCallback() {
    super.connectedCallback();
    // Put somewhere else on the page, it may inherit another language.
    this.requestUpdate();
    addEventListener('vonage-meeting-locale', this.#onLocale);
    if (!this.#asked && !this.#denied && /camera|microphone/.test(str(this.allow, ''))) this.#preflight();
  }

  // Where the browser can tell, warn before joining a meeting that cannot hear or see the user.
  async #preflight() {
    const { camera, microphone } = await mediaPermissions();
    if (this.#denied || (camera !== 'denied' && microphone !== 'denied')) return;
    this.#denied = true;
    this.requestUpdate();
    this.#emit('vonage-meeting-permission-denied', { camera, microphone });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('vonage-meeting-locale', this.#onLocale);
  }

  // Moved with moveBefore(): the frame keeps its document, and nothing needs redoing.
  connectedMoveCallback() {}

  get #usesSrc() {
    return typeof this.src === 'string' && this.src.trim() !== '';
  }

  override willUpdate(changed: PropertyValues<this>) {
    const { lang, module } = chooseLanguage([this.getAttribute('lang'), roomLanguage(this.#usesSrc ? null : this.room), pageLanguage(this)], localeOf);
    if (module) adviseLocale(module);
    this.#lang = lang;
    this.#text = { ...(localeOf(lang) ?? en), ...this.messages };
    const supportOn = this.supportCheck !== 'off';
    if (supportOn && !this.#support) {
      this.#support = checkSupport();
      if (this.#support.webview) webviewAdvice(this.#support.webview);
      if (this.#support.status !== 'supported') this.#told.support = true;
    }
    const outcome = resolveMeetingUrl({ src: this.src, room: this.room, role: this.role, allowedHosts: this.allowedHosts, required: this.#asked });
    let error = outcome && 'error' in outcome ? outcome.error : null;
    const url = outcome && 'url' in outcome ? outcome.url : null;
    const blocked = url ? featuresBlockedByPage(this.ownerDocument, str(this.allow, DEFAULT_ALLOW)) : [];
    if (blocked.length) {
      error = {
        code: 'permissions-policy-blocked',
        message: `The page's Permissions-Policy forbids ${blocked.join(' and ')}: allow them for the meeting's origin in the Permissions-Policy response header, e.g. ${blocked.map((f) => `${f}=(self "${new URL(url!).origin}")`).join(', ')}.`,
      };
    }
    // A change of the fragment alone is a same-document navigation: the frame stays loaded
    // (Firefox fires no load event for it).
    const sameDocument = url && this.#url && url.includes('#') && url.split('#')[0] === this.#url.split('#')[0];
    if ((url !== this.#url && !sameDocument) || changed.has('allow')) this.#loaded = false;
    this.#url = url;
    this.#error = this.#left ? null : error;
    this.#state = this.#left
      ? 'left'
      : supportOn && this.#support?.status === 'unsupported'
        ? 'unsupported'
        : error
          ? 'error'
          : url
            ? this.#loaded ? 'ready' : 'loading'
            : 'idle';
  }

  override updated() {
    const told = this.#told;
    const tier = this.tier;
    this.#reflect('state', this.#state);
    if (this.#tiers.tier) this.#reflect('tier', tier);
    if (this.#tiers.tier && told.tier !== tier) {
      this.#emit('vonage-meeting-tier-change', { tier, previousTier: told.tier ?? null, width: this.#tiers.width, features: this.features });
      told.tier = tier;
    }
    this.#showWidth(this.#tiers.width);
    const errorKey = this.#error ? `${this.#error.code} ${this.#error.message}` : undefined;
    if (errorKey !== told.error && this.#error) {
      console.warn(`<vonage-meeting>: ${this.#error.message}`);
      this.#emit('vonage-meeting-error', this.#error);
    }
    told.error = errorKey;
    const missing = this.#missing();
    const missingKey = missing.join(' ');
    if (missingKey !== told.missing && missing.length && this.#tiers.tier) {
      this.#emit('vonage-meeting-feature-unavailable', { missing, tier });
    }
    if (this.#tiers.tier) told.missing = missingKey;
    if (told.support) {
      told.support = false;
      this.#emit('vonage-meeting-unsupported', { support: this.#support! });
    }
    if (told.state !== this.#state && this.#state === 'left') this.#emit('vonage-meeting-leave', {});
    told.state = this.#state;
  }

  /** The required features the current size lacks. */
  #missing(): Feature[] {
    const features = this.features;
    const names = str(this.requiredFeatures, '').split(/\s+/).map(featureFromKebab);
    return FEATURES.filter((f) => names.includes(f) && !features[f]);
  }

  #reflect(name: string, value: string) {
    if (this.getAttribute(name) !== value) this.setAttribute(name, value);
  }

  #emit<K extends keyof VonageMeetingEventMap>(type: K, detail: VonageMeetingEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // The too-small notice tracks the width on every resize without a render. Its text node
  // changes, not the node: the live region announces additions, so the notice is read when
  // it appears, not on every pixel of a resize.
  #showWidth(width: number) {
    const el = this.renderRoot?.querySelector?.('#too-small');
    const text = format(this.#text.tooSmall, { min: TIER_MIN_WIDTH.small, more: Math.ceil(TIER_MIN_WIDTH.small - width) });
    const node = el?.firstChild as Text | null | undefined;
    if (!node) {
      if (el) el.textContent = text;
    } else if (node.data !== text) node.data = text;
  }

  #onLoad() {
    this.#loaded = true;
    this.requestUpdate();
    this.#emit('vonage-meeting-load', {});
  }

  #dismiss(key: string) {
    this.#dismissed.add(key);
    this.requestUpdate();
  }

  #notice(key: string, text: string, dismissible = false) {
    return this.#dismissed.has(key)
      ? nothing
      : html`<div part="notice">
          <span>${text}</span>
          ${dismissible ? html`<button part="button" @click=${() => this.#dismiss(key)}>${this.#text.dismiss}</button>` : nothing}
        </div>`;
  }

  #features(missing: Feature[]) {
    const width = Math.max(...missing.map((f) => minWidthFor(f)));
    return format(this.#text.missing, { features: missing.map((f) => this.#text[f]).join(this.#text.separator), width });
  }

  get #dir() {
    return isRightToLeft(this.#lang) ? 'rtl' : 'ltr';
  }

  #fallback() {
    const t = this.#text;
    const reasons = this.#support?.reasons ?? [];
    const reason = reasons[0];
    // A new tab helps only where this page's context is the problem (no https, or no
    // camera access here), not where the browser or the device cannot run the meeting.
    const canOpen = this.#url && reasons.some((r) => r === 'insecure-context' || r === 'no-media-devices');
    return html`<slot name="unsupported"
      ><div part="notice" class="full" role="alert" lang=${this.#lang} dir=${this.#dir}>
        <p>${t.unsupported} ${reason ? t[reason] : ''}</p>
        ${canOpen ? html`<a part="button" href=${this.#url!} target="_blank" rel="noopener noreferrer">${t.openInTab}</a>` : nothing}
      </div></slot
    >`;
  }

  override render() {
    const t = this.#text;
    const state = this.#state;
    const showFrame = state === 'loading' || state === 'ready';
    const missing = this.#missing();
    const key = showFrame ? `${str(this.allow, DEFAULT_ALLOW)}\n${this.#generation}` : '';
    // `loading` only matters for a frame's first load, and Firefox (observed in 153) reloads
    // a loaded frame whose `loading` attribute changes: it is set when the frame is made.
    if (key !== this.#frameKey) this.#frameLoading = this.loading === 'lazy' ? 'lazy' : 'eager';
    this.#frameKey = key;
    const reason = this.#support?.reasons[0];
    const lang = this.#lang;
    const dir = this.#dir;
    // Notices come before the frame: read, and reached with Tab, before the meeting itself.
    // Errors are alerts, inserted when they happen. Everything else is announced politely by
    // one live region that is always there, so a notice is read once, when it is added.
    return html`
      ${state === 'unsupported' ? this.#fallback() : nothing}
      ${state === 'error' ? html`<div part="notice" class="full" role="alert" lang=${lang} dir=${dir}>${t[this.#error!.code]}</div>` : nothing}
      <div role="status" aria-atomic="false" aria-relevant="additions" lang=${lang} dir=${dir}>
        ${state === 'loading' ? html`<slot name="loading"><div part="loading" role="status">${t.loading}</div></slot>` : nothing}
        ${state === 'left'
          ? html`<div part="notice" class="full">
              <p>${t.left}</p>
              <button part="button" @click=${this.join}>${t.join}</button>
            </div>`
          : nothing}
        <div class="notices">
          ${showFrame && this.supportCheck !== 'off' && this.#support?.status === 'unlisted'
            ? this.#notice('unlisted', `${t.unlisted} ${reason ? t[reason] : ''}`, true)
            : nothing}
          ${this.#denied && state !== 'left' ? this.#notice('denied', t.denied, true) : nothing}
          ${showFrame && this.tier === 'too-small' && this.#tiers.tier ? html`<div part="notice"><span id="too-small"></span></div>` : nothing}
          ${showFrame && missing.length && this.tier !== 'too-small' ? this.#notice('missing', this.#features(missing)) : nothing}
        </div>
      </div>
      ${showFrame
        ? keyed(
            key,
            html`<iframe
              part="frame"
              src=${this.#url!}
              title=${str(this.label, '') || displayName(this.#usesSrc ? null : this.room) || t.title}
              allow=${str(this.allow, DEFAULT_ALLOW)}
              referrerpolicy="strict-origin-when-cross-origin"
              loading=${this.#frameLoading}
              @load=${this.#onLoad}
            ></iframe>`,
          )
        : nothing}
    `;
  }
}
