import { test } from 'node:test';
import assert from 'node:assert/strict';

test('importing the root in Node (no DOM) does not throw', async () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  // By name, through a variable: the built package (dist/), not the TypeScript sources.
  const name = 'vonage-meeting-element';
  const root = await import(name);
  assert.equal(typeof root.VonageMeeting, 'function');
});
