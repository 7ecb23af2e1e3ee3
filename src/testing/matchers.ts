/**
 * Custom matchers for vitest (or Jest): `toRemoveAllPhi`, `toRemovePhi`, `toKeep`. This file
 * never imports a test framework: it only uses the `expect` passed in.
 *
 * @module
 */
import { DeidError } from '../errors.js';
import { checkScrubs, formatProblems } from './assertScrubs.js';
import type { ScrubFn } from './types.js';

/** The part of a matcher context the matchers read (`this.isNot`). */
export interface MatcherContextLike {
  readonly isNot?: boolean;
}

/** What a matcher returns to the test framework. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** Anything with `extend(matchers)`, such as vitest's or Jest's `expect`. */
export interface ExpectLike {
  // `any` keeps this structural type assignable from every framework's own `expect` type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  extend(matchers: Record<string, (this: any, received: any, ...args: any[]) => any>): void;
}

/**
 * The matchers' types, for augmenting your test framework (vitest shown):
 *
 * ```ts
 * import type { DeidMatchers } from 'ehr-deid/testing';
 * declare module 'vitest' {
 *   interface Matchers<T = any> extends DeidMatchers<T> {}
 * }
 * ```
 */
export interface DeidMatchers<R = unknown> {
  /** The received annotated string's every `[[TYPE:…]]` span is removed. */
  toRemoveAllPhi(scrub?: ScrubFn): R;
  /** Spans of the given type(s) are removed (others are not checked). */
  toRemovePhi(types: string | readonly string[], scrub?: ScrubFn): R;
  /** The word(s) survive scrubbing, e.g. `toKeep('Parkinson')`. */
  toKeep(words: string | readonly string[], scrub?: ScrubFn): R;
}

/** Options of {@link createDeidMatchers}. */
export interface DeidMatchersOptions {
  /** The scrub function used when a matcher is not given one. */
  readonly scrub?: ScrubFn;
}

type Matcher = (this: MatcherContextLike, received: unknown, ...args: unknown[]) => MatcherResult;

/**
 * Builds the matchers, bound to a default scrub function.
 *
 * @param options - the default scrub function
 * @returns `{ toRemoveAllPhi, toRemovePhi, toKeep }`, ready for `expect.extend`
 * @throws (from a matcher) DeidError `CONFIG_INVALID` when no scrub function is available;
 *   `INPUT_INVALID` when the received value is not a string or its markup is malformed
 * @example
 * ```ts
 * expect.extend(createDeidMatchers({ scrub: (t) => scrubber.scrub(t) }));
 * expect('Seen by [[NAME:Dr. Ames]] for Parkinson').toKeep('Parkinson');
 * ```
 */
export function createDeidMatchers(options: DeidMatchersOptions = {}): Record<keyof DeidMatchers, Matcher> {
  const pick = (s: unknown): ScrubFn => {
    const f = typeof s === 'function' ? (s as ScrubFn) : options.scrub;
    if (!f) throw new DeidError('CONFIG_INVALID', 'no scrub function: pass one to the matcher or to installDeidMatchers(expect, { scrub })');
    return f;
  };
  const text = (received: unknown): string => {
    if (typeof received !== 'string') throw new DeidError('INPUT_INVALID', `expected an annotated string, got ${typeof received}`);
    return received;
  };
  const result = (r: ReturnType<typeof checkScrubs>, what: string): MatcherResult => ({
    pass: r.pass,
    message: () => (r.pass ? `expected the scrubber not to ${what}, but it did: output ${JSON.stringify(r.output)}` : formatProblems(r)),
  });
  return {
    toRemoveAllPhi(received, scrub) {
      return result(checkScrubs(pick(scrub), text(received)), 'remove all annotated PHI');
    },
    toRemovePhi(received, types, scrub) {
      const list = typeof types === 'string' ? [types] : Array.isArray(types) ? (types as string[]) : [];
      if (list.length === 0) throw new DeidError('INPUT_INVALID', 'toRemovePhi expects a PHI type or a list of types');
      return result(checkScrubs(pick(scrub), text(received), { types: list }), `remove ${list.join(', ')}`);
    },
    toKeep(received, words, scrub) {
      const list = typeof words === 'string' ? [words] : Array.isArray(words) ? (words as string[]) : [];
      if (list.length === 0) throw new DeidError('INPUT_INVALID', 'toKeep expects a word or a list of words');
      // Only the keep words are checked here; toRemoveAllPhi checks the PHI.
      return result(checkScrubs(pick(scrub), text(received), { keep: list, types: [] }), `keep ${list.map((w) => JSON.stringify(w)).join(', ')}`);
    },
  };
}

/**
 * The matchers without a default scrub function: pass one to each call
 * (`expect(s).toRemoveAllPhi(scrub)`), or use {@link installDeidMatchers}.
 */
export const deidMatchers: Record<keyof DeidMatchers, Matcher> = createDeidMatchers();

/**
 * Registers the matchers on a test framework's `expect`.
 *
 * @param expect - vitest's or Jest's `expect` (anything with `extend`)
 * @param options - the default scrub function
 * @returns nothing
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { scrub } from 'ehr-deid';
 * import { installDeidMatchers } from 'ehr-deid/testing';
 * installDeidMatchers(expect, { scrub });
 * expect('Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]] for Parkinson').toRemoveAllPhi();
 * ```
 */
export function installDeidMatchers(expect: ExpectLike, options: DeidMatchersOptions = {}): void {
  expect.extend(createDeidMatchers(options));
}
