import { PassThrough } from 'node:stream';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and captures its output. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}, cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const io: CliIO = { stdin: new PassThrough(), stdout: out, stderr: err, env, cwd, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Every file below `dir`. */
export function walk(dir: string): string[] {
  const files: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) files.push(...walk(p));
    else files.push(p);
  }
  return files;
}

/** A file's text (gunzipped when .gz). */
export function readText(path: string): string {
  const buf = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** Minimal RFC 4180 parser for test assertions. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') row.push(cur), (cur = '');
    else if (ch === '\n') row.push(cur), rows.push(row), (row = []), (cur = '');
    else if (ch !== '\r') cur += ch;
  }
  if (cur !== '' || row.length) row.push(cur), rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Truth {
  quarantine: { table: string; reason: string; row?: number; line?: number; column?: string }[];
  excluded: { minors: string[]; protected: string[] };
  merges: { retired: string; surviving: string }[];
  counts: Record<string, number>;
  identifiers: { names: string[]; mrns: string[]; phones: string[]; streets: string[]; birthDates: string[] };
}

/**
 * The release config of the tiny fixture extract (people, visits, vitals) with source folder
 * `input`; shared by the CLI, e2e and pipeline tests.
 */
export function fixtureConfig(input: string): any {
  return {
    version: 1,
    input,
    // the fixture plants one bad row in four: allow it
    quarantine: { maxShare: 0.5 },
    patients: { table: 'people', key: 'mrn', birthDate: 'dob', admissions: { table: 'visits', admit: 'admit', discharge: 'disch' }, cohort: { minAge: 18 } },
    tables: {
      people: { file: 'people.csv', release: 'hosp/patients', patient: { column: 'mrn' }, columns: { mrn: { rule: 'id', namespace: 'subject_id', as: 'subject_id' }, name: { rule: 'drop' }, dob: { rule: 'drop' }, sex: { rule: 'keep', as: 'gender' } } },
      visits: {
        file: 'visits.csv',
        release: 'hosp/admissions',
        key: 'visit',
        patient: { column: 'mrn' },
        columns: {
          mrn: { rule: 'id', namespace: 'subject_id', as: 'subject_id' },
          visit: { rule: 'id', namespace: 'hadm_id', as: 'hadm_id' },
          admit: { rule: 'shift', as: 'admittime' },
          disch: { rule: 'shift', as: 'dischtime' },
          race: { rule: 'allowlist', values: ['WHITE', 'ASIAN'] },
          comment: { rule: 'scrub', as: 'comments' },
        },
      },
      vitals: { file: 'vitals.csv', release: 'icu/chartevents', patient: { through: 'visit', table: 'visits' }, inherit: ['subject_id'], columns: { visit: { rule: 'id', namespace: 'hadm_id', as: 'hadm_id' }, t: { rule: 'shift', as: 'charttime' }, v: { rule: 'keep', as: 'value' } } },
    },
  };
}

/**
 * Writes a tiny identified extract and its config (`<dir>/config.json`, input `<dir>/in`).
 * Three patients (one a minor), four visits (one with an impossible discharge date), vitals reached
 * through visits (one for an unknown visit), a comment column with PHI.
 */
export function writeFixture(dir: string): string {
  const input = join(dir, 'in');
  mkdirSync(input, { recursive: true });
  const w = (name: string, lines: string[]): void => writeFileSync(join(input, name), lines.join('\n') + '\n');
  w('people.csv', ['mrn,name,dob,sex', 'M1,Ada Quill,1950-01-02,F', 'M2,Bo Quill,2010-05-05,M', 'M3,Cy Rook,1960-03-04,M']);
  w('visits.csv', [
    'visit,mrn,admit,disch,race,comment',
    'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,Called Dr. Smith at 617-555-0199 on 3/4/2012',
    'V2,M2,2015-01-01 00:00:00,2015-01-02 00:00:00,ASIAN,',
    'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,Per Jones: mixed,seen',
    'V4,M3,2014-02-28 10:00:00,2014-02-30 10:00:00,WHITE,bad date',
  ]);
  w('vitals.csv', ['visit,t,v', 'V1,2012-03-05 01:00:00,80', 'V3,2013-07-08 01:00:00,90', 'V9,2013-07-08 01:00:00,99', 'V2,2015-01-01 05:00:00,70']);
  const config = fixtureConfig('in');
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}
