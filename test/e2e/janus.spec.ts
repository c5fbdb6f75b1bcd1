// A real meeting: Janus's VideoRoom (Debian's janus and janus-demos, started on 127.0.0.1 by
// janus/global-setup.mjs) with two participants. One is Janus's own VideoRoom demo page in
// <vonage-meeting>, on a page of another origin; the other is the same demo page opened
// directly, in another browser context, joined without a camera ("subscriber mode"): it
// sees what the first one publishes, and sees it leave.
//
// The leave is measured as the other participant sees it: from the call (leave(), reload(),
// the React wrapper's unmount) to the removal of the remote video from its page (the demo
// does that on Janus's "leaving"/"unpublished" event). Each figure is printed. Janus drops a
// participant whose page hung up without telling it after its session timeout (60 s), so
// JANUS_LEAVE_BUDGET_MS=70000 measures how long a leave takes without a hang-up.
import { expect, test, type Browser, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';

/** What janus/global-setup.mjs started, from JANUS_E2E. */
interface JanusE2E {
  /** The Janus API, on 127.0.0.1. */
  janusUrl: string;
  /** The embedding pages' origin: `http://localhost:PORT`. */
  hostOrigin: string;
  /** The meeting's origin: `http://127.0.0.1:PORT` (the same server). */
  meetingOrigin: string;
  pid: number;
  /** This run's Janus folder: its configuration, its log, and what the tests note there. */
  dir: string;
  /** The VideoRoom rooms the tests may use, one each. */
  rooms: number[];
  /** The one address Janus gathers its ICE candidates on (scripts/janus.mjs). */
  iceAddress: string;
  /** Why there is no Janus, when there is none. */
  missing?: string;
}

const janus: Partial<JanusE2E> = JSON.parse(process.env.JANUS_E2E ?? '{}');
/** How long, at most, the other participant may take to see a leave. */
const LEAVE_BUDGET = Number(process.env.JANUS_LEAVE_BUDGET_MS ?? 2000);

test.beforeEach(() => {
  if (janus.missing) throw new Error(janus.missing);
  if (!janus.hostOrigin) throw new Error('No Janus for this run: test/e2e/janus/global-setup.ts did not run (playwright.config.ts globalSetup).');
});

// A room of its own for every test, even across retries and restarted workers: the next
// one, counted in a file of this run's Janus folder.
function nextRoom(): number {
  const file = join(janus.dir!, 'rooms-used');
  let used = 0;
  try {
    used = Number(readFileSync(file, 'utf8')) || 0;
  } catch {}
  writeFileSync(file, String(used + 1));
  return janus.rooms![used % janus.rooms!.length];
}

/** Starts Janus's VideoRoom demo in `frame` and joins its room as `name`. */
async function joinDemo(frame: Frame, name: string) {
  // The demo binds its Start button once janus.js has initialised.
  await frame.waitForFunction(() => {
    const $ = (window as any).jQuery;
    return !!$ && !!$._data(document.getElementById('start'), 'events')?.click;
  });
  await frame.locator('#start').click();
  await frame.locator('#username').fill(name);
  await frame.locator('#register').click();
}

/** The document inside the element's frame, once the element says it loaded. */
async function meetingFrame(page: Page): Promise<Frame> {
  await expect(page.locator('vonage-meeting')).toHaveAttribute('state', 'ready');
  const iframe = page.locator('vonage-meeting iframe');
  await expect(iframe).toHaveCount(1);
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the meeting iframe has no frame');
  expect(new URL(frame.url()).origin, 'the meeting is on another origin than the page').not.toBe(new URL(page.url()).origin);
  return frame;
}

interface Call {
  page: Page;
  frame: Frame;
  viewer: Page;
  viewerContext: BrowserContext;
}

/**
 * Opens `path` (a page that embeds the element) and joins the room from the element's
 * frame, publishing its camera; then the other participant, outside the element, joins the
 * same room and receives it.
 */
async function startCall(page: Page, browser: Browser, path: string, room: number): Promise<Call> {
  await page.goto(`${janus.hostOrigin}${path}?room=${room}`);
  const frame = await meetingFrame(page);
  await joinDemo(frame, 'inside');
  await expect(frame.locator('#videolocal video'), 'the participant in the element sees its own camera').toHaveCount(1);

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(`${janus.meetingOrigin}/demos/videoroomtest.html?room=${room}&subscriber-mode=true`);
  await joinDemo(viewer.mainFrame(), 'outside');
  await expectReceiving(viewer, 'once joined');
  return { page, frame, viewer, viewerContext };
}

const remoteVideo = (viewer: Page) => viewer.locator('#videoremote1 video');

/** The other participant's remote video has a picture, and keeps playing new frames. */
async function expectReceiving(viewer: Page, step: string) {
  const video = remoteVideo(viewer);
  await expect(video, `${step}: the other participant has a remote video`).toHaveCount(1, { timeout: 20_000 });
  const read = () =>
    video.evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, time: v.currentTime, frames: v.getVideoPlaybackQuality().totalVideoFrames }));
  await expect.poll(async () => (await read()).width, { message: `${step}: the remote video has a picture`, timeout: 20_000 }).toBeGreaterThan(0);
  const before = await read();
  await expect
    .poll(async () => {
      const now = await read();
      return now.time > before.time + 0.2 && now.frames > before.frames;
    }, { message: `${step}: the remote video plays on (its time and its decoded frames advance)` })
    .toBe(true);
}

