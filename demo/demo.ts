// The demo page: one <vonage-meeting> framing the local stand-in meeting page, with a width
// control, the element's live tier and features, its events, the browser support report,
// and forms to open any meeting URL or room object. It is a single-page app of two pages,
// switched by a small hash router: the meeting is written once, outside the router's outlet,
// and the meeting page shows it over its <vonage-meeting-place>; on the notes page, which has
// no place, the call goes on docked.
import type { VonageMeetingEventMap } from '../src/events.js';
import { checkSupport, type SupportResult } from '../src/view/support.js';
import { FEATURES, minWidthFor, type Feature, type Features } from '../src/view/tiers.js';
import type { VonageMeeting } from '../src/vonage-meeting.js';
import type { MeetingRoom } from '../src/view/room.js';

const outlet = document.getElementById('outlet')!;
// Each page's root, by its route. The router keeps the pages it does not show out of the
// document, whole: their elements and listeners are still the demo's.
const pages = new Map([...outlet.querySelectorAll<HTMLElement>(':scope > [data-route]')].map((page) => [page.dataset.route!, page]));
/** An element of the document or of a page that is not shown now. */
const $ = <T extends HTMLElement = HTMLElement>(id: string) =>
  (document.getElementById(id) ?? [...pages.values()].map((page) => page.querySelector(`#${id}`)).find(Boolean)) as T;
const meeting = $<VonageMeeting>('meeting');
const place = $('place');

// --- The stand-in meeting page: this server, the other loopback host name ------------

const standInOrigin = new URL(location.origin);
standInOrigin.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const STAND_IN = new URL('/demo/stand-in/', standInOrigin).href;
const STAND_IN_HOSTS = '127.0.0.1 localhost';
$('stand-in-origin').textContent = standInOrigin.host;

/** A room shaped like the Meetings API's response, its links pointing at the stand-in. */
function exampleRoom() {
  const now = Date.now();
  const code = '365658578';
  return {
    id: 'b3142c46-d1c1-4405-baa6-85683827ed69',
    display_name: 'Weekly sync (local stand-in)',
    metadata: null,
    type: 'long_term',
    expires_at: new Date(now + 30 * 24 * 3600_000).toISOString(),
    recording_options: { auto_record: false, record_only_owner: false },
    meeting_code: code,
    _links: {
      host_url: { href: `${STAND_IN}?room_token=${code}&participant_token=stand-in-host-token` },
      guest_url: { href: `${STAND_IN}?meeting_code=${code}` },
    },
    created_at: new Date(now).toISOString(),
    is_available: true,
    expire_after_use: false,
    theme_id: null,
    initial_join_options: { microphone_state: 'off' },
    join_approval_level: 'none',
    callback_urls: {
      rooms_callback_url: 'https://example.com/webhooks/rooms',
      sessions_callback_url: 'https://example.com/webhooks/sessions',
      recordings_callback_url: 'https://example.com/webhooks/recordings',
    },
    ui_settings: { language: 'en' },
    available_features: {
      is_recording_available: true,
      is_chat_available: true,
      is_whiteboard_available: true,
      is_locale_switcher_available: true,
    },
  };
}

/** How the demo names each feature of the seed's table. */
const FEATURE_LABELS: Record<Feature, string> = {
  microphone: 'Microphone',
  video: 'Video',
  record: 'Record',
  shareScreen: 'Share screen',
  reactions: 'Reactions',
  privacy: 'Privacy',
  whiteboard: 'Whiteboard',
  watchTogether: 'Watch together',
  roundTable: 'Round table',
  endMeeting: 'End meeting',
};

// --- Event log: listening starts before the element is defined, so nothing is missed --

type EventName = keyof VonageMeetingEventMap;
type Detail<K extends EventName> = VonageMeetingEventMap[K]['detail'];

const countFeatures = (features: Features) => Object.values(features).filter(Boolean).length;

