// The console note for an app's developer: the check that fits the webview found, once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webviewAdvice } from '../../src/effects/webview-advice.js';

test('an iOS WKWebView is told to check frame.securityOrigin and the page, once per page', () => {
  const lines: string[] = [];
  const info = console.info;
  console.info = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    webviewAdvice('ios-wkwebview');
    webviewAdvice('ios-wkwebview');
    webviewAdvice('android-webview');
  } finally {
    console.info = info;
  }
  assert.equal(lines.length, 1);
  const [advice] = lines;
  assert.match(advice, /frame\.securityOrigin is the meeting host and origin is your page/);
  assert.match(advice, /NSCameraUsageDescription/);
  assert.match(advice, /"Inside mobile apps"/);
  assert.ok(advice.split('\n').length <= 2, 'one or two lines');
});
