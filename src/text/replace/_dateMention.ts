/**
 * Reads one date mention (the whole text of a DATE region) and writes it back, moved by a
 * number of days, in its own format: separators, zero padding, month names and their case,
 * ordinal suffixes, two- or four-digit years and weekday names are kept.
 *
 * Forms read: `2012-03-04`, `3/4/2012`, `03-04-12`, `4.3.2012` (day first only when the first
 * number cannot be a month), `3/4`, `March 4`, `Mar. 4th, 2012`, `4 March 2012`, `4-Mar-2012`,
 * `the 4th of March`, `March 2012`, `Mar '12`, `6/2004`, `4/97`, `2012`, `'92`, with an
 * optional weekday (`Monday, March 4, 2012`). Anything else is not read (the caller removes
 * it instead).
 *
 * How each kind moves:
 * - a full date: by the offset;
 * - a month and day without a year: in the year of `referenceYear` (the nearest full date of the
 *   note, chosen by the caller) or, without one, in a common year (2001; 2000 for 29 February),
 *   so the result can be a day off when the real year's February differs;
 * - a month and year: its 15th day moves, the result's month and year are written;
 * - a year alone: its 2 July moves, the result's year is written.
 *
 * @internal
 */
import { civilFromDays, daysFromCivil, daysInMonth, isLeapYear, TWO } from '../../dates/_civil.js';

/** What a mention holds. */
export type DateMentionKind = 'full' | 'monthDay' | 'monthYear' | 'year';

/** A parsed mention: its kind, its values, and a writer for moved values. */
export interface DateMention {
  readonly kind: DateMentionKind;
  /** Four-digit year (two-digit years read as 19xx from 50, 20xx below). 0 when absent. */
  readonly y: number;
  /** Month 1–12, 0 when absent. */
  readonly m: number;
  /** Day 1–31, 0 when absent. */
  readonly d: number;
}

interface Part {
  readonly num: boolean;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type Role = 'y' | 'm' | 'd' | 'mw' | 'ord' | 'wd';

interface Parsed extends DateMention {
  readonly text: string;
  readonly parts: readonly Part[];
  readonly roles: ReadonlyMap<number, Role>;
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ...FULL_MONTHS.map((m, i) => [m, i + 1] as const),
  ...FULL_MONTHS.map((m, i) => [m.slice(0, 3), i + 1] as const),
  ['sept', 9],
]);
const FULL_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS: ReadonlySet<string> = new Set([...FULL_DAYS, ...FULL_DAYS.map((d) => d.slice(0, 3)), 'tues', 'thur', 'thurs']);
const FILLERS: ReadonlySet<string> = new Set(['of', 'the']);
const ORDINALS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

function isSeparator(c: number): boolean {
  // space, tab, newline, ',', '.', '/', '-', apostrophes
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 46 || c === 47 || c === 45 || c === 39 || c === 0x2019;
}

function split(s: string): Part[] | undefined {
  const parts: Part[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      parts.push({ num: true, start: i, end: j, text: s.slice(i, j) });
      i = j;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      let j = i + 1;
      for (; j < s.length; j++) {
        const k = s.charCodeAt(j);
        if (!((k >= 65 && k <= 90) || (k >= 97 && k <= 122))) break;
      }
      parts.push({ num: false, start: i, end: j, text: s.slice(i, j) });
      i = j;
    } else if (isSeparator(c)) i++;
    else return undefined;
  }
  return parts;
}

const fullYear = (n: number, len: number): number => (len === 4 ? n : n < 50 ? 2000 + n : 1900 + n);

/**
 * Parses a date mention.
 *
 * @param text - the whole mention
 * @returns the parsed mention, or undefined when it is not one of the forms read
 */
