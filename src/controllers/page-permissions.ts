/**
 * What the embedding page itself allows: its Permissions-Policy, read where the browser
 * offers a way. Never throws.
 */

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
