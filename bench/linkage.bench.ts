/**
 * Record linkage benchmark: synthetic patients against synthetic death records with planted,
 * corrupted true matches (name typos, SSN digit errors, day/month swaps, year off by one,
 * missing SSNs) and hard negatives (twins sharing surname and DOB, namesakes sharing first and
 * last name), generated with a seeded PRNG.
 *
 *   node --import tsx bench/linkage.bench.ts            # 500,000 patients vs 1,000,000 deaths
 *   node --import tsx bench/linkage.bench.ts --small    # 50,000 vs 100,000 (or LINKAGE_BENCH_SMALL=1)
 *   LINKAGE_MAX_BLOCK=50 node --import tsx bench/linkage.bench.ts --small   # exercise the giant-block guard
 *
 * Reports time, candidate pairs compared, precision and recall against the planted truth, links
 * per rule, peak RSS, and a baseline measured in the same run: an exact-key join on (last name,
 * date of birth, SSN) over the same normalised records. Death records are streamed from a
 * generator (never held in memory), so memory grows with the patients only.
 */
import seedrandom from 'seedrandom';
import { linkRecords, type DeathRecord, type PersonRecord } from '../src/linkage/index.js';
import { peakRssMb, report, row, time } from './_lib.js';

const small = process.argv.includes('--small') || process.env.LINKAGE_BENCH_SMALL === '1';
const N_PATIENTS = small ? 50_000 : 500_000;
const N_DEATHS = small ? 100_000 : 1_000_000;
/** Share of patients that have a (corrupted) death record. */
const DEAD_SHARE = 0.2;
const SEED = 'ehr-deid-linkage-bench';

const SYL = ['AN', 'BE', 'CA', 'DO', 'EL', 'FI', 'GA', 'HO', 'IR', 'JA', 'KE', 'LI', 'MA', 'NO', 'OR', 'PE', 'RA', 'SI', 'TO', 'UL', 'VA', 'WE', 'YO', 'ZA', 'BRI', 'CHE', 'DRA', 'STE', 'THO', 'SHA'];

function makeNames(rng: seedrandom.PRNG, n: number, minSyl: number, maxSyl: number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const k = minSyl + Math.floor(rng() * (maxSyl - minSyl + 1));
    let s = '';
    for (let i = 0; i < k; i++) s += SYL[Math.floor(rng() * SYL.length)];
    out.add(s[0] + s.slice(1).toLowerCase());
  }
  return [...out];
}

/** Zipf-like pick: a few names are very common, as in real populations. */
function zipf(rng: seedrandom.PRNG, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(rng(), 2.5) * n));
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

const world = (() => {
  const rng = seedrandom(SEED);
  return { firsts: makeNames(rng, 3000, 2, 3), lasts: makeNames(rng, 40000, 2, 4) };
})();

function randomPerson(rng: seedrandom.PRNG, id: string): PersonRecord {
  const y = 1920 + Math.floor(rng() * 80);
  const m = 1 + Math.floor(rng() * 12);
  const d = 1 + Math.floor(rng() * 28);
  let ssn = '';
  do ssn = `${pad(1 + Math.floor(rng() * 898), 3)}-${pad(1 + Math.floor(rng() * 98), 2)}-${pad(1 + Math.floor(rng() * 9998), 4)}`;
  while (ssn.startsWith('666'));
  return {
    id,
    firstName: world.firsts[zipf(rng, world.firsts.length)]!,
    lastName: world.lasts[zipf(rng, world.lasts.length)]!,
    dob: `${y}-${pad(m, 2)}-${pad(d, 2)}`,
    ssn,
  };
}

function typo(rng: seedrandom.PRNG, s: string): string {
  const i = Math.floor(rng() * s.length);
  const op = rng();
  const c = String.fromCharCode(65 + Math.floor(rng() * 26));
  if (op < 0.4) return s.slice(0, i) + c + s.slice(i + 1); // substitution
  if (op < 0.7 && i + 1 < s.length) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // transposition
  if (op < 0.85) return s.slice(0, i) + s.slice(i + 1); // deletion
  return s.slice(0, i) + c + s.slice(i); // insertion
}