const EVENT_SUMMARY: { [K in EventName]: (detail: Detail<K>) => string } = {
  'vonage-meeting-load': () => 'The frame finished loading.',
  'vonage-meeting-error': (d) => `${d.code}: ${d.message}`,
  'vonage-meeting-tier-change': (d) =>
    `${d.previousTier ?? '(first measure)'} → ${d.tier} at ${Math.round(d.width)} px, ${countFeatures(d.features)} of ${FEATURES.length} features`,
  'vonage-meeting-unsupported': (d) => `${d.support.status}${d.support.reasons.length ? `: ${d.support.reasons.join(', ')}` : ''}`,
  'vonage-meeting-feature-unavailable': (d) => `${d.missing.map((f) => FEATURE_LABELS[f]).join(', ')} not available at ${d.tier}`,
  'vonage-meeting-leave': () => 'Left the meeting: the frame is gone.',
  'vonage-meeting-permission-denied': (d) => `camera ${d.camera}, microphone ${d.microphone}`,
  'vonage-meeting-dock-change': (d) => (d.docked ? 'Docked to a corner of the window.' : 'Back in its place.'),
  'vonage-meeting-expand-change': (d) => (d.expanded ? `Fills the screen (${d.mode}).` : 'Back to its size.'),
  'vonage-meeting-return': () => 'Asked to return to the meeting.',
};

const log = $<HTMLOListElement>('log');
const MAX_LOG_ENTRIES = 200;

function addLogEntry(type: EventName, summary: string, detail: unknown) {
  const item = document.createElement('li');
  const name = type.replace(/^vonage-meeting-/, '');
  item.dataset.event = name;
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString([], { hour12: false }) + `.${String(now.getMilliseconds()).padStart(3, '0')}`;
  const label = document.createElement('code');
  label.textContent = name;
  const text = document.createElement('span');
  text.textContent = summary;
  item.title = `${type} ${JSON.stringify(detail)}`;
  item.append(time, label, text);
  log.prepend(item);
  while (log.children.length > MAX_LOG_ENTRIES) log.lastElementChild?.remove();
  $('log-empty').hidden = true;
}

function listen<K extends EventName>(type: K) {
  meeting.addEventListener(type, (event) => {
    const { detail } = event as VonageMeetingEventMap[K];
    addLogEntry(type, EVENT_SUMMARY[type](detail), detail);
  });
}
for (const type of Object.keys(EVENT_SUMMARY) as EventName[]) listen(type);

$('clear-log').addEventListener('click', () => {
  log.replaceChildren();
  $('log-empty').hidden = false;
});

// --- Width: slider, presets and a drag handle on the element's edge ------------------

const slider = $<HTMLInputElement>('width-slider');
const handle = $('handle');
const stage = $('stage');
const MIN_WIDTH = Number(slider.min);
const MAX_WIDTH = Number(slider.max);
const presets = [...document.querySelectorAll<HTMLButtonElement>('.preset')];
let width = 0;

function setWidth(px: number) {
  width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, px)));
  // The meeting is shown over its place, exactly this wide: it measures its tier from it.
  place.style.inlineSize = `${width}px`;
  slider.value = String(width);
  handle.setAttribute('aria-valuenow', String(width));
  handle.setAttribute('aria-valuetext', `${width} pixels`);
  $('width-readout').textContent = `${width} px`;
  for (const preset of presets) preset.setAttribute('aria-pressed', String(Number(preset.dataset.width) === width));
}

slider.addEventListener('input', () => setWidth(Number(slider.value)));
for (const preset of presets) preset.addEventListener('click', () => setWidth(Number(preset.dataset.width)));

