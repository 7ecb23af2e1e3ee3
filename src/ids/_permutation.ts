/**
 * A keyed pseudo-random permutation of `[0, size)`: a balanced 8-round Feistel network over the
 * smallest even bit width that covers `size`, with cycle walking to stay inside the range.
 *
 * A Feistel network is a bijection whatever its round function, so `forward` never maps two
 * inputs to one output. The round function is a fast 32-bit mixer keyed by 16 round words
 * derived from the subkey. It is not meant as a cryptographic cipher: the permutation is applied
 * to an assignment *counter*, so ids carry no information about the source key; the
 * permutation only hides the order of assignment.
 *
 * @internal
 */
import { createHmac } from 'node:crypto';

/** A bijection of `[0, size)` and its inverse. */
export interface Permutation {
  readonly size: number;
  forward(i: number): number;
  inverse(v: number): number;
}

const ROUNDS = 8;
/** Largest supported range: 2^52 (half width 26 bits, so round outputs fit 32-bit arithmetic). */
export const MAX_PERMUTATION_SIZE = 2 ** 52;

/** The keyed round function: a 32-bit mixer (murmur3-style finaliser with two key words). */
function round(x: number, a: number, b: number, mask: number): number {
  let h = x ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) + b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & mask;
}

/**
 * Builds the permutation.
 *
 * @param subkey - key material (e.g. `deriveSubkey(key, 'ids:subject_id')`)
 * @param size - range size, an integer in [1, 2^52]
 * @returns the permutation
 */
export function createPermutation(subkey: Uint8Array, size: number): Permutation {
  if (!Number.isSafeInteger(size) || size < 1 || size > MAX_PERMUTATION_SIZE) {
    throw new RangeError('permutation size must be an integer in [1, 2^52]');
  }
  let k = 1;
  while (2 ** (2 * k) < size) k++;
  const base = 2 ** k;
  const mask = base - 1; // k <= 26, so this fits a 32-bit int
  const words = Buffer.concat([
    createHmac('sha256', subkey).update(`feistel:${k}:a`).digest(),
    createHmac('sha256', subkey).update(`feistel:${k}:b`).digest(),
  ]);
  const ka: number[] = [];
  const kb: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    ka.push(words.readInt32LE(r * 8));
    kb.push(words.readInt32LE(r * 8 + 4));
  }
  // Halves of up to 15 bits fit one 31-bit int: split and join with shifts (the common case,
  // e.g. MIMIC's ranges of 10^7 use 12-bit halves); wider ranges use float division.
  const small = k <= 15;
  const enc = (v: number): number => {
    let l = small ? v >>> k : Math.floor(v / base);
    let r = small ? v & mask : v - l * base;
    for (let i = 0; i < ROUNDS; i++) {
      const t = r;
      r = l ^ round(r, ka[i] as number, kb[i] as number, mask);
      l = t;
    }
    return small ? (l << k) | r : l * base + r;
  };
  const dec = (v: number): number => {
    let l = small ? v >>> k : Math.floor(v / base);
    let r = small ? v & mask : v - l * base;
    for (let i = ROUNDS - 1; i >= 0; i--) {
      const t = l;
      l = r ^ round(l, ka[i] as number, kb[i] as number, mask);
      r = t;
    }
    return small ? (l << k) | r : l * base + r;
  };
  return {
    size,
    forward(i: number): number {
      let x = enc(i);
      while (x >= size) x = enc(x);
      return x;
    },
    inverse(v: number): number {
      let x = dec(v);
      while (x >= size) x = dec(x);
      return x;
    },
  };
}
