/**
 * Core types of the free-text scrubber. Detection (detectors → spans) is separate from
 * replacement (spans → text), as in Presidio.
 *
 * @module
 */

/**
 * Kinds of PHI the scrubber reports.
 *
 * - `NAME`: people (patients, relatives, clinicians).
 * - `DATE`: dates with a day or month, and years standing alone.
 * - `AGE`: ages over 89.
 * - `PHONE`: telephone, fax and pager numbers.
 * - `ID`: MRN, SSN, account, accession, licence, device and other identifying numbers.
 * - `LOCATION`: street addresses, cities, zip codes (US states and countries are not PHI).
 * - `HOSPITAL`: hospitals, clinics, nursing homes and other facilities.
 * - `CONTACT`: email addresses, URLs, IP addresses.
 * - `OTHER`: anything else a custom detector wants removed.
 */
export type PhiType = 'NAME' | 'DATE' | 'AGE' | 'PHONE' | 'ID' | 'LOCATION' | 'HOSPITAL' | 'CONTACT' | 'OTHER';

/** Every {@link PhiType}, in a stable order. */
export const PHI_TYPES: readonly PhiType[] = ['NAME', 'DATE', 'AGE', 'PHONE', 'ID', 'LOCATION', 'HOSPITAL', 'CONTACT', 'OTHER'];

/** Which of the two published-style algorithms a detector belongs to. */
export type Algorithm = 'rules' | 'nlp';

/**
 * A piece of text found to be PHI. Half-open `[start, end)` in UTF-16 code units. A detector
 * reports offsets in the text it was given (the scrubber gives detectors the folded view, see
 * `foldText`); everything the scrubber returns is in offsets of the *original* text.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: PhiType;
  /** Name of the detector that found it (e.g. `rules/phone`, `nlp/sequence-labeller`). */
  readonly source: string;
  /** 0..1; how sure the detector is. Informational: every reported span is removed. */
  readonly confidence: number;
}

/**
 * What detectors read. Built once per note; expensive views (tokens, NLP parse) are computed
 * lazily and shared by every detector, like Presidio's NlpArtifacts.
 */
export interface TextContext {
  /** The original text. */
  readonly text: string;
}

/**
 * A detector: a pure function from a text context to spans. It must not mutate the context
 * and must return spans inside the text. It may throw; the scrubber then fails closed with
 * `DETECTOR_FAILED`.
 */
export interface Detector<C extends TextContext = TextContext> {
  /** Unique name, used as the span `source` (e.g. `rules/phone`). */
  readonly name: string;
  /** Which algorithm it belongs to. */
  readonly algorithm: Algorithm;
  /** The PHI types it can report. */
  readonly types: readonly PhiType[];
  /** Finds spans. */
  readonly detect: (ctx: C) => readonly Span[];
}
