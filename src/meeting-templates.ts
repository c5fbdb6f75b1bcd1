/**
 * The pieces `<vonage-meeting>` renders around its frame: the notices, the fallback for a
 * browser that cannot run the meeting, the dock bar and the expand button. Each takes the
 * view and the element's words; what a button does is the element's.
 */
import { html, nothing } from 'lit';
import type { MeetingFallback, MeetingView } from './meeting-view.js';
import type { Messages } from './messages.js';
import { NOTICE_ROWS, type Notice } from './notices.js';

/** The element's language, for what it says. */
export interface Speech {
  text: Messages;
  lang: string;
  dir: string;
}

/** What the notices' buttons do. */
export interface NoticeActions {
  join: () => void;
  dismiss: (id: string) => void;
}

function notice(notice: Notice, { text: t, lang, dir }: Speech, { join, dismiss }: NoticeActions) {
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
function notices(view: MeetingView, where: (row: (typeof NOTICE_ROWS)[number]) => boolean, speech: Speech, actions: NoticeActions) {
  return NOTICE_ROWS.filter(where).map((row) => {
    const shown = view.notices.find((n) => n.id === row.id);
    return shown ? notice(shown, speech, actions) : nothing;
  });
}

/**
 * The notices, which come before the frame: read, and reached with Tab, before the meeting
 * itself. Errors are alerts, inserted when they happen. Everything else is announced
 * politely by one live region that is always there, so a notice is read once, when it is
 * added.
 */
export function statusRegion(view: MeetingView, speech: Speech, actions: NoticeActions) {
  const { text: t, lang, dir } = speech;
  return html`${notices(view, (row) => row.politeness === 'assertive', speech, actions)}
    <div role="status" aria-atomic="false" aria-relevant="additions" lang=${lang} dir=${dir}>
      ${view.state === 'loading' ? html`<slot name="loading"><div part="loading" role="status">${t.loading}</div></slot>` : nothing}
      ${notices(view, (row) => row.politeness === 'polite' && row.layout === 'full', speech, actions)}
      <div class="notices">${notices(view, (row) => row.politeness === 'polite' && row.layout === 'banner', speech, actions)}</div>
    </div>`;
}

export function fallback({ reason, openUrl }: MeetingFallback, { text: t, lang, dir }: Speech) {
  return html`<slot name="unsupported"
    ><div part="notice" class="full" role="alert" lang=${lang} dir=${dir}>
      <p>${t.unsupported} ${reason ? t[reason] : ''}</p>
      ${openUrl ? html`<a part="button" href=${openUrl} target="_blank" rel="noopener noreferrer">${t.openInTab}</a>` : nothing}
    </div></slot
  >`;
}

/** The bar over the docked meeting: a region named "Docked meeting" with the meeting's title and the way back. */
export function dockBar(view: MeetingView, { text: t, lang, dir }: Speech, undock: () => void) {
  return html`<div part="dock-bar" role="region" aria-label=${t.docked} lang=${lang} dir=${dir}>
    <span class="title">${view.title}</span>
    <button part="undock-button" @click=${undock}>${t.undock}</button>
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
export function expandButton(view: MeetingView, { text: t }: Speech, toggle: () => void, warm: () => void) {
  const label = view.expanded ? t.collapse : t.expand;
  return html`<button part="expand-button" class="expand" aria-label=${label} title=${label} @click=${toggle} @pointerenter=${warm} @focus=${warm}>
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${view.expanded ? COLLAPSE : EXPAND}></path></svg>
  </button>`;
}
