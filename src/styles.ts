import { css } from 'lit';

// Notices float over the frame: they never change the element's size, so showing one
// never feeds back into the ResizeObserver that decides the tier. Their colours meet WCAG
// AA (text 4.5:1, focus ring 3:1 against the notice) in light and dark colour schemes;
// logical properties lay them out right to left under dir="rtl". The loading indicator is
// a pill in the middle, readable whatever the frame paints under it; it does not move, so
// there is nothing for prefers-reduced-motion to stop.
export const styles = css`
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
  iframe,
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
  .notices {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    display: grid;
    gap: 0.5em;
    padding: 0.5em;
  }
  [part~='notice'],
  [part~='loading'] {
    font: 0.875rem/1.4 system-ui, sans-serif;
    background: var(--_bg);
    color: var(--_fg);
  }
  .notices [part~='notice'] {
    display: flex;
    gap: 0.75em;
    align-items: center;
    justify-content: space-between;
    padding: 0.5em 0.75em;
    border: 1px solid #8886;
    border-radius: 6px;
    box-shadow: 0 1px 3px #0004;
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.125rem;
    font-weight: 600;
  }
  [part~='button'] {
    font: inherit;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: var(--_accent);
    color: #fff;
    text-decoration: none;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_ring);
    outline-offset: 2px;
  }
`;
