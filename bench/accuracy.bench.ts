/**
 * Scrubber accuracy (issue 10): token recall and precision of rules alone, nlp alone and the
 * union (default), per PHI type, with the share of notes that keep a PHI token and the share of
 * PHI-free texts the scrubber touched, on
 *   (a) the repository's development set (`test/devset/devset.jsonl`, per family and overall),
 *       written by a generator independent of the NLP training one, and the hand-written sets
 *       `test/handwritten/h39`, `h40`, `h42`, `h43`, `h46`, `h48`, `h49` and `h50` (discharge summaries,
 *       reports, queries, letters and PHI-free texts of many specialties, scored as the development set
 *       is; read while the rules were written, and in the labeller's training since the fifteenth
 *       round, so their figures are development figures, not unseen ones);
 *   (b) the PhysioNet yardstick when present (`$EHR_DEID_PHYSIONET`, else
 *       `../shared/corpora/physionet-deid/notes.jsonl` beside the checkout); measured only,
 *       never copied.
 * Scoring is `evaluateScrubber` (`src/testing`), the token rule of the yardstick's `score.mjs`
 * (the yardstick's types are mapped to the project's for the per-type columns; PhysioNet's
 * `Location` holds hospitals too). On the development set a generic facility head inside a gold
 * hospital name (`Hospital` of `Calvert Hospital`) is not counted, as issue 10 scores held-out
 * text: the scrubber gives such words back (`keepEdgeWords`). The PhysioNet yardstick is scored
 * exactly as its `score.mjs` does (its gold mostly leaves those words out already).
 * Throughput (single thread, best of EHR_DEID_BENCH_RUNS runs, default 3, configurations
 * interleaved) is context; its ratio is against rules alone on the same set.
 *
 *   npm run bench -- accuracy
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateScrubber, genericFacilityWord, type EvaluateScrubberResult } from '../src/testing/index.js';
import type { AnnotatedText, ScrubSpanLike } from '../src/testing/index.js';
import { createScrubber, type ScrubberOptions } from '../src/text/scrub.js';
import { report, row, type BenchRow } from './_lib.js';
import { readHandwritten } from '../test/handwritten/read.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = Number(process.env.EHR_DEID_BENCH_RUNS ?? 3);
const TYPES = ['NAME', 'DATE', 'AGE', 'PHONE', 'ID', 'LOCATION', 'HOSPITAL', 'CONTACT'] as const;

interface Note {
  readonly id: string;
  readonly family: string;
  readonly text: string;
  readonly phi: readonly { start: number; end: number; type?: string }[];
}

/** The yardstick's gold types (i2b2-style) mapped to the project's eight, for the per-type columns. */
const PHYSIONET_TYPES: Readonly<Record<string, string>> = {
  PTName: 'NAME', PTNameInitial: 'NAME', HCPName: 'NAME', RelativeProxyName: 'NAME',
  Date: 'DATE', DateYear: 'DATE', Age: 'AGE', Phone: 'PHONE', Location: 'LOCATION', Other: 'ID',
};

function readNotes(file: string, family?: string): Note[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Note)
    .map((n) => (family ? { ...n, family, phi: n.phi.map((s) => ({ ...s, type: PHYSIONET_TYPES[s.type ?? ''] ?? s.type ?? 'PHI' })) } : n));
}

const asGold = (n: Note): AnnotatedText => ({
  text: n.text,
  spans: n.phi.map((s) => ({ start: s.start, end: s.end, type: s.type ?? 'PHI', text: n.text.slice(s.start, s.end) })),
});

const CONFIGS: readonly (readonly [string, ScrubberOptions])[] = [
  ['rules', { algorithms: ['rules'] }],
  ['nlp', { algorithms: ['nlp'] }],
  ['union', {}],
];

const physionetCandidates = [
  process.env.EHR_DEID_PHYSIONET,
  join(root, '..', 'shared', 'corpora', 'physionet-deid', 'notes.jsonl'),
  join(root, '..', '..', 'shared', 'corpora', 'physionet-deid', 'notes.jsonl'),
].filter((x): x is string => typeof x === 'string' && x !== '');
const physionet = physionetCandidates.find((f) => existsSync(f));

const sets: { name: string; notes: Note[] }[] = [{ name: 'devset', notes: readNotes(join(root, 'test', 'devset', 'devset.jsonl')) }];
// the hand-written sets (test/handwritten/README.md): each set's texts with PHI and its PHI-free texts, as one set
for (const set of ['h39', 'h40', 'h42', 'h43', 'h46', 'h48', 'h49', 'h50']) {
  const phi = join(root, 'test', 'handwritten', `${set}-phi.txt`);
  const free = join(root, 'test', 'handwritten', `${set}-free.txt`);
  const notes = [...(existsSync(phi) ? readHandwritten(phi, `${set}/`) : []), ...(existsSync(free) ? readHandwritten(free, `${set}/free-`) : [])];
  sets.push({ name: `handwritten-${set}`, notes });
}
if (physionet) sets.push({ name: 'physionet', notes: readNotes(physionet, 'nursing') });
else process.stdout.write(`accuracy.bench: PhysioNet yardstick not found (set EHR_DEID_PHYSIONET to its notes.jsonl); scoring the development set only.\n`);

