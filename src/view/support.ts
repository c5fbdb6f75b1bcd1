/**
 * Whether this browser can run the hosted meeting: the seed's supported-browser list
 * ("Desktop: Firefox and Chrome based browsers. iOS 14+: Safari, Edge or Firefox.
 * Android: Chrome or Samsung browser v14+") as one pure function, per ../shared/API.md.
 * Each rule of API.md's `checkSupport` section is one function below, in its order.
 *
 * A focused parser instead of ua-parser-js or bowser: the script-tag bundle has a gzip
 * budget and Lit takes most of it, so this module reads only the few tokens the rules
 * need. It touches no DOM and guards every global, so it imports and runs in Node.
 */
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
export type SupportWebview = 'android-webview' | 'ios-wkwebview';
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
  webview: SupportWebview | null;
}

type Named = { name: string; version: string | null };
type Verdict = Pick<SupportResult, 'status' | 'reasons'>;
/** What the rules decide on, read from the input and the running browser. */
interface Facts {
  ua: string;
  inBrowser: boolean;
  missing: SupportReason[];
  browser: Named;
  os: Named;
  mobile: boolean;
  webview: SupportWebview | null;
}

const supported = (): Verdict => ({ status: 'supported', reasons: [] });
const unlisted = (reason: SupportReason): Verdict => ({ status: 'unlisted', reasons: [reason] });
const unsupported = (...reasons: SupportReason[]): Verdict => ({ status: 'unsupported', reasons });
const unknown = (): Named => ({ name: 'unknown', version: null });

// Browser tokens, most specific first: nearly every browser also claims Chrome/ or
// Safari/, so a product's own token has to win. Group 1 is the version.
const BROWSERS: [string, RegExp][] = [
  // EdgeHTML (Edge 12-18) says Chrome/ too but is no Chromium: see rule 5.
  ['edge-legacy', / Edge\/([\d.]+)/],
  ['ie', /(?:MSIE |Trident.*rv:)([\d.]+)/],
  ['edge', /Edg(?:A|iOS)?\/([\d.]+)/],
  ['opera', /(?:OPR|OPiOS|OPT)\/([\d.]+)/],
  ['samsung', /SamsungBrowser\/([\d.]+)/],
  ['yandex', /YaBrowser\/([\d.]+)/],
  ['vivaldi', /Vivaldi\/([\d.]+)/],
  ['firefox', /(?:Firefox|FxiOS)\/([\d.]+)/],
  // Chrome's own user agent ends right after its token. Anything more (Silk, Iron,
  // HuaweiBrowser, HeadlessChrome, an app's name) is some other Chromium browser.
  ['chrome', /Gecko\) (?:Chrome|CriOS)\/([\d.]+)( Mobile\S*)? Safari\/[\d.]+$/],
  ['chromium', /Chrom(?:e|ium)\/([\d.]+)/],
  // Likewise Safari's: an in-app view that appends "Safari/604.1 SomeApp" is no Safari.
  // Safari 15.6 on iOS 15.7 and macOS says "Version/15.6,2": the comma part is no part of
  // the version, but without it here that Safari would pass for an app's web view.
  ['safari', /Version\/([\d.]+)(?:,\d+)?( Mobile\/\S+)? Safari\/[\d.]+$/],
];

// Systems by their token; the version is the number after the system's own keyword
// ("iPhone OS 17_5", "Android 14", "Windows NT 10.0", "Mac OS X 10_15_7", "CrOS x86_64 14541.0.0").
const SYSTEMS: [string, RegExp][] = [
  ['ios', /iP(?:hone|ad|od)/],
  ['android', /Android/],
  ['chromeos', /CrOS/],
  ['windows', /Windows/],
  ['macos', /Mac OS X/],
  ['linux', /Linux|X11/],
];
const SYSTEM_VERSION = /(?:OS(?: X)?|Android|NT|CrOS \S+) (\d[\d_.]*)/;
const SAFARI_VERSION = /Version\/([\d.]+)/;

// Group 1 of a match, with "14_4_2" read as "14.4.2".
const versionOf = (match: RegExpExecArray | null) => match?.[1]?.replace(/_/g, '.') || null;

// The first entry whose pattern matches names the thing.
function find(list: [string, RegExp][], ua: string): Named {
  for (const [name, pattern] of list) {
    const match = pattern.exec(ua);
    if (match) return { name, version: versionOf(match) };
  }
  return unknown();
}

// A version we cannot read counts as new enough: every iPad that sends a Mac user agent
// runs iPadOS 13 or later, and refusing a browser on a guess helps nobody.
function below(version: string | null, major: number, minor = 0) {
  if (!version) return false;
  const [a, b = 0] = version.split('.').map(Number);
  return a < major || (a === major && b < minor);
}

function systemOf(ua: string, touchPoints: unknown): Named {
  const os = { name: find(SYSTEMS, ua).name, version: versionOf(SYSTEM_VERSION.exec(ua)) };
  // Where iOS names no version of its own, Safari's version follows the system's and
  // stands for it: iPadOS asking for the desktop site as a Mac (only its touch screen
  // gives it away), and the first iPhones and iPods ("CPU like Mac OS X").
  const ipadAsMac = os.name === 'macos' && (touchPoints as number) > 1;
  if (ipadAsMac || (os.name === 'ios' && !os.version)) {
    return { name: 'ios', version: versionOf(SAFARI_VERSION.exec(ua)) };
  }
  return os;
}

