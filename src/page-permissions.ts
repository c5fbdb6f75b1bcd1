/**
 * What the embedding page itself allows: its Permissions-Policy, and the user's
 * camera and microphone permissions. Read where the browser offers a way; never throws.
 */
import type { PermissionDeniedDetail } from './events.js';

interface PolicyApi {
  allowsFeature(feature: string, origin?: string): boolean;
}

/** The media features of an `allow` list that the page's own policy forbids. */
export function featuresBlockedByPage(doc: Document, allow: string): string[] {
  const d = doc as Document & { featurePolicy?: PolicyApi; permissionsPolicy?: PolicyApi };
  const policy = d.permissionsPolicy ?? d.featurePolicy;
  if (!policy) return []; // Firefox and Safari expose no policy API: nothing to detect.
  // Only the page's own permission is asked: for another origin, the API answers "no"
  // under the default policy too, which would be a false alarm.
  const wanted = ['camera', 'microphone'].filter((f) => new RegExp(`(^|;)\\s*${f}(\\s|;|$)`).test(allow));
  try {
    return wanted.filter((f) => !policy.allowsFeature(f));
  } catch {
    return [];
  }
}

// One query per page: each query leaves a PermissionStatus behind (Chromium keeps them),
// and a status's `state` stays current, so every element reads the same two. A new
// `query` function (a page or test replacing it) gets asked afresh.
let asked: { query: unknown; statuses: Promise<(PermissionStatus | null)[]> } | undefined;

/** The camera and microphone permission states, `unknown` where they cannot be queried. */
export async function mediaPermissions(): Promise<PermissionDeniedDetail> {
  const query: unknown = globalThis.navigator?.permissions?.query;
  if (asked?.query !== query) {
    const ask = (name: string) =>
      navigator.permissions.query({ name } as unknown as PermissionDescriptor).catch(() => null);
    asked = { query, statuses: query ? Promise.all([ask('camera'), ask('microphone')]) : Promise.resolve([null, null]) };
  }
  const [camera, microphone] = (await asked!.statuses).map((status) => status?.state ?? 'unknown');
  return { camera, microphone };
}
