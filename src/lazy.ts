/**
 * A controller loaded on first use with a dynamic `import()`, so that a page that never
 * docks or expands never downloads what docking or expanding needs.
 */
export class Lazy<T> {
  /** The controller, once loaded. */
  value: T | undefined;
  #loading?: Promise<T>;

  constructor(private load: () => Promise<T>) {}

  /** Loads the controller (once) and resolves with it. */
  get(): Promise<T> {
    return (this.#loading ??= this.load().then((value) => (this.value = value)));
  }
}
