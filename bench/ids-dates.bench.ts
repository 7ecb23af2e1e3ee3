/**
 * Ids assigned per second and datetimes shifted per second, each against an in-run baseline
 * that does the same bookkeeping without the de-identification step:
 *
 * - ids: a plain `Map` get-then-set of sequential numbers for the same keys (what an id table
 *   costs without the keyed permutation).
 * - dates: parse + format of the same values without shifting (`parseDateTime` + `formatDateTime`).
 *
 *   npm run bench -- ids-dates              # 1,000,000 items
 *   BENCH_N=100000 npx tsx bench/ids-dates.bench.ts
 */
import { best, peakRssMb, report, row, type BenchRow } from './_lib.js';
import { assignIds, createIdTable, parseIdTable, serializeIdTable } from '../src/ids/index.js';
import { createOffsetDeriver, formatDateTime, parseDateTime, shiftDateTime } from '../src/dates/index.js';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const KEY = 'bench-key-0123456789abcdef';

// ---- inputs (not timed) ----
const keys: string[] = new Array(N);
for (let i = 0; i < N; i++) keys[i] = `MRN${((i * 7919) % N).toString().padStart(9, '0')}`; // distinct, not in sorted order
const values: string[] = new Array(N);
let seed = 12345;
const rnd = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const two = (n: number): string => String(n).padStart(2, '0');
for (let i = 0; i < N; i++) {
  const t = Date.UTC(2008, 0, 1) + Math.floor(rnd() * 12 * 365.25 * 86_400_000);
  const d = new Date(t);
  const date = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  const r = i % 10;
  // the mix of a MIMIC-like extract: mostly 'YYYY-MM-DD HH:mm:ss', some dates, some ISO and US forms
  values[i] = r < 7 ? `${date} ${time}` : r === 7 ? date : r === 8 ? `${date}T${time}.${String(d.getUTCMilliseconds()).padStart(3, '0')}Z` : `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${d.getUTCFullYear()} ${time.slice(0, 5)}`;
}
const offsets = new Int32Array(1024);
for (let i = 0; i < offsets.length; i++) offsets[i] = 30_000 + Math.floor(rnd() * 20_000);

let sink = 0;
const rows: BenchRow[] = [];

// ---- ids ----
const mapSec = await best(() => {
  const m = new Map<string, number>();
  for (const k of keys) {
    let v = m.get(k);
    if (v === undefined) {
      v = 10_000_000 + m.size;
      m.set(k, v);
    }
    sink += v;
  }
});
const idBase = row('ids: baseline Map get/set of sequential numbers', mapSec, N, 'ids');
rows.push(idBase);
rows.push(
  row('ids: IdTable.assign (one call per key)', await best(() => {
    const t = createIdTable({ key: KEY });
    for (const k of keys) sink += t.assign('subject_id', k);
  }), N, 'ids', idBase),
);
rows.push(
  row("ids: assignIds order 'input'", await best(() => {
    sink += assignIds(createIdTable({ key: KEY }), 'subject_id', keys, { order: 'input' }).size;
  }), N, 'ids', idBase),
);
rows.push(
  row("ids: assignIds order 'sorted' (default)", await best(() => {
    sink += assignIds(createIdTable({ key: KEY }), 'subject_id', keys).size;
  }), N, 'ids', idBase),
);
{
  const t = createIdTable({ key: KEY });
  assignIds(t, 'subject_id', keys, { order: 'input' });
  for (const fmt of ['json', 'csv'] as const) {
    let text = '';
    const ser = await best(() => {
      text = serializeIdTable(t, fmt);
    }, 1);
    const par = await best(() => {
      sink += parseIdTable(text, { key: KEY }).size('subject_id');
    }, 1);
    rows.push(row(`ids: serializeIdTable ${fmt} (with MAC)`, ser, N, 'ids', idBase, { MB: text.length / 1e6 }));
    rows.push(row(`ids: parseIdTable ${fmt} (MAC + checks)`, par, N, 'ids', idBase));
  }
}

// ---- dates ----
const pfSec = await best(() => {
  for (const v of values) {
    const p = parseDateTime(v);
    sink += formatDateTime(p.date, p.format).length;
  }
});
const dateBase = row('dates: baseline parse + format, no shift', pfSec, N, 'datetimes');
rows.push(dateBase);
rows.push(
  row('dates: shiftDateTime (form kept)', await best(() => {
    for (let i = 0; i < N; i++) sink += shiftDateTime(values[i] as string, offsets[i & 1023] as number).length;
  }), N, 'datetimes', dateBase),
);
rows.push(
  row('dates: native Date parse + toISOString (reference)', await best(() => {
    for (const v of values) sink += new Date(v).toISOString().length;
  }), N, 'datetimes', dateBase),
);
const P = Math.min(N, 200_000);
rows.push(
  row('dates: createOffsetDeriver per patient (HMAC)', await best(() => {
    const f = createOffsetDeriver(KEY);
    for (let i = 0; i < P; i++) sink += f(keys[i] as string, values[i] as string);
  }), P, 'patients', dateBase),
);

report('ids-dates', rows, { n: N, peakRssMb: peakRssMb(), sink: sink % 7 });
