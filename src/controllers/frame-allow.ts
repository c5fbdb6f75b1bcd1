/**
 * The meeting frame's default permissions policy: every token a meeting page needs, of
 * those the running engine recognises, so that no engine logs an unrecognised-feature
 * warning for the default (shared facts: which engine recognises which token).
 */

/** Every token a meeting page may need: camera, microphone, screen sharing, full screen, a screen that stays on, the audio output, "copy invite link", and remote audio before a click. */
export const DEFAULT_ALLOW = 'camera; microphone; display-capture; fullscreen; screen-wake-lock; speaker-selection; clipboard-write; autoplay';

interface PolicyApi {
  features(): string[];
}

// Where no policy API tells (Firefox, Safari), what their parsers recognise: the same six.
// Firefox skips `clipboard-write` and (in stock builds) `autoplay` with a console warning;
// WebKit parses neither and skips them silently.
const PARSED = new Set(['camera', 'microphone', 'display-capture', 'fullscreen', 'screen-wake-lock', 'speaker-selection']);

function recognises(token: string): boolean {
  const doc = document as Document & { featurePolicy?: PolicyApi; permissionsPolicy?: PolicyApi };
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  if (typeof policy?.features === 'function') return policy.features().includes(token);
  if (!('mozInnerScreenX' in window)) return PARSED.has(token);
  // Firefox recognises these from the version that brought their API (126 and 116).
  if (token === 'screen-wake-lock') return 'wakeLock' in navigator;
  if (token === 'speaker-selection') return 'selectAudioOutput' in (navigator.mediaDevices ?? {}) || 'setSinkId' in HTMLMediaElement.prototype;
  return PARSED.has(token);
}

let engineDefault: string | undefined;

/** The tokens of `DEFAULT_ALLOW` the running engine recognises; all of them where there is no page (a server). */
export function defaultAllow(): string {
  if (typeof document === 'undefined') return DEFAULT_ALLOW;
  try {
    engineDefault ??= DEFAULT_ALLOW.split('; ').filter(recognises).join('; ');
  } catch {
    engineDefault = DEFAULT_ALLOW;
  }
  return engineDefault;
}
