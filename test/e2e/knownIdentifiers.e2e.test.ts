/**
 * End to end: known identifiers alone. The demo release with every detector turned off (no
 * rules, no NLP, no propagation) and the Social History section kept (it holds each patient's
 * phone and street): no patient's own name, MRN, phone or street may appear in that patient's
 * released notes, and staff names appear in none.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type ReleaseConfig, type TableConfig } from '../../src/tables/config.js';
import { deidentifyTables, type ReleaseReport } from '../../src/tables/deidentifyTables.js';
const KEY = 'known-identifiers-e2e-key-0123456789';
import { escapeRe, parseCsv, readText } from './_helpers.js';

const root = join(import.meta.dirname, '..', '..');
const demoData = join(root, 'examples', 'demo-data');
const src = (f: string): Record<string, string>[] => parseCsv(readText(join(demoData, f)));

/** The demo config with the sections removal off, so phones and streets reach the scrubber. */
function configKeepingSections(): ReleaseConfig {
  const c = loadConfig(join(root, 'examples', 'demo-config.json'), { input: demoData });
  const tables: Record<string, TableConfig> = {};
  for (const [name, t] of Object.entries(c.tables)) {
    const columns = Object.fromEntries(
      Object.entries(t.columns).map(([col, r]) => {
        if (r.rule !== 'scrub') return [col, r];
        const { removeSections: _dropped, ...kept } = r;
        return [col, kept];
      }),
    );
    tables[name] = { ...t, columns };
  }
  return { ...c, tables };
}

let dir: string;
let report: ReleaseReport;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-known-'));
  ({ report } = await deidentifyTables({
    config: configKeepingSections(),
    key: KEY,
    outDir: join(dir, 'out'),
    secretsDir: join(dir, 'secrets'),
    workers: 0,
    scrubber: { algorithms: [], propagate: false, expandNames: false },
  }));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A regex for `digits` with any separators between them, not inside a longer number. */
const digitsRe = (digits: string): RegExp => new RegExp(`(?<!\\d)${[...digits].join('[\\s().-]{0,2}')}(?!\\d)`);

describe('known identifiers in the demo release, every detector off', () => {
  it('finds them in the notes (sources known/<column>, staff as known/staff.<column>)', () => {
    const sources = Object.keys(report.phi.bySource);
    expect(sources.every((s) => s.startsWith('known/'))).toBe(true);
    for (const c of ['first_name', 'last_name', 'mrn', 'home_phone', 'street_address', 'birth_date', 'staff.last_name']) expect(sources).toContain(`known/${c}`);
  });

  it("leaves no patient's own name, MRN, phone or street in that patient's notes", () => {
    const noteIds = new Map(
      readFileSync(join(dir, 'secrets', 'note_ids.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l !== '' && !l.startsWith('#')) // the last line is the file's MAC
        .map((l) => {
          const cut = l.lastIndexOf(',');
          return [l.slice(cut + 1), JSON.parse(l.slice(0, cut)) as string] as const;
        }),
    );
    const surviving = new Map(src('mrn_merges.csv').map((m) => [m.retired_mrn, m.surviving_mrn]));
    const people = new Map(src('patient_master.csv').map((p) => [p.mrn, p]));
    const sourceNotes = new Map<string, string | undefined>([
      ...src('discharge_notes.csv').map((n) => [`discharge_notes:${n.note_no}`, n.mrn] as const),
      ...src('radiology_reports.csv').map((n) => [`radiology_reports:${n.accession_no}`, n.mrn] as const),
    ]);
    let checked = 0;
    for (const file of ['note/discharge.csv', 'note/radiology.csv']) {
      for (const row of parseCsv(readText(join(dir, 'out', file)))) {
        const mrn = sourceNotes.get(noteIds.get(row.note_id!) ?? '');
        expect(mrn, row.note_id).toBeDefined();
        const p = people.get(mrn!) ?? people.get(surviving.get(mrn!) ?? '');
        expect(p, row.note_id).toBeDefined();
        const text = row.text!;
        for (const name of [p!.first_name!, p!.last_name!]) expect(text, `${row.note_id} name`).not.toMatch(new RegExp(`\\b${escapeRe(name)}\\b`, 'i'));
        for (const m of [mrn!, p!.mrn!]) expect(text, `${row.note_id} MRN`).not.toMatch(digitsRe(m));
        expect(text, `${row.note_id} phone`).not.toMatch(digitsRe(p!.home_phone!.replace(/\D/g, '').slice(-7)));
        expect(text.toLowerCase(), `${row.note_id} street`).not.toContain(p!.street_address!.toLowerCase());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('removes staff names from every note', () => {
    const staff = src('staff.csv').map((s) => s.last_name!);
    for (const file of ['note/discharge.csv', 'note/radiology.csv']) {
      for (const row of parseCsv(readText(join(dir, 'out', file)))) for (const s of staff) expect(row.text).not.toMatch(new RegExp(`\\b${s}\\b`));
    }
  });
});
