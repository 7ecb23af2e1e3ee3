import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDeidError } from '../../src/errors.js';
import { deidentifyTables, validateConfig, type ScrubFunction } from '../../src/tables/index.js';
import { fixtureConfig, parseCsv, walk } from '../e2e/_helpers.js';
import { fakeScrub } from './phases/_fixture.js';

const KEY = 'unit-test-key-0123456789abcdef';

let dir: string;
let input: string;

function write(name: string, lines: string[]): void {
  writeFileSync(join(input, name), lines.join('\n') + '\n');
}

function baseConfig(over: (c: any) => void = () => undefined): ReturnType<typeof validateConfig> {
  const c: any = fixtureConfig(input);
  over(c);
  return validateConfig(c, dir);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-tables-'));
  input = join(dir, 'in');
  mkdirSync(input);
  write('people.csv', ['mrn,name,dob,sex', 'M1,Ada Quill,1950-01-02,F', 'M2,Bo Quill,2010-05-05,M', 'M3,Cy Rook,1960-03-04,M']);
  write('visits.csv', [
    'visit,mrn,admit,disch,race,comment',
    'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,Called Smith at home',
    'V2,M2,2015-01-01 00:00:00,2015-01-02 00:00:00,ASIAN,',
    'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,Per Jones: mixed,seen',
    'V4,M3,2014-02-28 10:00:00,2014-02-30 10:00:00,WHITE,bad date',
  ]);
  write('vitals.csv', ['visit,t,v', 'V1,2012-03-05 01:00:00,80', 'V3,2013-07-08 01:00:00,90', 'V9,2013-07-08 01:00:00,99', 'V2,2015-01-01 05:00:00,70']);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (over: (c: any) => void = () => undefined, extra: Record<string, unknown> = {}) =>
  deidentifyTables({ config: baseConfig(over), key: KEY, outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets'), scrub: fakeScrub, ...extra });

const rel = (p: string): Record<string, string>[] => parseCsv(readFileSync(join(dir, 'out', p), 'utf8'));

describe('deidentifyTables', () => {
  it('releases ids, shifted dates, allow-listed and scrubbed values, and balances every table', async () => {
    const events: { phase: string; table: string; done: number; total: number }[] = [];
    const { report } = await run(undefined, { onProgress: (e: (typeof events)[number]) => events.push(e) });
    // vitals is streamed from its file while people and visits are written beside it; the report
    // keeps config order, and write progress counts tables
    expect(report.tables.map((t) => t.table)).toEqual(['people', 'visits', 'vitals']);
    const writes = events.filter((e) => e.phase === 'write');
    expect(writes.at(-1)).toEqual({ phase: 'write', table: '', done: 3, total: 3 });
    expect(writes.map((e) => e.done)).toEqual([...writes.map((e) => e.done)].sort((a, b) => a - b));
    expect(new Set(writes.flatMap((e) => e.table.split(', ').filter(Boolean)))).toEqual(new Set(['people', 'visits', 'vitals']));
    const adm = rel('hosp/admissions.csv');
    expect(adm.map((r) => r.race)).toEqual(['WHITE', '___']);
    expect(adm.map((r) => r.comments)).toEqual(['___ ___ at home', 'seen']);
    for (const r of adm) expect(Number(r.admittime?.slice(0, 4))).toBeGreaterThanOrEqual(2100);
    const [a] = adm;
    expect(Date.parse(a!.dischtime!.replace(' ', 'T') + 'Z') - Date.parse(a!.admittime!.replace(' ', 'T') + 'Z')).toBe((4 * 24 + 2.5) * 3600 * 1000);
    expect(a!.admittime!.slice(11)).toBe('10:00:00');
    const byTable = Object.fromEntries(report.tables.map((t) => [t.table, t]));
    expect(byTable.people).toMatchObject({ rowsIn: 3, rowsOut: 2, excluded: 1, quarantined: 0 });
    expect(byTable.visits).toMatchObject({ rowsIn: 4, rowsOut: 2, excluded: 1, quarantined: 1, quarantinedByReason: { DATE_INVALID: 1 } });
    expect(byTable.vitals).toMatchObject({ rowsIn: 4, rowsOut: 2, excluded: 1, quarantined: 1, quarantinedByReason: { UNKNOWN_PATIENT: 1 } });
    expect(report.tables.every((t) => t.balanced)).toBe(true);
    expect(report.phi.byType).toEqual({ NAME: 2 });
  });

  it('gives chart rows reached through a link the subject id of their visit', async () => {
    await run();
    const pats = new Set(rel('hosp/patients.csv').map((r) => r.subject_id));
    const adm = new Map(rel('hosp/admissions.csv').map((r) => [r.hadm_id, r.subject_id]));
    for (const v of rel('icu/chartevents.csv')) {
      expect(pats.has(v.subject_id)).toBe(true);
      expect(adm.get(v.hadm_id)).toBe(v.subject_id);
    }
  });

  it('anchors a patient on exactly the admissions the release can shift, in whatever configured form their times are written', async () => {
    // M1's earliest stay is written M/D/YYYY and a later one has an impossible discharge
    write('visits.csv', [
      'visit,mrn,admit,disch,race,comment',
      'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,',
      'V5,M1,03/01/2011 09:00,03/02/2011 09:00,WHITE,',
      'V6,M1,2013-02-28 10:00:00,2013-02-30 10:00:00,WHITE,',
    ]);
    // without formats the 2011 stay's time is unknown: it could be M1's first, at an age the
    // cohort rules would exclude, so M1 is not anchored on a later stay but excluded, and a run
    // that releases nothing fails, naming the column, the reason and the fix
    const err = await run().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CHECK_FAILED' });
    const issues = (err as { issues: { path: string; message: string }[] }).issues;
    expect(issues.find((i) => i.path === 'tables.visits')?.message).toMatch(/releases nothing from 3 source rows .*visits\.admit: 33% DATE_INVALID; set "formats"/);
    expect(issues.find((i) => i.path === 'tables.people')?.message).toContain('ADMISSION_DATE_INVALID 1');
    expect(existsSync(join(dir, 'out', 'hosp', 'admissions.csv'))).toBe(false);
    // with the form configured, the 2011 stay is released and anchors
    const withForms = await run((c) => {
      c.tables.visits.columns.admit.formats = ['%m/%d/%Y %H:%M'];
      c.tables.visits.columns.disch.formats = ['%m/%d/%Y %H:%M'];
      c.quarantine = { maxShare: 1 }; // the vitals name visits this test leaves out
    });
    expect(withForms.report.tables.find((t) => t.table === 'visits')?.quarantinedByReason).toEqual({ DATE_INVALID: 1 });
    const offsets = readFileSync(join(dir, 'secrets', 'offsets.csv'), 'utf8').split('\n').find((l) => l.startsWith('"M1",')) as string;
    const days = Number(offsets.split(',')[1]);
    const admits = rel('hosp/admissions.csv').map((r) => Date.parse(`${r.admittime?.replace(' ', 'T')}Z`));
    expect(admits).toHaveLength(2); // V1, V5
    expect(Math.min(...admits)).toBe(Date.UTC(2011, 2, 1, 9) + days * 86_400_000);
    const [p, ...others] = rel('hosp/patients.csv'); // M2 and M3 have no stays: only M1 is released
    expect(others).toEqual([]);
    expect(Number(p?.anchor_year)).toBe(new Date(Math.min(...admits)).getUTCFullYear());
    expect(Number(p?.anchor_age)).toBe(Number(p?.anchor_year) - new Date(Date.UTC(1950, 0, 2) + days * 86_400_000).getUTCFullYear());
  });

  it('fails with COLUMN_UNMAPPED listing every source column that has no rule (default deny)', async () => {
    write('visits.csv', ['visit,mrn,admit,disch,race,comment,ssn,home_phone', 'V1,M1,2012-03-04,2012-03-05,WHITE,,123-45-6789,555-0101']);
    const err = await run().catch((e: unknown) => e);
    expect(isDeidError(err) && err.code).toBe('COLUMN_UNMAPPED');
    // by position, never by name: a header line may hold data
    expect(isDeidError(err) && err.issues.map((i) => i.path)).toEqual(['tables.visits.file']);
    expect(isDeidError(err) && err.issues[0]?.message).toContain('2 source column(s) have no rule (default deny), at position(s) 7, 8');
    expect(String((err as Error).message)).not.toContain('123-45-6789');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('quarantines a row whose text the scrubber fails on, and never writes that text', async () => {
    const failing: ScrubFunction = async function* (notes) {
      for await (const o of fakeScrub(notes)) {
        if (o.ok && o.id.startsWith('1:')) yield { id: o.id, ok: false, error: { code: 'DETECTOR_FAILED', message: 'DETECTOR_FAILED: boom' } };
        else yield o;
      }
    };
    const { report } = await run(undefined, { scrub: failing });
    const visits = report.tables.find((t) => t.table === 'visits');
    expect(visits?.quarantinedByReason).toEqual({ DATE_INVALID: 1, SCRUB_FAILED: 1 });
    expect(visits?.balanced).toBe(true);
    const everything = [...walk(join(dir, 'out')), ...walk(join(dir, 'secrets'))].filter((f) => f.endsWith('.csv') || f.endsWith('.json')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(everything).not.toContain('Smith');
    const qfile = report.quarantine.files.find((f) => f.endsWith('/visits.csv')) as string;
    expect(qfile).toMatch(/^quarantine\/[^/]+\/visits\.csv$/);
    const q = parseCsv(readFileSync(join(dir, 'secrets', qfile), 'utf8'));
    expect(q.map((r) => [r.reason, r.row, r.column])).toEqual([['SCRUB_FAILED', '1', 'comment'], ['DATE_INVALID', '4', 'disch']]);
  });

  it('fails the run and leaves no partial release when one of the two write chains fails while the other is writing', async () => {
    // the streamed table (vitals) fails as it starts; people and visits are written beside it
    let thrown = 0;
    const onProgress = (e: { phase: string; table: string }): void => {
      if (e.phase === 'write' && e.table.split(', ').includes('vitals') && thrown++ === 0) throw new Error('injected failure');
    };
    await expect(run(undefined, { onProgress })).rejects.toThrow('injected failure');
    expect(thrown).toBeGreaterThan(0);
    for (const sub of ['hosp', 'icu', 'note']) expect(existsSync(join(dir, 'out', sub))).toBe(false);
    // the engine was left in a state to close cleanly: a second run in the same process succeeds
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    const again = await run();
    expect(again.report.tables.every((t) => t.balanced)).toBe(true);
  });

  it('stops with an error (not a partial release of raw text) when scrub outcomes come back out of order', async () => {
    const reorder: ScrubFunction = async function* (notes) {
      const all = [];
      for await (const o of fakeScrub(notes)) all.push(o);
      yield* all.reverse();
    };
    await expect(run(undefined, { scrub: reorder })).rejects.toThrow(/out of order/);
    expect(existsSync(join(dir, 'out', 'hosp'))).toBe(false);
  });

  it('keeps earlier ids and offsets on a later run with the same secrets (incremental release)', async () => {
    await run();
    const first = rel('hosp/admissions.csv');
    write('people.csv', ['mrn,name,dob,sex', 'M4,Di New,1970-01-01,F', 'M1,Ada Quill,1950-01-02,F', 'M2,Bo Quill,2010-05-05,M', 'M3,Cy Rook,1960-03-04,M']);
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V5,M4,2011-01-01 00:00:00,2011-01-03 00:00:00,WHITE,', 'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,x', 'V0,M1,2009-01-01 00:00:00,2009-01-02 00:00:00,WHITE,earlier visit', 'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,seen']);
    await run();
    const second = new Map(rel('hosp/admissions.csv').map((r) => [r.hadm_id, r]));
    for (const r of first) {
      const again = second.get(r.hadm_id);
      expect(again?.subject_id).toBe(r.subject_id);
      expect(again?.admittime).toBe(r.admittime); // same offset although M1 now has an earlier visit
    }
    expect(second.size).toBe(4);
    expect(new Set([...second.values()].map((r) => r.hadm_id)).size).toBe(4);
  });

  it('reads Parquet and CSV.gz sources and writes Parquet or CSV.gz releases', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`COPY (SELECT * FROM read_csv('${join(input, 'vitals.csv')}', all_varchar=true)) TO '${join(input, 'vitals.parquet')}' (FORMAT parquet)`);
    await c.run(`COPY (SELECT * FROM read_csv('${join(input, 'people.csv')}', all_varchar=true)) TO '${join(input, 'people.csv.gz')}' (HEADER, COMPRESSION gzip)`);
    c.closeSync();
    db.closeSync();
    await run((cfg) => {
      cfg.tables.vitals.file = 'vitals.parquet';
      cfg.tables.people.file = 'people.csv.gz';
      cfg.output = { format: 'csv.gz' };
    });
    const text = gunzipSync(readFileSync(join(dir, 'out', 'icu', 'chartevents.csv.gz'))).toString();
    expect(parseCsv(text)).toHaveLength(2);
    rmSync(join(dir, 'out'), { recursive: true });
    const { report } = await run((cfg) => (cfg.output = { format: 'parquet' }));
    expect(existsSync(join(dir, 'out', 'hosp', 'admissions.parquet'))).toBe(true);
    expect(report.tables.every((t) => t.balanced)).toBe(true);
  });

  it.each([
    ['a secrets folder inside the release', (d: string) => ({ outDir: join(d, 'out'), secretsDir: join(d, 'out', 'secrets') }), 'IO_FAILED'],
    ['a release inside the input folder', (d: string) => ({ outDir: join(d, 'in', 'out'), secretsDir: join(d, 'secrets') }), 'IO_FAILED'],
    ['a short key', () => ({ key: 'short' }), 'KEY_INVALID'],
    ['an empty key', () => ({ key: '' }), 'KEY_MISSING'],
  ])('refuses %s', async (_n, opts, code) => {
    const err = await deidentifyTables({ config: baseConfig(), key: KEY, outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets'), scrub: fakeScrub, ...opts(dir) }).catch((e: unknown) => e);
    expect(isDeidError(err) && err.code).toBe(code);
  });

  it('refuses to write into a folder holding other files', async () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'keep-me.txt'), 'x');
    await expect(run()).rejects.toMatchObject({ code: 'IO_FAILED' });
    expect(readFileSync(join(dir, 'out', 'keep-me.txt'), 'utf8')).toBe('x');
  });

  it.each([
    ['a blank line between records', 'visit,t,v\nV1,2012-03-05 01:00:00,80\n\nV1,2012-03-05 03:00:00,82\n', 2, 2],
    ['CRLF line ends', 'visit,t,v\r\nV1,2012-03-05 01:00:00,80\r\nV1,2012-03-05 02:00:00,81\r\nV1,2012-03-05 03:00:00,82\r\n', 3, 3],
    ['no newline after the last record', 'visit,t,v\nV1,2012-03-05 01:00:00,80\nV1,2012-03-05 02:00:00,81\nV1,2012-03-05 03:00:00,82', 3, 3],
    ['a quoted field spanning lines', 'visit,t,v\nV1,2012-03-05 01:00:00,80\nV1,2012-03-05 02:00:00,"8\n1"\nV1,2012-03-05 03:00:00,82\n', 3, 3],
    // the open quote does not swallow the rest of the file: its line alone is malformed
    ['an unterminated quote', 'visit,t,v\nV1,2012-03-05 01:00:00,80\nV1,2012-03-05 02:00:00,"81\nV1,2012-03-05 03:00:00,82\n', 3, 2],
  ])('counts rows in from the source file itself and balances: %s', async (_what, text, rowsIn, rowsOut) => {
    writeFileSync(join(input, 'vitals.csv'), text); // streamed from its file
    writeFileSync(join(input, 'people.csv'), readFileSync(join(input, 'people.csv'), 'utf8').replace(/\n/g, '\r\n') + '\r\n'); // staged
    const { report } = await run();
    expect(report.tables.find((t) => t.table === 'vitals')).toMatchObject({ rowsIn, rowsOut, quarantined: rowsIn - rowsOut, balanced: true });
    expect(report.tables.find((t) => t.table === 'people')).toMatchObject({ rowsIn: 3, balanced: true });
  });

  it('quarantines malformed CSV lines with their line number and never their text', async () => {
    writeFileSync(join(input, 'vitals.csv'), 'visit,t,v\nV1,2012-03-05 01:00:00,80\nV1,"2012-03-05 02:00:00" secret-Smith,81\nV1,2012-03-05 03:00:00,82\n');
    const { report } = await run();
    const v = report.tables.find((t) => t.table === 'vitals');
    expect(v).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantined: 1, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    const q = readFileSync(join(dir, 'secrets', report.quarantine.files.find((f) => f.endsWith('/vitals.csv')) as string), 'utf8');
    expect(parseCsv(q)[0]).toMatchObject({ reason: 'CSV_MALFORMED', line: '3' });
    expect(q).not.toContain('secret-Smith');
  });
});
