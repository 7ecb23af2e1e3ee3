/**
 * A small template language for note text: literal text, `{slot}` / `{slot:arg}` placeholders
 * (a capitalised slot name capitalises its output), and `[a|b|c]` alternatives (nestable; an
 * empty alternative makes the group optional). Templates are parsed once and cached.
 *
 * @internal
 */
import { writeNegSentence, writeDx, writeFinding, writeProc, writeRhythm, writeAbbrTrap, writeBloodLabs, writeContraction, writeCountry, writeDept, writeDrug, writeEponym, writeFraction, writeGenericFacility, writeLabs, writeMed, writeScore, writeState, writeTrial, writeVitals, writeRoleInstead, RELATION_WORDS, typo } from './clinical.js';
import type { Ctx, Relative } from './ctx.js';
import { drawTown } from './ctx.js';
import { addDays, MONTHS, MONTHS_ABBR, toDays, WEEKDAYS } from './dates.js';
import type { FacilityForm } from './facilities.js';
import { ICU_SYSTEMS, writeCount, writeIcuAtom, writeIcuLine, writeRange, writeTerse, writeWhen, type IcuSystem } from './icu.js';
import type { Person } from './fillers.js';
import {
  futureDay, narrativeAgeForm, pastDay, ptTitle, recentDay, runningNameForm, timeOfDay, writeAge, writeContact, writeDate, writeDateTime,
  writeDoctor, writeFacility, writeHoliday, writeId, writeLocation, writeName, writePhone, writeSignature, writeWeekdayDate,
  idKind, type AgeForm, type DateKind, type LocationKind, type NameForm,
} from './phi.js';
import { chance, int, pick, weighted } from './rng.js';

type Node = { readonly k: 'lit'; readonly s: string } | { readonly k: 'slot'; readonly name: string; readonly arg: string | undefined; readonly cap: boolean } | { readonly k: 'alt'; readonly opts: readonly (readonly Node[])[] };

function parseSeq(t: string, pos: { i: number }, inAlt: boolean): Node[] {
  const out: Node[] = [];
  let lit = '';
  const flush = (): void => {
    if (lit !== '') out.push({ k: 'lit', s: lit });
    lit = '';
  };
  while (pos.i < t.length) {
    const ch = t.charAt(pos.i);
    if (inAlt && (ch === '|' || ch === ']')) break;
    if (ch === '{') {
      const end = t.indexOf('}', pos.i);
      if (end < 0) throw new Error(`unclosed slot in template: ${t}`);
      flush();
      const body = t.slice(pos.i + 1, end);
      const colon = body.indexOf(':');
      const rawName = colon < 0 ? body : body.slice(0, colon);
      const first = rawName.charAt(0);
      out.push({ k: 'slot', name: rawName.toLowerCase(), arg: colon < 0 ? undefined : body.slice(colon + 1), cap: first !== first.toLowerCase() });
      pos.i = end + 1;
    } else if (ch === '[') {
      flush();
      pos.i++;
      const opts: Node[][] = [];
      for (;;) {
        opts.push(parseSeq(t, pos, true));
        const c = t.charAt(pos.i);
        pos.i++;
        if (c === ']') break;
        if (c !== '|') throw new Error(`unclosed alternative in template: ${t}`);
      }
      out.push({ k: 'alt', opts });
    } else {
      lit += ch;
      pos.i++;
    }
  }
  flush();
  return out;
}

const cache = new Map<string, readonly Node[]>();

function parse(t: string): readonly Node[] {
  let hit = cache.get(t);
  if (!hit) {
    hit = parseSeq(t, { i: 0 }, false);
    cache.set(t, hit);
  }
  return hit;
}

/** Mutable per-note template state: the relative and doctor last named. */
interface SlotState {
  rel?: Relative;
  doc?: Person;
}
const state = new WeakMap<Ctx, SlotState>();
function st(c: Ctx): SlotState {
  let s = state.get(c);
  if (!s) {
    s = {};
    state.set(c, s);
  }
  return s;
}

