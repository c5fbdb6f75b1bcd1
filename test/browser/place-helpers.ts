// What the tests of <vonage-meeting-place> share: an app with the meeting written once at
// its root and a route area, and the checks of where the meeting is drawn.
import { expect, fixture, html } from '@open-wc/testing';
import type { VonageMeeting, VonageMeetingPlace } from '../../src/index.js';
import { countLoads, frameHost, frameUrl, meeting, nextFrame, uniqueId } from './helpers.js';

export const frameOf = (el: VonageMeeting) => el.shadowRoot!.querySelector('iframe')!;
export const box = (el: Element) => el.getBoundingClientRect();
export const settle = async () => {
  for (let i = 0; i < 3; i++) await nextFrame();
};

/** The next event of `type`, or a failure after `timeout` ms. */
export function next<K extends keyof HTMLElementEventMap>(el: Element, type: K, timeout = 5000): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    el.addEventListener(type, (e) => (clearTimeout(timer), resolve(e as HTMLElementEventMap[K])), { once: true });
  });
}

export function expectOver(el: VonageMeeting, place: Element, what = '') {
  const [a, b] = [box(el), box(place)];
  for (const side of ['top', 'left', 'width', 'height'] as const) expect(a[side], `${what} ${side}`).to.be.closeTo(b[side], 1);
}

/** An app: the meeting written once at its root, a route area, and a way to show a route. */
export async function app() {
  const id = uniqueId('place');
  const loads = countLoads(id);
  const root = await fixture<HTMLDivElement>(html`<div><div class="outlet"></div></div>`);
  const el = meeting({ allowedHosts: frameHost(), id });
  root.append(el);
  const loaded = next(el, 'vonage-meeting-load', 15000);
  el.src = frameUrl({ id });
  await loaded;
  const outlet = root.querySelector<HTMLElement>('.outlet')!;
  /** Shows a route: its markup replaces the outlet's, as a router does. */
  const route = async (markup: string) => {
    outlet.innerHTML = markup.replaceAll('ID', id);
    await el.updateComplete;
    await settle();
    return outlet.querySelector<VonageMeetingPlace>('vonage-meeting-place');
  };
  return { id, el, loads, root, outlet, route };
}

