// The packed package on a server: Node, no DOM. Importing never throws, and frameworks
// render <vonage-meeting> as markup for the browser to upgrade.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, prepared } from './setup.mjs';
import { nodeInApp } from './harness.mjs';

before(() => prepared());

test('the root, ./support, ./react and the unregistered class import in Node without a DOM', () => {
  const seen = nodeInApp(`
    const before = { HTMLElement: typeof globalThis.HTMLElement, customElements: typeof globalThis.customElements, window: typeof globalThis.window };
    const root = await import('vonage-meeting-element');
    const support = await import('vonage-meeting-element/support');
    const react = await import('vonage-meeting-element/react');
    const cls = await import('vonage-meeting-element/vonage-meeting.js');
    const jsx = await import('vonage-meeting-element/jsx');
    console.log(JSON.stringify({
      before,
      root: [typeof root.VonageMeeting, typeof root.checkSupport, typeof root.tierForWidth, typeof root.featuresForTier],
      support: typeof support.checkSupport,
      react: typeof react.VonageMeeting,
      sameClass: cls.VonageMeeting === root.VonageMeeting,
      jsx: Object.keys(jsx).length,
    }));
  `);
  assert.deepEqual(seen.before, { HTMLElement: 'undefined', customElements: 'undefined', window: 'undefined' });
  assert.deepEqual(seen.root, ['function', 'function', 'function', 'function']);
  assert.equal(seen.support, 'function');
  assert.equal(seen.react, 'object'); // a forwardRef component
  assert.equal(seen.sameClass, true);
  assert.equal(seen.jsx, 0);
});

test('checkSupport runs on the server with the request user agent', () => {
  const result = nodeInApp(`
    import { checkSupport } from 'vonage-meeting-element/support';
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
    console.log(JSON.stringify(checkSupport({ userAgent: ua })));
  `);
  assert.equal(result.status, 'supported');
  assert.deepEqual(result.reasons, []);
});

test('the tier rules import on the server and answer without a DOM', () => {
  const seen = nodeInApp(`
    import { tierForWidth, featuresForTier } from 'vonage-meeting-element';
    console.log(JSON.stringify([tierForWidth(359), tierForWidth(500), featuresForTier('large').whiteboard]));
  `);
  assert.deepEqual(seen, ['too-small', 'medium', true]);
});

test('the React wrapper renders <vonage-meeting> on the server with its attributes, without touching the DOM', () => {
  const { html } = nodeInApp(`
    import React from 'react';
    import { renderToString } from 'react-dom/server';
    import { VonageMeeting } from 'vonage-meeting-element/react';
    const html = renderToString(React.createElement(VonageMeeting, { src: 'https://meetings.vonage.com/365658578', className: 'meeting', onMeetingLoad() {} }));
    console.log(JSON.stringify({ html }));
  `);
  assert.match(html, /^<vonage-meeting\b[^>]*class="meeting"/);
  assert.ok(!/onMeetingLoad/i.test(html), html);
});

test('the Svelte recipe renders <vonage-meeting> on the server', () => {
  const source = readFileSync(join(APP, 'svelte/Meeting.svelte'), 'utf8');
  const { js } = nodeInApp(`
    import { compile } from 'svelte/compiler';
    const { js } = compile(${JSON.stringify(source)}, { filename: 'Meeting.svelte', generate: 'server' });
    console.log(JSON.stringify({ js: js.code }));
  `);
  writeFileSync(join(APP, 'svelte/Meeting.server.js'), js);
  const { body } = nodeInApp(`
    import { render } from 'svelte/server';
    import Meeting from './svelte/Meeting.server.js';
    import { room } from './room.js';
    const { body } = render(Meeting, { props: { room } });
    console.log(JSON.stringify({ body }));
  `);
  assert.match(body, /<vonage-meeting\b/);
});
