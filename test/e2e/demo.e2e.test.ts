/**
 * End to end: `ehr-deid demo` on the bundled synthetic extract, then every promise of the
 * release checked against the source and the generator's test truth.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIdTable, MIMIC_ID_NAMESPACES } from '../../src/ids/index.js';
import { DEMO_KEY } from '../../src/cli/commands/demo.js';
import type { ReleaseReport } from '../../src/tables/index.js';
import { escapeRe, parseCsv, readText, runCli, walk, writeFixture, type Truth } from './_helpers.js';

const root = join(import.meta.dirname, '..', '..');
const demoData = join(root, 'examples', 'demo-data');
const truth = JSON.parse(readFileSync(join(root, 'examples', 'demo-data-truth.json'), 'utf8')) as Truth;
const src = (f: string): Record<string, string>[] => parseCsv(readText(join(demoData, f)));
const ms = (s: string): number => Date.parse(s.replace(' ', 'T') + 'Z');

let dir: string;
let out: string;
let secrets: string;
let stderr: string;
let code: number;
let files: string[];
let texts: Map<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-e2e-'));
  out = join(dir, 'deid-demo-out');
  secrets = join(dir, 'deid-demo-out-secrets');
  const r = await runCli(['demo', '--out', 'deid-demo-out', '--workers', '0'], {}, dir);
  code = r.code;
  stderr = r.stderr;
  files = existsSync(out) ? walk(out) : [];
  texts = new Map(files.map((f) => [f, readText(f)]));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const release = (p: string): Record<string, string>[] => parseCsv(texts.get(join(out, p)) ?? '');

describe('ehr-deid demo', () => {
  it('exits 0, says it uses the public demo key, and prints the summary', () => {
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/PUBLIC demo key/);
    expect(stderr).toMatch(/rows in = rows out \+ quarantined \+ excluded: holds for every table/);
  });

  it('finds known identifiers and points to them and to ehr-deid review in its Next: lines', () => {
    expect(stderr).toMatch(/known identifiers found: \d+ regions \(.*last_name \d+.*mrn \d+/);
    expect(stderr).toMatch(/Next: known identifiers \("patients\.identifiers" and "staff" in .*demo-config\.json\)/);
    expect(stderr).toContain('Next: ehr-deid review --release deid-demo-out --secrets deid-demo-out-secrets');
    expect(existsSync(join(secrets, 'review', 'pool.jsonl'))).toBe(true);
  });

  it('writes a MIMIC-IV layout: hosp/, icu/, note/ with MIMIC column names', () => {
    const rel = files.map((f) => relative(out, f)).sort();
    expect(rel).toEqual(
      expect.arrayContaining(['hosp/patients.csv', 'hosp/admissions.csv', 'hosp/transfers.csv', 'hosp/labevents.csv', 'hosp/prescriptions.csv', 'hosp/d_labitems.csv', 'icu/icustays.csv', 'icu/chartevents.csv', 'note/discharge.csv', 'note/radiology.csv', 'note/discharge_phi_manifest.csv', 'report.json']),
    );
    expect(Object.keys(release('hosp/patients.csv')[0] ?? {})).toEqual(['subject_id', 'gender', 'anchor_age', 'anchor_year', 'anchor_year_group', 'dod']);
    expect(Object.keys(release('icu/chartevents.csv')[0] ?? {}).slice(0, 3)).toEqual(['subject_id', 'hadm_id', 'stay_id']);
    expect(Object.keys(release('note/discharge.csv')[0] ?? {})).toEqual(['note_id', 'subject_id', 'hadm_id', 'note_type', 'charttime', 'storetime', 'text']);
  });

  it('leaves no source MRN, phone number, birth date or unshifted date anywhere in the release', () => {
    const all = [...texts.values()].join('\n');
    const mrns = truth.identifiers.mrns.filter((m) => new RegExp(`(?<!\\d)${m}(?!\\d)`).test(all));
    const phones = truth.identifiers.phones.filter((p) => all.includes(p));
    const births = truth.identifiers.birthDates.filter((b) => all.includes(b));
    expect({ mrns, phones, births }).toEqual({ mrns: [], phones: [], births: [] });
    expect(all.match(/\b(?:19\d\d|20[01]\d)-\d\d-\d\d\b/g) ?? []).toEqual([]);
    expect(all.match(/\b\d{1,2}\/\d{1,2}\/(?:19|20)\d\d\b/g) ?? []).toEqual([]);
  });

  it('leaves no source name, street address or phone in any structured table', () => {
    const structured = [...texts].filter(([f]) => !f.includes(`${join(out, 'note')}`)).map(([, t]) => t);
    // comments (scrubbed free text) are checked separately below
    const joined = structured.map((t) => parseCsv(t).map((r) => Object.entries(r).filter(([k]) => k !== 'comments').map(([, v]) => v).join(',')).join('\n')).join('\n');
    const names = truth.identifiers.names.filter((n) => new RegExp(`\\b${escapeRe(n)}\\b`).test(joined));
    const streets = truth.identifiers.streets.filter((s) => joined.includes(s));
    expect({ names, streets }).toEqual({ names: [], streets: [] });
  });

  // KNOWN GAP (scrubber recall, issue 3): with the scrubber of 2026-11-23 a handful of surnames
  // still leak from the demo notes, e.g. the surname in "Patient <First> <Last>, MRN ..." and the
  // first name in "pt <First> <Last> (MRN ...)". This test states the requirement; it is marked
  // `fails` so the suite passes while the gap is open, and must become `it(...)` once it is fixed.
  it('removes patient names and street addresses from free text (notes and comments)', () => {
    const free = [...texts].filter(([f]) => f.endsWith('discharge.csv') || f.endsWith('radiology.csv') || f.endsWith('labevents.csv')).map(([, t]) => t).join('\n');
    const names = truth.identifiers.names.filter((n) => new RegExp(`\\b${escapeRe(n)}\\b`).test(free));
    const streets = truth.identifiers.streets.filter((s) => free.includes(s));
    // Scrubber recall on the demo notes (issue 3): every patient name/street must go.
    expect({ names: names.length, streets: streets.length }).toEqual({ names: 0, streets: 0 });
  });

  it('removes the Social History and Discharge Instructions sections from discharge notes, as MIMIC-IV did', () => {
    const discharge = [...texts].find(([f]) => f.endsWith('note/discharge.csv'))?.[1] ?? '';
    expect(discharge).toContain('Brief Hospital Course:');
    expect(discharge).not.toContain('Social History:');
    expect(discharge).not.toContain('Discharge Instructions:');
  });

  it('shifts every date of a patient by one whole-day offset, so intervals are preserved', async () => {
    const ids = await loadIdTable(join(secrets, 'ids.json'), { key: DEMO_KEY, namespaces: [...MIMIC_ID_NAMESPACES, { name: 'transfer_id', min: 40_000_000, max: 49_999_999 }] });
    const adm = new Map(release('hosp/admissions.csv').map((r) => [r.hadm_id, r]));
    const deltas = new Map<string, Set<number>>();
    let checked = 0;
    for (const e of src('encounters.csv')) {
      const hadm = ids.get('hadm_id', e.encounter_id as string);
      const r = hadm === undefined ? undefined : adm.get(String(hadm));
      if (!r) continue;
      checked++;
      expect(ms(r.dischtime as string) - ms(r.admittime as string)).toBe(ms(e.disch_dttm as string) - ms(e.admit_dttm as string));
      const delta = ms(r.admittime as string) - ms(e.admit_dttm as string);
      expect(delta % 86_400_000).toBe(0);
      const set = deltas.get(r.subject_id as string) ?? new Set();
      set.add(delta);
      if (e.ed_reg_dttm) set.add(ms(r.edregtime as string) - ms(e.ed_reg_dttm));
      deltas.set(r.subject_id as string, set);
    }
    const stays = new Map(release('icu/icustays.csv').map((r) => [r.stay_id, r]));
    for (const s of src('icu_stays.csv')) {
      const r = stays.get(String(ids.get('stay_id', s.icu_stay_id as string)));
      if (!r) continue;
      deltas.get(r.subject_id as string)?.add(ms(r.intime as string) - ms(s.in_dttm as string));
      expect(ms(r.outtime as string) - ms(r.intime as string)).toBe(ms(s.out_dttm as string) - ms(s.in_dttm as string));
    }
    expect(checked).toBeGreaterThan(400);
    for (const set of deltas.values()) expect(set.size).toBe(1);
    const years = release('hosp/admissions.csv').map((r) => Number((r.admittime as string).slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2100);
    expect(Math.max(...years)).toBeLessThanOrEqual(2200);
  });

  it('assigns ids in their MIMIC ranges, note ids as <subject_id>-DS|RR-<seq>, and merges MRNs', async () => {
    const inRange = (v: string | undefined, lo: number): boolean => v === '' || (Number(v) >= lo && Number(v) < lo + 10_000_000);
    for (const r of release('icu/chartevents.csv')) expect(inRange(r.subject_id, 10e6) && inRange(r.hadm_id, 20e6) && inRange(r.stay_id, 30e6)).toBe(true);
    for (const r of release('hosp/transfers.csv')) expect(inRange(r.transfer_id, 40e6)).toBe(true);
    for (const r of release('note/discharge.csv')) expect(r.note_id).toMatch(new RegExp(`^${r.subject_id}-DS-\\d+$`));
    for (const r of release('note/radiology.csv')) expect(r.note_id).toMatch(new RegExp(`^${r.subject_id}-RR-\\d+$`));
    const subjects = release('hosp/patients.csv').map((r) => r.subject_id);
    expect(new Set(subjects).size).toBe(subjects.length);
    const ids = await loadIdTable(join(secrets, 'ids.json'), { key: DEMO_KEY, namespaces: [...MIMIC_ID_NAMESPACES, { name: 'transfer_id', min: 40_000_000, max: 49_999_999 }] });
    const released = new Set(subjects);
    for (const m of truth.merges) {
      const a = ids.get('subject_id', m.retired);
      if (a === undefined) continue; // an excluded patient has no id at all
      expect(a).toBe(ids.get('subject_id', m.surviving));
      expect(released.has(String(a))).toBe(true);
    }
  });

  it('excludes minors and protected patients from every table', async () => {
    const ids = await loadIdTable(join(secrets, 'ids.json'), { key: DEMO_KEY, namespaces: [...MIMIC_ID_NAMESPACES, { name: 'transfer_id', min: 40_000_000, max: 49_999_999 }] });
    for (const k of [...truth.excluded.minors, ...truth.excluded.protected]) expect(ids.get('subject_id', k)).toBeUndefined();
    expect(release('hosp/patients.csv').length).toBe(truth.counts.patient_master! - truth.excluded.minors.length - truth.excluded.protected.length);
    const report = JSON.parse(texts.get(join(out, 'report.json')) as string) as ReleaseReport;
    expect(report.patients.excluded).toEqual({ UNDER_MIN_AGE: truth.excluded.minors.length, PROTECTED: truth.excluded.protected.length });
    for (const r of release('hosp/patients.csv')) {
      expect(Number(r.anchor_age)).toBeGreaterThanOrEqual(18);
      expect(Number(r.anchor_age)).toBeLessThanOrEqual(91);
      expect(r.anchor_year_group).toMatch(/^20(0[89]|1\d) - 20(1\d|2[01])$/);
      if (r.dod) expect(Number(r.dod.slice(0, 4))).toBeGreaterThanOrEqual(2100);
    }
  });

  it('reconciles counts: rows in = rows out + quarantined + excluded for every table', () => {
    const report = JSON.parse(texts.get(join(out, 'report.json')) as string) as ReleaseReport;
    for (const t of report.tables) {
      expect(t.balanced).toBe(true);
      expect(t.rowsIn).toBe(t.rowsOut + t.quarantined + t.excluded);
      const malformed = truth.quarantine.filter((q) => q.table === t.table && q.reason === 'CSV_MALFORMED').length;
      expect(t.rowsIn).toBe((truth.counts[t.table] ?? -1) + malformed);
      expect(t.rowsOut).toBe(release(t.release).length);
    }
  });

  it('quarantines exactly the planted bad rows, by reason, file and row/line, without values', () => {
    const qfiles = walk(join(secrets, 'quarantine'));
    const rows = qfiles.flatMap((f) => parseCsv(readFileSync(f, 'utf8')));
    const got = rows.map((r) => ({ table: r.table, reason: r.reason, ...(r.row ? { row: Number(r.row) } : {}), ...(r.line ? { line: Number(r.line) } : {}), ...(r.reason !== 'CSV_MALFORMED' ? { column: r.column } : {}) }));
    expect(got.sort((a, b) => String(a.table).localeCompare(String(b.table)))).toEqual([...truth.quarantine].sort((a, b) => a.table.localeCompare(b.table)));
    const all = qfiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const m of truth.identifiers.mrns) expect(all).not.toContain(m);
    expect(Object.keys(rows[0] ?? {})).toEqual(['table', 'file', 'reason', 'row', 'line', 'column', 'detail']);
  });

  it('keeps secrets owner-only (0700 folders, 0600 files) and out of the release', () => {
    for (const f of walk(secrets)) expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(statSync(secrets).mode & 0o777).toBe(0o700);
    expect(statSync(join(secrets, 'quarantine')).mode & 0o777).toBe(0o700);
    const names = files.map((f) => relative(out, f));
    expect(names.filter((n) => /ids|offset|quarantine|duckdb|tmp/.test(n))).toEqual([]);
    expect(existsSync(join(secrets, 'ids.json')) && existsSync(join(secrets, 'offsets.csv'))).toBe(true);
  });

  it('writes a PHI manifest for notes with positions in the scrubbed text, never the removed value', () => {
    const manifest = release('note/discharge_phi_manifest.csv');
    expect(manifest.length).toBeGreaterThan(100);
    const notes = new Map(release('note/discharge.csv').map((r) => [r.note_id, r.text as string]));
    for (const m of manifest.slice(0, 500)) {
      expect(Object.keys(m)).toEqual(['note_id', 'start', 'end', 'phi_type', 'detectors']);
      expect(notes.get(m.note_id as string)?.slice(Number(m.start), Number(m.end))).toBe('___');
    }
  });

  it('reports PHI spans by type, ids assigned and time taken', () => {
    const report = JSON.parse(texts.get(join(out, 'report.json')) as string) as ReleaseReport;
    expect(report.demo).toBe(true);
    expect(report.phi.spans).toBeGreaterThan(1000);
    expect(Object.keys(report.phi.byType)).toEqual(expect.arrayContaining(['NAME', 'DATE', 'PHONE']));
    expect(report.ids.subject_id?.total).toBe(release('hosp/patients.csv').length + truth.merges.filter((m) => !truth.excluded.minors.includes(m.surviving) && !truth.excluded.protected.includes(m.surviving)).length);
    expect(report.seconds).toBeGreaterThan(0);
  });

  it('passes `ehr-deid check` with the demo config and its source, as its last line suggests', async () => {
    const next = /Next: ehr-deid check (.+)\n/.exec(stderr)?.[1]?.split(' ') as string[];
    expect(next).toEqual(['deid-demo-out', '--config', expect.stringMatching(/demo-config\.json$/), '--source', expect.stringMatching(/demo-data$/)]);
    const r = await runCli(['check', ...next, '--threads', '1'], {}, dir);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/PASS {2}deid\/no-source-values/);
    expect(r.stdout).toMatch(/PASS {2}deid\/no-identifying-columns/);
    expect(r.stdout).toMatch(/WARN {2}deid\/race-gender-age-k/);
  }, 120_000);
});

describe('ehr-deid run without a key', () => {
  it('exits 1 with KEY_MISSING and writes nothing', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ehr-deid-e2e-'));
    try {
      const r = await runCli(['run', '--config', join(root, 'examples', 'demo-config.json'), '--out', 'o', '--secrets', 's'], {}, d);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('KEY_MISSING');
      expect(existsSync(join(d, 'o'))).toBe(false);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  const cli = join(root, 'dist', 'cli.js');
  const built = existsSync(cli) && readFileSync(cli, 'utf8').includes('deid-demo-out');
  it.runIf(built)('releases a small extract through the built CLI (node dist/cli.js run, scrubber on a worker thread)', () => {
    const d = mkdtempSync(join(tmpdir(), 'ehr-deid-e2e-'));
    try {
      const config = writeFixture(d);
      const r = spawnSync(process.execPath, [cli, 'run', '--config', config, '--out', 'rel', '--secrets', 'sec', '--workers', '1'], { cwd: d, env: { ...process.env, EHR_DEID_KEY: 'dist-e2e-key-0123456789abcdef' }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(join(d, 'rel', 'report.json'), 'utf8')) as ReleaseReport;
      expect(report.tables.every((t) => t.balanced)).toBe(true);
      const adm = readFileSync(join(d, 'rel', 'hosp', 'admissions.csv'), 'utf8');
      expect(adm).not.toMatch(/Smith|617-555-0199|2012-03-04/);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it.runIf(built)('exits 1 with KEY_MISSING from the built CLI (node dist/cli.js)', () => {
    const d = mkdtempSync(join(tmpdir(), 'ehr-deid-e2e-'));
    try {
      const env = { ...process.env };
      delete env.EHR_DEID_KEY;
      const r = spawnSync(process.execPath, [cli, 'run', '--config', join(root, 'examples', 'demo-config.json'), '--out', 'o', '--secrets', 's'], { cwd: d, env, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('KEY_MISSING');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
