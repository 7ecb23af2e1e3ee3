/**
 * `nlp/fuzzy-name`: catches misspelt names ("Jonhson", "Kathryne") that no lexicon holds. A
 * capitalised word mid-sentence (or any word right after a title or a family relation) that is
 * not an everyday word, a clinical term or an exact lexicon entry is compared with the
 * first-name and surname lexicons of similar length and the same first two letters, by Jaro-Winkler
 * similarity; a close match marks it as a NAME.
 *
 * @module
 */
import { asScrubContext } from '../../context.js';
import type { Detector, Span } from '../../types.js';
import { compiledLexicons, LX_COMMON_WORDS, LX_FIRST, LX_SURNAME } from '../../../allowlists/_compiled.js';
import { shapeCode, W } from './_seqFeatures.js';
import { _clinicalSimilarity, similarityIndex, type SimilarityIndex } from './_similar.js';
import { _sequenceView } from './sequenceLabeller.js';

const SOURCE = 'nlp/fuzzy-name';
/** Lowest Jaro-Winkler similarity that counts as the same name. */
export const FUZZY_NAME_THRESHOLD = 0.94;
const SKIP = W.COMMON | W.CLIN | W.NOT_PHI | W.TITLE | W.RELATION | W.FACILITY | W.FIRST | W.LAST | W.CITY | W.PLACE | W.MONTH | W.WEEKDAY | W.CREDENTIAL | W.TRUNC;
const CUE = W.TITLE | W.RELATION;
/** `Smith`: one capital, then lower case. */
const TITLE_SHAPE = shapeCode('Ab');
/** A species epithet after a genus: a lower-case Latin word with a species' ending (`burgdorferi`, `lamblia`, `auris`). */
const BINOMIAL_AFTER = /^[ \t]{1,2}\p{Ll}{3,20}(?:i|ae|us|is|um|a|es|ii|ensis|oides)(?![\p{L}\d])/u;
/** A hyphen and a capital letter or a digit glued to a word (`Melan-A`, `Ki-67`). */
const MARKER_AFTER = /^-(?:\p{Lu}|\d)(?![\p{Ll}])/u;

let names: SimilarityIndex | undefined;

/**
 * The first names and surnames that are not everyday words (the common-words lexicon, which is
 * also the NLP's English word list): one walk over the compiled table reading each entry's
 * lexicon bits, instead of iterating two set views and looking every name up twice.
 *
 * @returns the words the fuzzy matcher compares with
 * @internal
 */
export function _fuzzyNameWords(): string[] {
  const table = compiledLexicons();
  const words: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const m = table.lexAt(i);
    if ((m & (LX_FIRST | LX_SURNAME)) !== 0 && (m & LX_COMMON_WORDS) === 0) words.push(table.keyAt(i));
  }
  return words;
}

function nameIndex(): SimilarityIndex {
  return (names ??= similarityIndex(_fuzzyNameWords()));
}

/**
 * Best Jaro-Winkler similarity between `word` and a lexicon name with the same first two
 * letters and a length within one (0 when none).
 *
 * @param word - lower-case word
 * @returns similarity in [0, 1]
 * @internal
 */
export function _bestNameSimilarity(word: string): number {
  return nameIndex().best(word);
}

/**
 * Finds misspelt names.
 *
 * @example
 * ```ts
 * fuzzyNameDetector.detect(createTextContext('Discussed with Dr. Jonhson.')); // NAME "Jonhson"
 * ```
 */
export const fuzzyNameDetector: Detector = Object.freeze<Detector>({
  name: SOURCE,
  algorithm: 'nlp' as const,
  types: Object.freeze(['NAME'] as const),
  detect(c) {
    const ctx = asScrubContext(c);
    const view = _sequenceView(ctx);
    const toks = ctx.tokens;
    const upper = ctx.isMostlyUpperCase;
    const out: Span[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const w = view.words[i]!;
      if (t.text.length < 5 || t.text.length > 14 || w.flags & SKIP || w.digits !== 0) continue;
      const cue = i > 0 && (view.words[i - 1]!.flags & CUE) !== 0;
      // mid-sentence capitalised words only (a sentence's first word is capitalised anyway)
      if (!cue && (upper || w.shape !== TITLE_SHAPE || view.starts[i]! & 2)) continue;
      // a genus before its species (`Borrelia burgdorferi`, `Giardia lamblia`) or a marker's word
      // joined to a capital or a digit (`Melan-A`, `Ki-67`): no person
      if (!cue && (BINOMIAL_AFTER.test(ctx.text.slice(t.end, t.end + 24)) || MARKER_AFTER.test(ctx.text.slice(t.end, t.end + 4)))) continue;
      const s = _bestNameSimilarity(t.lower);
      // a misspelt drug or clinical word is at least as close to the clinical lists
      if (s >= FUZZY_NAME_THRESHOLD && _clinicalSimilarity(t.lower) < s) out.push({ start: t.start, end: t.end, type: 'NAME', source: SOURCE, confidence: Math.min(0.9, s) });
    }
    return out;
  },
});