function relative(c: Ctx): Relative {
  const s = st(c);
  if (!s.rel) s.rel = pick(c.rng, c.relatives);
  return s.rel;
}

type Slot = (c: Ctx, arg: string | undefined) => void;

function icuSystem(a: string | undefined): IcuSystem {
  const s = (a ?? 'vs') as IcuSystem;
  if (!ICU_SYSTEMS.includes(s)) throw new Error(`unknown ICU system ${a}`);
  return s;
}

/** An age over 89 (55%) or not (45%, mostly 70–89), for forms that must be learnt both ways. */
function anyAge(c: Ctx): number {
  const r = c.rng;
  if (chance(r, 0.55)) return weighted(r, [[55, int(r, 90, 95)], [30, int(r, 96, 100)], [15, int(r, 101, 108)]] as const);
  return weighted(r, [[60, int(r, 70, 89)], [40, int(r, 20, 69)]] as const);
}

const FEMALE_RELS = new Set(['wife', 'daughter', 'sister', 'mother', 'niece', 'granddaughter', 'aunt', 'daughter-in-law', 'stepdaughter', 'goddaughter']);
const MALE_RELS = new Set(['husband', 'son', 'brother', 'father', 'nephew', 'grandson', 'uncle', 'son-in-law']);
function relSex(c: Ctx): 'F' | 'M' {
  const r = relative(c);
  return FEMALE_RELS.has(r.rel) ? 'F' : MALE_RELS.has(r.rel) ? 'M' : r.person.sex;
}

const pron = (c: Ctx, f: string, m: string): void => c.b.text(c.pt.sex === 'F' ? f : m);

