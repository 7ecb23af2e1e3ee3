/**
 * Writes small MIMIC-IV-shaped releases into a temp folder for the check tests. Every variant
 * starts from a passing release and breaks one thing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Table = { header: string[]; rows: (string | number | null)[][] };
export type ReleaseTables = Record<string, Table>;

const cell = (v: string | number | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The passing release: 12 patients, 12 admissions, 10 ICU stays. */
export function goodRelease(): ReleaseTables {
  const genders = ['F', 'M'];
  const patients: Table = { header: ['subject_id', 'gender', 'anchor_age', 'anchor_year', 'anchor_year_group', 'dod'], rows: [] };
  const admissions: Table = { header: ['subject_id', 'hadm_id', 'admittime', 'dischtime', 'race', 'insurance'], rows: [] };
  const icustays: Table = { header: ['subject_id', 'hadm_id', 'stay_id', 'intime', 'outtime'], rows: [] };
  const chartevents: Table = { header: ['subject_id', 'hadm_id', 'stay_id', 'itemid', 'charttime', 'value'], rows: [] };
  const diagnoses: Table = { header: ['subject_id', 'hadm_id', 'seq_num', 'icd_code', 'icd_version'], rows: [] };
  for (let i = 0; i < 12; i++) {
    const s = 10000000 + i;
    const h = 20000000 + i;
    patients.rows.push([s, genders[i % 2]!, 60, 2150 + (i % 3), '2011 - 2013', i === 3 ? '2155-04-02' : null]);
    admissions.rows.push([s, h, `2150-0${1 + (i % 9)}-10 08:00:00`, `2150-0${1 + (i % 9)}-14 12:30:00`, 'WHITE', i % 3 ? 'Medicare' : 'Other']);
    diagnoses.rows.push([s, h, 1, i % 2 ? '0389' : 'A419', i % 2 ? 9 : 10]);
    if (i < 10) {
      const st = 30000000 + i;
      icustays.rows.push([s, h, st, `2150-0${1 + (i % 9)}-10 09:00:00`, `2150-0${1 + (i % 9)}-12 09:00:00`]);
      chartevents.rows.push([s, h, st, 220045, `2150-0${1 + (i % 9)}-10 10:00:00`, 80 + i]);
      chartevents.rows.push([s, h, st, 220210, `2150-0${1 + (i % 9)}-10 10:00:00`, 18]);
    }
  }
  return {
    'hosp/patients': patients,
    'hosp/admissions': admissions,
    'hosp/diagnoses_icd': diagnoses,
    'hosp/d_icd_diagnoses': { header: ['icd_code', 'icd_version', 'long_title'], rows: [['0389', 9, 'Septicemia NOS'], ['A419', 10, 'Sepsis, unspecified organism'], ['4019', 9, 'Hypertension NOS']] },
    'icu/icustays': icustays,
    'icu/chartevents': chartevents,
    'icu/d_items': { header: ['itemid', 'label'], rows: [[220045, 'Heart Rate'], [220210, 'Respiratory Rate']] },
    'note/discharge': { header: ['note_id', 'subject_id', 'hadm_id', 'charttime', 'text'], rows: [['10000000-DS-1', 10000000, 20000000, '2150-01-14 12:00:00', 'Seen by ___ on ___.']] },
  };
}

/** Writes tables under a new temp folder; `format` picks CSV, CSV.gz or Parquet-less CSV per table. */
export function writeRelease(tables: ReleaseTables, format: 'csv' | 'csv.gz' = 'csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-checks-'));
  for (const [id, t] of Object.entries(tables)) {
    const [mod, name] = id.split('/') as [string, string];
    mkdirSync(join(dir, mod), { recursive: true });
    const text = [t.header.join(','), ...t.rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
    if (format === 'csv.gz') writeFileSync(join(dir, mod, `${name}.csv.gz`), gzipSync(text));
    else writeFileSync(join(dir, mod, `${name}.csv`), text);
  }
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function clone(t: ReleaseTables): ReleaseTables {
  return JSON.parse(JSON.stringify(t)) as ReleaseTables;
}
