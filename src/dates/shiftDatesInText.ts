/**
 * Shifting full dates written in free text.
 */
import { DeidError } from '../errors.js';
import { civilFromDays, daysFromCivil, daysInMonth, TWO, year4 } from './_civil.js';
import { _checkOffset } from './shiftDateTime.js';

/** Result of {@link shiftDatesInText}. */
export interface ShiftDatesInTextResult {
  /** The text with every recognised full date shifted. */
  readonly text: string;
  /** How many dates were shifted. */
  readonly shifted: number;
  /** Date-shaped tokens left as they were because they name no real date (e.g. `13/45/2012`). */
  readonly skipped: number;
}

// Bounded repetitions only, two branches that differ at their 2nd/3rd character: linear time.
const DATE_IN_TEXT = /(?<![\d/-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d/]|-\d)/g;

/**
 * Shifts the unambiguous full dates in free text: `YYYY-MM-DD` and US `M/D/YYYY` /
 * `MM/DD/YYYY` (month first; each part keeps its zero padding). A time of day after a date
 * needs no change. Partial or ambiguous dates (`3/4`, `03/04/12`, `March 4`) are left alone:
 * run a PHI scrubber as well, this is not one.
 *
 * @param text - free text
 * @param offsetDays - whole days to add
 * @returns the new text, how many dates were shifted and how many date-like tokens were skipped
 * @throws DeidError `DATE_INVALID` when a shifted date would leave years 0000–9999;
 *   `INPUT_INVALID` for a non-string text or a non-integer offset
 * @example
 * ```ts
 * shiftDatesInText('Seen 2012-03-04, again 3/6/2012.', 10)
 * // { text: 'Seen 2012-03-14, again 3/16/2012.', shifted: 2, skipped: 0 }
 * ```
 */
export function shiftDatesInText(text: string, offsetDays: number): ShiftDatesInTextResult {
  _checkOffset(offsetDays);
  if (typeof text !== 'string') throw new DeidError('INPUT_INVALID', 'expected text as a string');
  let shifted = 0;
  let skipped = 0;
  const out = text.replace(DATE_IN_TEXT, (match, iy?: string, im?: string, id?: string, um?: string, ud?: string, uy?: string) => {
    const iso = iy !== undefined;
    const y = Number(iso ? iy : uy);
    const m = Number(iso ? im : um);
    const d = Number(iso ? id : ud);
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
      skipped++;
      return match;
    }
    const [ny, nm, nd] = civilFromDays(daysFromCivil(y, m, d) + offsetDays);
    const yy = year4(ny);
    if (yy === undefined) throw new DeidError('DATE_INVALID', 'a shifted date in the text falls outside years 0000–9999');
    shifted++;
    if (iso) return `${yy}-${TWO[nm]}-${TWO[nd]}`;
    const ms = (um as string).length === 2 ? TWO[nm] : `${nm}`;
    const ds = (ud as string).length === 2 ? TWO[nd] : `${nd}`;
    return `${ms}/${ds}/${yy}`;
  });
  return { text: out, shifted, skipped };
}
