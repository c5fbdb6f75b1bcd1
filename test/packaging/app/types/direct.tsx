// Typechecked against the packed package: <vonage-meeting> written directly in React 19 JSX.
import type {} from 'vonage-meeting-element/jsx';
import type { VonageMeeting } from 'vonage-meeting-element';

export function Direct({ room }: { room: VonageMeeting['room'] }) {
  return (
    <vonage-meeting
      room={room}
      role="host"
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

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error loading is eager or lazy */}
      <vonage-meeting loading="soon" />
      {/* @ts-expect-error an error's detail has no width */}
      <vonage-meeting onvonage-meeting-error={(event) => event.detail.width} />
    </>
  );
}
