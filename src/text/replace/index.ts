/**
 * Replacement: what is written in place of each removed region. One file per mode, like
 * Presidio's operators: `fixed.ts` (`___`), `tag.ts` (`[TYPE]`), `surrogate/` (consistent
 * keyed fakes), and `dates.ts` (dates moved by the patient's offset). Spans are always in
 * original-text offsets; this step only decides the strings.
 *
 * @module
 */
import { DeidError, type DeidIssue } from '../../errors.js';
import type { MergedSpan } from '../spans.js';
import { assertKey } from '../../_lib/key.js';
import { DEFAULT_REPLACEMENT } from './fixed.js';
import { tagReplacement } from './tag.js';
import { createSurrogates } from './surrogate/index.js';
import { shiftDateRegions } from './dates.js';
import type { DateMode, NoteScope, Replacement } from './types.js';

export type { DateMode, NoteScope, Replacement } from './types.js';
export { DEFAULT_REPLACEMENT, fixedReplacement } from './fixed.js';
export { tagReplacement } from './tag.js';
export { createSurrogates, type Surrogates } from './surrogate/index.js';
export { shiftDateRegions } from './dates.js';

/**
 * Decides the replacement of every region of one note.
 *
 * @param text - the original note
 * @param regions - its merged regions, sorted
 * @param note - the note's scope (patient, date offset)
 * @returns one string per region
 */
export type Replacer = (text: string, regions: readonly MergedSpan[], note: NoteScope) => readonly string[];

/**
 * Checks `replacement` and `dates` options.
 *
 * @param replacement - the option value
 * @param dates - the option value
 * @returns the problems found (empty when valid)
 */
export function replacementIssues(replacement: unknown, dates: unknown): DeidIssue[] {
  const issues: DeidIssue[] = [];
  if (replacement !== undefined && typeof replacement !== 'string') {
    const r = replacement as { mode?: unknown; key?: unknown } | null;
    if (typeof r !== 'object' || r === null || (r.mode !== 'tag' && r.mode !== 'surrogate')) {
      issues.push({ path: 'replacement', message: "expected a string, { mode: 'tag' } or { mode: 'surrogate', key }" });
    } else if (r.mode === 'surrogate') {
      try {
        assertKey(r.key as string);
      } catch (e) {
        issues.push({ path: 'replacement.key', message: e instanceof DeidError ? e.message.replace(/^[A-Z_]+: /, '') : 'invalid key' });
      }
    }
  }
  if (dates !== undefined && dates !== 'remove' && dates !== 'shift') issues.push({ path: 'dates', message: "expected 'remove' or 'shift'" });
  return issues;
}

/**
 * Builds the replacer for a scrubber's options (already checked with {@link replacementIssues}).
 *
 * @param replacement - fixed text, `{ mode: 'tag' }` or `{ mode: 'surrogate', key }` (default `___`)
 * @param dates - `'remove'` (default) or `'shift'`
 * @returns the replacer
 * @example
 * ```ts
 * const r = createReplacer({ mode: 'tag' }, 'remove');
 * r('Call Ann', [{ start: 5, end: 8, type: 'NAME', sources: ['x'], confidence: 1 }], {}); // ['[NAME]']
 * ```
 */
export function createReplacer(replacement: Replacement = DEFAULT_REPLACEMENT, dates: DateMode = 'remove'): Replacer {
  const fixedText = typeof replacement === 'string' ? replacement : undefined;
  const surrogates = typeof replacement === 'object' && replacement.mode === 'surrogate' ? createSurrogates(replacement.key) : undefined;
  const base =
    typeof replacement === 'string'
      ? (): string => replacement
      : surrogates
        ? (text: string, r: MergedSpan, scope: string): string => surrogates.surrogate(text.slice(r.start, r.end), r.type, scope)
        : (_text: string, r: MergedSpan): string => tagReplacement(r);
  return (text, regions, note) => {
    const shift = (note.dates ?? dates) === 'shift';
    if (fixedText !== undefined && !shift) return regions.map(() => fixedText);
    const scope = note.patient ?? '';
    let moved: readonly (string | undefined)[] | undefined;
    if (shift || surrogates) {
      moved = shiftDateRegions(text, regions, () => {
        if (!shift) return (surrogates as NonNullable<typeof surrogates>).dateOffset(scope);
        const days = note.shiftDays;
        if (typeof days !== 'number' || !Number.isInteger(days) || Math.abs(days) > 3_650_000) {
          throw new DeidError('INPUT_INVALID', "dates: 'shift' needs the note's shiftDays (a whole number of days)");
        }
        return days;
      });
    }
    return regions.map((r, i) => {
      const m = moved?.[i];
      // a surrogate date that came out unchanged (it cannot here, but never trust it) is replaced
      if (m !== undefined && (shift || m.toLowerCase() !== text.slice(r.start, r.end).toLowerCase())) return m;
      return base(text, r, scope);
    });
  };
}
