/** Helpers shared by the browser tests. */
import type { VonageMeeting } from '../../src/index.js';

/**
 * Debian's WebKitGTK is built without WebRTC (no RTCPeerConnection), so there the support
 * check rightly refuses every meeting. Tests that are not about the support check make
 * their elements with `meeting()` or this attribute value, which turns the check off in
 * such an engine only; test/support-element.test.ts covers the check itself.
 */
export const SUPPORT_CHECK = 'RTCPeerConnection' in window ? 'on' : 'off';

/** A new `<vonage-meeting>`, with the support check as SUPPORT_CHECK says. */
export function meeting(props: Partial<VonageMeeting> = {}): VonageMeeting {
  const el = document.createElement('vonage-meeting');
  el.supportCheck = SUPPORT_CHECK;
  return Object.assign(el, props);
}


/** The test frame page on the other origin (127.0.0.1 when the page is on localhost). */
export function frameUrl(params: Record<string, string> = {}): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const url = new URL(`/test/fixtures/frame.html`, `${location.protocol}//${other}:${location.port}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

/** The host of frameUrl(), for allowed-hosts. */
export const frameHost = () => new URL(frameUrl()).hostname;

let nextId = 0;
export const uniqueId = (prefix = 'f') => `${prefix}${++nextId}-${Math.random().toString(36).slice(2, 8)}`;

export interface FrameMessage {
  source: 'vme-test-frame';
  id: string;
  event: 'load' | 'media' | 'policy' | 'beforeunload' | 'pagehide';
  ok?: boolean;
  kinds?: string[];
  name?: string;
  /** `policy`: the features the frame's policy allows, null where the engine cannot tell. */
  allowed?: string[] | null;
  /** `policy`: `ok`, the error's name, or `absent` where the engine has no setSinkId. */
  sink?: string;
}

/** Resolves with the first message of `event` from the test frame with this id. */
export function frameMessage(id: string, event: FrameMessage['event'], timeout = 15000): Promise<FrameMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error(`no '${event}' message from frame ${id} within ${timeout} ms`));
    }, timeout);
    function onMessage(e: MessageEvent) {
      const m = e.data as FrameMessage;
      if (m?.source === 'vme-test-frame' && m.id === id && m.event === event) {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(m);
      }
    }
    window.addEventListener('message', onMessage);
  });
}

/** Counts the loads of the test frame with this id, from now on. */
export function countLoads(id: string) {
  return countEvents(id, 'load');
}

/** Counts the messages of `event` from the test frame with this id, from now on. */
export function countEvents(id: string, event: FrameMessage['event']) {
  const counter = { count: 0, stop: () => window.removeEventListener('message', onMessage) };
  function onMessage(e: MessageEvent) {
    const m = e.data as FrameMessage;
    if (m?.source === 'vme-test-frame' && m.id === id && m.event === event) counter.count++;
  }
  window.addEventListener('message', onMessage);
  return counter;
}

/**
 * The unload events (`beforeunload`, `pagehide`) the test frame with this id sent the test
 * server as beacons (`?unload=1`), in order of arrival.
 */
export async function frameUnloads(id: string): Promise<string[]> {
  return (await fetch(`/test/unloads?${new URLSearchParams({ id })}`)).json();
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Shift+Tab, as each driver can press it: Playwright (Chromium) takes a chord, Puppeteer
 * (Firefox) a key held down, WebDriver (WebKit) the WebDriver codes of Shift, Tab, and
 * NULL, which releases Shift.
 */
/** Sizes the viewport, in every driver (WebDriver's through the window, see web-test-runner.config.mjs). */
export async function resizeViewport(width: number, height: number) {
  const { executeServerCommand, setViewport } = await import('@web/test-runner-commands');
  if (/Chrome\/|Firefox\//.test(navigator.userAgent)) await setViewport({ width, height });
  else await executeServerCommand('window-viewport', { width, height, from: { width: innerWidth, height: innerHeight } });
  // The new size reaches the page with the next resize, not with the command's answer.
  for (let i = 0; i < 60 && (innerWidth !== width || innerHeight !== height); i++) await new Promise((r) => requestAnimationFrame(r));
}

export async function pressShiftTab() {
  const { sendKeys } = await import('@web/test-runner-commands');
  const ua = navigator.userAgent;
  if (ua.includes('Firefox/')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else if (!ua.includes('Chrome/')) await sendKeys({ type: '\uE008\uE004\uE000' });
  else await sendKeys({ press: 'Shift+Tab' });
}
