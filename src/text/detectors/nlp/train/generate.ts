/**
 * Synthetic annotated clinical notes for training the token classifier. Everything comes from
 * the templates below (written for this project) and the shipped lexicons (`allowlists/`): no
 * real or corpus text. Deterministic for a given seed.
 *
 * @internal
 */
import seedrandom from 'seedrandom';
import type { NlpLexicons } from '../_resources.js';
import type { Label } from '../_features.js';

/** A labelled region of a synthetic note. */
export interface SyntheticSpan {
  readonly start: number;
  readonly end: number;
  readonly label: Exclude<Label, 'O'>;
}

/** A synthetic note and where its PHI is. */
export interface SyntheticNote {
  readonly text: string;
  readonly spans: readonly SyntheticSpan[];
}

type Piece = string | { readonly text: string; readonly label: Exclude<Label, 'O'> };
type Rng = () => number;

const RELATIONS = ['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'friend', 'niece', 'nephew', 'aunt', 'uncle', 'granddaughter', 'grandson', 'HCP', 'neighbor', 'partner'];
const SERVICES = ['neuro', 'renal', 'cards', 'ortho', 'surgery', 'GI', 'ID', 'pulmonary', 'heme/onc', 'social work', 'case management', 'PT', 'nutrition', 'psych', 'EP', 'vascular', 'urology', 'micu', 'ccu team', 'transplant'];
const STAFF = ['RN', 'MD', 'NP', 'PA', 'resident', 'attending', 'fellow', 'intern', 'CNA', 'RRT', 'SW'];
const FINDINGS = ['low u/o', 'hypotension', 'SBP in 80s', 'new afib', 'K 3.2', 'temp 101.4', 'HR 130s', 'desat to 85%', 'bloody stool', 'agitation', 'CXR results', 'lab results', 'pain', 'poor po intake', 'elevated lactate', 'rising creat', 'hct drop'];
const CLINICAL_LINES = [
  'Neuro: A&O x3, MAE, follows commands, PERRLA.',
  'NEURO: ALERT, ORIENTED X2, MAE, NO FOCAL DEFICITS.',
  'CV: HR {num}s NSR, no ectopy. BP {num}/{num}.',
  'Resp: LS clear bilat, diminished at bases, sats {num}% on {num}L NC.',
  'RESP: ON CPAP 5/5, RR {num}, ABG {num}/{num}/{num}.',
  'GI: abd soft, NT/ND, +BS, tolerating TF at goal.',
  'GU: foley draining clear yellow urine, u/o {num}cc/hr.',
  'ID: afebrile, WBC {num}, on {drug} and {drug}.',
  'Skin: intact, no breakdown noted. Coccyx with stage 2 ulcer.',
  'Plan: continue {drug}, monitor lytes, wean vent as tolerated.',
  'Social: full code. Family updated by team.',
  'A: stable overnight. P: cont to monitor, {drug} prn.',
  'Started on {drug} {num} mg IV q6h.',
  'Given {drug} {num} mg po with good effect.',
  '{epo} sign negative bilaterally.',
  '{epo} catheter in place, waveform sharp.',
  'Hx of {epo} disease, on {drug} at home.',
  'Glasgow coma scale {num}.',
  'Pt transferred to {abbr} from ED at {num}:00.',
  '{abbr} done, results pending.',
  '{abbr} and {abbr} sent this am.',
  'Pt resting comfortably, no c/o pain.',
  'Turned and repositioned q2h, skin care given.',
  'Cont on {drug} gtt at {num} mcg/kg/min.',
  'Hct {num}, transfused 1 unit PRBC.',
  'Will cont to monitor closely.',
  'Per team, NPO after midnight for {abbr}.',
  'Sputum sent for culture. {drug} started.',
  'Tolerating {drug} well, no signs of bleeding.',
  'Labs: Na {num}, K {num}, Cr {num}.',
  'Seen by {service} today, recs appreciated.',
  '{Service} consulted, will follow.',
  'Pain controlled with {drug} {num} mg.',
  'Bedside swallow eval passed.',
  'Right IJ CVL, left radial A-line in place.',
  'Wound vac to sacrum with good seal.',
  'NGT to LIS, draining bilious fluid.',
  'Pt awake, calm and cooperative.',
  'Heparin held for procedure in am.',
  'Mouth care done. Eyes lubricated.',
  'Daughter called; updated on plan of care.',
  'Family in to visit this evening, questions answered.',
  '{relation} and {relation} in to visit.',
  '{relation} at bedside, very supportive.',
  '{relation} in this afternoon, plan reviewed.',
  'Pt\'s {relation} called twice overnight.',
  '{relation} is HCP, wants pt to be full code.',
  'Dr. called back, aware of {finding}.',
  'Dr. in to see pt; no new orders.',
  'Pt speaks {language} only; interpreter used.',
  'Plan discussed with team. Left message for {relation}.',
  'Team aware. Rate decreased to {num}.',
  'Pt from {state}, visiting family here.',
  'Will recheck on {weekday}.',
];

const NAME_LINES = [
  'Dr. {hlast} aware of {finding}.',
  'Dr {hlast} notified re: {finding}, no new orders.',
  '{hlast} aware.',
  '{hlast} notified of {finding}.',
  'Paged Dr. {hlast} re {finding}.',
  'Spoke with {hfirst} from {service} re plan.',
  'Case discussed with {hfull}, {staff}.',
  'Report given to {hfirst}, {staff}.',
  'Seen by {service} team ({hlast}).',
  'Dr. {hfull} in to see pt.',
  '{hfull} {staff} in to evaluate.',
  'Plan per Dr. {hlast}: {finding} to be followed.',
  'PCP is Dr. {hlast} at {hosp}.',
  'Covering MD {hlast} made aware.',
  'Discussed with {hlast} and {hlast}; will repeat labs.',
  'Signed: {hfull}, {staff}',
  '{relation} {rname} in to visit, updated on plan of care.',
  'Pt\'s {relation} {rname} called for update.',
  '{relation} ({rname}) called, questions answered.',
  'Family meeting with {relation} {rname} and Dr. {hlast}.',
  '{rname} ({relation}) is HCP.',
  'Pt\'s {relation}, {rname}, at bedside.',
  '{rname} called, will be in tomorrow.',
  '{rfull} called and spoke with {hfirst}.',
  'Called {relation} {rname} at home; no answer.',
  'Spoke with {rname} who states pt lives alone.',
  '{pfirst} is alert and oriented.',
  'Ms. {plast} resting comfortably.',
  'Mr. {plast} c/o pain at {num}/10.',
  'Pt ({pfull}) transferred to floor.',
  'Pt states she would like to be called {pfirst}.',
  'Transferred from {hosp} for further management.',
  'Pt was at {hosp} until yesterday.',
  'Transfer from {hosp} with {finding}.',
  'Will be transferred to {hosp} tomorrow.',
  'Plan to d/c to rehab at {hosp}.',
  'Pt lives in {city} with {relation}.',
  'Pt from {city}, lives with {relation} {rname}.',
  'Resident of {nursing} in {city}.',
  'Home address {street}, {city}.',
  'Lives at {street} in {city}.',
  'Outside records from {hosp} requested.',
  'Pt admitted to {hosp} {num} days ago.',
  'Records faxed to {hosp} in {city}.',
  '{hosp} called with culture results.',
  'Brought in by ambulance from {city}.',
  'Pt works as a teacher in {city}.',
  'Wife {rname} and son {rname} at bedside.',
  'Transferred from {habbr} for {finding}.',
  'Pt seen at {habbr} last week for {finding}.',
  'Plan to transfer to {habbr} in am.',
  'Admitted to {habbr} {num} days ago with {finding}.',
  'Pt transferred to {unit} {num} this afternoon.',
  'Returned to {unit} {num} from {abbr}.',
  'Bed available on {unit} {num}; report called.',
  'Hx of {finding}, followed at {habbr}.',
  'Transfer to {abbr} from {habbr} today.',
  'Pt transferred to {abbr}, report given.',
  'Plan to go to {abbr} at {num}.',
];

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)]!;
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** Lexicon entries as arrays (sets cannot be sampled). */
interface Pools {
  first: string[];
  last: string[];
  city: string[];
  hosp: string[];
  street: string[];
  suffix: string[];
  drug: string[];
  epo: string[];
  abbr: string[];
  clin: string[];
  english: string[];
}

