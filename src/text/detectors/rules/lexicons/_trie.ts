/**
 * Longest multi-word phrase match over lexicon tokens.
 *
 * @internal
 */
import type { LexToken, PhraseSet } from './_load.js';

/**
 * Longest entry of `set` starting at token `i` whose tokens are joined only by spaces,
 * hyphens, periods or apostrophes on one line (at most 3 characters apart).
 *
 * @returns the index of the last token of the match, or -1
 */
export function longestMatch(text: string, tokens: readonly LexToken[], i: number, set: PhraseSet, maxTokens = 6): number {
  let best = -1;
  const first = tokens[i];
  if (first === undefined) return -1;
  // first word: the token's flags answer both look-ups when the set has bits
  if (set.fullBit !== undefined && set.prefixBit !== undefined) {
    if (first.shape === 'other') return -1;
    const b = first.bits;
    if ((b & set.fullBit) !== 0) best = i;
    if ((b & set.prefixBit) === 0) return best;
  }
  let key = '';
  for (let j = i; j < tokens.length && j - i < maxTokens; j++) {
    const t = tokens[j]!;
    if (t.shape === 'other' && j === i) break;
    if (j > i && !joined(text, tokens[j - 1]!.tok.end, t.tok.start)) break;
    key = j === i ? t.lower : `${key} ${t.lower}`;
    if (set.maskOf !== undefined) {
      const m = set.maskOf(key);
      if ((m & set.fullBit!) !== 0) best = j;
      if ((m & set.prefixBit!) === 0) break;
      continue;
    }
    if (set.full.has(key)) best = j;
    if (!set.prefix.has(key)) break;
  }
  return best;
}

/** True when `[from, to)` is a short separator inside a multi-word name. */
export function joined(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45 && c !== 46 && c !== 39 && c !== 0x2019 && c !== 9) return false;
  }
  return true;
}
