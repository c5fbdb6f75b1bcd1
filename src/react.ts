/**
 * `vonage-meeting-element/react`: `<VonageMeeting>`, the element as a React component
 * (React 18 and 19). Properties such as `room` are passed through as properties; events
 * are typed props named so that none clashes with React's own DOM props (`onLoad` is the
 * `<img>`-style load event, so the meeting's is `onMeetingLoad`).
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
import { VonageMeeting as VonageMeetingElement } from './vonage-meeting.js';
import './index.js';

export type { VonageMeetingElement };
export type { VonageMeetingJSXProps } from './jsx.js';

/** Each event prop and the element's event it listens to. */
export const VONAGE_MEETING_EVENT_PROPS = {
  onMeetingLoad: 'vonage-meeting-load',
  onError: 'vonage-meeting-error',
  onTierChange: 'vonage-meeting-tier-change',
  onUnsupported: 'vonage-meeting-unsupported',
  onFeatureUnavailable: 'vonage-meeting-feature-unavailable',
  onLeave: 'vonage-meeting-leave',
  onPermissionDenied: 'vonage-meeting-permission-denied',
  onDockChange: 'vonage-meeting-dock-change',
  onExpandChange: 'vonage-meeting-expand-change',
} as const satisfies Record<string, keyof VonageMeetingEventMap>;

type EventProps = typeof VONAGE_MEETING_EVENT_PROPS;

/** Handlers for the element's events, each typed with its `detail`. */
export type VonageMeetingEventHandlers = {
  [P in keyof EventProps]?: (event: VonageMeetingEventMap[EventProps[P]]) => void;
};

type Settable =
  | 'src'
  | 'room'
  | 'role'
  | 'allowedHosts'
  | 'allow'
  | 'label'
  | 'loading'
  | 'supportCheck'
  | 'requiredFeatures'
  | 'keepAwake'
  | 'confirmLeave'
  | 'dock'
  | 'docked'
  | 'expanded';

/** The element's settable properties, set on the element as properties. */
export type VonageMeetingElementProps = Partial<Pick<VonageMeetingElement, Extract<keyof VonageMeetingElement, Settable>>>;

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
