/**
 * Facility names: a hand-written list of real, public hospital names with their abbreviations
 * and nicknames, and invented facilities built from place and person names plus facility
 * words (hospitals, rehab and nursing facilities, clinics, hospices), with their abbreviations.
 *
 * @internal
 */
import { isHeldOut } from '../heldOut.js';
import type { Pools } from './fillers.js';
import { chance, pick, weighted, type Rng } from './rng.js';

/** The kind of a facility (decides where a note mentions it). */
export type FacilityKind = 'hospital' | 'rehab' | 'clinic';

/** A facility and the ways a note may name it. Every form is a HOSPITAL value. */
export interface Facility {
  readonly full: string;
  /** Shorter names (`Mass General`, `St. Mary's`, `Quincy General`). */
  readonly short: readonly string[];
  /** Abbreviations (`MGH`, `QGH`). */
  readonly abbr: readonly string[];
  /** Names written after "the" (`the Brigham`): the value is the name alone. */
  readonly nick: readonly string[];
  readonly kind: FacilityKind;
}

type RealEntry = readonly [full: string, short: readonly string[], abbr: readonly string[], nick: readonly string[]];

const REAL: readonly RealEntry[] = [
  ['Massachusetts General Hospital', ['Mass General', 'Mass Gen'], ['MGH'], ['General']],
  ["Brigham and Women's Hospital", ["Brigham and Women's", 'Brigham & Womens'], ['BWH'], ['Brigham']],
  ['Beth Israel Deaconess Medical Center', ['Beth Israel', 'Beth Israel Deaconess'], ['BIDMC', 'BI'], ['Beth', 'Deaconess']],
  ["St. Elizabeth's Medical Center", ["St. Elizabeth's", "St Elizabeth's"], ["St. E's", 'SEMC'], []],
  ['Boston Medical Center', [], ['BMC'], []],
  ['Tufts Medical Center', ['Tufts'], ['TMC', 'NEMC'], []],
  ['Faulkner Hospital', [], [], ['Faulkner']],
  ['Mount Auburn Hospital', ['Mt. Auburn', 'Mount Auburn'], ['MAH'], []],
  ['Newton-Wellesley Hospital', ['Newton Wellesley', 'Newton-Wellesley'], ['NWH'], []],
  ['Lahey Clinic', ['Lahey'], [], []],
  ['Dana-Farber Cancer Institute', ['Dana-Farber', 'Dana Farber'], ['DFCI'], []],
  ['Spaulding Rehabilitation Hospital', ['Spaulding', 'Spaulding Rehab'], ['SRH'], []],
  ['Hebrew Rehabilitation Center', ['Hebrew Rehab', 'Hebrew SeniorLife'], ['HRC'], []],
  ['UCSF Medical Center', ['UCSF', 'UCSF Parnassus'], [], []],
  ['Cedars-Sinai Medical Center', ['Cedars-Sinai', 'Cedars', 'Cedar Sinai'], ['CSMC'], []],
  ['Johns Hopkins Hospital', ['Johns Hopkins', 'Hopkins', 'John Hopkins'], ['JHH'], []],
  ['Mayo Clinic', ['Mayo', 'Mayo Rochester'], [], []],
  ['Cleveland Clinic', ['Cleveland Clinic Main Campus'], ['CCF'], []],
  ['MD Anderson Cancer Center', ['MD Anderson', 'M.D. Anderson'], ['MDACC'], []],
  ['Memorial Sloan Kettering Cancer Center', ['Sloan Kettering', 'Sloan-Kettering', 'Memorial Sloan Kettering'], ['MSKCC', 'MSK'], ['Sloan']],
  ['NYU Langone Health', ['NYU Langone', 'Langone'], ['NYU'], []],
  ['Mount Sinai Hospital', ['Mount Sinai', 'Mt. Sinai', 'Mt Sinai'], [], []],
  ['UPMC Presbyterian', ['UPMC'], [], []],
  ['Yale New Haven Hospital', ['Yale New Haven', 'Yale-New Haven'], ['YNHH'], []],
  ['Ronald Reagan UCLA Medical Center', ['UCLA', 'UCLA Medical Center'], [], []],
  ['Stanford Hospital', ['Stanford Health Care'], ['SHC'], []],
  ['Duke University Hospital', ['Duke', 'Duke University Medical Center'], ['DUH', 'DUMC'], []],
  ['Vanderbilt University Medical Center', ['Vanderbilt'], ['VUMC'], []],
  ['Northwestern Memorial Hospital', ['Northwestern', 'Northwestern Memorial'], ['NMH'], []],
  ['Barnes-Jewish Hospital', ['Barnes-Jewish', 'Barnes Jewish', 'Barnes'], ['BJH'], []],
  ['Baystate Medical Center', ['Baystate'], [], []],
  ['UMass Memorial Medical Center', ['UMass Memorial', 'UMass'], ['UMMC'], []],
  ['Hartford Hospital', [], [], []],
  ['Rhode Island Hospital', [], ['RIH'], []],
  ['Walter Reed National Military Medical Center', ['Walter Reed'], ['WRNMMC'], []],
  ['Shriners Hospital for Children', ['Shriners', "Shriner's"], [], []],
  ['Kaiser Permanente', ['Kaiser'], ['KP'], []],
  ['Ochsner Medical Center', ['Ochsner'], [], []],
  ['Montefiore Medical Center', ['Montefiore'], [], []],
  ['Hackensack University Medical Center', ['Hackensack', 'Hackensack Meridian'], ['HUMC'], []],
  ['Jackson Memorial Hospital', ['Jackson Memorial', 'Jackson'], ['JMH'], []],
  ['Parkland Memorial Hospital', ['Parkland'], [], []],
  ['Grady Memorial Hospital', ['Grady'], [], []],
  ['Bellevue Hospital', ['Bellevue'], [], []],
  ['Harborview Medical Center', ['Harborview'], ['HMC'], []],
  ['Cook County Hospital', ['Cook County', 'Stroger'], [], []],
  ["Children's Hospital of Philadelphia", [], ['CHOP'], []],
  ["Boston Children's Hospital", ["Boston Children's", "Children's Hospital Boston"], ['BCH'], []],
  ['Lenox Hill Hospital', ['Lenox Hill'], [], []],
  ['Maine Medical Center', ['Maine Med'], ['MMC'], []],
  ['Dartmouth-Hitchcock Medical Center', ['Dartmouth-Hitchcock', 'Dartmouth'], ['DHMC'], []],
  ['Carney Hospital', ['Carney'], [], []],
  ['South Shore Hospital', ['South Shore'], ['SSH'], []],
  ['Lawrence General Hospital', ['Lawrence General'], ['LGH'], []],
  ['Emerson Hospital', ['Emerson'], [], []],
  ['Winchester Hospital', ['Winchester'], [], []],
  ['Good Samaritan Medical Center', ['Good Samaritan', 'Good Sam'], ['GSMC'], []],
  ['Holy Family Hospital', ['Holy Family'], [], []],
  ['Sturdy Memorial Hospital', ['Sturdy Memorial', 'Sturdy'], [], []],
  ['Anna Jaques Hospital', ['Anna Jaques'], ['AJH'], []],
  ['Milford Regional Medical Center', ['Milford Regional'], [], []],
  ['Cape Cod Hospital', ['Cape Cod'], ['CCH'], []],
  ['Kindred Hospital', ['Kindred'], [], []],
  ['Youville Hospital', ['Youville'], [], []],
  ['Whittier Rehabilitation Hospital', ['Whittier Rehab', 'Whittier'], [], []],
  ['Braintree Rehabilitation Hospital', ['Braintree Rehab'], [], []],
  ['New England Baptist Hospital', ['New England Baptist', 'NE Baptist'], ['NEBH'], []],
  ['Brockton Hospital', ['Brockton'], [], []],
  ['Caritas Norwood Hospital', ['Norwood Hospital', 'Caritas Norwood'], [], []],
  ['Intermountain Medical Center', ['Intermountain'], ['IMC'], []],
  ['Geisinger Medical Center', ['Geisinger'], [], []],
  ['Rush University Medical Center', ['Rush'], ['RUMC'], []],
  ['Emory University Hospital', ['Emory'], ['EUH'], []],
  ['Hospital for Special Surgery', [], ['HSS'], []],
];

