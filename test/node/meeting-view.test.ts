// The element's one derivation, and the events that comparing two of its views announces,
// in plain Node: each scenario is a sequence of steps (what the page set, what the user
// did, what the browser reported) and what the element must show and say after each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveView, discardedFrame, INITIAL_VIEW, NEW_RECORD, viewEvents, type MeetingInputs, type MeetingRecord, type MeetingView } from '../../src/view/meeting-view.js';
import { en } from '../../src/i18n/english.js';
import { checkSupport } from '../../src/view/support.js';
import { room } from '../cases/rooms.js';

const URL_A = 'https://meetings.vonage.com/365658578';
const URL_B = 'https://meetings.vonage.com/111111111';
const CHROME = checkSupport({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36' });
const SAFARI = checkSupport({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15' });
const IE = checkSupport({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko' });

const BASE: MeetingInputs = {
  src: URL_A,
  room: null,
  participant: 'guest',
  allowedHosts: 'meetings.vonage.com',
  allow: 'camera; microphone',
  label: '',
  loading: 'eager',
  supportCheck: 'on',
  requiredFeatures: [],
  keepAwake: false,
  confirmLeave: false,
  tier: 'large',
  width: 800,
  support: CHROME,
  blockedByPage: [],
  blockedByCsp: new Set(),
  permissions: null,
  defaultTitle: 'Video meeting',
  markup: null,
  dock: 'off',
  place: 'none',
  placeInView: true,
  placeChanges: 0,
  fullscreen: false,
  record: NEW_RECORD,
};

/** A step: what changed in the inputs, or in the user's record (given the record before it). */
type Step = {
  name: string;
  set?: Partial<Omit<MeetingInputs, 'record'>>;
  act?: (record: MeetingRecord, view: MeetingView, inputs: MeetingInputs) => Partial<MeetingRecord>;
  state: MeetingView['state'];
  events?: string[];
  notices?: string[];
  /** Fields of the view to check. */
  view?: Partial<Pick<MeetingView, 'docked' | 'expanded' | 'expandMode'>>;
  /** The details of the dock and expand events, in order. */
  details?: unknown[];
  /** The frame being hung up: the frame document of the step at this index, or none (null). */
  hangingUp?: number | null;
};

// The element's actions, as the record changes they make (src/vonage-meeting.ts).
const reload = (r: MeetingRecord) => ({ joined: true, left: false, reloads: r.reloads + 1 });
const leave = () => ({ left: true });
const join = (r: MeetingRecord) => ({ joined: true, left: false, reloads: r.left ? r.reloads + 1 : r.reloads });
const load = (_: MeetingRecord, view: MeetingView) => ({ loaded: view.frame?.document ?? null });
const dismiss = (id: string) => (r: MeetingRecord) => ({ dismissed: new Set(r.dismissed).add(id) });
// Placement (src/placement.ts): setting `docked` records the choice and when it was made.
const setDocked = (docked: boolean) => (_: MeetingRecord, __: MeetingView, inputs: MeetingInputs) => ({ dockChoice: { docked, since: inputs.placeChanges } });
const expand = (askedFullscreen: boolean) => () => ({ expanded: true, askedFullscreen });
const collapse = () => ({ expanded: false, askedFullscreen: false });
const refused = () => ({ askedFullscreen: false });
// The place scrolled out of view, or back: the IntersectionObserver's report.
const placeOut = (changes: number) => ({ placeInView: false, placeChanges: changes });
const placeIn = (changes: number) => ({ placeInView: true, placeChanges: changes });
// The frame being hung up loaded about:blank, or its second ran out (src/vonage-meeting.ts).
const hungUp = () => ({ hangingUp: null });

function play(steps: Step[], start: Partial<MeetingInputs> = {}) {
  let inputs: MeetingInputs = { ...BASE, ...start };
  let view = INITIAL_VIEW;
  const frames: (string | undefined)[] = [];
  for (const step of steps) {
    inputs = { ...inputs, ...step.set };
    if (step.act) inputs = { ...inputs, record: { ...inputs.record, ...step.act(inputs.record, view, inputs) } };
    let next = deriveView(inputs);
    // As the element does before it renders a view: the frame the last view showed, and this
    // one discards, is recorded as being hung up.
    const discarded = discardedFrame(view, next);
    if (discarded) {
      const { record } = inputs;
      inputs = { ...inputs, record: { ...record, hangingUp: discarded, loaded: record.loaded === discarded.document ? null : record.loaded } };
      next = deriveView(inputs);
    }
    const fired = viewEvents(view, next);
    const events = fired.map((e) => e.type.replace('vonage-meeting-', ''));
    assert.equal(next.state, step.state, `${step.name}: state`);
    assert.deepEqual(events, step.events ?? [], `${step.name}: events`);
    if (step.notices) assert.deepEqual(next.notices.map((n) => n.id), step.notices, `${step.name}: notices`);
    for (const [key, value] of Object.entries(step.view ?? {})) assert.equal(next[key as keyof MeetingView], value, `${step.name}: ${key}`);
    if (step.hangingUp !== undefined) {
      assert.equal(next.hangingUp?.document ?? null, step.hangingUp === null ? null : frames[step.hangingUp], `${step.name}: the frame being hung up`);
    }
    if (step.details) {
      const placement = fired.filter((e) => e.type === 'vonage-meeting-dock-change' || e.type === 'vonage-meeting-expand-change');
      assert.deepEqual(placement.map((e) => e.detail), step.details, `${step.name}: details`);
    }
    frames.push(next.frame?.document);
    view = next;
  }
  return { view, frames };
}

test('a meeting loads, then is ready only once its document has loaded', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
  ]);
});

test('reload() is loading in a new frame until that frame loads', () => {
  const { frames } = play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'reload()', act: reload, state: 'loading' },
    { name: 'the new frame loaded', act: load, state: 'ready' },
    { name: 'reload() again', act: reload, state: 'loading' },
  ]);
  assert.equal(new Set(frames).size, 3, 'each reload is a new frame document');
});

