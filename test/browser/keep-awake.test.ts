import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { VonageMeeting } from '../../src/index.js';
import { frameHost, frameUrl, meeting, sleep, uniqueId } from './helpers.js';

/** A stand-in Screen Wake Lock API that records what the element asks of it. */
function fakeWakeLock() {
  const log: string[] = [];
  const held = new Set<EventTarget>();
  const wakeLock = {
    async request(type: string) {
      log.push(`request ${type}`);
      const sentinel = Object.assign(new EventTarget(), {
        released: false,
        async release() {
          if (sentinel.released) return;
          sentinel.released = true;
          held.delete(sentinel);
          log.push('release');
          sentinel.dispatchEvent(new Event('release'));
        },
      });
      held.add(sentinel);
      return sentinel;
    },
  };
  const own = Object.getOwnPropertyDescriptor(navigator, 'wakeLock');
  Object.defineProperty(navigator, 'wakeLock', { value: wakeLock, configurable: true });
  const restore = () => (own ? Object.defineProperty(navigator, 'wakeLock', own) : delete (navigator as { wakeLock?: unknown }).wakeLock);
  return { log, held, restore };
}

async function shownMeeting(keepAwake: boolean) {
  const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id: uniqueId() }), keepAwake });
  const loaded = oneEvent(el, 'vonage-meeting-load');
  await fixture(el);
  await loaded;
  // The wake lock's code loads once the meeting has loaded: the same module the element imports.
  await import('../../src/effects/wake-lock-controller.js');
  await el.updateComplete;
  await sleep(0);
  return el;
}

describe('keep-awake', () => {
  let fake: ReturnType<typeof fakeWakeLock>;
  beforeEach(() => (fake = fakeWakeLock()));
  afterEach(() => fake.restore());

  it('holds one screen wake lock while the meeting is shown, and releases it after leave()', async () => {
    const el = await shownMeeting(true);
    expect(fake.log).to.deep.equal(['request screen']);
    expect(fake.held.size).to.equal(1);
    el.leave();
    await el.updateComplete;
    await sleep(0);
    expect(fake.log).to.deep.equal(['request screen', 'release']);
    expect(fake.held.size).to.equal(0);
  });

  it('releases it when the element is removed, and when the attribute is removed', async () => {
    const el = await shownMeeting(true);
    el.remove();
    await sleep(0);
    expect(fake.log).to.deep.equal(['request screen', 'release']);
    const other = await shownMeeting(true);
    other.removeAttribute('keep-awake');
    other.keepAwake = false;
    await other.updateComplete;
    await sleep(0);
    expect(fake.log).to.deep.equal(['request screen', 'release', 'request screen', 'release']);
  });

  it('takes it again when the browser released it and the page is visible again', async () => {
    await shownMeeting(true);
    const [sentinel] = fake.held as Set<EventTarget & { release(): Promise<void> }>;
    await sentinel.release(); // as the browser does when the page is hidden
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(0);
    expect(fake.log).to.deep.equal(['request screen', 'release', 'request screen']);
    expect(fake.held.size).to.equal(1);
  });

  it('asks for nothing without the attribute, or while there is no meeting', async () => {
    await shownMeeting(false);
    const idle = meeting({ keepAwake: true });
    await fixture(idle);
    await sleep(50);
    expect(fake.log).to.deep.equal([]);
  });

  it('says once, quietly, where the API is missing', async () => {
    fake.restore();
    Object.defineProperty(navigator, 'wakeLock', { value: undefined, configurable: true });
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args.join(' '));
    try {
      const el: VonageMeeting = await shownMeeting(true);
      expect(el.state).to.equal('ready');
      await shownMeeting(true);
    } finally {
      console.info = info;
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
    expect(notes.filter((n) => n.includes('keep-awake'))).to.have.length(1);
  });
});
