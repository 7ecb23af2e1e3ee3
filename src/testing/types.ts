/**
 * Types of the testing helpers.
 *
 * @module
 */

/** A span the scrubber reported: half-open `[start, end)` in UTF-16 code units of the input. */
export interface ScrubSpanLike {
  readonly start: number;
  readonly end: number;
}

/**
 * Any scrub function: the library's `createScrubber().scrub` or `scrub`, or your own wrapper.
 * `spans` are offsets into the *input* text; `text` is the scrubbed output.
 */
export type ScrubFn = (text: string) => { readonly text: string; readonly spans: readonly ScrubSpanLike[] };

/** A gold PHI span from an annotated string. */
export interface GoldSpan {
  /** Offsets into the plain text, half-open `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The annotation type, e.g. `NAME`, `DATE`. */
  readonly type: string;
  /** The annotated text. */
  readonly text: string;
}

/** An annotated string parsed into plain text and gold spans. */
export interface AnnotatedText {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}
