import { describe, expect, it } from 'vitest';
import { clone, goodRelease } from './_fixture.js';
import { runOne } from './_run.js';

describe('rowsHaveParent', () => {
  it('passes when every subject_id has a patient, over every table with the column', async () => {
    const r = await runOne(goodRelease(), { type: 'rowsHaveParent', parent: 'hosp/patients', key: 'subject_id' });
    expect(r.status).toBe('pass');
    expect(r.counts.tables).toBe(5);
  });

  it('fails on an orphan chart event and names the table and row', async () => {
    const t = clone(goodRelease());
    t['icu/chartevents']!.rows[3]![0] = 99999;
    const r = await runOne(t, { type: 'rowsHaveParent', parent: 'hosp/patients', key: 'subject_id' });
    expect(r.status).toBe('fail');
    expect(r.counts).toMatchObject({ rowsMissing: 1, tablesFailing: 1 });
    expect(r.examples).toEqual([{ table: 'icu/chartevents', rows: [4] }]);
  });

  it('checks hadm_id against admissions, ignoring rows without one', async () => {
    const t = clone(goodRelease());
    t['hosp/diagnoses_icd']!.rows[0]![1] = null;
    expect((await runOne(t, { type: 'rowsHaveParent', parent: 'hosp/admissions', key: 'hadm_id' })).status).toBe('pass');
    t['hosp/diagnoses_icd']!.rows[1]![1] = 29999;
    const r = await runOne(t, { type: 'rowsHaveParent', parent: 'admissions', key: 'hadm_id' });
    expect(r.status).toBe('fail');
    expect(r.examples).toEqual([{ table: 'hosp/diagnoses_icd', rows: [2] }]);
  });

  it('checks only the tables listed', async () => {
    const t = clone(goodRelease());
    t['icu/chartevents']!.rows[0]![0] = 99999;
    expect((await runOne(t, { type: 'rowsHaveParent', parent: 'hosp/patients', key: 'subject_id', tables: ['hosp/admissions'] })).status).toBe('pass');
  });

  it('is skipped when the parent table is absent', async () => {
    const t = clone(goodRelease());
    delete t['hosp/patients'];
    expect((await runOne(t, { type: 'rowsHaveParent', parent: 'hosp/patients', key: 'subject_id' })).status).toBe('skip');
  });
});
