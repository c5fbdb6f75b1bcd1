/**
 * Size tiers: which meeting features the seed's table offers at which frame width.
 * Pure: no DOM. The one place where the 360/500/600 px table lives.
 */

/** The element's size tier, from its content-box width in CSS pixels. */
export type Tier = 'too-small' | 'small' | 'medium' | 'large';

/** The meeting features of the seed's table, each available or not at a size. */
export interface Features {
  microphone: boolean;
  video: boolean;
  record: boolean;
  shareScreen: boolean;
  reactions: boolean;
  privacy: boolean;
  whiteboard: boolean;
  watchTogether: boolean;
  roundTable: boolean;
  endMeeting: boolean;
}

export type Feature = keyof Features;

/** The lower bound of each tier, in CSS pixels; a boundary belongs to the tier above it. */
export const TIER_MIN_WIDTH: Readonly<Record<Tier, number>> = { 'too-small': 0, small: 360, medium: 500, large: 600 };

const TIERS: readonly Tier[] = ['too-small', 'small', 'medium', 'large'];

// The seed's table: the smallest tier at which each feature is available.
const FEATURE_TIER: Readonly<Record<Feature, Tier>> = {
  microphone: 'small',
  video: 'small',
  record: 'medium',
  shareScreen: 'medium',
  reactions: 'large',
  privacy: 'medium',
  whiteboard: 'large',
  watchTogether: 'large',
  roundTable: 'large',
  endMeeting: 'small',
};

/** Every feature name, in the seed's order. */
export const FEATURES = Object.keys(FEATURE_TIER) as Feature[];

/** The tier for a content-box width in CSS pixels (NaN and negatives count as 0). */
export function tierForWidth(width: number): Tier {
  // The largest tier whose lower bound the width reaches (NaN reaches none).
  return TIERS.filter((tier) => width >= TIER_MIN_WIDTH[tier]).pop() ?? 'too-small';
}

/**
 * The features available at a tier. At `small`, `record` is available only for a room
 * created with `recording_options.auto_record: true` (the seed's footnote).
 */
export function featuresForTier(tier: Tier, options: { autoRecord?: boolean } = {}): Features {
  const rank = TIERS.indexOf(tier);
  const features = {} as Features;
  for (const name of FEATURES) features[name] = rank >= TIERS.indexOf(FEATURE_TIER[name]);
  if (tier === 'small' && options.autoRecord) features.record = true;
  return features;
}

/** The smallest width at which a feature is available. */
export function minWidthFor(feature: Feature, options: { autoRecord?: boolean } = {}): number {
  return feature === 'record' && options.autoRecord ? TIER_MIN_WIDTH.small : TIER_MIN_WIDTH[FEATURE_TIER[feature]];
}

/** `share-screen` -> `shareScreen`; undefined for a name that is not a feature. */
export function featureFromKebab(name: string): Feature | undefined {
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as Feature;
  return Object.hasOwn(FEATURE_TIER, camel) && !/[A-Z]/.test(name) ? camel : undefined;
}
