/**
 * Writers of PHI values in their many surface forms. Each writes into the note's builder the
 * value as a span, plus the cue or punctuation around it as plain text. The same writer renders
 * look-alikes that are not PHI (ages under 90) unlabelled, so the model learns what decides.
 *
 * @internal
 */
import type { Ctx } from './ctx.js';
import { drawTown } from './ctx.js';
import { FOREIGN_FORMS, FULL_FORMS, HOLIDAYS, MONTH_YEAR_FORMS, PARTIAL_FORMS, SEASONS, WEEKDAYS, WEEKDAYS_ABBR, addDays, renderDate, weekday, type DateForm, type Ymd } from './dates.js';
import { facilityName, type Facility, type FacilityForm } from './facilities.js';
import type { Person } from './fillers.js';
import { chance, digits, int, letters, pick, weighted, type Rng } from './rng.js';

// ---------------------------------------------------------------------------------------------
// names

/** How a person is named in one mention. */
export type NameForm =
  | 'full' | 'fullMiddle' | 'last' | 'given' | 'initLast' | 'lastFirst' | 'lastFirstMiddle' | 'LASTFIRST' | 'givenInit' | 'initials'
  | 'initialsDotted' | 'username' | 'lastFirstNoComma';

function initialOf(s: string): string {
  for (const ch of s) if (/\p{Lu}/u.test(ch)) return ch;
  return s.charAt(0).toUpperCase();
}

/**
 * @param s - a name
 * @returns an ASCII login fragment (`Nguyễn` → `nguyen`), '' when nothing is left
 */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Writes a person's name in a form. Titles (`Dr.`, `Mr.`) and credentials are the caller's
 * plain text; the NAME span covers the name tokens (initials included, a final period not).
 *
 * @param c - the note
 * @param p - the person
 * @param form - the form
 */
export function writeName(c: Ctx, p: Person, form: NameForm): void {
  const { rng, b } = c;
  const g = p.given;
  const f = p.family;
  const mi = initialOf(p.middle);
  const keepLower = c.sloppyNames && chance(rng, 0.3);
  const put = (v: string, keepCase = false): void => {
    const wrapped = c.family === 'nursing' && v.includes(' ') && chance(rng, 0.04) ? v.replace(' ', '\n') : v;
    if (keepLower) b.phi('NAME', wrapped.toLowerCase(), f.toLowerCase(), true);
    else b.phi('NAME', wrapped, f, keepCase);
  };
  switch (form) {
    case 'full': return put(`${g} ${f}`);
    case 'fullMiddle': return put(chance(rng, 0.7) ? `${g} ${mi}. ${f}` : `${g} ${p.middle} ${f}`);
    case 'last': return put(f);
    case 'given': return put(g);
    case 'initLast': return put(chance(rng, 0.75) ? `${initialOf(g)}. ${f}` : `${initialOf(g)} ${f}`);
    case 'lastFirst': return put(`${f}, ${g}`);
    case 'lastFirstMiddle':
      put(`${f}, ${g} ${mi}`);
      return b.text('.');
    case 'LASTFIRST': return put(`${f}, ${g}`.toUpperCase(), true);
    case 'lastFirstNoComma': return put(`${f} ${g}`.toUpperCase(), true);
    case 'givenInit':
      put(`${g} ${initialOf(f)}`);
      return b.text('.');
    case 'initials': {
      const draw = (): string => {
        const v = chance(rng, 0.25) ? `${initialOf(g)}${mi}${initialOf(f)}` : `${initialOf(g)}${initialOf(f)}`;
        return c.b.mode === 'lower' ? v.toLowerCase() : v;
      };
      return b.phi('NAME', draw, f, true);
    }
    case 'initialsDotted':
      b.phi('NAME', `${initialOf(g)}.${initialOf(f)}`, f);
      return b.text('.');
    case 'username': {
      const fa = asciiFold(f);
      const ga = asciiFold(g);
      if (fa === '' || ga === '') return put(f);
      const v = pick(rng, [`${ga.charAt(0)}${fa}${int(rng, 1, 99)}`, `${fa}${ga.charAt(0)}`, `${ga}.${fa}`, `${ga.charAt(0)}${fa}`, `${fa}${ga.charAt(0)}${int(rng, 1, 9)}`, `${ga}${fa.charAt(0)}`, `${ga.charAt(0)}${fa}`, `${ga.charAt(0)}${mi.toLowerCase()}${fa}`]);
      return b.phi('NAME', b.mode === 'upper' && chance(rng, 0.5) ? v.toUpperCase() : v, f, true);
    }
  }
}

/**
 * @param rng - the PRNG
 * @returns a form for a name in running text, weighted as notes use them
 */
export function runningNameForm(rng: Rng): NameForm {
  return weighted(rng, [[30, 'last'], [25, 'full'], [15, 'given'], [8, 'initLast'], [6, 'fullMiddle'], [5, 'givenInit'], [4, 'initials'], [3, 'lastFirst'], [2, 'initialsDotted'], [2, 'LASTFIRST']] as const);
}

/** Titles for the patient by sex. */
export function ptTitle(c: Ctx): string {
  if (c.pt.sex === 'M') return pick(c.rng, ['Mr.', 'Mr.', 'Mr.', 'Mr', 'MR.']);
  return pick(c.rng, ['Ms.', 'Ms.', 'Mrs.', 'Ms', 'Mrs', 'Miss']);
}

