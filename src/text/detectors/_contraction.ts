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
