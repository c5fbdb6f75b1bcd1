import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { VonageMeeting, type MeetingErrorCode } from '../../src/index.js';
import { en } from '../../src/i18n/english.js';
import { HOST_TOKEN, room } from '../cases/rooms.js';
import { frameHost, frameUrl, meeting, nextFrame } from './helpers.js';

// Hostile and mistaken input, as a page of thousands of sites will give it: each case says
// what it must lead to, an error code or a documented safe outcome, and every case is
// checked for the same four things: a visible notice where there is an error, no frame
// whose src fails the URL policy, no uncaught exception, and no host token in any message,
// event or console line. test/node/url-policy.test.ts has the same inputs as pure functions.

type StringProperty = 'src' | 'participant' | 'allowedHosts' | 'allow' | 'label' | 'loading' | 'supportCheck' | 'requiredFeatures';

const ATTRIBUTE: Record<StringProperty, string> = {
  src: 'src',
  participant: 'participant',
  allowedHosts: 'allowed-hosts',
  allow: 'allow',
  label: 'label',
  loading: 'loading',
  supportCheck: 'support-check',
  requiredFeatures: 'required-features',
};

/** What a case must lead to. */
type Outcome =
  /** An error; a list where engines' URL parsers differ, each refusing in its own way. */
  | { code: MeetingErrorCode | MeetingErrorCode[] }
  /** A frame opening exactly this URL (the URL parser's form of the input). */
  | { frame: string; title?: string; allow?: string; loading?: string }
  /** No frame, no error, nothing to say: nothing asked for yet. */
  | { idle: true }
  /** The support check runs: the frame where this engine can make video calls, the fallback where it cannot. */
  | { checked: string };

interface Case {
  why: string;
  /** String inputs: set as attributes before connecting, and as properties after. */
  strings?: Partial<Record<StringProperty, string>>;
  /** Inputs only a property can carry: set as properties in both variants. */
  props?: Partial<Record<StringProperty | 'room', unknown>>;
  /** Properties of Object.prototype while the case runs. */
  pollute?: Record<string, unknown>;
  expect: Outcome;
  /** The hosts a frame may have (the test's own reading of allowed-hosts). */
  hosts?: string[];
  /** Why the case waits for a change to src/vonage-meeting.ts; it is skipped until then. */
}

const FRAME = frameUrl();
const FH = frameHost();
const PORT = location.port;
const VONAGE = 'meetings.vonage.com';
const GUEST = 'https://meetings.vonage.com/365658578';
const TOKEN_QUERY = `?room_token=365658578&participant_token=${HOST_TOKEN}`;
const withToken = (url: string) => `${url}${TOKEN_QUERY}`;
const MEGABYTE = 'a'.repeat(1 << 20);
const WEBRTC = 'RTCPeerConnection' in window;

/** A room whose guest link is the test frame; its host link carries HOST_TOKEN. */
const frameRoom = (overrides: Record<string, unknown> = {}) => ({ ...room(FRAME), ...overrides });
const hostLink = (room(FRAME)._links.host_url as { href: string }).href;

