/**
 * Releases `ehr-deid check` passed although they were wrong (issue 12): each must fail, with
 * the defaults or with the release config (`check --config` reads the file `run --config` reads).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConfigForRelease, loadCheckConfig, runChecks, type CheckReport } from '../../src/checks/index.js';
import { loadConfig, validateConfig } from '../../src/tables/index.js';
import { clone, goodRelease, type ReleaseTables } from './_fixture.js';
import { release } from './_run.js';

const tmp = mkdtempSync(join(tmpdir(), 'ehr-deid-wrong-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const failed = (r: CheckReport): string[] => r.checks.filter((c) => c.status === 'fail').map((c) => c.id);
const check = (dir: string, extra: Parameters<typeof runChecks>[1] = {}) => runChecks(dir, { threads: 1, ...extra });
/** The good release, changed by `edit`. */
const wrong = (edit: (t: ReleaseTables) => void): string => {
  const t = clone(goodRelease());
  edit(t);
  return release(t);
};

/** A release config for the fixture release's tables. */
function releaseConfig(over: Record<string, unknown> = {}): Record<string, unknown> {
  const id = (namespace: string, as: string) => ({ rule: 'id', namespace, as });
  return {
    version: 1,
    input: tmp,
    patients: { table: 'patients', key: 'mrn', birthDate: 'dob', admissions: { table: 'admissions', admit: 'admit', discharge: 'disch' }, cohort: { minAge: 18 } },
    tables: {
      patients: { file: 'p.csv', release: 'hosp/patients', key: 'mrn', patient: { column: 'mrn' }, columns: { mrn: id('subject_id', 'subject_id'), dob: { rule: 'drop' }, sex: { rule: 'keep', as: 'gender' } } },
      admissions: { file: 'a.csv', release: 'hosp/admissions', key: 'enc', patient: { column: 'mrn' }, columns: { mrn: id('subject_id', 'subject_id'), enc: id('hadm_id', 'hadm_id'), admit: { rule: 'shift', as: 'admittime' }, disch: { rule: 'shift', as: 'dischtime' }, race: { rule: 'keep' }, insurance: { rule: 'keep' } } },
    },
    checks: { disable: ['consistency/icu-stays-with-diagnosis'] },
    ...over,
  };
}

