import { describe, expect, it } from 'vitest';
import { clone, goodRelease } from './_fixture.js';
import { release, runOne } from './_run.js';
import type { CheckSpec } from '../../src/checks/index.js';

const spec: CheckSpec = { type: 'codesInDimension', fact: 'hosp/diagnoses_icd', dimension: 'hosp/d_icd_diagnoses', columns: ['icd_code', 'icd_version'] };

describe('codesInDimension', () => {
  it('passes when every code is in the dimension table', async () => {
    const r = await runOne(goodRelease(), spec);
    expect(r.status).toBe('pass');
    expect(r.counts).toMatchObject({ rows: 12, rowsWithCode: 12, rowsMissing: 0 });
  });

  it('fails on a code missing from the dimension, reporting row numbers but never the code', async () => {
    const t = clone(goodRelease());
    t['hosp/diagnoses_icd']!.rows[4]![3] = 'Z9X9';
    t['hosp/diagnoses_icd']!.rows[6]![3] = 'Z9X9'; // same ICD version as row 5
    const r = await runOne(t, spec);
    expect(r.status).toBe('fail');
    expect(r.counts).toMatchObject({ rowsMissing: 2, codesMissing: 1 });
    expect(r.examples).toEqual([{ table: 'hosp/diagnoses_icd', rows: [5, 7] }]);
    expect(JSON.stringify(r.report)).not.toContain('Z9X9');
  });

  it('compares codes as text, so a lost leading zero is a missing code', async () => {
    const t = clone(goodRelease());
    t['hosp/diagnoses_icd']!.rows[1]![3] = '389';
    const r = await runOne(t, spec);
    expect(r.status).toBe('fail');
    expect(r.examples[0]!.rows).toEqual([2]);
  });

  it('matches on every key column (the ICD version too)', async () => {
    const t = clone(goodRelease());
    t['hosp/diagnoses_icd']!.rows[0]![4] = 9; // A419 exists only as version 10
    expect((await runOne(t, spec)).status).toBe('fail');
  });

  it('reads .csv.gz releases', async () => {
    const t = clone(goodRelease());
    t['hosp/diagnoses_icd']!.rows[2]![3] = 'Q000';
    const r = await runOne(release(t, 'csv.gz'), spec);
    expect(r).toMatchObject({ status: 'fail', counts: { rowsMissing: 1 } });
  });

  it('is skipped, not failed, when a table is absent', async () => {
    const t = clone(goodRelease());
    delete t['hosp/d_icd_diagnoses'];
    const r = await runOne(t, spec);
    expect(r.status).toBe('skip');
    expect(r.reason).toContain('hosp/d_icd_diagnoses');
    expect(r.report.ok).toBe(true);
  });

  it('fails when a configured column is absent, unless ifColumnMissing is skip', async () => {
    const bad: CheckSpec = { ...spec, columns: ['icd_code', 'icd_revision'] };
    expect((await runOne(goodRelease(), bad)).status).toBe('fail');
    expect((await runOne(goodRelease(), { ...bad, ifColumnMissing: 'skip' })).status).toBe('skip');
  });
});
