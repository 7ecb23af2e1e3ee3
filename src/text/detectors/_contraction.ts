/**
 * `Don't`, `WON'T`, `can’t`: a word right before `'t` is the first half of a contraction, never a
 * name. Shared by both algorithms (the rules' name lexicon and the labeller's span checks), so
 * they agree.
 *
 * @internal
 */

/**
 * Whether the word ending at `end` is followed by `'t` (or `’t`) closing a contraction.
 *
 * @param text - the note
 * @param end - the offset just past the word
 * @returns true when `'t` and then no letter follow
 */
export function endsBeforeContraction(text: string, end: number): boolean {
  const q = text.charCodeAt(end);
  if (q !== 39 && q !== 0x2019) return false;
  return (text.charCodeAt(end + 1) | 32) === 116 && !/\p{L}/u.test(text.charAt(end + 2));
}

/**
 * Whether `[start, end)` is the pronoun `I` opening a contraction (`I'm`, `I've`, `I'll`, `I'd`):
 * never an initial.
 *
 * @param text - the note
 * @param start - the span's start
 * @param end - the offset just past it
 * @returns true for `I` (or `i`) right before `'m`, `'ve`, `'ll` or `'d` and no further letter
 */
export function isPronounBeforeContraction(text: string, start: number, end: number): boolean {
  return end - start === 1 && (text[start] === 'I' || text[start] === 'i') && /^['’](?:m|ve|ll|d)(?!\p{L})/iu.test(text.slice(end, end + 4));
}
