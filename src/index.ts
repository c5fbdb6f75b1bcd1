/**
 * vonage-meeting-element: registers `<vonage-meeting>` and `<vonage-meeting-place>`, and
 * exports everything public. Importing it in Node (no DOM) does not throw; a second copy on
 * a page does not define twice.
 */
import { VonageMeeting } from './vonage-meeting.js';
import { VonageMeetingPlace } from './vonage-meeting-place.js';

export { VonageMeeting, DEFAULT_ALLOW, type MeetingState } from './vonage-meeting.js';
export { VonageMeetingPlace } from './vonage-meeting-place.js';
export * from './view/tiers.js';
export * from './view/support.js';
export type * from './events.js';
export type { MeetingRoom, RoomLink, Participant } from './view/room.js';
export { DEFAULT_ALLOWED_HOSTS } from './view/meeting-url.js';
export { registerLocale, type Messages, type MessageKey } from './i18n/messages.js';

// Each call names its tag and class, as the manifest analyzer reads them.
if (typeof customElements !== 'undefined') {
  const other = (name: string, element: CustomElementConstructor) => customElements.get(name) && customElements.get(name) !== element;
  if (other('vonage-meeting', VonageMeeting) || other('vonage-meeting-place', VonageMeetingPlace)) {
    console.warn('<vonage-meeting> is already defined by another copy of vonage-meeting-element; this copy is not used.');
  }
  if (!customElements.get('vonage-meeting')) customElements.define('vonage-meeting', VonageMeeting);
  if (!customElements.get('vonage-meeting-place')) customElements.define('vonage-meeting-place', VonageMeetingPlace);
}

declare global {
  interface HTMLElementTagNameMap {
    'vonage-meeting': VonageMeeting;
    'vonage-meeting-place': VonageMeetingPlace;
  }
}