// Client hints name the running browser by its product's brand ("Google Chrome",
// "Microsoft Edge", "Opera", "Brave", "Samsung Internet"), else the engine's
// ("Chromium"); GREASE brands ("Not_A Brand") name nothing.
function brandOf(hints: any): Named | null {
  const brands: any[] = hints?.brands?.filter((b: any) => !/Brand/.test(b.brand)) || [];
  const brand = brands.find((b) => b.brand !== 'Chromium') || brands[0];
  if (!brand) return null;
  const name = String(brand.brand).toLowerCase().replace(/^(google|microsoft) | internet$/, '');
  return { name, version: brand.version || null };
}

function webviewOf(os: Named, browser: Named, ua: string): SupportWebview | null {
  if (os.name === 'android' && /; wv\)/.test(ua)) return 'android-webview';
  // On iOS every browser names itself; a page without a browser token is an app's view.
  if (os.name === 'ios' && browser.name === 'unknown') return 'ios-wkwebview';
  return null;
}

// What the meeting needs, whatever the browser claims to be. What the input leaves out
// is read from the browser; with no browser (Node) it counts as present.
function missingCapabilities(input: SupportInput, nav: any, browser: Named): SupportReason[] {
  const g = globalThis as any;
  const has = (given: unknown, inBrowser: () => unknown) => given ?? (!nav || inBrowser());
  const missing: SupportReason[] = [];
  if (!has(input.secureContext, () => g.isSecureContext !== false)) missing.push('insecure-context');
  if (!has(input.mediaDevices, () => nav.mediaDevices?.getUserMedia)) missing.push('no-media-devices');
  // Internet Explorer never had WebRTC, whatever the input says.
  if (browser.name === 'ie' || !has(input.peerConnection, () => g.RTCPeerConnection)) missing.push('no-webrtc');
  return missing;
}

// Rule 3: iOS and iPadOS. An app's WKWebView has getUserMedia only from iOS 14.3
// (https://bugs.webkit.org/show_bug.cgi?id=208667); the browsers from 14.
function onIos({ os, browser, webview }: Facts): Verdict {
  if (webview) return below(os.version, 14, 3) ? unsupported('os-too-old') : unlisted('webview');
  if (below(os.version, 14)) return unsupported('os-too-old');
  const listed = ['safari', 'edge', 'firefox'].includes(browser.name);
  return listed ? supported() : unlisted('browser-not-listed');
}

// Rule 4: Android. An app's WebView works only with the app's grant, so it is unlisted.
function onAndroid({ browser, webview }: Facts): Verdict {
  if (webview) return unlisted('webview');
  if (browser.name === 'samsung') return below(browser.version, 14) ? unsupported('browser-too-old') : supported();
  return browser.name === 'chrome' ? supported() : unlisted('browser-not-listed');
}

// Rule 5: desktop. Chromium-based means a Chrome/ or Chromium/ token from anything but
// EdgeHTML. Legacy Edge has camera, microphone and (from Edge 15) RTCPeerConnection, so
// it is treated like Safari: unlisted, the meeting may well work. A phone on another
// system (KaiOS, HarmonyOS) is on none of the seed's lists: unlisted too.
function onDesktop({ ua, browser, mobile }: Facts): Verdict {
  const chromium = /Chrom/.test(ua) && browser.name !== 'edge-legacy';
  return !mobile && (browser.name === 'firefox' || chromium) ? supported() : unlisted('browser-not-listed');
}

// The rules of API.md, first match wins.
function judge(facts: Facts): Verdict {
  // Rule 1: nothing to judge.
  if (!facts.ua && !facts.inBrowser) return unsupported('no-browser');
  // Rule 2: what the page or browser lacks, every matching reason.
  if (facts.missing.length) return unsupported(...facts.missing);
  if (facts.os.name === 'ios') return onIos(facts);
  if (facts.os.name === 'android') return onAndroid(facts);
  return onDesktop(facts);
}

function factsOf(input: SupportInput): Facts {
  // A page has a window. Node, Deno and Bun have a navigator but are no browser.
  const running = globalThis as { window?: unknown; navigator?: unknown };
  const nav: any = running.window === undefined ? null : running.navigator;
  const given = typeof input.userAgent === 'string' ? input.userAgent : '';
  // Real user agents are a few hundred characters; the cap keeps every pattern cheap.
  const ua = String(given || nav?.userAgent || '').slice(0, 2000);
  // Client hints describe the running browser, never a user agent the caller passed.
  const hints = given ? null : nav?.userAgentData;
  const browser = brandOf(hints) || find(BROWSERS, ua);
  const os = systemOf(ua, input.maxTouchPoints ?? nav?.maxTouchPoints);
  return {
    ua,
    inBrowser: !!nav,
    missing: missingCapabilities(input, nav, browser),
    browser,
    os,
    mobile: os.name === 'ios' || os.name === 'android' || /Mobi/.test(ua) || !!hints?.mobile,
    webview: webviewOf(os, browser, ua),
  };
}

/**
 * Checks the browser against the seed's supported-browser list. `input` may stand in
 * for any part of the running browser; what it leaves out is read from `navigator` and
 * `globalThis`, and where there is no browser (Node) capabilities count as present.
 * Never throws.
 */
export function checkSupport(input?: SupportInput): SupportResult {
  try {
    const facts = factsOf(input || {});
    const { browser, os, mobile, webview } = facts;
    return { ...judge(facts), browser, os, mobile, webview };
  } catch {
    // Unreachable with sane input; a hostile one (a throwing getter) still gets an
    // answer, and the meeting may still work, so let it try.
    return { ...unlisted('browser-not-listed'), browser: unknown(), os: unknown(), mobile: false, webview: null };
  }
}
