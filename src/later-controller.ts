/**
 * What the element shows besides its first frame (the frame and its loading indicator)
 * needs words and looks the first frame does not: the English catalogue and the later
 * styles. Both load beside the first frame, once per page, and this says when they are
 * there, so that a notice or a control is shown whole, never without its words or looks.
 */
import { adoptStyles, type ReactiveController, type ReactiveElement } from 'lit';
import { loadEnglish } from './messages.js';
import { laterStyles } from './styles.js';

export class LaterController implements ReactiveController {
  /** Whether the later styles are adopted by the host's shadow root. */
  styled = false;
  #loading?: Promise<void>;

  constructor(private host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected() {
    this.load();
  }

  /** Loads the words and the looks (once); resolves when both are there, or could not be. */
  load(): Promise<void> {
    this.#loading ??= Promise.all([
      loadEnglish(),
      laterStyles().then((sheet) => {
        const root = this.host.renderRoot as ShadowRoot;
        adoptStyles(root, [...(this.host.constructor as typeof ReactiveElement).elementStyles, sheet]);
        this.styled = true;
        this.host.requestUpdate();
      }),
    ]).then(
      () => {},
      (error) => console.warn('<vonage-meeting> could not load its words or styles:', error),
    );
    return this.#loading;
  }
}
