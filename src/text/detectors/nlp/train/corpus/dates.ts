/**
 * Calendar arithmetic without `Date` (proleptic Gregorian, days since 1970-01-01) and the
 * renderings of a date in every surface form the notes use.
 *
 * @internal
 */
import { civilFromDays, daysFromCivil } from '../../../../../dates/_civil.js';

/** A calendar date. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/**
 * @param v - a date
 * @returns days since 1970-01-01
 */
export function toDays(v: Ymd): number {
  return daysFromCivil(v.y, v.m, v.d);
}

/**
 * @param z - days since 1970-01-01
 * @returns the calendar date
 */
export function fromDays(z: number): Ymd {
  const [y, m, d] = civilFromDays(z);
  return { y, m, d };
}

/**
 * @param v - a date
 * @param n - days to add (may be negative)
 * @returns the shifted date
 */
export function addDays(v: Ymd, n: number): Ymd {
  return fromDays(toDays(v) + n);
}

/**
 * @param v - a date
 * @returns 0 = Sunday … 6 = Saturday
 */
export function weekday(v: Ymd): number {
  return (((toDays(v) + 4) % 7) + 7) % 7;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_ABBR4 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const WEEKDAYS_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];

const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const yy = (y: number): string => p2(y % 100);

/**
 * @param n - a day of the month
 * @returns it with its English ordinal suffix (`1st`, `22nd`, `13th`)
 */
export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  const u = n % 10;
  return `${n}${u === 1 ? 'st' : u === 2 ? 'nd' : u === 3 ? 'rd' : 'th'}`;
}

/** Full dates (day, month and year). */
export const FULL_FORMS = [
  'm/d/yyyy', 'mm/dd/yyyy', 'm/d/yy', 'mm/dd/yy', 'm-d-yyyy', 'mm-dd-yyyy', 'mm-dd-yy', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy/mm/dd', 'm.d.yyyy',
  'mm.dd.yyyy', 'yyyy.mm.dd', 'd.m.yyyy', 'yyyymmdd', 'dd/mm/yyyy', 'Month d, yyyy', 'Mon d, yyyy', 'Mon. d, yyyy', 'd Month yyyy',
  'd Mon yyyy', 'ddMONyyyy', 'ddMonyyyy', 'dd-Mon-yyyy', 'dd-MON-yy', 'dth of Month, yyyy', 'Month dth, yyyy', 'Mon dth yyyy', 'm/d/yyyy',
  'mm/dd/yyyy', 'yyyy-mm-dd',
] as const;
/** Day and month without a year. */
export const PARTIAL_FORMS = ['m/d', 'm/d', 'mm/dd', 'm-d', 'Month d', 'Mon d', 'Mon. d', 'Month dth', 'Mon dth', 'dth of Month', 'd Month'] as const;
/** Month and year. */
export const MONTH_YEAR_FORMS = ['Month yyyy', 'Mon yyyy', 'Mon-yy', 'm/yyyy', 'mm/yyyy', 'm/yy', "Mon 'yy", 'Month of yyyy'] as const;
/** Dates in other languages. */
export const FOREIGN_FORMS = ['fr', 'de', 'es', 'it', 'pt'] as const;

/** Any date form name. */
export type DateForm = (typeof FULL_FORMS)[number] | (typeof PARTIAL_FORMS)[number] | (typeof MONTH_YEAR_FORMS)[number] | (typeof FOREIGN_FORMS)[number] | 'yyyy' | "'yy";

/**
 * Renders a date.
 *
 * @param v - the date
 * @param form - the form
 * @returns the text (all of it is the DATE value)
 */