export function parseDateMention(text: string): (DateMention & { readonly _p: Parsed }) | undefined {
  if (text.length === 0 || text.length > 60) return undefined;
  const parts = split(text);
  if (!parts || parts.length === 0) return undefined;
  const roles = new Map<number, Role>();
  // significant items: numbers (with an attached ordinal) and month words
  const items: { idx: number; num: boolean; value: number; len: number; apostrophe: boolean; ordinal: boolean }[] = [];
  let weekday = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as Part;
    if (p.num) {
      if (p.text.length > 4) return undefined;
      const next = parts[i + 1];
      const ordinal = next !== undefined && !next.num && next.start === p.end && ORDINALS.has(next.text.toLowerCase());
      const before = p.start > 0 ? text.charCodeAt(p.start - 1) : 0;
      items.push({ idx: i, num: true, value: Number(p.text), len: p.text.length, apostrophe: before === 39 || before === 0x2019, ordinal });
      if (ordinal) {
        roles.set(i + 1, 'ord');
        i++;
      }
      continue;
    }
    const w = p.text.toLowerCase();
    const month = MONTH_WORDS.get(w);
    if (month !== undefined) items.push({ idx: i, num: false, value: month, len: p.text.length, apostrophe: false, ordinal: false });
    else if (WEEKDAYS.has(w)) {
      roles.set(i, 'wd');
      weekday = true;
    } else if (!FILLERS.has(w)) return undefined;
  }
  const n = items.map((it) => (it.num ? (it.len === 4 ? 'Y' : 'n') : 'M')).join('');
  const [a, b, c] = items;
  let kind: DateMentionKind;
  let y = 0;
  let m = 0;
  let d = 0;
  const set = (it: (typeof items)[number] | undefined, role: Role): void => {
    if (it) roles.set(it.idx, role);
  };
  const isYear2 = (it: (typeof items)[number]): boolean => it.len === 2;
  switch (n) {
    case 'Ynn': // 2012-03-04
      if (a!.ordinal || b!.ordinal || c!.ordinal || b!.len > 2 || c!.len > 2) return undefined;
      kind = 'full';
      [y, m, d] = [a!.value, b!.value, c!.value];
      set(a, 'y'), set(b, 'm'), set(c, 'd');
      break;
    case 'nnY':
    case 'nnn': // 3/4/2012, 03-04-12, 4.3.2012
      if (a!.len > 2 || b!.len > 2 || (n === 'nnn' && !isYear2(c!)) || a!.ordinal || b!.ordinal || c!.ordinal) return undefined;
      kind = 'full';
      y = fullYear(c!.value, c!.len);
      if (a!.value <= 12) {
        [m, d] = [a!.value, b!.value];
        set(a, 'm'), set(b, 'd');
      } else {
        [m, d] = [b!.value, a!.value];
        set(a, 'd'), set(b, 'm');
      }
      set(c, 'y');
      break;
    case 'nn': // 3/4, 4/97
      if (a!.len > 2 || b!.len > 2 || a!.ordinal || b!.ordinal) return undefined;
      if (b!.value > 31 && a!.value <= 12) {
        kind = 'monthYear';
        [y, m] = [fullYear(b!.value, 2), a!.value];
        set(a, 'm'), set(b, 'y');
      } else {
        kind = 'monthDay';
        [m, d] = [a!.value, b!.value];
        set(a, 'm'), set(b, 'd');
      }
      break;
    case 'nY': // 6/2004
      if (a!.len > 2 || a!.ordinal) return undefined;
      kind = 'monthYear';
      [y, m] = [b!.value, a!.value];
      set(a, 'm'), set(b, 'y');
      break;
    case 'Mn': // March 4, Mar '12
      if (b!.len > 2) return undefined;
      if (b!.apostrophe) {
        kind = 'monthYear';
        [y, m] = [fullYear(b!.value, 2), a!.value];
        set(a, 'mw'), set(b, 'y');
      } else {
        kind = 'monthDay';
        [m, d] = [a!.value, b!.value];
        set(a, 'mw'), set(b, 'd');
      }
      break;
    case 'MnY':
    case 'Mnn': // March 4, 2012; Mar 4 '12
      if (b!.len > 2 || c!.ordinal || (n === 'Mnn' && !isYear2(c!))) return undefined;
      kind = 'full';
      [y, m, d] = [fullYear(c!.value, c!.len), a!.value, b!.value];
      set(a, 'mw'), set(b, 'd'), set(c, 'y');
      break;
    case 'MY': // March 2012
      kind = 'monthYear';
      [y, m] = [b!.value, a!.value];
      set(a, 'mw'), set(b, 'y');
      break;
    case 'nM': // 4 March, the 4th of March
      if (a!.len > 2) return undefined;
      kind = 'monthDay';
      [m, d] = [b!.value, a!.value];
      set(a, 'd'), set(b, 'mw');
      break;
    case 'nMY':
    case 'nMn': // 4 March 2012, 4-Mar-12
      if (a!.len > 2 || c!.ordinal || (n === 'nMn' && !isYear2(c!))) return undefined;
      kind = 'full';
      [y, m, d] = [fullYear(c!.value, c!.len), b!.value, a!.value];
      set(a, 'd'), set(b, 'mw'), set(c, 'y');
      break;
    case 'Y': // 2012
      if (a!.ordinal) return undefined;
      kind = 'year';
      y = a!.value;
      set(a, 'y');
      break;
    case 'n': // '92
      if (!a!.apostrophe || a!.len !== 2) return undefined;
      kind = 'year';
      y = fullYear(a!.value, 2);
      set(a, 'y');
      break;
    default:
      return undefined;
  }
  // an ordinal suffix belongs to a day only
  for (const it of items) if (it.ordinal && roles.get(it.idx) !== 'd') return undefined;
  if (m !== 0 && (m < 1 || m > 12)) return undefined;
  if (d !== 0 && (d < 1 || d > (y ? daysInMonth(y, m) : m === 2 ? 29 : daysInMonth(2001, m)))) return undefined;
  if (weekday && kind !== 'full') return undefined;
  const parsed: Parsed = { kind, y, m, d, text, parts, roles };
  return { kind, y, m, d, _p: parsed };
}

