import { LitElement, css, html } from 'lit';

export const DEFAULT_ALLOW = 'camera; microphone; display-capture; autoplay; fullscreen';

/**
 * @summary Embeds a hosted video meeting in an iframe that may use the camera,
 * microphone and screen.
 */
export class VonageMeeting extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; }
    iframe { display: block; inline-size: 100%; block-size: 100%; border: 0; }
  `;

  static override properties = {
    src: { type: String },
    allow: { type: String },
  };

  /** The meeting URL. */
  declare src: string;
  /** The iframe's permissions policy. */
  declare allow: string;

  constructor() {
    super();
    this.src = '';
    this.allow = DEFAULT_ALLOW;
  }

  override render() {
    return this.src ? html`<iframe part="frame" src=${this.src} allow=${this.allow} title="Video meeting"></iframe>` : null;
  }
}
