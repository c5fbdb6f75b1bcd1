/**
 * English, the element's own language: every word the element shows, with `{name}`
 * placeholders that `format` fills. Every other language's module under `locales/` has
 * the same keys (the compiler checks). It is in the element's first file: what the user
 * must read when something is wrong never waits for a download.
 */
import type { MeetingErrorCode } from '../view/events.js';
import type { SupportReason } from '../view/support.js';
import type { Feature } from '../view/tiers.js';

export const en = {
  title: 'Video meeting',
  loading: 'Loading the meeting…',
  left: 'You left the meeting.',
  join: 'Join again',
  dismiss: 'Dismiss',
  tooSmall: 'The meeting needs to be at least {min} px wide: make it {more} px wider.',
  missing: 'At this size the meeting has no {features}. Make it at least {width} px wide.',
  // Between the feature names in `missing`.
  separator: ', ',
  unlisted: 'This browser is not on the meeting’s supported list, so some features may not work.',
  unsupported: 'The meeting cannot run in this browser.',
  openInTab: 'Open the meeting in a new tab',
  denied: 'Camera or microphone access is blocked for this site. Allow it in the browser’s site settings, then reload the page.',
  // What the user can do, by the first reason of the support check (after `unsupported` or `unlisted`).
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
  'participant-unavailable': 'This meeting room has no link for you.',
  'permissions-policy-blocked': 'This page does not allow the camera or microphone, so the meeting cannot use them.',
  'csp-blocked': 'This page’s Content-Security-Policy does not allow the meeting. Its frame-src must include {origin}.',
  // Join on click (`loading="click"`): the placeholder shown before the frame is made.
  joinHint: 'The meeting will ask to use your camera and microphone.',
  joinMeeting: 'Join the meeting',
  // Docking and expanding.
  docked: 'Docked meeting',
  undock: 'Back to its place',
  // Docked because the meeting's place is gone (the user opened another route).
  returnToMeeting: 'Return to the meeting',
  leave: 'Leave',
  expand: 'Expand the meeting',
  collapse: 'Collapse the meeting',
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
