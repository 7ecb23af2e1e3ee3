/**
 * Word mechanics shared by the surrogates: splitting a region into words, gaps and numbers
 * without regular expressions, drawing a fake word, and copying the original's letter case.
 *
 * @internal
 */
import { u32, type Keyed } from './_keyed.js';

/** A piece of a region: a word (letters, inner apostrophes), a number, or anything else. */
export interface Piece {
  readonly kind: 'word' | 'number' | 'other';
  readonly text: string;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Splits text into words (letters with inner apostrophes: `O'Brien`), numbers and the rest.
 * A possessive `'s` ends a word and becomes an `other` piece, so `Smith's` maps `Smith`.
 *
 * @param text - region text
 * @returns the pieces, which join back to `text`
 */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isLetter(c)) {
      for (;;) {
        while (j < text.length && isLetter(text.charCodeAt(j))) j++;
        // an apostrophe joins letters, except a final possessive 's
        if (j + 1 < text.length && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
          const possessive = (text[j + 1] === 's' || text[j + 1] === 'S') && (j + 2 >= text.length || !isLetter(text.charCodeAt(j + 2)));
          if (possessive) break;
          j += 2;
          continue;
        }
        break;
      }
      out.push({ kind: 'word', text: text.slice(i, j) });
      // a possessive 's stays with the word it follows: one `other` piece
      if (j + 1 < text.length && isApostrophe(text.charCodeAt(j)) && (text[j + 1] === 's' || text[j + 1] === 'S') && (j + 2 >= text.length || !isLetter(text.charCodeAt(j + 2)))) {
        out.push({ kind: 'other', text: text.slice(j, j + 2) });
        j += 2;
      }
    } else if (isDigit(c)) {
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      out.push({ kind: 'number', text: text.slice(i, j) });
    } else {
      while (j < text.length && !isLetter(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j))) j++;
      out.push({ kind: 'other', text: text.slice(i, j) });
    }
    i = j;
  }
  return out;
}

/**
 * Writes `word` in the letter case of `model`: ALL CAPS, lower case, or capitalised.
 *
 * @param model - the original word
 * @param word - the replacement, capitalised
 * @returns the replacement in the model's case
 */
export function caseLike(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model === model.toLowerCase()) return word.toLowerCase();
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Draws a word from `list` for (scope, kind, value), never one equal to the value.
 *
 * @param keyed - the keyed source
 * @param list - candidate words
 * @param scope - patient scope
 * @param kind - what the word is (separates draws for names and places)
 * @param value - the original, lower case
 * @returns a word of `list`
 */
export function drawWord(keyed: Keyed, list: readonly string[], scope: string, kind: string, value: string): string {
  return keyed.cached(scope, kind, value, () => {
    let i = u32(keyed.bytes(scope, kind, value)) % list.length;
    if ((list[i] as string).toLowerCase() === value) i = (i + 1) % list.length;
    return list[i] as string;
  });
}

/**
 * Replaces each letter and digit of `text` by a keyed one of the same class and case (digits
 * stay digits: a phone keeps its pattern), keeping every other character; never returns `text`.
 *
 * @param keyed - the keyed source
 * @param scope - patient scope
 * @param kind - what the value is
 * @param text - the original
 * @returns the same-shaped surrogate
 */
export function patternLike(keyed: Keyed, scope: string, kind: string, text: string): string {
  // keyed by the letters and digits alone, so `617-555-1212` and `(617) 555 1212` agree
  let norm = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isLetter(c)) norm += text[i]!.toLowerCase();
  }
  if (norm === '') return text;
  const mapped = keyed.cached(scope, kind, norm, () => {
    let out = '';
    let block = 0;
    let buf = keyed.bytes(scope, kind, norm, block);
    for (let i = 0; i < norm.length; i++) {
      if (i > 0 && i % 32 === 0) buf = keyed.bytes(scope, kind, norm, ++block);
      const b = buf[i % 32] as number;
      const c = norm.charCodeAt(i);
      out += isDigit(c) ? String.fromCharCode(48 + (b % 10)) : String.fromCharCode(97 + (b % 26));
    }
    if (out === norm) {
      const last = out.charCodeAt(out.length - 1);
      const bumped = isDigit(last) ? String.fromCharCode(48 + ((last - 47) % 10)) : String.fromCharCode(97 + ((last - 96) % 26));
      out = out.slice(0, -1) + bumped;
    }
    return out;
  });
  let k = 0;
  let res = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isLetter(c)) {
      const m = mapped[k++] as string;
      res += c >= 65 && c <= 90 ? m.toUpperCase() : m;
    } else res += text[i];
  }
  return res;
}
