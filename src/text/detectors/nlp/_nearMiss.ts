/**
 * Is a word a slip of the keyboard away from a known word? Notes are typed fast: `STAEDY`,
 * `Famliy`, `tranplant`, `aggitation`, `LETHERGY`. Such a word is in no lexicon, so without this
 * check it looks as unknown as a rare surname. One slip (a letter dropped, added or changed, or
 * two neighbours swapped; the first letter kept) from an everyday or clinical word of five letters
 * or more is strong evidence of a misspelling; a made-up or rare surname (`Quxworthy`) is rarely
 * that close to a dictionary word. The labeller reads the answer as one feature (`W.NEAR`),
 * weighed against the name lexicons and the context, so a real surname one slip from a word can
 * still be a name.
 *
 * Every one-slip variant of the query is hashed in constant time from prefix and suffix hashes
 * (two polynomial hashes, so a false match needs both to collide) and looked up in an
 * open-addressing table of the known words' hashes: no strings are built, a query costs a few
 * microseconds and the table about 2 MB, built in one pass.
 *
 * @internal
 */

/** Shortest word checked or matched: shorter words have too many neighbours (`Jon`, `join`). */
export const NEAR_MISS_MIN_LENGTH = 5;
/** Longest word checked. */
const MAX_LENGTH = 24;
const B1 = 131;
const B2 = 1_000_003;

/** A word list prepared for near-miss look-ups. */
export interface NearMissIndex {
  /**
   * Whether `lower` (lower case, letters a–z) is one slip from a listed word other than itself.
   *
   * @param lower - the word
   * @returns true when some listed word of at least {@link NEAR_MISS_MIN_LENGTH} letters is one slip away
   */
  isNearMiss(lower: string): boolean;
}

/** Whether `s` holds only the letters a–z. @internal */
export function lettersOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Queries answered by trying each variant in the lists before the hash table is built. */
const QUERIES_BEFORE_TABLE = 1000;

/**
 * Builds a near-miss index over word lists (entries with other characters than a–z, or shorter
 * than {@link NEAR_MISS_MIN_LENGTH}, are left out). The first queries try each one-slip variant
 * in the lists (about 100 µs a word, nothing to build), so a short note pays no set-up; after
 * {@link QUERIES_BEFORE_TABLE} queries the hash table is built (tens of milliseconds) and
 * answers in a few microseconds.
 *
 * @param lists - the known words, lower case
 * @returns an index
 * @example
 * ```ts
 * const ix = createNearMissIndex([new Set(['steady', 'family'])]);
 * ix.isNearMiss('staedy'); // true
 * ix.isNearMiss('quxworthy'); // false
 * ```
 */
export function createNearMissIndex(lists: readonly ReadonlySet<string>[]): NearMissIndex {
  let table: NearMissIndex | undefined;
  let queries = 0;
  return {
    isNearMiss(lower) {
      if (table) return table.isNearMiss(lower);
      if (++queries > QUERIES_BEFORE_TABLE) {
        table = hashedIndex(lists);
        return table.isNearMiss(lower);
      }
      return variantInLists(lower, lists);
    },
  };
}

/** Tries every one-slip variant of `lower` (first letter kept) in the lists. */
function variantInLists(lower: string, lists: readonly ReadonlySet<string>[]): boolean {
  const n = lower.length;
  if (n < NEAR_MISS_MIN_LENGTH || n > MAX_LENGTH || !lettersOnly(lower)) return false;
  const has = (w: string): boolean => {
    if (w.length < NEAR_MISS_MIN_LENGTH) return false;
    for (const l of lists) if (l.has(w)) return true;
    return false;
  };
  for (let i = 1; i <= n; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    for (let k = 0; k < 26; k++) {
      const ch = String.fromCharCode(97 + k);
      if (has(head + ch + tail)) return true;
      if (i < n && ch !== lower[i] && has(head + ch + tail.slice(1))) return true;
    }
    if (i < n) {
      if (has(head + tail.slice(1))) return true;
      if (i + 1 < n && lower[i] !== lower[i + 1] && has(head + lower[i + 1] + lower[i] + tail.slice(2))) return true;
    }
  }
  return false;
}

