import { test } from 'node:test';
import assert from 'node:assert/strict';

test('importing the root in Node (no DOM) does not throw', async () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  const root = await import('vonage-meeting-element');
  assert.equal(typeof root.VonageMeeting, 'function');
});