const scrubbers = CONFIGS.map(([name, options]) => [name, createScrubber(options)] as const);

/** Scrubs every note of a set with every configuration, interleaved, best of RUNS. */
function measure(notes: readonly Note[]): { spans: Map<string, ScrubSpanLike[][]>; wall: Map<string, number>; cpu: Map<string, number> } {
  const spans = new Map<string, ScrubSpanLike[][]>();
  const wall = new Map<string, number>();
  const cpu = new Map<string, number>();
  for (let run = -1; run < RUNS; run++) {
    for (const [name, s] of scrubbers) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const out = notes.map((n) => s.scrub(n.text).spans.map((x) => ({ start: x.start, end: x.end })));
      const w = Number(process.hrtime.bigint() - t0) / 1e9;
      const c = process.cpuUsage(c0);
      if (run < 0) {
        spans.set(name, out);
        continue;
      }
      wall.set(name, Math.min(wall.get(name) ?? Infinity, w));
      cpu.set(name, Math.min(cpu.get(name) ?? Infinity, (c.user + c.system) / 1e6));
    }
  }
  return { spans, wall, cpu };
}

function score(notes: readonly Note[], spans: readonly ScrubSpanLike[][], yardstick: boolean): EvaluateScrubberResult {
  const byText = new Map<string, readonly ScrubSpanLike[]>();
  notes.forEach((n, i) => byText.set(n.text, spans[i]!));
  return evaluateScrubber((t) => ({ text: '', spans: byText.get(t) ?? [] }), notes.map(asGold), yardstick ? {} : { uncounted: genericFacilityWord });
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const lines: string[] = [];
const header = `${'set'.padEnd(20)} ${'config'.padEnd(6)} recall  prec    F2  notes-miss  PHI-free-touched  ${TYPES.map((t) => t.slice(0, 5).padStart(5)).join(' ')}`;
const figures: Record<string, unknown> = {};
const rows: BenchRow[] = [];

for (const set of sets) {
  const mb = set.notes.reduce((a, n) => a + Buffer.byteLength(n.text), 0) / 1e6;
  const { spans, wall, cpu } = measure(set.notes);
  // (the small hand-made sets are scored whole: a family of a few texts says little)
  const families = set.name.startsWith('handwritten') ? [] : [...new Set(set.notes.map((n) => n.family))].sort();
  const groups: [string, number[]][] = families.length > 1 ? families.map((f) => [f, set.notes.flatMap((n, i) => (n.family === f ? [i] : []))]) : [];
  groups.push(['all', set.notes.map((_n, i) => i)]);
  let base: BenchRow | undefined;
  for (const [config] of CONFIGS) {
    const r = row(`${set.name} ${config}`, wall.get(config)!, mb, 'MB', base, { cpuMBs: mb / cpu.get(config)! });
    base ??= r;
    rows.push(r);
  }
  for (const [group, idx] of groups) {
    for (const [config] of CONFIGS) {
      const all = spans.get(config)!;
      const res = score(
        idx.map((i) => set.notes[i]!),
        idx.map((i) => all[i]!),
        set.name === 'physionet',
      );
      const label = `${set.name} ${group}`;
      const perType = TYPES.map((t) => (res.perType[t] ? pct(res.perType[t]!.recall) : '    -'));
      const missNotes = `${res.casesWithMiss}/${res.cases - res.phiFreeCases}`;
      const free = res.phiFreeCases ? `${res.phiFreeCasesTouched}/${res.phiFreeCases} (${pct(res.phiFreeCasesTouched / res.phiFreeCases).trim()}%)` : '-';
      lines.push(`${label.padEnd(20)} ${config.padEnd(6)} ${pct(res.recall)}% ${pct(res.precision)}% ${pct(res.f2)}  ${missNotes.padStart(10)}  ${free.padStart(16)}  ${perType.join(' ')}`);
      figures[`${label} ${config}`] = {
        recall: res.recall,
        precision: res.precision,
        f2: res.f2,
        charRecall: res.charRecall,
        goldTokens: res.goldTokens,
        predictedTokens: res.predictedTokens,
        notes: res.cases,
        notesWithMiss: res.casesWithMiss,
        phiFreeTexts: res.phiFreeCases,
        phiFreeTextsTouched: res.phiFreeCasesTouched,
        perType: res.perType,
      };
    }
  }
}

process.stdout.write(`token-level accuracy (recall / precision / F2 in %; notes-miss = notes keeping a PHI token / notes with PHI; per-type recall)\n${header}\n${lines.join('\n')}\n\nthroughput (single thread, best of ${RUNS}; ratio vs rules alone on the same set):\n`);
report('accuracy', rows, { devset: 'test/devset/devset.jsonl', handwritten: 'test/handwritten', physionet: physionet ? 'measured' : 'absent', figures });
