/**
 * Replacement: merged spans → scrubbed text.
 *
 * @module
 */
import { DeidError } from '../errors.js';
import type { MergedSpan } from './spans.js';

/** Where one replaced region landed in the output. */
export interface RedactedRegion {
  /** Offset of the replacement in the output text. */
  readonly outputStart: number;
  /** Offset just past the replacement in the output text. */
  readonly outputEnd: number;
}

/** The result of {@link redact}. */
export interface RedactResult {
  /** The text with every region replaced. */
  readonly text: string;
  /** One entry per input region, in the same order. */
  readonly regions: readonly RedactedRegion[];
}

/**
 * Replaces each region of `text` by `replacement` in one linear pass.
 *
 * @param text - the original text
 * @param merged - sorted, non-overlapping regions (as returned by `mergeSpans`)
 * @param replacement - the string put in place of each region (e.g. `___`), or one string per
 *   region (from a replacer: tags, surrogates, shifted dates)
 * @returns the scrubbed text and where each replacement sits in it
 * @throws DeidError `SPAN_INVALID` when regions are unsorted, overlap or fall outside the text
 * @example
 * ```ts
 * redact('Call Ann today', [{ start: 5, end: 8, type: 'NAME', sources: ['x'], confidence: 1 }], '___');
 * // { text: 'Call ___ today', regions: [{ outputStart: 5, outputEnd: 8 }] }
 * ```
 */
export function redact(text: string, merged: readonly MergedSpan[], replacement: string | readonly string[]): RedactResult {
  const parts: string[] = [];
  const regions: RedactedRegion[] = [];
  let pos = 0;
  let outLen = 0;
  if (typeof replacement !== 'string' && replacement.length !== merged.length) {
    throw new DeidError('SPAN_INVALID', 'one replacement is needed per region');
  }
  for (let i = 0; i < merged.length; i++) {
    const m = merged[i] as MergedSpan;
    if (m.start < pos || m.end <= m.start || m.end > text.length) {
      throw new DeidError('SPAN_INVALID', 'regions to redact must be sorted, disjoint and inside the text');
    }
    const keep = text.slice(pos, m.start);
    const rep = typeof replacement === 'string' ? replacement : (replacement[i] as string);
    parts.push(keep, rep);
    outLen += keep.length;
    regions.push({ outputStart: outLen, outputEnd: outLen + rep.length });
    outLen += rep.length;
    pos = m.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), regions };
}