test('leave() removes the frame; join() is loading in a new frame until it loads', () => {
  const { frames } = play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'leave()', act: leave, state: 'left', events: ['leave'], notices: ['left'] },
    { name: 'leave() again', act: leave, state: 'left' },
    { name: 'join()', act: join, state: 'loading', notices: [] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'join() while shown', act: join, state: 'ready' },
  ]);
  assert.equal(frames[2], undefined);
  assert.notEqual(frames[4], frames[1]);
});

test('a new URL is a new document of the same frame; a new fragment is the same document', () => {
  const { frames } = play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'a fragment', set: { src: `${URL_A}#chat` }, state: 'ready' },
    { name: 'another fragment', set: { src: `${URL_A}#people` }, state: 'ready' },
    { name: 'a new URL', set: { src: URL_B }, state: 'loading' },
    { name: 'loaded', act: load, state: 'ready' },
  ]);
  assert.equal(frames[2], frames[1]);
  const key = (doc: string | undefined) => doc!.split('\n').slice(0, 2).join('\n');
  assert.equal(key(frames[4]), key(frames[1]), 'the same iframe element');
});

test('a new allow list is a new frame, loading until it loads', () => {
  const { view } = play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'new allow', set: { allow: 'camera; microphone; display-capture' }, state: 'loading' },
  ]);
  assert.equal(view.frame!.allow, 'camera; microphone; display-capture');
});

test('label, participant, loading and allowed-hosts changes keep the frame and its document', () => {
  const { frames } = play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'label', set: { label: 'Weekly sync' }, state: 'ready' },
    { name: 'loading', set: { loading: 'lazy' }, state: 'ready' },
    { name: 'allowed-hosts', set: { allowedHosts: 'meetings.vonage.com example.com' }, state: 'ready' },
  ]);
  assert.equal(new Set(frames.slice(1)).size, 1);
});

test('an unsupported browser gets the fallback, no frame and one event', () => {
  const { view } = play([{ name: 'connected', set: { support: IE }, state: 'unsupported', events: ['tier-change', 'unsupported'] }]);
  assert.equal(view.frame, null);
  assert.deepEqual(view.fallback, { reason: 'no-webrtc', openUrl: null });
});

