/**
 * What `<vonage-meeting>` renders, from its view, in the element's words: the frame, the
 * notices, the join placeholder, the fallback for a browser that cannot run the meeting,
 * the dock bar and the expand button. The element decides what to show (`deriveView`) and
 * what a button does; these only say how it looks.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { MeetingFallback, MeetingView } from './view/meeting-view.js';
import type { Messages } from './i18n/messages.js';
import { NOTICE_ROWS, type Notice } from './view/notices.js';

/** What the templates need of the element: its words, and what its buttons do. */
export interface MeetingContext {
  words: Messages;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The user joined from the placeholder or the "join again" button. */
  join: () => void;
  dismiss: (id: string) => void;
  /** The user showed an interest in joining (pointer over, or focus on, the placeholder). */
  warm: () => void;
  undock: () => void;
  /** The user asked to return to the meeting's route, its place gone. */
  returnToMeeting: () => void;
  leave: () => void;
  /** Focus reached a sentinel at the meeting's end (`atEnd`) or start, from `from`. */
  tabOut: (atEnd: boolean, from: EventTarget | null) => void;
  toggleExpanded: () => void;
  /** The user pointed at, or focused, the expand button. */
  warmExpand: () => void;
  /** A load event of the frame (the meeting's, or the about:blank of one being hung up). */
  loaded: (event: Event) => void;
}

/**
 * The whole shadow tree. Docking and expanding restyle `.meeting`; nothing here moves or
 * remakes the frame. Notices come before the frame: read, and reached with Tab, before the
 * meeting itself. Errors are alerts, inserted when they happen. Everything else is
 * announced politely by one live region that is always there, so a notice is read once,
 * when it is added.
 */
export function meetingTemplate(view: MeetingView, context: MeetingContext) {
  const { frame } = view;
  const { lang, dir, words } = context;
  // Placed over a <vonage-meeting-place>, the meeting is in the route's tab order where its
  // place is: these hand focus on to the place's neighbours.
  const sentinel = (atEnd: boolean) =>
    view.placed ? html`<span class="sentinel" tabindex="0" @focus=${(event: FocusEvent) => context.tabOut(atEnd, event.relatedTarget)}></span>` : nothing;
  return html`${sentinel(false)}<div class="meeting">
    ${view.docked ? dockBar(view, context) : nothing}
    <div class="stage">
      ${view.fallback ? fallbackTemplate(view.fallback, context) : nothing}
      ${noticesTemplate(view, context, (row) => row.politeness === 'assertive')}
      <div role="status" aria-atomic="false" aria-relevant="additions" lang=${lang} dir=${dir}>
        ${view.state === 'loading' ? html`<slot name="loading"><div part="loading" role="status">${words.loading}</div></slot>` : nothing}
        ${view.state === 'waiting' ? placeholderTemplate(view, context) : nothing}
        ${noticesTemplate(view, context, (row) => row.politeness === 'polite' && row.layout === 'full')}
        <div class="notices">${noticesTemplate(view, context, (row) => row.layout === 'banner')}</div>
      </div>
      ${frameTemplate(view, context)}
      ${frame || view.expanded ? expandButton(view, context) : nothing}
    </div>
  </div>${sentinel(true)}`;
}

function frameTemplate({ frame: shown, hangingUp }: MeetingView, { loaded }: MeetingContext) {
  // A frame being hung up stays, the same iframe element (the same key), until it is gone:
  // the frame to show comes after it.
  const frame = hangingUp ?? shown;
  if (!frame) return nothing;
  // The page's own iframe stays where the page put it, in the light DOM: a slot shows it
  // (and, left unslotted, hides it while it is hung up).
  if (frame.adopted) return hangingUp ? nothing : html`<slot></slot>`;
  return keyed(
    frame.key,
    // Hung up, it has no `src` (removing it navigates the frame to about:blank), no part,
    // and is hidden and inert. `allow` comes before `src`: when the next frame reuses this
    // iframe, its policy is in place before it navigates. `loading` matters only for a
    // frame's first load, and Firefox (observed in 153) reloads a loaded frame whose
    // `loading` attribute changes: set once per frame.
    html`<iframe
      part=${hangingUp ? nothing : 'frame'}
      allow=${frame.allow}
      src=${hangingUp ? nothing : frame.url}
      title=${frame.title}
      ?hidden=${!!hangingUp}
      ?inert=${!!hangingUp}
      referrerpolicy="strict-origin-when-cross-origin"
      loading=${guard([frame.key], () => frame.loading)}
      @load=${loaded}
    ></iframe>`,
  );
}

