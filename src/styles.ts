import { css } from 'lit';

// Notices float over the frame: they never change the element's size, so showing one
// never feeds back into the ResizeObserver that decides the tier.
export const styles = css`
  :host {
    display: block;
    position: relative;
    block-size: 480px;
    overflow: hidden;
    border-radius: var(--vonage-meeting-radius, 0);
    background: var(--vonage-meeting-background, #111827);
    --_accent: var(--vonage-meeting-accent, #6d28d9);
  }
  :host([hidden]) {
    display: none;
  }
  iframe {
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
    color: #f9fafb;
  }
  .notices {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    display: grid;
    gap: 0.5em;
    padding: 0.5em;
  }
  [part~='notice'] {
    font: 0.875rem/1.4 system-ui, sans-serif;
  }
  .notices [part~='notice'],
  .full {
    background: var(--vonage-meeting-notice-background, #fff);
    color: var(--vonage-meeting-notice-color, #111827);
  }
  .notices [part~='notice'] {
    display: flex;
    gap: 0.75em;
    align-items: center;
    justify-content: space-between;
    padding: 0.5em 0.75em;
    border-radius: 6px;
    box-shadow: 0 1px 3px #0004;
  }
  p {
    margin: 0;
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
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
