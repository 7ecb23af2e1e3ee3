/**
 * True-year bins (`anchor_year_group`).
 */
import { DeidError, type DeidIssue } from '../errors.js';

/** How true years are binned: bins of `width` years aligned on `start`. */
export interface YearGroupOptions {
  /** First year of a bin; default 2008 (MIMIC-IV). */
  readonly start?: number;
  /** Years per bin; default 3. */
  readonly width?: number;
}

/** @internal validated bin parameters */
export function _yearGroupParams(options?: YearGroupOptions): { start: number; width: number } {
  const start = options?.start ?? 2008;
  const width = options?.width ?? 3;
  const issues: DeidIssue[] = [];
  if (!Number.isInteger(start)) issues.push({ path: 'yearGroup.start', message: 'expected an integer year' });
  if (!Number.isInteger(width) || width < 1 || width > 1000) issues.push({ path: 'yearGroup.width', message: 'expected an integer in 1–1000' });
  if (issues.length) throw new DeidError('CONFIG_INVALID', 'invalid year group options', { issues });
  return { start, width };
}

/**
 * The `anchor_year_group` label of a true year: the bin of `width` years (aligned on `start`)
 * that holds it, formatted like MIMIC-IV, e.g. `2008 - 2010`. Years before `start` fall in
 * earlier bins the same way (2005 → `2005 - 2007`).
 *
 * @param trueYear - the real (unshifted) year
 * @param options - `{ start: 2008, width: 3 }` by default
 * @returns the label
 * @throws DeidError `INPUT_INVALID` for a non-integer year; `CONFIG_INVALID` for bad options
 * @example
 * ```ts
 * anchorYearGroup(2012) // '2011 - 2013'
 * anchorYearGroup(2012, { start: 2010, width: 5 }) // '2010 - 2014'
 * ```
 */
export function anchorYearGroup(trueYear: number, options?: YearGroupOptions): string {
  const { start, width } = _yearGroupParams(options);
  if (!Number.isInteger(trueYear)) throw new DeidError('INPUT_INVALID', 'expected an integer year');
  const from = start + Math.floor((trueYear - start) / width) * width;
  return `${from} - ${from + width - 1}`;
}
