import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { assertChecksPass, DEFAULT_CHECKS, formatCheckReport, loadCheckConfig, resolveCheckConfig, runChecks } from '../../src/checks/index.js';
import { DeidError } from '../../src/errors.js';
import { clone, goodRelease } from './_fixture.js';
import { release } from './_run.js';

describe('runChecks with the defaults', () => {
  it('passes a good MIMIC-shaped release and skips checks whose tables are absent', async () => {
    const report = await runChecks(release(goodRelease()), { threads: 1 });
    expect(report.ok).toBe(true);
    expect(report.totals.fail).toBe(0);
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    expect(byId.get('integrity/diagnoses-icd-codes')!.status).toBe('pass');
    expect(byId.get('consistency/icu-stays-with-heart-rate')!.status).toBe('pass');
    expect(byId.get('integrity/labevents-itemids')!.status).toBe('skip');
    expect(report.checks).toHaveLength(DEFAULT_CHECKS.length);
    expect(() => assertChecksPass(report)).not.toThrow();
    expect(formatCheckReport(report)).toMatch(/^OK: \d+ passed, 0 failed/m);
  });

  it('fails a release with an orphan row and an unshifted date, with no values in the report', async () => {
    const t = clone(goodRelease());
    t['icu/icustays']!.rows[0]![0] = 10000077;
    t['hosp/patients']!.rows[1]![5] = '2013-05-06';
    const report = await runChecks(release(t), { threads: 1 });
    expect(report.ok).toBe(false);
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failed).toEqual(['integrity/subject-id-in-patients', 'deid/dates-shifted']);
    const text = JSON.stringify(report) + formatCheckReport(report);
    expect(text).not.toContain('10000077');
    expect(text).not.toContain('2013-05-06');
    expect(() => assertChecksPass(report)).toThrow(/CHECK_FAILED/);
  });

  it('fails, without quoting the file, a check whose table cannot be parsed', async () => {
    const dir = release(goodRelease());
    // A line with too many fields: DuckDB's sniffer would take it for the header; we read strictly.
    writeFileSync(join(dir, 'hosp', 'd_icd_diagnoses.csv'), 'icd_code,icd_version,long_title\n' + '0389,9,Septicemia\n'.repeat(50) + '0389,9,Secret Name Here,extra,fields\n');
    const report = await runChecks(dir, { config: { defaults: false, checks: [{ type: 'codesInDimension', fact: 'hosp/diagnoses_icd', dimension: 'hosp/d_icd_diagnoses', columns: ['icd_code'] }] }, threads: 1 });
    expect(report.checks[0]).toMatchObject({ status: 'fail' });
    expect(report.checks[0]!.reason).toMatch(/could not be read/);
    expect(JSON.stringify(report)).not.toContain('Secret');
  });

  it('reads Parquet tables', async () => {
    const dir = release(goodRelease());
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const csv = join(dir, 'icu', 'chartevents.csv').replace(/'/g, "''");
    await c.run(`COPY (SELECT * REPLACE (CASE WHEN stay_id = 30000004 THEN 99999 ELSE subject_id END AS subject_id) FROM read_csv('${csv}')) TO '${csv.replace(/\.csv$/, '.parquet')}' (FORMAT parquet)`);
    c.closeSync();
    db.closeSync();
    // the same table in two formats is ambiguous
    await expect(runChecks(dir, { threads: 1 })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'icu', 'chartevents.csv'));
    const report = await runChecks(dir, { config: { defaults: false, checks: [{ type: 'rowsHaveParent', parent: 'patients', key: 'subject_id', tables: ['icu/chartevents'] }] }, threads: 1 });
    expect(report.checks[0]).toMatchObject({ status: 'fail', counts: { rowsMissing: 2 }, examples: [{ table: 'icu/chartevents', rows: [9, 10] }] });
  });

  it('throws IO_FAILED for a missing release folder', async () => {
    await expect(runChecks('/nonexistent/release')).rejects.toMatchObject({ code: 'IO_FAILED' });
  });

  it('finds tables at the root of the folder too', async () => {
    const dir = release({});
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'patients.csv'), 'subject_id,gender\n1,F\n');
    const report = await runChecks(dir, { config: { defaults: false, checks: [{ type: 'allowlist', table: 'hosp/patients', column: 'gender', values: ['F', 'M'] }] } });
    expect(report.checks[0]!.status).toBe('pass');
  });
});

