import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deidentifyTables, validateConfig } from '../../src/tables/index.js';
import { fixtureConfig, parseCsv, writeFixture } from '../e2e/_helpers.js';
import { fakeScrub, KEY } from './phases/_fixture.js';

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-malformed-'));
  writeFixture(dir);
  input = join(dir, 'in');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (over: (c: any) => void = () => undefined) => {
  const c = fixtureConfig(input);
  c.quarantine = { maxShare: 1 }; // these extracts are mostly bad lines
  over(c);
  return deidentifyTables({ config: validateConfig(c, dir), key: KEY, outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets'), scrub: fakeScrub });
};
/** The latest run's quarantine file of a table (`<secrets>/quarantine/<run>/<table>.csv`). */
const quarantine = (table: string): Record<string, string>[] => {
  const runs = readdirSync(join(dir, 'secrets', 'quarantine')).sort();
  return parseCsv(readFileSync(join(dir, 'secrets', 'quarantine', runs.at(-1) as string, `${table}.csv`), 'utf8'));
};

/** 93 vitals of V1 an hour apart; row `bad` (1-based) opens a quote it never closes. */
function vitals(bad: number): string {
  const rows = Array.from({ length: 93 }, (_, i) => `V1,2012-03-05 ${String(i % 24).padStart(2, '0')}:00:00,${i === bad - 1 ? '"' : ''}${60 + i}`);
  return ['visit,t,v', ...rows].join('\n') + '\n';
}

describe('malformed source lines', () => {
  it.each(['vitals.csv', 'vitals.csv.gz'])('a stray quote in a streamed %s is its line alone: the other 92 rows are released', async (file) => {
    writeFileSync(join(input, file), file.endsWith('.gz') ? gzipSync(vitals(10)) : vitals(10));
    if (file.endsWith('.gz')) rmSync(join(input, 'vitals.csv'));
    const { report } = await run((c) => (c.tables.vitals.file = file));
    expect(report.tables.find((t) => t.table === 'vitals')).toMatchObject({ rowsIn: 93, rowsOut: 92, quarantined: 1, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(quarantine('vitals')).toEqual([{ table: 'vitals', file, reason: 'CSV_MALFORMED', row: '', line: '11', column: '', detail: 'UNTERMINATED QUOTE' }]);
    expect(parseCsv(readFileSync(join(dir, 'out', 'icu', 'chartevents.csv'), 'utf8')).map((r) => r.value)).not.toContain('69');
  });

  it('a stray quote in a staged table is its line alone: the admissions after it are released', async () => {
    writeFileSync(
      join(input, 'visits.csv'),
      ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,"left open', 'V2,M2,2015-01-01 00:00:00,2015-01-02 00:00:00,ASIAN,', 'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,seen'].join('\n') + '\n',
    );
    const { report } = await run();
    expect(report.tables.find((t) => t.table === 'visits')).toMatchObject({ rowsIn: 3, rowsOut: 1, excluded: 1, quarantined: 1, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(quarantine('visits')).toMatchObject([{ reason: 'CSV_MALFORMED', line: '2', detail: 'UNTERMINATED QUOTE' }]);
  });

  it('malformed lines of staged tables (patients, admissions) are quarantined with their line, and every table balances', async () => {
    writeFileSync(join(input, 'people.csv'), 'mrn,name,dob,sex\nM1,Ada Quill,1950-01-02,F\nM2,Bo Quill,2010-05-05,M,extra\nM3,Cy Rook,1960-03-04,M\n');
    writeFileSync(
      join(input, 'visits.csv'),
      ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,', 'V3,M3,2013-07-07 07:07:07', 'V5,M3,2013-08-07 07:07:07,2013-08-09 07:07:07,WHITE,'].join('\n') + '\n',
    );
    const { report } = await run();
    expect(report.tables.find((t) => t.table === 'people')).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(report.tables.find((t) => t.table === 'visits')).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(quarantine('people')).toMatchObject([{ reason: 'CSV_MALFORMED', line: '3', detail: 'TOO MANY COLUMNS' }]);
    expect(quarantine('visits')).toMatchObject([{ reason: 'CSV_MALFORMED', line: '3', detail: 'MISSING COLUMNS' }]);
  });

  it('malformed lines of the other staged tables (ICU stays, notes) and of a lab table are quarantined with their line, and every table balances', async () => {
    const w = (name: string, lines: string[]): void => writeFileSync(join(input, name), lines.join('\n') + '\n');
    w('stays.csv', ['stay,visit,intime', 'S1,V1,2012-03-04 11:00:00', 'S2,V1,2012-03-05 11:00:00,extra', 'S3,V3,2013-07-07 08:00:00']);
    w('notes.csv', ['note,mrn,visit,t,text', 'N1,M1,V1,2012-03-05 09:00:00,Seen today', 'N2,M1,V1', 'N3,M3,V3,2013-07-08 09:00:00,Stable']);
    w('labs.csv', ['mrn,visit,t,v', 'M1,V1,2012-03-05 02:00:00,"7.4', 'M1,V1,2012-03-05 03:00:00,7.3', 'M3,V3,2013-07-08 02:00:00,7.2']);
    const { report } = await run((c) => {
      const id = (namespace: string, as: string) => ({ rule: 'id', namespace, as });
      c.tables.stays = { file: 'stays.csv', release: 'icu/icustays', key: 'stay', patient: { through: 'visit', table: 'visits' }, inherit: ['subject_id'], columns: { stay: id('stay_id', 'stay_id'), visit: id('hadm_id', 'hadm_id'), intime: { rule: 'shift', as: 'intime' } } };
      c.tables.notes = { file: 'notes.csv', release: 'note/discharge', patient: { column: 'mrn' }, columns: { note: { rule: 'noteId', kind: 'DS', orderBy: 't', as: 'note_id' }, mrn: id('subject_id', 'subject_id'), visit: id('hadm_id', 'hadm_id'), t: { rule: 'shift', as: 'charttime' }, text: { rule: 'scrub', as: 'text' } } };
      c.tables.labs = { file: 'labs.csv', release: 'hosp/labevents', patient: { column: 'mrn' }, columns: { mrn: id('subject_id', 'subject_id'), visit: id('hadm_id', 'hadm_id'), t: { rule: 'shift', as: 'charttime' }, v: { rule: 'keep', as: 'value' } } };
    });
    const t = (name: string) => report.tables.find((x) => x.table === name);
    expect(t('stays')).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(t('notes')).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(t('labs')).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(report.tables.every((x) => x.balanced)).toBe(true);
    expect(quarantine('stays')).toMatchObject([{ reason: 'CSV_MALFORMED', line: '3', detail: 'TOO MANY COLUMNS' }]);
    expect(quarantine('notes')).toMatchObject([{ reason: 'CSV_MALFORMED', line: '3', detail: 'MISSING COLUMNS' }]);
    expect(quarantine('labs')).toMatchObject([{ reason: 'CSV_MALFORMED', line: '2' }]);
    expect(parseCsv(readFileSync(join(dir, 'out', 'hosp', 'labevents.csv'), 'utf8')).map((r) => r.value).sort()).toEqual(['7.2', '7.3']);
  });

  it('names a malformed line by its kind also after a quoted value spanning lines (DuckDB counts such a record as one line)', async () => {
    writeFileSync(join(input, 'vitals.csv'), 'visit,t,v\nV1,2012-03-05 01:00:00,"80\nmmHg"\nV1,2012-03-05 02:00:00,"81\nV1,2012-03-05 03:00:00,82\n');
    const { report } = await run();
    expect(report.tables.find((t) => t.table === 'vitals')).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    expect(quarantine('vitals')).toMatchObject([{ reason: 'CSV_MALFORMED', line: '3', detail: 'UNTERMINATED QUOTE' }]);
  });

  it('an inch mark in an unquoted field is read as DuckDB reads it: the row is released and the table balances', async () => {
    writeFileSync(join(input, 'vitals.csv'), 'visit,t,v\nV1,2012-03-05 01:00:00,NG tube 12" depth\nV1,2012-03-05 02:00:00,81\n');
    const { report } = await run();
    expect(report.tables.find((t) => t.table === 'vitals')).toMatchObject({ rowsIn: 2, rowsOut: 2, quarantined: 0, balanced: true });
    expect(parseCsv(readFileSync(join(dir, 'out', 'icu', 'chartevents.csv'), 'utf8')).map((r) => r.value)).toContain('NG tube 12" depth');
  });
});
