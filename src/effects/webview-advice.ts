/**
 * Inside an app's webview, the camera works only when the app lets it, and only if the
 * app checks the origin its platform really passes: the meeting's frame on Android, the
 * app's own page beside the meeting's frame on iOS. Said once per page, in the console,
 * for the app's developer; the README's "Inside mobile apps" has the recipes with code,
 * also for React Native, Capacitor and Flutter.
 */
let said = false;

const RECIPES = 'Recipes (also React Native, Capacitor, Flutter): README, "Inside mobile apps".';

export function webviewAdvice(webview: 'android-webview' | 'ios-wkwebview') {
  if (said) return;
  said = true;
  console.info(
    (webview === 'android-webview'
      ? '<vonage-meeting> in an Android WebView: in WebChromeClient.onPermissionRequest grant only RESOURCE_VIDEO_CAPTURE and RESOURCE_AUDIO_CAPTURE, when request.origin is the meeting host (the frame that asks, not your page); the app must hold CAMERA, RECORD_AUDIO and MODIFY_AUDIO_SETTINGS.'
      : '<vonage-meeting> in an iOS WKWebView (iOS 14.3+): in requestMediaCapturePermissionFor (iOS 15+) grant when frame.securityOrigin is the meeting host and origin is your page; set allowsInlineMediaPlayback and declare NSCameraUsageDescription and NSMicrophoneUsageDescription.') +
      '\n' +
      RECIPES,
  );
}