/** The hash-table form of the index: every variant hashed from prefix and suffix hashes. */
function hashedIndex(lists: readonly Iterable<string>[]): NearMissIndex {
  let count = 0;
  for (const list of lists) for (const _ of list) count++;
  let size = 1024;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  // slot holds hash 1 (0 = empty; a zero hash is stored as 1) and hash 2
  const t1 = new Uint32Array(size);
  const t2 = new Uint32Array(size);
  const slot = (h1: number): number => (Math.imul(h1, 0x9e3779b1) >>> 0) & mask;
  for (const list of lists) {
    next: for (const w of list) {
      const n = w.length;
      if (n < NEAR_MISS_MIN_LENGTH || n > MAX_LENGTH + 1) continue;
      let a = 0;
      let b = 0;
      for (let i = 0; i < n; i++) {
        const c = w.charCodeAt(i) - 96;
        if (c < 1 || c > 26) continue next;
        a = (Math.imul(a, B1) + c) | 0;
        b = (Math.imul(b, B2) + c) | 0;
      }
      const h1 = a >>> 0 || 1;
      const h2 = b >>> 0;
      let s = slot(h1);
      while (t1[s] !== 0 && !(t1[s] === h1 && t2[s] === h2)) s = (s + 1) & mask;
      t1[s] = h1;
      t2[s] = h2;
    }
  }
  const has = (h1: number, h2: number): boolean => {
    const a = h1 >>> 0 || 1;
    const b = h2 >>> 0;
    for (let s = slot(a); t1[s] !== 0; s = (s + 1) & mask) if (t1[s] === a && t2[s] === b) return true;
    return false;
  };

  // scratch arrays reused between queries: values, prefix and suffix hashes, powers
  const v = new Int32Array(MAX_LENGTH + 2);
  const p1 = new Int32Array(MAX_LENGTH + 2);
  const p2 = new Int32Array(MAX_LENGTH + 2);
  const s1 = new Int32Array(MAX_LENGTH + 2);
  const s2 = new Int32Array(MAX_LENGTH + 2);
  const w1 = new Int32Array(MAX_LENGTH + 3);
  const w2 = new Int32Array(MAX_LENGTH + 3);
  w1[0] = 1;
  w2[0] = 1;
  for (let i = 1; i < w1.length; i++) {
    w1[i] = Math.imul(w1[i - 1]!, B1);
    w2[i] = Math.imul(w2[i - 1]!, B2);
  }

  return {
    isNearMiss(lower) {
      const n = lower.length;
      if (n < NEAR_MISS_MIN_LENGTH || n > MAX_LENGTH || !lettersOnly(lower)) return false;
      for (let i = 0; i < n; i++) v[i] = lower.charCodeAt(i) - 96;
      p1[0] = 0;
      p2[0] = 0;
      for (let i = 0; i < n; i++) {
        p1[i + 1] = (Math.imul(p1[i]!, B1) + v[i]!) | 0;
        p2[i + 1] = (Math.imul(p2[i]!, B2) + v[i]!) | 0;
      }
      s1[n] = 0;
      s2[n] = 0;
      for (let i = n - 1; i >= 0; i--) {
        s1[i] = (Math.imul(v[i]!, w1[n - 1 - i]!) + s1[i + 1]!) | 0;
        s2[i] = (Math.imul(v[i]!, w2[n - 1 - i]!) + s2[i + 1]!) | 0;
      }
      const h1 = p1[n]!;
      const h2 = p2[n]!;
      // the first letter stays: typists rarely miss it
      for (let i = 1; i <= n; i++) {
        // a letter dropped from the known word: insert one at i
        const a1 = Math.imul(p1[i]!, w1[n - i + 1]!) + s1[i]!;
        const a2 = Math.imul(p2[i]!, w2[n - i + 1]!) + s2[i]!;
        for (let c = 1; c <= 26; c++) if (has(a1 + Math.imul(c, w1[n - i]!), a2 + Math.imul(c, w2[n - i]!))) return true;
        if (i === n) break;
        // a letter added to the known word: delete the one at i
        if (n - 1 >= NEAR_MISS_MIN_LENGTH && has(Math.imul(p1[i]!, w1[n - 1 - i]!) + s1[i + 1]!, Math.imul(p2[i]!, w2[n - 1 - i]!) + s2[i + 1]!)) return true;
        // a letter changed at i
        const e1 = w1[n - 1 - i]!;
        const e2 = w2[n - 1 - i]!;
        for (let c = 1; c <= 26; c++) if (c !== v[i] && has(h1 + Math.imul(c - v[i]!, e1), h2 + Math.imul(c - v[i]!, e2))) return true;
        // two neighbours swapped at i, i + 1
        if (i + 1 < n && v[i] !== v[i + 1]) {
          const d = v[i + 1]! - v[i]!;
          if (has(h1 + Math.imul(d, e1) - Math.imul(d, w1[n - 2 - i]!), h2 + Math.imul(d, e2) - Math.imul(d, w2[n - 2 - i]!))) return true;
        }
      }
      return false;
    },
  };
}