export function renderDate(v: Ymd, form: DateForm): string {
  const { y, m, d } = v;
  const M = MONTHS[m - 1]!;
  const Mo = MONTHS_ABBR[m - 1]!;
  switch (form) {
    case 'm/d/yyyy': return `${m}/${d}/${y}`;
    case 'mm/dd/yyyy': return `${p2(m)}/${p2(d)}/${y}`;
    case 'm/d/yy': return `${m}/${d}/${yy(y)}`;
    case 'mm/dd/yy': return `${p2(m)}/${p2(d)}/${yy(y)}`;
    case 'm-d-yyyy': return `${m}-${d}-${y}`;
    case 'mm-dd-yyyy': return `${p2(m)}-${p2(d)}-${y}`;
    case 'mm-dd-yy': return `${p2(m)}-${p2(d)}-${yy(y)}`;
    case 'yyyy-mm-dd': return `${y}-${p2(m)}-${p2(d)}`;
    case 'yyyy/mm/dd': return `${y}/${p2(m)}/${p2(d)}`;
    case 'm.d.yyyy': return `${m}.${d}.${y}`;
    case 'mm.dd.yyyy': return `${p2(m)}.${p2(d)}.${y}`;
    case 'yyyy.mm.dd': return `${y}.${p2(m)}.${p2(d)}`;
    case 'd.m.yyyy': return `${d}.${m}.${y}`;
    case 'yyyymmdd': return `${y}${p2(m)}${p2(d)}`;
    case 'dd/mm/yyyy': return `${p2(d)}/${p2(m)}/${y}`;
    case 'Month d, yyyy': return `${M} ${d}, ${y}`;
    case 'Mon d, yyyy': return `${Mo} ${d}, ${y}`;
    case 'Mon. d, yyyy': return `${Mo === 'May' ? 'May' : Mo + '.'} ${d}, ${y}`;
    case 'd Month yyyy': return `${d} ${M} ${y}`;
    case 'd Mon yyyy': return `${d} ${Mo} ${y}`;
    case 'ddMONyyyy': return `${p2(d)}${Mo.toUpperCase()}${y}`;
    case 'ddMonyyyy': return `${p2(d)}${Mo}${y}`;
    case 'dd-Mon-yyyy': return `${p2(d)}-${Mo}-${y}`;
    case 'dd-MON-yy': return `${p2(d)}-${Mo.toUpperCase()}-${yy(y)}`;
    case 'dth of Month, yyyy': return `${ordinal(d)} of ${M}, ${y}`;
    case 'Month dth, yyyy': return `${M} ${ordinal(d)}, ${y}`;
    case 'Mon dth yyyy': return `${MONTHS_ABBR4[m - 1]} ${ordinal(d)} ${y}`;
    case 'm/d': return `${m}/${d}`;
    case 'mm/dd': return `${p2(m)}/${p2(d)}`;
    case 'm-d': return `${m}-${d}`;
    case 'Month d': return `${M} ${d}`;
    case 'Mon d': return `${Mo} ${d}`;
    case 'Mon. d': return `${Mo === 'May' ? 'May' : Mo + '.'} ${d}`;
    case 'Month dth': return `${M} ${ordinal(d)}`;
    case 'Mon dth': return `${MONTHS_ABBR4[m - 1]} ${ordinal(d)}`;
    case 'dth of Month': return `${ordinal(d)} of ${M}`;
    case 'd Month': return `${d} ${M}`;
    case 'Month yyyy': return `${M} ${y}`;
    case 'Mon yyyy': return `${Mo} ${y}`;
    case 'Mon-yy': return `${Mo}-${yy(y)}`;
    case 'm/yyyy': return `${m}/${y}`;
    case 'mm/yyyy': return `${p2(m)}/${y}`;
    case 'm/yy': return `${m}/${yy(y)}`;
    case "Mon 'yy": return `${Mo} '${yy(y)}`;
    case 'Month of yyyy': return `${M} of ${y}`;
    case 'yyyy': return String(y);
    case "'yy": return `'${yy(y)}`;
    case 'fr': return `${d === 1 ? '1er' : d} ${FR[m - 1]} ${y}`;
    case 'de': return `${d}. ${DE[m - 1]} ${y}`;
    case 'es': return `${d} de ${ES[m - 1]} de ${y}`;
    case 'it': return `${d} ${IT[m - 1]} ${y}`;
    case 'pt': return `${d} de ${PT[m - 1]} de ${y}`;
  }
}

/** Holidays and seasons in a date sense (the whole expression is the DATE value). */
export const HOLIDAYS = [
  'Thanksgiving', 'Christmas', 'Christmas Eve', 'Christmas Day', "New Year's", "New Year's Eve", "New Year's Day", 'Easter', 'Easter Sunday',
  'Memorial Day', 'Labor Day', 'Fourth of July', 'July 4th', 'Independence Day', 'Halloween', "Valentine's Day", 'Passover', 'Hanukkah',
  'Rosh Hashanah', 'Yom Kippur', 'Ramadan', 'Eid', 'Diwali', 'Lunar New Year', 'Chinese New Year', "Mother's Day", "Father's Day",
  'Veterans Day', 'MLK Day', "Presidents' Day", 'Good Friday', 'Kwanzaa', "St. Patrick's Day", 'Columbus Day',
];
export const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter'];
