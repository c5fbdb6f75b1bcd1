/**
 * `vonage-meeting-element/react`: `<VonageMeeting>`, the element as a React component
 * (React 18 and 19). Properties such as `room` are passed through as properties; events
 * are typed props named from the event (`vonage-meeting-tier-change` is `onTierChange`),
 * except the load event: `onLoad` is React's `<img>`-style DOM load, so the meeting's is
 * `onMeetingLoad`. Props and event names come from the element and its event map.
 *
 * Importing this module registers `<vonage-meeting>`, so the wrapper works on its own.
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VonageMeetingEventMap } from './events.js';
import type { VonageMeetingSettable } from './jsx.js';
import { MEETING_EVENTS } from './view/events.js';
import { VonageMeeting as VonageMeetingElement } from './vonage-meeting.js';
import { VonageMeetingPlace as VonageMeetingPlaceElement } from './vonage-meeting-place.js';
import './index.js';

export type { VonageMeetingElement, VonageMeetingPlaceElement };
export type { VonageMeetingJSXProps } from './jsx.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** The React prop of an event: `vonage-meeting-tier-change` -> `onTierChange`, `vonage-meeting-load` -> `onMeetingLoad`. */
type EventProp<E extends string> = E extends 'vonage-meeting-load' ? 'onMeetingLoad' : E extends `vonage-meeting-${infer Name}` ? `on${Capitalize<Camel<Name>>}` : never;
type EventProps = { [K in keyof VonageMeetingEventMap as EventProp<K>]: K };

const eventProp = (name: string) =>
  name === 'vonage-meeting-load' ? 'onMeetingLoad' : `on${name.slice('vonage-meeting-'.length).replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;

/** Each event prop and the element's event it listens to. */
export const VONAGE_MEETING_EVENT_PROPS = Object.fromEntries(MEETING_EVENTS.map((name) => [eventProp(name), name])) as EventProps;

/** Handlers for the element's events, each typed with its `detail`. */
export type VonageMeetingEventHandlers = {
  [P in keyof EventProps]?: (event: VonageMeetingEventMap[EventProps[P]]) => void;
};

/** The element's settable properties, set on the element as properties. */
export type VonageMeetingElementProps = Partial<Pick<VonageMeetingElement, VonageMeetingSettable>>;

// `onLoad` is left out: React would listen for a DOM `load` event, which the element
// never fires; the meeting's is `onMeetingLoad`.
export type VonageMeetingProps = Omit<React.HTMLAttributes<VonageMeetingElement>, keyof VonageMeetingElementProps | keyof EventProps | 'onLoad'> &
  VonageMeetingElementProps &
  VonageMeetingEventHandlers;

const events = VONAGE_MEETING_EVENT_PROPS as {
  [P in keyof EventProps]: EventName<VonageMeetingEventMap[EventProps[P]]>;
};

/** `<vonage-meeting>` as a React component; its ref is the element. */
export const VonageMeeting = createComponent({
  react: React,
  tagName: 'vonage-meeting',
  elementClass: VonageMeetingElement,
  events,
  displayName: 'VonageMeeting',
  // Typed with React's own types: @lit/react is inlined, so the declarations must not name it.
}) as unknown as React.ForwardRefExoticComponent<VonageMeetingProps & React.RefAttributes<VonageMeetingElement>>;

/** What `<VonageMeetingPlace>` takes: `for`, the id of the meeting shown there. */
export type VonageMeetingPlaceProps = React.HTMLAttributes<VonageMeetingPlaceElement> & { for: string };

/**
 * `<vonage-meeting-place>` as a React component: where, in this route, the meeting with the
 * id in `for` is shown (render the `<VonageMeeting>` itself once, outside the router's outlet).
 */
export const VonageMeetingPlace = createComponent({
  react: React,
  tagName: 'vonage-meeting-place',
  elementClass: VonageMeetingPlaceElement,
  displayName: 'VonageMeetingPlace',
}) as unknown as React.ForwardRefExoticComponent<VonageMeetingPlaceProps & React.RefAttributes<VonageMeetingPlaceElement>>;