// ---------------------------------------------------------------------------------------
// The meeting URL: schemes, hosts, credentials and characters.
const URL_CASES: Case[] = [
  { why: 'a javascript: URL', strings: { src: 'javascript:alert(1)' }, expect: { code: 'invalid-url' } },
  { why: 'a javascript: URL in mixed case', strings: { src: 'JaVaScRiPt:alert(document.domain)' }, expect: { code: 'invalid-url' } },
  { why: 'a javascript: URL with a leading space', strings: { src: ' javascript:alert(1)' }, expect: { code: 'invalid-url' } },
  { why: 'a javascript: URL split by a tab', strings: { src: 'java\tscript:alert(1)' }, expect: { code: 'invalid-url' } },
  { why: 'a javascript: URL naming the allowed host', strings: { src: `javascript://${VONAGE}/%0aalert(1)` }, expect: { code: 'invalid-url' } },
  { why: 'a data: URL', strings: { src: 'data:text/html,<script>alert(1)</script>' }, expect: { code: 'invalid-url' } },
  { why: 'a base64 data: URL', strings: { src: `data:text/html;base64,${btoa('<script>alert(1)</script>')}` }, expect: { code: 'invalid-url' } },
  { why: 'a blob: URL of the allowed host', strings: { src: `blob:https://${VONAGE}/0b9c6d8e-5f0a-4c1e-9d1a-2f3b4c5d6e7f` }, expect: { code: 'invalid-url' } },
  { why: "a blob: URL of the page's own", strings: { src: URL.createObjectURL(new Blob(['<script>alert(1)</script>'], { type: 'text/html' })) }, expect: { code: 'invalid-url' } },
  { why: 'a file: URL', strings: { src: 'file:///etc/passwd' }, expect: { code: 'invalid-url' } },
  { why: 'an about:blank URL', strings: { src: 'about:blank' }, expect: { code: 'invalid-url' } },
  { why: 'an about:srcdoc URL', strings: { src: 'about:srcdoc' }, expect: { code: 'invalid-url' } },
  { why: 'a ws: URL of the allowed host', strings: { src: `ws://${VONAGE}/1` }, expect: { code: 'invalid-url' } },
  { why: 'http: on the allowed host', strings: { src: withToken(`http://${VONAGE}/`) }, expect: { code: 'insecure-url' } },
  { why: 'http: on an allowed host that is not loopback', strings: { src: 'http://evil.example/1', allowedHosts: 'evil.example' }, expect: { code: 'insecure-url' } },
  { why: 'http: on localhost with a trailing dot (not loopback by name)', strings: { src: `http://localhost.:${PORT}/`, allowedHosts: 'localhost' }, expect: { code: 'insecure-url' } },
  { why: 'the allowed host as credentials before another host', strings: { src: withToken(`https://${VONAGE}@evil.example/`) }, expect: { code: 'host-not-allowed' } },
  { why: 'a user and password', strings: { src: `https://user:pass@${VONAGE}/365658578` }, expect: { code: 'invalid-url' } },
  { why: 'a host token as password', strings: { src: `https://user:${HOST_TOKEN}@${VONAGE}/` }, expect: { code: 'invalid-url' } },
  { why: 'credentials on the loopback test host', strings: { src: FRAME.replace('//', '//user:pass@'), allowedHosts: FH }, expect: { code: 'invalid-url' } },
  { why: 'the allowed host as a subdomain of another', strings: { src: withToken(`https://${VONAGE}.evil.example/`) }, expect: { code: 'host-not-allowed' } },
  { why: 'the allowed host as a path', strings: { src: `https://evil.example/${VONAGE}` }, expect: { code: 'host-not-allowed' } },
  { why: 'the allowed host in a query', strings: { src: `https://evil.example/?next=https://${VONAGE}/` }, expect: { code: 'host-not-allowed' } },
  { why: 'the allowed host after a fragment', strings: { src: `https://evil.example#@${VONAGE}` }, expect: { code: 'host-not-allowed' } },
  { why: 'a Unicode look-alike (Greek omicron)', strings: { src: withToken('https://meetings.v\u03bfnage.com/') }, expect: { code: 'host-not-allowed' } },
  { why: 'a Unicode look-alike (Cyrillic i)', strings: { src: 'https://meet\u0456ngs.vonage.com/1' }, expect: { code: 'host-not-allowed' } },
  { why: 'a punycode look-alike', strings: { src: 'https://meetings.xn--vnage-rce.com/1' }, expect: { code: 'host-not-allowed' } },
  { why: 'a trailing dot on the host', strings: { src: withToken(`https://${VONAGE}./`) }, expect: { code: 'host-not-allowed' } },
  { why: 'two trailing dots on the host', strings: { src: `https://${VONAGE}../1` }, expect: { code: 'host-not-allowed' } },
  { why: 'an empty label under a wildcard', strings: { src: 'https://a..vonage.com/1', allowedHosts: '*.vonage.com' }, expect: { code: 'host-not-allowed' } },
  // What the URL parser turns into the very host allowed is that host: the frame opens the parser's form.
  { why: 'the allowed host in upper case', strings: { src: 'https://MEETINGS.VONAGE.COM/365658578' }, expect: { frame: GUEST } },
  {
    why: 'an upper-case scheme and loopback host, allowed in mixed case',
    strings: { src: FRAME.replace('http://', 'HTTP://').replace(FH, 'LOCALHOST'), allowedHosts: 'LocalHost' },
    expect: { frame: FRAME.replace(FH, 'localhost') },
    hosts: ['localhost'],
  },
  { why: 'percent-encoded dots in the allowed host', strings: { src: 'https://meetings%2evonage%2ecom/365658578' }, expect: { frame: GUEST } },
  { why: 'surrounding whitespace', strings: { src: `\n  ${FRAME}  \t`, allowedHosts: FH }, expect: { frame: FRAME } },
  { why: 'a backslash before credentials', strings: { src: `https://${VONAGE}\\@evil.example/` }, expect: { code: 'invalid-url' } },
  { why: 'backslashes for slashes', strings: { src: 'https:\\\\evil.example\\meetings.vonage.com' }, expect: { code: 'invalid-url' } },
  { why: 'a space inside', strings: { src: `https://${VONAGE}/365 658 578` }, expect: { code: 'invalid-url' } },
  { why: 'a tab inside the host', strings: { src: `https://${VONAGE}\t.evil.example/` }, expect: { code: 'invalid-url' } },
  { why: 'a newline inside the host', strings: { src: `https://${VONAGE}\n.evil.example/` }, expect: { code: 'invalid-url' } },
  { why: 'a NUL character', strings: { src: `https://${VONAGE}/1\u0000` }, expect: { code: 'invalid-url' } },
  { why: 'a bell character', strings: { src: `https://${VONAGE}/\u00071` }, expect: { code: 'invalid-url' } },
  { why: 'a DEL character', strings: { src: `https://${VONAGE}/1\u007f` }, expect: { code: 'invalid-url' } },
  { why: 'a no-break space in the host', strings: { src: `https://${VONAGE}\u00a0/1` }, expect: { code: 'invalid-url' } },
  { why: 'a line separator in the host', strings: { src: `https://${VONAGE}\u2028/1` }, expect: { code: 'invalid-url' } },
  { why: 'a right-to-left override in the host', strings: { src: `https://${VONAGE}\u202e/1` }, expect: { code: 'invalid-url' } },
  { why: 'a percent-encoded NUL in the host', strings: { src: `https://${VONAGE}%00.evil.example/` }, expect: { code: 'invalid-url' } },
  { why: 'a percent-encoded slash in the host', strings: { src: `https://${VONAGE}%2f.evil.example/` }, expect: { code: 'invalid-url' } },
  { why: 'a 1 MB string', strings: { src: `https://${VONAGE}/${MEGABYTE}` }, expect: { code: 'invalid-url' } },
  { why: 'a 1 MB string with no scheme', strings: { src: MEGABYTE }, expect: { code: 'invalid-url' } },
  { why: 'text that is not a URL', strings: { src: 'not a url' }, expect: { code: 'invalid-url' } },
  { why: 'a number as text', strings: { src: '42' }, expect: { code: 'invalid-url' } },
  { why: 'a protocol-relative URL', strings: { src: `//${VONAGE}/365658578` }, expect: { code: 'invalid-url' } },
  { why: 'a path only', strings: { src: '/365658578' }, expect: { code: 'invalid-url' } },
  { why: 'an empty src', strings: { src: '' }, expect: { idle: true } },
  { why: 'a src of whitespace only', strings: { src: ' \n\t ' }, expect: { idle: true } },
];

