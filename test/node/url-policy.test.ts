// The URL policy and the room reader in plain Node: every hostile input the element can
// be given, as pure functions. test/hardening.test.ts drives the same inputs through the
// element in real browsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeetingUrl, hostMatches, parseAllowedHosts, resolveMeetingUrl } from '../../src/view/meeting-url.js';
import { own, roomLink } from '../../src/view/room.js';
import { pageInputs, type GivenInputs } from '../../src/view/inputs.js';
import { HOST_TOKEN, room } from '../cases/rooms.js';

const VONAGE = 'meetings.vonage.com';
const token = `?room_token=365658578&participant_token=${HOST_TOKEN}`;

/** The error code of an outcome, or `ok <url>`. */
const outcome = (o: ReturnType<typeof checkMeetingUrl> | undefined) => (o === undefined ? 'none' : 'error' in o ? o.error.code : `ok ${o.url}`);

// [meeting URL, allowed-hosts, expected: an error code or `ok <the URL the frame opens>`]
const URLS: [string, string, string][] = [
  ['https://meetings.vonage.com/365658578', VONAGE, 'ok https://meetings.vonage.com/365658578'],
  ['  https://meetings.vonage.com/365658578\n', VONAGE, 'ok https://meetings.vonage.com/365658578'],
  ['', VONAGE, 'missing-url'],
  [' \t\n ', VONAGE, 'missing-url'],
  // Schemes that are not the web.
  ['javascript:alert(1)', VONAGE, 'invalid-url'],
  ['JaVaScRiPt:alert(1)', VONAGE, 'invalid-url'],
  ['javascript://meetings.vonage.com/%0aalert(1)', VONAGE, 'invalid-url'],
  ['data:text/html,<script>alert(1)</script>', VONAGE, 'invalid-url'],
  ['blob:https://meetings.vonage.com/0b9c6d8e-5f0a-4c1e-9d1a-2f3b4c5d6e7f', VONAGE, 'invalid-url'],
  ['file:///etc/passwd', VONAGE, 'invalid-url'],
  ['about:blank', VONAGE, 'invalid-url'],
  ['ftp://meetings.vonage.com/1', VONAGE, 'invalid-url'],
  ['ws://meetings.vonage.com/1', VONAGE, 'invalid-url'],
  ['//meetings.vonage.com/1', VONAGE, 'invalid-url'],
  ['/365658578', VONAGE, 'invalid-url'],
  ['meetings.vonage.com/365658578', VONAGE, 'invalid-url'],
  // http: only on loopback.
  ['http://meetings.vonage.com/1', VONAGE, 'insecure-url'],
  ['http://localhost./1', 'localhost', 'insecure-url'],
  ['http://localhost:8000/1', 'localhost', 'ok http://localhost:8000/1'],
  ['http://127.0.0.1/1', '127.0.0.1', 'ok http://127.0.0.1/1'],
  ['http://[::1]:8000/1', '[::1]', 'ok http://[::1]:8000/1'],
  ['http://localhost/1', VONAGE, 'host-not-allowed'],
  // Credentials.
  ['https://meetings.vonage.com@evil.example/1', VONAGE, 'host-not-allowed'],
  ['https://user:pass@meetings.vonage.com/1', VONAGE, 'invalid-url'],
  [`https://user:${HOST_TOKEN}@meetings.vonage.com/1`, VONAGE, 'invalid-url'],
  ['https://:@meetings.vonage.com/1', VONAGE, 'ok https://meetings.vonage.com/1'],
  // Look-alike hosts.
  ['https://meetings.vonage.com.evil.example/1', VONAGE, 'host-not-allowed'],
  ['https://evil.example/meetings.vonage.com', VONAGE, 'host-not-allowed'],
  ['https://evil.example?meetings.vonage.com', VONAGE, 'host-not-allowed'],
  ['https://evil.example#@meetings.vonage.com', VONAGE, 'host-not-allowed'],
  ['https://meetingsvonage.com/1', VONAGE, 'host-not-allowed'],
  ['https://meetings.v\u03bfnage.com/1', VONAGE, 'host-not-allowed'], // Greek omicron
  ['https://m\u0435etings.vonage.com/1', VONAGE, 'host-not-allowed'], // Cyrillic ie
  ['https://meetings.xn--vnage-rce.com/1', VONAGE, 'host-not-allowed'], // the omicron, as punycode
  ['https://meetings.vonage.com./1', VONAGE, 'host-not-allowed'],
  ['https://meetings.vonage.com../1', VONAGE, 'host-not-allowed'],
  ['https://.meetings.vonage.com/1', `*.vonage.com`, 'host-not-allowed'],
  // What the URL parser maps to the very same host is that host: the frame opens the parser's URL.
  ['https://MEETINGS.VONAGE.COM/365658578', VONAGE, 'ok https://meetings.vonage.com/365658578'],
  ['HTTPS://Meetings.Vonage.Com/1', VONAGE, 'ok https://meetings.vonage.com/1'],
  ['https://meetings%2evonage%2ecom/1', VONAGE, 'ok https://meetings.vonage.com/1'],
  ['https://meetings\u3002vonage\u3002com/1', VONAGE, 'ok https://meetings.vonage.com/1'], // ideographic full stops
  ['https://\uff4d\uff45etings.vonage.com/1', VONAGE, 'ok https://meetings.vonage.com/1'], // full-width letters
  ['https://meetings.vonage.com:443/1', VONAGE, 'ok https://meetings.vonage.com/1'],
  ['https:meetings.vonage.com/1', VONAGE, 'ok https://meetings.vonage.com/1'],
  // Characters the parser would drop or reinterpret.
  ['https://meetings.vonage.com\\@evil.example/1', VONAGE, 'invalid-url'],
  ['https:\\\\evil.example\\meetings.vonage.com', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com/1\\..\\x', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com/ 1', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com\t.evil.example/1', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com/1\u0000', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com/1\u007f', VONAGE, 'invalid-url'],
  ['java\nscript:alert(1)', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com\u00a0/1', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com\u2028/1', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com%00.evil.example/1', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com%2f.evil.example/1', VONAGE, 'invalid-url'],
  ['https://meetings.vonage.com\u202e/1', VONAGE, 'invalid-url'],
  [`https://meetings.vonage.com/${'a'.repeat(1 << 20)}`, VONAGE, 'invalid-url'],
  ['https://*/1', '*', 'host-not-allowed'],
];

for (const [url, hosts, expected] of URLS) {
  const shown = url.length > 80 ? `${url.slice(0, 40)}… (${url.length} characters)` : JSON.stringify(url);
  test(`${shown} with allowed-hosts ${JSON.stringify(hosts)} gives ${expected.split(' ')[0]}`, () => {
    const result = checkMeetingUrl(url, hosts);
    assert.equal(outcome(result), expected);
    if ('error' in result) assert.ok(!result.error.message.includes('SECRET-HOST-TOKEN'), result.error.message);
  });
}

test('no message names a host token, whatever the URL', () => {
  for (const [url, hosts] of URLS) {
    for (const withToken of [`${url}${token}`, url.replace('https://', `https://${HOST_TOKEN}@`)]) {
      const result = checkMeetingUrl(withToken, hosts);
      if ('error' in result) assert.ok(!result.error.message.includes('SECRET-HOST-TOKEN'), result.error.message);
    }
  }
});

test('a 1 MB allowed-hosts value is read quickly and reported briefly', () => {
  const huge = 'a.example '.repeat(100_000);
  const started = performance.now();
  const result = checkMeetingUrl('https://evil.example/', huge);
  assert.equal(outcome(result), 'host-not-allowed');
  assert.ok('error' in result && result.error.message.length < 400);
  assert.ok(performance.now() - started < 2000);
});

// [allowed-hosts, the patterns it gives]
const ALLOWED: [string, string[]][] = [
  ['meetings.vonage.com', ['meetings.vonage.com']],
  ['  MEETINGS.Vonage.COM \n localhost ', ['meetings.vonage.com', 'localhost']],
  ['meetings.vonage.com.', ['meetings.vonage.com']],
  ['*.vonage.com', ['*.vonage.com']],
  ['*.vonage.com.', ['*.vonage.com']],
  ['*', []],
  ['*.com', []],
  ['*.com.', []],
  ['*.', []],
  ['**.com', []],
  ['*.*.com', []],
  ['*..com', []],
  ['.com', []],
  ['a..b', []],
  ['*.127.0.0.1', []],
  ['*.0.0.1', []],
  ['*.[::1]', []],
  ['127.1', ['127.0.0.1']],
  ['[::1]', ['[::1]']],
  ['', []],
  ['   ', []],
  ['https://meetings.vonage.com', []],
  ['meetings.vonage.com/path', []],
  ['meetings.vonage.com:443', []],
  ['user@meetings.vonage.com', []],
  ['meetings.vonage.com?x', []],
  ['meetings.vonage.com#x', []],
  ['meetings\\vonage.com', []],
  ['%00', []],
  ['<script>', []],
  ['meetings.v\u03bfnage.com', ['meetings.xn--vnage-rce.com']],
  ['garbage !@#$%^&*() meetings.vonage.com', ['garbage', 'meetings.vonage.com']], // `garbage` is a host name, like localhost
];

for (const [value, patterns] of ALLOWED) {
  test(`allowed-hosts ${JSON.stringify(value)} gives ${JSON.stringify(patterns)}`, () => {
    assert.deepEqual(parseAllowedHosts(value), patterns);
  });
}

test('allowed-hosts of *, *.com and *.com. allow nothing, not everything', () => {
  for (const hosts of ['*', '*.com', '*.com.', '* *.com *.com.']) {
    for (const url of ['https://evil.com/', 'https://evil.com./', 'https://*/', 'https://meetings.vonage.com/1']) {
      assert.equal(outcome(checkMeetingUrl(url, hosts)), 'host-not-allowed', `${url} with ${hosts}`);
    }
  }
});

test('a wildcard matches subdomains at any depth, never the domain itself or a look-alike', () => {
  const patterns = parseAllowedHosts('*.vonage.com');
  assert.ok(hostMatches('meetings.vonage.com', patterns));
  assert.ok(hostMatches('a.b.vonage.com', patterns));
  for (const host of ['vonage.com', 'evilvonage.com', 'vonage.com.evil.example', '.vonage.com', 'a..vonage.com', 'meetings.vonage.com.', '*.vonage.com']) {
    assert.ok(!hostMatches(host, patterns), host);
  }
});

// What a page can give the element, as it gives it: normalised where it enters the view.
const GIVEN: GivenInputs = { src: '', room: null, participant: 'guest', allowedHosts: VONAGE, label: '', loading: 'eager', supportCheck: 'on', requiredFeatures: '', keepAwake: false, confirmLeave: false, dock: 'off' };

test('non-string properties are absent (null, undefined) or invalid, never converted', () => {
  const url = 'https://meetings.vonage.com/1';
  const at = (given: Partial<GivenInputs>, required = false) => outcome(resolveMeetingUrl({ ...pageInputs({ ...GIVEN, ...given }), required }));
  assert.equal(at({ src: null }), 'none');
  assert.equal(at({ src: undefined }), 'none');
  assert.equal(at({ src: null }, true), 'missing-url');
  for (const src of [42, NaN, true, {}, [], { toString: () => url }, Object.create(null), Symbol('x'), () => url, new String(url)]) {
    assert.equal(at({ src }), 'invalid-url', String(typeof src));
  }
  // allowed-hosts that is not a string falls back to the default host, the least surprising
  // choice, never to "anything".
  for (const allowedHosts of [null, undefined, 42, {}, ['evil.example'], Object.create(null)]) {
    assert.equal(at({ src: url, allowedHosts }), `ok ${url}`);
    assert.equal(at({ src: 'https://evil.example/', allowedHosts }), 'host-not-allowed');
  }
});

test('any participant but host opens the guest link', () => {
  for (const participant of ['guest', 'HOST', 'Host', ' host', 'host ', 'admin', 'owner', '', null, undefined, 1, {}, ['host'], { toString: () => 'host' }]) {
    assert.equal(pageInputs({ ...GIVEN, participant }).participant, 'guest', String(participant));
  }
  assert.equal(pageInputs({ ...GIVEN, participant: 'host' }).participant, 'host');
});

test('unknown keywords read as the default, and only the exact keywords count', () => {
  const read = (given: Partial<GivenInputs>) => pageInputs({ ...GIVEN, ...given });
  for (const odd of ['', 'EAGER', ' lazy', 'Click', 'AUTO', 'on ', null, undefined, 1, {}, ['click'], { toString: () => 'click' }]) {
    assert.equal(read({ loading: odd }).loading, 'eager', String(odd));
    assert.equal(read({ supportCheck: odd }).supportCheck, 'on', String(odd));
    assert.equal(read({ dock: odd }).dock, 'off', String(odd));
  }
  assert.equal(read({ loading: 'lazy' }).loading, 'lazy');
  assert.equal(read({ loading: 'click' }).loading, 'click');
  assert.equal(read({ supportCheck: 'off' }).supportCheck, 'off');
  assert.equal(read({ dock: 'auto' }).dock, 'auto');
  // Boolean attributes are booleans: a string "false" set from script is no `true`.
  for (const odd of ['true', 'false', '', 1, {}, null]) {
    assert.equal(read({ keepAwake: odd }).keepAwake, false, String(odd));
    assert.equal(read({ confirmLeave: odd }).confirmLeave, false, String(odd));
  }
});

test('label and required-features: text only, and only the known feature names', () => {
  const read = (given: Partial<GivenInputs>) => pageInputs({ ...GIVEN, ...given });
  for (const odd of [42, {}, ['x'], null, undefined, Symbol('x'), { toString: () => 'whiteboard' }]) {
    assert.equal(read({ label: odd }).label, '', String(typeof odd));
    assert.deepEqual(read({ requiredFeatures: odd }).requiredFeatures, [], String(typeof odd));
  }
  assert.deepEqual(read({ requiredFeatures: '  share-screen\twhiteboard  shareScreen Whiteboard record-meeting ' }).requiredFeatures, ['shareScreen', 'whiteboard']);
});


// [why, room, participant, expected]
const future = new Date(Date.now() + 3_600_000).toISOString();
const guestHref = 'https://meetings.vonage.com/365658578';
const links = (l: unknown) => ({ ...room(guestHref), _links: l });
const ROOMS: [string, unknown, 'guest' | 'host', string][] = [
  ['a real room', room(guestHref), 'guest', `ok ${guestHref}`],
  ['a real room as host', room(guestHref), 'host', `ok ${guestHref}${token}`],
  ['a string', guestHref, 'guest', 'invalid-room'],
  ['a number', 42, 'guest', 'invalid-room'],
  ['an array', [room(guestHref)], 'guest', 'invalid-room'],
  ['an array with _links', Object.assign([], { _links: { guest_url: { href: guestHref } } }), 'guest', 'invalid-room'],
  ['no _links', { display_name: 'x' }, 'guest', 'invalid-room'],
  ['_links null', links(null), 'guest', 'invalid-room'],
  ['_links a string', links(guestHref), 'guest', 'invalid-room'],
  ['_links an array', links([{ href: guestHref }]), 'guest', 'invalid-room'],
  ['no guest_url', links({ host_url: { href: guestHref } }), 'guest', 'participant-unavailable'],
  ['guest_url null', links({ guest_url: null }), 'guest', 'participant-unavailable'],
  ['no host_url', links({ guest_url: { href: guestHref } }), 'host', 'participant-unavailable'],
  ['guest_url a string', links({ guest_url: guestHref }), 'guest', 'invalid-room'],
  ['href a number', links({ guest_url: { href: 365658578 } }), 'guest', 'invalid-room'],
  ['href an object', links({ guest_url: { href: { toString: () => guestHref } } }), 'guest', 'invalid-room'],
  ['href empty', links({ guest_url: { href: '' } }), 'guest', 'invalid-room'],
  ['href javascript:', links({ guest_url: { href: 'javascript:alert(1)' } }), 'guest', 'invalid-url'],
  ['href on another host', links({ guest_url: { href: 'https://evil.example/1' } }), 'guest', 'host-not-allowed'],
  ['a __proto__ key holding _links (JSON.parse)', JSON.parse(`{"__proto__": {"_links": {"guest_url": {"href": "https://evil.example/"}}}}`), 'guest', 'invalid-room'],
  ['_links with a __proto__ key holding guest_url', JSON.parse(`{"_links": {"__proto__": {"guest_url": {"href": "https://evil.example/"}}}}`), 'guest', 'participant-unavailable'],
  ['guest_url with a __proto__ key holding href', JSON.parse(`{"_links": {"guest_url": {"__proto__": {"href": "https://evil.example/"}}}}`), 'guest', 'invalid-room'],
  ['inherited _links', Object.create({ _links: { guest_url: { href: guestHref } } }), 'guest', 'invalid-room'],
  ['a null-prototype room', Object.assign(Object.create(null), { _links: { guest_url: { href: guestHref } } }), 'guest', `ok ${guestHref}`],
  ['expires_at not a date', room(guestHref, { expires_at: 'tomorrow' }), 'guest', 'invalid-room'],
  ['expires_at empty', room(guestHref, { expires_at: '' }), 'guest', 'invalid-room'],
  ['expires_at a number', { ...room(guestHref), expires_at: Date.now() + 3_600_000 }, 'guest', 'invalid-room'],
  ['expires_at an object', { ...room(guestHref), expires_at: { toString: () => future } }, 'guest', 'invalid-room'],
  ['expires_at an Invalid Date', { ...room(guestHref), expires_at: new Date(NaN) }, 'guest', 'invalid-room'],
  ['expires_at passed', room(guestHref, { expires_at: '2023-01-24T16:19:13.518Z' }), 'host', 'room-expired'],
  ['expires_at null', room(guestHref, { expires_at: null }), 'guest', `ok ${guestHref}`],
  ['is_available false', room(guestHref, { is_available: false }), 'host', 'room-unavailable'],
  ['is_available "false" (not the API\'s boolean: read as available)', { ...room(guestHref), is_available: 'false' }, 'guest', `ok ${guestHref}`],
  [
    'a getter that throws',
    Object.defineProperty({}, '_links', { enumerable: true, get: () => { throw new Error('boom'); } }),
    'guest',
    'invalid-room',
  ],
  ['a Proxy whose traps throw', new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } }), 'guest', 'invalid-room'],
  ['a revoked Proxy', (() => { const p = Proxy.revocable(room(guestHref), {}); p.revoke(); return p.proxy; })(), 'guest', 'invalid-room'],
];

