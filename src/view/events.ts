import type { Features, Feature, Tier } from './tiers.js';
import type { SupportResult } from './support.js';

/** Why the element cannot show the meeting. */
export type MeetingErrorCode =
  | 'missing-url'
  | 'invalid-url'
  | 'insecure-url'
  | 'host-not-allowed'
  | 'invalid-room'
  | 'room-unavailable'
  | 'room-expired'
  | 'participant-unavailable'
  | 'permissions-policy-blocked'
  | 'csp-blocked';

/** An error of the element; `message` never contains a host URL's token. */
export interface MeetingError {
  code: MeetingErrorCode;
  message: string;
}

/** A permission's state as the Permissions API reports it, or `unknown` where the browser does not say. */
export type PermissionStateOrUnknown = 'granted' | 'denied' | 'prompt' | 'unknown';

export interface TierChangeDetail {
  tier: Tier;
  /** null the first time the element measures itself after connecting. */
  previousTier: Tier | null;
  width: number;
  features: Features;
}

export interface FeatureUnavailableDetail {
  missing: Feature[];
  tier: Tier;
}

export interface UnsupportedDetail {
  support: SupportResult;
}

export interface PermissionDeniedDetail {
  camera: PermissionStateOrUnknown;
  microphone: PermissionStateOrUnknown;
}

export interface DockChangeDetail {
  docked: boolean;
}

export interface ExpandChangeDetail {
  expanded: boolean;
  /** How the meeting fills the screen: the Fullscreen API, or the viewport where the engine does not allow it. */
  mode: 'fullscreen' | 'viewport';
}

/** Every event of `<vonage-meeting>`, with its `detail`. */
export interface MeetingEventDetails {
  'vonage-meeting-load': Record<string, never>;
  'vonage-meeting-error': MeetingError;
  'vonage-meeting-tier-change': TierChangeDetail;
  'vonage-meeting-unsupported': UnsupportedDetail;
  'vonage-meeting-feature-unavailable': FeatureUnavailableDetail;
  'vonage-meeting-leave': Record<string, never>;
  'vonage-meeting-permission-denied': PermissionDeniedDetail;
  'vonage-meeting-dock-change': DockChangeDetail;
  'vonage-meeting-expand-change': ExpandChangeDetail;
  'vonage-meeting-return': Record<string, never>;
}

/** Every event's name, at run time (the React wrapper listens to each); the compiler checks it lists exactly `MeetingEventDetails`. */
export const MEETING_EVENTS = Object.keys({
  'vonage-meeting-load': 0,
  'vonage-meeting-error': 0,
  'vonage-meeting-tier-change': 0,
  'vonage-meeting-unsupported': 0,
  'vonage-meeting-feature-unavailable': 0,
  'vonage-meeting-leave': 0,
  'vonage-meeting-permission-denied': 0,
  'vonage-meeting-dock-change': 0,
  'vonage-meeting-expand-change': 0,
  'vonage-meeting-return': 0,
} satisfies Record<keyof MeetingEventDetails, 0>) as (keyof MeetingEventDetails)[];
