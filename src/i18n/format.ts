/** The shape of a catalogue of the element's words, and `format` for their `{name}` placeholders. Pure. */
import type { en } from './english.js';

/** The keys of the catalogue. */
export type MessageKey = keyof typeof en;
/** A complete catalogue, as a translation provides it. */
export type Messages = Record<MessageKey, string>;

/** Fills `{name}` placeholders. */
export const format = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
