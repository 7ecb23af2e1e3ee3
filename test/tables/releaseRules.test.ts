import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deidentifyTables, validateConfig } from '../../src/tables/index.js';
import { fixtureConfig, parseCsv, writeFixture } from '../e2e/_helpers.js';
import { fakeScrub, KEY } from './phases/_fixture.js';

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-rules-'));
  writeFixture(dir);
  input = join(dir, 'in');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, lines: string[]): void => writeFileSync(join(input, name), lines.join('\n') + '\n');
const run = (over: (c: any) => void = () => undefined) => {
  const c = fixtureConfig(input);
  over(c);
  return deidentifyTables({ config: validateConfig(c, dir), key: KEY, outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets'), scrub: fakeScrub });
};
const rel = (p: string): Record<string, string>[] => parseCsv(readFileSync(join(dir, 'out', p), 'utf8'));
const table = (report: Awaited<ReturnType<typeof run>>['report'], name: string) => report.tables.find((t) => t.table === name);
const ms = (t: string | undefined): number => Date.parse(`${(t as string).replace(' ', 'T')}Z`);

/** n adults M1..Mn born in 1950-1959. */
function people(n: number): void {
  write('people.csv', ['mrn,name,dob,sex', ...Array.from({ length: n }, (_, i) => `M${i + 1},P ${i + 1},195${i % 10}-01-0${(i % 9) + 1},F`)]);
}

describe('release rules', () => {
  it('sorts every released table by its released keys, never in the source order (item 1)', async () => {
    people(12);
    // visits sorted by real admission time, across patients; vitals of one stay in reverse time order
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', ...Array.from({ length: 12 }, (_, i) => `V${i + 1},M${12 - i},2012-0${(i % 9) + 1}-1${i % 10} 10:00:00,2012-0${(i % 9) + 1}-1${i % 10} 12:00:00,WHITE,`)]);
    write('vitals.csv', ['visit,t,v', ...Array.from({ length: 6 }, (_, i) => `V${(i % 3) + 1},2012-01-10 1${5 - i}:00:00,${i}`)]);
    await run();
    const sortedBy = (rows: Record<string, string>[], keys: string[]): Record<string, string>[] =>
      [...rows].sort((a, b) => {
        for (const k of keys) {
          const [x, y] = [a[k] as string, b[k] as string];
          const c = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
          if (c) return c;
        }
        return 0;
      });
    const adm = rel('hosp/admissions.csv');
    expect(adm).toHaveLength(12);
    expect(adm).toEqual(sortedBy(adm, ['subject_id', 'hadm_id', 'admittime']));
    const pat = rel('hosp/patients.csv');
    expect(pat).toEqual(sortedBy(pat, ['subject_id']));
    const ev = rel('icu/chartevents.csv');
    expect(ev).toHaveLength(6);
    expect(ev).toEqual(sortedBy(ev, ['subject_id', 'hadm_id', 'charttime', 'value']));
  });

  it('fails a run that quarantines more of a table than quarantine.maxShare (default 5%), naming the column, reason and fix (item 2)', async () => {
    people(10);
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', ...Array.from({ length: 10 }, (_, i) => `V${i + 1},M${i + 1},2012-03-04 10:00:00,2012-03-${i === 0 ? '32' : '05'} 10:00:00,WHITE,`)]);
    write('vitals.csv', ['visit,t,v', 'V2,2012-03-04 11:00:00,1']);
    const err = await run((c) => delete c.quarantine).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CHECK_FAILED', issues: [{ path: 'tables.visits', message: '10% of the rows quarantined, more than quarantine.maxShare 0.05; visits.disch: 10% DATE_INVALID; set "formats" (strptime forms) on the column, or fix the source' }] });
    const { report } = await run((c) => (c.quarantine = { maxShare: 0.1 }));
    expect(table(report, 'visits')).toMatchObject({ rowsOut: 9, quarantined: 1 });
  });

  it('fails a run whose admission times are in a form it cannot read, instead of releasing nothing (item 2)', async () => {
    people(20);
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', ...Array.from({ length: 20 }, (_, i) => `V${i + 1},M${i + 1},04.03.2012 10:00,08.03.2012 10:00,WHITE,`)]);
    write('vitals.csv', ['visit,t,v', 'V1,2012-03-05 01:00:00,80']);
    const err = await run().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CHECK_FAILED' });
    const issues = (err as { issues: { path: string; message: string }[] }).issues;
    expect(issues.find((i) => i.path === 'tables.visits')?.message).toMatch(/^releases nothing from 20 source rows \(quarantined 20, excluded 0\); visits\.admit: 100% DATE_INVALID; set "formats"/);
    expect(issues.find((i) => i.path === 'tables.people')?.message).toContain('patients excluded ADMISSION_DATE_INVALID 20');
  });

  it('quarantines both rows of a key under two patients and their children (KEY_CONFLICT), a repeated key under one patient after its first row (DUPLICATE_KEY) (item 5)', async () => {
    write('visits.csv', [
      'visit,mrn,admit,disch,race,comment',
      'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,',
      'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,',
      'V1,M3,2013-08-07 07:07:07,2013-08-09 07:07:07,WHITE,',
      'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,',
    ]);
    write('vitals.csv', ['visit,t,v', 'V1,2012-03-05 01:00:00,80', 'V3,2013-07-08 01:00:00,90']);
    const { report } = await run((c) => (c.quarantine = { maxShare: 1 }));
    expect(table(report, 'visits')).toMatchObject({ rowsIn: 4, rowsOut: 1, quarantinedByReason: { KEY_CONFLICT: 2, DUPLICATE_KEY: 1 }, balanced: true });
    expect(table(report, 'vitals')).toMatchObject({ rowsOut: 1, quarantinedByReason: { KEY_CONFLICT: 1 }, balanced: true });
    const adm = rel('hosp/admissions.csv');
    expect(adm).toHaveLength(1);
    expect(new Set(rel('icu/chartevents.csv').map((r) => r.hadm_id))).toEqual(new Set([adm[0]?.hadm_id]));
  });

  it('quarantines both rows of an ICU stay key under two patients and the events linked through it (KEY_CONFLICT) (item 5)', async () => {
    write('stays.csv', ['stay,visit,intime', 'S1,V1,2012-03-04 11:00:00', 'S1,V3,2013-07-07 08:00:00', 'S2,V3,2013-07-08 08:00:00']);
    write('stayvitals.csv', ['stay,t,v', 'S1,2012-03-04 12:00:00,80', 'S2,2013-07-08 09:00:00,90']);
    const { report } = await run((c) => {
      c.quarantine = { maxShare: 1 };
      const id = (namespace: string, as: string) => ({ rule: 'id', namespace, as });
      c.tables.stays = { file: 'stays.csv', release: 'icu/icustays', key: 'stay', patient: { through: 'visit', table: 'visits' }, inherit: ['subject_id'], columns: { stay: id('stay_id', 'stay_id'), visit: id('hadm_id', 'hadm_id'), intime: { rule: 'shift', as: 'intime' } } };
      c.tables.stayvitals = { file: 'stayvitals.csv', release: 'icu/inputevents', patient: { through: 'stay', table: 'stays' }, inherit: ['subject_id', 'hadm_id'], columns: { stay: id('stay_id', 'stay_id'), t: { rule: 'shift', as: 'charttime' }, v: { rule: 'keep', as: 'value' } } };
    });
    expect(table(report, 'stays')).toMatchObject({ rowsIn: 3, rowsOut: 1, quarantinedByReason: { KEY_CONFLICT: 2 }, balanced: true });
    expect(table(report, 'stayvitals')).toMatchObject({ rowsIn: 2, rowsOut: 1, quarantinedByReason: { KEY_CONFLICT: 1 }, balanced: true });
    const stays = rel('icu/icustays.csv');
    expect(stays).toHaveLength(1);
    expect(rel('icu/inputevents.csv').map((r) => r.stay_id)).toEqual([stays[0]?.stay_id]);
  });

  it('a key under two MRNs that are merged is one patient: no conflict (item 5)', async () => {
    write('merges.csv', ['retired,surviving', 'M3,M1']);
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,', 'V1,M3,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,']);
    const { report } = await run((c) => {
      c.patients.merges = { file: 'merges.csv', from: 'retired', to: 'surviving' };
      c.quarantine = { maxShare: 1 };
    });
    expect(table(report, 'visits')?.quarantinedByReason).toEqual({ DUPLICATE_KEY: 1 });
  });

  it('quarantines placeholder and implausible dates (DATE_OUT_OF_RANGE) instead of shifting them, and one in year 275000 does not fail the run (item 6)', async () => {
    write('people.csv', ['mrn,name,dob,sex', 'M1,Ada Quill,1950-01-02,F', 'M2,Bo Quill,1800-05-05,M', 'M3,Cy Rook,1960-03-04,M']);
    write('visits.csv', [
      'visit,mrn,admit,disch,race,comment',
      'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,',
      'V2,M1,2013-01-01 00:00:00,9999-12-31 00:00:00,WHITE,',
      'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,',
      'V7,M3,275000-01-01 00:00:00,275000-01-02 00:00:00,WHITE,',
    ]);
    write('vitals.csv', ['visit,t,v', 'V1,2012-03-05 01:00:00,80', 'V1,0001-01-01 00:00:00,81', 'V3,2055-07-08 01:00:00,90', 'V3,2013-07-08 01:00:00,91']);
    const { report } = await run((c) => {
      c.quarantine = { maxShare: 1 };
      c.shift = { startYear: 2100, endYear: 2140 };
    });
    expect(table(report, 'people')).toMatchObject({ quarantinedByReason: { DATE_OUT_OF_RANGE: 1 }, balanced: true });
    // M3's year-275000 stay is not a known time: M3 is excluded, and the row is quarantined
    expect(table(report, 'visits')).toMatchObject({ rowsOut: 1, quarantinedByReason: { DATE_OUT_OF_RANGE: 2 }, balanced: true });
    // 0001-01-01 is outside the plausible years; 2055 (42 years after the stay) is shifted out of the window
    expect(table(report, 'vitals')).toMatchObject({ quarantinedByReason: { DATE_OUT_OF_RANGE: 1 }, excluded: 2, balanced: true });
    for (const f of ['hosp/admissions.csv', 'icu/chartevents.csv']) for (const r of rel(f)) for (const v of Object.values(r)) if (/^\d{4,}-\d\d-\d\d/.test(v)) expect(Number(v.split('-')[0])).toBeLessThanOrEqual(2140);
  });

  it('converts zone offsets to UTC (or shift.timeZone) before shifting, so mixed offsets keep intervals; 24:00:00 is the next midnight (item 8)', async () => {
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04T10:00:00+05:00,2012-03-04 12:00:00Z,WHITE,', 'V3,M3,2013-07-07 07:07:07,2013-07-08 24:00:00,WHITE,']);
    write('vitals.csv', ['visit,t,v', 'V1,2012-03-04 06:30:00,80', 'V1,2012-03-04T01:30:00-05:00,81']);
    const { report } = await run((c) => (c.quarantine = { maxShare: 1 }));
    expect(table(report, 'visits')?.quarantined).toBe(0);
    const adm = rel('hosp/admissions.csv');
    // V1: 05:00Z to 12:00Z; V3: 07:07:07 to the end of the next day
    expect(adm.map((r) => ms(r.dischtime) - ms(r.admittime)).sort((x, y) => x - y)).toEqual([7 * 3600_000, (24 + 16) * 3600_000 + 52 * 60_000 + 53_000]);
    expect(adm.map((r) => r.dischtime?.slice(11))).toContain('00:00:00');
    const ev = rel('icu/chartevents.csv');
    expect(ev.map((r) => r.charttime)).toEqual([ev[0]?.charttime, ev[0]?.charttime]); // 06:30Z twice
    // in a configured zone, the offset-free times are read as written and offsets converted to it
    rmSync(join(dir, 'out'), { recursive: true });
    write('vitals.csv', ['visit,t,v', 'V1,2012-03-04 06:30:00,80', 'V1,2012-03-04T11:30:00Z,81']);
    await run((c) => {
      c.quarantine = { maxShare: 1 };
      c.shift = { timeZone: 'America/New_York' };
    });
    const ny = rel('icu/chartevents.csv');
    expect(ny.map((r) => r.charttime)).toEqual([ny[0]?.charttime, ny[0]?.charttime]); // 11:30Z = 06:30 EST
  });

  it('reads birth and death dates with their columns\' formats, as it reads every date it shifts (item 10: every config option honoured)', async () => {
    // DD/MM/YYYY: M1 turned 18 on 5 March 2012 (read MM/DD, 3 May: a minor at the stay); M2 died 25 December 2013
    write('people.csv', ['mrn,name,dob,sex,dod', 'M1,Ada Quill,05/03/1994,F,', 'M2,Bo Quill,25/12/1950,M,25/12/2013']);
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,01/04/2012 10:00:00,03/04/2012 10:00:00,WHITE,', 'V2,M2,01/01/2013 10:00:00,02/01/2013 10:00:00,WHITE,']);
    write('vitals.csv', ['visit,t,v', 'V1,02/04/2012 10:00:00,80']);
    const dmy = ['%d/%m/%Y'];
    const configure = (c: any, formats: boolean): void => {
      c.patients.deathDate = 'dod';
      c.tables.people.columns.dod = formats ? { rule: 'drop', formats: dmy } : { rule: 'drop' };
      if (formats) c.tables.people.columns.dob.formats = dmy;
      for (const col of ['admit', 'disch']) c.tables.visits.columns[col].formats = ['%d/%m/%Y %H:%M:%S'];
      c.tables.vitals.columns.t.formats = ['%d/%m/%Y %H:%M:%S'];
    };
    // without formats the birth dates are not read (never read the other way round): the run says which column and the fix
    const err = await run((c) => configure(c, false)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CHECK_FAILED' });
    expect((err as { issues: { path: string; message: string }[] }).issues.find((i) => i.path === 'tables.people')?.message).toMatch(/people\.dob: \d+% DATE_INVALID; set "formats"/);
    const { report } = await run((c) => configure(c, true));
    expect(table(report, 'people')).toMatchObject({ rowsIn: 2, rowsOut: 2, quarantined: 0, excluded: 0, balanced: true });
    const offset = (mrn: string): number => Number((readFileSync(join(dir, 'secrets', 'offsets.csv'), 'utf8').split('\n').find((l) => l.startsWith(`"${mrn}",`)) as string).split(',')[1]);
    const dods = rel('hosp/patients.csv').map((r) => r.dod).filter((d) => d);
    expect(dods).toEqual([new Date(Date.UTC(2013, 11, 25) + offset('M2') * 86_400_000).toISOString().slice(0, 10)]);
  });

  it('hands a birth date written in a configured form to the scrubber as the day it is, so the note is searched for that day (item 10)', async () => {
    write('people.csv', ['mrn,name,dob,sex', 'M1,Ada Quill,05/03/1994,F']);
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-04-01 10:00:00,2012-04-03 10:00:00,WHITE,Patient born March 5th 1994 is well']);
    write('vitals.csv', ['visit,t,v', 'V1,2012-04-02 10:00:00,80']);
    const c = fixtureConfig(input);
    c.tables.people.columns.dob.formats = ['%d/%m/%Y'];
    c.patients.identifiers = { dob: 'date' };
    const { report } = await deidentifyTables({ config: validateConfig(c, dir), key: KEY, outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets'), workers: 0 });
    expect(report.phi.bySource['known/dob']).toBe(1);
    expect(rel('hosp/admissions.csv')[0]?.comments).not.toMatch(/1994|March/);
  });

  it('reads a birth date with a zone offset as the release reads every time: converted to shift.timeZone (item 8)', async () => {
    // 1994-03-05T03:00Z is the evening of 4 March in New York: M1 is 18 at a stay on 4 March 2012 only there
    write('people.csv', ['mrn,name,dob,sex', 'M1,Ada Quill,1994-03-05T03:00:00Z,F', 'M2,Bo Quill,1950-01-01,M']);
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04 22:00:00,2012-03-06 10:00:00,WHITE,', 'V2,M2,2013-01-01 10:00:00,2013-01-02 10:00:00,WHITE,']);
    write('vitals.csv', ['visit,t,v', 'V2,2013-01-01 11:00:00,80']);
    const utc = await run((c) => (c.quarantine = { maxShare: 1 }));
    expect(table(utc.report, 'people')?.excluded).toBe(1);
    rmSync(join(dir, 'out'), { recursive: true });
    rmSync(join(dir, 'secrets'), { recursive: true });
    const ny = await run((c) => {
      c.quarantine = { maxShare: 1 };
      c.shift = { timeZone: 'America/New_York' };
    });
    expect(table(ny.report, 'people')).toMatchObject({ rowsOut: 2, excluded: 0 });
  });

  it('quarantines a discharge before its admission (INTERVAL_INVALID) (item 9)', async () => {
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,', 'V3,M3,2013-07-09 07:07:07,2013-07-07 07:07:07,WHITE,', 'V5,M3,2013-08-07 07:07:07,2013-08-09 07:07:07,WHITE,']);
    write('vitals.csv', ['visit,t,v', 'V1,2012-03-05 01:00:00,80']);
    const { report } = await run((c) => (c.quarantine = { maxShare: 1 }));
    expect(table(report, 'visits')).toMatchObject({ rowsOut: 2, quarantinedByReason: { INTERVAL_INVALID: 1 }, balanced: true });
    const q = parseCsv(readFileSync(join(dir, 'secrets', report.quarantine.files.find((f) => f.endsWith('/visits.csv')) as string), 'utf8'));
    expect(q).toMatchObject([{ reason: 'INTERVAL_INVALID', row: '2', column: 'disch' }]);
  });
});