/**
 * Writes a doctor mention: `Dr. Smith`, `Dr. A.`, `Dr. John Smith`, `John Smith, MD`, `Smith`, `JS`.
 *
 * @param c - the note
 * @param p - the doctor
 */
export function writeDoctor(c: Ctx, p: Person): void {
  const { rng, b } = c;
  const r = rng();
  if (r < 0.42) {
    b.text(pick(rng, ['Dr. ', 'Dr. ', 'Dr ', 'DR. ', 'dr. ']));
    writeName(c, p, weighted(rng, [[60, 'last'], [20, 'full'], [6, 'initLast'], [4, 'fullMiddle'], [3, 'given']] as const));
  } else if (r < 0.5) {
    b.text('Dr. ');
    b.phi('NAME', initialOf(p.family), p.family, true);
    b.text('.');
  } else if (r < 0.65) {
    writeName(c, p, pick(rng, ['full', 'fullMiddle', 'initLast'] as const));
    b.text(pick(rng, [', MD', ' MD', ', M.D.', ', DO', ' M.D.', ', MD, PhD', ', NP', ' NP', ', PA-C']));
  } else if (r < 0.8) {
    writeName(c, p, pick(rng, ['last', 'full', 'given'] as const));
  } else {
    writeName(c, p, pick(rng, ['initials', 'initials', 'initialsDotted'] as const));
  }
}

/**
 * Writes a staff member's sign-off: `Jane RN`, `J. Smith, RN`, `JS RN`, `/s/ John Smith MD`.
 *
 * @param c - the note
 * @param p - the person
 * @param cred - the credential (`RN`, `MD`)
 */
export function writeSignature(c: Ctx, p: Person, cred: string): void {
  const { rng, b } = c;
  const r = rng();
  if (r < 0.25) {
    writeName(c, p, 'given');
    b.text(` ${cred}`);
  } else if (r < 0.45) {
    writeName(c, p, pick(rng, ['full', 'initLast', 'fullMiddle'] as const));
    b.text(`, ${cred}`);
  } else if (r < 0.6) {
    writeName(c, p, 'initials');
    b.text(` ${cred}`);
  } else if (r < 0.72) {
    b.text('/s/ ');
    writeName(c, p, pick(rng, ['full', 'fullMiddle'] as const));
    b.text(` ${cred}`);
  } else if (r < 0.84) {
    b.text(`${cred} `);
    writeName(c, p, pick(rng, ['given', 'full', 'last'] as const));
  } else if (r < 0.88) {
    b.text('- ');
    writeName(c, p, pick(rng, ['given', 'givenInit'] as const));
  } else if (r < 0.94) {
    // an all-caps signature in any note
    const v = weighted(rng, [[40, `${p.given} ${p.family}`], [25, `${p.family}, ${p.given}`], [20, `${initialOf(p.given)}. ${p.family}`], [15, `${p.given} ${initialOf(p.middle)}. ${p.family}`]] as const);
    b.phi('NAME', c.b.mode === 'lower' ? v.toLowerCase() : v.toUpperCase(), p.family.toUpperCase(), true);
    b.text(pick(rng, [`, ${cred}`, ` ${cred}`, `, ${cred}.`, ` ${cred}.`]));
  } else {
    writeName(c, p, 'initials');
    b.text('/');
    b.phi('NAME', pick(rng, ['mk', 'jt', 'ab', 'rs', 'lp', 'dw', 'cm', 'ek', 'gh', 'nb', 'tq', 'sv', 'yz', 'hf']), c.pt.family, true);
  }
}

// ---------------------------------------------------------------------------------------------
// dates

/** Which kind of date a slot wants. */
export type DateKind = 'note' | 'full' | 'partial' | 'text' | 'monthyear' | 'year' | 'yy' | 'foreign' | 'any';

const TEXT_FORMS: readonly DateForm[] = ['Month d, yyyy', 'Mon d, yyyy', 'Mon. d, yyyy', 'd Month yyyy', 'ddMONyyyy', 'ddMonyyyy', 'dd-Mon-yyyy', 'Month dth, yyyy', 'dth of Month, yyyy', 'Month d', 'Mon dth', 'dth of Month'];

/**
 * @param c - the note
 * @param kind - the kind wanted
 * @returns a date form
 */
export function dateForm(c: Ctx, kind: DateKind): DateForm {
  const { rng } = c;
  switch (kind) {
    case 'note': return chance(rng, 0.75) ? c.fullStyle : pick(rng, FULL_FORMS);
    case 'full': return pick(rng, FULL_FORMS);
    case 'partial': return chance(rng, 0.6) ? c.partialStyle : pick(rng, PARTIAL_FORMS);
    case 'text': return pick(rng, TEXT_FORMS);
    case 'monthyear': return pick(rng, MONTH_YEAR_FORMS);
    case 'year': return 'yyyy';
    case 'yy': return "'yy";
    case 'foreign': return pick(rng, FOREIGN_FORMS);
    case 'any':
      return weighted(rng, [[40, c.fullStyle], [25, pick(rng, FULL_FORMS)], [22, pick(rng, PARTIAL_FORMS)], [8, pick(rng, MONTH_YEAR_FORMS)], [5, pick(rng, TEXT_FORMS)]] as const);
  }
}

/**
 * Writes a date as one DATE span.
 *
 * @param c - the note
 * @param v - the date
 * @param kind - the kind of form
 */
export function writeDate(c: Ctx, v: Ymd, kind: DateKind = 'any'): void {
  c.b.phi('DATE', renderDate(v, dateForm(c, kind)));
}