test('an unlisted browser loads the meeting with a notice the user can dismiss', () => {
  play([
    { name: 'connected', set: { support: SAFARI }, state: 'loading', events: ['tier-change', 'unsupported'], notices: ['unlisted'] },
    { name: 'dismissed', act: dismiss('unlisted'), state: 'loading', notices: [] },
    { name: 'loaded', act: load, state: 'ready', notices: [] },
  ]);
});

test('the support check off: no support result, no event', () => {
  const { view } = play([{ name: 'connected', set: { supportCheck: 'off', support: IE }, state: 'loading', events: ['tier-change'] }]);
  assert.equal(view.support, null);
});

test('a page policy that forbids the camera is an error, never ready, announced once', () => {
  const { view } = play([
    { name: 'connected', set: { blockedByPage: ['camera'] }, state: 'error', events: ['tier-change', 'error'], notices: ['error'] },
    { name: 'a load (the error page)', act: load, state: 'error' },
    { name: 'resized', set: { width: 900 }, state: 'error' },
  ]);
  assert.equal(view.error!.code, 'permissions-policy-blocked');
  assert.equal(view.frame, null);
});

test('a CSP that refuses the meeting’s origin is csp-blocked, even after the blocked frame “loads”', () => {
  const { view } = play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'the error page loaded', act: load, state: 'ready' },
    { name: 'the violation', set: { blockedByCsp: new Set(['https://meetings.vonage.com']) }, state: 'error', events: ['error'] },
  ]);
  assert.equal(view.error!.code, 'csp-blocked');
  assert.match(view.error!.message, /frame-src https:\/\/meetings\.vonage\.com/);
  assert.equal(view.notices[0].text(en), 'This page’s Content-Security-Policy does not allow the meeting. Its frame-src must include https://meetings.vonage.com.');
});

test('a CSP violation for another origin changes nothing', () => {
  play([{ name: 'connected', set: { blockedByCsp: new Set(['https://other.example']) }, state: 'loading', events: ['tier-change'] }]);
});

test('URL errors: one event per distinct error; nothing given is idle; join() with nothing is missing-url', () => {
  play(
    [
      { name: 'nothing', state: 'idle', events: ['tier-change'] },
      { name: 'a bad URL', set: { src: 'not a url' }, state: 'error', events: ['error'] },
      { name: 'an update, same error', set: { label: 'x' }, state: 'error' },
      { name: 'a refused host', set: { src: 'https://evil.example/1' }, state: 'error', events: ['error'] },
      { name: 'cleared', set: { src: '' }, state: 'idle' },
      { name: 'join()', act: join, state: 'error', events: ['error'] },
    ],
    { src: '' },
  );
});

test('a room: its guest link, its host link, and its errors', () => {
  const r = room(URL_A);
  const guest = play([{ name: 'room', set: { room: r }, state: 'loading', events: ['tier-change'] }], { src: '' });
  assert.equal(guest.view.frame!.url, URL_A);
  assert.equal(guest.view.title, 'Weekly sync');
  play([{ name: 'expired', set: { room: room(URL_A, { expires_at: '2000-01-01T00:00:00Z' }) }, state: 'error', events: ['tier-change', 'error'] }], { src: '' });
  play([{ name: 'src wins', set: { room: room(URL_B) }, state: 'loading', events: ['tier-change'] }]);
});

test('the tier: an event per change, not per resize; too-small says how much is missing', () => {
  const { view } = play([
    { name: 'connected', set: { tier: 'small', width: 400 }, state: 'loading', events: ['tier-change'], notices: [] },
    { name: 'within the tier', set: { width: 450 }, state: 'loading' },
    { name: 'too small', set: { tier: 'too-small', width: 300 }, state: 'loading', events: ['tier-change'], notices: ['too-small'] },
    { name: 'smaller', set: { width: 290 }, state: 'loading', notices: ['too-small'] },
  ]);
  assert.equal(view.notices[0].text(en), 'The meeting needs to be at least 360 px wide: make it 70 px wider.');
});