/**
 * The addresses of the candidate pairs a demo page's peer connection uses: its publisher's
 * (`sfutest`, the demo's global) or its first subscriber's (`feeds[1]`).
 */
function selectedPairs(frame: Frame, which: 'publisher' | 'subscriber') {
  return frame.evaluate(async (which) => {
    const w = window as any;
    const pc: RTCPeerConnection = which === 'publisher' ? w.sfutest.webrtcStuff.pc : w.feeds[1].webrtcStuff.pc;
    const stats = [...(await pc.getStats()).values()];
    const byId = new Map(stats.map((s) => [s.id, s]));
    return stats
      .filter((s) => s.type === 'transport' && s.selectedCandidatePairId)
      .map((t) => byId.get(t.selectedCandidatePairId))
      .map((pair) => ({ local: byId.get(pair.localCandidateId)?.address, remote: byId.get(pair.remoteCandidateId)?.address }));
  }, which);
}

/** From now on, the other participant's page notes when the remote video goes. */
async function watchLeave(viewer: Page) {
  await viewer.evaluate(() => {
    const box = document.getElementById('videoremote1')!;
    (window as any).feedGone = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!box.querySelector('video')) {
          observer.disconnect();
          resolve(Date.now());
        }
      });
      observer.observe(box, { childList: true, subtree: true });
    });
  });
}

/** How long after `since` (Date.now() in the page) the other participant saw the leave; null past the cap. */
async function leaveSeenAfter(viewer: Page, since: number, cap = LEAVE_BUDGET + 10_000): Promise<number | null> {
  const at = await viewer.evaluate(
    (cap) => Promise.race([(window as any).feedGone as Promise<number>, new Promise<null>((r) => setTimeout(() => r(null), cap))]),
    cap,
  );
  return at === null ? null : at - since;
}

async function expectLeaveSeen(viewer: Page, since: number, way: string) {
  const ms = await leaveSeenAfter(viewer, since);
  console.log(`[janus] ${way}: the other participant saw the leave after ${ms === null ? `more than ${LEAVE_BUDGET + 10_000}` : ms} ms`);
  expect(ms, `${way}: the other participant sees the leave`).not.toBeNull();
  expect(ms!, `${way}: the other participant sees the leave within ${LEAVE_BUDGET} ms`).toBeLessThanOrEqual(LEAVE_BUDGET);
}

