// The local stand-in meeting page. It does what a hosted meeting does with the frame it is
// given (camera, microphone, screen) and reports its own width and the features the seed's
// table offers at that width. That report is computed here from the page's own copy of the
// table, never from src/, so the end-to-end tests can hold it against the element's.

type Tier = 'too-small' | 'small' | 'medium' | 'large';
type FeatureName =
  | 'microphone'
  | 'video'
  | 'record'
  | 'shareScreen'
  | 'reactions'
  | 'privacy'
  | 'whiteboard'
  | 'watchTogether'
  | 'roundTable'
  | 'endMeeting';

/** What the page shows, readable by tests as `window.standIn`. */
export interface StandInState {
  /** The frame's width in CSS pixels (this page's viewport). */
  width: number;
  tier: Tier;
  features: Record<FeatureName, boolean>;
  /** The local camera's video width; above zero once the video plays. */
  videoWidth: number;
  /** `pending`, `live`, or the name of the getUserMedia error. */
  media: string;
  /** The track kinds getUserMedia returned, e.g. `['audio', 'video']`. */
  tracks: string[];
  /** The latest microphone level, 0 to 1. */
  level: number;
  /** `idle`, `sharing`, `ended`, or the name of the getDisplayMedia error. */
  share: string;
  /** `guest`, or `host` when the URL carries a participant token. */
  role: 'guest' | 'host';
  /** How many times this page has loaded in this tab (sessionStorage), or null without storage. */
  loads: number | null;
  timeOrigin: number;
}

declare global {
  interface Window {
    standIn: StandInState;
  }
}

// The seed's table (shared/reference/vonage-meetings.md): the width from which each feature
// is offered. Below 360 px the seed supports no size, so nothing is offered there.
const SEED_TABLE: ReadonlyArray<readonly [FeatureName, string, number]> = [
  ['microphone', 'Microphone', 360],
  ['video', 'Video', 360],
  ['record', 'Record', 500],
  ['shareScreen', 'Share Screen', 500],
  ['reactions', 'Reactions', 600],
  ['privacy', 'Privacy', 500],
  ['whiteboard', 'Whiteboard', 600],
  ['watchTogether', 'Watch Together', 600],
  ['roundTable', 'Round Table', 600],
  ['endMeeting', 'End Meeting', 360],
];

function tierAt(width: number): Tier {
  if (width >= 600) return 'large';
  if (width >= 500) return 'medium';
  if (width >= 360) return 'small';
  return 'too-small';
}

function featuresAt(width: number): Record<FeatureName, boolean> {
  const features = {} as Record<FeatureName, boolean>;
  for (const [name, , from] of SEED_TABLE) features[name] = width >= 360 && width >= from;
  return features;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const video = $<HTMLVideoElement>('local');
const screenVideo = $<HTMLVideoElement>('screen');
const mediaStatus = $('media-status');
const meter = $('meter');
const shareButton = $<HTMLButtonElement>('share');
const shareStatus = $('share-status');

/** Counts this page's loads in this tab; null where a third-party frame gets no storage. */
function countLoad(): number | null {
  try {
    const key = 'vonage-meeting-stand-in:loads';
    const loads = Number(sessionStorage.getItem(key) ?? 0) + 1;
    sessionStorage.setItem(key, String(loads));
    return loads;
  } catch {
    return null;
  }
}

const params = new URLSearchParams(location.search);
// A host link carries a participant token; it is a secret, so the page never shows it.
const role = params.has('participant_token') ? 'host' : 'guest';
const meetingCode = params.get('room_token') ?? params.get('meeting_code');
$('who').textContent = `You · ${role}${meetingCode ? ` · room ${meetingCode}` : ''}`;

const state: StandInState = {
  width: 0,
  tier: 'too-small',
  features: featuresAt(0),
  get videoWidth() {
    return video.videoWidth;
  },
  media: 'pending',
  tracks: [],
  level: 0,
  share: 'idle',
  role,
  loads: countLoad(),
  timeOrigin: performance.timeOrigin,
};
window.standIn = state;

// --- Size and features --------------------------------------------------------------

const featureList = $('features');
const featureItems = new Map<FeatureName, HTMLLIElement>();
for (const [name, label, from] of SEED_TABLE) {
  const item = document.createElement('li');
  item.dataset.feature = name;
  item.title = `From ${from} px`;
  item.textContent = label;
  featureList.append(item);
  featureItems.set(name, item);
}

function showSize() {
  // The viewport of this page is the frame's content box, scrollbar included.
  const width = window.innerWidth;
  const tier = tierAt(width);
  const features = featuresAt(width);
  Object.assign(state, { width, tier, features });
  document.documentElement.dataset.tier = tier;
  $('width').textContent = String(width);
  $('tier').textContent = tier;
  $('size-note').textContent =
    tier === 'too-small'
      ? 'Below 360 px the seed supports no meeting size: no feature is offered.'
      : "This page's own reading of the seed's table:";
  for (const [name, item] of featureItems) {
    item.dataset.available = String(features[name]);
    item.setAttribute('aria-label', `${item.textContent}: ${features[name] ? 'available' : 'not available'}`);
  }
}
showSize();
new ResizeObserver(showSize).observe(document.documentElement);

// --- Camera and microphone ----------------------------------------------------------

function showLevel(analyser: AnalyserNode) {
  const samples = new Float32Array(analyser.fftSize);
  const tick = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    // RMS, scaled so that speech sits in the middle of the bar.
    const level = Math.min(1, Math.sqrt(sum / samples.length) * 4);
    state.level = level;
    meter.style.setProperty('--level', level.toFixed(3));
    meter.setAttribute('aria-valuenow', String(Math.round(level * 100)));
    requestAnimationFrame(tick);
  };
  tick();
}