test('required features: an event when the set of missing ones changes, a notice while any is missing', () => {
  const { view } = play(
    [
      { name: 'connected', set: { tier: 'medium', width: 550 }, state: 'loading', events: ['tier-change', 'feature-unavailable'], notices: ['missing'] },
      { name: 'same tier', set: { width: 560 }, state: 'loading', notices: ['missing'] },
      { name: 'small', set: { tier: 'small', width: 400 }, state: 'loading', events: ['tier-change', 'feature-unavailable'], notices: ['missing'] },
      { name: 'large', set: { tier: 'large', width: 700 }, state: 'loading', events: ['tier-change'], notices: [] },
    ],
    { requiredFeatures: ['whiteboard', 'shareScreen'] },
  );
  assert.deepEqual(view.missing, []);
});

test('no tier event and no missing features before the element is measured', () => {
  play([{ name: 'not measured', state: 'loading', events: [] }], { tier: null, width: 0, requiredFeatures: ['whiteboard'] });
});

test('camera denied: one event, a notice the user can dismiss, not after leaving', () => {
  const denied = { camera: 'denied', microphone: 'granted' } as const;
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'denied', set: { permissions: denied }, state: 'loading', events: ['permission-denied'], notices: ['denied'] },
    { name: 'asked again', set: { permissions: { ...denied } }, state: 'loading', notices: ['denied'] },
    { name: 'left', act: leave, state: 'left', events: ['leave'], notices: ['left'] },
    { name: 'joined', act: join, state: 'loading', notices: ['denied'] },
    { name: 'dismissed', act: dismiss('denied'), state: 'loading', notices: [] },
  ]);
});

test('lazy frames are lazy; the frame title follows label, then the room, then the default', () => {
  const { view } = play([{ name: 'connected', set: { loading: 'lazy' }, state: 'loading', events: ['tier-change'] }]);
  assert.equal(view.frame!.loading, 'lazy');
  assert.equal(view.frame!.title, 'Video meeting');
  assert.equal(deriveView({ ...BASE, label: 'Stand-up' }).frame!.title, 'Stand-up');
});

test('loading="click" waits with no frame until join(), then loads one frame', () => {
  const { frames } = play(
    [
      { name: 'connected', state: 'waiting', events: ['tier-change'], notices: [] },
      { name: 'an update', set: { label: 'Stand-up' }, state: 'waiting' },
      { name: 'join()', act: join, state: 'loading' },
      { name: 'loaded', act: load, state: 'ready' },
      { name: 'loading changed back', set: { loading: 'eager' }, state: 'ready' },
    ],
    { loading: 'click' },
  );
  assert.deepEqual(frames.slice(0, 2), [undefined, undefined]);
  assert.equal(new Set(frames.slice(2)).size, 1);
});

test('loading="click": errors and the support check come before the placeholder', () => {
  play([{ name: 'refused host', set: { src: 'https://evil.example/1' }, state: 'error', events: ['tier-change', 'error'] }], { loading: 'click' });
  play([{ name: 'unsupported', set: { support: IE }, state: 'unsupported', events: ['tier-change', 'unsupported'] }], { loading: 'click' });
  play([{ name: 'nothing to open', set: { src: '' }, state: 'idle', events: ['tier-change'] }], { loading: 'click' });
});

test('keep-awake and confirm-leave hold only while the meeting is shown', () => {
  let inputs: MeetingInputs = { ...BASE, keepAwake: true, confirmLeave: true };
  const shown = (v: MeetingView) => [v.keepAwake, v.confirmLeave];
  assert.deepEqual(shown(deriveView(inputs)), [true, true], 'loading');
  inputs = { ...inputs, record: { ...inputs.record, loaded: deriveView(inputs).frame!.document } };
  assert.deepEqual(shown(deriveView(inputs)), [true, true], 'ready');
  assert.deepEqual(shown(deriveView({ ...inputs, record: { ...inputs.record, left: true } })), [false, false], 'left');
  assert.deepEqual(shown(deriveView({ ...inputs, src: 'not a url' })), [false, false], 'error');
  assert.deepEqual(shown(deriveView({ ...inputs, loading: 'click', record: NEW_RECORD })), [false, false], 'waiting');
  assert.deepEqual(shown(deriveView({ ...inputs, keepAwake: false, confirmLeave: false })), [false, false], 'not asked for');
});