// ---------------------------------------------------------------------------------------
// allowed-hosts: wildcards that would allow everything, empty values, garbage.
const ALLOWED_HOSTS_CASES: Case[] = [
  { why: 'allowed-hosts "*" (ignored: it would allow every host)', strings: { src: FRAME, allowedHosts: '*' }, expect: { code: 'host-not-allowed' } },
  { why: 'allowed-hosts "*.com" (ignored: one label)', strings: { src: 'https://evil.com/', allowedHosts: '*.com' }, expect: { code: 'host-not-allowed' } },
  { why: 'allowed-hosts "*.com." (ignored: one label, fully qualified)', strings: { src: 'https://evil.com./', allowedHosts: '*.com.' }, expect: { code: 'host-not-allowed' } },
  { why: 'allowed-hosts "*.0.0.1" (ignored: a wildcard over an address)', strings: { src: FRAME, allowedHosts: '*.0.0.1' }, expect: { code: 'host-not-allowed' } },
  // Firefox's URL parser refuses `*` as a host name; Chromium's and WebKit's take it.
  { why: 'allowed-hosts "*" with a URL whose host is "*"', strings: { src: 'https://*/', allowedHosts: '*' }, expect: { code: ['host-not-allowed', 'invalid-url'] } },
  { why: 'an empty allowed-hosts (nothing allowed)', strings: { src: FRAME, allowedHosts: '' }, expect: { code: 'host-not-allowed' } },
  { why: 'an allowed-hosts of whitespace only', strings: { src: FRAME, allowedHosts: ' \n\t ' }, expect: { code: 'host-not-allowed' } },
  { why: 'garbage allowed-hosts', strings: { src: FRAME, allowedHosts: '!@#$%^&()<script>alert(1)</script> ,;' }, expect: { code: 'host-not-allowed' } },
  { why: 'a URL in allowed-hosts instead of a host', strings: { src: FRAME, allowedHosts: new URL(FRAME).origin }, expect: { code: 'host-not-allowed' } },
  { why: 'a host and port in allowed-hosts', strings: { src: FRAME, allowedHosts: `${FH}:${PORT}` }, expect: { code: 'host-not-allowed' } },
  { why: 'a comma-separated allowed-hosts', strings: { src: FRAME, allowedHosts: `example.com,${FH}` }, expect: { code: 'host-not-allowed' } },
  { why: 'a 1 MB allowed-hosts', strings: { src: FRAME, allowedHosts: MEGABYTE }, expect: { code: 'host-not-allowed' } },
  { why: 'allowed-hosts with a trailing dot (the same host)', strings: { src: FRAME, allowedHosts: `${FH}.` }, expect: { frame: FRAME } },
  { why: 'allowed-hosts among garbage', strings: { src: FRAME, allowedHosts: `*  *.com  !!  ${FH}` }, expect: { frame: FRAME } },
];

