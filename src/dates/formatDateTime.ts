/**
 * Formatting of Dates in the fixed EHR forms.
 */
import { DeidError } from '../errors.js';
import { civilFromDays, MS_PER_DAY, TWO, year4 } from './_civil.js';
import type { DateFormat } from './parseDateTime.js';

interface Spec {
  style: string;
  sep: string;
  seconds: boolean;
  frac: number;
  zone: string;
}

const FORMAT_RE = /^(YYYY-MM-DD|MM\/DD\/YYYY|M\/D\/YYYY)(?:([ T])HH:mm(:ss(?:\.(S{1,9}))?)?(Z|±HH|±HHmm|±HH:mm)?)?$/;
const specs = new Map<string, Spec>();

function spec(format: string): Spec {
  let s = specs.get(format);
  if (s) return s;
  const m = typeof format === 'string' ? FORMAT_RE.exec(format) : null;
  if (!m || (m[1] !== 'YYYY-MM-DD' && (m[2] === 'T' || m[5] !== undefined || m[4] !== undefined))) {
    throw new DeidError('INPUT_INVALID', 'unknown date format name; see the DateFormat type for the supported forms');
  }
  s = { style: m[1] as string, sep: m[2] ?? '', seconds: m[3] !== undefined, frac: m[4]?.length ?? 0, zone: m[5] ?? '' };
  specs.set(format, s);
  return s;
}

/** @internal renders a civil date in a date style, or undefined when the year is outside 0–9999. */
export function _renderDate(style: string, y: number, m: number, d: number): string | undefined {
  const yy = year4(y);
  if (yy === undefined) return undefined;
  if (style === 'YYYY-MM-DD') return `${yy}-${TWO[m]}-${TWO[d]}`;
  if (style === 'MM/DD/YYYY') return `${TWO[m]}/${TWO[d]}/${yy}`;
  return `${m}/${d}/${yy}`;
}

/**
 * Formats a Date (its UTC fields) in one of the {@link DateFormat} forms. Zone forms are written
 * for UTC (`Z`, `+00`, `+0000`, `+00:00`); fractions beyond milliseconds are zero-filled and
 * shorter ones truncated.
 *
 * @param date - a valid Date
 * @param format - the form, e.g. `'YYYY-MM-DD HH:mm:ss'`
 * @returns the formatted value
 * @throws DeidError `DATE_INVALID` for an invalid Date or a year outside 0000–9999;
 *   `INPUT_INVALID` for an unknown format name
 * @example
 * ```ts
 * formatDateTime(new Date(Date.UTC(2150, 0, 2, 3, 4, 5)), 'MM/DD/YYYY HH:mm') // '01/02/2150 03:04'
 * ```
 */
export function formatDateTime(date: Date, format: DateFormat): string {
  const sp = spec(format);
  const t = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new DeidError('DATE_INVALID', 'expected a valid Date object');
  const days = Math.floor(t / MS_PER_DAY);
  const [y, m, d] = civilFromDays(days);
  const out = _renderDate(sp.style, y, m, d);
  if (out === undefined) throw new DeidError('DATE_INVALID', 'the date falls outside years 0000–9999');
  if (!sp.sep) return out;
  let rest = t - days * MS_PER_DAY;
  const hh = Math.floor(rest / 3_600_000);
  rest -= hh * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const ss = Math.floor(rest / 1000);
  const ms = rest - ss * 1000;
  let s = `${out}${sp.sep}${TWO[hh]}:${TWO[mi]}`;
  if (sp.seconds) s += `:${TWO[ss]}`;
  if (sp.frac) {
    const f = `${ms}`.padStart(3, '0');
    s += `.${sp.frac <= 3 ? f.slice(0, sp.frac) : f.padEnd(sp.frac, '0')}`;
  }
  if (sp.zone === 'Z') s += 'Z';
  else if (sp.zone === '±HH') s += '+00';
  else if (sp.zone === '±HHmm') s += '+0000';
  else if (sp.zone === '±HH:mm') s += '+00:00';
  return s;
}
