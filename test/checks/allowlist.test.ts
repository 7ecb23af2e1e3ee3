import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clone, goodRelease } from './_fixture.js';
import { release, runOne } from './_run.js';
import type { CheckSpec } from '../../src/checks/index.js';

const spec: CheckSpec = { type: 'allowlist', table: 'hosp/admissions', column: 'insurance', values: ['Medicare', 'Medicaid', 'Other'] };

describe('allowlist', () => {
  it('passes when every distinct value is allowed', async () => {
    const r = await runOne(goodRelease(), spec);
    expect(r.status).toBe('pass');
    expect(r.counts).toMatchObject({ rows: 12, distinct: 2, distinctNotAllowed: 0 });
  });

  it('fails on a value not on the list, giving rows and never the value', async () => {
    const t = clone(goodRelease());
    t['hosp/admissions']!.rows[6]![5] = 'Acme Mutual of Springfield';
    const r = await runOne(t, spec);
    expect(r.status).toBe('fail');
    expect(r.counts).toMatchObject({ distinctNotAllowed: 1, rowsNotAllowed: 1 });
    expect(r.examples).toEqual([{ table: 'hosp/admissions', rows: [7] }]);
    expect(JSON.stringify(r.report)).not.toContain('Acme');
  });

  it('is case-sensitive', async () => {
    const t = clone(goodRelease());
    t['hosp/admissions']!.rows[0]![5] = 'medicare';
    expect((await runOne(t, spec)).status).toBe('fail');
  });

  it("accepts the pipeline's ___ unless allowRedacted is false", async () => {
    const t = clone(goodRelease());
    t['hosp/admissions']!.rows[0]![5] = '___';
    expect((await runOne(t, spec)).status).toBe('pass');
    expect((await runOne(t, { ...spec, allowRedacted: false } as CheckSpec)).status).toBe('fail');
  });

  it('reads a list file (comments and blank lines ignored) relative to baseDir', async () => {
    const dir = release(goodRelease());
    writeFileSync(join(dir, 'insurance.txt'), '# payers\nMedicare\n\nOther\n');
    expect((await runOne(dir, { type: 'allowlist', table: 'admissions', column: 'insurance', file: 'insurance.txt' }, { baseDir: dir })).status).toBe('pass');
    writeFileSync(join(dir, 'short.txt'), 'Medicare\n');
    expect((await runOne(dir, { type: 'allowlist', table: 'admissions', column: 'insurance', file: 'short.txt' }, { baseDir: dir })).status).toBe('fail');
  });

  it('fails, with a reason, when the list file is missing', async () => {
    const r = await runOne(goodRelease(), { type: 'allowlist', table: 'admissions', column: 'insurance', file: '/nonexistent/list.txt' });
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/missing or unreadable/);
  });

  it('accepts any object with has(text), such as a loaded allow list', async () => {
    const seen: string[] = [];
    const allowlist = { has: (v: string): boolean => (seen.push(v), v.startsWith('Med') || v === 'Other') };
    expect((await runOne(goodRelease(), { type: 'allowlist', table: 'admissions', column: 'insurance', allowlist })).status).toBe('pass');
    expect(seen.sort()).toEqual(['Medicare', 'Other']);
  });

  it('fails a column with more distinct values than maxDistinct', async () => {
    const r = await runOne(goodRelease(), { type: 'allowlist', table: 'admissions', column: 'hadm_id', values: [], maxDistinct: 5 });
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/distinct values/);
  });
});
