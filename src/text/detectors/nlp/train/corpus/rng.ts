/**
 * The one random source of the training-corpus generator: a seeded `seedrandom` Alea PRNG and
 * small helpers over it. Nothing in the generator reads the clock, `Math.random` or a locale.
 *
 * @internal
 */
import seedrandom from 'seedrandom';

/** A seeded PRNG: uniform floats in [0, 1). */
export type Rng = () => number;

/**
 * @param seed - any string
 * @returns a deterministic PRNG for `seed`
 */
export function makeRng(seed: string): Rng {
  const prng = seedrandom.alea(seed);
  return () => prng();
}

/**
 * @param rng - the PRNG
 * @param lo - lowest value (inclusive)
 * @param hi - highest value (inclusive)
 * @returns a uniform integer in [lo, hi]
 */
export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/**
 * @param rng - the PRNG
 * @param p - probability of true
 * @returns true with probability `p`
 */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/**
 * @param rng - the PRNG
 * @param xs - a non-empty array
 * @returns a uniformly chosen element
 */
export function pick<T>(rng: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from an empty list');
  return xs[Math.floor(rng() * xs.length)]!;
}

/**
 * @param rng - the PRNG
 * @param table - [weight, value] pairs (weights need not sum to 1)
 * @returns a value chosen in proportion to its weight
 */
export function weighted<T>(rng: Rng, table: readonly (readonly [number, T])[]): T {
  let total = 0;
  for (const [w] of table) total += w;
  let r = rng() * total;
  for (const [w, v] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return table[table.length - 1]![1];
}

/**
 * @param rng - the PRNG
 * @param xs - values
 * @returns a shuffled copy (Fisher–Yates)
 */
export function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * @param rng - the PRNG
 * @param xs - values
 * @param n - how many
 * @returns `n` distinct elements (or all of them, shuffled, when fewer)
 */
export function sample<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  return shuffled(rng, xs).slice(0, n);
}

/**
 * @param rng - the PRNG
 * @param n - how many digits
 * @returns a string of random decimal digits
 */
export function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
  return s;
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * @param rng - the PRNG
 * @param n - how many letters
 * @returns random upper-case letters (no I or O)
 */
export function letters(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += UPPER[Math.floor(rng() * UPPER.length)];
  return s;
}
