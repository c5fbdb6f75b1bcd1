/**
 * JSX typings for writing `<vonage-meeting>` directly in React 19, which sets
 * properties and listens to custom events on custom elements by itself:
 *
 * ```tsx
 * <vonage-meeting room={room} onvonage-meeting-error={(e) => console.log(e.detail.code)} />
 * ```
 *
 * Types only, derived from the element class and its event map, so they never drift from
 * them. Bring them in once per app with `import type {} from 'vonage-meeting-element/jsx'`
 * (or `"types": ["vonage-meeting-element/jsx"]` in tsconfig.json); importing
 * `vonage-meeting-element/react` brings them in too. The root module does not, so that
 * apps without React's types never see an augmentation of `react`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { VonageMeetingEventMap } from './events.js';
import type { VonageMeeting } from './vonage-meeting.js';
import type { VonageMeetingPlace } from './vonage-meeting-place.js';

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
type Writable<T, K extends keyof T> = IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;

/** The element's own settable properties (not its read-only ones, its methods, or LitElement's). */
export type VonageMeetingSettable = {
  [K in Exclude<keyof VonageMeeting, keyof LitElement>]-?: VonageMeeting[K] extends (...args: never[]) => unknown ? never : Writable<VonageMeeting, K>;
}[Exclude<keyof VonageMeeting, keyof LitElement>];

/** `allowedHosts` -> `allowed-hosts`: each property's attribute. */
type Kebab<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${Kebab<Rest>}` : S;

/** React 19 listens to `on<event-name>` props of a custom element with the name as written. */
export type VonageMeetingJSXEvents = {
  [K in keyof VonageMeetingEventMap as `on${K}`]?: (event: VonageMeetingEventMap[K]) => void;
};

/** What `<vonage-meeting>` accepts in JSX: its attributes as written in HTML (`room` and `messages` as properties), and its events. */
export type VonageMeetingJSXProps = DetailedHTMLProps<HTMLAttributes<VonageMeeting>, VonageMeeting> &
  VonageMeetingJSXEvents & { [K in VonageMeetingSettable as Kebab<K>]?: VonageMeeting[K] };

/** What `<vonage-meeting-place>` accepts in JSX: `for`, the id of the meeting shown there. */
export type VonageMeetingPlaceJSXProps = DetailedHTMLProps<HTMLAttributes<VonageMeetingPlace>, VonageMeetingPlace> & { for: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'vonage-meeting': VonageMeetingJSXProps;
      'vonage-meeting-place': VonageMeetingPlaceJSXProps;
    }
  }
}
