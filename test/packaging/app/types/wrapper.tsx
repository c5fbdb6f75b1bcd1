// Typechecked against the packed package: the React wrapper's props and typed events.
import { useRef } from 'react';
import { VonageMeeting, type VonageMeetingElement } from 'vonage-meeting-element/react';
import type { Tier } from 'vonage-meeting-element';

export function Wrapped({ room }: { room: VonageMeetingElement['room'] }) {
  const ref = useRef<VonageMeetingElement>(null);
  return (
    <VonageMeeting
      ref={ref}
      room={room}
      src="https://meetings.vonage.com/365658578"
      allowedHosts="meetings.vonage.com"
      className="meeting"
      style={{ height: 600 }}
      onMeetingLoad={(event) => event.detail satisfies Record<string, never>}
      onError={(event) => event.detail.code.toUpperCase()}
      onTierChange={(event) => {
        const tier: Tier = event.detail.tier;
        const share: boolean = event.detail.features.shareScreen;
        return [tier, share, event.detail.previousTier, event.detail.width];
      }}
      onUnsupported={(event) => event.detail.support.status}
      onFeatureUnavailable={(event) => event.detail.missing.join(' ')}
      onLeave={(event) => event.type}
      onPermissionDenied={(event) => [event.detail.camera, event.detail.microphone]}
      loading="click"
      keepAwake
      confirmLeave
      dock="auto"
      onDockChange={(event) => event.detail.docked satisfies boolean}
      onExpandChange={(event) => (event.detail.mode satisfies 'fullscreen' | 'viewport') && event.detail.expanded}
    />
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error an error's detail has no tier */}
      <VonageMeeting onError={(event) => event.detail.tier} />
      {/* @ts-expect-error the tier is a string, not a number */}
      <VonageMeeting onTierChange={(event) => event.detail.tier.toFixed()} />
      {/* @ts-expect-error a dock change says whether it docked, not how it expanded */}
      <VonageMeeting onDockChange={(event) => event.detail.mode} />
      {/* @ts-expect-error the meeting's load event prop is onMeetingLoad */}
      <VonageMeeting onLoad={() => {}} />
    </>
  );
}
