import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDeidError } from '../../src/errors.js';
import { loadConfig, validateConfig } from '../../src/tables/index.js';

const root = join(import.meta.dirname, '..', '..');
const demoPath = join(root, 'examples', 'demo-config.json');
const demo = (): Record<string, any> => JSON.parse(readFileSync(demoPath, 'utf8'));

function issuesOf(raw: unknown): { path: string; message: string }[] {
  try {
    validateConfig(raw, '/base');
  } catch (e) {
    if (isDeidError(e) && e.code === 'CONFIG_INVALID') return [...e.issues];
    throw e;
  }
  return [];
}

describe('validateConfig', () => {
  it('reads identifier columns, the staff table, the replacement, the review sample and dates shift', () => {
    const c = demo();
    c.text = { replacement: 'surrogate' };
    c.review = { sample: 10 };
    c.tables.discharge_notes.columns.note_text.dates = 'shift';
    const v = validateConfig(c, '/base');
    expect(v.patients.identifiers).toMatchObject({ first_name: 'name', mrn: 'id', birth_date: 'date' });
    expect(v.staff).toEqual({ file: 'staff.csv', columns: { first_name: 'name', last_name: 'name' } });
    expect(v.text).toEqual({ replacement: 'surrogate' });
    expect(v.review).toEqual({ sample: 10 });
    expect(v.tables.discharge_notes!.columns.note_text).toMatchObject({ rule: 'scrub', dates: 'shift' });
    expect(validateConfig({ ...demo(), review: false }, '/base').review).toBe(false);
  });

  it('takes strptime formats on the dropped birth and death date columns only, as on a shifted column', () => {
    const c = demo();
    const cols = c.tables.patient_master.columns;
    cols.birth_date.formats = ['%d/%m/%Y'];
    cols.death_date.formats = ['%d/%m/%Y'];
    expect(issuesOf(c)).toEqual([]);
    cols.zip.formats = ['%d/%m/%Y'];
    cols.birth_date.formats = ['DD/MM/YYYY'];
    expect(issuesOf(c).map((i) => i.path).sort()).toEqual(['$.tables.patient_master.columns.birth_date.formats', '$.tables.patient_master.columns.zip.formats']);
  });

  it('accepts the bundled demo config and resolves its input folder', () => {
    const c = loadConfig(demoPath);
    expect(c.input).toBe(join(root, 'examples', 'demo-data'));
    expect(Object.keys(c.tables)).toContain('chart_events');
    expect(c.namespaces).toEqual([{ name: 'transfer_id', min: 40_000_000, max: 49_999_999 }]);
  });

  it.each([
    ['unknown rule', (c: any) => (c.tables.encounters.columns.race = { rule: 'hash' }), '$.tables.encounters.columns.race.rule'],
    ['id without namespace', (c: any) => (c.tables.encounters.columns.encounter_id = { rule: 'id' }), '$.tables.encounters.columns.encounter_id.namespace'],
    ['bad shift type', (c: any) => (c.tables.encounters.columns.admit_dttm = { rule: 'shift', type: 'time' }), '$.tables.encounters.columns.admit_dttm.type'],
    ['allowlist with neither values nor file', (c: any) => (c.tables.encounters.columns.race = { rule: 'allowlist' }), '$.tables.encounters.columns.race'],
    ['unknown property on a rule', (c: any) => (c.tables.encounters.columns.race.salt = 1), '$.tables.encounters.columns.race.salt'],
    ['release outside hosp/icu/note', (c: any) => (c.tables.encounters.release = 'misc/admissions'), '$.tables.encounters.release'],
    ['link to a missing table', (c: any) => (c.tables.icu_stays.patient = { through: 'encounter_id', table: 'visits' }), '$.tables.icu_stays.patient.table'],
    ['inherit a column the parent does not have', (c: any) => (c.tables.chart_events.inherit = ['subject_id', 'caregiver_id']), '$.tables.chart_events.inherit[1]'],
    ['patient column not in the table', (c: any) => (c.tables.lab_results.patient = { column: 'patient_no' }), '$.tables.lab_results.patient.column'],
    ['same released name twice', (c: any) => (c.tables.lab_results.columns.result_num = { rule: 'keep', as: 'value' }), '$.tables.lab_results.columns.result_num'],
    ['bad output format', (c: any) => (c.output.format = 'xlsx'), '$.output.format'],
    ['bad version', (c: any) => (c.version = 2), '$.version'],
    ['unknown top-level key', (c: any) => (c.salt = 'x'), '$.salt'],
    ['patients table missing', (c: any) => (c.patients.table = 'people'), '$.patients.table'],
    ['shift in a table without patients', (c: any) => (c.tables.lab_test_catalog.columns.fluid = { rule: 'shift' }), '$.tables.lab_test_catalog.columns.fluid'],
    ['manifest without a noteId column', (c: any) => (c.tables.lab_results.columns.result_comment = { rule: 'scrub', manifest: true }), '$.tables.lab_results.columns'],
    ['identifier column not in the patients table', (c: any) => (c.patients.identifiers.maiden_name = 'name'), '$.patients.identifiers.maiden_name'],
    ['unknown identifier kind', (c: any) => (c.patients.identifiers.mrn = 'number'), '$.patients.identifiers.mrn'],
    ['staff without a file', (c: any) => delete c.staff.file, '$.staff.file'],
    ['unknown text option', (c: any) => (c.text = { replace: 'x' }), '$.text.replace'],
    ['bad review sample', (c: any) => (c.review = { sample: -1 }), '$.review'],
    ['bad dates mode on a scrub column', (c: any) => (c.tables.discharge_notes.columns.note_text.dates = 'hide'), '$.tables.discharge_notes.columns.note_text.dates'],
  ])('rejects %s with its path', (_name, mutate, path) => {
    const c = demo();
    mutate(c);
    expect(issuesOf(c).map((i) => i.path)).toContain(path);
  });

  it('lists every problem at once, not only the first', () => {
    const c = demo();
    c.version = 3;
    c.tables.encounters.columns.race = { rule: 'nope' };
    c.tables.rx_orders.release = 'x';
    expect(issuesOf(c).map((i) => i.path)).toEqual(expect.arrayContaining(['$.version', '$.tables.encounters.columns.race.rule', '$.tables.rx_orders.release']));
  });

  it('detects cycles in patient links', () => {
    const c = demo();
    c.tables.encounters.patient = { through: 'icu_stay_id', table: 'icu_stays' };
    c.tables.encounters.columns.icu_stay_id = { rule: 'drop' };
    expect(issuesOf(c).some((i) => i.message.includes('cycle') || i.path.startsWith('$.tables.encounters'))).toBe(true);
  });

  it('never puts config values into issue messages', () => {
    const c = demo();
    c.tables.encounters.columns.race = { rule: 'allowlist', values: ['SECRET-VALUE-123', 7] };
    const all = JSON.stringify(issuesOf(c));
    expect(all).not.toContain('SECRET-VALUE-123');
  });

  it('reports unreadable and non-JSON files with IO_FAILED / CONFIG_INVALID', () => {
    expect(() => loadConfig('/nonexistent/config.json')).toThrow(expect.objectContaining({ code: 'IO_FAILED' }));
    expect(() => loadConfig(join(root, 'examples', 'demo-data', 'patient_master.csv'))).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
