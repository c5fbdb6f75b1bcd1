import { test } from 'node:test';
import assert from 'node:assert/strict';

// The package's own entry points by name, resolved through package.json `exports` to
// dist/ (the packed tarball gets the same checks in test/packaging). Imported through a
// variable so that typechecking does not need dist/ built.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const entry = (name: string): Promise<any> => import(name);
test('./support imports in Node (no DOM) and does not register the element', async () => {
  assert.equal(typeof globalThis.customElements, 'undefined');
  const support = await entry('vonage-meeting-element/support');
  assert.equal(typeof support.checkSupport, 'function');
  assert.equal('VonageMeeting' in support, false);
});

test('./react imports in Node (no DOM) and exports the wrapper with its event props', async () => {
  const react = await entry('vonage-meeting-element/react');
  assert.equal(typeof react.VonageMeeting, 'object');
  assert.deepEqual(Object.keys(react.VONAGE_MEETING_EVENT_PROPS).sort(), [
    'onDockChange',
    'onError',
    'onExpandChange',
    'onFeatureUnavailable',
    'onLeave',
    'onMeetingLoad',
    'onPermissionDenied',
    'onReturn',
    'onTierChange',
    'onUnsupported',
  ]);
  assert.equal(typeof react.VonageMeetingPlace, 'object');
  assert.ok(Object.values(react.VONAGE_MEETING_EVENT_PROPS).every((name) => String(name).startsWith('vonage-meeting-')));
});

test('the unregistered class is the one the root registers', async () => {
  const [root, cls] = await Promise.all([entry('vonage-meeting-element'), entry('vonage-meeting-element/vonage-meeting.js')]);
  assert.equal(cls.VonageMeeting, root.VonageMeeting);
});
