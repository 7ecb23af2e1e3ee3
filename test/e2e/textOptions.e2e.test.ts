/**
 * End to end: the text options of a release on the demo extract: dates shifted in discharge
 * notes (`dates: "shift"`) so they line up with the shifted admissions, consistent keyed
 * surrogates (`text.replacement: "surrogate"`) with a manifest pointing at them, and the review
 * sample kept in the secrets folder for `ehr-deid review`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type ReleaseConfig, type TableConfig } from '../../src/tables/config.js';
import { deidentifyTables } from '../../src/tables/deidentifyTables.js';
import { readReviewPool } from '../../src/review/pool.js';
import { parseCsv, readText, runCli } from './_helpers.js';

const root = join(import.meta.dirname, '..', '..');
const demoData = join(root, 'examples', 'demo-data');
const KEY = 'text-options-e2e-key-0123456789';

function config(): ReleaseConfig {
  const c = loadConfig(join(root, 'examples', 'demo-config.json'), { input: demoData });
  const t = c.tables.discharge_notes as TableConfig;
  const columns: TableConfig['columns'] = { ...t.columns, note_text: { ...(t.columns.note_text as { rule: 'scrub' }), dates: 'shift' } };
  return { ...c, tables: { ...c.tables, discharge_notes: { ...t, columns } }, text: { replacement: 'surrogate' }, review: { sample: 40 } };
}

let dir: string;
const out = (): string => join(dir, 'out');
const secrets = (): string => join(dir, 'secrets');
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-text-'));
  await deidentifyTables({ config: config(), key: KEY, outDir: out(), secretsDir: secrets(), workers: 0, scrubber: { algorithms: ['rules'] } });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mdy = (iso: string): string => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

describe('text options of a release', () => {
  it('shifts the dates of discharge notes by the patient offset, in their own format, matching the admissions table', () => {
    const adm = new Map(parseCsv(readText(join(out(), 'hosp', 'admissions.csv'))).map((a) => [a.hadm_id, a]));
    let checked = 0;
    for (const n of parseCsv(readText(join(out(), 'note', 'discharge.csv')))) {
      const m = /Admission Date: (\d\d\/\d\d\/\d{4})\s+Discharge Date: (\d\d\/\d\d\/\d{4})/.exec(n.text!);
      expect(m, n.note_id).not.toBeNull();
      const a = adm.get(n.hadm_id!)!;
      expect(m![1], n.note_id).toBe(mdy(a.admittime!));
      expect(m![2], n.note_id).toBe(mdy(a.dischtime!));
      checked++;
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('writes consistent surrogates: one fake name per patient in every note header, never ___', () => {
    const notes = parseCsv(readText(join(out(), 'note', 'discharge.csv')));
    const byPatient = new Map<string, Set<string>>();
    for (const n of notes) {
      expect(n.text).not.toContain('___');
      const name = /^Name: ([^\n]+?)\s{2,}Unit No:/.exec(n.text!)?.[1];
      expect(name, n.note_id).toMatch(/^[A-Z][a-z]+, [A-Z][a-z]+$/);
      byPatient.set(n.subject_id!, new Set([...(byPatient.get(n.subject_id!) ?? []), name!]));
    }
    expect([...byPatient.values()].every((s) => s.size === 1)).toBe(true);
    const distinct = new Set([...byPatient.values()].map((s) => [...s][0]));
    expect(distinct.size).toBeGreaterThan(byPatient.size * 0.8);
  });

  it('writes manifest offsets that point at the replacements in the released text', () => {
    const texts = new Map(parseCsv(readText(join(out(), 'note', 'radiology.csv'))).map((n) => [n.note_id, n.text!]));
    const rows = parseCsv(readText(join(out(), 'note', 'radiology_phi_manifest.csv')));
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      const t = texts.get(r.note_id)!;
      const piece = t.slice(Number(r.start), Number(r.end));
      expect(piece.length, r.note_id).toBeGreaterThan(0);
      if (r.phi_type === 'DATE') expect(piece).not.toBe('___');
    }
  });

  it('keeps the review sample owner-only in the secrets folder, and ehr-deid review writes the page beside it', async () => {
    const pool = readReviewPool(secrets());
    expect(pool.notes.length).toBeGreaterThan(40);
    const tables = new Set(pool.notes.map((n) => n.table));
    expect(tables.has('discharge_notes') && tables.has('radiology_reports')).toBe(true);
    expect(statSync(join(secrets(), 'review')).mode & 0o777).toBe(0o700);
    expect(statSync(join(secrets(), 'review', 'pool.jsonl')).mode & 0o777).toBe(0o600);
    const r = await runCli(['review', '--release', out(), '--secrets', secrets(), '--sample', '25']);
    expect(r.code, r.stderr).toBe(0);
    const page = join(secrets(), 'review', 'review.html');
    expect(statSync(page).mode & 0o777).toBe(0o600);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(existsSync(join(out(), 'review.html'))).toBe(false);
  });
});
