/**
 * JSX typings for writing `<vonage-meeting>` directly in React 19, which sets
 * properties and listens to custom events on custom elements by itself:
 *
 * ```tsx
 * <vonage-meeting room={room} onvonage-meeting-error={(e) => console.log(e.detail.code)} />
 * ```
 *
 * Types only. Bring them in once per app with `import type {} from 'vonage-meeting-element/jsx'`
 * (or `"types": ["vonage-meeting-element/jsx"]` in tsconfig.json); importing
 * `vonage-meeting-element/react` brings them in too. The root module does not, so that
 * apps without React's types never see an augmentation of `react`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VonageMeetingEventMap } from './events.js';
import type { VonageMeeting } from './vonage-meeting.js';

/** React 19 listens to `on<event-name>` props of a custom element with the name as written. */
export type VonageMeetingJSXEvents = {
  [K in keyof VonageMeetingEventMap as `on${K}`]?: (event: VonageMeetingEventMap[K]) => void;
};

/** What `<vonage-meeting>` accepts in JSX: its attributes as written in HTML, `room` as a property, and its events. */
export interface VonageMeetingJSXProps extends DetailedHTMLProps<HTMLAttributes<VonageMeeting>, VonageMeeting>, VonageMeetingJSXEvents {
  src?: string;
  /** A Meetings API room object; React 19 sets it as a property. */
  room?: VonageMeeting extends { room: infer R } ? R : unknown;
  role?: 'guest' | 'host';
  'allowed-hosts'?: string;
  allow?: string;
  label?: string;
  loading?: 'eager' | 'lazy' | 'click';
  'support-check'?: 'on' | 'off';
  'required-features'?: string;
  'keep-awake'?: boolean;
  'confirm-leave'?: boolean;
  dock?: 'off' | 'auto';
  docked?: boolean;
  expanded?: boolean;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'vonage-meeting': VonageMeetingJSXProps;
    }
  }
}
