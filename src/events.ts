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
  | 'role-unavailable'
  | 'permissions-policy-blocked'
  | 'csp-blocked';

/** An error of the element; `message` never contains a host URL's token. */
export interface MeetingError {
  code: MeetingErrorCode;
  message: string;
}

export type PermissionStateOrUnknown = PermissionState | 'unknown';

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

/** Every event of `<vonage-meeting>` with its detail type. */
export interface VonageMeetingEventMap {
  'vonage-meeting-load': CustomEvent<Record<string, never>>;
  'vonage-meeting-error': CustomEvent<MeetingError>;
  'vonage-meeting-tier-change': CustomEvent<TierChangeDetail>;
  'vonage-meeting-unsupported': CustomEvent<UnsupportedDetail>;
  'vonage-meeting-feature-unavailable': CustomEvent<FeatureUnavailableDetail>;
  'vonage-meeting-leave': CustomEvent<Record<string, never>>;
  'vonage-meeting-permission-denied': CustomEvent<PermissionDeniedDetail>;
  'vonage-meeting-dock-change': CustomEvent<DockChangeDetail>;
  'vonage-meeting-expand-change': CustomEvent<ExpandChangeDetail>;
}

declare global {
  interface HTMLElementEventMap extends VonageMeetingEventMap {}
}
