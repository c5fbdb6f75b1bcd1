/**
 * The URL policy: which meeting URLs may reach an iframe. Pure: no DOM.
 *
 * `https:` only, or `http:` for loopback hosts; no credentials; the host must match
 * `allowed-hosts`. Messages name the host at most, never the path or query, where a
 * host link carries its admin token.
 */
import type { MeetingError } from './events.js';
import { roomLink, type Participant } from './room.js';

/** The hosts allowed by default: Vonage's meeting host. */
export const DEFAULT_ALLOWED_HOSTS = 'meetings.vonage.com';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
// Longer than any real meeting link; refusing early keeps a hostile 1 MB string cheap.
const MAX_URL_LENGTH = 4096;

type Outcome = { url: string } | { error: MeetingError };
const fail = (code: MeetingError['code'], message: string): Outcome => ({ error: { code, message } });

// A host name of non-empty labels as the URL parser writes them, or an IPv6 literal. Other
// names the parser lets through (`*`, `a..b`, `.com`) can name no real host.
const HOST_NAME = /^(?:[a-z\d_-]+\.)*[a-z\d_-]+$|^\[[\da-f:.]+\]$/;
const IP_ADDRESS = /^[\d.]+$|^\[/;

/** A host name as the URL parser writes it (lower case, punycode), or undefined. */
function normalizeHost(name: string): string | undefined {
  // Host names only: no port, path, credentials or other URL parts.
  if (!/^([^\s/:@?#\\[\]]+|\[[\da-f:.]+\])$/i.test(name)) return undefined;
  let host: string;
  try {
    host = new URL(`https://${name}/`).hostname;
  } catch {
    return undefined;
  }
  // `example.com.` (fully qualified) names the same host as `example.com`. Without this,
  // `*.com.` would slip past the single-label rule below and allow every `.com.` host.
  if (host.endsWith('.')) host = host.slice(0, -1);
  return HOST_NAME.test(host) ? host : undefined;
}

/**
 * The patterns of an `allowed-hosts` value: exact host names and `*.domain` wildcards.
 * A bare `*`, a wildcard over a single label (`*.com`, `*.com.`) or over an IP address,
 * and anything that is not a host name are ignored: they would allow nearly every host,
 * or none that exists.
 */
export function parseAllowedHosts(value: string): string[] {
  const patterns: string[] = [];
  for (const entry of value.split(/\s+/)) {
    const wildcard = entry.startsWith('*.');
    const host = normalizeHost(wildcard ? entry.slice(2) : entry);
    if (!host) continue;
    if (!wildcard) patterns.push(host);
    else if (host.includes('.') && !IP_ADDRESS.test(host)) patterns.push(`*.${host}`);
  }
  return patterns;
}

/**
 * Whether `host` (as `URL.hostname` gives it) matches one of the patterns. A URL's host
 * with a trailing dot matches nothing: patterns have none, and such a URL is a look-alike
 * more often than a deliberate fully qualified name.
 */
export const hostMatches = (host: string, patterns: string[]) =>
  HOST_NAME.test(host) && patterns.some((p) => (p.startsWith('*.') ? host.endsWith(p.slice(1)) : host === p));

/** Checks one meeting URL against the policy. */
export function checkMeetingUrl(value: string, allowedHosts: string): Outcome {
  const text = value.trim();
  if (!text) return fail('missing-url', 'No meeting URL: set src or room.');
  // Whitespace, control characters and backslashes inside a URL are only ever mistakes or
  // tricks (the parser would silently drop or reinterpret them).
  if (text.length > MAX_URL_LENGTH || /[\s\x00-\x1f\x7f\\]/.test(text)) return fail('invalid-url', 'The meeting URL is not a valid URL.');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('invalid-url', 'The meeting URL is not a valid absolute URL.');
  }
  const loopback = LOOPBACK.includes(url.hostname);
  if (url.protocol === 'http:' && !loopback) return fail('insecure-url', `The meeting URL must use https: (http: is allowed only for ${LOOPBACK.join(', ')}).`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('invalid-url', `The meeting URL must use https:, not ${url.protocol.slice(0, 20)}`);
  if (!hostMatches(url.hostname, parseAllowedHosts(allowedHosts))) {
    return fail('host-not-allowed', `The host ${url.hostname.slice(0, 253)} is not in allowed-hosts (${allowedHosts.trim().slice(0, 200) || 'empty'}).`);
  }
  if (url.username || url.password) return fail('invalid-url', 'The meeting URL must not contain credentials.');
  return { url: url.href };
}

export interface MeetingSource {
  /** The URL as written; null when it was no string at all (`PageInputs.src`). */
  src: string | null;
  room: unknown;
  participant: Participant;
  allowedHosts: string;
  /** Whether having no URL at all is an error (`missing-url`) rather than nothing to do yet. */
  required?: boolean;
  now?: number;
}

/** The URL the frame should open: `src` wins over `room`. Undefined when neither is set. */
export function resolveMeetingUrl({ src, room, participant, allowedHosts, required, now }: MeetingSource): Outcome | undefined {
  if (src === null) return fail('invalid-url', 'src must be a string.');
  if (src.trim()) return checkMeetingUrl(src, allowedHosts);
  if (room == null) return required ? checkMeetingUrl('', allowedHosts) : undefined;
  const link = roomLink(room, participant, now);
  return 'error' in link ? link : checkMeetingUrl(link.url, allowedHosts);
}