const SLOTS: Record<string, Slot> = {
  // --- the patient
  pt: (c) => {
    const r = c.rng();
    if (r < 0.55) {
      c.b.text(ptTitle(c) + ' ');
      writeName(c, c.pt, weighted(c.rng, [[80, 'last'], [12, 'full'], [8, 'initLast']] as const));
    } else writeName(c, c.pt, weighted(c.rng, [[35, 'last'], [30, 'given'], [25, 'full'], [5, 'fullMiddle'], [5, 'givenInit']] as const));
  },
  ptname: (c, a) => writeName(c, c.pt, (a as NameForm | undefined) ?? runningNameForm(c.rng)),
  ptfull: (c) => writeName(c, c.pt, weighted(c.rng, [[35, 'full'], [20, 'LASTFIRST'], [18, 'lastFirst'], [10, 'lastFirstMiddle'], [10, 'fullMiddle'], [7, 'lastFirstNoComma']] as const)),
  ptgiven: (c) => writeName(c, c.pt, 'given'),
  ptlast: (c) => writeName(c, c.pt, 'last'),
  title: (c) => c.b.text(ptTitle(c)),
  he: (c) => pron(c, 'she', 'he'),
  his: (c) => pron(c, 'her', 'his'),
  him: (c) => pron(c, 'her', 'him'),
  man: (c) => pron(c, pick(c.rng, ['woman', 'female', 'lady', 'F']), pick(c.rng, ['man', 'male', 'gentleman', 'M'])),
  sex: (c) => c.b.text(c.pt.sex),
  // --- family and staff
  rel: (c) => {
    const s = st(c);
    s.rel = pick(c.rng, c.relatives);
    c.b.text(s.rel.rel);
  },
  relword: (c) => c.b.text(pick(c.rng, RELATION_WORDS)),
  relname: (c, a) => writeName(c, relative(c).person, (a as NameForm | undefined) ?? weighted(c.rng, [[65, 'given'], [20, 'full'], [8, 'givenInit'], [7, 'last']] as const)),
  spouse: (c, a) => {
    const s = st(c);
    const sp = c.relatives.find((r) => r.rel === 'wife' || r.rel === 'husband' || r.rel === 'partner');
    if (sp) s.rel = sp;
    writeName(c, sp ? sp.person : c.doctors[0]!, (a as NameForm | undefined) ?? pick(c.rng, ['full', 'given', 'fullMiddle'] as const));
  },
  relfull: (c) => writeName(c, relative(c).person, pick(c.rng, ['full', 'full', 'fullMiddle', 'lastFirst'] as const)),
  dr: (c) => {
    if (writeRoleInstead(c)) return;
    const s = st(c);
    s.doc = pick(c.rng, c.doctors);
    writeDoctor(c, s.doc);
  },
  drsame: (c) => writeDoctor(c, st(c).doc ?? pick(c.rng, c.doctors)),
  drname: (c, a) => (a === undefined || a === 'given') && writeRoleInstead(c) ? undefined : writeName(c, pick(c.rng, c.doctors), (a as NameForm | undefined) ?? runningNameForm(c.rng)),
  drlast: (c) => {
    c.b.text(pick(c.rng, ['Dr. ', 'Dr. ', 'Dr ']));
    writeName(c, pick(c.rng, c.doctors), 'last');
  },
  rn: (c) => writeRoleInstead(c) ? undefined : writeName(c, pick(c.rng, c.nurses), weighted(c.rng, [[70, 'given'], [15, 'initials'], [10, 'givenInit'], [5, 'full']] as const)),
  person: (c, a) => (a === undefined || a === 'given') && writeRoleInstead(c) ? undefined : writeName(c, pick(c.rng, [...c.doctors, ...c.nurses]), (a as NameForm | undefined) ?? runningNameForm(c.rng)),
  initials: (c) => writeRoleInstead(c) ? undefined : writeName(c, pick(c.rng, [...c.doctors, ...c.nurses]), 'initials'),
  sig: (c, a) => writeSignature(c, pick(c.rng, a === 'RN' ? c.nurses : c.doctors), a ?? 'MD'),
  user: (c) => writeName(c, pick(c.rng, [...c.doctors, ...c.nurses]), 'username'),
  // --- dates
  date: (c, a) => writeDate(c, recentDay(c), (a as DateKind | undefined) ?? 'any'),
  today: (c, a) => writeDate(c, c.today, (a as DateKind | undefined) ?? 'note'),
  admit: (c, a) => writeDate(c, c.admit, (a as DateKind | undefined) ?? 'note'),
  hday: (c, a) => writeDate(c, addDays(c.admit, int(c.rng, 0, Math.max(0, toDays(c.today) - toDays(c.admit)))), (a as DateKind | undefined) ?? 'any'),
  past: (c, a) => writeDate(c, pastDay(c), (a as DateKind | undefined) ?? 'any'),
  future: (c, a) => writeDate(c, futureDay(c), (a as DateKind | undefined) ?? 'any'),
  dob: (c, a) => writeDate(c, addDays(c.today, -(c.age * 365 + int(c.rng, 0, 364))), (a as DateKind | undefined) ?? 'note'),
  dt: (c) => writeDateTime(c, recentDay(c, 3)),
  wkdate: (c, a) => writeWeekdayDate(c, a === 'future' || (a === undefined && chance(c.rng, 0.5)) ? futureDay(c) : recentDay(c)),
  holiday: (c) => writeHoliday(c),
  // {year} 2004; {year:yy} 04; {year:apos} '04 or 04' (a history list's year: CABG '04, CVA 74')
  year: (c, a) => {
    const y = pastDay(c).y;
    const yy = String(y % 100).padStart(2, '0');
    c.b.phi('DATE', a === 'yy' ? yy : a === 'apos' ? (chance(c.rng, 0.6) ? `'${yy}` : `${yy}'`) : String(y));
  },
  monthcue: (c) => c.b.phi('DATE', chance(c.rng, 0.5) ? pick(c.rng, MONTHS) : pick(c.rng, MONTHS_ABBR)),
  weekday: (c) => c.b.text(pick(c.rng, WEEKDAYS)),
  time: (c) => c.b.neg(timeOfDay(c.rng)),
  // --- ages
  agesex: (c) => {
    const r = c.rng();
    if (r < 0.45) writeAge(c, c.age, pick(c.rng, ['sexWord', 'sexWord', 'sexGlued', 'sexSpaced'] as const));
    else {
      writeAge(c, c.age, pick(c.rng, ['yo', 'yearOld', 'y/o', 'yoGlued', 'words'] as const));
      c.b.text(' ');
      pron(c, pick(c.rng, ['woman', 'female', 'lady', 'F', 'woman']), pick(c.rng, ['man', 'male', 'gentleman', 'M', 'man']));
    }
  },
  age: (c, a) => writeAge(c, c.age, (a as AgeForm | undefined) ?? narrativeAgeForm(c.rng)),
  oldage: (c, a) => writeAge(c, int(c.rng, 90, 104), (a as AgeForm | undefined) ?? narrativeAgeForm(c.rng)),
  youngage: (c, a) => writeAge(c, int(c.rng, 18, 89), (a as AgeForm | undefined) ?? narrativeAgeForm(c.rng)),
  anyage: (c, a) => writeAge(c, anyAge(c), (a as AgeForm | undefined) ?? narrativeAgeForm(c.rng)),
  relanyage: (c, a) => writeAge(c, anyAge(c), (a as AgeForm | undefined) ?? narrativeAgeForm(c.rng), relSex(c)),
  relage: (c, a) => writeAge(c, chance(c.rng, 0.5) ? int(c.rng, 90, 103) : int(c.rng, 40, 89), (a as AgeForm | undefined) ?? 'livedTo', chance(c.rng, 0.5) ? 'F' : 'M'),
  // --- contact numbers and ids
  phone: (c, a) => writePhone(c, (a as 'phone' | undefined) ?? 'phone'),
  pager: (c) => writePhone(c, 'pager'),
  fax: (c) => writePhone(c, 'fax'),
  ext: (c) => writePhone(c, 'ext'),
  cell: (c) => writePhone(c, 'cell'),
  id: (c, a) => {
    if (a !== undefined && a !== 'bare' && idKind(a) === undefined) throw new Error(`unknown id kind ${a}`);
    writeId(c, a === 'bare' ? 'bare' : idKind(a));
  },
  idval: (c) => writeId(c, 'bare'),
  idacc: (c) => writeId(c, 'accval'),
  zip: (c) => writeLocation(c, 'zip'),
  idnum: (c) => c.b.phi('ID', String(int(c.rng, 10000, 99999999))),
  // --- facilities and places
  // now and then a generic place (`rehab`, `the floor`, `OSH`) where a named one could stand
  hosp: (c, a) => (a === undefined && chance(c.rng, 0.06) ? writeGenericFacility(c) : writeFacility(c, c.outside, (a as FacilityForm | undefined) ?? 'any')),
  here: (c, a) => writeFacility(c, c.hosp, (a as FacilityForm | undefined) ?? 'any'),
  rehab: (c, a) => (a === undefined && chance(c.rng, 0.08) ? writeGenericFacility(c) : writeFacility(c, c.rehab, (a as FacilityForm | undefined) ?? 'any')),
  clinic: (c, a) => writeFacility(c, c.clinic, (a as FacilityForm | undefined) ?? 'any'),
  town: (c) => writeLocation(c, 'town', c.town),
  city: (c) => writeLocation(c, 'town', drawTown(c.rng, c.pools)),
  loc: (c, a) => writeLocation(c, (a as LocationKind | undefined) ?? 'address', chance(c.rng, 0.6) ? c.town : undefined),
  email: (c, a) => writeContact(c, 'email', a === 'pt' ? c.pt : a === 'rel' ? relative(c).person : undefined),
  url: (c) => writeContact(c, 'url'),
  ip: (c) => writeContact(c, 'ip'),
  // --- clinical filler (never PHI)
  drug: (c, a) => writeDrug(c, a),
  med: (c) => writeMed(c),
  vitals: (c) => writeVitals(c),
  labs: (c) => writeLabs(c),
  bloodlabs: (c) => writeBloodLabs(c),
  epo: (c, a) => writeEponym(c, a),
  score: (c) => writeScore(c),
  trial: (c) => writeTrial(c),
  frac: (c) => writeFraction(c),
  abbr: (c) => writeAbbrTrap(c),
  facword: (c) => writeGenericFacility(c),
  dept: (c) => writeDept(c),
  state: (c) => writeState(c),
  country: (c) => writeCountry(c),
  contr: (c) => writeContraction(c),
  negs: (c) => writeNegSentence(c),
  dx: (c) => writeDx(c),
  complaint: (c) => c.b.text(pick(c.rng, ['chest pain', 'shortness of breath', 'dyspnea on exertion', 'a fall', 'confusion', 'abdominal pain', 'fevers', 'weakness', 'melena', 'hematemesis', 'syncope', 'headache', 'leg swelling', 'cough', 'palpitations', 'nausea and vomiting', 'diarrhea', 'dysuria', 'back pain', 'a rash', 'slurred speech', 'L sided weakness'])),
  dept_upper: (c) => c.b.text(pick(c.rng, ['CARDIOLOGY', 'NEUROLOGY', 'MEDICINE', 'SURGERY', 'ONCOLOGY', 'NEPHROLOGY', 'PULMONARY', 'GERIATRICS', 'ORTHOPEDICS', 'RADIOLOGY'])),
  proc: (c) => writeProc(c),
  finding: (c) => writeFinding(c),
  rhythm: (c) => writeRhythm(c),
  // --- ICU numbers (never PHI)
  icu: (c, a) => writeIcuAtom(c, icuSystem(a)),
  iculine: (c, a) => writeIcuLine(c, icuSystem(a)),
  when: (c) => writeWhen(c),
  range: (c, a) => writeRange(c, a ?? '90-130'),
  cnt: (c, a) => writeCount(c, a),
  terse: (c) => writeTerse(c),
  wordgiven: (c, a) => c.b.phi('NAME', pick(c.rng, a === 'M' ? c.pools.wordGivenMale : a === 'F' ? c.pools.wordGivenFemale : c.pools.wordGiven)),
  wordfam: (c) => c.b.phi('NAME', pick(c.rng, c.pools.wordFamily)),
  n: (c, a) => {
    const [lo, hi] = (a ?? '1-10').split('-').map(Number) as [number, number];
    c.b.text(String(int(c.rng, lo, hi)));
  },
  d: (c, a) => {
    const [lo, hi] = (a ?? '0-10').split('-').map(Number) as [number, number];
    c.b.text((lo + c.rng() * (hi - lo)).toFixed(1));
  },
};

