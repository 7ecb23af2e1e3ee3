/**
 * Is a word a clipped spelling of a known word? Notes clip words all the time: `SIGNIF`, `DIMIN`,
 * `ELEV`, `clinda`, `METOP`, `contin`, `Ceftaz`. Such a word is in no lexicon, so without this
 * check it looks as unknown as a rare surname; but it is the start of a longer everyday or
 * clinical word, which a made-up or rare surname (`Quxworthy`, `Zebulon`) seldom is. The answer
 * is a word flag (`W.TRUNC`) read by the labeller's span checks (a name made only of such words
 * needs a cue) and by the misspelt-name matcher (which skips them); it is not a model feature,
 * and a lexicon name (`Marsh`) is never flagged.
 *
 * The known words are kept as one sorted array (the lexicons are stored sorted, so building it
 * is a merge, about 10 ms, done on the first query); a query is a binary search.
 *
 * @internal
 */

import { lettersOnly } from './_nearMiss.js';

/** Shortest clipped word checked: three letters start too many words. */
export const TRUNCATION_MIN_LENGTH = 4;
/** Longest clipped word checked. */
const MAX_LENGTH = 12;
/** The full word is at least this many letters longer than the clipped one. */
const MIN_CLIPPED = 2;

/** A word list prepared for truncation look-ups. */
export interface TruncationIndex {
  /**
   * Whether `lower` (lower case, letters a–z, {@link TRUNCATION_MIN_LENGTH}–12 letters) is the
   * start of a listed word at least two letters longer.
   *
   * @param lower - the word
   * @returns true when some listed word starts with it and is longer by two letters or more
   */
  isTruncation(lower: string): boolean;
}

/**
 * Builds a truncation index over word lists (entries with other characters than a–z, or
 * shorter than {@link TRUNCATION_MIN_LENGTH} + 2, are left out). Built on the first query.
 *
 * @param lists - the known words, lower case
 * @returns an index
 * @example
 * ```ts
 * const ix = createTruncationIndex([new Set(['significant', 'clindamycin'])]);
 * ix.isTruncation('signif'); // true
 * ix.isTruncation('quxworthy'); // false
 * ```
 */
export function createTruncationIndex(lists: readonly Iterable<string>[]): TruncationIndex {
  let words: string[] | undefined;
  const build = (): string[] => {
    const all: string[] = [];
    for (const list of lists) for (const w of list) if (w.length >= TRUNCATION_MIN_LENGTH + MIN_CLIPPED && lettersOnly(w)) all.push(w);
    // the lexicons are stored sorted, so this sort meets a few long runs (TimSort: nearly linear)
    return all.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  };
  return {
    isTruncation(lower) {
      const n = lower.length;
      if (n < TRUNCATION_MIN_LENGTH || n > MAX_LENGTH || !lettersOnly(lower)) return false;
      words ??= build();
      // lower bound: the first listed word >= lower; a word starting with `lower` sorts there
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (words[mid]! < lower) lo = mid + 1;
        else hi = mid;
      }
      // skip `lower` itself and words only one letter longer
      for (let i = lo; i < words.length; i++) {
        const w = words[i]!;
        if (!w.startsWith(lower)) return false;
        if (w.length >= n + MIN_CLIPPED) return true;
      }
      return false;
    },
  };
}
