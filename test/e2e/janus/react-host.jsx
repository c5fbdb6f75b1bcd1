// The React page: <VonageMeeting> from the package's React wrapper, shown until the test
// calls window.unmountMeeting(), which renders the app without it (React removes the
// element). window.reactLog records, in order, the element's leave() calls (and whether the
// element was still in the page then) and its removal from the page. With ?strict the app
// runs in StrictMode, which in development mounts, unmounts and mounts it again.
import { StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { VonageMeeting } from 'vonage-meeting-element/react';

const room = new URLSearchParams(location.search).get('room') ?? '1234';
const src = `http://127.0.0.1:${location.port}/demos/videoroomtest.html?room=${room}`;
window.reactLog = [];
window.meetingLoads = 0;

let hide;
function App() {
  const [shown, setShown] = useState(true);
  hide = () => setShown(false);
  return shown ? (
    <VonageMeeting
      ref={watch}
      src={src}
      allowedHosts="127.0.0.1"
      label="Janus video room"
      onMeetingLoad={() => window.meetingLoads++}
      onLeave={() => window.reactLog.push('leave event')}
    />
  ) : (
    <p id="gone">The meeting is gone.</p>
  );
}

// Records when leave() is called and when the element leaves the page.
let watched = null;
function watch(element) {
  if (!element || element === watched) return;
  watched = element;
  const leave = element.leave;
  element.leave = function (...args) {
    window.reactLog.push(`leave() while ${element.isConnected ? 'connected' : 'disconnected'}`);
    return leave.apply(this, args);
  };
  new MutationObserver((records, observer) => {
    if (!element.isConnected) {
      window.reactLog.push('removed');
      observer.disconnect();
    }
  }).observe(document.getElementById('app'), { childList: true, subtree: true });
}

window.unmountMeeting = () => flushSync(() => hide());
const strict = new URLSearchParams(location.search).has('strict');
createRoot(document.getElementById('app')).render(strict ? <StrictMode><App /></StrictMode> : <App />);