/**
 * @param c - the note
 * @param back - how many days before the note, at most
 * @returns a day between `back` days before the note and the note's day
 */
export function recentDay(c: Ctx, back = 10): Ymd {
  return addDays(c.today, -int(c.rng, 0, back));
}

/**
 * @param c - the note
 * @returns a past day, months to decades before the note
 */
export function pastDay(c: Ctx): Ymd {
  return addDays(c.today, -int(c.rng, 30, 365 * 30));
}

/**
 * @param c - the note
 * @returns a future day within three months of the note
 */
export function futureDay(c: Ctx): Ymd {
  return addDays(c.today, int(c.rng, 1, 90));
}

/** Time-of-day renderings (never PHI). */
export function timeOfDay(rng: Rng): string {
  const h = int(rng, 0, 23);
  const m = pick(rng, [0, 0, 0, 15, 30, 45, int(rng, 0, 59)]);
  const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const ap = h < 12 ? 'AM' : 'PM';
  return weighted(rng, [
    [25, `${p2(h)}${p2(m)}`],
    [15, `${p2(h)}:${p2(m)}`],
    [15, `${h12}:${p2(m)} ${ap}`],
    [10, `${h12}:${p2(m)}${ap}`],
    [8, `${h12}:${p2(m)} ${ap.toLowerCase()}`],
    [6, `${h12}${ap.charAt(0).toLowerCase()}`],
    [5, `${h12} ${ap.toLowerCase()}`],
    [4, `${h12} ${ap === 'AM' ? 'a.m.' : 'p.m.'}`],
    [4, `${p2(h)}${p2(m)}h`],
    [4, `${p2(h)}:${p2(m)}:${p2(int(rng, 0, 59))}`],
    [2, pick(rng, ['noon', 'midnight'])],
    [2, `${p2(h)}${p2(m)} hrs`],
  ] as const);
}

/**
 * Writes a date glued to a time (`3/4 0600`, `2012-03-04 06:40AM`, `3/4@0600`): the date is
 * the span, the time is not.
 *
 * @param c - the note
 * @param v - the date
 */
export function writeDateTime(c: Ctx, v: Ymd): void {
  const { rng, b } = c;
  writeDate(c, v, chance(rng, 0.5) ? 'partial' : 'note');
  b.text(pick(rng, [' ', ' ', ' ', '@', ' @ ', ' at ', '  ', ', ']));
  b.neg(timeOfDay(rng));
}

/**
 * Writes a weekday and a date (`Tuesday, 3/4`, `Tue 3/4/12`): the weekday is not part of the span.
 *
 * @param c - the note
 * @param v - the date
 */
export function writeWeekdayDate(c: Ctx, v: Ymd): void {
  const { rng, b } = c;
  const w = weekday(v);
  b.text(chance(rng, 0.5) ? WEEKDAYS[w]! : WEEKDAYS_ABBR[w]!);
  b.text(pick(rng, [', ', ' ', ' ', ' - ']));
  writeDate(c, v, chance(rng, 0.5) ? 'partial' : 'any');
}

/**
 * Writes a holiday or season in a date sense (`after Thanksgiving`, `in the spring of 2019`).
 *
 * @param c - the note
 */
