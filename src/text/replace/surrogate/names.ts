/**
 * Name surrogates: each word of a name becomes a fake given name or surname, chosen per
 * patient by a keyed hash of the word, so `Mortimer Bellweather`, `BELLWEATHER, MORTIMER` and
 * `Mr. Bellweather's` keep their order, case, punctuation and possessive, and agree with one
 * another. Initials become other letters; titles, credentials and suffixes stay.
 *
 * @internal
 */
import { isFirstName } from '../../detectors/rules/patterns/_lib.js';
import type { Keyed } from './_keyed.js';
import { u32 } from './_keyed.js';
import { FIRST_NAMES, NAME_KEPT, SURNAMES } from './_vocabulary.js';
import { caseLike, drawWord, patternLike, pieces } from './_words.js';

/**
 * The fake for one name word.
 *
 * @param keyed - keyed source
 * @param scope - patient scope
 * @param word - the original word
 * @returns its surrogate, in its case
 */
export function nameWord(keyed: Keyed, scope: string, word: string): string {
  const lower = word.toLowerCase();
  if (NAME_KEPT.has(lower)) return word;
  if (word.length === 1) {
    const code = lower.charCodeAt(0);
    if (code < 97 || code > 122) return word === 'X' ? 'Q' : 'X';
    const letter = keyed.cached(scope, 'initial', lower, () => {
      let n = u32(keyed.bytes(scope, 'initial', lower)) % 26;
      if (n === code - 97) n = (n + 1) % 26;
      return String.fromCharCode(97 + n);
    });
    return word === lower ? letter : letter.toUpperCase();
  }
  const list = isFirstName(lower) ? FIRST_NAMES : SURNAMES;
  return caseLike(word, drawWord(keyed, list, scope, 'name', lower));
}

/**
 * A name region's surrogate.
 *
 * @param keyed - keyed source
 * @param scope - patient scope
 * @param text - the region text
 * @returns the surrogate (never equal to `text`)
 */
export function nameSurrogate(keyed: Keyed, scope: string, text: string): string {
  let out = '';
  for (const p of pieces(text)) {
    if (p.kind === 'word') out += nameWord(keyed, scope, p.text);
    else if (p.kind === 'number') out += patternLike(keyed, scope, 'number', p.text);
    else out += p.text;
  }
  if (out.toLowerCase() === text.toLowerCase()) out = caseLike(text.trim() || 'X', drawWord(keyed, SURNAMES, scope, 'name', text.toLowerCase()));
  return out;
}