const SAINTS = ['Mary', 'Joseph', 'Luke', 'Elizabeth', 'Anne', 'Vincent', 'Francis', 'John', 'Jude', 'Margaret', 'Catherine', 'Agnes', 'Anthony', 'Michael', 'Peter', 'Paul', 'Patrick', 'Rita', 'Clare', 'Theresa', 'Barnabas', 'Raphael', 'Jerome', 'Camillus', 'Dominic', 'Benedict', 'Mark', 'Andrew', 'Charles', 'Cloud', 'Louis', 'Bernard', 'Helena', 'Monica', 'Gabriel'];
const NATURE = ['Oak Hill', 'Pine Ridge', 'Maple Grove', 'Cedar Crest', 'Willow Brook', 'Sunny Acres', 'Meadowbrook', 'Riverside', 'Lakeview', 'Fairview', 'Hillcrest', 'Brookside', 'Green Valley', 'Shady Oaks', 'Briarwood', 'Rolling Hills', 'Spring Valley', 'Highland', 'Bayview', 'Seaview', 'Mountain View', 'Harbor View', 'Park View', 'Evergreen', 'Heritage', 'Whispering Pines', 'Sunrise', 'Golden Pond', 'Elmwood', 'Birchwood', 'Kingswood', 'Stonebridge', 'Clearwater', 'Silver Lake', 'Northgate', 'Westwood', 'Eastview', 'Crestview', 'Woodland', 'Ashford', 'Applewood', 'Blue Hills', 'Copper Ridge', 'Deer Park', 'Hawthorne', 'Ivy Hall', 'Laurel Ridge', 'Marshfield', 'Orchard Hill', 'Sandy Brook'];
const HOLY = ['Cross', 'Family', 'Name', 'Redeemer', 'Spirit', 'Trinity', 'Innocents'];
const OUR_LADY = ['Lourdes', 'Mercy', 'the Lake', 'Fatima', 'Grace', 'Peace', 'Perpetual Help', 'the Angels'];
const DENOM = ['Baptist', 'Methodist', 'Presbyterian', 'Lutheran', 'Adventist', 'Episcopal', 'Jewish', 'Catholic', 'Deaconess'];