// ---------------------------------------------------------------------------------------
// Roles: anything but `host` opens the guest link, the least privileged one.
const ROLE_CASES: Case[] = [
  ...['admin', 'HOST', ' host', 'host\u0000', 'owner', ''].map<Case>((role) => ({
    why: `a bogus participant ${JSON.stringify(role)}`,
    strings: { participant: role, allowedHosts: FH },
    props: { room: frameRoom() },
    expect: { frame: FRAME },
  })),
  { why: 'the host participant', strings: { participant: 'host', allowedHosts: FH }, props: { room: frameRoom() }, expect: { frame: hostLink } },
  { why: 'the host participant on a room with no host link', strings: { participant: 'host', allowedHosts: FH }, props: { room: frameRoom({ _links: { guest_url: { href: FRAME } } }) }, expect: { code: 'participant-unavailable' } },
];

// ---------------------------------------------------------------------------------------
// Room objects: missing and wrong-typed links, __proto__ keys, pollution, dates.
const roomCase = (why: string, value: unknown, outcome: Outcome, extra: Partial<Case> = {}): Case => ({
  why,
  props: { room: value, allowedHosts: FH, ...extra.props },
  expect: outcome,
  ...extra,
});
const revoked = () => {
  const proxy = Proxy.revocable(frameRoom(), {});
  proxy.revoke();
  return proxy.proxy;
};
const ROOM_CASES: Case[] = [
  roomCase('a URL string', FRAME, { code: 'invalid-room' }),
  roomCase('a number', 365658578, { code: 'invalid-room' }),
  roomCase('true', true, { code: 'invalid-room' }),
  roomCase('an array of rooms', [frameRoom()], { code: 'invalid-room' }),
  roomCase('an empty object', {}, { code: 'invalid-room' }),
  roomCase('_links null', frameRoom({ _links: null }), { code: 'invalid-room' }),
  roomCase('_links a string', frameRoom({ _links: FRAME }), { code: 'invalid-room' }),
  roomCase('_links an array', frameRoom({ _links: [{ href: FRAME }] }), { code: 'invalid-room' }),
  roomCase('_links empty', frameRoom({ _links: {} }), { code: 'participant-unavailable' }),
  roomCase('guest_url a string', frameRoom({ _links: { guest_url: FRAME } }), { code: 'invalid-room' }),
  roomCase('guest_url without href', frameRoom({ _links: { guest_url: {} } }), { code: 'invalid-room' }),
  roomCase('href a number', frameRoom({ _links: { guest_url: { href: 365658578 } } }), { code: 'invalid-room' }),
  roomCase('href an object that stringifies to a URL', frameRoom({ _links: { guest_url: { href: { toString: () => FRAME } } } }), { code: 'invalid-room' }),
  roomCase('href a javascript: URL', frameRoom({ _links: { guest_url: { href: 'javascript:alert(1)' } } }), { code: 'invalid-url' }),
  roomCase('href on a host not allowed', frameRoom({ _links: { guest_url: { href: withToken('https://evil.example/') } } }), { code: 'host-not-allowed' }),
  roomCase('a __proto__ key holding _links (JSON.parse)', JSON.parse(`{"__proto__": {"_links": {"guest_url": {"href": "${FRAME}"}}}}`), { code: 'invalid-room' }),
  roomCase('_links with a __proto__ key holding guest_url (JSON.parse)', JSON.parse(`{"_links": {"__proto__": {"guest_url": {"href": "${FRAME}"}}}}`), { code: 'participant-unavailable' }),
  roomCase('guest_url with a __proto__ key holding href (JSON.parse)', JSON.parse(`{"_links": {"guest_url": {"__proto__": {"href": "${FRAME}"}}}}`), { code: 'invalid-room' }),
  roomCase('an empty room while Object.prototype has _links', {}, { code: 'invalid-room' }, { pollute: { _links: { guest_url: { href: FRAME } } } }),
  roomCase('empty _links while Object.prototype has guest_url', { _links: {} }, { code: 'participant-unavailable' }, { pollute: { guest_url: { href: FRAME }, host_url: { href: FRAME } } }),
  roomCase('an empty guest_url while Object.prototype has href', { _links: { guest_url: {} } }, { code: 'invalid-room' }, { pollute: { href: FRAME } }),
  roomCase('a real room while Object.prototype says it is unavailable and expired', { _links: { guest_url: { href: FRAME } } }, { frame: FRAME }, { pollute: { is_available: false, expires_at: '2000-01-01T00:00:00Z' }, hosts: [FH] }),
  roomCase('expires_at not a date', frameRoom({ expires_at: 'next Tuesday' }), { code: 'invalid-room' }),
  roomCase('expires_at empty', frameRoom({ expires_at: '' }), { code: 'invalid-room' }),
  roomCase('expires_at a number', frameRoom({ expires_at: Date.now() + 3_600_000 }), { code: 'invalid-room' }),
  roomCase('expires_at an Invalid Date', frameRoom({ expires_at: new Date(NaN) }), { code: 'invalid-room' }),
  roomCase('expires_at in the past', frameRoom({ expires_at: '2023-01-24T16:19:13.518Z' }), { code: 'room-expired' }, { strings: { participant: 'host' } }),
  roomCase('is_available false', frameRoom({ is_available: false }), { code: 'room-unavailable' }, { strings: { participant: 'host' } }),
  roomCase(
    'a getter that throws',
    Object.defineProperty({ display_name: 'x' }, '_links', { enumerable: true, get: () => { throw new Error('room getter'); } }),
    { code: 'invalid-room' },
  ),
  roomCase('a Proxy whose every trap throws', new Proxy({}, { get: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } }), { code: 'invalid-room' }),
  roomCase('a revoked Proxy', revoked(), { code: 'invalid-room' }),
  roomCase('a display_name that is not a string', frameRoom({ display_name: { toString: () => 'x' } }), { frame: FRAME, title: en.title }),
];

