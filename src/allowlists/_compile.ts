/**
 * Build step: compiles the shipped lexicons (`allowlists/lexicons/*.txt`) and built-in allow
 * lists (`allowlists/*.txt`) into the binary asset read by `_compiled.ts`. Runs at build time
 * (`npm run build:assets`, part of `npm run build`) and before the tests (vitest global
 * set-up); never at run time, so the package ships the compiled form only.
 *
 * Every derived set the detectors used to compute on first use (blocked words, everyday words,
 * phrase prefixes, the NLP word classes) is computed here, once.
 *
 * @internal
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseAllowlistLines, parseLexicon } from './_parse.js';
import { BUILTIN_ALLOWLIST_FILES } from './allowlist.js';
import {
  ALLOW_ALL_TYPES,
  ALLOW_BLOCK_BITS,
  ALLOW_CONTEXTS,
  COMPILED_HEADER_BYTES,
  COMPILED_MAGIC,
  COMPILED_VERSION,
  allowTypeBit,
  LX_BLOCKED,
  LX_CITY,
  LX_CITY_PREFIX,
  LX_CITY_SINGLE,
  LX_COMMON,
  LX_COMMON_WORDS,
  LX_FACILITY_DISTINCTIVE,
  LX_FACILITY_GENERIC,
  LX_FACILITY_HEAD,
  LX_FACILITY_HEAD_PREFIX,
  LX_FACILITY_WORDS,
  LX_FIRST,
  LX_HOSPITAL,
  LX_HOSPITAL_PREFIX,
  LX_NLP_CLINICAL,
  LX_NLP_FACILITY_WORD,
  LX_NLP_NOT_PHI,
  LX_NLP_PLACE_TOKEN,
  LX_PLACE_BLOCKED,
  LX_SOFT,
  LX_STREET,
  LX_STREET_SUFFIX,
  LX_SURNAME,
} from './_compiled.js';

/** Months and weekdays: names like April or June are left to the date detector. */
export const CALENDAR_WORDS =
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';

/** Function words and charting words that are never part of a name (kept short and general). */
export const FUNCTION_WORDS =
  'a an and the of to in on at by for from with without into onto per via as or nor but if so than then that this these those is was were are be been am has had have do did does not no yes he she his her him they them their we our you your i me my it its who whom whose which what when where why how all any some each every both either neither other another same such own very too also just only again still even ever never now here there ok';

/** Generic facility kinds written as abbreviations: not a particular place (NLP). */
const GENERIC_FACILITIES = ['osh', 'nh', 'snf', 'ltac', 'ltach', 'ecf', 'ed', 'er', 'rh', 'ch', 'mh'];
/** US state and territory postal codes: states are not PHI (HIPAA Safe Harbor). */
const STATE_CODES = 'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr'.split(' ');
const LANGUAGES = ['english', 'spanish', 'french', 'creole', 'arabic', 'mandarin', 'cantonese', 'hindi', 'farsi', 'urdu', 'amharic', 'somali', 'tagalog', 'hebrew', 'yiddish', 'swahili'];
/** Function words left out of the NLP facility words. */
const FACILITY_STOP = new Set(['and', 'of', 'the', 'our', 'a', 'at']);
/** The allow lists whose one-word entries are "clinical" words for the NLP features. */
/**
 * The allow lists whose one-word entries the labeller reads as clinical words (a model feature).
 * `eponyms-radiology.txt` is left out on purpose: its words were added after the shipped model
 * was trained, and reading them would change the model's inputs (`npm run train` would no longer
 * reproduce `weights.bin`); fold it into `eponyms.txt` when the model is next retrained.
 */
const CLINICAL_FILES = ['eponyms.txt', 'drugs.txt', 'abbreviations.txt', 'clinical-words.txt', 'clinical-terms.txt'];

/** The input files a compile reads, relative to the package root. */
export function compileInputs(): string[] {
  const lex = ['first-names', 'surnames', 'cities', 'streets', 'street-suffixes', 'hospitals', 'facility-words', 'common-words'];
  return [...lex.map((n) => join('allowlists', 'lexicons', `${n}.txt`)), ...BUILTIN_ALLOWLIST_FILES.map((f) => join('allowlists', f))];
}

