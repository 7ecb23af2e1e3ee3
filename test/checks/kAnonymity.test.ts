import { describe, expect, it } from 'vitest';
import { clone, goodRelease } from './_fixture.js';
import { runOne } from './_run.js';
import type { CheckSpec } from '../../src/checks/index.js';

const spec: CheckSpec = { type: 'kAnonymity', table: 'hosp/patients', columns: ['gender', 'anchor_age'], k: 5 };

describe('kAnonymity', () => {
  it('passes when every cell holds at least k rows', async () => {
    const r = await runOne(goodRelease(), spec);
    expect(r).toMatchObject({ status: 'pass', counts: { rows: 12, cells: 2, smallCells: 0 } });
  });

  it('reports small cells by row number', async () => {
    const t = clone(goodRelease());
    t['hosp/patients']!.rows[4]![2] = 91;
    const r = await runOne(t, spec);
    expect(r).toMatchObject({ status: 'fail', counts: { smallCells: 1, rowsInSmallCells: 1 } });
    expect(r.examples).toEqual([{ table: 'hosp/patients', rows: [5] }]);
    expect((await runOne(t, { ...spec, k: 2 } as CheckSpec)).status).toBe('fail');
  });

  it('joins race from admissions (race × gender × anchor_age)', async () => {
    const t = clone(goodRelease());
    t['hosp/admissions']!.rows[0]![4] = 'ASIAN';
    const joined: CheckSpec = { ...spec, join: { table: 'hosp/admissions', on: 'subject_id', columns: ['race'] } } as CheckSpec;
    const r = await runOne(t, joined);
    expect(r).toMatchObject({ status: 'fail', counts: { smallCells: 1 } });
    expect(r.examples[0]!.rows).toEqual([1]);
    expect(JSON.stringify(r.report)).not.toContain('ASIAN');
  });

  it('warns without failing the run when severity is warn', async () => {
    const r = await runOne(goodRelease(), { ...spec, k: 7, severity: 'warn' } as CheckSpec);
    expect(r.status).toBe('warn');
    expect(r.report.ok).toBe(true);
  });
});
