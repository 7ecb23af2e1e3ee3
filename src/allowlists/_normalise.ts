/**
 * The one normalisation shared by allow lists, lexicon files and the lexicon detectors.
 *
 * @internal
 */

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /[\u0300-\u036f]/g;
const ONLY_LOWER_ALNUM_AND_SPACE = /^[a-z0-9 ]+$/;

/** True when `text` is already in normal form: lower-case words separated by single spaces. */
function isNormalised(text: string): boolean {
  return ONLY_LOWER_ALNUM_AND_SPACE.test(text) && text[0] !== ' ' && text[text.length - 1] !== ' ' && !text.includes('  ');
}

/**
 * Lower-cases `text`, strips accents and turns every run of characters other than letters and
 * digits into one space, trimmed: `"St. Mary's"` → `"st mary s"`. Lexicon and allow-list
 * entries are stored in this form, so a match ignores case, punctuation and spacing.
 *
 * @param text - any text
 * @returns the normalised key (empty when `text` holds no letter or digit)
 * @example
 * ```ts
 * normaliseLexiconEntry("St. Mary's");  // 'st mary s'
 * normaliseLexiconEntry('  NEW  York'); // 'new york'
 * ```
 */
export function normaliseEntry(text: string): string {
  if (isNormalised(text)) return text; // shipped files are stored normalised
  let s = text;
  // accents are stripped only when the text is not plain ASCII
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKD').replace(MARKS, '');
  return s.toLowerCase().replace(NON_WORD, ' ').trim();
}
