import type { MeetingRoom } from '../../src/index.js';
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { VonageMeeting, MeetingErrorCode } from '../../src/index.js';
import { en } from '../../src/i18n/english.js';
import { HOST_TOKEN, room } from '../cases/rooms.js';
import { frameHost, frameUrl, meeting, uniqueId } from './helpers.js';

const past = new Date(Date.now() - 60_000).toISOString();

interface ErrorCase {
  code: MeetingErrorCode;
  why: string;
  set: (el: VonageMeeting) => void;
}

const CASES: ErrorCase[] = [
  { code: 'missing-url', why: 'join() with neither src nor room', set: (el) => el.join() },
  { code: 'invalid-url', why: 'a javascript: src', set: (el) => (el.src = 'javascript:alert(1)') },
  { code: 'invalid-url', why: 'a src that is not a URL', set: (el) => (el.src = 'not a url') },
  { code: 'insecure-url', why: 'http: on a host that is not loopback', set: (el) => ((el.allowedHosts = 'example.com'), (el.src = 'http://example.com/123')) },
  { code: 'host-not-allowed', why: 'a host outside allowed-hosts', set: (el) => (el.src = 'https://evil.example/365658578') },
  { code: 'invalid-room', why: 'a room without _links', set: (el) => (el.room = { display_name: 'x' } as unknown as MeetingRoom) },
  { code: 'room-unavailable', why: 'a deleted room (is_available: false)', set: (el) => (el.room = room(frameUrl(), { is_available: false })) },
  { code: 'room-expired', why: 'a room whose expires_at has passed', set: (el) => (el.room = room(frameUrl(), { expires_at: past })) },
  {
    code: 'participant-unavailable',
    why: 'participant host on a room with no host link',
    set: (el) => ((el.participant = 'host'), (el.room = room(frameUrl(), { _links: { guest_url: { href: frameUrl() } } }))),
  },
];

/** Captures console output while `fn` runs. */
async function withConsole(fn: () => Promise<void>) {
  const lines: string[] = [];
  const saved = { warn: console.warn, error: console.error, info: console.info, log: console.log };
  for (const k of Object.keys(saved) as (keyof typeof saved)[]) console[k] = (...a: unknown[]) => lines.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    Object.assign(console, saved);
  }
  return lines;
}

describe('<vonage-meeting> errors', () => {
  for (const c of CASES) {
    it(`gives ${c.code} for ${c.why}: event, visible notice, no frame`, async () => {
      const el = meeting();
      el.allowedHosts = frameHost();
      const errorEvent = oneEvent(el, 'vonage-meeting-error');
      const lines = await withConsole(async () => {
        await fixture(el);
        c.set(el);
        const { detail } = await errorEvent;
        expect(detail.code).to.equal(c.code);
        expect(detail.message).to.be.a('string').and.not.empty;
      });
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(el.error?.code).to.equal(c.code);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      const notice = el.shadowRoot!.querySelector<HTMLElement>('[part~="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent!.trim()).to.equal(en[c.code]);
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(lines.some((l) => l.includes(el.error!.message))).to.equal(true, 'a console message');
      await expect(el).to.be.accessible();
    });
  }

  it('events bubble out of shadow roots (composed) with a typed detail', async () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    const el = meeting();
    root.append(el);
    const seen = oneEvent(document.body, 'vonage-meeting-error');
    await fixture(outer);
    el.src = 'https://evil.example/';
    const event = await seen;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.code).to.equal('host-not-allowed');
  });

  it('never puts a host token in a message, event or console line', async () => {
    const cases: Partial<VonageMeeting>[] = [
      { participant: 'host', room: room('https://evil.example/') },
      { participant: 'host', room: room('http://example.com/'), allowedHosts: 'example.com' },
      { participant: 'host', room: room('https://evil.example/', { expires_at: past }) },
      { participant: 'host', room: room('https://evil.example/', { is_available: false }) },
      { src: `https://evil.example/?room_token=1&participant_token=${HOST_TOKEN}` },
      { src: `https://meetings.vonage.com@evil.example/?participant_token=${HOST_TOKEN}` },
      { src: `https://user:${HOST_TOKEN}@meetings.vonage.com/` },
      { src: `javascript:alert("${HOST_TOKEN}")` },
    ];
    const details: string[] = [];
    const lines = await withConsole(async () => {
      for (const props of cases) {
        const el = meeting();
        Object.assign(el, props);
        el.addEventListener('vonage-meeting-error', (e) => details.push(JSON.stringify(e.detail)));
        await fixture(el);
        await el.updateComplete;
        expect(el.state).to.equal('error');
        details.push(el.shadowRoot!.textContent ?? '', JSON.stringify(el.error));
      }
    });
    expect(details.length).to.be.greaterThan(cases.length);
    for (const text of [...details, ...lines]) expect(text).not.to.contain('SECRET-HOST-TOKEN');
  });

  it('clears the error and shows the meeting once the input is fixed', async () => {
    const el = meeting();
    el.src = 'https://evil.example/';
    await fixture(el);
    expect(el.state).to.equal('error');
    el.allowedHosts = frameHost();
    el.src = frameUrl({ id: uniqueId() });
    await oneEvent(el, 'vonage-meeting-load');
    expect(el.error).to.equal(null);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
  });
});