function pools(lex: NlpLexicons): Pools {
  const clean = (s: Iterable<string>, min = 2): string[] => [...s].filter((x) => x.length >= min && /^[a-z][a-z ]*$/.test(x));
  // Names that are also everyday words ("will", "rose") are rare as names in notes: keep 1 in 20.
  let k = 0;
  const rare = (x: string): boolean => !(lex.commonWords.has(x) || lex.english.has(x)) || k++ % 20 === 0;
  return {
    first: clean(lex.firstNames).filter(rare),
    last: clean(lex.surnames, 3).filter(rare),
    city: clean(lex.cities, 3),
    hosp: clean(lex.hospitals, 3),
    street: clean(lex.streets, 3),
    suffix: ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'way', 'court'],
    drug: [...lex.clinical].filter((x) => /^[a-z]{5,}$/.test(x)),
    epo: [...lex.clinical].filter((x) => /^[a-z]{4,}$/.test(x)),
    abbr: [...lex.clinical].filter((x) => /^[a-z]{2,4}$/.test(x)),
    clin: [...lex.clinical],
    english: [...lex.english].filter((x) => /^[a-z]{3,14}$/.test(x)),
  };
}

/**
 * Generates synthetic annotated notes.
 *
 * @param count - number of notes
 * @param seed - random seed (same seed → same notes)
 * @param lex - the shipped lexicons (slot fillers come from them)
 * @returns notes with their PHI spans
 * @example
 * ```ts
 * const notes = generateNotes(10, 'demo', nlpLexicons());
 * ```
 */