test.describe('a Janus video room in the element', () => {
  test.setTimeout(90_000 + LEAVE_BUDGET);

  let call: Call | undefined;
  test.afterEach(async () => {
    await call?.viewerContext.close();
    call = undefined;
  });

  test('the participant in the element publishes its camera, and the one outside receives it', async ({ page, browser }) => {
    call = await startCall(page, browser, '/host/host.html', nextRoom());
    await expect(call.frame.locator('#videolocal video')).toHaveJSProperty('paused', false);
    expect(await call.frame.locator('#videolocal video').evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).meetingLoads)).toBe(1);
    // Both peer connections run between addresses of this machine (which the kernel delivers
    // through lo), Janus's end on the one address it is pinned to (scripts/janus.mjs).
    const own = Object.values(networkInterfaces()).flatMap((addresses) => addresses?.map((a) => a.address) ?? []);
    for (const [pc, pairs] of [
      ['publisher', await selectedPairs(call.frame, 'publisher')],
      ['subscriber', await selectedPairs(call.viewer.mainFrame(), 'subscriber')],
    ] as const) {
      console.log(`[janus] ${pc}'s candidate pair: ${pairs[0]?.local} <-> ${pairs[0]?.remote}`);
      expect(pairs, `${pc}: one candidate pair`).toHaveLength(1);
      expect(own, `${pc}: the browser's end is this machine`).toContain(pairs[0].local);
      expect(pairs[0].remote, `${pc}: Janus's end is its one address`).toBe(janus.iceAddress);
    }
  });

  test('tiers, docking and expanding never reload the frame, and the call goes on through each', async ({ page, browser }) => {
    call = await startCall(page, browser, '/host/host.html', nextRoom());
    const { frame, viewer } = call;
    const meeting = page.locator('vonage-meeting');
    await frame.evaluate(() => ((window as any).firstDocument = 'still here'));
    const sameDocument = async (step: string) => {
      expect(await page.evaluate(() => (window as any).meetingLoads), `${step}: one load event`).toBe(1);
      expect(await frame.evaluate(() => (window as any).firstDocument), `${step}: the frame's first document`).toBe('still here');
      await expectReceiving(viewer, step);
    };

    for (const [width, tier] of [
      [340, 'too-small'],
      [420, 'small'],
      [540, 'medium'],
      [720, 'large'],
    ] as const) {
      await meeting.evaluate((el, width) => (el.style.inlineSize = `${width}px`), width);
      await expect(meeting, `at ${width} px`).toHaveAttribute('tier', tier);
      await sameDocument(`at ${width} px (${tier})`);
    }

    await meeting.evaluate((el: any) => (el.docked = true));
    await expect(meeting).toHaveAttribute('docked', '');
    await sameDocument('docked');
    await meeting.evaluate((el: any) => (el.docked = false));
    await expect(meeting).not.toHaveAttribute('docked');
    await sameDocument('undocked');

    await meeting.evaluate((el: any) => (el.expanded = true));
    await expect(meeting).toHaveAttribute('expanded', '');
    await sameDocument('expanded');
    await meeting.evaluate((el: any) => (el.expanded = false));
    await expect(meeting).not.toHaveAttribute('expanded');
    await sameDocument('collapsed');
  });

  test('leave(): the other participant sees the leave', async ({ page, browser }) => {
    call = await startCall(page, browser, '/host/host.html', nextRoom());
    await watchLeave(call.viewer);
    const since = await page.evaluate(() => {
      const at = Date.now();
      (document.querySelector('vonage-meeting') as any).leave();
      return at;
    });
    await expect(page.locator('vonage-meeting')).toHaveAttribute('state', 'left');
    await expectLeaveSeen(call.viewer, since, 'leave()');
    await expect(page.locator('vonage-meeting iframe'), 'the frame is gone once hung up').toHaveCount(0);
  });

  test('reload(): the other participant sees the leave', async ({ page, browser }) => {
    call = await startCall(page, browser, '/host/host.html', nextRoom());
    await watchLeave(call.viewer);
    const since = await page.evaluate(() => {
      const at = Date.now();
      (document.querySelector('vonage-meeting') as any).reload();
      return at;
    });
    await expectLeaveSeen(call.viewer, since, 'reload()');
    // The new frame is the demo again, ready to be joined.
    await expect(page.locator('vonage-meeting')).toHaveAttribute('state', 'ready');
    expect(await page.evaluate(() => (window as any).meetingLoads)).toBe(2);
  });

  test('the React wrapper unmounted: the other participant sees the leave', async ({ page, browser }) => {
    call = await startCall(page, browser, '/host/react-host.html', nextRoom());
    await watchLeave(call.viewer);
    const since = await page.evaluate(() => {
      const at = Date.now();
      (window as any).unmountMeeting();
      return at;
    });
    await expect(page.locator('#gone')).toBeVisible();
    await expect(page.locator('vonage-meeting')).toHaveCount(0);
    await expectLeaveSeen(call.viewer, since, 'React unmount');
    // The wrapper called leave() while the element was still in the page, before React
    // removed it; the element's leave event follows (its update, queued by leave(), comes
    // before the observer that notes the removal).
    expect(await page.evaluate(() => (window as any).reactLog)).toEqual(['leave() while connected', 'leave event', 'removed']);
  });

  test('the React wrapper in StrictMode: the development remount leaves one frame, joined again', async ({ page }) => {
    await page.goto(`${janus.hostOrigin}/host/react-host.html?room=${nextRoom()}&strict`);
    await meetingFrame(page);
    await page.waitForTimeout(500);
    await expect(page.locator('vonage-meeting')).toHaveAttribute('state', 'ready');
    expect(await page.evaluate(() => (window as any).meetingLoads), 'one load event').toBe(1);
    expect(await page.evaluate(() => (window as any).reactLog)).toEqual(['leave() while connected']);
    await expect(page.locator('vonage-meeting iframe')).toHaveCount(1);
  });
});