for (const [why, r, role, expected] of ROOMS) {
  test(`a room (${why}) as ${role} gives ${expected.split(' ')[0]}`, () => {
    let result: ReturnType<typeof resolveMeetingUrl> = undefined;
    assert.doesNotThrow(() => (result = resolveMeetingUrl({ src: '', room: r, participant: role, allowedHosts: VONAGE })));
    assert.equal(outcome(result), expected);
    if (result && 'error' in result) assert.ok(!(result as { error: { message: string } }).error.message.includes('SECRET-HOST-TOKEN'));
  });
}

test('Object.prototype pollution gives a room no links, no href and no availability', () => {
  const proto = Object.prototype as Record<string, unknown>;
  const polluted = { _links: { guest_url: { href: 'https://evil.example/' } }, guest_url: { href: 'https://evil.example/' }, href: 'https://evil.example/', is_available: false, expires_at: '2000-01-01T00:00:00Z' };
  try {
    Object.assign(proto, polluted);
    assert.equal(outcome(resolveMeetingUrl({ src: '', room: {}, participant: 'guest', allowedHosts: VONAGE })), 'invalid-room');
    assert.equal(outcome(resolveMeetingUrl({ src: '', room: { _links: {} }, participant: 'guest', allowedHosts: VONAGE })), 'participant-unavailable');
    assert.equal(outcome(resolveMeetingUrl({ src: '', room: { _links: { guest_url: {} } }, participant: 'guest', allowedHosts: VONAGE })), 'invalid-room');
    assert.equal(outcome(resolveMeetingUrl({ src: '', room: { _links: { guest_url: { href: guestHref } } }, participant: 'guest', allowedHosts: VONAGE })), `ok ${guestHref}`);
  } finally {
    for (const key of Object.keys(polluted)) delete proto[key];
  }
});

test('own() reads own properties only and never throws', () => {
  assert.equal(own({ a: 1 }, 'a'), 1);
  assert.equal(own(Object.create({ a: 1 }), 'a'), undefined);
  assert.equal(own(null, 'a'), undefined);
  assert.equal(own('abc', 'length'), undefined);
  assert.equal(own(Object.defineProperty({}, 'a', { get: () => { throw new Error('boom'); } }), 'a'), undefined);
  const revoked = Proxy.revocable({ a: 1 }, {});
  revoked.revoke();
  assert.equal(own(revoked.proxy, 'a'), undefined);
});

test('roomLink gives the link of the role, as it is, for the URL policy to check', () => {
  const r = room(guestHref);
  assert.deepEqual(roomLink(r, 'guest'), { url: guestHref });
  assert.deepEqual(roomLink(r, 'host', Date.parse('2000-01-01T00:00:00Z')), { url: `${guestHref}${token}` });
});
