/**
 * Memory per character of one long note: each size in a fresh node process on the built
 * package (`dist/text.js`), peak RSS after scrubbing a single note of N MB, minus the peak RSS of
 * the same process after a warm-up scrub of a short note (the fixed base: code, lexicons,
 * model). Notes are PhysioNet deid notes joined end to end when the corpus is present, else the
 * repository's synthetic lines (far denser in PHI). Reported as bytes of peak RSS per character
 * of note, the marginal bytes per character between the smallest and each larger size, and the
 * scrubbing throughput of that note.
 *
 *   npm run bench -- memory
 *   EHR_DEID_MEMORY_SIZES=1,10 EHR_DEID_MEMORY_ALGORITHMS=rules+nlp,rules npm run bench -- memory
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { physionetCorpus, report, row, type BenchRow } from './_lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist', 'text.js');
if (!existsSync(dist)) throw new Error('dist/ is missing: npm run bench builds first (or npm run build)');
const corpus = physionetCorpus() ?? '';
const sizes = (process.env.EHR_DEID_MEMORY_SIZES ?? '1,10').split(',').map(Number);
const algorithms = (process.env.EHR_DEID_MEMORY_ALGORITHMS ?? 'rules+nlp,rules').split(',');

const child = `
const { readFileSync, existsSync } = await import('node:fs');
const [dist, corpus, mb, algorithms] = process.argv.slice(1);
const m = await import(dist);
let text = '';
if (corpus !== '' && existsSync(corpus)) {
  const notes = readFileSync(corpus, 'utf8').split('\\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  const parts = []; let n = 0;
  for (let i = 0; n < mb * 1e6; i++) { const t = notes[i % notes.length]; parts.push(t); n += t.length + 2; }
  text = parts.join('\\n\\n').slice(0, mb * 1e6);
} else {
  const lines = ['Seen by Dr. Quimby on 3/4/2012 at Mercy Hospital, call 617-555-1212.', 'PT SEEN BY EMILY KOWALSKI THIS AM. BP 120/80, HR 88 NSR.', 'Her niece flew back to Grand Rapids; son lives in Worcester.', 'LUNGS CLEAR BILAT. WILL CONTINUE LASIX GTT. MAY NEED INTUBATION.'];
  const parts = []; let n = 0;
  for (let i = 0; n < mb * 1e6; i++) { const t = lines[i % lines.length]; parts.push(t); n += t.length + 1; }
  text = parts.join('\\n').slice(0, mb * 1e6);
}
const s = m.createScrubber({ algorithms: algorithms.split('+') });
s.scrub('Seen by Dr. Quimby on 3/4/2012, call 617-555-1212.');
globalThis.gc?.();
const base = process.resourceUsage().maxRSS * 1024;
const t0 = performance.now();
const r = s.scrub(text);
const seconds = (performance.now() - t0) / 1000;
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ chars: text.length, base, peak, seconds, spans: r.spans.length }));
`;

const rows: BenchRow[] = [];
for (const algo of algorithms) {
  let first: { chars: number; peak: number } | undefined;
  const label = algo === 'rules+nlp' ? 'union' : algo;
  for (const mb of sizes) {
    const algos = algo;
    const p = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child, pathToFileURL(dist).href, corpus, String(mb), algos], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (p.status !== 0) throw new Error(`memory bench ${algo} ${mb} MB: exit ${p.status}: ${p.stderr.slice(0, 800)}`);
    const o = JSON.parse(p.stdout) as { chars: number; base: number; peak: number; seconds: number; spans: number };
    first ??= o;
    rows.push(
      row(`${label}: one ${mb} MB note`, o.seconds, o.chars / 1e6, 'MB', undefined, {
        bytesPerChar: (o.peak - o.base) / o.chars,
        // the slope from the smallest size: what each further character costs
        ...(o !== first ? { marginalBytesPerChar: (o.peak - first.peak) / (o.chars - first.chars) } : {}),
        baseRssMb: o.base / 1e6,
        peakRssMb: o.peak / 1e6,
        spans: o.spans,
      }),
    );
  }
}
report('memory', rows, { source: corpus !== '' ? 'physionet-deid' : 'synthetic', sizes, algorithms });
