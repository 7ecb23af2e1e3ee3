/**
 * Jaro-Winkler similarity (Winkler 1990), the string comparator of record linkage, shared by
 * the linkage rules and the NLP fuzzy name look-up. Matching window `⌊max(|a|,|b|)/2⌋ − 1`,
 * transpositions counted as half the out-of-order matches, prefix bonus `0.1` per common
 * leading character (at most 4), applied at every Jaro score. Case-sensitive: callers
 * normalise first.
 *
 * @internal
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/**
 * @param a - first string
 * @param b - second string
 * @returns similarity in `[0, 1]`: 1 for equal strings (two empty strings included), 0 when
 *   one is empty or no character matches within the window
 */
export function jaroWinklerSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const hi = Math.min(lb - 1, i + window);
    for (let j = Math.max(0, i - window); j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  for (let i = 0, k = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) outOfOrder++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - outOfOrder / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