/** `# role: X` sections of a lexicon file, each normalised. */
function roles(content: string): Map<string, Set<string>> {
  const lines = new Map<string, string[]>();
  let role = '';
  for (const line of content.split('\n')) {
    const m = /^#\s*role\s*:\s*([a-z-]+)/.exec(line);
    if (m) {
      role = m[1]!;
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') continue;
    let list = lines.get(role);
    if (!list) lines.set(role, (list = []));
    list.push(line);
  }
  const out = new Map<string, Set<string>>();
  for (const [k, v] of lines) out.set(k, parseLexicon(v.join('\n')));
  return out;
}

/** Proper prefixes (whole words) of the multi-word entries of `set`. */
function prefixes(set: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const e of set) {
    let at = e.indexOf(' ');
    while (at !== -1) {
      out.add(e.slice(0, at));
      at = e.indexOf(' ', at + 1);
    }
  }
  return out;
}

/** compromise's one-word lexicon entries tagged as a country, region, demonym, month or weekday. */
function compromiseNotPhi(): string[] {
  const nlp = createRequire(import.meta.url)('compromise') as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
  const out: string[] = [];
  for (const [word, tags] of Object.entries(nlp.world().model.one.lexicon)) {
    if (word.includes(' ')) continue;
    const t = Array.isArray(tags) ? tags.join(',') : String(tags);
    if (/\b(Country|Region|Demonym|Month|WeekDay)\b/.test(t)) out.push(word);
  }
  return out;
}

/**
 * Compiles the lexicons and built-in allow lists found under `root`.
 *
 * @param root - the package root (holding `allowlists/`)
 * @returns the asset's bytes
 * @throws DeidError `ALLOWLIST_INVALID` on a malformed allow-list directive
 */
export function compileLexicons(root: string): Uint8Array {
  const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8');
  const lexicon = (name: string): Set<string> => parseLexicon(read('allowlists', 'lexicons', `${name}.txt`));
  const lex = new Map<string, number>();
  const allow = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) lex.set(k, (lex.get(k) ?? 0) | bit);
  };

  const firstNames = lexicon('first-names');
  const surnames = lexicon('surnames');
  const cities = lexicon('cities');
  const hospitals = lexicon('hospitals');
  const commonWords = lexicon('common-words');
  const facilityText = read('allowlists', 'lexicons', 'facility-words.txt');
  const facility = roles(facilityText);
  const facilityAll = parseLexicon(facilityText);

  // built-in allow lists: every entry's rules, and the one-word entries' classes
  const hardName = new Set<string>();
  const hardPlace = new Set<string>();
  const soft = new Set<string>();
  const clinical = new Set<string>();
  for (const f of BUILTIN_ALLOWLIST_FILES) {
    const entries = parseAllowlistLines(read('allowlists', f).split(/\r?\n/), `allowlists/${f}`);
    for (const e of entries) {
      let typeBits = 0;
      if (e.types === undefined) typeBits = ALLOW_ALL_TYPES;
      else for (const t of e.types) typeBits |= allowTypeBit(t);
      const ctx = ALLOW_CONTEXTS.indexOf(e.context);
      allow.set(e.key, (allow.get(e.key) ?? 0) | (typeBits << (ctx * ALLOW_BLOCK_BITS)));
      if (e.key.includes(' ')) continue;
      if (CLINICAL_FILES.includes(f)) clinical.add(e.key);
      if (e.context !== 'any') soft.add(e.key);
      else {
        if (!e.types || e.types.has('NAME')) hardName.add(e.key);
        if (!e.types || e.types.has('LOCATION') || e.types.has('HOSPITAL')) hardPlace.add(e.key);
      }
    }
  }
  for (const w of `${CALENDAR_WORDS} ${FUNCTION_WORDS}`.split(' ')) {
    hardName.add(w);
    hardPlace.add(w);
  }
  // US states and countries are not PHI: not names either; when also a first name (Georgia,
  // Florida) they count as context-dependent words
  for (const w of hardPlace) {
    if (hardName.has(w)) continue;
    if (firstNames.has(w)) soft.add(w);
    else hardName.add(w);
  }
  // context-dependent allow-list words (May, Bill, Murphy) count as everyday words: a name
  // only with strong context
  const common = new Set(commonWords);
  for (const w of FUNCTION_WORDS.split(' ')) common.add(w);
  for (const w of soft) common.add(w);

  mark(firstNames, LX_FIRST);
  mark(surnames, LX_SURNAME);
  mark(common, LX_COMMON);
  mark(hardName, LX_BLOCKED);
  mark(hardPlace, LX_PLACE_BLOCKED);
  mark([...cities].filter((c) => !c.includes(' ')), LX_CITY_SINGLE);
  mark(soft, LX_SOFT);
  mark(cities, LX_CITY);
  mark(prefixes(cities), LX_CITY_PREFIX);
  mark(hospitals, LX_HOSPITAL);
  mark(prefixes(hospitals), LX_HOSPITAL_PREFIX);
  const heads = facility.get('head') ?? new Set<string>();
  mark(heads, LX_FACILITY_HEAD);
  mark(prefixes(heads), LX_FACILITY_HEAD_PREFIX);
  mark(lexicon('streets'), LX_STREET);
  mark(lexicon('street-suffixes'), LX_STREET_SUFFIX);
  mark(commonWords, LX_COMMON_WORDS);
  mark(facility.get('generic') ?? [], LX_FACILITY_GENERIC);
  mark(facility.get('distinctive') ?? [], LX_FACILITY_DISTINCTIVE);
  mark(facilityAll, LX_FACILITY_WORDS);

  // the NLP algorithm's word classes
  mark(clinical, LX_NLP_CLINICAL);
  mark([...LANGUAGES, ...GENERIC_FACILITIES, ...STATE_CODES, ...compromiseNotPhi()], LX_NLP_NOT_PHI);
  const placeTokens = new Set<string>();
  for (const list of [cities, hospitals]) {
    for (const e of list) {
      if (!e.includes(' ')) continue;
      for (const t of e.split(' ')) if (t.length > 2 && !commonWords.has(t)) placeTokens.add(t);
    }
  }
  mark(placeTokens, LX_NLP_PLACE_TOKEN);
  mark([...facilityAll].flatMap((e) => e.split(' ')).filter((t) => !FACILITY_STOP.has(t)), LX_NLP_FACILITY_WORD);

  return encode(lex, allow);
}

