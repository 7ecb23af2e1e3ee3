/**
 * The state of one note being written: its builder, PRNG, pools and the people, places,
 * facilities and dates it is about (so a note names its patient and family consistently).
 *
 * @internal
 */
import { NoteBuilder, type CaseMode } from './builder.js';
import { addDays, fromDays, toDays, FULL_FORMS, PARTIAL_FORMS, type DateForm, type Ymd } from './dates.js';
import { drawFacility, type Facility } from './facilities.js';
import { drawPerson, type Person, type Pools } from './fillers.js';
import { chance, int, pick, weighted, type Rng } from './rng.js';
import type { NoteFamily } from './types.js';

/** A relative of the patient. */
export interface Relative {
  readonly rel: string;
  readonly person: Person;
}

/** One note's state. */
export interface Ctx {
  readonly rng: Rng;
  readonly pools: Pools;
  readonly b: NoteBuilder;
  readonly family: NoteFamily;
  readonly pt: Person;
  /** The patient's age in years. */
  readonly age: number;
  /** The day the note is written. */
  readonly today: Ymd;
  /** The day of admission (on or before `today`). */
  readonly admit: Ymd;
  /** The note's preferred full-date and partial-date forms. */
  readonly fullStyle: DateForm;
  readonly partialStyle: DateForm;
  readonly relatives: readonly Relative[];
  readonly doctors: readonly Person[];
  readonly nurses: readonly Person[];
  /** Where the note is written, the outside hospital, a rehab or nursing facility, a clinic. */
  readonly hosp: Facility;
  readonly outside: Facility;
  readonly rehab: Facility;
  readonly clinic: Facility;
  /** The patient's home town. */
  readonly town: string;
  /** Names in this note are sometimes written in lower case even in a mixed-case note. */
  readonly sloppyNames: boolean;
}

const SPOUSE_OF: Record<'F' | 'M', readonly string[]> = { F: ['husband', 'wife', 'partner'], M: ['wife', 'husband', 'partner'] };
const RELATIONS: readonly (readonly [string, 'F' | 'M' | undefined])[] = [
  ['daughter', 'F'], ['son', 'M'], ['sister', 'F'], ['brother', 'M'], ['mother', 'F'], ['father', 'M'], ['niece', 'F'], ['nephew', 'M'],
  ['granddaughter', 'F'], ['grandson', 'M'], ['friend', undefined], ['neighbor', undefined], ['aunt', 'F'], ['uncle', 'M'],
  ['daughter-in-law', 'F'], ['son-in-law', 'M'], ['cousin', undefined], ['stepdaughter', 'F'], ['goddaughter', 'F'],
];

/**
 * Draws a town (mostly US, some made up, a few abroad).
 *
 * @param rng - the PRNG
 * @param pools - the pools
 * @returns a town name
 */
export function drawTown(rng: Rng, pools: Pools): string {
  return pick(rng, weighted(rng, [[75, pools.usCities], [15, pools.fakeTowns], [10, pools.foreignCities]] as const));
}

/**
 * @param rng - the PRNG
 * @param pools - the pools
 * @param family - the note family
 * @param mode - the case profile
 * @returns a fresh note state
 */
export function makeCtx(rng: Rng, pools: Pools, family: NoteFamily, mode: CaseMode): Ctx {
  const pt = drawPerson(rng, pools);
  const old = chance(rng, family === 'radiology' ? 0.3 : family === 'message' ? 0.15 : 0.22);
  const age = old ? weighted(rng, [[60, int(rng, 90, 95)], [30, int(rng, 96, 100)], [10, int(rng, 101, 108)]] as const) : int(rng, 18, 89);
  const today = fromDays(int(rng, toDays({ y: 1992, m: 1, d: 1 }), toDays({ y: 2025, m: 12, d: 31 })));
  const admit = addDays(today, -int(rng, 0, family === 'discharge' ? 21 : 6));
  const relatives: Relative[] = [];
  const nRel = int(rng, 1, 4);
  for (let i = 0; i < nRel; i++) {
    if (i === 0 && chance(rng, 0.5)) {
      const rel = pick(rng, SPOUSE_OF[pt.sex]);
      const sex = rel === 'wife' ? 'F' : rel === 'husband' ? 'M' : undefined;
      const p = drawPerson(rng, pools, sex);
      relatives.push({ rel, person: chance(rng, 0.7) ? { ...p, family: pt.family } : p });
    } else {
      const [rel, sex] = pick(rng, RELATIONS);
      const p = drawPerson(rng, pools, sex);
      relatives.push({ rel, person: chance(rng, 0.5) ? { ...p, family: pt.family } : p });
    }
  }
  const doctors = Array.from({ length: int(rng, 2, 5) }, () => drawPerson(rng, pools));
  const nurses = Array.from({ length: int(rng, 1, 3) }, () => drawPerson(rng, pools));
  return {
    rng,
    pools,
    b: new NoteBuilder(mode),
    family,
    pt,
    age,
    today,
    admit,
    fullStyle: pick(rng, FULL_FORMS),
    partialStyle: pick(rng, PARTIAL_FORMS),
    relatives,
    doctors,
    nurses,
    hosp: drawFacility(rng, pools, 'hospital'),
    outside: drawFacility(rng, pools, 'hospital'),
    rehab: drawFacility(rng, pools, 'rehab'),
    clinic: drawFacility(rng, pools, 'clinic'),
    town: drawTown(rng, pools),
    sloppyNames: mode === 'mixed' && chance(rng, 0.05),
  };
}