function caseLike(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

const ordinal = (d: number): string => (d % 100 >= 11 && d % 100 <= 13 ? 'th' : d % 10 === 1 ? 'st' : d % 10 === 2 ? 'nd' : d % 10 === 3 ? 'rd' : 'th');

/**
 * Writes a parsed mention moved by `offsetDays`, in its own format.
 *
 * @param mention - from {@link parseDateMention}
 * @param offsetDays - whole days to add
 * @param referenceYear - year a month-day mention is read in (see the module notes)
 * @returns the moved mention's text, or undefined when the result leaves years 1000–9999
 */
export function shiftDateMention(mention: DateMention & { readonly _p: Parsed }, offsetDays: number, referenceYear?: number): string | undefined {
  const p = mention._p;
  let ny: number;
  let nm: number;
  let nd: number;
  switch (p.kind) {
    case 'full':
      [ny, nm, nd] = civilFromDays(daysFromCivil(p.y, p.m, p.d) + offsetDays);
      break;
    case 'monthDay': {
      let ry = referenceYear ?? 2001;
      if (p.m === 2 && p.d === 29 && !isLeapYear(ry)) ry = 2000;
      [ny, nm, nd] = civilFromDays(daysFromCivil(ry, p.m, p.d) + offsetDays);
      break;
    }
    case 'monthYear':
      [ny, nm, nd] = civilFromDays(daysFromCivil(p.y, p.m, 15) + offsetDays);
      break;
    default:
      [ny, nm, nd] = civilFromDays(daysFromCivil(p.y, 7, 2) + offsetDays);
  }
  if (ny < 1000 || ny > 9999) return undefined;
  // zero padding as the mention shows it: a leading 0 in its month or day, or a numeric month
  // and day both of two digits (10/30/2012); else none (Sept 30 → Oct 1)
  let padded = false;
  let numeric = 0;
  let twoDigit = 0;
  for (const [i, role] of p.roles) {
    if (role !== 'm' && role !== 'd') continue;
    const t = (p.parts[i] as Part).text;
    numeric++;
    if (t.length === 2) twoDigit++;
    if (t.startsWith('0')) padded = true;
  }
  if (numeric === 2 && twoDigit === 2) padded = true;
  const num = (v: number): string => (padded ? (TWO[v] as string) : String(v));
  const out: string[] = [];
  let pos = 0;
  for (let i = 0; i < p.parts.length; i++) {
    const part = p.parts[i] as Part;
    const role = p.roles.get(i);
    if (role === undefined) continue;
    out.push(p.text.slice(pos, part.start));
    pos = part.end;
    const t = part.text;
    switch (role) {
      case 'y':
        out.push(t.length === 4 ? String(ny) : (TWO[ny % 100] as string));
        break;
      case 'm':
        out.push(num(nm));
        break;
      case 'd':
        out.push(num(nd));
        break;
      case 'ord':
        out.push(caseLike(t, ordinal(nd)));
        break;
      case 'mw': {
        const full = FULL_MONTHS[nm - 1] as string;
        const word = FULL_MONTHS.includes(t.toLowerCase()) && t.length > 3 ? full : t.length === 4 && nm === 9 ? 'sept' : full.slice(0, 3);
        out.push(caseLike(t, word));
        break;
      }
      case 'wd': {
        const wd = FULL_DAYS[(((daysFromCivil(ny, nm, nd) + 4) % 7) + 7) % 7] as string;
        const word = t.length > 4 ? wd : t.length === 4 && (wd === 'tuesday' || wd === 'thursday') ? wd.slice(0, 4) : wd.slice(0, 3);
        out.push(caseLike(t, word));
        break;
      }
    }
  }
  out.push(p.text.slice(pos));
  return out.join('');
}