let counting = true;
const corruptions = { firstTypo: 0, lastTypo: 0, ssnDigit: 0, ssnMissing: 0, dayMonthSwap: 0, yearOff: 0, dobDigit: 0 };

function corrupt(rng: seedrandom.PRNG, p: PersonRecord, id: string, dod: string): DeathRecord {
  const c = counting ? corruptions : { ...corruptions };
  let first = p.firstName as string;
  let last = p.lastName as string;
  let ssn: string | null = p.ssn as string;
  let dob = p.dob as string;
  if (rng() < 0.12) { first = typo(rng, first); c.firstTypo++; }
  if (rng() < 0.04) { last = typo(rng, last); c.lastTypo++; }
  const s = rng();
  if (s < 0.1) { ssn = null; c.ssnMissing++; }
  else if (s < 0.2) {
    const digits = ssn.replace(/\D/g, '');
    const i = Math.floor(rng() * 9);
    ssn = digits.slice(0, i) + String((Number(digits[i]) + 1 + Math.floor(rng() * 8)) % 10) + digits.slice(i + 1);
    c.ssnDigit++;
  }
  const t = rng();
  const [y, m, d] = dob.split('-') as [string, string, string];
  if (t < 0.03 && Number(d) <= 12 && d !== m) { dob = `${y}-${d}-${m}`; c.dayMonthSwap++; }
  else if (t < 0.05) { dob = `${Number(y) + (rng() < 0.5 ? -1 : 1)}-${m}-${d}`; c.yearOff++; }
  else if (t < 0.08) { const dd = 1 + ((Number(d) + 9) % 28); dob = `${y}-${m}-${pad(dd, 2)}`; c.dobDigit++; }
  // Registries often hold names in upper case and SSNs without dashes.
  return { id, firstName: first.toUpperCase(), lastName: last.toUpperCase(), dob, ssn: ssn === null ? null : ssn.replace(/-/g, ''), dod };
}

// Patients (held in memory) and the planted truth.
const patients: PersonRecord[] = [];
{
  const rng = seedrandom(`${SEED}/patients`);
  for (let i = 0; i < N_PATIENTS; i++) patients.push(randomPerson(rng, `P${pad(i, 7)}`));
}
const nPlanted = Math.floor(N_PATIENTS * DEAD_SHARE);
const plantedPatients = (() => {
  const rng = seedrandom(`${SEED}/planted`);
  const idx = Array.from({ length: N_PATIENTS }, (_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, nPlanted);
})();
const truth = new Map<string, string>(); // deathId → patientId
const hardNegatives = { twins: 0, namesakes: 0 };

/** The death records, streamed: the same sequence on every call. */
function* deaths(): Generator<DeathRecord> {
  const rng = seedrandom(`${SEED}/deaths`);
  let planted = 0;
  const c0 = counting ? hardNegatives : { twins: 0, namesakes: 0 };
  for (let i = 0; i < N_DEATHS; i++) {
    const id = `D${pad(i, 7)}`;
    const remaining = N_DEATHS - i;
    const dod = `20${pad(10 + Math.floor(rng() * 10), 2)}-${pad(1 + Math.floor(rng() * 12), 2)}-${pad(1 + Math.floor(rng() * 28), 2)}`;
    if (planted < nPlanted && rng() < (nPlanted - planted) / remaining) {
      const p = patients[plantedPatients[planted++]!]!;
      truth.set(id, String(p.id));
      yield corrupt(rng, p, id, dod);
    } else if (rng() < 0.02) {
      // Hard negatives: a twin (same surname and DOB, other first name and SSN) or a namesake
      // (same first and last name, other DOB and SSN) of a patient. Linking them is an error.
      const p = patients[Math.floor(rng() * N_PATIENTS)]!;
      const other = randomPerson(rng, id);
      const twin = rng() < 0.5;
      const first = twin ? (other.firstName as string) : (p.firstName as string);
      if (twin) c0.twins++;
      else c0.namesakes++;
      yield { id, firstName: first.toUpperCase(), lastName: (p.lastName as string).toUpperCase(), dob: twin ? p.dob as string : other.dob as string, ssn: (other.ssn as string).replace(/-/g, ''), dod };
    } else {
      const person = randomPerson(rng, id);
      yield { ...person, ssn: (person.ssn as string).replace(/-/g, ''), firstName: (person.firstName as string).toUpperCase(), lastName: (person.lastName as string).toUpperCase(), dod };
    }
  }
}

function score(pairs: Iterable<[string, string]>): { tp: number; fp: number; precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  for (const [patientId, deathId] of pairs) {
    if (truth.get(deathId) === patientId) tp++;
    else fp++;
  }
  return { tp, fp, precision: tp + fp ? tp / (tp + fp) : 1, recall: truth.size ? tp / truth.size : 1 };
}

// 0. Generating the death records alone (cost included in every row below).
let generated = 0;
const tGen = await time(() => {
  for (const _ of deaths()) generated++;
});
counting = false; // corruption counts come from the first pass only

// 1. Baseline: exact join on normalised (last name, DOB, SSN), as a hash join.
const norm = (s: unknown): string => (typeof s === 'string' ? s.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '') : '');
const baselinePairs: [string, string][] = [];
const tBase = await time(() => {
  const index = new Map<string, string>();
  for (const p of patients) index.set(`${norm(p.lastName)}|${norm(p.dob)}|${norm(p.ssn)}`, String(p.id));
  for (const d of deaths()) {
    if (!d.ssn) continue;
    const hit = index.get(`${norm(d.lastName)}|${norm(d.dob)}|${norm(d.ssn)}`);
    if (hit !== undefined) baselinePairs.push([hit, String(d.id)]);
  }
});
const baseScore = score(baselinePairs);