describe('check fails a wrong release', () => {
  it('an empty folder (required tables present)', async () => {
    const dir = join(tmp, 'empty');
    mkdirSync(dir);
    const r = await check(dir);
    expect(r.ok).toBe(false);
    expect(failed(r)).toEqual(['integrity/required-tables']);
  });

  it('a release whose hosp/patients.csv was renamed', async () => {
    const dir = release(goodRelease());
    renameSync(join(dir, 'hosp', 'patients.csv'), join(dir, 'hosp', 'people.csv'));
    expect(failed(await check(dir))).toContain('integrity/required-tables');
  });

  it('the raw MRN used as subject_id consistently across tables (id ranges)', async () => {
    const mrn = (v: unknown): unknown => (typeof v === 'number' && v >= 10000000 && v < 20000000 ? 7000000 + (v - 10000000) : v);
    const dir = wrong((t) => {
      for (const tab of Object.values(t)) {
        const i = tab.header.indexOf('subject_id');
        if (i >= 0) for (const row of tab.rows) row[i] = mrn(row[i]) as number;
      }
      t['note/discharge']!.rows[0]![0] = '7000000-DS-1';
    });
    const r = await check(dir);
    expect(failed(r)).toEqual(['integrity/subject-id-range']);
    // no MRN in the report (timings are fractions whose digits may hold any run: left out)
    expect(JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? 0 : v))).not.toContain('7000000');
  });

  it('a subject_id outside the configured range', async () => {
    const dir = wrong((t) => (t['hosp/patients']!.rows[2]![0] = 99999999));
    expect(failed(await check(dir))).toContain('integrity/subject-id-range');
    const config = checkConfigForRelease(validateConfig(releaseConfig({ namespaces: [], patients: { ...(releaseConfig().patients as object) } }), tmp));
    expect(failed(await check(wrong((t) => (t['hosp/admissions']!.rows[0]![1] = 19999999)), { config }))).toContain('integrity/hadm-id-range');
  });

  it('PHI left in note text (with --source: no value of a source identifier column, whole words, any case)', async () => {
    const src = join(tmp, 'source');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'patient_master.csv'), 'mrn,last_name,first_name,phone,street\nMRN0001,Quillfeather,Ada,617-555-0199,12 Larkspur Lane\n');
    const clean = await check(release(goodRelease()), { source: src });
    expect(clean.checks.find((c) => c.id === 'deid/no-source-values')?.status).toBe('pass');
    const dir = wrong((t) => (t['note/discharge']!.rows[0]![4] = 'Seen by Dr. QUILLFEATHER on ___, lives at 12 larkspur lane.'));
    const r = await check(dir, { source: src });
    expect(failed(r)).toEqual(['deid/no-source-values']);
    expect(r.checks.find((c) => c.id === 'deid/no-source-values')?.examples).toEqual([{ table: 'note/discharge', rows: [1] }]);
    expect(JSON.stringify(r)).not.toMatch(/quillfeather|larkspur/i);
    // a word that merely contains a source value is not a match
    expect(failed(await check(wrong((t) => (t['note/discharge']!.rows[0]![4] = 'Quillfeathers and Adamant')), { source: src }))).toEqual([]);
    // without --source the check is skipped
    expect((await check(dir)).checks.find((c) => c.id === 'deid/no-source-values')?.status).toBe('skip');
  });

  it('an added last_name column (no identifying columns; with the config, its allow list)', async () => {
    const dir = wrong((t) => {
      t['hosp/patients']!.header.push('last_name');
      for (const row of t['hosp/patients']!.rows) row.push('Quill');
    });
    expect(failed(await check(dir))).toEqual(['deid/no-identifying-columns']);
    const extra = wrong((t) => {
      t['hosp/admissions']!.header.push('comments');
      for (const row of t['hosp/admissions']!.rows) row.push('x');
    });
    const config = checkConfigForRelease(validateConfig(releaseConfig(), tmp));
    const r = await check(extra, { config });
    expect(failed(r)).toEqual(['deid/no-identifying-columns']);
    expect(r.checks.find((c) => c.id === 'deid/no-identifying-columns')?.reason).toContain('hosp/admissions.comments');
  });

  it.each([10, 97])('an anchor_age of %i', async (age) => {
    // (the changed age is also a cell of one patient, which k-anonymity reports)
    expect(failed(await check(wrong((t) => (t['hosp/patients']!.rows[4]![2] = age))))).toEqual(['deid/anchor-age', 'deid/race-gender-age-k']);
    expect(failed(await check(wrong((t) => (t['hosp/patients']!.rows[4]![2] = 91))))).toEqual(['deid/race-gender-age-k']);
  });

  it('duplicated hadm_id rows (key uniqueness)', async () => {
    expect(failed(await check(wrong((t) => t['hosp/admissions']!.rows.push([...t['hosp/admissions']!.rows[0]!]))))).toEqual(['integrity/unique:hosp/admissions']);
  });

  it('patients whose gender × age cells are unique, by default, when there is no race column (k-anonymity on the quasi-identifiers present)', async () => {
    const dir = wrong((t) => {
      t['hosp/patients']!.rows.forEach((row, i) => (row[2] = 20 + i)); // every age once
      const a = t['hosp/admissions']!;
      const ri = a.header.indexOf('race');
      a.header.splice(ri, 1);
      for (const row of a.rows) row.splice(ri, 1);
    });
    const r = await check(dir);
    expect(failed(r)).toEqual(['deid/race-gender-age-k']);
    expect(r.checks.find((c) => c.id === 'deid/race-gender-age-k')).toMatchObject({ counts: { smallCells: 12 } });
  });

  it('check --config reads the release config run --config reads (its checks section included)', async () => {
    const file = join(tmp, 'release.json');
    writeFileSync(file, JSON.stringify(releaseConfig({ checks: { disable: ['consistency/icu-stays-with-diagnosis'], checks: [{ id: 'deid/race-gender-age-k', type: 'kAnonymity', table: 'hosp/patients', columns: ['gender'], k: 2 }] } })));
    const config = loadCheckConfig(file);
    expect(config.checks.find((c) => c.id === 'integrity/required-tables')).toMatchObject({ tables: ['hosp/patients', 'hosp/admissions'] });
    expect(config.checks.find((c) => c.id === 'deid/race-gender-age-k')).toMatchObject({ k: 2 });
    expect(config.checks.some((c) => c.id === 'consistency/icu-stays-with-diagnosis')).toBe(false);
    // run --config reads the same file, and the checks it validates before the run are the same
    expect(checkConfigForRelease(loadConfig(file))).toEqual(config);
    writeFileSync(file, JSON.stringify(releaseConfig({ checks: { checks: [{ type: 'nope' }] } })));
    expect(() => loadCheckConfig(file)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', issues: [expect.objectContaining({ path: 'checks.checks[0].type' })] }));
  });
});
