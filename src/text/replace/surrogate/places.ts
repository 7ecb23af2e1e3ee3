/**
 * Place surrogates (addresses, towns, facilities): house numbers and ZIP codes keep their digit
 * pattern, street types, directions, state codes and the generic words of facility names stay
 * (`Medical Center`), and every other word becomes a fake place word, per patient and per word,
 * so `Lakeside Regional Medical Center` becomes something like `Ashford Regional Medical
 * Center` in every note of that patient.
 *
 * @internal
 */
import type { Keyed } from './_keyed.js';
import { PLACE_KEPT, PLACE_WORDS, STATE_CODES } from './_vocabulary.js';
import { caseLike, drawWord, patternLike, pieces } from './_words.js';

/**
 * A place region's surrogate.
 *
 * @param keyed - keyed source
 * @param scope - patient scope
 * @param text - the region text
 * @returns the surrogate (never equal to `text`)
 */
export function placeSurrogate(keyed: Keyed, scope: string, text: string): string {
  let out = '';
  for (const p of pieces(text)) {
    if (p.kind === 'number') out += patternLike(keyed, scope, 'number', p.text);
    else if (p.kind === 'other') out += p.text;
    else {
      const lower = p.text.toLowerCase();
      if (PLACE_KEPT.has(lower) || (STATE_CODES.has(p.text) && p.text.length === 2)) out += p.text;
      else out += caseLike(p.text, drawWord(keyed, PLACE_WORDS, scope, 'place', lower));
    }
  }
  if (out.toLowerCase() === text.toLowerCase()) {
    // only generic words ("General Hospital"): name it after a fake place
    out = `${caseLike(text, drawWord(keyed, PLACE_WORDS, scope, 'place', lower(text)))} ${text}`;
  }
  return out;
}

const lower = (s: string): string => s.toLowerCase();