export function writeHoliday(c: Ctx): void {
  const { rng, b } = c;
  if (chance(rng, 0.6)) {
    b.text(pick(rng, ['after ', 'before ', 'over ', 'since ', 'around ', 'at ', 'on ', 'for ', 'just before ', 'right after ']));
    b.phi('DATE', pick(rng, HOLIDAYS) + (chance(rng, 0.2) ? ` ${c.today.y - int(rng, 0, 3)}` : ''));
  } else {
    const s = pick(rng, SEASONS);
    const y = c.today.y - int(rng, 0, 6);
    const r = rng();
    if (r < 0.35) {
      b.text('in the ');
      b.phi('DATE', `${s} of ${y}`);
    } else if (r < 0.7) {
      b.text(pick(rng, ['in ', 'since ', 'during ', 'by ']));
      b.phi('DATE', `${s} ${y}`);
    } else {
      b.text(pick(rng, ['last ', 'this past ', 'early ', 'late ']));
      b.phi('DATE', s);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// ages

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * @param n - 1..119
 * @returns English words (`ninety-one`, `one hundred and two`)
 */
export function numberWords(n: number): string {
  if (n >= 100) return n === 100 ? 'one hundred' : `one hundred and ${numberWords(n - 100)}`;
  if (n < 20) return ONES[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? t : `${t}-${ONES[n % 10]}`;
}

/** Surface forms of an age. */
export type AgeForm =
  | 'yo' | 'yoGlued' | 'y/o' | 'yearOld' | 'sexGlued' | 'sexSpaced' | 'sexWord' | 'paren' | 'aged' | 'age' | 'turned' | 'birthday'
  | 'decade' | 'words' | 'livedTo' | 'at' | 'bare';

/**
 * Writes an age with its cue. Ages over 89 are AGE spans (the number, or the whole token when
 * glued: `91F`, `91yo`); younger ages are the same text, unlabelled.
 *
 * @param c - the note
 * @param age - the age in years
 * @param form - the form
 * @param sex - the person's sex (for `91F`, `her 90s`)
 */
export function writeAge(c: Ctx, age: number, form: AgeForm, sex: 'F' | 'M' = c.pt.sex): void {
  const { rng, b } = c;
  const old = age > 89;
  const put = (v: string): void => (old ? b.phi('AGE', v) : b.neg(v));
  const poss = sex === 'F' ? 'her' : 'his';
  switch (form) {
    case 'yo':
      put(String(age));
      return b.text(pick(rng, [' yo', ' y.o.', ' YO', ' yo', ' y o']));
    case 'yoGlued': return put(`${age}${pick(rng, ['yo', 'y.o', 'yr', `yo${sex}`, `y${sex}`, 'y', 'yo', 'y/o', 'YO', `y/o${sex}`])}`);
    case 'y/o':
      put(String(age));
      return b.text(pick(rng, [' y/o', ' y/o', '-y/o', ' Y/O']));
    case 'yearOld':
      put(String(age));
      return b.text(pick(rng, ['-year-old', ' year old', ' year-old', '-yr-old', ' yr old', ' years old', '-year old', ' yrs old']));
    case 'sexGlued': return put(`${age}${sex}`);
    case 'sexSpaced':
      put(String(age));
      return b.text(` ${sex}`);
    case 'sexWord':
      put(String(age));
      return b.text(pick(rng, [' yo ', ' y/o ', ' year old ', '-year-old ', ' yo ']) + (sex === 'F' ? pick(rng, ['female', 'woman', 'F', 'lady', 'female']) : pick(rng, ['male', 'man', 'M', 'gentleman', 'male'])));
    case 'paren':
      b.text('(');
      put(String(age));
      return b.text(')');
    case 'aged':
      b.text(pick(rng, ['aged ', 'age ', 'Age: ', 'age: ', 'AGE ']));
      return put(String(age));
    case 'age':
      put(String(age));
      return b.text(pick(rng, [' years', ' years of age', ' yrs']));
    case 'turned':
      b.text(pick(rng, ['turned ', 'just turned ', 'will turn ', 'turns ']));
      return put(String(age));
    case 'birthday':
      b.text(`${poss} `);
      put(chance(rng, 0.8) ? ordinalAge(age) : `${numberWordsOrdinal(age)}`);
      return b.text(' birthday');
    case 'decade': {
      b.text(pick(rng, [`in ${poss} `, `in ${poss} late `, `in ${poss} early `, `in ${poss} mid-`]));
      const dec = Math.floor(age / 10) * 10;
      return old ? b.phi('AGE', `${dec}s`) : b.neg(`${dec}s`);
    }
    case 'words':
      put(numberWords(age));
      return b.text(pick(rng, ['-year-old', ' year old', ' years old', ' yo']));
    case 'livedTo':
      b.text(pick(rng, ['lived to ', 'lived to be ', 'died at ', 'passed away at age ', 'died at age ']));
      return put(String(age));
    case 'at':
      b.text('at ');
      return put(String(age));
    case 'bare':
      return put(String(age));
  }
}

function ordinalAge(n: number): string {
  const t = n % 100;
  const u = n % 10;
  const suf = t >= 11 && t <= 13 ? 'th' : u === 1 ? 'st' : u === 2 ? 'nd' : u === 3 ? 'rd' : 'th';
  return `${n}${suf}`;
}

function numberWordsOrdinal(n: number): string {
  const w = numberWords(n);
  if (w.endsWith('one')) return w.slice(0, -3) + 'first';
  if (w.endsWith('two')) return w.slice(0, -3) + 'second';
  if (w.endsWith('three')) return w.slice(0, -5) + 'third';
  if (w.endsWith('five')) return w.slice(0, -4) + 'fifth';
  if (w.endsWith('eight')) return w + 'h';
  if (w.endsWith('nine')) return w.slice(0, -1) + 'th';
  if (w.endsWith('y')) return w.slice(0, -1) + 'ieth';
  return w + 'th';
}

/**
 * @param rng - the PRNG
 * @returns an age form for a narrative
 */
export function narrativeAgeForm(rng: Rng): AgeForm {
  return weighted(rng, [[20, 'yo'], [16, 'yearOld'], [10, 'y/o'], [8, 'yoGlued'], [10, 'sexGlued'], [6, 'sexSpaced'], [12, 'sexWord'], [4, 'words'], [3, 'paren']] as const);
}

// ---------------------------------------------------------------------------------------------
// phones

function areaCode(rng: Rng): string {
  let a = int(rng, 201, 989);
  if (a % 100 === 11) a += 1;
  return String(a);
}

function exchange(rng: Rng): string {
  return chance(rng, 0.2) ? '555' : String(int(rng, 200, 999));
}

/**
 * @param rng - the PRNG
 * @returns a phone number in one of many forms (the whole string is the PHONE value)
 */
export function phoneValue(rng: Rng): string {
  const a = areaCode(rng);
  const e = exchange(rng);
  const l = digits(rng, 4);
  const v = weighted(rng, [
    [20, `(${a}) ${e}-${l}`],
    [20, `${a}-${e}-${l}`],
    [7, `${a}.${e}.${l}`],
    [6, `${a} ${e} ${l}`],
    [8, `${e}-${l}`],
    [4, `${a}\u2013${e}\u2013${l}`],
    [2, `${a}/${e}-${l}`],
    [4, `1-${a}-${e}-${l}`],
    [3, `+1 ${a} ${e} ${l}`],
    [2, `+1-${a}-${e}-${l}`],
    [3, `${a}${e}${l}`],
    [4, `(${a})${e}-${l}`],
    [2, `${a.charAt(0)}${pick(rng, ['l', 'O', a.charAt(1)])}${a.charAt(2)}-${e}-${l.slice(0, 2)}${pick(rng, ['O', 'l'])}${l.slice(3)}`],
    [6, pick(rng, [`+44 20 ${digits(rng, 4)} ${digits(rng, 4)}`, `+33 1 ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`, `+49 30 ${digits(rng, 7)}`, `+91 ${digits(rng, 5)} ${digits(rng, 5)}`, `+234 803 ${digits(rng, 3)} ${digits(rng, 4)}`, `+52 55 ${digits(rng, 4)} ${digits(rng, 4)}`, `+353 1 ${digits(rng, 3)} ${digits(rng, 4)}`, `011 44 ${digits(rng, 4)} ${digits(rng, 6)}`])],
  ] as const);
  if (chance(rng, 0.1) && !v.startsWith('+')) return `${v} ${pick(rng, ['x', 'x', 'ext. ', 'ext ', 'x.'])}${digits(rng, int(rng, 3, 5))}`;
  return v;
}

/** Which kind of phone mention. */
export type PhoneKind = 'phone' | 'pager' | 'fax' | 'ext' | 'cell';

/**
 * Writes a phone-like number with its cue when the kind has one (`pager #12345`, `x51212`).
 *
 * @param c - the note
 * @param kind - the kind
 */
export function writePhone(c: Ctx, kind: PhoneKind = 'phone'): void {
  const { rng, b } = c;
  switch (kind) {
    case 'phone': return b.phi('PHONE', phoneValue(rng));
    case 'cell':
      b.text(pick(rng, ['cell ', 'cell: ', 'mobile ', 'c: ', 'home ', 'h: ', 'work ', 'w: ', 'tel ', 'tel. ', 'ph ', 'phone: ', '#']));
      return b.phi('PHONE', phoneValue(rng));
    case 'pager': {
      const r = rng();
      b.text(pick(rng, ['pager #', 'pager ', 'pgr ', 'pg ', 'beeper ', 'p', 'page ', 'pager# ', 'beeper #']));
      if (r < 0.6) return b.phi('PHONE', digits(rng, 5));
      if (r < 0.8) return b.phi('PHONE', `${int(rng, 1, 9)}-${digits(rng, 4)}`);
      return b.phi('PHONE', phoneValue(rng));
    }
    case 'fax':
      b.text(pick(rng, ['fax ', 'fax: ', 'Fax ', 'F: ', 'fax# ', 'FAX ']));
      return b.phi('PHONE', phoneValue(rng));
    case 'ext': {
      const r = rng();
      if (r < 0.45) return b.phi('PHONE', `x${digits(rng, int(rng, 4, 5))}`);
      b.text(pick(rng, ['ext. ', 'ext ', 'extension ', 'x ', 'x. ', 'Ext ']));
      return b.phi('PHONE', chance(rng, 0.8) ? digits(rng, int(rng, 4, 5)) : `${int(rng, 1, 9)}-${digits(rng, 4)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// identifiers

function mrn(rng: Rng): string {
  return weighted(rng, [[50, digits(rng, int(rng, 6, 9))], [15, `${digits(rng, 3)}-${digits(rng, 2)}-${digits(rng, 2)}`], [10, `${letters(rng, 1)}${digits(rng, 7)}`], [10, `00${digits(rng, 6)}`], [5, `MR${digits(rng, 7)}`], [10, `${digits(rng, 2)}-${digits(rng, 6)}`]] as const);
}

function mbi(rng: Rng): string {
  const v = `${int(rng, 1, 9)}${letters(rng, 1)}${chance(rng, 0.5) ? letters(rng, 1) : digits(rng, 1)}${digits(rng, 1)}${letters(rng, 1)}${letters(rng, 1)}${digits(rng, 1)}${letters(rng, 2)}${digits(rng, 2)}`;
  return chance(rng, 0.5) ? `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}` : v;
}

/** An identifier cue and how to draw its value. */
interface IdKind {
  readonly labels: readonly string[];
  readonly value: (rng: Rng, c: Ctx) => string;
}

const ID_KINDS: readonly IdKind[] = [
  { labels: ['MRN:', 'MRN', 'MRN#', 'MRN #', 'MR#', 'Med Rec #', 'Medical Record Number:', 'medical record #', 'Hospital #:', 'Pt ID:', 'Patient ID:', 'ID#'], value: mrn },
  { labels: ['Unit No:', 'Unit No.', 'Unit #', 'Unit Number:'], value: (r) => digits(r, int(r, 6, 8)) },
  { labels: ['EMR:', 'EMR #', 'EMR no.', 'EHR ID:', 'Epic ID', 'EPI #'], value: (r) => (chance(r, 0.5) ? `E${digits(r, 8)}` : digits(r, 9)) },
  { labels: ['SS#', 'SSN:', 'SSN', 'Social Security #', 'social security number', 'SS #', 'soc sec #'], value: (r) => pick(r, [`${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)}`, `${digits(r, 3)} ${digits(r, 2)} ${digits(r, 4)}`, digits(r, 9), `xxx-xx-${digits(r, 4)}`]) },
  { labels: ['insurance # is', 'Ins ID:', 'Insurance ID', 'Member ID:', 'member #', 'Subscriber ID:', 'Policy #', 'Group #', 'BCBS ID', 'Tufts Health Plan ID', 'Harvard Pilgrim #', 'Aetna ID'], value: (r) => pick(r, [`${letters(r, 3)}${digits(r, 9)}`, `${letters(r, 1)}${digits(r, 8)}`, digits(r, 11), `${letters(r, 2)}${digits(r, 7)}-${digits(r, 2)}`]) },
  { labels: ['Medicare id', 'Medicare ID:', 'Medicare #', 'MBI:', 'HICN'], value: mbi },
  { labels: ['Medicaid #', 'MassHealth #', 'MassHealth ID', 'Medi-Cal #'], value: (r) => digits(r, 12) },
  { labels: ['Accession #:', 'Accession #', 'Accession No.', 'Acc #', 'ACC:', 'Accession:'], value: (r, c) => pick(r, [`RAD-${c.today.y}-${digits(r, 7)}`, `${letters(r, 1)}${digits(r, 8)}`, digits(r, 8), `CT${digits(r, 2)}-${digits(r, 6)}`, `${c.today.y % 100}${letters(r, 2)}${digits(r, 6)}`]) },
  { labels: ['Specimen #', 'Specimen:', 'Path #', 'Surgical pathology #', 'Case #', 'Cytology #', 'Block'], value: (r, c) => pick(r, [`S${c.today.y % 100}-${digits(r, 5)}`, `SP-${c.today.y % 100}-${digits(r, 6)}`, `SH${c.today.y % 100}-${digits(r, 4)}`, `C${c.today.y % 100}-${digits(r, 4)}`, `${letters(r, 2)}${c.today.y % 100}-${digits(r, 5)} ${letters(r, 1)}${int(r, 1, 9)}`]) },
  { labels: ['Acct #', 'Account #', 'Account Number:', 'FIN:', 'FIN #', 'CSN:', 'Encounter #', 'Visit #', 'HAR:', 'Billing #'], value: (r) => digits(r, int(r, 8, 12)) },
  { labels: ['License #', 'Lic #', "driver's license", 'DL#', 'MA license', 'RN license #', 'DEA #', 'DEA:', 'NPI:', 'NPI #', 'CLIA #', 'Lab certificate #'], value: (r) => pick(r, [`${letters(r, 1)}${digits(r, 8)}`, digits(r, 10), `${letters(r, 2)}${digits(r, 7)}`, `${digits(r, 2)}D${digits(r, 7)}`, digits(r, 6)]) },
  { labels: ['Serial #', 'SN:', 'S/N', 'serial number', 'Model/Serial:', 'Device ID:', 'Lot #', 'Lot:', 'lot number', 'UDI:', 'Pacemaker serial'], value: (r) => pick(r, [`${letters(r, 3)}${digits(r, 6)}`, `${digits(r, 1)}${letters(r, 1)}${digits(r, 1)}-${digits(r, 5)}`, `${digits(r, 1)}${letters(r, 1)}${digits(r, 2)}${letters(r, 1)}`, `${letters(r, 2)}${digits(r, 4)}${letters(r, 2)}`, digits(r, 10)]) },
  { labels: ['plate #', 'license plate', 'plate', 'tag #', 'vehicle plate', 'MA plate'], value: (r) => pick(r, [`${digits(r, 1)}${letters(r, 3)}${digits(r, 2)}`, `${letters(r, 3)} ${digits(r, 4)}`, `${digits(r, 1)}${letters(r, 3)}${digits(r, 3)}`, `${letters(r, 2)}-${digits(r, 4)}`]) },
  { labels: ['Clip #', 'Order #', 'Req #', 'Requisition #', 'Claim #', 'Ref #', 'Reference #', 'Study #', 'Exam #', 'Auth #', 'Prior auth #', 'Rx #'], value: (r) => pick(r, [digits(r, 7), `${letters(r, 1)}${digits(r, 9)}`, `${digits(r, 4)}-${digits(r, 4)}`]) },
];

/**
 * Writes an identifier after a label (`MRN: 0045512`, `insurance # is XJ1234567`); with `bare`,
 * a value without a cue (`#4455123` or a lone number in a header).
 *
 * @param c - the note
 * @param which - the index into the id kinds (random when omitted), `bare`, or `accval` (an accession value alone)
 */
export function writeId(c: Ctx, which?: number | 'bare' | 'accval'): void {
  const { rng, b } = c;
  if (which === 'accval') return b.phi('ID', ID_KINDS[7]!.value(rng, c));
  if (which === 'bare') {
    if (chance(rng, 0.4)) b.text('#');
    return b.phi('ID', mrn(rng));
  }
  const kind = ID_KINDS[which ?? int(rng, 0, ID_KINDS.length - 1)]!;
  const label = pick(rng, kind.labels);
  b.text(label);
  b.text(label.endsWith(':') ? pick(rng, [' ', ' ', '  ', '\t']) : label.endsWith('#') ? pick(rng, ['', ' ', ' ']) : label.endsWith(' is') ? ' ' : pick(rng, [' ', ': ', ' #', ' # ', ' ']));
  b.phi('ID', kind.value(rng, c));
}

/** Names of the identifier kinds, in the order of the kinds table. */
export const ID_NAMES = ['mrn', 'unit', 'emr', 'ssn', 'ins', 'medicare', 'medicaid', 'acc', 'spec', 'acct', 'lic', 'dev', 'plate', 'misc'] as const;

/**
 * @param name - an identifier kind name (see {@link ID_NAMES})
 * @returns its index in the kinds table, or undefined
 */
export function idKind(name: string | undefined): number | undefined {
  const i = (ID_NAMES as readonly string[]).indexOf(name ?? '');
  return i >= 0 ? i : undefined;
}

// ---------------------------------------------------------------------------------------------
// locations

const SUFFIXES = ['Street', 'St', 'St.', 'Ave', 'Avenue', 'Ave.', 'Rd', 'Road', 'Blvd', 'Boulevard', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Court', 'Way', 'Pl', 'Place', 'Terrace', 'Ter', 'Circle', 'Cir', 'Pkwy', 'Parkway', 'Hwy', 'Highway', 'Row', 'Sq', 'Square', 'Path', 'Trail', 'Pike', 'Turnpike'];
const ORDINAL_STREETS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '12th', '14th', '23rd', '42nd', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Main', 'Main', 'Broadway'];
const DIRS = ['N', 'S', 'E', 'W', 'North', 'South', 'East', 'West', 'NE', 'SW'];
/** US state abbreviations and names (not PHI). */
export const STATES = ['MA', 'NH', 'RI', 'CT', 'NY', 'NJ', 'PA', 'ME', 'VT', 'FL', 'CA', 'TX', 'OH', 'IL', 'GA', 'NC', 'VA', 'MD', 'WA', 'OR', 'MI', 'MN', 'AZ', 'CO', 'LA', 'MS', 'AL', 'IN', 'MO', 'WI'];
export const STATE_NAMES = ['Massachusetts', 'New Hampshire', 'Rhode Island', 'Connecticut', 'New York', 'New Jersey', 'Pennsylvania', 'Maine', 'Vermont', 'Florida', 'California', 'Texas', 'Ohio', 'Illinois', 'Georgia', 'North Carolina', 'Virginia', 'Maryland', 'Washington', 'Oregon', 'Michigan', 'Minnesota', 'Arizona', 'Colorado', 'Louisiana', 'Mississippi', 'Alabama', 'Indiana', 'Missouri', 'Wisconsin', 'Puerto Rico', 'Hawaii', 'Alaska', 'Nevada', 'Utah', 'Kentucky', 'Tennessee'];
/** Countries (not PHI). */
export const COUNTRIES = ['Haiti', 'Mexico', 'Guatemala', 'El Salvador', 'Brazil', 'Portugal', 'Cape Verde', 'Ireland', 'Italy', 'Greece', 'Poland', 'Russia', 'Ukraine', 'China', 'Vietnam', 'India', 'Pakistan', 'Nigeria', 'Ghana', 'Ethiopia', 'Somalia', 'Kenya', 'Dominican Republic', 'Puerto Rico', 'Jamaica', 'Colombia', 'Peru', 'Korea', 'Japan', 'the Philippines', 'Iran', 'Iraq', 'Lebanon', 'Israel', 'Egypt', 'Morocco', 'Canada', 'England', 'Germany', 'France', 'Cambodia', 'Laos', 'Bangladesh', 'Nepal', 'Syria', 'Afghanistan', 'Cuba', 'Honduras', 'Venezuela', 'Turkey', 'Armenia', 'Albania'];

function streetLine(c: Ctx): string {
  const { rng, pools } = c;
  const num = weighted(rng, [[60, String(int(rng, 1, 999))], [25, String(int(rng, 1000, 99999))], [8, `${int(rng, 1, 300)}${pick(rng, ['A', 'B', 'R', '-A', ' 1/2'])}`], [7, `${int(rng, 1, 99)}-${int(rng, 1, 99)}`]] as const);
  const r = rng();
  let street: string;
  if (r < 0.12) return `${pick(rng, pools.foreignStreets)} ${num}`;
  if (r < 0.3) street = `${num} ${pick(rng, pools.foreignStreets)}`;
  else {
    const stem = weighted(rng, [[45, pick(rng, pools.streetStems)], [25, pick(rng, pools.anySurname)], [12, pick(rng, pools.usCities)], [10, pick(rng, ORDINAL_STREETS)], [8, pick(rng, pools.origins[0]![1].female)]] as const);
    street = `${num} ${chance(rng, 0.1) ? pick(rng, DIRS) + ' ' : ''}${stem} ${pick(rng, SUFFIXES)}`;
  }
  if (chance(rng, 0.25)) street += pick(rng, [', ', ' ', ', ']) + pick(rng, [`Apt ${int(rng, 1, 40)}${pick(rng, ['', 'A', 'B', 'C'])}`, `Apt. ${int(rng, 1, 999)}`, `#${int(rng, 1, 999)}`, `Unit ${int(rng, 1, 60)}`, `Suite ${int(rng, 100, 999)}`, `Fl ${int(rng, 1, 9)}`, `Floor ${int(rng, 1, 9)}`, `Bldg ${int(rng, 1, 20)}`]);
  return street;
}

function zipValue(rng: Rng): string {
  const z = chance(rng, 0.5) ? `0${digits(rng, 4)}` : digits(rng, 5);
  return chance(rng, 0.15) ? `${z}-${digits(rng, 4)}` : z;
}

/** Which kind of location. */
export type LocationKind = 'street' | 'town' | 'townStateZip' | 'address' | 'zip' | 'pobox' | 'county' | 'building' | 'foreignTown';

/**
 * Writes a location. Towns, streets, ZIPs, PO boxes, counties and building names are LOCATION
 * spans; states, countries, rooms and floors are plain text.
 *
 * @param c - the note
 * @param kind - the kind
 * @param town - the town to use (random when omitted)
 */
export function writeLocation(c: Ctx, kind: LocationKind, town?: string): void {
  const { rng, b, pools } = c;
  const tw = (): string => town ?? drawTown(rng, pools);
  const townFallback = pools.usCities[0]!;
  switch (kind) {
    case 'street': return b.phi('LOCATION', () => streetLine(c), townFallback);
    case 'town': return b.phi('LOCATION', tw, townFallback);
    case 'foreignTown': return b.phi('LOCATION', () => pick(rng, pools.foreignCities), townFallback);
    case 'zip':
      b.text(pick(rng, ['ZIP ', 'zip code ', 'Zip: ', 'ZIP code ', 'zip ']));
      return b.phi('LOCATION', () => zipValue(rng));
    case 'townStateZip':
      b.phi('LOCATION', tw, townFallback);
      b.text(pick(rng, [', ', ', ', ' ', ',  ']) + (chance(rng, 0.85) ? pick(rng, STATES) : pick(rng, STATE_NAMES)));
      if (chance(rng, 0.8)) {
        b.text(pick(rng, [' ', '  ', ' ', ', ']));
        b.phi('LOCATION', () => zipValue(rng));
      }
      return;
    case 'address': {
      b.phi('LOCATION', () => streetLine(c), townFallback);
      b.text(pick(rng, [', ', '\n', ', ', '  ', ' ']));
      writeLocation(c, 'townStateZip', town);
      return;
    }
    case 'pobox':
      b.phi('LOCATION', () => `${pick(rng, ['PO Box', 'P.O. Box', 'P O Box', 'POB', 'Box'])} ${int(rng, 1, 9999)}`);
      return;
    case 'county':
      b.phi('LOCATION', () => `${pick(rng, chance(rng, 0.7) ? pools.usCities : pools.anySurname)} County`, townFallback);
      return;
    case 'building':
      b.phi('LOCATION', () => `${pick(rng, chance(rng, 0.6) ? pools.anySurname : pools.usCities)} ${pick(rng, ['Building', 'Bldg', 'Pavilion', 'Center', 'Tower', 'Wing', 'Hall', 'Building'])}`, townFallback);
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// facilities and contacts

/**
 * Writes a facility name as a HOSPITAL span (`the ` before a nickname is plain).
 *
 * @param c - the note
 * @param f - the facility
 * @param form - the form
 */
export function writeFacility(c: Ctx, f: Facility, form: FacilityForm = 'any'): void {
  const { rng, b } = c;
  const [first, theNick] = facilityName(rng, f, form);
  if (theNick) b.text('the ');
  let n = 0;
  b.phi('HOSPITAL', () => (n++ === 0 ? first : facilityName(rng, f, theNick ? 'nick' : 'any')[0]), f.full);
}

const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'aol.com', 'comcast.net', 'verizon.net', 'outlook.com', 'icloud.com', 'msn.com', 'att.net', 'partners.org', 'mgb.org', 'bidmc.harvard.edu', 'bu.edu', 'protonmail.com', 'me.com', 'live.com'];

function domainFor(c: Ctx, f: Facility): string {
  const base = asciiFold(f.abbr[0] ?? f.full.split(' ').slice(0, 2).join(''));
  return `${base || 'hospital'}.${pick(c.rng, ['org', 'org', 'com', 'edu', 'net', 'health'])}`;
}

/**
 * Writes a contact value: an e-mail address, a URL or an IP address (one CONTACT span).
 *
 * @param c - the note
 * @param kind - which
 * @param p - whose (for e-mail; random staff when omitted)
 */
export function writeContact(c: Ctx, kind: 'email' | 'url' | 'ip', p?: Person): void {
  const { rng, b } = c;
  if (kind === 'email') {
    const who = p ?? pick(rng, c.doctors);
    const g = asciiFold(who.given) || 'info';
    const f = asciiFold(who.family) || 'office';
    const local = pick(rng, [`${g}.${f}`, `${g.charAt(0)}${f}`, `${f}${g.charAt(0)}${int(rng, 1, 99)}`, `${g}${f}`, `${g}_${f}`, `${g}${int(rng, 10, 1999)}`]);
    const dom = chance(rng, 0.5) ? pick(rng, MAIL_DOMAINS) : domainFor(c, pick(rng, [c.hosp, c.clinic, c.outside]));
    return b.phi('CONTACT', `${local}@${dom}`);
  }
  if (kind === 'url') {
    const dom = domainFor(c, pick(rng, [c.hosp, c.clinic, c.outside, c.rehab]));
    const path = pick(rng, ['', '', '/patients', '/portal', '/mychart', '/referrals', `/doctors/${asciiFold(pick(rng, c.doctors).family) || 'staff'}`, '/billing', '/forms/intake.pdf']);
    return b.phi('CONTACT', `${pick(rng, ['www.', 'https://www.', 'http://', 'https://', 'portal.', 'https://mychart.'])}${dom}${path}`);
  }
  const ip = pick(rng, [`10.${int(rng, 0, 255)}.${int(rng, 0, 255)}.${int(rng, 1, 254)}`, `192.168.${int(rng, 0, 255)}.${int(rng, 1, 254)}`, `172.${int(rng, 16, 31)}.${int(rng, 0, 255)}.${int(rng, 1, 254)}`, `${int(rng, 11, 223)}.${int(rng, 0, 255)}.${int(rng, 0, 255)}.${int(rng, 1, 254)}`]);
  b.phi('CONTACT', ip, undefined, true);
}