// The page's own iframe inside the element, as the markup wrote it.
const MARKUP = { src: URL_A, allow: 'camera; microphone', title: 'Weekly sync', loadedBefore: false, present: true };
const NO_SRC = { src: '', markup: MARKUP };
// What the element's controller does once a view no longer shows the markup's iframe.
const replaced = { markup: { ...MARKUP, present: false } };

test('a markup iframe is adopted: its URL, allow and title are the meeting’s, loading until its load', () => {
  const { view } = play([
    { name: 'adopted', state: 'loading', events: ['tier-change'] },
    { name: 'its load', act: load, state: 'ready' },
  ], NO_SRC);
  assert.deepEqual([view.frame!.adopted, view.frame!.url, view.frame!.allow, view.frame!.title], [true, URL_A, 'camera; microphone', 'Weekly sync']);
  assert.equal(deriveView({ ...BASE, ...NO_SRC, label: 'Stand-up' }).frame!.title, 'Stand-up', 'label wins over its title');
});

test('a markup iframe that loaded before the element is ready at once, announced loaded once', () => {
  play([
    { name: 'adopted', state: 'ready', events: ['tier-change', 'load'] },
    { name: 'resized', set: { tier: 'medium', width: 550 }, state: 'ready', events: ['tier-change'] },
    { name: 'label', set: { label: 'x' }, state: 'ready' },
  ], { ...NO_SRC, markup: { ...MARKUP, loadedBefore: true } });
});

test('the element’s own src of the same URL, or its own allow of the same list, keeps the markup iframe', () => {
  for (const own of [{ src: URL_A }, { src: `${URL_A}#chat` }, { allow: 'camera; microphone' }]) {
    assert.equal(deriveView({ ...BASE, ...NO_SRC, ...own }).frame!.adopted, true, JSON.stringify(own));
  }
});

test('another URL, another allow, reload() and join() after leave() replace the markup iframe with a new frame', () => {
  const adopted = deriveView({ ...BASE, ...NO_SRC });
  for (const change of [{ src: URL_B }, { room: room(URL_B) }, { allow: 'camera' }, { record: { ...NEW_RECORD, reloads: 1 } }]) {
    const view = deriveView({ ...BASE, ...NO_SRC, ...change });
    assert.equal(view.frame!.adopted, false, JSON.stringify(change));
    assert.notEqual(view.frame!.key, adopted.frame!.key);
    assert.equal(view.state, 'loading');
  }
  const { view } = play([
    { name: 'adopted', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'leave()', act: leave, state: 'left', events: ['leave'], notices: ['left'] },
    { name: 'its iframe removed', set: replaced, state: 'left' },
    { name: 'join()', act: join, state: 'loading', notices: [] },
    { name: 'loaded', act: load, state: 'ready' },
  ], NO_SRC);
  assert.deepEqual([view.frame!.adopted, view.frame!.url, view.frame!.allow], [false, URL_A, 'camera; microphone'], 'the markup’s URL and allow, in a frame of its own');
});

test('the markup’s title is its own frame’s only: a new frame in its place takes the room’s name, or the default', () => {
  const named = room(URL_B, { display_name: 'Ward round' });
  assert.equal(deriveView({ ...BASE, ...NO_SRC }).frame!.title, 'Weekly sync', 'adopted');
  assert.equal(deriveView({ ...BASE, ...NO_SRC, src: URL_B }).frame!.title, 'Video meeting', 'a new src');
  assert.equal(deriveView({ ...BASE, ...NO_SRC, room: named }).frame!.title, 'Ward round', 'a room with a display_name');
  assert.equal(deriveView({ ...BASE, ...NO_SRC, record: { ...NEW_RECORD, reloads: 1 } }).frame!.title, 'Video meeting', 'reload()');
  assert.equal(deriveView({ ...BASE, ...NO_SRC, ...replaced }).title, 'Video meeting', 'replaced for good');
});

test('a replaced markup iframe never comes back, even when its allow does', () => {
  const view = deriveView({ ...BASE, ...NO_SRC, ...replaced });
  assert.equal(view.frame!.adopted, false);
});