handle.addEventListener('pointerdown', (down) => {
  if (down.button !== 0) return;
  down.preventDefault();
  handle.setPointerCapture(down.pointerId);
  const startWidth = width;
  document.body.classList.add('resizing');
  const move = (event: PointerEvent) => setWidth(startWidth + event.clientX - down.clientX);
  const end = () => {
    handle.removeEventListener('pointermove', move);
    document.body.classList.remove('resizing');
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('lostpointercapture', end, { once: true });
});

handle.addEventListener('keydown', (event) => {
  const step = event.shiftKey ? 50 : 10;
  const next: Record<string, number> = { ArrowLeft: width - step, ArrowRight: width + step, Home: MIN_WIDTH, End: MAX_WIDTH };
  if (!(event.key in next)) return;
  event.preventDefault();
  setWidth(next[event.key]!);
});

/** The widest the element can be without scrolling the stage, capped at the laptop preset. */
function fittingWidth() {
  const style = getComputedStyle(stage);
  const inner = stage.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
  // On a phone the handle sits on the meeting's edge instead of beside it.
  const handleStyle = getComputedStyle(handle);
  const beside = handleStyle.position === 'absolute' ? 0 : handle.offsetWidth + parseFloat(handleStyle.marginInlineStart);
  return Math.min(1024, inner - beside);
}

// --- Live tier, state and features ----------------------------------------------------


const featureRows = new Map<Feature, HTMLTableRowElement>();
for (const feature of FEATURES) {
  const row = document.createElement('tr');
  row.dataset.feature = feature;
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = FEATURE_LABELS[feature];
  row.append(name, document.createElement('td'), document.createElement('td'));
  $('features').querySelector('tbody')!.append(row);
  featureRows.set(feature, row);
}

const autoRecords = (room: unknown) =>
  !!room && typeof room === 'object' && (room as { recording_options?: { auto_record?: unknown } }).recording_options?.auto_record === true;

let shownFeatures: Features | null = null;

function showFeatures() {
  const features = meeting.features;
  if (!features) return;
  const autoRecord = !meeting.src && autoRecords(meeting.room);
  for (const [feature, row] of featureRows) {
    const available = features[feature];
    const [from, now] = row.querySelectorAll('td');
    from!.textContent = `${minWidthFor(feature, { autoRecord })} px`;
    now!.textContent = available ? 'Yes' : 'No';
    row.dataset.available = String(available);
    if (shownFeatures && shownFeatures[feature] !== available) {
      // Restart the highlight on rows that just changed.
      row.classList.remove('changed');
      void row.offsetWidth;
      row.classList.add('changed');
    }
  }
  shownFeatures = { ...features };
  $('feature-count').textContent = `${countFeatures(features)} of ${FEATURES.length}`;
}

function showStatus() {
  const tier = meeting.getAttribute('tier') ?? '';
  const state = meeting.getAttribute('state') ?? '';
  const tierPill = $('tier-pill');
  tierPill.dataset.tier = tier;
  tierPill.textContent = tier ? `tier ${tier}` : 'tier –';
  const statePill = $('state-pill');
  statePill.dataset.state = state;
  statePill.textContent = state ? `state ${state}` : 'state –';
  $<HTMLButtonElement>('leave').disabled = state === 'left' || state === '';
  $<HTMLButtonElement>('join').disabled = state !== 'left';
  const error = meeting.error;
  const errorLine = $('error-line');
  errorLine.hidden = !error;
  errorLine.textContent = error ? `${error.code}: ${error.message}` : '';
  showFeatures();
}

// Tier and state are reflected attributes: watching them catches every change.
new MutationObserver(showStatus).observe(meeting, { attributes: true, attributeFilter: ['tier', 'state'] });
meeting.addEventListener('vonage-meeting-error', showStatus);

// --- Support report -------------------------------------------------------------------

function showSupport() {
  const fromElement = meeting.support;
  const support: SupportResult = fromElement ?? checkSupport();
  $('support-source').textContent = fromElement
    ? "What the element's support check found (its support property)."
    : 'What checkSupport() finds for this browser.';
  const status = $('support-status');
  status.dataset.status = support.status;
  status.textContent = support.status;
  const version = (part: { name: string; version: string | null }) => `${part.name}${part.version ? ` ${part.version}` : ''}`;
  const facts: [string, string][] = [
    ['Browser', version(support.browser)],
    ['System', version(support.os)],
    ['Device', support.mobile ? 'mobile' : 'desktop'],
    ['Webview', support.webview ?? 'no'],
    ['Reasons', support.reasons.length ? support.reasons.join(', ') : 'none'],
  ];
  $('support-facts').replaceChildren(
    ...facts.flatMap(([term, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      return [dt, dd];
    }),
  );
}
meeting.addEventListener('vonage-meeting-unsupported', showSupport);
meeting.addEventListener('vonage-meeting-load', showSupport);

// --- Opening a URL or a room; leaving and joining -------------------------------------

const urlInput = $<HTMLInputElement>('url');
const hostsInput = $<HTMLInputElement>('hosts');
const roomInput = $<HTMLTextAreaElement>('room');
const roomError = $('room-error');

function openUrl(url: string, hosts: string) {
  meeting.room = null;
  meeting.allowedHosts = hosts;
  meeting.src = url;
}

function resetUrlForm() {
  urlInput.value = STAND_IN;
  hostsInput.value = STAND_IN_HOSTS;
}

$('open-url').addEventListener('submit', (event) => {
  event.preventDefault();
  openUrl(urlInput.value.trim(), hostsInput.value.trim());
});
$('reset-url').addEventListener('click', () => {
  resetUrlForm();
  openUrl(STAND_IN, STAND_IN_HOSTS);
});

function resetRoomForm() {
  roomInput.value = JSON.stringify(exampleRoom(), null, 2);
  roomError.hidden = true;
}

$('open-room').addEventListener('submit', (event) => {
  event.preventDefault();
  let room: unknown;
  try {
    room = JSON.parse(roomInput.value);
  } catch (err) {
    roomError.textContent = `Not valid JSON: ${(err as Error).message}`;
    roomError.hidden = false;
    return;
  }
  roomError.hidden = true;
  const role = new FormData(event.target as HTMLFormElement).get('role') === 'host' ? 'host' : 'guest';
  // `src` wins over `room`, so clear it; the stand-in's hosts stay allowed.
  meeting.allowedHosts = STAND_IN_HOSTS;
  meeting.src = '';
  meeting.participant = role;
  meeting.room = room as MeetingRoom;
});
$('reset-room').addEventListener('click', resetRoomForm);

const requireShare = $<HTMLInputElement>('require-share');
requireShare.addEventListener('change', () => {
  if (requireShare.checked) meeting.setAttribute('required-features', 'share-screen');
  else meeting.removeAttribute('required-features');
});

$('leave').addEventListener('click', () => meeting.leave());
// A click is a user gesture: fullscreen where the browser allows it, else the viewport.
$('expand').addEventListener('click', () => (meeting.expanded = true));
$<HTMLInputElement>('auto-dock').addEventListener('change', (event) => {
  meeting.dock = (event.target as HTMLInputElement).checked ? 'auto' : 'off';
});
$('join').addEventListener('click', () => meeting.join());

// --- Pages: a hash router of two routes -----------------------------------------------

const ROUTES = ['/', '/notes'];
const navLinks = [...document.querySelectorAll<HTMLAnchorElement>('.routes a[data-route]')];
const siteTitle = document.title;

/** The route of a URL hash: `#/notes` and `#/`; any other hash (an anchor) is on the meeting page. */
const routeOf = (hash: string) => (ROUTES.includes(hash.slice(1)) ? hash.slice(1) : '/');

let currentRoute = '';

/** Shows the page of `route` in the outlet, alone; a navigation moves focus to its heading. */
function showRoute(route: string, { navigated }: { navigated: boolean }) {
  if (route === currentRoute) return;
  currentRoute = route;
  const shown = pages.get(route)!;
  for (const page of pages.values()) if (page !== shown) page.remove();
  shown.hidden = false;
  if (!shown.isConnected) outlet.append(shown);
  for (const link of navLinks) {
    if (link.dataset.route === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${shown.dataset.title} · ${siteTitle}`;
  if (!navigated) return;
  scrollTo(0, 0);
  shown.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
}

// The dock bar's "Return to the meeting": the app's part is to open the meeting's route.
meeting.addEventListener('vonage-meeting-return', () => (location.hash = '#/'));

// --- Start -----------------------------------------------------------------------------

resetUrlForm();
resetRoomForm();
requireShare.checked = false;
meeting.setAttribute('src', STAND_IN);
$('click-meeting').setAttribute('src', `${STAND_IN}?meeting_code=222333444`);
setWidth(fittingWidth());

await import('../src/index.js');
await customElements.whenDefined('vonage-meeting');
showStatus();
showSupport();
// The meeting page is in the document until the meeting is drawn over its place: a link
// straight to another page then finds the call docked, as if the user had come from there.
await meeting.updateComplete;
showRoute(routeOf(location.hash), { navigated: false });
addEventListener('hashchange', () => showRoute(routeOf(location.hash), { navigated: true }));
