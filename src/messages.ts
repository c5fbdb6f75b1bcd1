/**
 * Every word the element shows, in one catalogue. `{name}` placeholders are filled by
 * `format`. A page overrides any of them with the element's `messages` property.
 */
import type { MeetingErrorCode } from './events.js';
import type { SupportReason } from './support.js';
import type { Feature } from './tiers.js';

export const en = {
  title: 'Video meeting',
  loading: 'Loading the meeting…',
  left: 'You left the meeting.',
  join: 'Join again',
  dismiss: 'Dismiss',
  tooSmall: 'The meeting needs to be at least {min} px wide: make it {more} px wider.',
  missing: 'At this size the meeting has no {features}. Make it at least {width} px wide.',
  unlisted: 'This browser is not on the meeting’s supported list, so some features may not work.',
  unsupported: 'The meeting cannot run in this browser.',
  openInTab: 'Open the meeting in a new tab',
  denied: 'Camera or microphone access is blocked for this site. Allow it in the browser’s site settings, then reload the page.',
  // What the user can do, by the first reason of an unsupported result.
  'no-browser': 'Open this page in a web browser.',
  'insecure-context': 'Open this page over https.',
  'no-media-devices': 'This browser cannot use a camera or microphone here. Use a current Chrome, Edge, Firefox or Safari.',
  'no-webrtc': 'This browser cannot make video calls. Use a current Chrome, Edge or Firefox.',
  'os-too-old': 'Update the device to iOS 14 or later, or open the meeting in Safari.',
  'browser-too-old': 'Update the browser, or use Chrome.',
  'browser-not-listed': 'Use Chrome, Edge or Firefox.',
  webview: 'Open the meeting in the device’s browser.',
  // Errors, as the user sees them (developers get the detail in the error event and console).
  'missing-url': 'There is no meeting to open.',
  'invalid-url': 'This meeting link is not valid.',
  'insecure-url': 'This meeting link is not secure (it must use https).',
  'host-not-allowed': 'This page is not allowed to open meetings from this address.',
  'invalid-room': 'This meeting room could not be read.',
  'room-unavailable': 'This meeting room no longer exists.',
  'room-expired': 'This meeting room has expired.',
  'role-unavailable': 'This meeting room has no link for you.',
  'permissions-policy-blocked': 'This page does not allow the camera or microphone, so the meeting cannot use them.',
  // Feature names, for the required-features notice.
  microphone: 'Microphone',
  video: 'Video',
  record: 'Record',
  shareScreen: 'Share Screen',
  reactions: 'Reactions',
  privacy: 'Privacy',
  whiteboard: 'Whiteboard',
  watchTogether: 'Watch Together',
  roundTable: 'Round Table',
  endMeeting: 'End Meeting',
} satisfies Record<string, string> & Record<MeetingErrorCode | SupportReason | Feature, string>;

/** The keys of the catalogue. */
export type MessageKey = keyof typeof en;
/** A complete catalogue, as a translation provides it. */
export type Messages = Record<MessageKey, string>;

/** Fills `{name}` placeholders. */
export const format = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
