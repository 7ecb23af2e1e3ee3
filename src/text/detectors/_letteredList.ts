/**
 * Lettered parts of a report (`A. Stomach, biopsy` / `B. Colon, biopsy`): a capital and a stop that
 * open a line label an item, no initial of a person.
 *
 * @internal
 */

/** Before a letter opening a lettered item: the line's start, maybe other letters of the item (`D, E. Colon`). */
const LETTER_ITEM_PREFIX = /(?:^|\n)[ \t]{0,6}(?:[A-Z][ \t]{0,2}[,&-][ \t]{0,2}){0,4}$/;
/** How far from a lettered item its neighbour may stand. */
const LETTER_ITEM_WINDOW = 800;

/**
 * True when the capital at `at` opens a line as the label of a lettered part (`A.`, `B.`, a part of
 * a specimen, a finding of a list) and a line nearby opens with the letter before or after it: a list,
 * not an initial. Shared by the rules' initial-and-name check and the labeller's filters.
 *
 * @param text - the note
 * @param at - offset of the capital
 * @returns true when it labels an item of a lettered list
 */
export function inLetteredList(text: string, at: number): boolean {
  if (!LETTER_ITEM_PREFIX.test(text.slice(Math.max(0, at - 24), at))) return false;
  const c = text.charCodeAt(at);
  const from = Math.max(0, at - LETTER_ITEM_WINDOW);
  const to = Math.min(text.length, at + LETTER_ITEM_WINDOW);
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    let p = i + 1;
    while (p < to && (text[p] === ' ' || text[p] === '\t')) p++;
    if (p === at) continue;
    const d = text.charCodeAt(p) - c;
    if ((d === 1 || d === -1) && /[.,)]/.test(text[p + 1] ?? '')) return true;
  }
  if (from === 0 && at > 0) {
    let p = 0;
    while (p < at && (text[p] === ' ' || text[p] === '\t')) p++;
    const d = text.charCodeAt(p) - c;
    if (p !== at && (d === 1 || d === -1) && /[.,)]/.test(text[p + 1] ?? '')) return true;
  }
  return false;
}