/** Everyday words that start facility names (`Providence Hospital`, `Summit Medical Center`). */
const COMMON_WORDS = ['Providence', 'Summit', 'Hope', 'Grace', 'Unity', 'Trinity', 'Mission', 'Pinnacle', 'Advocate', 'Christ', 'Faith', 'Harmony', 'Liberty', 'Victory', 'Valley', 'Beacon', 'Compass', 'Landmark', 'Sentara', 'Promise', 'Covenant', 'Genesis', 'Carolinas', 'Bay', 'Atlantic', 'Pacific', 'Central', 'Northern', 'Southern', 'Sacred Heart'];

const STOP = new Set(['of', 'the', 'and', 'for', 'St.', 'St', 'Saint', '&']);

/**
 * @param name - a facility name
 * @returns its initials (`Quincy General Hospital` → `QGH`), or '' when too short or long
 */
export function initials(name: string): string {
  const words = name.split(/[ -]/).filter((w) => w !== '' && !STOP.has(w));
  if (words.length < 2 || words.length > 5) return '';
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}

/**
 * A plausible misspelling: a dropped or doubled letter, two letters swapped, a lost apostrophe.
 *
 * @param rng - the PRNG
 * @param s - a name
 * @returns the misspelt name
 */
export function misspell(rng: Rng, s: string): string {
  if (s.includes("'") && chance(rng, 0.5)) return s.replace("'", '');
  const letters: number[] = [];
  for (let i = 1; i < s.length - 1; i++) if (/\p{Ll}/u.test(s.charAt(i)) && /\p{Ll}/u.test(s.charAt(i + 1))) letters.push(i);
  if (letters.length === 0) return s;
  const i = pick(rng, letters);
  const r = rng();
  if (r < 0.4) return s.slice(0, i) + s.slice(i + 1);
  if (r < 0.7) return s.slice(0, i) + s.charAt(i) + s.slice(i);
  return s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
}

function ok(v: string): boolean {
  return !isHeldOut(v) && !isHeldOut(v.toUpperCase()) && !isHeldOut(v.toLowerCase());
}

function make(full: string, short: string[], abbr: string[], nick: string[], kind: FacilityKind): Facility {
  const a = abbr.filter((x) => x.length >= 2);
  return { full, short: short.filter(ok), abbr: a.filter(ok), nick: nick.filter(ok), kind };
}

