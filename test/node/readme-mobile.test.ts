// The README's "Inside mobile apps" recipes, held to what the platforms really pass to the
// app (../../shared/reference/webviews.md): Android's onPermissionRequest gets the
// requesting frame's origin, the meeting's; WebKit's media-capture delegate gets the
// top-level page as `origin` and the meeting's iframe as `frame.securityOrigin`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const MEETING_HOST = 'meetings.vonage.com';

function mobileSection(): string {
  const readme = readFileSync('README.md', 'utf8');
  const heading = '### Inside mobile apps\n';
  const start = readme.indexOf(heading);
  assert.ok(start >= 0, 'README has an "Inside mobile apps" section');
  const rest = readme.slice(start + heading.length);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const codeBlocks = (text: string, lang: string) => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

// What an operand stands for: a string literal, or a name the block assigns one to.
function valueOf(operand: string, code: string): string {
  const literal = /^"([^"]*)"$/.exec(operand);
  if (literal) return literal[1];
  const assigned = new RegExp(`\\b(?:val|let|var|const)\\s+${operand}\\b[^=\\n]*=\\s*"([^"]*)"`).exec(code);
  return assigned ? assigned[1] : `<${operand}: not a string this block assigns>`;
}

/** Every host the code compares `subject` (or `subject.host`) with, either side of == or !=. */
function hostsComparedWith(subject: string, code: string): string[] {
  const it = `(?<![\\w.])${subject.replace(/\./g, '\\.')}(?:\\.host)?(?![\\w.])`;
  const operand = '("[^"]*"|[A-Za-z_]\\w*)';
  const found = [
    ...[...code.matchAll(new RegExp(`${it}\\s*[!=]==?\\s*${operand}`, 'g'))].map((m) => m[1]),
    ...[...code.matchAll(new RegExp(`${operand}\\s*[!=]==?\\s*${it}`, 'g'))].map((m) => m[1]),
  ];
  return found.map((o) => valueOf(o, code));
}

const section = mobileSection();
const kotlin = codeBlocks(section, 'kotlin').filter((code) => code.includes('onPermissionRequest'));
const swift = codeBlocks(section, 'swift').filter((code) => code.includes('decisionHandler'));

test('the README has Android and iOS permission recipes in "Inside mobile apps"', () => {
  assert.ok(kotlin.length > 0, 'a Kotlin block with onPermissionRequest');
  assert.ok(swift.length > 0, 'a Swift block that answers the media-capture delegate');
});

test("every Android recipe compares request.origin with the meeting's host, and only with it", () => {
  for (const code of kotlin) {
    const hosts = hostsComparedWith('request.origin', code);
    assert.ok(hosts.length > 0, `request.origin is never compared with the meeting host in:\n${code}`);
    // The origin is the meeting's frame: comparing it with the app's own page denies the meeting every time.
    assert.deepEqual([...new Set(hosts)], [MEETING_HOST], `request.origin compared with ${hosts.join(', ')}`);
  }
});

test('every Android recipe grants camera and microphone only, never request.resources whole', () => {
  for (const code of kotlin) {
    assert.doesNotMatch(code, /\.grant\(\s*request\.(?:resources|getResources\(\s*\))\s*\)/, 'grants request.resources whole');
    assert.match(code, /RESOURCE_VIDEO_CAPTURE/);
    assert.match(code, /RESOURCE_AUDIO_CAPTURE/);
    assert.doesNotMatch(code, /RESOURCE_(?!VIDEO_CAPTURE|AUDIO_CAPTURE)\w+/, 'grants a resource other than camera and microphone');
  }
});

test("every iOS recipe checks frame.securityOrigin against the meeting's host, and origin as the page", () => {
  for (const code of swift) {
    const frameHosts = hostsComparedWith('frame.securityOrigin', code);
    assert.ok(frameHosts.length > 0, `frame.securityOrigin (the meeting's iframe) is ignored in:\n${code}`);
    assert.deepEqual([...new Set(frameHosts)], [MEETING_HOST], `frame.securityOrigin compared with ${frameHosts.join(', ')}`);
    // `origin` is the top-level page, the app's: it is never the meeting's host.
    const pageHosts = hostsComparedWith('origin', code);
    assert.ok(pageHosts.length > 0, 'origin (the top-level page) is not checked');
    assert.ok(!pageHosts.includes(MEETING_HOST), 'origin is compared with the meeting host, but it is the top-level page');
  }
});

test('the section names every entry, permission and setting the meeting needs, on all five platforms', () => {
  const needed = [
    'android.permission.CAMERA',
    'android.permission.RECORD_AUDIO',
    'android.permission.MODIFY_AUDIO_SETTINGS',
    'NSCameraUsageDescription',
    'NSMicrophoneUsageDescription',
    'mediaPlaybackRequiresUserGesture = false',
    'allowsInlineMediaPlayback = true',
    'mediaTypesRequiringUserActionForPlayback = []',
    'react-native-webview',
    'mediaCapturePermissionGrantType',
    'Capacitor',
    'webview_flutter',
    'flutter_inappwebview',
  ];
  for (const text of needed) assert.ok(section.includes(text), `"Inside mobile apps" does not mention ${text}`);
});
