import { css } from 'lit';

// Notices, the join placeholder, the fallback, buttons, the expand button and the focus
// ring: in the first file, since what a user must see when something is wrong never waits
// for a download. Notices float over the frame: they never change the element's size, so
// showing one never feeds back into the ResizeObserver that decides the tier. Their colours
// meet WCAG AA (text 4.5:1, focus ring 3:1 against the notice) in light and dark colour
// schemes; logical properties lay them out right to left under dir="rtl".
export const noticeStyles = css`
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
`;
