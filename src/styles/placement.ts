import { css, unsafeCSS } from 'lit';
import { TIER_MIN_WIDTH } from '../view/tiers.js';

// Docked, the meeting is as wide as the small tier: microphone, video and end meeting.
const DOCK_WIDTH = unsafeCSS(`${TIER_MIN_WIDTH.small}px`);

// Docked and expanded, `.meeting` (which holds everything) is fixed to the viewport while
// the host keeps its box in the page: no layout jump, and the frame never moves in the DOM.
// Physical corners come from logical insets, so the dock is bottom right in a left-to-right
// page and bottom left in a right-to-left one.
export const placementStyles = css`
  :host([docked]) .meeting {
    position: fixed;
    z-index: 2147483646;
    inset-block-end: var(--vonage-meeting-dock-inset, 16px);
    inset-inline-end: var(--vonage-meeting-dock-inset, 16px);
    inline-size: min(var(--vonage-meeting-dock-width, ${DOCK_WIDTH}), 100vw - 2 * var(--vonage-meeting-dock-inset, 16px));
    block-size: auto;
    overflow: hidden;
    border-radius: var(--vonage-meeting-radius, 8px);
    background: var(--vonage-meeting-background, #111827);
    box-shadow: var(--vonage-meeting-dock-shadow, 0 8px 24px rgb(0 0 0 / 0.35));
  }
  :host([docked]) .stage {
    flex: none;
    aspect-ratio: 4 / 3;
  }
  :host([expanded]) .meeting {
    position: fixed;
    z-index: 2147483647;
    inset: 0;
    inline-size: auto;
    block-size: 100vh;
    block-size: 100dvh;
    box-sizing: border-box;
    padding: env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left);
    border-radius: 0;
    box-shadow: none;
    background: var(--vonage-meeting-background, #111827);
  }
  :host([expanded]) .stage {
    flex: 1;
    aspect-ratio: auto;
  }
  [part~='dock-bar'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.25em;
    padding-inline: 0.75em 0.25em;
    font: 0.8125rem/1.4 system-ui, sans-serif;
    background: var(--_bg);
    color: var(--_fg);
  }
  :host([expanded]) [part~='dock-bar'] {
    display: none;
  }
  .title {
    flex: 1;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  [part~='undock-button'],
  [part~='return-button'],
  [part~='leave-button'] {
    font: inherit;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .sentinel {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