function run(c: Ctx, nodes: readonly Node[]): void {
  for (const n of nodes) {
    if (n.k === 'lit') c.b.text(c.family !== 'message' && n.s.length > 12 && chance(c.rng, 0.004) ? typo(c.rng, n.s) : n.s);
    else if (n.k === 'alt') run(c, pick(c.rng, n.opts));
    else {
      const f = SLOTS[n.name];
      if (!f) throw new Error(`unknown template slot {${n.name}}`);
      if (n.cap) c.b.capNext = true;
      f(c, n.arg);
      c.b.capNext = false;
    }
  }
}

/**
 * Writes a template into the note.
 *
 * @param c - the note
 * @param template - the template text
 */
export function fill(c: Ctx, template: string): void {
  run(c, parse(template));
}

/**
 * Writes one template chosen at random.
 *
 * @param c - the note
 * @param templates - candidate templates
 */
export function fillOne(c: Ctx, templates: readonly string[]): void {
  fill(c, pick(c.rng, templates));
}

/**
 * @param template - a template
 * @returns the slot names it uses (for tests)
 */
export function slotsOf(template: string): string[] {
  const out: string[] = [];
  const walk = (ns: readonly Node[]): void => {
    for (const n of ns) {
      if (n.k === 'slot') out.push(n.name);
      else if (n.k === 'alt') n.opts.forEach(walk);
    }
  };
  walk(parse(template));
  return out;
}

/** @returns whether a slot name exists */
export function hasSlot(name: string): boolean {
  return name in SLOTS;
}
