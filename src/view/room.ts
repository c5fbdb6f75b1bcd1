/**
 * The Meetings API room object and which of its links a participant opens. Pure: no DOM.
 * Only the room's own properties are read, so an inherited (polluted) `_links` never counts.
 */
import type { MeetingError } from './events.js';

/** Which link of the room to open: the guest link, or the host link that carries an admin token. */
export type Participant = 'guest' | 'host';

/** A link of the room object. */
export interface RoomLink {
  href: string;
}

/** The response of `POST /v1/meetings/rooms` (the fields the element reads are required). */
export interface MeetingRoom {
  id?: string;
  display_name?: string | null;
  metadata?: string | null;
  type?: 'instant' | 'long_term';
  expires_at?: string | null;
  recording_options?: { auto_record?: boolean; record_only_owner?: boolean } | null;
  meeting_code?: string;
  _links: { host_url?: RoomLink | null; guest_url?: RoomLink | null };
  created_at?: string;
  is_available?: boolean;
  expire_after_use?: boolean;
  theme_id?: string | null;
  initial_join_options?: { microphone_state?: 'on' | 'off' | 'default' } | null;
  join_approval_level?: 'none' | 'after_owner_only' | 'explicit_approval';
  callback_urls?: Record<string, string> | null;
  ui_settings?: { language?: string } | null;
  available_features?: Record<string, boolean> | null;
}

/**
 * A property of `value` only if it is an own property of an object. A getter or a Proxy
 * that throws reads as absent: a hostile room must give an error, not break the element.
 */
export function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown) => value !== null && typeof value === 'object';

/** The link of `room` for `participant`, or why there is none. */
export function roomLink(room: unknown, participant: Participant, now = Date.now()): { url: string } | { error: MeetingError } {
  const links = own(room, '_links');
  // `links` first: a revoked Proxy, which even Array.isArray throws on, has none.
  if (!isObject(links) || Array.isArray(room) || Array.isArray(links)) {
    return { error: { code: 'invalid-room', message: 'room must be a Meetings API room object with _links.' } };
  }
  if (own(room, 'is_available') === false) {
    return { error: { code: 'room-unavailable', message: 'The room is no longer available (is_available: false).' } };
  }
  const expires = own(room, 'expires_at');
  if (expires != null) {
    const time = typeof expires === 'string' ? Date.parse(expires) : NaN;
    if (Number.isNaN(time)) return { error: { code: 'invalid-room', message: 'room.expires_at is not a date.' } };
    if (time <= now) return { error: { code: 'room-expired', message: `The room expired at ${new Date(time).toISOString()}.` } };
  }
  const link = own(links, participant === 'host' ? 'host_url' : 'guest_url');
  if (link == null) return { error: { code: 'participant-unavailable', message: `The room has no ${participant} link.` } };
  const href = own(link, 'href');
  if (typeof href !== 'string' || !href) {
    return { error: { code: 'invalid-room', message: `room._links.${participant}_url.href is not a URL string.` } };
  }
  return { url: href };
}

/** Whether the room records even at the smallest size (`recording_options.auto_record`). */
export const autoRecords = (room: unknown) => own(own(room, 'recording_options'), 'auto_record') === true;

/** The room's display name, when it has one. */
export const displayName = (room: unknown) => {
  const name = own(room, 'display_name');
  return typeof name === 'string' && name.trim() ? name : undefined;
};
