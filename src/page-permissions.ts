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

/** The camera and microphone permission states, `unknown` where they cannot be queried. */
export async function mediaPermissions(): Promise<PermissionDeniedDetail> {
  const query = async (name: string) => {
    try {
      return (await navigator.permissions.query({ name } as unknown as PermissionDescriptor)).state;
    } catch {
      return 'unknown' as const;
    }
  };
  const [camera, microphone] = await Promise.all([query('camera'), query('microphone')]);
  return { camera, microphone };
}
