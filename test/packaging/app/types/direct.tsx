// Typechecked against the packed package: <vonage-meeting> written directly in React 19 JSX.
import type {} from 'vonage-meeting-element/jsx';
import type { VonageMeeting } from 'vonage-meeting-element';

export function Direct({ room }: { room: VonageMeeting['room'] }) {
  return (
    <vonage-meeting
      room={room}
      participant="host"
      allowed-hosts="meetings.vonage.com *.example.com"
      loading="lazy"
      support-check="off"
      required-features="share-screen whiteboard"
      style={{ display: 'block', height: 600 }}
      onvonage-meeting-error={(event) => event.detail.code.toUpperCase()}
      onvonage-meeting-tier-change={(event) => event.detail.features.whiteboard}
    />
  );
}

export function Docking() {
  return (
    <vonage-meeting
      src="https://meetings.vonage.com/365658578"
      loading="click"
      keep-awake
      confirm-leave
      dock="auto"
      onvonage-meeting-dock-change={(event) => event.detail.docked}
      onvonage-meeting-expand-change={(event) => event.detail.mode}
    />
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error loading is eager, lazy or click */}
      <vonage-meeting loading="soon" />
      {/* @ts-expect-error dock is off or auto */}
      <vonage-meeting dock="always" />
      {/* @ts-expect-error an error's detail has no width */}
      <vonage-meeting onvonage-meeting-error={(event) => event.detail.width} />
    </>
  );
}