// ---------------------------------------------------------------------------------------
// Values that are not strings, on every string property. Each starts from a working
// meeting (the test frame, allowed) and sets one property.
const NOT_STRINGS: [string, () => unknown][] = [
  ['a number', () => 42],
  ['NaN', () => NaN],
  ['true', () => true],
  ['an object', () => ({ href: FRAME })],
  ['an array', () => [FRAME]],
  ['an object with no prototype', () => Object.create(null)],
  ['an object whose toString throws', () => ({ toString: () => { throw new Error('toString'); } })],
  ['a symbol', () => Symbol('x')],
  ['null', () => null],
  ['undefined', () => undefined],
];

function typeOutcome(property: StringProperty, kind: string): Pick<Case, 'expect' | 'props'> {
  const absent = kind === 'null' || kind === 'undefined';
  switch (property) {
    case 'src':
      return { expect: absent ? { idle: true } : { code: 'invalid-url' } };
    case 'participant':
      // On a room: the guest link.
      return { expect: { frame: FRAME }, props: { src: '', room: frameRoom() } };
    case 'allowedHosts':
      // The default host, never "anything": the test frame's host is not allowed.
      return { expect: { code: 'host-not-allowed' } };
    case 'allow':
      // Even a value with no string form (no prototype, a throwing toString, a symbol).
      return { expect: { frame: FRAME, allow: new VonageMeeting().allow } };
    case 'label':
      return { expect: { frame: FRAME, title: en.title } };
    case 'loading':
      return { expect: { frame: FRAME, loading: 'eager' } };
    case 'supportCheck':
      return { expect: { checked: FRAME } };
    case 'requiredFeatures':
      return { expect: { frame: FRAME } };
  }
}

