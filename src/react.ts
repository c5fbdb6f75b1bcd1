/**
 * `vonage-meeting-element/react`: `<VonageMeeting>`, the element as a React component
 * (React 18 and 19). Properties such as `room` are passed through as properties; events
 * are typed props named so that none clashes with React's own DOM props (`onLoad` is the
 * `<img>`-style load event, so the meeting's is `onMeetingLoad`).
 *
 * Importing this module registers `<vonage-meeting>`, so the wrapper works on its own.
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

/** `<vonage-meeting>` as a React component; its ref is the element. */
export const VonageMeeting = createComponent({
  react: React,
  tagName: 'vonage-meeting',
  elementClass: VonageMeetingElement,
  events,
  displayName: 'VonageMeeting',
  // Typed with React's own types: @lit/react is inlined, so the declarations must not name it.
}) as unknown as React.ForwardRefExoticComponent<VonageMeetingProps & React.RefAttributes<VonageMeetingElement>>;
