// Placeholder: the support check is being written (see issue 5). Types per ../shared/API.md.
export type SupportStatus = 'supported' | 'unlisted' | 'unsupported';
export type SupportReason =
  | 'no-browser'
  | 'insecure-context'
  | 'no-media-devices'
  | 'no-webrtc'
  | 'os-too-old'
  | 'browser-too-old'
  | 'browser-not-listed'
  | 'webview';
export interface SupportInput {
  userAgent?: string;
  maxTouchPoints?: number;
  secureContext?: boolean;
  mediaDevices?: boolean;
  peerConnection?: boolean;
}
export interface SupportResult {
  status: SupportStatus;
  reasons: SupportReason[];
  browser: { name: string; version: string | null };
  os: { name: string; version: string | null };
  mobile: boolean;
  webview: 'android-webview' | 'ios-wkwebview' | null;
}
export function checkSupport(_input: SupportInput = {}): SupportResult {
  return { status: 'supported', reasons: [], browser: { name: 'unknown', version: null }, os: { name: 'unknown', version: null }, mobile: false, webview: null };
}
