/**
 * Lazily loaded resources of algorithm 2: the shipped lexicons (`allowlists/lexicons/*.txt`,
 * `allowlists/*.txt`) as sets of lower-case entries, compromise's own lexicon tags, and
 * compromise itself. Loaded once per process (per worker thread) on first use.
 *
 * @internal
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DeidError } from '../../../errors.js';
import { packagePath } from '../../../_lib/packageRoot.js';
import { loadLexicon } from '../../../allowlists/loadLexicon.js';

/** The word lists the NLP features read. Entries are lower case, tokens joined by one space. */
export interface NlpLexicons {
  readonly firstNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  readonly cities: ReadonlySet<string>;
  readonly streets: ReadonlySet<string>;
  readonly streetSuffixes: ReadonlySet<string>;
  readonly hospitals: ReadonlySet<string>;
  readonly facilityWords: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /**
   * English words of natural's Brill tagger lexicon used with a tag other than proper noun
   * (92k words from the Penn Treebank and pos-js, incl. many medical words). Only the words.
   */
  readonly english: ReadonlySet<string>;
  /** Medical eponyms, drugs, clinical abbreviations and clinical words (never PHI alone). */
  readonly clinical: ReadonlySet<string>;
  /**
   * Proper nouns that are not PHI: countries, US states (names and postal codes) and other
   * regions, nationalities and languages, months and weekdays (from compromise's lexicon, plus
   * a few languages, state codes and generic facility abbreviations such as OSH, SNF).
   */
  readonly notPhi: ReadonlySet<string>;
  /** Single tokens of multi-word hospital and city entries (e.g. "general", "mercy"). */
  readonly placeTokens: ReadonlySet<string>;
}

function readList(...parts: string[]): string[] {
  let raw: string;
  try {
    raw = readFileSync(packagePath(...parts), 'utf8');
  } catch (cause) {
    throw new DeidError('ALLOWLIST_INVALID', `cannot read the shipped lexicon ${parts.join('/')}`, { cause });
  }
  const out: string[] = [];
  for (const line of raw.split('\n')) {
    const t = line.trim();
    if (t !== '' && !t.startsWith('#')) out.push(t.toLowerCase());
  }
  return out;
}

const STOP = new Set(['and', 'of', 'the', 'our', 'a', 'at']);

let lexicons: NlpLexicons | undefined;

/**
 * @returns the shipped lexicons (cached)
 * @throws DeidError `ALLOWLIST_INVALID` when a lexicon file is missing
 */
export function nlpLexicons(): NlpLexicons {
  if (lexicons) return lexicons;
  // the big lexicons are the rules detectors' own cached sets (same normal form): parsed once
  const cities = loadLexicon('cities');
  const hospitals = loadLexicon('hospitals');
  const commonWords = loadLexicon('common-words');
  const english = brillEnglish();
  const placeTokens = new Set<string>();
  for (const list of [cities, hospitals]) {
    for (const e of list) {
      if (!e.includes(' ')) continue;
      for (const t of e.split(' ')) if (t.length > 2 && !commonWords.has(t) && !english.has(t)) placeTokens.add(t);
    }
  }
  lexicons = {
    firstNames: loadLexicon('first-names'),
    surnames: loadLexicon('surnames'),
    cities,
    streets: loadLexicon('streets'),
    streetSuffixes: loadLexicon('street-suffixes'),
    hospitals,
    facilityWords: new Set(
      readList('allowlists', 'lexicons', 'facility-words.txt')
        .flatMap((e) => e.split(' '))
        .filter((t) => !STOP.has(t)),
    ),
    commonWords,
    english,
    clinical: new Set([
      ...readList('allowlists', 'eponyms.txt'),
      ...readList('allowlists', 'drugs.txt'),
      ...readList('allowlists', 'abbreviations.txt'),
      ...readList('allowlists', 'clinical-words.txt'),
      ...readList('allowlists', 'clinical-terms.txt'),
    ]),
    placeTokens,
    notPhi: notPhiWords(),
  };
  return lexicons;
}

/** compromise's default export (`nlp`), typed loosely: only the calls used here. */
export interface CompromiseTerm {
  readonly text: string;
  readonly tags?: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}
/** One match of `people()`/`places()`/`organizations()` as `json({ offset: true })`. */
export interface CompromiseMatch {
  readonly text: string;
  readonly terms: readonly CompromiseTerm[];
  readonly offset: { readonly start: number; readonly length: number };
}
/** The parts of a compromise document used here. */
export interface CompromiseView {
  json(options: { offset: true; terms?: boolean }): CompromiseMatch[];
}
/** A parsed compromise document. */
export interface CompromiseDoc {
  match(pattern: string): { readonly found: boolean };
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}
type Nlp = ((text: string) => CompromiseDoc) & { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };

let nlp: Nlp | undefined;

/** Generic facility kinds written as abbreviations: not a particular place. */
const GENERIC_FACILITIES = ['osh', 'nh', 'snf', 'ltac', 'ltach', 'ecf', 'ed', 'er', 'rh', 'ch', 'mh'];
/** US state and territory postal codes: states are not PHI (HIPAA Safe Harbor). */
const STATE_CODES = 'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr'.split(' ');
const LANGUAGES = ['english', 'spanish', 'french', 'creole', 'arabic', 'mandarin', 'cantonese', 'hindi', 'farsi', 'urdu', 'amharic', 'somali', 'tagalog', 'hebrew', 'yiddish', 'swahili'];

function notPhiWords(): Set<string> {
  const out = new Set<string>([...LANGUAGES, ...GENERIC_FACILITIES, ...STATE_CODES]);
  const lexicon = compromise().world().model.one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    if (word.includes(' ')) continue;
    const t = Array.isArray(tags) ? tags.join(',') : String(tags);
    if (/\b(Country|Region|Demonym|Month|WeekDay)\b/.test(t)) out.add(word);
  }
  return out;
}

function brillEnglish(): Set<string> {
  const req = createRequire(import.meta.url);
  let lex: Record<string, readonly string[]>;
  try {
    lex = req('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, readonly string[]>;
  } catch (cause) {
    throw new DeidError('ALLOWLIST_INVALID', "cannot read natural's English lexicon (is the natural package installed?)", { cause });
  }
  const out = new Set<string>();
  for (const [w, tags] of Object.entries(lex)) {
    if (w.length < 2 || w !== w.toLowerCase() || !/^[a-z][a-z'-]*$/.test(w)) continue;
    if (Array.isArray(tags) && tags.some((t) => t !== 'NNP' && t !== 'NNPS')) out.add(w);
  }
  return out;
}

/**
 * compromise, loaded on first use (its import costs ~0.3 s, which commands that never scrub
 * should not pay).
 *
 * @returns the `nlp` function
 */
export function compromise(): Nlp {
  if (nlp) return nlp;
  const req = createRequire(import.meta.url);
  nlp = req('compromise') as Nlp;
  return nlp;
}
