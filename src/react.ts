/**
 * `vonage-meeting-element/react`: `<VonageMeeting>`, the element as a React component
 * (React 18 and 19). Properties such as `room` are passed through as properties; events
 * are typed props named from the event (`vonage-meeting-tier-change` is `onTierChange`),
 * except the load event: `onLoad` is React's `<img>`-style DOM load, so the meeting's is
 * `onMeetingLoad`. Props and event names come from the element and its event map.
 *
 * Importing this module registers `<vonage-meeting>`, so the wrapper works on its own.
 *
 * Unmounted, it calls the element's `leave()` before React removes the element: the frame
 * navigates to about:blank, which gives the meeting its `beforeunload` (where meeting
 * clients hang up), out of the element where the engine can move it (so React's removal
 * does not cut it short); a frame removed without that never gets one.
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

const Element = createComponent({
  react: React,
  tagName: 'vonage-meeting',
  elementClass: VonageMeetingElement,
  events,
  displayName: 'VonageMeetingElement',
});

// A layout effect's cleanup runs before React removes the element's DOM (a passive
// effect's, after); on a server, where neither runs, useEffect says nothing.
const useLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

/** `<vonage-meeting>` as a React component; its ref is the element. */
export const VonageMeeting = React.forwardRef<VonageMeetingElement, VonageMeetingProps>(function VonageMeeting(props, ref) {
  const element = React.useRef<VonageMeetingElement | null>(null);
  // Whether the last unmount left the meeting: StrictMode's development remount joins again.
  const leftOnUnmount = React.useRef(false);
  useLayoutEffect(() => {
    const meeting = element.current;
    if (meeting && leftOnUnmount.current) {
      leftOnUnmount.current = false;
      meeting.join();
    }
    return () => {
      // Only a meeting with a frame has someone to hang up.
      if (meeting && (meeting.state === 'loading' || meeting.state === 'ready')) {
        leftOnUnmount.current = true;
        void meeting.leave();
      }
    };
  }, []);
  const setRef = React.useCallback(
    (node: VonageMeetingElement | null) => {
      element.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  return React.createElement(Element as React.ElementType, { ...props, ref: setRef });
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
