import { describe, expect, it } from 'vitest';
import { clone, goodRelease } from './_fixture.js';
import { runOne } from './_run.js';
import type { CheckSpec } from '../../src/checks/index.js';

const withDiagnosis: CheckSpec = { type: 'coverage', table: 'icu/icustays', key: 'hadm_id', in: { table: 'hosp/diagnoses_icd' }, min: 0.99 };
const withHeartRate: CheckSpec = { type: 'coverage', table: 'icu/icustays', key: 'stay_id', in: { table: 'icu/chartevents', where: { column: 'itemid', values: [220045] } }, min: 0.99 };

describe('coverage', () => {
  it('passes when every ICU stay has a diagnosis and a heart rate', async () => {
    expect((await runOne(goodRelease(), withDiagnosis)).counts).toMatchObject({ keys: 10, covered: 10, share: 1 });
    expect((await runOne(goodRelease(), withHeartRate)).status).toBe('pass');
  });

  it('fails below the threshold and lists the uncovered stays by row', async () => {
    const t = clone(goodRelease());
    t['hosp/diagnoses_icd']!.rows = t['hosp/diagnoses_icd']!.rows.filter((r) => r[1] !== 20000002 && r[1] !== 20000005);
    const r = await runOne(t, withDiagnosis);
    expect(r.status).toBe('fail');
    expect(r.counts).toMatchObject({ keys: 10, covered: 8, uncovered: 2, share: 0.8 });
    expect(r.examples).toEqual([{ table: 'icu/icustays', rows: [3, 6] }]);
  });

  it('counts only rows matching the where filter (a respiratory rate is not a heart rate)', async () => {
    const t = clone(goodRelease());
    t['icu/chartevents']!.rows = t['icu/chartevents']!.rows.filter((r) => !(r[2] === 30000009 && r[3] === 220045));
    const r = await runOne(t, withHeartRate);
    expect(r).toMatchObject({ status: 'fail', counts: { covered: 9, share: 0.9 } });
    expect((await runOne(t, { ...withHeartRate, min: 0.9 })).status).toBe('pass');
    expect((await runOne(t, { ...withHeartRate, in: { ...withHeartRate.in, where: { column: 'itemid', values: ['220045', 220210] } } } as CheckSpec)).status).toBe('pass');
  });

  it('is skipped when the tables are absent or hold no keys', async () => {
    const t = clone(goodRelease());
    delete t['icu/chartevents'];
    expect((await runOne(t, withHeartRate)).status).toBe('skip');
    const e = clone(goodRelease());
    e['icu/icustays']!.rows = [];
    expect((await runOne(e, withDiagnosis)).status).toBe('skip');
  });
});
