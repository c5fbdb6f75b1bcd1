/**
 * vonage-meeting-element: registers `<vonage-meeting>` and exports everything public.
 * Importing it in Node (no DOM) does not throw; a second copy on a page does not define twice.
 */
import { VonageMeeting } from './vonage-meeting.js';

export { VonageMeeting, DEFAULT_ALLOW, type MeetingState } from './vonage-meeting.js';
export * from './view/tiers.js';
export * from './view/support.js';
export type * from './events.js';
export type { MeetingRoom, RoomLink, Participant } from './view/room.js';
export { DEFAULT_ALLOWED_HOSTS } from './view/meeting-url.js';
export { registerLocale, type Messages, type MessageKey } from './i18n/messages.js';

if (typeof customElements !== 'undefined') {
  const existing = customElements.get('vonage-meeting');
  if (!existing) customElements.define('vonage-meeting', VonageMeeting);
  else if (existing !== VonageMeeting) console.warn('<vonage-meeting> is already defined by another copy of vonage-meeting-element; this copy is not used.');
}

declare global {
  interface HTMLElementTagNameMap {
    'vonage-meeting': VonageMeeting;
  }
}