function invented(rng: Rng, pools: Pools, kind: FacilityKind): Facility {
  const city = pick(rng, chance(rng, 0.8) ? pools.usCities : pools.fakeTowns);
  const sur = pick(rng, pools.anySurname);
  const nat = pick(rng, NATURE);
  const saint = pick(rng, SAINTS);
  const given = pick(rng, pools.origins[0]![1].female);
  if (kind === 'hospital') {
    const t = chance(rng, 0.06) ? 50 : int100(rng);
    if (t < 12) return make(`${city} General Hospital`, [`${city} General`, `${city} Gen`], [initials(`${city} General Hospital`)], [], kind);
    if (t < 20) return make(`${city} Hospital`, [], [initials(`${city} Hospital`)], [], kind);
    if (t < 30) return make(`${city} Medical Center`, [`${city} Med`], [initials(`${city} Medical Center`)], [], kind);
    if (t < 36) return make(`${city} Regional Medical Center`, [`${city} Regional`], [initials(`${city} Regional Medical Center`)], [], kind);
    if (t < 41) return make(`${city} Community Hospital`, [`${city} Community`], [initials(`${city} Community Hospital`)], [], kind);
    if (t < 47) return make(`${sur} Memorial Hospital`, [`${sur} Memorial`], [initials(`${sur} Memorial Hospital`)], [sur], kind);
    if (t < 55) {
      const S = saint.charAt(0);
      return make(pick(rng, [`St. ${saint}'s Hospital`, `Saint ${saint}'s Medical Center`, `St. ${saint} Medical Center`, `St. ${saint}'s Medical Center`]), [`St. ${saint}'s`, `St ${saint}s`, `Saint ${saint}'s`], chance(rng, 0.5) ? [`St. ${S}'s`] : [`St. ${S}'s`, `St ${S}'s`, `S${S}H`], [], kind);
    }
    if (t < 60) {
      if (chance(rng, 0.5)) return make(pick(rng, [`Mercy ${city} Hospital`, `Mercy Hospital of ${city}`, 'Mercy Medical Center', `Mercy Health ${city}`]), ['Mercy'], [], [], kind);
      const w = pick(rng, COMMON_WORDS);
      return make(pick(rng, [`${w} ${city} Medical Center`, `${w} Hospital`, `${w} Medical Center`, `${w} Health ${city}`, `${w} Regional Hospital`]), [w, `${w} ${city}`], [initials(`${w} Medical Center`)], [], kind);
    }
    if (t < 63) return make(pick(rng, [`Good Samaritan Hospital`, `Good Samaritan ${city}`]), ['Good Samaritan', 'Good Sam'], [], [], kind);
    if (t < 66) {
      const h = pick(rng, HOLY);
      return make(`Holy ${h} Hospital`, [`Holy ${h}`], [`H${h.charAt(0)}H`], [], kind);
    }
    if (t < 68) {
      const l = pick(rng, OUR_LADY);
      return make(`Our Lady of ${l} Hospital`, [`Our Lady of ${l}`], [initials(`Our Lady of ${l}`)], [], kind);
    }
    if (t < 71) return make(`${given} ${sur} Cancer Center`, [`${sur} Cancer Center`], [initials(`${given} ${sur} Cancer Center`)], [], kind);
    if (t < 74) return make(`${city} Children's Hospital`, [`${city} Children's`], [initials(`${city} Childrens Hospital`)], [], kind);
    if (t < 78) return make(`University of ${city} Medical Center`, [`University of ${city}`], [`U${city.charAt(0)}MC`, `U of ${city.charAt(0)}`], [], kind);
    if (t < 82) return make(pick(rng, [`${city} VA Medical Center`, `VA ${city} Healthcare System`]), [`${city} VA`], [], [], kind);
    if (t < 85) {
      const s2 = pick(rng, pools.anySurname);
      return make(`${sur}-${s2} Hospital`, [`${sur}-${s2}`], [`${sur.charAt(0)}${s2.charAt(0)}H`], [], kind);
    }
    if (t < 90) return make(`${nat} ${pick(rng, ['Hospital', 'Medical Center', 'Regional Hospital'])}`, [nat], [initials(`${nat} Hospital`)], [], kind);
    if (t < 93) return make(`${city} Heart Institute`, [], [initials(`${city} Heart Institute`)], [], kind);
    if (t < 96) {
      const d = pick(rng, DENOM);
      return make(pick(rng, [`${d} ${city} Hospital`, `${d} Hospital of ${city}`, `${city} ${d} Hospital`]), [`${d} ${city}`, `${city} ${d}`], [], [], kind);
    }
    return make(`${sur} Behavioral Health`, [`${sur} Behavioral`], [], [], kind);
  }
  if (kind === 'rehab') {
    const t = int100(rng);
    if (t < 12) return make(`${city} Rehab`, [], [], [], kind);
    if (t < 22) return make(`${city} Rehabilitation Center`, [`${city} Rehab`], [initials(`${city} Rehabilitation Center`)], [], kind);
    if (t < 30) return make(`${sur} Rehab Hospital`, [`${sur} Rehab`], [], [], kind);
    if (t < 40) return make(`${nat} Rehab`, [nat], [], [], kind);
    if (t < 50) return make(`${nat} Manor`, [], [], [], kind);
    if (t < 58) return make(`${nat} Nursing Home`, [nat], [], [], kind);
    if (t < 65) return make(`${city} Nursing and Rehabilitation Center`, [`${city} Nursing`], [initials(`${city} Nursing and Rehabilitation Center`)], [], kind);
    if (t < 72) return make(`${nat} Health Care Center`, [nat], [], [], kind);
    if (t < 77) return make(`${nat} Skilled Nursing Facility`, [nat], [], [], kind);
    if (t < 82) return make(`${sur} House`, [], [], [], kind);
    if (t < 87) return make(`${city} Hospice`, [], [], [], kind);
    if (t < 92) return make(`${nat} ${pick(rng, ['Assisted Living', 'Senior Living', 'Care Center', 'Healthcare'])}`, [nat], [], [], kind);
    if (t < 96) return make(`St. ${saint}'s Rehab`, [`St. ${saint}'s`], [], [], kind);
    return make(`${city} ${pick(rng, ['Convalescent Home', 'Long Term Care', 'LTAC', 'Transitional Care Unit'])}`, [], [], [], kind);
  }
  const t = int100(rng);
  if (t < 15) return make(`${sur} Clinic`, [], [], [], kind);
  if (t < 30) return make(`${city} Family Health Center`, [`${city} Family Health`], [initials(`${city} Family Health Center`)], [], kind);
  if (t < 42) return make(`${city} Community Health Center`, [`${city} Health Center`], [initials(`${city} Community Health Center`)], [], kind);
  if (t < 52) return make(`${city} Pediatrics`, [], [], [], kind);
  if (t < 62) return make(`${sur} ${pick(rng, ['Cardiology Associates', 'Family Practice', 'Medical Associates', 'Internal Medicine', 'Orthopedics', 'Eye Center', 'Dermatology'])}`, [sur], [], [], kind);
  if (t < 70) return make(`${nat} Medical Group`, [nat], [], [], kind);
  if (t < 78) return make(`${city} Dialysis Center`, [`${city} Dialysis`], [], [], kind);
  if (t < 85) return make(`${city} Urgent Care`, [], [], [], kind);
  if (t < 92) return make(`${given} ${sur} Health Center`, [`${sur} Health Center`], [], [], kind);
  return make(`${city} ${pick(rng, ['Women\'s Health', 'Cancer Care', 'Wound Clinic', 'Sleep Center', 'Physical Therapy', 'Endoscopy Center'])}`, [], [], [], kind);
}