test('a markup iframe at a refused host is an error and no frame, announced once', () => {
  const { view } = play([
    { name: 'adopted', state: 'error', events: ['tier-change', 'error'], notices: ['error'] },
    { name: 'its iframe removed', set: { markup: { ...MARKUP, src: 'https://evil.example/1', present: false } }, state: 'error' },
  ], { src: '', markup: { ...MARKUP, src: 'https://evil.example/1', loadedBefore: true } });
  assert.equal(view.error!.code, 'host-not-allowed');
  assert.equal(view.frame, null);
});

test('a markup iframe in an unsupported browser: the fallback, no frame, no load event', () => {
  const { view } = play([{ name: 'adopted', set: { support: IE }, state: 'unsupported', events: ['tier-change', 'unsupported'] }], { ...NO_SRC, markup: { ...MARKUP, loadedBefore: true } });
  assert.equal(view.frame, null);
});

test('a markup iframe with loading="click" has loaded with the page: no click to wait for', () => {
  assert.equal(deriveView({ ...BASE, ...NO_SRC, loading: 'click' }).state, 'loading');
  assert.equal(deriveView({ ...BASE, ...NO_SRC, ...replaced, loading: 'click' }).state, 'waiting');
});

test('dock="auto": docks while shown and its place is out of view, back when it returns, one event each, same document', () => {
  const { frames } = play(
    [
      { name: 'connected, in view', state: 'loading', events: ['tier-change'], view: { docked: false } },
      { name: 'loaded', act: load, state: 'ready' },
      { name: 'scrolled out', set: placeOut(1), state: 'ready', events: ['dock-change'], details: [{ docked: true }], view: { docked: true } },
      { name: 'docked at 360 px', set: { tier: 'small', width: 360 }, state: 'ready', events: ['tier-change'], view: { docked: true } },
      { name: 'scrolled back', set: { ...placeIn(2), tier: 'large', width: 800 }, state: 'ready', events: ['tier-change', 'dock-change'], details: [{ docked: false }] },
    ],
    { dock: 'auto' },
  );
  assert.equal(new Set(frames.slice(1)).size, 1, 'one frame document throughout');
});

test('dock="auto": an undock by the user holds until the place is in view again; the next time it leaves, it docks', () => {
  play(
    [
      { name: 'connected', state: 'loading', events: ['tier-change'] },
      { name: 'scrolled out', set: placeOut(1), state: 'loading', events: ['dock-change'], view: { docked: true } },
      { name: 'the user undocks', act: setDocked(false), state: 'loading', events: ['dock-change'], view: { docked: false } },
      { name: 'resized, still out', set: { width: 900 }, state: 'loading', view: { docked: false } },
      { name: 'back in view', set: placeIn(2), state: 'loading', view: { docked: false } },
      { name: 'out again', set: placeOut(3), state: 'loading', events: ['dock-change'], view: { docked: true } },
    ],
    { dock: 'auto' },
  );
});

test('dock="auto" docks only a meeting that is shown: not idle, not after leave()', () => {
  play(
    [
      { name: 'nothing to show, out of view', set: placeOut(1), state: 'idle', events: ['tier-change'], view: { docked: false } },
      { name: 'a meeting', set: { src: URL_A }, state: 'loading', events: ['dock-change'], view: { docked: true } },
      { name: 'leave()', act: leave, state: 'left', events: ['leave', 'dock-change'], view: { docked: false } },
      { name: 'join()', act: join, state: 'loading', events: ['dock-change'], view: { docked: true } },
    ],
    { dock: 'auto', src: '' },
  );
});

test('dock="off" never docks by itself (the place is not watched: no change counts); the page’s docked holds', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'out of view', set: { placeInView: false }, state: 'loading', view: { docked: false } },
    { name: 'docked = true', act: setDocked(true), state: 'loading', events: ['dock-change'], details: [{ docked: true }] },
    { name: 'resized', set: { width: 1000 }, state: 'loading', view: { docked: true } },
    { name: 'docked = false', act: setDocked(false), state: 'loading', events: ['dock-change'], details: [{ docked: false }] },
  ]);
});

test('dock="auto": the page docking in view holds until the place leaves; then the auto rule decides', () => {
  play(
    [
      { name: 'connected', state: 'loading', events: ['tier-change'] },
      { name: 'docked = true in view', act: setDocked(true), state: 'loading', events: ['dock-change'], view: { docked: true } },
      { name: 'scrolled out', set: placeOut(1), state: 'loading', view: { docked: true } },
      { name: 'back in view', set: placeIn(2), state: 'loading', events: ['dock-change'], view: { docked: false } },
      { name: 'dock="off" (no longer counted) while out', set: { placeInView: false, dock: 'off' }, state: 'loading', view: { docked: false } },
    ],
    { dock: 'auto' },
  );
});