/** Writes the table (keys sorted by UTF-16 code units, so the output is deterministic). */
function encode(lex: ReadonlyMap<string, number>, allow: ReadonlyMap<string, number>): Uint8Array {
  const keys = [...new Set([...lex.keys(), ...allow.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = keys.length;
  const palette = new Map<string, number>();
  const pairs: [number, number][] = [];
  const index = keys.map((k) => {
    if (k.length === 0 || k.length > 255) throw new Error(`compileLexicons: an entry of ${k.length} characters (1-255 allowed)`);
    const pair: [number, number] = [lex.get(k) ?? 0, allow.get(k) ?? 0];
    const id = `${pair[0]}:${pair[1]}`;
    let at = palette.get(id);
    if (at === undefined) {
      palette.set(id, (at = pairs.length));
      pairs.push(pair);
    }
    return at;
  });
  const p = pairs.length;
  if (p > 65536) throw new Error('compileLexicons: more than 65,536 distinct mask pairs');
  const text = new TextEncoder().encode(keys.join(''));
  const paletteStart = COMPILED_HEADER_BYTES;
  const indexStart = paletteStart + 8 * p;
  const lenStart = indexStart + 2 * n;
  const textStart = lenStart + n;
  const out = new Uint8Array(textStart + text.byteLength);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, COMPILED_MAGIC, true);
  dv.setUint32(4, COMPILED_VERSION, true);
  dv.setUint32(8, n, true);
  dv.setUint32(12, text.byteLength, true);
  dv.setUint32(16, p, true);
  pairs.forEach(([l, a], k) => {
    dv.setUint32(paletteStart + 4 * k, l, true);
    dv.setUint32(paletteStart + 4 * (p + k), a, true);
  });
  index.forEach((at, i) => dv.setUint16(indexStart + 2 * i, at, true));
  keys.forEach((k, i) => (out[lenStart + i] = k.length));
  out.set(text, textStart);
  return out;
}
