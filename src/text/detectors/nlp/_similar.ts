/**
 * Jaro-Winkler look-ups against a word list, indexed by the first
 * two letters and the length so a query compares with a few hundred words at most.
 *
 * @internal
 */
import { jaroWinklerSimilarity } from '../../../_lib/jaroWinkler.js';
import { nlpLexicons } from './_resources.js';

/** A word list prepared for similarity look-ups. */
export interface SimilarityIndex {
  /** Best Jaro-Winkler similarity of `word` (lower case) to a listed word of length ±1 with the same first two letters; 0 if none. */
  best(word: string): number;
}

/** Most answers {@link SimilarityIndex.best} remembers per index. */
const CACHE_MAX = 50_000;

const keyOf = (word: string, length = word.length): string => word.slice(0, 2) + length;

/**
 * @param words - lower-case words (entries with spaces or fewer than 4 letters are ignored)
 * @returns an index
 */
export function similarityIndex(words: Iterable<string>): SimilarityIndex {
  const m = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 4 || !/^[a-z]+$/.test(w)) continue;
    const k = keyOf(w);
    let bucket = m.get(k);
    if (!bucket) m.set(k, (bucket = []));
    bucket.push(w);
  }
  // words recur from note to note: remember answers (bounded, so memory stays flat)
  const cache = new Map<string, number>();
  return {
    best(word) {
      const known = cache.get(word);
      if (known !== undefined) return known;
      const found = bestOf(word);
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(word, found);
      return found;
    },
  };

  function bestOf(word: string): number {
    let best = 0;
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      const bucket = m.get(keyOf(word, len));
      if (!bucket) continue;
      for (const w of bucket) {
        const s = jaroWinklerSimilarity(word, w);
        if (s > best) best = s;
      }
    }
    return best;
  }
}

let clinical: SimilarityIndex | undefined;

/**
 * Similarity of a lower-case word to the clinical lists (drugs, eponyms, abbreviations,
 * clinical words).
 *
 * @param word - lower-case word
 * @returns best Jaro-Winkler similarity in [0, 1]
 */
export function _clinicalSimilarity(word: string): number {
  return (clinical ??= similarityIndex(nlpLexicons().clinical)).best(word);
}