export function generateNotes(count: number, seed: string, lex: NlpLexicons): SyntheticNote[] {
  const rng = seedrandom(seed);
  const p = pools(lex);
  const out: SyntheticNote[] = [];
  for (let n = 0; n < count; n++) out.push(generateOne(rng, p));
  return out;
}

function nameCase(rng: Rng, s: string): string {
  const r = rng();
  if (r < 0.02) return s.toLowerCase();
  if (r < 0.08) return s.toUpperCase();
  return titleCase(s);
}

function hospital(rng: Rng, p: Pools): Piece[] {
  const r = rng();
  const city = (): Piece => ({ text: titleCase(pick(rng, p.city)), label: 'HOSPITAL' });
  const last = (): Piece => ({ text: titleCase(pick(rng, p.last)), label: 'HOSPITAL' });
  if (r < 0.2) return [{ text: titleCase(pick(rng, p.hosp)), label: 'HOSPITAL' }];
  if (r < 0.4) return [city(), ' Hospital'];
  if (r < 0.5) return [city(), ' General Hospital'];
  if (r < 0.6) return [last(), ' Memorial Hospital'];
  if (r < 0.7) return ['St. ', { text: titleCase(pick(rng, p.first)), label: 'HOSPITAL' }, "'s"];
  if (r < 0.8) return [city(), ' Medical Center'];
  if (r < 0.88) return [city(), ' Rehab'];
  return [{ text: titleCase(pick(rng, p.city)), label: 'LOCATION' }];
}

function expand(slot: string, rng: Rng, p: Pools): Piece[] {
  const first = (label: 'NAME' = 'NAME'): Piece => ({ text: nameCase(rng, pick(rng, p.first)), label });
  const last = (): Piece => ({ text: nameCase(rng, pick(rng, p.last)), label: 'NAME' });
  switch (slot) {
    case 'hlast':
    case 'plast':
      return [last()];
    case 'hfirst':
    case 'pfirst':
    case 'rname':
      return rng() < 0.8 ? [first()] : [first(), ' ', last()];
    case 'hfull':
    case 'pfull':
    case 'rfull':
      return rng() < 0.15 ? [last(), ', ', first()] : [first(), ' ', last()];
    case 'relation':
      return [pick(rng, RELATIONS)];
    case 'service':
      return [pick(rng, SERVICES)];
    case 'Service':
      return [titleCase(pick(rng, SERVICES))];
    case 'staff':
      return [pick(rng, STAFF)];
    case 'finding':
      return [pick(rng, FINDINGS)];
    case 'hosp':
      return hospital(rng, p);
    case 'nursing':
      return [{ text: titleCase(pick(rng, rng() < 0.5 ? p.city : p.last)), label: 'HOSPITAL' }, rng() < 0.5 ? ' Nursing Home' : ' Manor'];
    case 'city':
      return [{ text: titleCase(pick(rng, p.city)), label: 'LOCATION' }];
    case 'street':
      return [
        { text: `${1 + Math.floor(rng() * 999)} ${titleCase(pick(rng, p.street))} ${titleCase(pick(rng, p.suffix))}`, label: 'LOCATION' },
      ];
    case 'drug': {
      const d = pick(rng, p.drug);
      return [rng() < 0.5 ? titleCase(d) : d];
    }
    case 'epo':
      return [titleCase(pick(rng, p.epo))];
    case 'abbr':
      return [pick(rng, p.abbr).toUpperCase()];
    case 'habbr': {
      let a = '';
      const n = 1 + Math.floor(rng() * 3);
      for (let i = 0; i < n; i++) a += String.fromCharCode(65 + Math.floor(rng() * 26));
      const tail = pick(rng, ['H', 'H', 'GH', 'MC', 'MH', 'CH']);
      const txt = a + tail;
      return [{ text: rng() < 0.1 ? txt.toLowerCase() : txt, label: 'HOSPITAL' }];
    }
    case 'unit':
      return [{ text: nameCase(rng, pick(rng, p.last)), label: 'LOCATION' }];
    case 'language':
      return [pick(rng, ['English', 'Spanish', 'Russian', 'Portuguese', 'Chinese', 'Creole', 'Italian', 'Vietnamese'])];
    case 'state':
      return [pick(rng, ['California', 'Florida', 'New Hampshire', 'Maine', 'Texas', 'Ohio', 'Vermont', 'Canada', 'Ireland'])];
    case 'weekday':
      return [pick(rng, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])];
    case 'num':
      return [String(Math.floor(rng() * 140))];
    default:
      return [slot];
  }
}