test('expanding where fullscreen is not asked for fills the viewport: one event each way', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'expanded', act: expand(false), state: 'loading', events: ['expand-change'], details: [{ expanded: true, mode: 'viewport' }], view: { expandMode: 'viewport' } },
    { name: 'large', set: { width: 1280 }, state: 'loading', view: { expanded: true } },
    { name: 'collapsed (Escape)', act: collapse, state: 'loading', events: ['expand-change'], details: [{ expanded: false, mode: 'viewport' }], view: { expandMode: null } },
  ]);
});

test('expanding with the Fullscreen API: the event waits for the engine, and the browser leaving fullscreen collapses', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'asked', act: expand(true), state: 'loading', view: { expanded: true, expandMode: 'requesting' } },
    { name: 'granted', set: { fullscreen: true }, state: 'loading', events: ['expand-change'], details: [{ expanded: true, mode: 'fullscreen' }] },
    { name: 'the browser left fullscreen', set: { fullscreen: false }, act: collapse, state: 'loading', events: ['expand-change'], details: [{ expanded: false, mode: 'fullscreen' }] },
  ]);
});

test('a refused fullscreen request falls back to the viewport; a collapse before the answer says nothing', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'asked', act: expand(true), state: 'loading', view: { expandMode: 'requesting' } },
    { name: 'refused', act: refused, state: 'loading', events: ['expand-change'], details: [{ expanded: true, mode: 'viewport' }] },
    { name: 'collapsed', act: collapse, state: 'loading', events: ['expand-change'] },
    { name: 'asked again', act: expand(true), state: 'loading', view: { expandMode: 'requesting' } },
    { name: 'collapsed before the answer', act: collapse, state: 'loading', view: { expanded: false } },
  ]);
});

test('docked and expanded are independent, and neither makes a new frame document', () => {
  const { frames } = play(
    [
      { name: 'connected', state: 'loading', events: ['tier-change'] },
      { name: 'loaded', act: load, state: 'ready' },
      { name: 'out of view', set: placeOut(1), state: 'ready', events: ['dock-change'] },
      { name: 'expanded', act: expand(false), state: 'ready', events: ['expand-change'], view: { docked: true, expanded: true } },
      { name: 'collapsed', act: collapse, state: 'ready', events: ['expand-change'], view: { docked: true } },
      { name: 'undocked', act: setDocked(false), state: 'ready', events: ['dock-change'] },
    ],
    { dock: 'auto' },
  );
  assert.equal(new Set(frames.slice(1)).size, 1);
});

// Hanging up: a frame the element discards is first navigated to about:blank (so that the
// meeting gets its beforeunload), and stays, hidden, until that has unloaded it.

test('leave(), reload(), a new allow and a refused URL discard the frame: it is hung up, the state changes at once', () => {
  const changes: { name: string; set?: Step['set']; act?: Step['act']; state: MeetingView['state']; events?: string[] }[] = [
    { name: 'leave()', act: leave, state: 'left', events: ['leave'] },
    { name: 'reload()', act: reload, state: 'loading' },
    { name: 'a new allow', set: { allow: 'camera' }, state: 'loading' },
    { name: 'a refused host', set: { allowedHosts: 'example.com' }, state: 'error', events: ['error'] },
    { name: 'no URL any more', set: { src: '' }, state: 'idle' },
  ];
  for (const change of changes) {
    const { view } = play([
      { name: 'connected', state: 'loading', events: ['tier-change'], hangingUp: null },
      { name: 'loaded', act: load, state: 'ready', hangingUp: null },
      { ...change, hangingUp: 1 },
      { name: `${change.name}: about:blank loaded`, act: hungUp, state: change.state, hangingUp: null },
    ]);
    assert.notEqual(view.frame?.key, deriveView({ ...BASE, record: { ...NEW_RECORD, loaded: null } }).frame!.key, `${change.name}: not the first iframe`);
  }
});

