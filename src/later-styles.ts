/**
 * The looks of everything the element shows besides its first frame: notices, the join
 * placeholder, buttons and the focus ring, the dock bar and the expand button, and the
 * docked and expanded layouts. The element loads it beside its first frame (`laterStyles`).
 * Plain CSS text that imports nothing: it stays a file of its own in the script-tag bundle.
 *
 * Notices float over the frame: they never change the element's size, so showing one never
 * feeds back into the ResizeObserver that decides the tier. Their colours meet WCAG AA
 * (text 4.5:1, focus ring 3:1 against the notice) in light and dark colour schemes;
 * logical properties lay them out right to left under dir="rtl".
 *
 * Docked and expanded, `.meeting` (which holds everything) is fixed to the viewport while
 * the host keeps its box in the page: no layout jump, and the frame never moves in the DOM.
 * Physical corners come from logical insets, so the dock is bottom right in a left-to-right
 * page and bottom left in a right-to-left one.
 */
export const LATER_STYLES = /* css */ `
  :host([docked]) .meeting {
    position: fixed;
    z-index: 2147483646;
    inset-block-end: var(--vonage-meeting-dock-inset, 16px);
    inset-inline-end: var(--vonage-meeting-dock-inset, 16px);
    inline-size: min(var(--vonage-meeting-dock-width, 360px), 100vw - 2 * var(--vonage-meeting-dock-inset, 16px));
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
  [part~='undock-button'] {
    font: inherit;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .expand {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    display: grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    padding: 0;
    border: 0;
    border-radius: 6px;
    background: rgb(17 24 39 / 0.75);
    color: #fff;
    cursor: pointer;
  }
  .expand svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .notices {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0 2.75em;
    display: grid;
    gap: 0.5em;
    padding: 0.5em;
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
  .room-name {
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
