import { css } from 'lit';

// The element's box, the frame and the loading indicator. The loading indicator is a pill
// in the middle, readable whatever the frame paints under it; it does not move, so there is
// nothing for prefers-reduced-motion to stop.
export const meetingStyles = css`
  :host {
    display: block;
    position: relative;
    block-size: 480px;
    overflow: hidden;
    border-radius: var(--vonage-meeting-radius, 0);
    background: var(--vonage-meeting-background, #111827);
    --_bg: var(--vonage-meeting-notice-background, #fff);
    --_fg: var(--vonage-meeting-notice-color, #111827);
    --_accent: var(--vonage-meeting-accent, #6d28d9);
    --_ring: var(--_accent);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--vonage-meeting-notice-background, #1f2937);
      --_fg: var(--vonage-meeting-notice-color, #f9fafb);
      --_ring: var(--vonage-meeting-accent, #a78bfa);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .meeting {
    display: flex;
    flex-direction: column;
    block-size: 100%;
  }
  .stage {
    position: relative;
    flex: 1;
    min-block-size: 0;
  }
  /* A frame being hung up is [hidden]: the browser's own style hides it. */
  iframe:not([hidden]),
  ::slotted(iframe) {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    border: var(--vonage-meeting-border, 0);
  }
  [part~='loading'],
  .full {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.75em;
    padding: 1em;
    text-align: center;
  }
  [part~='loading'] {
    margin: auto;
    inline-size: fit-content;
    block-size: fit-content;
    border-radius: 2em;
    padding: 0.6em 1.2em;
  }
  [part~='notice'],
  [part~='loading'] {
    font: 0.875rem/1.4 system-ui, sans-serif;
    background: var(--_bg);
    color: var(--_fg);
  }
`;