test('a new URL, a fragment, a label, a tier, docking and expanding hang up nothing: the same iframe navigates or stays', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'a fragment', set: { src: `${URL_A}#chat` }, state: 'ready', hangingUp: null },
    { name: 'a label', set: { label: 'Weekly sync' }, state: 'ready', hangingUp: null },
    { name: 'a tier', set: { tier: 'small', width: 400 }, state: 'ready', events: ['tier-change'], hangingUp: null },
    { name: 'docked', act: setDocked(true), state: 'ready', events: ['dock-change'], hangingUp: null },
    { name: 'expanded', act: expand(false), state: 'ready', events: ['expand-change'], hangingUp: null },
    { name: 'a new URL', set: { src: URL_B }, state: 'loading', hangingUp: null },
  ]);
});

test('while a frame is hung up the next one waits, and discarding that one too hangs up nothing more', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'reload()', act: reload, state: 'loading', hangingUp: 1 },
    // The new frame was never rendered: nothing of it to hang up.
    { name: 'reload() again', act: reload, state: 'loading', hangingUp: 1 },
    { name: 'leave()', act: leave, state: 'left', events: ['leave'], hangingUp: 1 },
    { name: 'join()', act: join, state: 'loading', hangingUp: 1 },
    { name: 'about:blank loaded', act: hungUp, state: 'loading', hangingUp: null },
    { name: 'the new frame loaded', act: load, state: 'ready', hangingUp: null },
    { name: 'leave() at last', act: leave, state: 'left', events: ['leave'], hangingUp: 7 },
  ]);
});

test('a discarded document no longer counts as loaded: an allow changed and changed back is loading until its own load', () => {
  play([
    { name: 'connected', state: 'loading', events: ['tier-change'] },
    { name: 'loaded', act: load, state: 'ready' },
    { name: 'a new allow', set: { allow: 'camera' }, state: 'loading', hangingUp: 1 },
    { name: 'about:blank loaded', act: hungUp, state: 'loading', hangingUp: null },
    { name: 'the allow of before', set: { allow: BASE.allow }, state: 'loading', hangingUp: 3 },
    { name: 'about:blank loaded again', act: hungUp, state: 'loading', hangingUp: null },
    { name: 'its own load', act: load, state: 'ready' },
  ]);
});

test('the markup iframe replaced, or left, is hung up like the element’s own', () => {
  const changes: [string, Omit<Step, 'name'>][] = [
    ['reload()', { act: reload, state: 'loading' }],
    ['a new allow', { set: { allow: 'camera' }, state: 'loading' }],
    ['another URL', { set: { src: URL_B }, state: 'loading' }],
    ['leave()', { act: leave, state: 'left', events: ['leave'] }],
  ];
  for (const [name, change] of changes) {
    const { view } = play([
      { name: 'adopted', state: 'ready', events: ['tier-change', 'load'] },
      { name, ...change, hangingUp: 0 },
    ], { ...NO_SRC, markup: { ...MARKUP, loadedBefore: true } });
    assert.equal(view.hangingUp!.adopted, true, name);
    assert.equal(view.frame?.adopted ?? false, false, name);
  }
});

test('discardedFrame: only an iframe the last view rendered, and only when the next one shows another', () => {
  const shown = deriveView({ ...BASE, record: { ...NEW_RECORD, loaded: null } });
  const reloaded = deriveView({ ...BASE, record: { ...NEW_RECORD, reloads: 1 } });
  const left = deriveView({ ...BASE, record: { ...NEW_RECORD, left: true } });
  assert.equal(discardedFrame(INITIAL_VIEW, shown), null, 'nothing rendered yet');
  assert.equal(discardedFrame(shown, shown), null, 'the same frame');
  assert.equal(discardedFrame(shown, deriveView({ ...BASE, src: URL_B })), null, 'a new URL navigates the same iframe');
  assert.equal(discardedFrame(shown, reloaded), shown.frame);
  assert.equal(discardedFrame(shown, left), shown.frame);
  const hanging = { ...reloaded, hangingUp: shown.frame };
  assert.equal(discardedFrame(hanging, left), null, 'the frame after a hung-up one was never rendered');
});
