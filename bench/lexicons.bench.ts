/**
 * Lexicon detectors (rules/name-lexicon, rules/location-lexicon, rules/hospital-lexicon):
 * throughput on the PhysioNet deid corpus when present (else on synthetic notes), each as a
 * ratio to tokenising the same text (the shared `ScrubContext.tokens` pass), plus the one-off
 * lexicon load time and adversarial 1 MB inputs.
 *
 *   npm run bench -- lexicons
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTextContext } from '../src/text/context.js';
import { lexiconDetectors } from '../src/text/detectors/rules/lexicons/index.js';
import { lexiconData } from '../src/text/detectors/rules/lexicons/_load.js';
import { best, peakRssMb, report, row, time, type BenchRow } from './_lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.EHR_DEID_CORPUS ?? join(here, '..', '..', 'shared', 'corpora', 'physionet-deid', 'notes.jsonl');

function syntheticNotes(): string[] {
  const lines = [
    'PT SEEN BY EMILY KOWALSKI THIS AM. BP 120/80, HR 88 NSR. FOLEY DRAINING CLEAR YELLOW URINE.',
    'Her niece flew back to Grand Rapids; son lives in Worcester. Plan discussed with Dr. Okafor.',
    'transferred from kowalski nursing home, hx of parkinsons disease, murphys sign neg.',
    'LUNGS CLEAR BILAT. WILL CONTINUE LASIX GTT. MAY NEED INTUBATION IF SATS DROP. PEG CLAMPED.',
  ];
  const out: string[] = [];
  for (let i = 0; i < 2500; i++) out.push(`${lines[i % 4]}\n${lines[(i + 1) % 4]}\n${lines[(i + 2) % 4]}\n`.repeat(6));
  return out;
}

const source = existsSync(corpus) ? 'physionet-deid' : 'synthetic';
const notes: string[] =
  source === 'synthetic'
    ? syntheticNotes()
    : readFileSync(corpus, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text);
const mb = notes.reduce((a, n) => a + Buffer.byteLength(n), 0) / 1e6;

const loadSeconds = await time(() => lexiconData());

const rows: BenchRow[] = [];
const base = row('tokenise (ScrubContext.tokens) [baseline]', await best(() => notes.forEach((n) => createTextContext(n).tokens)), mb, 'MB');
rows.push(base);
for (const d of lexiconDetectors) {
  rows.push(row(`${d.name} (incl. tokenise)`, await best(() => notes.forEach((n) => d.detect(createTextContext(n)))), mb, 'MB', base));
}
rows.push(
  row(
    'all lexicon detectors, shared context',
    await best(() =>
      notes.forEach((n) => {
        const c = createTextContext(n);
        for (const d of lexiconDetectors) d.detect(c);
      }),
    ),
    mb,
    'MB',
    base,
    { loadSeconds },
  ),
);

// adversarial inputs: time must stay linear in length (compare MB/s with the rows above)
const adversarial: [string, string][] = [
  ['1 MB of names', 'Emily Kowalski lives in Worcester '.repeat(30_000)],
  ['1 MB digits', '9'.repeat(1_000_000)],
  ['1 MB punctuation', '.-/'.repeat(333_333)],
  ['1 MB "St. "', 'St. '.repeat(250_000)],
  ['1 MB "Hospital "', 'Hospital '.repeat(111_111)],
];
for (const [name, text] of adversarial) {
  const m = Buffer.byteLength(text) / 1e6;
  rows.push(
    row(
      `adversarial: ${name}`,
      await best(() => {
        const c = createTextContext(text);
        for (const d of lexiconDetectors) d.detect(c);
      }, 1),
      m,
      'MB',
      base,
    ),
  );
}
report('lexicons', rows, { source, mb, loadSeconds, peakRssMb: peakRssMb() });