// 2. linkRecords with the default cascade.
let result: ReturnType<typeof linkRecords> | undefined;
const tLink = await time(() => {
  result = linkRecords(patients, deaths(), process.env.LINKAGE_MAX_BLOCK ? { maxBlockSize: Number(process.env.LINKAGE_MAX_BLOCK) } : undefined);
});
const { links, summary } = result!;
const linkScore = score(links.map((l) => [l.patientId, l.deathId] as [string, string]));

const gen = row('generate death records only', tGen, generated, 'deaths');
const base = row('baseline: exact join (last, dob, ssn)', tBase, N_DEATHS, 'deaths', undefined, {
  links: baselinePairs.length, precision: baseScore.precision, recall: baseScore.recall,
});
const link = row('linkRecords (blocking + cascade + 1:1)', tLink, N_DEATHS, 'deaths', base, {
  candidates: summary.candidates, links: summary.linked, precision: linkScore.precision, recall: linkScore.recall,
  pairsPerSecond: summary.candidates / tLink, timeVsBaseline: tLink / tBase,
});
report('linkage', [base, gen, link], {
  patients: N_PATIENTS, deaths: N_DEATHS, planted: truth.size, corruptions, hardNegatives, small,
  summary, baseline: baseScore, linkage: linkScore, peakRssMb: peakRssMb(),
});
process.stdout.write(`\npatients ${N_PATIENTS}, deaths ${N_DEATHS}, planted true matches ${truth.size}\n`);
process.stdout.write(`corruptions: ${JSON.stringify(corruptions)}; hard negatives (must not link): ${JSON.stringify(hardNegatives)}\n`);
process.stdout.write(`linkRecords: ${tLink.toFixed(1)} s (${(tLink / tBase).toFixed(2)}× the exact-join baseline, ${tGen.toFixed(1)} s of which is generating the deaths), ${summary.candidates} candidate pairs compared (all pairs would be ${(N_PATIENTS * N_DEATHS).toExponential(1)})\n`);
process.stdout.write(`precision ${linkScore.precision.toFixed(4)} recall ${linkScore.recall.toFixed(4)} (baseline: precision ${baseScore.precision.toFixed(4)} recall ${baseScore.recall.toFixed(4)})\n`);
process.stdout.write(`links per rule:\n${summary.byRule.map((r) => `  ${r.rule.padEnd(30)} ${String(r.count).padStart(8)}  ${(100 * r.share).toFixed(1)}%`).join('\n')}\n`);
process.stdout.write(`conflicts resolved ${summary.conflicts} (decided by id tie-break: ${summary.ties}); oversized blocks ${JSON.stringify(summary.oversizedBlocks)}; peak RSS ${peakRssMb().toFixed(0)} MB\n`);
