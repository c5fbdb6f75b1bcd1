/**
 * How the element's notices look: templates of the view's notices, the join placeholder
 * and the unsupported fallback, in the element's words. The element decides what to show
 * (`deriveView`); these only say how.
 */
import { html, nothing } from 'lit';
import type { MeetingFallback, MeetingView } from './meeting-view.js';
import type { Messages } from './messages.js';
import { NOTICE_ROWS, type Notice } from './notices.js';

/** What the templates need of the element. */
export interface NoticeContext {
  words: Messages;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Called with the element as `this`, as Lit calls listeners. */
  join: () => void;
  dismiss: (id: string) => void;
  /** The user showed an interest in joining (pointer over, or focus on, the placeholder). */
  warm: () => void;
}

type NoticeRow = (typeof NOTICE_ROWS)[number];

function notice(notice: Notice, { words: t, lang, dir, join, dismiss }: NoticeContext) {
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
export function noticesTemplate(view: MeetingView, context: NoticeContext, where: (row: NoticeRow) => boolean) {
  return NOTICE_ROWS.filter(where).map((row) => {
    const shown = view.notices.find((n) => n.id === row.id);
    return shown ? notice(shown, context) : nothing;
  });
}

const joinsFromSlot = function (this: { join(): void }, event: Event) {
  if ((event.target as Element).closest?.('button')?.closest('[slot="join"]')) this.join();
};

/**
 * `loading="click"`: the room, what joining will ask for, and the button. A page's own
 * `join` slot replaces it; a button in that slot joins as the default one does.
 */
export function placeholderTemplate({ title }: MeetingView, { words: t, lang, dir, join, warm }: NoticeContext) {
  return html`<slot name="join" @click=${joinsFromSlot} @pointerover=${warm} @focusin=${warm}
    ><div part="notice placeholder" class="full" lang=${lang} dir=${dir}>
      <p class="title">${title}</p>
      <p>${t.joinHint}</p>
      <button part="button" @click=${join}>${t.joinMeeting}</button>
    </div></slot
  >`;
}

/** Instead of the frame, in a browser that cannot run the meeting: what is wrong and what to do. */
export function fallbackTemplate({ reason, openUrl }: MeetingFallback, { words: t, lang, dir }: NoticeContext) {
  return html`<slot name="unsupported"
    ><div part="notice" class="full" role="alert" lang=${lang} dir=${dir}>
      <p>${t.unsupported} ${reason ? t[reason] : ''}</p>
      ${openUrl ? html`<a part="button" href=${openUrl} target="_blank" rel="noopener noreferrer">${t.openInTab}</a>` : nothing}
    </div></slot
  >`;
}
