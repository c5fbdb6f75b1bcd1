/**
 * Every notice the element can show, one row each. Pure: no DOM.
 *
 * A row says when its notice shows (from the view), what it says (from the element's
 * words, so the compiler tells when a language lacks a message), whether the user can
 * dismiss it, and how it is announced: `assertive` notices are alerts, inserted when they
 * happen; `polite` ones are read once by the live region they are added to. To add a
 * notice: add a row here and its message to `i18n/english.ts` and every `locales/` module.
 */
import { format, type Messages } from '../i18n/format.js';
import type { MeetingView } from './meeting-view.js';
import { minWidthFor, TIER_MIN_WIDTH } from './tiers.js';

export interface Notice {
  id: string;
  /** `assertive`: an alert (errors). `polite`: announced by the live region. */
  politeness: 'assertive' | 'polite';
  /** `full` covers the element (in place of the meeting); `banner` floats over the top of the frame. */
  layout: 'full' | 'banner';
  /** Whether it has a Dismiss button. */
  dismissible: boolean;
  /** A button that joins the meeting (again). */
  action?: 'join';
  text: (t: Messages) => string;
}

interface NoticeRow extends Omit<Notice, 'text'> {
  shows: (view: MeetingView) => boolean;
  text: (t: Messages, view: MeetingView) => string;
}

const showsFrame = (view: MeetingView) => view.frame !== null;
const isDenied = ({ permissions: p }: MeetingView) => p?.camera === 'denied' || p?.microphone === 'denied';
const supportReason = (t: Messages, view: MeetingView) => {
  const reason = view.support?.reasons[0];
  return reason ? t[reason] : '';
};

export const NOTICE_ROWS: readonly NoticeRow[] = [
  {
    id: 'error',
    politeness: 'assertive',
    layout: 'full',
    dismissible: false,
    shows: (view) => view.state === 'error',
    text: (t, view) => format(t[view.error!.code], { origin: view.url ? new URL(view.url).origin : '' }),
  },
  {
    id: 'left',
    politeness: 'polite',
    layout: 'full',
    dismissible: false,
    action: 'join',
    shows: (view) => view.state === 'left',
    text: (t) => t.left,
  },
  {
    id: 'unlisted',
    politeness: 'polite',
    layout: 'banner',
    dismissible: true,
    shows: (view) => showsFrame(view) && view.support?.status === 'unlisted',
    text: (t, view) => `${t.unlisted} ${supportReason(t, view)}`.trim(),
  },
  {
    id: 'denied',
    politeness: 'polite',
    layout: 'banner',
    dismissible: true,
    shows: (view) => isDenied(view) && view.state !== 'left',
    text: (t) => t.denied,
  },
  {
    id: 'too-small',
    politeness: 'polite',
    layout: 'banner',
    dismissible: false,
    shows: (view) => showsFrame(view) && view.tier === 'too-small',
    text: (t, view) => format(t.tooSmall, { min: TIER_MIN_WIDTH.small, more: Math.ceil(TIER_MIN_WIDTH.small - view.width) }),
  },
  {
    id: 'missing',
    politeness: 'polite',
    layout: 'banner',
    dismissible: false,
    shows: (view) => showsFrame(view) && view.missing.length > 0 && view.tier !== 'too-small',
    text: (t, { missing }) =>
      format(t.missing, { features: missing.map((f) => t[f]).join(t.separator), width: Math.max(...missing.map((f) => minWidthFor(f))) }),
  },
];

/** The notices a view shows, in order, bound to it. */
export function noticesFor(view: MeetingView, dismissed: ReadonlySet<string>): Notice[] {
  return NOTICE_ROWS.filter((row) => !(row.dismissible && dismissed.has(row.id)) && row.shows(view)).map(({ shows, text, ...row }) => ({
    ...row,
    text: (t: Messages) => text(t, view),
  }));
}