const TYPE_CASES: Case[] = (Object.keys(ATTRIBUTE) as StringProperty[]).flatMap((property) =>
  NOT_STRINGS.map(([kind, value]) => {
    const { expect, props } = typeOutcome(property, kind);
    return {
      why: `${kind} as ${property}`,
      props: { src: FRAME, allowedHosts: FH, ...props, [property]: value() },
      expect,
    };
  }),
);

// String values of the other attributes that are no keyword they know.
const KEYWORD_CASES: Case[] = [
  { why: 'loading "LAZY" (not the keyword: eager)', strings: { src: FRAME, allowedHosts: FH, loading: 'LAZY' }, expect: { frame: FRAME, loading: 'eager' } },
  { why: 'support-check "OFF" (only "off" turns the check off)', strings: { src: FRAME, allowedHosts: FH, supportCheck: 'OFF' }, expect: { checked: FRAME } },
  { why: 'a garbage allow list (the browser ignores what it does not know)', strings: { src: FRAME, allowedHosts: FH, allow: 'camera *; <script>; microphone' }, expect: { frame: FRAME, allow: 'camera *; <script>; microphone' } },
  { why: 'a 1 MB label', strings: { src: FRAME, allowedHosts: FH, label: MEGABYTE }, expect: { frame: FRAME, title: MEGABYTE } },
  { why: 'a label with markup', strings: { src: FRAME, allowedHosts: FH, label: '<img src=x onerror=alert(1)>' }, expect: { frame: FRAME, title: '<img src=x onerror=alert(1)>' } },
  { why: 'required-features of prototype keys', strings: { src: FRAME, allowedHosts: FH, requiredFeatures: '__proto__ constructor toString hasOwnProperty' }, expect: { frame: FRAME } },
];

// ---------------------------------------------------------------------------------------

const TOKEN_MARK = 'SECRET-HOST-TOKEN';
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The URL policy as this test reads the contract: it does not trust the code it tests. */
function frameSrcPasses(src: string | null, hosts: string[]): boolean {
  if (!src) return false;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.includes(url.hostname));
  return schemeOk && !url.username && !url.password && hosts.includes(url.hostname) && url.href === src;
}

const EVENTS = [
  'vonage-meeting-load',
  'vonage-meeting-error',
  'vonage-meeting-tier-change',
  'vonage-meeting-unsupported',
  'vonage-meeting-feature-unavailable',
  'vonage-meeting-leave',
  'vonage-meeting-permission-denied',
] as const;