function int100(rng: Rng): number {
  return Math.floor(rng() * 100);
}

const REAL_FACILITIES: readonly Facility[] = REAL.filter(([full]) => ok(full)).map(([full, short, abbr, nick]) =>
  make(full, [...short], [...abbr], [...nick], /rehab|senior/i.test(full) ? 'rehab' : /clinic|institute/i.test(full) ? 'clinic' : 'hospital'),
);

/**
 * Draws a facility: a real public name (hospitals, about 30%) or an invented one.
 *
 * @param rng - the PRNG
 * @param pools - the pools
 * @param kind - the kind wanted
 * @returns a facility whose full name is not held out
 */
export function drawFacility(rng: Rng, pools: Pools, kind: FacilityKind): Facility {
  const real = REAL_FACILITIES.filter((f) => f.kind === kind);
  for (let i = 0; i < 50; i++) {
    const f = real.length > 0 && chance(rng, kind === 'hospital' ? 0.3 : 0.1) ? pick(rng, real) : invented(rng, pools, kind);
    if (ok(f.full)) return f;
  }
  return REAL_FACILITIES[0]!;
}

/** How a facility is named in one mention. */
export type FacilityForm = 'full' | 'short' | 'abbr' | 'nick' | 'misspelt' | 'any';

/**
 * @param rng - the PRNG
 * @param f - a facility
 * @param form - the form wanted (falls back to the full name when the facility has none)
 * @returns `[value, theNick]`: the HOSPITAL value and whether it should follow "the"
 */
export function facilityName(rng: Rng, f: Facility, form: FacilityForm): readonly [string, boolean] {
  const want: FacilityForm =
    form === 'any'
      ? weighted(rng, [
          [48, 'full'],
          [22, 'short'],
          [18, 'abbr'],
          [7, 'nick'],
          [5, 'misspelt'],
        ] as const)
      : form;
  if (want === 'short' && f.short.length > 0) return [pick(rng, f.short), false];
  if (want === 'abbr' && f.abbr.length > 0) return [pick(rng, f.abbr), false];
  if (want === 'nick' && f.nick.length > 0) return [pick(rng, f.nick), true];
  if (want === 'misspelt') return [misspell(rng, chance(rng, 0.5) && f.short.length > 0 ? pick(rng, f.short) : f.full), false];
  return [f.full, false];
}
