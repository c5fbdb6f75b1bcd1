import { connectPlace, disconnectPlace } from './controllers/places.js';

const BaseElement = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;
let looks: CSSStyleSheet | undefined;

/**
 * @summary Marks where, in the current route, the `<vonage-meeting>` with the id in `for`
 * is shown. The meeting itself is written once, outside the router's outlet; while a place
 * for it is on the page, the meeting is shown over the place's box, and its call goes on
 * through every route change.
 *
 * @customElement vonage-meeting-place
 * @attr for - The `id` of the `<vonage-meeting>` to show here.
 * @slot - Content under the meeting (covered while the meeting is shown here).
 */
export class VonageMeetingPlace extends BaseElement {
  static observedAttributes = ['for'];
  #registered = '';

  constructor() {
    super();
    // A block box of the size the page gives it, by default the meeting's own default.
    const root = this.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in root) {
      if (!looks) {
        looks = new CSSStyleSheet();
        looks.replaceSync(':host { display: block; block-size: 480px; } :host([hidden]) { display: none; }');
      }
      root.adoptedStyleSheets = [looks];
    }
    root.append(document.createElement('slot'));
  }

  /** The `id` of the `<vonage-meeting>` shown here (the `for` attribute). */
  get htmlFor(): string {
    return this.getAttribute('for') ?? '';
  }

  set htmlFor(id: string) {
    this.setAttribute('for', id);
  }

  connectedCallback() {
    this.#register();
  }

  disconnectedCallback() {
    this.#register();
  }

  // During an upgrade this runs before connectedCallback: registering follows `isConnected`.
  attributeChangedCallback() {
    this.#register();
  }

  #register() {
    const id = this.isConnected ? this.htmlFor : '';
    if (id === this.#registered) return;
    if (this.#registered) disconnectPlace(this.#registered, this);
    this.#registered = id;
    if (id) connectPlace(id, this);
  }
}
