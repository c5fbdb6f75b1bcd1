/**
 * Whether this browser can run the hosted meeting: the seed's supported-browser list
 * ("Desktop: Firefox and Chrome based browsers. iOS 14+: Safari, Edge or Firefox.
 * Android: Chrome or Samsung browser v14+") as one pure function, per ../shared/API.md.
 *
 * A focused parser instead of ua-parser-js or bowser: the script-tag bundle has a
 * 9,000-byte gzip budget and Lit takes most of it, so this module reads only the few
 * tokens the rules need. It touches no DOM and guards every global, so it imports and
 * runs in Node.
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

// Browser tokens, most specific first: nearly every browser also claims Chrome/ or
// Safari/, so a product's own token has to win. Group 1 is the version.
const BROWSERS: [string, RegExp][] = [
  // EdgeHTML (Edge 12-18) says Chrome/ too but is no Chromium: see rule 5 below.
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
  ['safari', /Version\/([\d.]+)( Mobile\/\S+)? Safari\/[\d.]+$/],
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

// Group 1 of a match, with "14_4_2" read as "14.4.2".
const versionOf = (m: RegExpExecArray | null) => m?.[1]?.replace(/_/g, '.') || null;

// The first entry whose pattern matches names the thing.
const find = (list: [string, RegExp][], ua: string): Named => {
  for (const [name, pattern] of list) {
    const m = pattern.exec(ua);
    if (m) return { name, version: versionOf(m) };
  }
  return { name: 'unknown', version: null };
};

// A version we cannot read counts as new enough: every iPad that sends a Mac user agent
// runs iPadOS 13 or later, and refusing a browser on a guess helps nobody.
const below = (version: string | null, major: number, minor = 0) => {
  const [a, b = 0] = (version || '99').split('.').map(Number);
  return a < major || (a == major && b < minor);
};

/**
 * Checks the browser against the seed's supported-browser list. `input` may stand in
 * for any part of the running browser; what it leaves out is read from `navigator` and
 * `globalThis`, and where there is no browser (Node) capabilities count as present.
 * Never throws.
 */
export function checkSupport(input?: SupportInput): SupportResult {
  let browser = find([], '');
  let os = find([], '');
  let mobile = false;
  let webview: SupportWebview | null = null;
  // What an unexpected failure below leaves: the meeting may still work, so let it try.
  let verdict = 'unlisted browser-not-listed';
  try {
    const g = globalThis as any;
    const i: SupportInput = input || {};
    // A page has a window. Node, Deno and Bun have a navigator but are no browser.
    const nav: any = typeof window != 'undefined' && navigator;
    const given = typeof i.userAgent == 'string' && i.userAgent;
    // Real user agents are a few hundred characters; the cap keeps every pattern cheap.
    const ua = String(given || nav?.userAgent || '').slice(0, 2e3);
    browser = find(BROWSERS, ua);
    os = find(SYSTEMS, ua);
    os.version = versionOf(SYSTEM_VERSION.exec(ua));
    // iPadOS asks for desktop sites as a Mac; only its touch screen gives it away, and
    // its Safari version follows the system's.
    if (os.name == 'macos' && (i.maxTouchPoints ?? nav?.maxTouchPoints) > 1) {
      os = { name: 'ios', version: versionOf(/Version\/([\d.]+)/.exec(ua)) };
    }
    // Client hints describe the running browser, never a user agent the caller passed.
    // The product's brand names it ("Google Chrome", "Microsoft Edge", "Opera", "Brave",
    // "Samsung Internet"), else the engine's ("Chromium"); GREASE brands ("Not_A Brand")
    // name nothing.
    const hints = !given && nav?.userAgentData;
    const brands = hints?.brands?.filter((b: any) => !/Brand/.test(b.brand)) || [];
    const brand = brands.find((b: any) => b.brand != 'Chromium') || brands[0];
    if (brand) {
      browser = {
        name: String(brand.brand).toLowerCase().replace(/^(google|microsoft) | internet$/, ''),
        version: brand.version || null,
      };
    }

    const name = browser.name;
    const system = os.name;
    webview =
      system == 'android' && /; wv\)/.test(ua)
        ? 'android-webview'
        : // On iOS every browser names itself; a page without a browser token is an app's view.
          system == 'ios' && name == 'unknown'
          ? 'ios-wkwebview'
          : null;
    mobile = system == 'ios' || system == 'android' || /Mobi/.test(ua) || !!hints?.mobile;

    // Rule 2: what the meeting needs, whatever the browser claims to be. What the input
    // leaves out is read from the browser; with no browser it counts as present.
    const missing =
      (i.secureContext ?? (!nav || g.isSecureContext != false) ? '' : ' insecure-context') +
      (i.mediaDevices ?? (!nav || nav.mediaDevices?.getUserMedia) ? '' : ' no-media-devices') +
      (name != 'ie' && (i.peerConnection ?? (!nav || g.RTCPeerConnection)) ? '' : ' no-webrtc');
    const unlisted = 'unlisted browser-not-listed';
    verdict =
      // Rule 1.
      !ua && !nav
        ? 'unsupported no-browser'
        : missing
          ? 'unsupported' + missing
          : // Rule 3: iOS and iPadOS.
            system == 'ios'
            ? below(os.version, 14, webview ? 3 : 0)
              ? 'unsupported os-too-old'
              : webview
                ? 'unlisted webview'
                : /^(safari|edge|firefox)$/.test(name)
                  ? 'supported'
                  : unlisted
            : // Rule 4: Android.
              system == 'android'
              ? webview
                ? 'unlisted webview'
                : name == 'samsung'
                  ? below(browser.version, 14)
                    ? 'unsupported browser-too-old'
                    : 'supported'
                  : name == 'chrome'
                    ? 'supported'
                    : unlisted
              : // Rule 5: desktop. Chromium-based means a Chrome/ or Chromium/ token from
                // anything but EdgeHTML. Legacy Edge has camera, microphone and (from
                // Edge 15) RTCPeerConnection, so it is treated like Safari: unlisted, the
                // meeting may well work. A phone on another system (KaiOS, HarmonyOS) is
                // on none of the seed's lists: unlisted too.
                !mobile && (name == 'firefox' || (/Chrom/.test(ua) && name != 'edge-legacy'))
                ? 'supported'
                : unlisted;
  } catch {
    // Unreachable with sane input; a hostile one (a throwing getter) still gets an answer.
  }
  const [status, ...reasons] = verdict.split(' ');
  return { status: status as SupportStatus, reasons: reasons as SupportReason[], browser, os, mobile, webview };
}
