import type { MeetingRoom } from '../../src/index.js';
/**
 * Every state in which `<vonage-meeting>` shows words of its own, made on demand for the
 * language and accessibility tests: what to set up, where the words are, and which words
 * the catalogue says they must be.
 */
import '../../src/index.js';
import type { MeetingErrorCode, SupportReason, VonageMeeting } from '../../src/index.js';
import { format, type Messages } from '../../src/i18n/messages.js';
import { room } from '../cases/rooms.js';
import { userAgentCases } from '../cases/user-agents.js';
import { countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';

// ---------------------------------------------------------------------------------------
// Making the running browser look like another one, undone after each test.

const restores: (() => void)[] = [];

/** Replaces `target[key]` until `restoreBrowser()`. */
export function stub(target: object, key: string, value: unknown) {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  restores.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<string, unknown>)[key]));
}

/** Undoes every stub, newest first. */
export const restoreBrowser = () => restores.splice(0).reverse().forEach((restore) => restore());

const uaWith = (status: string, reason: SupportReason) =>
  userAgentCases.find((c) => c.expected.status === status && c.expected.reasons[0] === reason)!.ua;
const CHROME = userAgentCases.find((c) => c.name === 'desktop Chrome 112 on Windows')!.ua;

/** The support check sees this user agent and no client hints; only the user agent (and `also`) decide. */
function pretend(userAgent: string, also: { secureContext?: boolean; mediaDevices?: boolean } = {}) {
  stub(navigator, 'userAgent', userAgent);
  stub(navigator, 'userAgentData', undefined);
  // Debian's WebKitGTK has no WebRTC: a stand-in, so that the user agent alone decides.
  if (!('RTCPeerConnection' in window)) stub(window, 'RTCPeerConnection', class {});
  if (also.secureContext === false) stub(window, 'isSecureContext', false);
  if (also.mediaDevices === false) stub(navigator, 'mediaDevices', undefined);
}

// ---------------------------------------------------------------------------------------
// The states.

export const ERROR_CODES: MeetingErrorCode[] = [
  'missing-url',
  'invalid-url',
  'insecure-url',
  'host-not-allowed',
  'invalid-room',
  'room-unavailable',
  'room-expired',
  'participant-unavailable',
  'permissions-policy-blocked',
  'csp-blocked',
];

/**
 * What the browser reports when the page's CSP refuses a frame (test/csp.test.html has a
 * real one); here dispatched by hand, so any page can show the notice.
 */
export function cspViolation(url: string, directive = 'frame-src') {
  document.dispatchEvent(
    new SecurityPolicyViolationEvent('securitypolicyviolation', {
      blockedURI: url,
      effectiveDirective: directive,
      violatedDirective: directive,
      originalPolicy: `${directive} 'self'`,
      documentURI: location.href,
      disposition: 'enforce',
      statusCode: 200,
      bubbles: true,
      composed: true,
    }),
  );
}

/**
 * The reasons a browser can give for `unsupported`. `no-browser` needs a page without a
 * navigator, which no browser is: only the catalogue test covers its words.
 */
export const UNSUPPORTED_REASONS: SupportReason[] = ['insecure-context', 'no-media-devices', 'no-webrtc', 'os-too-old', 'browser-too-old'];
/** The reasons that come with `unlisted`. */
export const UNLISTED_REASONS: SupportReason[] = ['browser-not-listed', 'webview'];

/** A word the element shows: where it is in the shadow root, and what the catalogue makes of it. */
export interface Words {
  selector: string;
  text: (t: Messages) => string;
}

export interface NoticeState {
  name: string;
  /** The element in this state, in the document, with `lang` set when given. */
  make: (lang?: string) => Promise<VonageMeeting>;
  /** Every text of the state, by where it is shown. */
  words: Words[];
  /** Whether the state has a notice that is an error (role=alert) rather than a status. */
  alert: boolean;
}

const FEATURE_NAMES = ['record', 'shareScreen', 'reactions', 'privacy', 'whiteboard', 'watchTogether', 'roundTable'] as const;
const ALL_FEATURES = 'microphone video record share-screen reactions privacy whiteboard watch-together round-table end-meeting';