function meterFor(stream: MediaStream) {
  if (!stream.getAudioTracks().length) return;
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  // An audio context may start suspended until the page is used; resume it on first use.
  if (context.state === 'suspended') {
    meter.dataset.suspended = '';
    const resume = () => context.resume().then(() => delete meter.dataset.suspended);
    resume();
    addEventListener('pointerdown', resume, { once: true });
  }
  showLevel(analyser);
}

async function joinWithCameraAndMicrophone() {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    state.media = 'live';
    state.tracks = stream.getTracks().map((t) => t.kind);
    video.srcObject = stream;
    mediaStatus.textContent = `Camera and microphone on (${state.tracks.join(' + ')})`;
    mediaStatus.dataset.state = 'live';
    meterFor(stream);
  } catch (err) {
    const name = err instanceof DOMException ? err.name : 'Error';
    state.media = name;
    mediaStatus.dataset.state = 'error';
    mediaStatus.textContent =
      name === 'NotAllowedError'
        ? 'Camera and microphone refused (NotAllowedError): the embedding frame must allow camera and microphone.'
        : `Camera and microphone unavailable (${name}).`;
  }
}
joinWithCameraAndMicrophone();

// --- Screen sharing -----------------------------------------------------------------

let screenStream: MediaStream | null = null;

function stopSharing(reason: string) {
  screenStream?.getTracks().forEach((t) => t.stop());
  screenStream = null;
  screenVideo.srcObject = null;
  screenVideo.hidden = true;
  state.share = 'ended';
  shareButton.textContent = 'Share screen';
  shareStatus.textContent = reason;
  shareStatus.dataset.state = 'idle';
}

shareButton.addEventListener('click', async () => {
  if (screenStream) return stopSharing('Screen sharing stopped.');
  try {
    screenStream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    const [track] = screenStream.getVideoTracks();
    const { width, height } = track?.getSettings() ?? {};
    track?.addEventListener('ended', () => stopSharing('Screen sharing ended.'));
    screenVideo.srcObject = screenStream;
    screenVideo.hidden = false;
    state.share = 'sharing';
    shareButton.textContent = 'Stop sharing';
    shareStatus.dataset.state = 'live';
    shareStatus.textContent = `Sharing your screen${width && height ? ` (${width}×${height})` : ''}.`;
  } catch (err) {
    const name = err instanceof DOMException ? err.name : 'Error';
    state.share = name;
    shareStatus.dataset.state = 'error';
    shareStatus.textContent =
      name === 'NotAllowedError'
        ? 'Screen sharing refused (NotAllowedError): cancelled, or the frame lacks display-capture.'
        : `Screen sharing failed (${name}).`;
  }
});
