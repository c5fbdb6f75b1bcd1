/**
 * The element's properties as the page gave them (any value, from an attribute or from
 * script), normalised once, where they enter the view: every rule after this reads typed
 * values. An unknown keyword reads as the default; a value that is not a string where a
 * string belongs never becomes one (`String(value)` could carry anything into a URL). Pure.
 */
import { DEFAULT_ALLOWED_HOSTS } from './meeting-url.js';
import type { Participant } from './room.js';
import { featureFromKebab, type Feature } from './tiers.js';

/** What a page can set on the element, as it set it. */
export interface GivenInputs {
  src: unknown;
  room: unknown;
  participant: unknown;
  allowedHosts: unknown;
  label: unknown;
  loading: unknown;
  supportCheck: unknown;
  requiredFeatures: unknown;
  keepAwake: unknown;
  confirmLeave: unknown;
  dock: unknown;
}

export type Loading = 'eager' | 'lazy' | 'click';
export type SupportCheck = 'on' | 'off';
export type Dock = 'off' | 'auto';

/** The same, normalised. */
export interface PageInputs {
  /** The meeting URL as written; '' when absent (null or undefined); null when it is no string at all, which is an error. */
  src: string | null;
  /** Checked by the room's own rules (`room.ts`), which say what is wrong with it. */
  room: unknown;
  participant: Participant;
  allowedHosts: string;
  label: string;
  loading: Loading;
  supportCheck: SupportCheck;
  /** The known feature names of `required-features`; unknown names are left out. */
  requiredFeatures: Feature[];
  keepAwake: boolean;
  confirmLeave: boolean;
  dock: Dock;
}

const text = (value: unknown, absent = '') => (typeof value === 'string' ? value : absent);
const keyword = <K extends string>(value: unknown, keywords: readonly K[], absent: K): K =>
  keywords.includes(value as K) ? (value as K) : absent;

export function pageInputs(given: GivenInputs): PageInputs {
  const { src } = given;
  return {
    src: src == null ? '' : typeof src === 'string' ? src : null,
    room: given.room,
    // Anything but `host` opens the guest link: the least privileged choice.
    participant: keyword(given.participant, ['host'], 'guest'),
    allowedHosts: text(given.allowedHosts, DEFAULT_ALLOWED_HOSTS),
    label: text(given.label),
    loading: keyword(given.loading, ['lazy', 'click'], 'eager'),
    supportCheck: keyword(given.supportCheck, ['off'], 'on'),
    requiredFeatures: text(given.requiredFeatures)
      .split(/\s+/)
      .map(featureFromKebab)
      .filter((feature): feature is Feature => feature !== undefined),
    keepAwake: given.keepAwake === true,
    confirmLeave: given.confirmLeave === true,
    dock: keyword(given.dock, ['auto'], 'off'),
  };
}