function fill(template: string, rng: Rng, p: Pools): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  for (const m of template.matchAll(/\{([A-Za-z]+)\}/g)) {
    if (m.index > pos) out.push(template.slice(pos, m.index));
    out.push(...expand(m[1]!, rng, p));
    pos = m.index + m[0].length;
  }
  if (pos < template.length) out.push(template.slice(pos));
  return out;
}

const CONSONANTS = 'bcdfghjklmnprstvwxz';
const VOWELS = 'aeiou';

const MED_PREFIXES = ['cardio', 'neuro', 'hemo', 'nephro', 'gastro', 'pulmo', 'derma', 'osteo', 'hepato', 'broncho', 'thermo', 'angio', 'myo', 'endo', 'peri', 'hyper', 'hypo', 'tachy', 'brady', 'lipo', 'leuko', 'thrombo', 'cysto', 'entero'];
const MED_SUFFIXES = ['itis', 'ectomy', 'ology', 'ologically', 'ically', 'dynamically', 'cath', 'pril', 'olol', 'azole', 'mycin', 'cillin', 'statin', 'ide', 'ine', 'emia', 'osis', 'algia', 'plasty', 'scopy', 'gram', 'tomy', 'dilution', 'vent', 'tex', 'sat', 'pam', 'done', 'tal', 'xin'];

/** A made-up jargon word or abbreviation ("trov", "PLX", "hemodyn", "Thrombocillin"): never PHI. */
function jargon(rng: Rng): string {
  const r = rng();
  if (r < 0.35) return pick(rng, MED_PREFIXES) + pick(rng, MED_SUFFIXES);
  if (r < 0.3) {
    let s = '';
    const n = 2 + Math.floor(rng() * 3);
    for (let i = 0; i < n; i++) s += pick(rng, [...CONSONANTS, ...VOWELS]);
    return s;
  }
  let s = '';
  const n = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < n; i++) s += pick(rng, [...CONSONANTS]) + pick(rng, [...VOWELS]) + (rng() < 0.5 ? pick(rng, [...CONSONANTS]) : '');
  return s;
}

/** A line of everyday, clinical and made-up words with no PHI, in varied case. */
function fillerLine(rng: Rng, p: Pools): Piece[] {
  const n = 3 + Math.floor(rng() * 10);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng();
    let w = r < 0.45 ? pick(rng, p.english) : r < 0.65 ? pick(rng, p.clin) : r < 0.85 ? jargon(rng) : pick(rng, rng() < 0.5 ? p.first : p.last);
    const c = rng();
    if (i === 0 || c < 0.25) w = titleCase(w);
    else if (c < 0.25) w = w.toUpperCase();
    words.push(w);
  }
  const seps = [' ', ' ', ' ', ', ', ': ', ' / ', '. '];
  let line = '';
  words.forEach((w, i) => (line += (i ? pick(rng, seps) : '') + w));
  return [line + '.'];
}

function generateOne(rng: Rng, p: Pools): SyntheticNote {
  const pieces: Piece[] = [];
  const lines = 4 + Math.floor(rng() * 10);
  for (let i = 0; i < lines; i++) {
    const r = rng();
    if (r < 0.25) {
      pieces.push(...fillerLine(rng, p), rng() < 0.5 ? '\n' : ' ');
      continue;
    }
    const template = r < 0.6 ? pick(rng, NAME_LINES) : pick(rng, CLINICAL_LINES);
    pieces.push(...fill(template, rng, p));
    pieces.push(rng() < 0.5 ? '\n' : ' ');
  }
  let text = '';
  const spans: SyntheticSpan[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') text += piece;
    else {
      spans.push({ start: text.length, end: text.length + piece.text.length, label: piece.label });
      text += piece.text;
    }
  }
  if (rng() < 0.4) {
    const upper = text.toUpperCase();
    if (upper.length === text.length) text = upper;
  }
  return { text, spans };
}
