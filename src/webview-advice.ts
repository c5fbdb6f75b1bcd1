/**
 * Inside an app's webview, the camera works only when the app lets it. Said once per
 * page, in the console, for the app's developer (the README's "Inside mobile apps" has
 * the same steps with code).
 */
let said = false;

export function webviewAdvice(webview: 'android-webview' | 'ios-wkwebview') {
  if (said) return;
  said = true;
  console.info(
    webview === 'android-webview'
      ? '<vonage-meeting> in an Android WebView: the app must grant camera and microphone in WebChromeClient.onPermissionRequest and hold the CAMERA, RECORD_AUDIO and MODIFY_AUDIO_SETTINGS permissions.'
      : '<vonage-meeting> in an iOS WKWebView: the app must set allowsInlineMediaPlayback, answer the media capture permission delegate, and declare NSCameraUsageDescription and NSMicrophoneUsageDescription (iOS 14.3 or later).',
  );
}