describe('check config', () => {
  it('collects every problem with its path', () => {
    let err: unknown;
    try {
      resolveCheckConfig({
        defaults: 'yes',
        disable: ['no-such-check'],
        maxExamples: -1,
        bogus: 1,
        checks: [
          { type: 'coverage', table: 'icu/icustays', key: 'hadm_id', in: { table: 'x', where: { column: 'itemid', values: [] } }, min: 1.5 },
          { type: 'allowlist', table: 't', column: 'c' },
          { type: 'nope' },
          { type: 'kAnonymity', table: 't', columns: [], k: 1, id: 'k' },
          { type: 'datesShifted', window: { from: '2100-02-30', to: '2000-01-01' }, id: 'k' },
          { type: 'codesInDimension', fact: 'f', dimension: 'd', columns: ['a', 'b'], dimensionColumns: ['a'], severity: 'loud' },
        ],
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DeidError);
    expect((err as DeidError).code).toBe('CONFIG_INVALID');
    expect((err as DeidError).issues.map((i) => i.path).sort()).toEqual(
      [
        'bogus',
        'defaults',
        'disable[0]',
        'maxExamples',
        'checks[0].min',
        'checks[0].in.where.values',
        'checks[1]',
        'checks[2].type',
        'checks[3].columns',
        'checks[3].k',
        'checks[4].window.from',
        'checks[4].id',
        'checks[5].dimensionColumns',
        'checks[5].severity',
      ].sort(),
    );
  });

  it('disables defaults by id and lets a config check replace a default with the same id', () => {
    const n = DEFAULT_CHECKS.length;
    expect(resolveCheckConfig({ disable: ['deid/race-gender-age-k'] }).checks).toHaveLength(n - 1);
    const r = resolveCheckConfig({ checks: [{ id: 'consistency/icu-stays-with-heart-rate', type: 'coverage', table: 'icu/icustays', key: 'stay_id', in: { table: 'icu/chartevents', where: { column: 'itemid', values: [211] } }, min: 0.95 }] });
    expect(r.checks).toHaveLength(n);
    expect(r.checks.filter((c) => c.id === 'consistency/icu-stays-with-heart-rate')).toEqual([expect.objectContaining({ min: 0.95 })]);
    expect(resolveCheckConfig({ defaults: false }).checks).toEqual([]);
  });

  it('loads JSON files and rejects invalid JSON as CONFIG_INVALID', () => {
    const dir = release({});
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ defaults: false, checks: [{ type: 'datesShifted' }] }));
    expect(loadCheckConfig(join(dir, 'ok.json')).checks).toEqual([{ type: 'datesShifted', id: 'datesShifted#0' }]);
    writeFileSync(join(dir, 'bad.json'), '{ "defaults": ');
    expect(() => loadCheckConfig(join(dir, 'bad.json'))).toThrow(/CONFIG_INVALID/);
    expect(() => loadCheckConfig(join(dir, 'missing.json'))).toThrow(/IO_FAILED/);
  });
});

describe('reading hostile files', () => {
  it('fails (never hangs or quotes) a CSV whose header line is longer than 1 MB', async () => {
    const dir = release(goodRelease());
    writeFileSync(join(dir, 'hosp', 'patients.csv'), 'subject_id,' + 'x'.repeat(2_000_000));
    const t0 = Date.now();
    const report = await runChecks(dir, { config: { defaults: false, checks: [{ type: 'kAnonymity', table: 'hosp/patients', columns: ['gender'], k: 2 }] }, threads: 1 });
    expect(report.checks[0]).toMatchObject({ status: 'fail', reason: 'table hosp/patients could not be read or queried' });
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('treats table and column names with quotes as data, not SQL', async () => {
    const dir = release(goodRelease());
    writeFileSync(join(dir, 'hosp', "it's.csv"), '"a""b",c\n1,2\n');
    const report = await runChecks(dir, { config: { defaults: false, checks: [{ type: 'allowlist', table: "hosp/it's", column: 'a"b', values: ['1'] }] }, threads: 1 });
    expect(report.checks[0]!.status).toBe('pass');
  });
});

describe('runChecks config handling', () => {
  it('validates a plain config object even when it looks resolved, and keeps the defaults', async () => {
    const dir = release(goodRelease());
    const config = { checks: [{ type: 'kAnonymity', table: 'hosp/patients', columns: ['gender'], k: 2 }], maxExamples: 3 };
    const report = await runChecks(dir, { config, threads: 1 });
    expect(report.checks).toHaveLength(DEFAULT_CHECKS.length + 1);
    await expect(runChecks(dir, { config: { checks: [{ type: 'kAnonymity' }], maxExamples: 3 } })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