type NoticeRow = (typeof NOTICE_ROWS)[number];

function notice(notice: Notice, { words: t, lang, dir, join, dismiss }: MeetingContext) {
  const text = notice.text(t);
  if (notice.politeness === 'assertive') {
    return html`<div part="notice" class="full" role="alert" lang=${lang} dir=${dir}>${text}</div>`;
  }
  if (notice.layout === 'full') {
    return html`<div part="notice" class="full">
      <p>${text}</p>
      ${notice.action === 'join' ? html`<button part="button" @click=${join}>${t.join}</button>` : nothing}
    </div>`;
  }
  return html`<div part="notice">
    <span id=${notice.id}>${text}</span>
    ${notice.dismissible ? html`<button part="button" @click=${() => dismiss(notice.id)}>${t.dismiss}</button>` : nothing}
  </div>`;
}

/**
 * The view's notices of the rows `where` picks. Each row of the notices table keeps its own
 * place, so a notice that appears is an addition the live region announces, never an old
 * node with new words.
 */
function noticesTemplate(view: MeetingView, context: MeetingContext, where: (row: NoticeRow) => boolean) {
  return NOTICE_ROWS.filter(where).map((row) => {
    const shown = view.notices.find((n) => n.id === row.id);
    return shown ? notice(shown, context) : nothing;
  });
}


/**
 * `loading="click"`: the room, what joining will ask for, and the button. A page's own
 * `join` slot replaces it; a button in that slot joins as the default one does.
 */
function placeholderTemplate({ title }: MeetingView, { words: t, lang, dir, join, warm }: MeetingContext) {
  // A button in the page's own `join` slot joins as the default one does.
  const joinsFromSlot = (event: Event) => {
    if ((event.target as Element).closest?.('button')?.closest('[slot="join"]')) join();
  };
  return html`<slot name="join" @click=${joinsFromSlot} @pointerover=${warm} @focusin=${warm}
    ><div part="notice placeholder" class="full" lang=${lang} dir=${dir}>
      <p class="room-name">${title}</p>
      <p>${t.joinHint}</p>
      <button part="button" @click=${join}>${t.joinMeeting}</button>
    </div></slot
  >`;
}

/** Instead of the frame, in a browser that cannot run the meeting: what is wrong and what to do. */
function fallbackTemplate({ reason, openUrl }: MeetingFallback, { words: t, lang, dir }: MeetingContext) {
  return html`<slot name="unsupported"
    ><div part="notice" class="full" role="alert" lang=${lang} dir=${dir}>
      <p>${t.unsupported} ${reason ? t[reason] : ''}</p>
      ${openUrl ? html`<a part="button" href=${openUrl} target="_blank" rel="noopener noreferrer">${t.openInTab}</a>` : nothing}
    </div></slot
  >`;
}

/** The bar over the docked meeting: a region named "Docked meeting" with the meeting's title and the way back. */
function dockBar(view: MeetingView, { words: t, lang, dir, undock, returnToMeeting, leave }: MeetingContext) {
  // Its place gone (the route changed), the way back is the app's: it navigates to the meeting.
  const buttons = view.returnable
    ? html`<button part="return-button" @click=${returnToMeeting}>${t.returnToMeeting}</button>
        <button part="leave-button" @click=${leave}>${t.leave}</button>`
    : html`<button part="undock-button" @click=${undock}>${t.undock}</button>`;
  return html`<div part="dock-bar" role="region" aria-label=${t.docked} lang=${lang} dir=${dir}>
    <span class="title">${view.title}</span>
    ${buttons}
  </div>`;
}

// Four corners pointing out (expand) or in (collapse).
const EXPAND = 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5';
const COLLAPSE = 'M9 4v5H4M15 4v5h5M15 20v-5h5M9 20v-5H4';

/**
 * The button that expands and collapses. Its first hover or focus starts loading what
 * expanding needs, so that a click finds it loaded and its user gesture still fresh
 * (the Fullscreen API needs one).
 */
function expandButton(view: MeetingView, { words: t, toggleExpanded, warmExpand }: MeetingContext) {
  const label = view.expanded ? t.collapse : t.expand;
  return html`<button part="expand-button" class="expand" aria-label=${label} title=${label} @click=${toggleExpanded} @pointerenter=${warmExpand} @focus=${warmExpand}>
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${view.expanded ? COLLAPSE : EXPAND}></path></svg>
  </button>`;
}
