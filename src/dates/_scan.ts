/**
 * The hand-rolled scanner for the fixed EHR date forms. Linear, allocation-light, never uses a
 * regular expression, never throws: returns a status so callers pick the error.
 *
 * @internal
 */
import { daysFromCivil, daysInMonth } from './_civil.js';

/** Date part styles. */
export type _DateStyle = 'YYYY-MM-DD' | 'MM/DD/YYYY' | 'M/D/YYYY';

/** A scanned value. `dateEnd` is where the date part ends: everything after it is kept verbatim when shifting. */
export interface _Scan {
  style: _DateStyle;
  y: number;
  m: number;
  d: number;
  dateEnd: number;
  /** ' ' or 'T' or '' (date only) */
  sep: string;
  hh: number;
  mi: number;
  /** -1 when there are no seconds */
  ss: number;
  /** number of fraction digits (0 = none) */
  fracDigits: number;
  /** fraction in ms, truncated */
  ms: number;
  /** '' | 'Z' | '±HH' | '±HHmm' | '±HH:mm' */
  zone: string;
  /** zone offset in minutes east of UTC */
  zoneMinutes: number;
}

/** Scan outcome: the scan, 'shape' (not one of the forms) or 'range' (right form, impossible value). */
export type _ScanResult = _Scan | 'shape' | 'range';

const dig = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};
const two = (s: string, i: number): number => {
  const a = dig(s, i);
  const b = dig(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};
const four = (s: string, i: number): number => {
  const a = two(s, i);
  const b = two(s, i + 2);
  return a < 0 || b < 0 ? -1 : a * 100 + b;
};

/** Longest value any supported form can have (date, time, 9-digit fraction, ±HH:mm). */
export const MAX_DATE_LENGTH = 35;

/** Scans `s` as one of the supported forms. */
export function _scan(s: string): _ScanResult {
  const n = s.length;
  if (n < 8 || n > MAX_DATE_LENGTH) return 'shape';
  let style: _DateStyle;
  let y: number;
  let m: number;
  let d: number;
  let p: number;
  if (s.charCodeAt(4) === 45 /* - */) {
    if (s.charCodeAt(7) !== 45) return 'shape';
    y = four(s, 0);
    m = two(s, 5);
    d = two(s, 8);
    if (y < 0 || m < 0 || d < 0) return 'shape';
    style = 'YYYY-MM-DD';
    p = 10;
  } else {
    // M/D/YYYY or MM/DD/YYYY
    let i = 0;
    const m1 = dig(s, 0);
    if (m1 < 0) return 'shape';
    const m2 = dig(s, 1);
    let mLen = 1;
    m = m1;
    if (m2 >= 0) {
      m = m1 * 10 + m2;
      mLen = 2;
    }
    i = mLen;
    if (s.charCodeAt(i) !== 47 /* / */) return 'shape';
    i++;
    const d1 = dig(s, i);
    if (d1 < 0) return 'shape';
    const d2 = dig(s, i + 1);
    let dLen = 1;
    d = d1;
    if (d2 >= 0) {
      d = d1 * 10 + d2;
      dLen = 2;
    }
    i += dLen;
    if (s.charCodeAt(i) !== 47) return 'shape';
    y = four(s, i + 1);
    if (y < 0) return 'shape';
    p = i + 5;
    if (dig(s, p) >= 0) return 'shape';
    if (mLen === 2 && dLen === 2) style = 'MM/DD/YYYY';
    else if ((mLen === 1 || m1 !== 0) && (dLen === 1 || d1 !== 0)) style = 'M/D/YYYY';
    else return 'shape'; // mixed padding such as 03/4/2012
  }
  const scan: _Scan = { style, y, m, d, dateEnd: p, sep: '', hh: 0, mi: 0, ss: -1, fracDigits: 0, ms: 0, zone: '', zoneMinutes: 0 };
  let bad = m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m);
  if (p === n) return bad ? 'range' : scan;
  const sepc = s.charCodeAt(p);
  if (sepc === 32) scan.sep = ' ';
  else if (sepc === 84 /* T */ && style === 'YYYY-MM-DD') scan.sep = 'T';
  else return 'shape';
  const hh = two(s, p + 1);
  const mi = two(s, p + 4);
  if (hh < 0 || mi < 0 || s.charCodeAt(p + 3) !== 58) return 'shape';
  scan.hh = hh;
  scan.mi = mi;
  p += 6;
  if (s.charCodeAt(p) === 58) {
    const ss = two(s, p + 1);
    if (ss < 0) return 'shape';
    scan.ss = ss;
    p += 3;
    if (s.charCodeAt(p) === 46 /* . */) {
      p++;
      let k = 0;
      let ms = 0;
      while (k < 9 && p < n) {
        const c = dig(s, p);
        if (c < 0) break;
        if (k < 3) ms = ms * 10 + c;
        k++;
        p++;
      }
      if (k === 0 || dig(s, p) >= 0) return 'shape';
      scan.fracDigits = k;
      scan.ms = k >= 3 ? ms : k === 2 ? ms * 10 : ms * 100;
    }
  }
  // 24:00[:00[.000]] is midnight at the end of the day (ISO 8601), as DuckDB and PostgreSQL read it
  const endOfDay = hh === 24 && mi === 0 && scan.ss <= 0 && scan.ms === 0;
  bad = bad || (hh > 23 && !endOfDay) || mi > 59 || scan.ss > 59;
  if (p < n) {
    if (style !== 'YYYY-MM-DD') return 'shape';
    const zc = s.charCodeAt(p);
    if (zc === 90 /* Z */ && p + 1 === n) {
      scan.zone = 'Z';
    } else if (zc === 43 || zc === 45) {
      const sign = zc === 43 ? 1 : -1;
      const zh = two(s, p + 1);
      if (zh < 0) return 'shape';
      let zm = 0;
      const rest = n - (p + 3);
      if (rest === 0) scan.zone = '±HH';
      else if (rest === 2) {
        zm = two(s, p + 3);
        scan.zone = '±HHmm';
      } else if (rest === 3 && s.charCodeAt(p + 3) === 58) {
        zm = two(s, p + 4);
        scan.zone = '±HH:mm';
      } else return 'shape';
      if (zm < 0) return 'shape';
      bad = bad || zh > 23 || zm > 59;
      scan.zoneMinutes = sign * (zh * 60 + zm);
    } else return 'shape';
  }
  return bad ? 'range' : scan;
}

/** The instant (ms since epoch, UTC) a scan denotes. */
export function _scanToMs(sc: _Scan): number {
  return daysFromCivil(sc.y, sc.m, sc.d) * 86_400_000 + sc.hh * 3_600_000 + sc.mi * 60_000 + (sc.ss < 0 ? 0 : sc.ss) * 1000 + sc.ms - sc.zoneMinutes * 60_000;
}

/** The format name of a scan. */
export function _scanFormat(sc: _Scan): string {
  if (sc.sep === '') return sc.style;
  let f = `${sc.style}${sc.sep}HH:mm`;
  if (sc.ss >= 0) f += ':ss';
  if (sc.fracDigits) f += `.${'S'.repeat(sc.fracDigits)}`;
  return f + sc.zone;
}
