/** The element's events as DOM events: `CustomEvent`s whose `detail` is typed, in `HTMLElementEventMap`. */
import type { MeetingEventDetails } from './view/events.js';

export type * from './view/events.js';

/** Every event of `<vonage-meeting>`, as the DOM delivers it. */
export type VonageMeetingEventMap = { [K in keyof MeetingEventDetails]: CustomEvent<MeetingEventDetails[K]> };

declare global {
  interface HTMLElementEventMap extends VonageMeetingEventMap {}
}
