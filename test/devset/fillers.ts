/**
 * Filler values and PHI renderers of the development set (issue 10), written independently of
 * the NLP training generator: its own pools, its own surface forms.
 *
 * Sources, so the set's score says something about names and places the model never saw:
 * - values of the repository lexicons (`allowlists/lexicons/*`) only when `isHeldOut(value)`;
 * - the faker locales reserved for this set (`en_AU`, `en_CA`, `nl`, `pl`, `sv`, `tr`, `fi`,
 *   `ko` romanised), keeping a value only when it is held out or appears in no lexicon and in no
 *   other faker locale (so training cannot have sampled it from elsewhere);
 * - names and facilities composed here.
 *
 * Everything draws from one seeded generator: same seed, same output.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales, en_AU, en_CA, fi, ko, nl, pl, sv, tr } from '@faker-js/faker';
import seedrandom from 'seedrandom';
import { isHeldOut } from '../../src/text/detectors/nlp/train/heldOut.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A seeded random source with the helpers the templates use. */
export class Rand {
  private readonly next: () => number;
  constructor(seed: string) {
    this.next = seedrandom(seed);
  }
  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One element. */
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** `k` distinct elements (k ≤ length). */
  some<T>(xs: readonly T[], k: number): T[] {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  /** Weighted choice among [weight, value] pairs. */
  weighted<T>(pairs: readonly (readonly [number, T])[]): T {
    const total = pairs.reduce((a, [w]) => a + w, 0);
    let x = this.next() * total;
    for (const [w, v] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1]![1];
  }
}

// ---------------------------------------------------------------------------------- pools

function lexicon(name: string): string[] {
  return readFileSync(join(root, 'allowlists', 'lexicons', `${name}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function allowlistWords(): Set<string> {
  const out = new Set<string>();
  for (const f of ['eponyms', 'drugs', 'abbreviations', 'clinical-terms', 'clinical-words', 'devices', 'common-not-names', 'places-not-phi']) {
    for (const l of readFileSync(join(root, 'allowlists', `${f}.txt`), 'utf8').split('\n')) if (l !== '' && !l.startsWith('#')) out.add(l.trim());
  }
  return out;
}

/** Every string inside a nested faker definition. */
function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const RESERVED = { en_AU, en_CA, nl, pl, sv, tr, fi, ko } as const;
const RESERVED_NAMES = new Set(Object.keys(RESERVED));

/** Person and place values of every faker locale not reserved for this set, folded. */
function otherLocaleValues(): Set<string> {
  const out = new Set<string>();
  for (const [code, def] of Object.entries(allLocales)) {
    if (RESERVED_NAMES.has(code)) continue;
    const d = def as { person?: Record<string, unknown>; location?: Record<string, unknown> };
    for (const k of ['first_name', 'last_name', 'middle_name']) for (const v of strings(d.person?.[k])) out.add(fold(v));
    for (const k of ['city_name', 'street_name', 'county', 'city_prefix', 'city_suffix', 'street_name_part']) for (const v of strings(d.location?.[k])) out.add(fold(v));
  }
  return out;
}

// Korean romanisation (Revised Romanisation of the Hangul syllable block; common surnames as
// usually spelt in English).
const KO_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const KO_MEDIAL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const KO_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
const KO_SURNAME: Record<string, string> = { 김: 'Kim', 이: 'Lee', 박: 'Park', 최: 'Choi', 정: 'Jung', 강: 'Kang', 조: 'Cho', 윤: 'Yoon', 장: 'Jang', 임: 'Lim', 한: 'Han', 오: 'Oh', 서: 'Seo', 신: 'Shin', 권: 'Kwon', 황: 'Hwang', 안: 'Ahn', 송: 'Song', 유: 'Yoo', 홍: 'Hong', 전: 'Jeon', 고: 'Ko', 문: 'Moon', 손: 'Son', 양: 'Yang', 배: 'Bae', 백: 'Baek', 허: 'Heo', 남: 'Nam', 노: 'Noh', 구: 'Koo', 우: 'Woo' };

/** Romanises a Hangul word (`가람` → `Garam`, or `Ga-ram` with `hyphen`). */
export function romanise(hangul: string, hyphen = false): string {
  if (KO_SURNAME[hangul]) return KO_SURNAME[hangul]!;
  const parts: string[] = [];
  for (const ch of hangul) {
    const c = ch.codePointAt(0)! - 0xac00;
    if (c < 0 || c > 11171) {
      parts.push(ch);
      continue;
    }
    parts.push(KO_INITIAL[Math.floor(c / 588)]! + KO_MEDIAL[Math.floor((c % 588) / 28)]! + KO_FINAL[c % 28]!);
  }
  const w = parts.join(hyphen ? '-' : '');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const title = (s: string): string => s.replace(/(^|[\s'-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Name and place pools of the development set. */
export interface Pools {
  readonly given: readonly string[];
  readonly surnames: readonly string[];
  readonly cities: readonly string[];
  readonly streets: readonly string[];
  readonly counties: readonly string[];
  /** given names that are everyday words (`Will`, `May`): a known leak class */
  readonly wordGiven: readonly string[];
  /** surnames that are also place names (a surname typed as a place) */
  readonly placeSurnames: readonly string[];
}

/** Builds the pools (deterministic: no randomness, sorted sources). */
export function buildPools(): Pools {
  const allow = allowlistWords();
  const common = new Set(lexicon('common-words'));
  const lexFirst = new Set(lexicon('first-names'));
  const lexSur = new Set(lexicon('surnames'));
  const lexCity = new Set(lexicon('cities'));
  const others = otherLocaleValues();
  const usable = (v: string): boolean => v.length >= 2 && !allow.has(fold(v));
  const mine = (v: string): boolean => usable(v) && (isHeldOut(v) || (!others.has(fold(v)) && !lexFirst.has(fold(v)) && !lexSur.has(fold(v)) && !lexCity.has(fold(v))));
  const uniq = (xs: string[]): string[] => [...new Set(xs)].sort();

  const localeGiven: string[] = [];
  const localeSur: string[] = [];
  const localeCity: string[] = [];
  const localeStreet: string[] = [];
  for (const [code, def] of Object.entries(RESERVED)) {
    const d = def as { person?: Record<string, unknown>; location?: Record<string, unknown> };
    const given = strings(d.person?.first_name);
    const sur = strings(d.person?.last_name).filter((s) => !s.includes('#{'));
    if (code === 'ko') {
      given.forEach((g, i) => localeGiven.push(romanise(g, i % 3 === 0)));
      sur.forEach((s) => localeSur.push(romanise(s)));
    } else {
      localeGiven.push(...given);
      localeSur.push(...sur);
    }
    const cities = strings(d.location?.city_name);
    localeCity.push(...(code === 'ko' ? cities.map((c) => romanise(c.replace(/[시군구]$/u, ''))) : cities));
    localeStreet.push(...strings(d.location?.street_name).filter((s) => !s.includes('#{')));
  }
  const given = uniq([...lexicon('first-names').filter((v) => isHeldOut(v) && usable(v)).map(title), ...localeGiven.filter(mine)]);
  const surnames = uniq([...lexicon('surnames').filter((v) => isHeldOut(v) && usable(v) && v.length >= 3).map(title), ...localeSur.filter(mine)]);
  // cities that are everyday words ("Accident", "Aaa") are real but rare in notes: keep a few
  const lexCities = lexicon('cities').filter((v) => isHeldOut(v) && usable(v) && v.length >= 4);
  const cities = uniq([...lexCities.filter((c) => !common.has(c) && !/\b(telephone|company|inc|univ|university|hospital|center|bank|insurance|corp)\b/.test(c)).map(title), ...localeCity.filter(mine)]);
  const lexStreets = lexicon('streets').filter((v) => isHeldOut(v) && usable(v) && v.length >= 4).map(title);
  // as many US-looking streets as locale ones (Turkish streets would otherwise dominate)
  const foreign = localeStreet.filter(mine);
  const streets = uniq([...lexStreets, ...INVENTED_STREETS, ...surnames.filter((_s, i) => i % 97 === 0), ...foreign.filter((_s, i) => i % 2 === 0)]);
  const counties = uniq(lexCities.filter((c) => !common.has(c) && !c.includes(' ')).slice(0, 400).map(title));
  const placeSurnames = surnames.filter((s) => lexCity.has(fold(s)) && isHeldOut(s));
  return { given, surnames, cities, streets, counties, wordGiven: WORD_GIVEN, placeSurnames };
}

/** Given names that are everyday words (composed here; a leak class of issue 10). */
const WORD_GIVEN = ['Will', 'May', 'Hope', 'Grace', 'Joy', 'Faith', 'Rose', 'Iris', 'June', 'Dawn', 'Art', 'Bill', 'Pat', 'Sue', 'Don', 'Sunny', 'Ivy', 'Summer', 'Amber', 'Drew', 'Chase', 'Mark', 'Frank', 'Gene', 'Penny', 'Ruby', 'Holly', 'Daisy', 'Jack', 'Miles', 'Cliff', 'Carol', 'Dale', 'Glen', 'Page', 'Rich', 'Sky', 'Robin', 'Heath', 'Clay'];

/** Street names composed here (not from any list). */
const INVENTED_STREETS = ['Quillmoor', 'Tamsick', 'Brackenholt', 'Ostervale', 'Fennimore Ridge', 'Calloway Bend', 'Wickerdale', 'Harrowgate', 'Sallowmere', 'Penhallow', 'Corvidae', 'Tindale Cross', 'Marrowbrook', 'Ashgrove Spur', 'Kestrel Hollow'];

/** Names composed of invented syllables, with and without diacritics (names from every origin). */
const SYL_A = ['Ade', 'Olu', 'Chi', 'Ngo', 'Tra', 'Vuk', 'Zso', 'Ila', 'Meh', 'Ana', 'Ruk', 'Tem', 'Kwa', 'Sio', 'Ebe', 'Dar', 'Fen', 'Yus', 'Bao', 'Hal'];
const SYL_B = ['bayo', 'wale', 'nedu', 'yen', 'ran', 'mir', 'ltán', 'ncha', 'dí', 'ssa', 'hoa', 'kemi', 'rúz', 'thuy', 'mbe', 'zić', 'ssou', 'ngé', 'ejo', 'lund'];

/** An invented name of two syllables (`Adebayo`, `Zsoltán`, `Vukzić`). */
export function inventedName(r: Rand): string {
  return r.pick(SYL_A) + r.pick(SYL_B);
}

// -------------------------------------------------------------------------- annotation

/** Wraps a value as gold PHI in the annotated markup (`[[TYPE:value]]`), escaping it. */
export function P(type: string, value: string): string {
  return `[[${type}:${value.replace(/([\\[\]])/g, '\\$1')}]]`;
}

// ------------------------------------------------------------------------------- persons

/** A synthetic person. */
export interface Person {
  readonly first: string;
  readonly last: string;
  readonly middle: string;
  readonly female: boolean;
}

/** Draws a person: mostly pool names, some with particles, apostrophes, hyphens and diacritics. */
export function person(r: Rand, p: Pools): Person {
  const female = r.chance(0.5);
  let first = r.weighted<() => string>([
    [86, () => r.pick(p.given)],
    [6, () => r.pick(p.wordGiven)],
    [8, () => inventedName(r)],
  ])();
  let last = r.weighted<() => string>([
    [70, () => r.pick(p.surnames)],
    [5, () => `O'${r.pick(p.surnames)}`],
    [4, () => `Mc${r.pick(p.surnames)}`],
    [3, () => `St. ${r.pick(p.surnames)}`],
    [4, () => `${r.pick(['de la', 'van der', 'de', 'von', 'da', 'el-'])} ${r.pick(p.surnames)}`.replace('- ', '-')],
    [6, () => `${r.pick(p.surnames)}-${r.pick(p.surnames)}`],
    [5, () => inventedName(r)],
    [3, () => (p.placeSurnames.length ? r.pick(p.placeSurnames) : r.pick(p.surnames))],
  ])();
  if (first.length < 2) first = r.pick(p.given);
  if (last.length < 2) last = r.pick(p.surnames);
  return { first, last, middle: String.fromCharCode(65 + r.int(0, 25)), female };
}

/** Initials of a person (`JS`, or `J.S.` with dots). */
export function initials(x: Person, dots = false): string {
  const a = x.first.charAt(0).toUpperCase();
  const b = x.last.replace(/^(O'|Mc|St\. |de la |van der |de |von |da |el-)/, '').charAt(0).toUpperCase();
  return dots ? `${a}.${b}.` : `${a}${b}`;
}

/**
 * One rendering of a person's name as annotated text (NAME spans over name tokens only, titles
 * and credentials outside): `Smith`, `John Smith`, `SMITH, JOHN`, `Smith, John A.`, `J. Smith`,
 * `Dr. Smith`, `Peter B.`, `Dr. S.`, initials…
 */
export function nameAs(r: Rand, x: Person, form: NameForm): string {
  const { middle } = x;
  const first = lookalike(r, x.first, 'name');
  const last = lookalike(r, x.last, 'name');
  switch (form) {
    case 'last':
      return P('NAME', last);
    case 'first':
      return P('NAME', first);
    case 'first last':
      return P('NAME', `${first} ${last}`);
    case 'first mi last':
      return P('NAME', `${first} ${middle}. ${last}`);
    case 'LAST, FIRST':
      return P('NAME', `${last.toUpperCase()}, ${first.toUpperCase()}`);
    case 'Last, First M.':
      return P('NAME', `${last}, ${first} ${middle}.`);
    case 'F. Last':
      return P('NAME', `${first.charAt(0)}. ${last}`);
    case 'First L.':
      return P('NAME', `${first} ${last.replace(/^(O'|Mc|St\. )/, '').charAt(0).toUpperCase()}.`);
    case 'initials':
      return P('NAME', initials(x, r.chance(0.3)));
    case 'lower':
      return P('NAME', `${first} ${last}`.toLowerCase());
  }
}

/** Name renderings {@link nameAs} knows. */
export type NameForm = 'last' | 'first' | 'first last' | 'first mi last' | 'LAST, FIRST' | 'Last, First M.' | 'F. Last' | 'First L.' | 'initials' | 'lower';

/** A clinician's name with or without a title or credential (`Dr. Smith`, `John Smith, MD`, `Smith`). */
export function clinician(r: Rand, x: Person): string {
  return r.weighted<() => string>([
    [30, () => `Dr. ${nameAs(r, x, 'last')}`],
    [15, () => `Dr. ${nameAs(r, x, 'first last')}`],
    [15, () => `${nameAs(r, x, 'first last')}, ${r.pick(['MD', 'M.D.', 'NP', 'PA-C', 'DO', 'MD PhD', 'RN'])}`],
    [8, () => `${nameAs(r, x, 'F. Last')}, MD`],
    [5, () => `Dr. ${P('NAME', x.last.charAt(0) + '.')}`],
    [8, () => nameAs(r, x, 'first last')],
    [6, () => `Dr. ${nameAs(r, x, 'first mi last')}`],
    [5, () => nameAs(r, x, 'initials')],
    [4, () => `${r.pick(['dr', 'Dr'])} ${P('NAME', x.last.toLowerCase())}`],
    [4, () => `DR. ${P('NAME', x.last.toUpperCase())}`],
  ])();
}

/** A login username (`jsmith2`, `smithj`). */
export function username(r: Rand, x: Person): string {
  const f = fold(x.first).replace(/ /g, '');
  const l = fold(x.last).replace(/ /g, '');
  return r.pick([`${f.charAt(0)}${l}${r.int(1, 9)}`, `${l}${f.charAt(0)}`, `${f}.${l}`, `${f.charAt(0)}${l}`]);
}

// ---------------------------------------------------------------------------------- dates

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = MONTHS.map((m) => m.slice(0, 3));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A calendar day (month 1-12). */
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** A random day between 1996 and 2024. */
export function day(r: Rand, y0 = 1996, y1 = 2024): Day {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return { y, m, d: r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
}

/** The day `n` days after `x`. */
export function plus(x: Day, n: number): Day {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Full date forms (day, month and year). */
export const FULL_DATE_FORMS = [
  'm/d/yy', 'mm/dd/yyyy', 'm/d/yyyy', 'mm-dd-yyyy', 'yyyy-mm-dd', 'yyyy/mm/dd', 'm.d.yyyy', 'mm.dd.yyyy', 'yyyy.mm.dd', 'yyyymmdd',
  'Month d, yyyy', 'Mon d yyyy', 'Mon. d, yyyy', 'd Month yyyy', 'ddMonyyyy', 'ddMONyyyy', 'Month dth, yyyy', 'dth of Month yyyy', 'Weekday, m/d/yyyy', 'Wkd mm/dd/yy',
] as const;
/** Partial forms (needing a cue). */
export const PARTIAL_DATE_FORMS = ['m/d', 'Mon. dth', 'dth of Month', 'Month yyyy', 'Mon-yyyy', 'mm/yyyy', 'yyyy'] as const;
type DateForm = (typeof FULL_DATE_FORMS)[number] | (typeof PARTIAL_DATE_FORMS)[number];

/** Renders a day in one form (plain text, not annotated). */
export function renderDate(x: Day, form: DateForm): string {
  const { y, m, d } = x;
  const wd = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  switch (form) {
    case 'm/d/yy': return `${m}/${d}/${pad(y % 100)}`;
    case 'mm/dd/yyyy': return `${pad(m)}/${pad(d)}/${y}`;
    case 'm/d/yyyy': return `${m}/${d}/${y}`;
    case 'mm-dd-yyyy': return `${pad(m)}-${pad(d)}-${y}`;
    case 'yyyy-mm-dd': return `${y}-${pad(m)}-${pad(d)}`;
    case 'yyyy/mm/dd': return `${y}/${pad(m)}/${pad(d)}`;
    case 'm.d.yyyy': return `${m}.${d}.${y}`;
    case 'mm.dd.yyyy': return `${pad(m)}.${pad(d)}.${y}`;
    case 'yyyy.mm.dd': return `${y}.${pad(m)}.${pad(d)}`;
    case 'yyyymmdd': return `${y}${pad(m)}${pad(d)}`;
    case 'Month d, yyyy': return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 'Mon d yyyy': return `${MON[m - 1]} ${d} ${y}`;
    case 'Mon. d, yyyy': return `${MON[m - 1]}. ${d}, ${y}`;
    case 'd Month yyyy': return `${d} ${MONTHS[m - 1]} ${y}`;
    case 'ddMonyyyy': return `${pad(d)}${MON[m - 1]}${y}`;
    case 'ddMONyyyy': return `${pad(d)}${MON[m - 1]!.toUpperCase()}${y}`;
    case 'Month dth, yyyy': return `${MONTHS[m - 1]} ${ordinal(d)}, ${y}`;
    case 'dth of Month yyyy': return `${ordinal(d)} of ${MONTHS[m - 1]} ${y}`;
    case 'Weekday, m/d/yyyy': return `${wd}, ${m}/${d}/${y}`;
    case 'Wkd mm/dd/yy': return `${wd.slice(0, 3)} ${pad(m)}/${pad(d)}/${pad(y % 100)}`;
    case 'm/d': return `${m}/${d}`;
    case 'Mon. dth': return `${MON[m - 1]}. ${ordinal(d)}`;
    case 'dth of Month': return `${ordinal(d)} of ${MONTHS[m - 1]}`;
    case 'Month yyyy': return `${MONTHS[m - 1]} ${y}`;
    case 'Mon-yyyy': return `${MON[m - 1]}-${y}`;
    case 'mm/yyyy': return `${pad(m)}/${y}`;
    case 'yyyy': return String(y);
  }
}

/** An annotated full date in a random form (mostly the common numeric ones). */
export function fullDate(r: Rand, x: Day): string {
  const form = r.chance(0.45) ? r.pick(['m/d/yyyy', 'mm/dd/yyyy', 'yyyy-mm-dd', 'm/d/yy'] as const) : r.pick(FULL_DATE_FORMS);
  const text = lookalike(r, renderDate(x, form), 'date');
  // a weekday beside a date is not PHI by itself (MIMIC-IV-Note keeps "When: FRIDAY ___")
  const wd = /^([A-Z][a-z]+,? )(.*)$/.exec(text);
  return wd && /day,? $|^[A-Z][a-z]{2} $/.test(wd[1]!) && WEEKDAYS.some((w) => w.startsWith(wd[1]!.replace(/,? $/, ''))) ? wd[1]! + P('DATE', wd[2]!) : P('DATE', text);
}

/** An annotated partial date (after a cue such as `on`, `since`, `in`). */
export function partialDate(r: Rand, x: Day): string {
  return P('DATE', renderDate(x, r.pick(PARTIAL_DATE_FORMS)));
}

/** A season or holiday reference (annotated), with the words around it. */
export function holiday(r: Rand, x: Day): string {
  return r.pick([
    `after ${P('DATE', 'Thanksgiving')}`,
    `over ${P('DATE', 'Christmas')}`,
    `since ${P('DATE', `Easter ${x.y}`)}`,
    `around ${P('DATE', 'New Year')}`,
    `in the ${P('DATE', `summer of ${x.y}`)}`,
    `before ${P('DATE', 'Labor Day')}`,
    `during ${P('DATE', `winter ${x.y}`)}`,
    `on ${P('DATE', 'Memorial Day')}`,
  ]);
}

/** A date in another language (mixed notes). */
export function foreignDate(r: Rand, x: Day): string {
  const fr = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const es = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
  const de = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  return P('DATE', r.pick([`${x.d} ${fr[x.m - 1]} ${x.y}`, `${x.d} de ${es[x.m - 1]} de ${x.y}`, `${x.d}. ${de[x.m - 1]} ${x.y}`]));
}

// ------------------------------------------------------------------------- look-alikes

const FULLWIDTH = (s: string): string => s.replace(/[0-9/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const ARABIC_INDIC = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + Number(c)));
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', A: 'А', E: 'Е', O: 'О', C: 'С', P: 'Р', H: 'Н', K: 'К', M: 'М', T: 'Т' };

/**
 * Now and then, a value typed or pasted with look-alike characters (issue 10's leak list):
 * full-width or Arabic-Indic digits and the division slash in dates, zero-width spaces, soft
 * hyphens, Cyrillic letters and combining accents in names, en dashes in phone numbers.
 */
export function lookalike(r: Rand, value: string, kind: 'date' | 'name' | 'phone'): string {
  if (!r.chance(0.04)) return value;
  if (kind === 'date') return r.pick([FULLWIDTH, ARABIC_INDIC, (s: string) => s.replace(/\//g, '\u2215')])(value);
  if (kind === 'phone') return value.replace(/-/g, '\u2013');
  const i = Math.max(1, Math.floor(value.length / 2));
  return r.pick([
    (s: string) => s.slice(0, i) + '\u200b' + s.slice(i),
    (s: string) => s.slice(0, i) + '\u00ad' + s.slice(i),
    (s: string) => s.replace(/[aeocpxAEOCPHKMT]/, (c) => CYRILLIC[c] ?? c),
    (s: string) => s.replace(/([aeiou])/, '$1\u0301'),
  ])(value);
}

// ---------------------------------------------------------------------------- ages

/** An annotated age over 89 in one of its surface forms, with a sex where the form has one. */
export function oldAge(r: Rand, female: boolean, withSex = true): string {
  const n = r.weighted([[60, r.int(90, 99)], [30, r.int(90, 96)], [10, r.int(100, 104)]]);
  const sx = female ? 'F' : 'M';
  const words = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-five', 'ninety-six', 'ninety-seven', 'ninety-eight', 'ninety-nine'];
  const sexless = [
    `${P('AGE', String(n))} y/o`,
    `${P('AGE', `${n}yo`)}`,
    `${P('AGE', String(n))} yo`,
    `${P('AGE', String(n))}-year-old`,
    `${P('AGE', String(n))} year old`,
    `${P('AGE', words[Math.min(n, 99) - 90]!)}-year-old`,
  ];
  const sexed = [`${P('AGE', `${n}${sx}`)}`, `${P('AGE', String(n))} ${sx}`, `${P('AGE', `${n}${sx.toLowerCase()}`)}`, `aged ${P('AGE', String(n))}`];
  return r.pick(withSex ? [...sexless, ...sexed] : sexless);
}

/** An age phrase over 89 for narrative text (`turned 90`, `her 96th birthday`, `in her 90s`). */
export function oldAgeNarrative(r: Rand, female: boolean): string {
  const her = female ? 'her' : 'his';
  const n = r.int(90, 101);
  return r.pick([
    `turned ${P('AGE', String(n))} last ${r.pick(['month', 'spring', 'year'])}`,
    `celebrated ${her} ${P('AGE', ordinal(n))} birthday`,
    `is in ${her} ${P('AGE', '90s')}`,
    `still drives at ${P('AGE', String(n))}`,
    `whose mother lived to ${P('AGE', String(r.int(100, 104)))}`,
  ]);
}

/** A plain (not PHI) age of 18-89 in the same shapes. */
export function youngAge(r: Rand, female: boolean): string {
  const n = r.int(18, 89);
  const sx = female ? 'F' : 'M';
  return r.pick([`${n} y/o`, `${n}yo`, `${n}-year-old`, `${n} year old`, `${n}${sx}`, `${n} ${sx}`, `aged ${n}`]);
}

// ---------------------------------------------------------------------------- phones

const digits = (r: Rand, n: number): string => Array.from({ length: n }, () => String(r.int(0, 9))).join('');

/** An annotated phone number in one of its forms. */
export function phone(r: Rand): string {
  const a = String(r.int(201, 989));
  const b = String(r.int(200, 999));
  const c = digits(r, 4);
  const v = r.weighted<() => string>([
    [20, () => `(${a}) ${b}-${c}`],
    [16, () => `${a}-${b}-${c}`],
    [8, () => `${a}.${b}.${c}`],
    [6, () => `${a} ${b} ${c}`],
    [6, () => `${b}-${c}`],
    [6, () => `${a}-${b}-${c} x${digits(r, 4)}`],
    [5, () => `(${a})${b}-${c} ext. ${digits(r, 3)}`],
    [4, () => `+1 ${a} ${b} ${c}`],
    [3, () => `+44 20 ${digits(r, 4)} ${digits(r, 4)}`],
    [3, () => `+61 ${r.int(2, 8)} ${digits(r, 4)} ${digits(r, 4)}`],
    [3, () => `${a}-${b}-${c}`.replace(/1/, 'l').replace(/0/, 'O')],
    [3, () => `1-800-${b}-${c}`],
  ])();
  return P('PHONE', lookalike(r, v, 'phone'));
}

/** An annotated extension, pager or beeper number with its cue. */
export function shortPhone(r: Rand): string {
  return r.pick([
    `x${P('PHONE', digits(r, 5))}`,
    `ext. ${P('PHONE', digits(r, 4))}`,
    `pager #${P('PHONE', digits(r, 5))}`,
    `pgr ${P('PHONE', digits(r, 5))}`,
    `beeper ${P('PHONE', digits(r, 4))}`,
    `fax ${P('PHONE', `${r.int(201, 989)}-${r.int(200, 999)}-${digits(r, 4)}`)}`,
  ]);
}

// ------------------------------------------------------------------------------- ids

/** An annotated identifier with its label (the label is not PHI), in one of many kinds. */
export function idWithLabel(r: Rand, year: number): string {
  const L = (l: string, v: string): string => `${l}${P('ID', v)}`;
  const up = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
  return r.pick([
    () => L('MRN: ', digits(r, r.int(7, 9))),
    () => L('MRN ', digits(r, 8)),
    () => L('Unit No: ', digits(r, 8)),
    () => L('Acct #', digits(r, 10)),
    () => L('Accession #: ', `RAD-${year}-${digits(r, 7)}`),
    () => L('Accession: ', `${up(2)}${digits(r, 8)}`),
    () => L('Specimen ', `S${pad(year % 100)}-${digits(r, 5)}`),
    () => L('SSN ', `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)}`),
    () => L('SS# ', `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)}`),
    () => L('EMR: ', digits(r, 7)),
    () => L('Medicare ID ', `${r.int(1, 9)}${up(2)}${r.int(1, 9)}-${up(1)}${digits(r, 1)}${up(1)}-${up(2)}${digits(r, 2)}`),
    () => L('Member ID: ', `${up(3)}${digits(r, 9)}`),
    () => L('insurance # is ', `${up(1)}${digits(r, 8)}`),
    () => L('Policy no. ', `${up(2)}-${digits(r, 7)}`),
    () => L("Driver's licence ", `${up(1)}${digits(r, 7)}`),
    () => L('CLIA #', `${pad(r.int(1, 99))}D${digits(r, 7)}`),
    () => L('Serial number ', `${up(2)}${digits(r, 6)}${up(1)}`),
    () => L('Lot ', `${digits(r, 1)}${up(1)}${digits(r, 4)}`),
    () => L('license plate ', `${r.int(1, 9)}${up(3)}${digits(r, 3)}`),
    () => L('DEA# ', `${up(2)}${digits(r, 7)}`),
    () => L('NPI ', `1${digits(r, 9)}`),
    () => L('Pacemaker SN ', `${up(3)}${digits(r, 6)}`),
    () => L('Encounter ', digits(r, 9)),
    () => L('Order #', digits(r, 8)),
  ])();
}

/** A bare identifier value (no label), for fields whose label the template writes. */
export function idValue(r: Rand): string {
  return P('ID', r.pick([digits(r, 7), digits(r, 8), `${digits(r, 3)}-${digits(r, 4)}-${digits(r, 1)}`, `${String.fromCharCode(65 + r.int(0, 25))}${digits(r, 7)}`]));
}

// ------------------------------------------------------------------------- locations

const US_STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'NY', 'NJ', 'PA', 'OH', 'MI', 'IL', 'WI', 'MN', 'IA', 'MO', 'GA', 'FL', 'TX', 'CA', 'OR', 'WA', 'CO', 'AZ', 'NC', 'VA', 'MD'];
const STATE_NAMES = ['Massachusetts', 'New Hampshire', 'Maine', 'Vermont', 'Rhode Island', 'Connecticut', 'New York', 'Ohio', 'Michigan', 'Texas', 'Florida', 'Georgia', 'Oregon', 'Arizona', 'Colorado', 'Virginia', 'Minnesota'];
const SUFFIXES = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Way', 'Blvd', 'Terrace', 'Pl', 'Row', 'Circle'];

/** A US state (not PHI). */
export function state(r: Rand, long = false): string {
  return long ? r.pick(STATE_NAMES) : r.pick(US_STATES);
}

/** An annotated street address (`12 Elm St`, `Apt 4` excluded), with a unit sometimes. */
export function street(r: Rand, p: Pools): string {
  const num = String(r.weighted([[6, r.int(1, 99)], [4, r.int(100, 9999)], [1, r.int(10000, 99999)]]));
  return P('LOCATION', `${num} ${r.chance(0.08) ? r.pick(['N.', 'S.', 'East', 'West']) + ' ' : ''}${r.pick(p.streets)} ${r.pick(SUFFIXES)}`);
}

/** An annotated city. */
export function city(r: Rand, p: Pools): string {
  return P('LOCATION', r.pick(p.cities));
}

/** An annotated ZIP code (5 or 9 digits). */
export function zip(r: Rand): string {
  return P('LOCATION', r.chance(0.8) ? pad(r.int(1001, 99950), 5) : `${pad(r.int(1001, 99950), 5)}-${digits(r, 4)}`);
}

/** A whole address line or block: street, city, state (not PHI), ZIP. */
export function address(r: Rand, p: Pools): string {
  return r.pick([
    () => `${street(r, p)}, ${city(r, p)}, ${state(r)} ${zip(r)}`,
    () => `${street(r, p)} ${city(r, p)} ${state(r)} ${zip(r)}`,
    () => `${street(r, p)}\n${city(r, p)}, ${state(r)} ${zip(r)}`,
    () => `${P('LOCATION', `PO Box ${r.int(10, 9999)}`)}, ${city(r, p)}, ${state(r)} ${zip(r)}`,
    () => `${street(r, p)}, Apt ${r.int(1, 40)}, ${city(r, p)} ${state(r)}`,
  ])();
}

/** An annotated county (`Norfolk County`). */
export function county(r: Rand, p: Pools): string {
  return P('LOCATION', `${r.pick(p.counties)} County`);
}

// ------------------------------------------------------------------------- facilities

/** A facility: full name, abbreviation and a nickname. */
export interface Facility {
  readonly full: string;
  readonly abbr: string;
  readonly nick: string;
  /** a misspelling of the full name (a letter dropped or doubled) */
  readonly misspelt: string;
}

/** Composes a facility from held-out places and names plus facility words. */
export function facility(r: Rand, p: Pools): Facility {
  const place = r.pick(p.cities);
  const sur = r.pick(p.surnames);
  const saint = r.pick(p.given);
  const full = r.weighted<() => string>([
    [16, () => `${place} General Hospital`],
    [10, () => `${place} Medical Center`],
    [8, () => `${sur} Memorial Hospital`],
    [6, () => `St. ${saint}'s Hospital`],
    [5, () => `Saint ${saint} Medical Center`],
    [6, () => `${place} Rehabilitation Hospital`],
    [5, () => `${place} Nursing and Rehabilitation Center`],
    [4, () => `${sur} House Nursing Home`],
    [4, () => `${place} Community Health Center`],
    [4, () => `${sur} Clinic`],
    [4, () => `Mercy ${place} Hospital`],
    [3, () => `Good Shepherd ${place} Hospice`],
    [3, () => `${place} Valley Regional Medical Center`],
    [3, () => `University of ${place} Hospital`],
    [3, () => `${place} Veterans Affairs Medical Center`],
    [3, () => `${sur}-${r.pick(p.surnames)} Cancer Institute`],
    [3, () => `${place} Skilled Nursing Facility`],
  ])();
  const words = full.split(/\s+/).filter((w) => !['of', 'and', 'the'].includes(w));
  const abbr = words.map((w) => w.replace(/^St\.$/, 'S').charAt(0).toUpperCase()).join('');
  const distinctive = words.find((w) => !/^(St\.|Saint|Mercy|Good|Shepherd|University|Valley|General|Medical|Center|Hospital|Memorial)$/.test(w)) ?? words[0]!;
  const nick = /^(St\.|Saint) /.test(full)
    ? `St. ${saint.charAt(0)}'s`
    : full.startsWith('University') ? `${distinctive} U` : r.chance(0.5) ? `${distinctive} General` : `the ${distinctive}`;
  const i = r.int(1, Math.max(1, full.length - 2));
  const misspelt = r.chance(0.5) ? full.slice(0, i) + full.slice(i + 1) : full.slice(0, i) + full.charAt(i) + full.slice(i);
  return { full, abbr, nick: nick.replace(/'s General$/, "'s"), misspelt };
}

/** An annotated facility reference in one of its forms. `the` in a nickname stays outside. */
export function facilityAs(r: Rand, f: Facility): string {
  return r.weighted<() => string>([
    [60, () => P('HOSPITAL', f.full)],
    [16, () => P('HOSPITAL', f.abbr)],
    [10, () => (f.nick.startsWith('the ') ? `the ${P('HOSPITAL', f.nick.slice(4))}` : P('HOSPITAL', f.nick))],
    [6, () => P('HOSPITAL', f.misspelt)],
    [8, () => P('HOSPITAL', f.full.toUpperCase())],
  ])();
}

// --------------------------------------------------------------------------- contacts

/** An annotated e-mail, URL or IP address. */
export function contact(r: Rand, x: Person): string {
  const user = fold(`${x.first}.${x.last}`).replace(/ /g, '.');
  const dom = `${fold(x.last).replace(/ /g, '')}${r.pick(['health', 'med', 'clinic', 'mail'])}.${r.pick(['org', 'com', 'net', 'edu'])}`;
  return P('CONTACT', r.pick([
    `${user}@${dom}`,
    `${user.charAt(0)}${fold(x.last).replace(/ /g, '')}@${dom}`,
    `https://portal.${dom}/patient/${digits(r, 6)}`,
    `www.${dom}`,
    `${r.int(10, 192)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ]));
}

export { fold, MONTHS, WEEKDAYS, ordinal };