/** Runs a case: sets the inputs, lets the element settle, and records what it said. */
async function run(c: Case, via: 'attributes' | 'properties') {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const lines: string[] = [];
  const saved = { warn: console.warn, error: console.error, info: console.info, log: console.log, debug: console.debug };
  for (const k of Object.keys(saved) as (keyof typeof saved)[]) console[k] = (...a: unknown[]) => lines.push(a.map(String).join(' '));
  const proto = Object.prototype as Record<string, unknown>;
  const events: { type: string; detail: unknown }[] = [];
  const el = meeting();
  try {
    for (const type of EVENTS) el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    if (c.pollute) Object.assign(proto, c.pollute);
    const setProps = () => Object.assign(el, c.props);
    if (via === 'attributes') {
      for (const [name, value] of Object.entries(c.strings ?? {})) el.setAttribute(ATTRIBUTE[name as StringProperty], value);
      setProps();
      await fixture(el);
    } else {
      await fixture(el);
      Object.assign(el, c.strings);
      setProps();
    }
    for (let i = 0; i < 3; i++) {
      try {
        await el.updateComplete;
      } catch (err) {
        uncaught.push(err);
      }
      await nextFrame();
    }
  } finally {
    if (c.pollute) for (const key of Object.keys(c.pollute)) delete proto[key];
    Object.assign(console, saved);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { el, uncaught, lines, events };
}

async function check(c: Case, via: 'attributes' | 'properties') {
  const { el, uncaught, lines, events } = await run(c, via);
  const root = el.shadowRoot!;
  const frames = [...root.querySelectorAll('iframe')];
  const errors = events.filter((e) => e.type === 'vonage-meeting-error').map((e) => e.detail as { code: string; message: string });
  const alert = root.querySelector<HTMLElement>('[part~="notice"][role="alert"]');

  expect(uncaught.map(String), 'uncaught exceptions').to.deep.equal([]);

  // No frame whose src fails the policy, whatever the outcome.
  const hosts = c.hosts ?? (c.expect && 'frame' in c.expect ? [new URL(c.expect.frame).hostname] : [VONAGE, FH]);
  for (const frame of frames) expect(frameSrcPasses(frame.getAttribute('src'), hosts), `frame src ${frame.getAttribute('src')?.slice(0, 100)}`).to.equal(true);

  const outcome = c.expect;
  if ('code' in outcome) {
    const codes = ([] as string[]).concat(outcome.code);
    expect(el.state).to.equal('error');
    expect(el.error?.code).to.be.oneOf(codes);
    expect(errors.at(-1)?.code, 'the last error event').to.equal(el.error!.code);
    expect(frames, 'frames').to.have.length(0);
    expect(alert, 'a notice').not.to.equal(null);
    expect(alert!.textContent!.trim()).to.equal(en[el.error!.code]);
    expect(alert!.getBoundingClientRect().height, 'the notice is visible').to.be.greaterThan(0);
    expect(getComputedStyle(alert!).visibility).to.equal('visible');
    expect(lines.some((l) => l.includes(el.error!.message)), 'a console line').to.equal(true);
  } else if ('idle' in outcome) {
    expect(el.state).to.equal('idle');
    expect(el.error).to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(frames).to.have.length(0);
    expect(alert).to.equal(null);
  } else {
    const expected = 'frame' in outcome ? outcome.frame : outcome.checked;
    const refused = 'checked' in outcome && !WEBRTC;
    expect(errors, 'error events').to.deep.equal([]);
    expect(el.error).to.equal(null);
    if (refused) {
      // This engine cannot make video calls: the check, which the value left on, refuses.
      expect(el.state).to.equal('unsupported');
      expect(frames).to.have.length(0);
      expect(alert!.getBoundingClientRect().height).to.be.greaterThan(0);
    } else {
      expect(el.state).to.be.oneOf(['loading', 'ready']);
      expect(frames).to.have.length(1);
      expect(frames[0].getAttribute('src')).to.equal(expected);
      if ('frame' in outcome) {
        if (outcome.title !== undefined) expect(frames[0].getAttribute('title')).to.equal(outcome.title);
        if (outcome.allow !== undefined) expect(frames[0].getAttribute('allow')).to.equal(outcome.allow);
        if (outcome.loading !== undefined) expect(frames[0].getAttribute('loading')).to.equal(outcome.loading);
      }
      expect(alert, 'no error notice').to.equal(null);
    }
  }

  // No host token in any message, event or console line, nor in the element's own words.
  const said = [...lines, ...events.map((e) => JSON.stringify(e.detail) ?? ''), JSON.stringify(el.error), root.textContent ?? ''];
  for (const text of said) expect(text.includes(TOKEN_MARK), `a host token in: ${text.slice(0, 200)}`).to.equal(false);
}

function cases(title: string, list: Case[]) {
  describe(title, () => {
    for (const c of list) {
      const label = 'code' in c.expect ? [c.expect.code].flat().join(' or ') : 'idle' in c.expect ? 'nothing' : 'checked' in c.expect ? 'the support check' : 'a safe frame';
      const vias = c.strings ? (['attributes', 'properties'] as const) : (['properties'] as const);
      for (const via of vias) {
        const name = `${c.why}${c.strings ? ` (as ${via})` : ''} gives ${label}`;
        it(name, () => check(c, via));
      }
    }
  });
}

describe('<vonage-meeting> hostile input', () => {
  cases('the meeting URL', URL_CASES);
  cases('allowed-hosts', ALLOWED_HOSTS_CASES);
  cases('participant', ROLE_CASES);
  cases('room objects', ROOM_CASES);
  cases('values that are not strings on string properties', TYPE_CASES);
  cases('unknown keywords and odd text on the other attributes', KEYWORD_CASES);

  it('has at least 60 cases, each through attributes and properties where it is a string', () => {
    const all = [URL_CASES, ALLOWED_HOSTS_CASES, ROLE_CASES, ROOM_CASES, TYPE_CASES, KEYWORD_CASES].flat();
    expect(all.length).to.be.greaterThan(60);
    expect(all.filter((c) => c.strings).length).to.be.greaterThan(60);
  });
});
