/**
 * The split between filler values the training generator may sample and values reserved for
 * the development set, so the development set's score says something about names and places
 * the model never saw in training. Both generators call this one function.
 *
 * A value is held out when the FNV-1a hash of its folded form (NFKC, lower case, inner spaces
 * collapsed, trimmed) is divisible by 10: about one value in ten of every source.
 *
 * @internal
 */

/** Folds a value the way {@link isHeldOut} compares it. */
function fold(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True when `value` (a name, place, street, facility…) is reserved for the development set:
 * the training generator must never emit it, the development generator may.
 *
 * @param value - a filler value
 * @returns whether it is held out of training
 * @example
 * ```ts
 * const trainingNames = names.filter((n) => !isHeldOut(n));
 * ```
 */
export function isHeldOut(value: string): boolean {
  const s = fold(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % 10 === 0;
}