/** Puts the element in a wide wrapper in the document. */
async function place(el: VonageMeeting, lang?: string, width?: number) {
  if (lang) el.setAttribute('lang', lang);
  if (width) el.style.width = `${width}px`;
  const wrapper = document.createElement('div');
  wrapper.className = 'notice-state';
  wrapper.style.width = '1000px';
  wrapper.append(el);
  document.body.append(wrapper);
  await el.updateComplete;
  return el;
}

/** Removes every element a state made. */
export function removeStates() {
  for (const wrapper of document.querySelectorAll('.notice-state')) wrapper.remove();
}

/** An element framing the test page, loaded; `width` in px. */
async function framed(el: VonageMeeting, lang?: string, width?: number) {
  el.allowedHosts = frameHost();
  const id = uniqueId('i18n');
  el.src = frameUrl({ id });
  const loads = countLoads(id);
  await place(el, lang, width);
  // The frame's page says it loaded before its load event reaches the element: wait for both.
  for (let i = 0; i < 200 && !(loads.count && el.state !== 'loading'); i++) await new Promise((r) => setTimeout(r, 25));
  loads.stop();
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

const past = new Date(Date.now() - 60_000).toISOString();

const ERROR_SETUP: Record<MeetingErrorCode, (el: VonageMeeting) => void> = {
  'missing-url': (el) => el.join(),
  'invalid-url': (el) => (el.src = 'not a url'),
  'insecure-url': (el) => ((el.allowedHosts = 'example.com'), (el.src = 'http://example.com/123')),
  'host-not-allowed': (el) => (el.src = 'https://evil.example/365658578'),
  'invalid-room': (el) => (el.room = { display_name: 'x' } as unknown as MeetingRoom),
  'room-unavailable': (el) => (el.room = room(frameUrl(), { is_available: false })),
  'room-expired': (el) => (el.room = room(frameUrl(), { expires_at: past })),
  'participant-unavailable': (el) => ((el.participant = 'host'), (el.room = room(frameUrl(), { _links: { guest_url: { href: frameUrl() } } }))),
  // The page's own policy forbids the camera: an API only Chromium has, so it is stood in for.
  'permissions-policy-blocked': (el) => {
    stub(document, 'permissionsPolicy', { allowsFeature: () => false });
    el.src = frameUrl({ id: uniqueId() });
  },
  // Reported once the element listens, as a browser reports it once the frame is refused.
  'csp-blocked': (el) => {
    el.src = frameUrl({ id: uniqueId() });
    el.addEventListener('vonage-meeting-tier-change', () => cspViolation(el.src), { once: true });
  },
};

const quietly = async <T>(fn: () => Promise<T>): Promise<T> => {
  const { warn, info } = console;
  console.warn = console.info = () => {};
  try {
    return await fn();
  } finally {
    Object.assign(console, { warn, info });
  }
};

const fallbackText = (reason: SupportReason) => (t: Messages) => `${t.unsupported} ${t[reason]}`;
const noticeText = (reason: SupportReason) => (t: Messages) => `${t.unlisted} ${t[reason]}`;

export const STATES: NoticeState[] = [
  {
    name: 'loading',
    alert: false,
    words: [{ selector: '[part="loading"]', text: (t) => t.loading }],
    make: (lang) => {
      const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId() }) });
      // The frame's load event never reaches the element, which stays loading for the test.
      // The shadow root exists from the first connect; the frame from the first render.
      const connected = place(el, lang);
      el.shadowRoot!.addEventListener('load', (e) => e.stopImmediatePropagation(), true);
      return connected;
    },
  },
  {
    name: 'ready (the frame’s title)',
    alert: false,
    words: [{ selector: 'iframe', text: (t) => t.title }],
    make: (lang) => framed(meeting(), lang),
  },
  ...ERROR_CODES.map(
    (code): NoticeState => ({
      name: `error ${code}`,
      alert: true,
      words: [{ selector: '[part~="notice"][role="alert"]', text: (t) => format(t[code], { origin: new URL(frameUrl()).origin }) }],
      make: (lang) =>
        quietly(async () => {
          const el = meeting({ allowedHosts: frameHost() });
          ERROR_SETUP[code](el);
          await place(el, lang);
          await el.updateComplete; // csp-blocked: the update its violation asked for
          return el;
        }),
    }),
  ),
  {
    name: 'too-small',
    alert: false,
    words: [{ selector: '#too-small', text: (t) => format(t.tooSmall, { min: 360, more: 60 }) }],
    make: (lang) => framed(meeting(), lang, 300),
  },
  {
    name: 'required-features',
    alert: false,
    words: [
      {
        selector: '.notices [part~="notice"]',
        text: (t) => format(t.missing, { features: FEATURE_NAMES.map((f) => t[f]).join(t.separator), width: 600 }),
      },
    ],
    make: (lang) => framed(meeting({ requiredFeatures: ALL_FEATURES }), lang, 400),
  },
  ...UNSUPPORTED_REASONS.map(
    (reason): NoticeState => ({
      name: `unsupported ${reason}`,
      alert: true,
      words: [
        { selector: '[part~="notice"][role="alert"] p', text: fallbackText(reason) },
        // A new tab helps only where this page's context is the problem.
        ...(reason === 'insecure-context' || reason === 'no-media-devices'
          ? [{ selector: '[part~="notice"][role="alert"] a', text: (t: Messages) => t.openInTab }]
          : []),
      ],
      make: async (lang) => {
        if (reason === 'insecure-context') pretend(CHROME, { secureContext: false });
        else if (reason === 'no-media-devices') pretend(CHROME, { mediaDevices: false });
        else pretend(uaWith('unsupported', reason));
        const el = document.createElement('vonage-meeting');
        el.allowedHosts = frameHost();
        el.src = frameUrl({ id: uniqueId() });
        return place(el, lang);
      },
    }),
  ),
  ...UNLISTED_REASONS.map(
    (reason): NoticeState => ({
      name: `unlisted ${reason}`,
      alert: false,
      words: [
        { selector: '.notices [part~="notice"] span', text: noticeText(reason) },
        { selector: '.notices [part~="notice"] button', text: (t) => t.dismiss },
      ],
      make: (lang) =>
        quietly(() => {
          pretend(uaWith('unlisted', reason));
          return framed(document.createElement('vonage-meeting'), lang);
        }),
    }),
  ),
  {
    name: 'permission denied',
    alert: false,
    words: [
      { selector: '.notices [part~="notice"] span', text: (t) => t.denied },
      { selector: '.notices [part~="notice"] button', text: (t) => t.dismiss },
    ],
    make: async (lang) => {
      stub(navigator.permissions, 'query', async ({ name }: { name: string }) => ({ state: name === 'camera' ? 'denied' : 'granted' }));
      const el = meeting();
      const denied = new Promise((resolve) => el.addEventListener('vonage-meeting-permission-denied', resolve, { once: true }));
      await framed(el, lang);
      await denied;
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'waiting (join on click)',
    alert: false,
    words: [
      { selector: '[part~="placeholder"] p:not(.room-name)', text: (t) => t.joinHint },
      { selector: '[part~="placeholder"] button', text: (t) => t.joinMeeting },
    ],
    make: (lang) => place(meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId() }), loading: 'click' }), lang),
  },
  {
    name: 'left',
    alert: false,
    words: [
      { selector: '[part~="notice"] p', text: (t) => t.left },
      { selector: '[part~="notice"] button', text: (t) => t.join },
    ],
    make: async (lang) => {
      const el = await framed(meeting(), lang);
      el.leave();
      await el.updateComplete;
      return el;
    },
  },
];

/** The text (for the frame: the title) at a selector in the element's shadow root, whitespace collapsed; null when absent. */
export function shown(el: VonageMeeting, selector: string): string | null {
  const node = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!node) return null;
  const text = node instanceof HTMLIFrameElement ? node.title : node.textContent!;
  // Not \s: French puts no-break spaces before colons.
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
