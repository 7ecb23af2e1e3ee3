/**
 * The release config: which source tables exist, how each links to a patient, and one rule for
 * every source column (default deny). Validated once, collecting every problem with its path.
 *
 * ```jsonc
 * {
 *   "version": 1,
 *   "input": "demo-data",                      // folder of source files, relative to the config
 *   "output": { "format": "csv" },             // csv | csv.gz | parquet
 *   "shift": { "startYear": 2100, "endYear": 2200, "sourceYears": { "from": 1900, "to": 2100 }, "timeZone": "UTC" },
 *   "quarantine": { "maxShare": 0.05 },             // a run fails above this share of a table
 *   "namespaces": [{ "name": "transfer_id", "min": 40000000, "max": 49999999 }],
 *   "patients": {
 *     "table": "patient_master", "key": "mrn", "birthDate": "birth_date", "deathDate": "death_date",
 *     "admissions": { "table": "encounters", "admit": "admit_dttm", "discharge": "disch_dttm" },
 *     "merges": { "file": "mrn_merges.csv", "from": "retired_mrn", "to": "surviving_mrn" },
 *     "cohort": { "minAge": 18, "protected": { "file": "protected_patients.csv", "column": "mrn" } }
 *   },
 *   "tables": {
 *     "encounters": {
 *       "file": "encounters.csv", "release": "hosp/admissions", "key": "encounter_id",
 *       "patient": { "column": "mrn" },
 *       "columns": {
 *         "encounter_id": { "rule": "id", "namespace": "hadm_id", "as": "hadm_id" },
 *         "mrn":          { "rule": "id", "namespace": "subject_id", "as": "subject_id" },
 *         "admit_dttm":   { "rule": "shift", "as": "admittime" },
 *         "race":         { "rule": "allowlist", "values": ["WHITE", "BLACK"] },
 *         "last_name":    { "rule": "drop" }
 *       }
 *     },
 *     "icu_stays": {
 *       "file": "icu_stays.csv", "release": "icu/icustays", "key": "icu_stay_id",
 *       "patient": { "through": "encounter_id", "table": "encounters" },
 *       "inherit": ["subject_id", "hadm_id"],
 *       "columns": { "...": { "rule": "keep" } }
 *     }
 *   }
 * }
 * ```
 *
 * Column rules:
 * - `keep`: copied as is. `drop`: not released (the patients' `birthDate` and `deathDate`
 *   columns, read for the cohort and anchors, take strptime `formats` as a shifted column does).
 * - `id` (`namespace`): replaced by the random id assigned to the source key; the patient
 *   namespace (`subject_id`) follows MRN merges.
 * - `shift` (`type`: `datetime` | `date`, optional strptime `formats`): shifted by the patient's
 *   offset and written `YYYY-MM-DD HH:MM:SS` / `YYYY-MM-DD`. Unparseable → quarantine
 *   (`DATE_INVALID`); a source year outside `shift.sourceYears` (default 1900–2100) or a
 *   shifted value outside the release window (`shift.startYear`–`shift.endYear`) → quarantine
 *   (`DATE_OUT_OF_RANGE`: a placeholder such as `9999-12-31` would disclose the offset). A value
 *   with a zone offset (`Z`, `+05:00`) is converted to `shift.timeZone` (default `UTC`) before
 *   shifting; values without one are read as written (in that zone). `24:00:00` is midnight
 *   at the end of the day.
 * - `scrub`: free text through the PHI scrubber (`___` for PHI). `manifest: true` writes a
 *   sidecar `<release>_phi_manifest.csv` (table needs a `noteId` column). `removeSections`
 *   (a list of headings, or `"mimic"` for MIMIC-IV's Social History and Discharge Instructions)
 *   drops those sections before scrubbing. `dates: "shift"` writes the dates of the note moved by
 *   the patient's offset, in their own format, instead of removing them. Patients' identifier
 *   columns (`patients.identifiers`), a `staff` table, the `text.replacement` (`___`, `tag`,
 *   `surrogate`) and the `review` sample are described in `_configText.ts`.
 * - `allowlist` (`values` or `file`, `replacement` default `___`): values not on the list are
 *   replaced.
 * - `noteId` (`kind`: `DS` | `RR`): MIMIC-IV note id `<subject_id>-<kind>-<seq>`.
 *
 * An `id` column in a namespace that another table defines (its `key` column has that `id`
 * rule, e.g. `hadm_id` defined by admissions) must name a known key, or the row is quarantined
 * (`ID_UNKNOWN`): every released `hadm_id`/`stay_id` has its admission/stay.
 *
 * `as` renames the released column. Released columns are: `inherit` first (values from the
 * patient, `subject_id`, or from the linked parent's `id` columns), then the columns in config
 * order. The patients table also gains `anchor_age`, `anchor_year`, `anchor_year_group`, `dod`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { DeidError, type DeidIssue } from '../errors.js';
import { identifierColumns, textConfig, type IdentifierColumns, type ReviewConfig, type StaffConfig, type TextConfig } from './_configText.js';

export type { IdentifierColumns, ReviewConfig, StaffConfig, TextConfig } from './_configText.js';

/** Output file format of the release. */
export type ReleaseFormat = 'csv' | 'csv.gz' | 'parquet';

/** A rule for one source column. */
export type ColumnRule =
  | { readonly rule: 'keep'; readonly as?: string }
  | { readonly rule: 'drop'; readonly formats?: readonly string[] }
  | { readonly rule: 'id'; readonly namespace: string; readonly as?: string }
  | { readonly rule: 'shift'; readonly type?: 'datetime' | 'date'; readonly formats?: readonly string[]; readonly as?: string }
  | { readonly rule: 'scrub'; readonly manifest?: boolean; readonly removeSections?: readonly string[] | 'mimic'; readonly dates?: 'remove' | 'shift'; readonly as?: string }
  | { readonly rule: 'allowlist'; readonly values?: readonly string[]; readonly file?: string; readonly replacement?: string; readonly as?: string }
  | { readonly rule: 'noteId'; readonly kind: 'DS' | 'RR'; readonly orderBy?: string; readonly as?: string };

/** How a table's rows find their patient. */
export type PatientLink =
  | { readonly column: string }
  | { readonly through: string; readonly table: string }
  | 'none';

/** One source table. */
export interface TableConfig {
  /** Source file relative to the input folder (`.csv`, `.csv.gz`, `.parquet`). */
  readonly file: string;
  /** Release path without extension, e.g. `hosp/admissions` (must start with hosp/, icu/ or note/). */
  readonly release: string;
  /** The table's own key column, when other tables link through it. */
  readonly key?: string;
  readonly patient: PatientLink;
  /** Released columns taken from the patient (`subject_id`) or the linked parent's id columns. */
  readonly inherit?: readonly string[];
  /** One rule per source column, in release order. */
  readonly columns: Readonly<Record<string, ColumnRule>>;
}

/** The patients section: where demographics, admissions, merges and cohort rules come from. */
export interface PatientsConfig {
  readonly table: string;
  readonly key: string;
  readonly birthDate: string;
  readonly deathDate?: string;
  readonly admissions: { readonly table: string; readonly admit: string; readonly discharge: string };
  readonly merges?: { readonly file: string; readonly from: string; readonly to: string };
  readonly cohort?: { readonly minAge?: number; readonly protected?: { readonly file: string; readonly column: string } };
  /** The id namespace of patients (default `subject_id`). */
  readonly namespace?: string;
  /** Columns of the patients table holding identifiers, searched in that patient's notes (see `_configText.ts`). */
  readonly identifiers?: IdentifierColumns;
}

/** Date shifting: the release window, plausible source years, and the zone offsets convert to. */
export interface ShiftConfig {
  /** First year of the release window (default 2100). */
  readonly startYear: number;
  /** Last year of the release window (default 2200). */
  readonly endYear: number;
  /** Plausible years of source dates (default 1900–2100); others are quarantined. */
  readonly sourceYears: { readonly from: number; readonly to: number };
  /** IANA zone that values with a zone offset are converted to (default `UTC`). */
  readonly timeZone: string;
}

/** A validated release config. Paths (`input`, allow-list files) are absolute. */
export interface ReleaseConfig {
  readonly version: 1;
  readonly input: string;
  readonly output: { readonly format: ReleaseFormat };
  readonly shift: ShiftConfig;
  /** A run fails when more than `maxShare` (0–1, default 0.05) of a table's rows is quarantined. */
  readonly quarantine: { readonly maxShare: number };
  readonly patients: PatientsConfig;
  readonly tables: Readonly<Record<string, TableConfig>>;
  /** Id namespaces beyond MIMIC's `subject_id`, `hadm_id`, `stay_id` (e.g. `transfer_id`). */
  readonly namespaces: readonly { readonly name: string; readonly min: number; readonly max: number }[];
  /** Folder the config was read from (relative paths resolve against it). */
  readonly baseDir: string;
  /** Staff names searched in every note. */
  readonly staff?: StaffConfig;
  /** How removed text is replaced. */
  readonly text?: TextConfig;
  /** The review sample kept for `ehr-deid review` (default 200 notes per note table). */
  readonly review?: ReviewConfig;
  /** The release's check config (`ehr-deid check --config` reads the same file), unvalidated here. */
  readonly checks?: unknown;
}

const RULES = ['keep', 'drop', 'id', 'shift', 'scrub', 'allowlist', 'noteId'] as const;
const RULE_KEYS: Record<string, readonly string[]> = {
  keep: ['rule', 'as'],
  drop: ['rule', 'formats'],
  id: ['rule', 'namespace', 'as'],
  shift: ['rule', 'type', 'formats', 'as'],
  scrub: ['rule', 'manifest', 'removeSections', 'dates', 'as'],
  allowlist: ['rule', 'values', 'file', 'replacement', 'as'],
  noteId: ['rule', 'kind', 'orderBy', 'as'],
};
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const RELEASE_RE = /^(hosp|icu|note)\/[a-z_][a-z0-9_]{0,62}$/;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a parsed JSON config and resolves its relative paths.
 *
 * @param raw - the parsed JSON
 * @param baseDir - folder relative paths resolve against (the config file's folder)
 * @returns the validated config
 * @throws DeidError `CONFIG_INVALID` listing every problem with its JSON path
 * @example
 * ```ts
 * const config = validateConfig(JSON.parse(text), dirname(file));
 * ```
 */
export function validateConfig(raw: unknown, baseDir: string): ReleaseConfig {
  const issues: DeidIssue[] = [];
  const add = (path: string, message: string): void => void issues.push({ path, message });
  const str = (v: unknown, path: string, what: string, re?: RegExp): string => {
    if (typeof v !== 'string' || v.length === 0) add(path, `expected ${what} (a non-empty string)`);
    else if (re && !re.test(v)) add(path, `${what} has an invalid form (expected ${re.source})`);
    return typeof v === 'string' ? v : '';
  };
  const noExtra = (o: Record<string, unknown>, allowed: readonly string[], path: string): void => {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) add(`${path}.${k}`, 'unknown property');
  };
  if (!isObj(raw)) throw new DeidError('CONFIG_INVALID', 'config must be a JSON object', { issues: [{ path: '$', message: 'expected an object' }] });
  noExtra(raw, ['$schema', 'version', 'description', 'input', 'output', 'shift', 'namespaces', 'patients', 'tables', 'staff', 'text', 'review', 'quarantine', 'checks'], '$');
  controlCharacters(raw, '$', add);
  const textParts = textConfig(raw, add);
  if (raw.version !== 1) add('$.version', 'expected 1');
  const input = raw.input === undefined ? '.' : str(raw.input, '$.input', 'an input folder');
  let format: ReleaseFormat = 'csv';
  if (raw.output !== undefined) {
    if (!isObj(raw.output)) add('$.output', 'expected an object');
    else {
      noExtra(raw.output, ['format'], '$.output');
      const f = raw.output.format ?? 'csv';
      if (f !== 'csv' && f !== 'csv.gz' && f !== 'parquet') add('$.output.format', 'expected csv, csv.gz or parquet');
      else format = f;
    }
  }
  let startYear = 2100;
  let endYear = 2200;
  let sourceYears = { from: 1900, to: 2100 };
  let timeZone = 'UTC';
  if (raw.shift !== undefined) {
    if (!isObj(raw.shift)) add('$.shift', 'expected an object');
    else {
      noExtra(raw.shift, ['startYear', 'endYear', 'sourceYears', 'timeZone'], '$.shift');
      const s = raw.shift.startYear ?? startYear;
      const e = raw.shift.endYear ?? endYear;
      if (!Number.isInteger(s) || !Number.isInteger(e) || (s as number) >= (e as number) || (s as number) < 1 || (e as number) > 9999) add('$.shift', 'expected integer startYear < endYear in 1–9999');
      else [startYear, endYear] = [s as number, e as number];
      const sy = raw.shift.sourceYears;
      if (sy !== undefined) {
        if (!isObj(sy) || !Number.isInteger(sy.from) || !Number.isInteger(sy.to) || (sy.from as number) > (sy.to as number) || (sy.from as number) < 1 || (sy.to as number) > 9999) add('$.shift.sourceYears', 'expected {"from","to"}: integer years, from <= to, in 1–9999');
        else sourceYears = { from: sy.from as number, to: sy.to as number };
      }
      if (raw.shift.timeZone !== undefined) {
        if (typeof raw.shift.timeZone !== 'string' || !isTimeZone(raw.shift.timeZone)) add('$.shift.timeZone', 'expected an IANA time zone name such as "UTC" or "America/New_York"');
        else timeZone = raw.shift.timeZone;
      }
    }
  }
  let maxShare = 0.05;
  if (raw.quarantine !== undefined) {
    if (!isObj(raw.quarantine)) add('$.quarantine', 'expected an object');
    else {
      noExtra(raw.quarantine, ['maxShare'], '$.quarantine');
      const m = raw.quarantine.maxShare ?? maxShare;
      if (typeof m !== 'number' || !(m >= 0 && m <= 1)) add('$.quarantine.maxShare', 'expected a number from 0 to 1');
      else maxShare = m;
    }
  }

  const namespaces: { name: string; min: number; max: number }[] = [];
  if (raw.namespaces !== undefined) {
    if (!Array.isArray(raw.namespaces)) add('$.namespaces', 'expected an array of {"name","min","max"}');
    else
      for (const [i, ns] of raw.namespaces.entries()) {
        const p = `$.namespaces[${i}]`;
        if (!isObj(ns)) {
          add(p, 'expected {"name","min","max"}');
          continue;
        }
        noExtra(ns, ['name', 'min', 'max'], p);
        const name = str(ns.name, `${p}.name`, 'a namespace name', NAME_RE);
        if (!Number.isSafeInteger(ns.min) || !Number.isSafeInteger(ns.max) || (ns.min as number) < 1 || (ns.min as number) > (ns.max as number)) add(p, 'expected safe integers 1 <= min <= max');
        else namespaces.push({ name, min: ns.min as number, max: ns.max as number });
      }
  }

  // tables
  const tables: Record<string, TableConfig> = {};
  if (!isObj(raw.tables) || Object.keys(raw.tables).length === 0) add('$.tables', 'expected an object with at least one table');
  else {
    const releases = new Set<string>();
    for (const [name, t] of Object.entries(raw.tables)) {
      const p = `$.tables.${name}`;
      if (!NAME_RE.test(name)) add(p, 'table name must be a plain identifier');
      if (!isObj(t)) {
        add(p, 'expected an object');
        continue;
      }
      noExtra(t, ['file', 'release', 'key', 'patient', 'inherit', 'columns', 'description'], p);
      const file = str(t.file, `${p}.file`, 'a source file');
      if (file && !/\.(csv|csv\.gz|parquet)$/.test(file)) add(`${p}.file`, 'expected a .csv, .csv.gz or .parquet file');
      const release = str(t.release, `${p}.release`, 'a release path', RELEASE_RE);
      if (release) {
        if (releases.has(release)) add(`${p}.release`, 'two tables have the same release path');
        releases.add(release);
      }
      let patient: PatientLink = 'none';
      if (t.patient === 'none') patient = 'none';
      else if (isObj(t.patient) && typeof t.patient.column === 'string') {
        noExtra(t.patient, ['column'], `${p}.patient`);
        patient = { column: t.patient.column };
      } else if (isObj(t.patient) && typeof t.patient.through === 'string' && typeof t.patient.table === 'string') {
        noExtra(t.patient, ['through', 'table'], `${p}.patient`);
        patient = { through: t.patient.through, table: t.patient.table };
      } else add(`${p}.patient`, 'expected "none", {"column"} or {"through","table"}');
      const columns: Record<string, ColumnRule> = {};
      if (!isObj(t.columns) || Object.keys(t.columns).length === 0) add(`${p}.columns`, 'expected an object with one rule per source column');
      else {
        for (const [col, r] of Object.entries(t.columns)) {
          const cp = `${p}.columns.${col}`;
          if (!isObj(r)) {
            add(cp, 'expected a rule object');
            continue;
          }
          if (!RULES.includes(r.rule as (typeof RULES)[number])) {
            add(`${cp}.rule`, `expected one of ${RULES.join(', ')}`);
            continue;
          }
          noExtra(r, RULE_KEYS[r.rule as string] ?? [], cp);
          if (r.as !== undefined) str(r.as, `${cp}.as`, 'a column name', NAME_RE);
          else if (!NAME_RE.test(col) && r.rule !== 'drop') add(cp, 'source column name is not a plain identifier: give it an "as"');
          if (r.rule === 'id') str(r.namespace, `${cp}.namespace`, 'an id namespace', NAME_RE);
          if ((r.rule === 'shift' || r.rule === 'drop') && r.formats !== undefined && (!Array.isArray(r.formats) || r.formats.some((f) => typeof f !== 'string' || !f.includes('%')))) add(`${cp}.formats`, 'expected an array of strptime formats');
          if (r.rule === 'shift') {
            if (r.type !== undefined && r.type !== 'datetime' && r.type !== 'date') add(`${cp}.type`, 'expected datetime or date');
            if (patient === 'none') add(cp, 'a table without a patient link cannot shift dates');
          }
          if (r.rule === 'allowlist') {
            const hasValues = Array.isArray(r.values) && r.values.every((v) => typeof v === 'string');
            if (r.values !== undefined && !hasValues) add(`${cp}.values`, 'expected an array of strings');
            if (r.file !== undefined) str(r.file, `${cp}.file`, 'an allow-list file');
            if ((r.values === undefined) === (r.file === undefined)) add(cp, 'give exactly one of "values" or "file"');
            if (r.replacement !== undefined && typeof r.replacement !== 'string') add(`${cp}.replacement`, 'expected a string');
          }
          if (r.rule === 'noteId') {
            if (r.kind !== 'DS' && r.kind !== 'RR') add(`${cp}.kind`, 'expected DS or RR');
            if (patient === 'none') add(cp, 'a table without a patient link cannot have note ids');
            if (r.orderBy !== undefined && (typeof r.orderBy !== 'string' || !(r.orderBy in (t.columns as object)))) add(`${cp}.orderBy`, 'expected a source column of this table');
          }
          if (r.rule === 'scrub' && r.manifest !== undefined && typeof r.manifest !== 'boolean') add(`${cp}.manifest`, 'expected a boolean');
          if (r.rule === 'scrub' && r.removeSections !== undefined && r.removeSections !== 'mimic' && !(Array.isArray(r.removeSections) && r.removeSections.every((h: unknown) => typeof h === 'string' && h.trim() !== ''))) {
            add(`${cp}.removeSections`, 'expected "mimic" or a list of non-empty section headings');
          }
          if (r.rule === 'scrub' && r.dates !== undefined && r.dates !== 'remove' && r.dates !== 'shift') add(`${cp}.dates`, 'expected "remove" or "shift"');
          if (r.rule === 'scrub' && r.dates === 'shift' && patient === 'none') add(cp, 'a table without a patient link cannot shift dates');
          let rule = r as unknown as ColumnRule;
          if (rule.rule === 'allowlist' && rule.file) rule = { ...rule, file: resolvePath(baseDir, rule.file) };
          columns[col] = rule;
        }
        const names = new Set<string>();
        for (const inh of Array.isArray(t.inherit) ? t.inherit : []) names.add(String(inh));
        for (const [col, r] of Object.entries(columns)) {
          if (r.rule === 'drop') continue;
          const out = ('as' in r && r.as) || col;
          if (names.has(out)) add(`${p}.columns.${col}`, `released column name is used twice`);
          names.add(out);
        }
        if (names.size === 0) add(`${p}.columns`, 'every column is dropped: nothing to release');
        const manifests = Object.values(columns).filter((r) => r.rule === 'scrub' && r.manifest);
        if (manifests.length > 1) add(`${p}.columns`, 'at most one scrub column may have a manifest');
        if (manifests.length === 1 && !Object.values(columns).some((r) => r.rule === 'noteId')) add(`${p}.columns`, 'a scrub manifest needs a noteId column');
      }
      if (t.key !== undefined) {
        str(t.key, `${p}.key`, 'a key column');
        if (typeof t.key === 'string' && !(t.key in columns)) add(`${p}.key`, 'key must be one of the table columns');
      }
      if (patient !== 'none' && 'column' in patient && !(patient.column in columns)) add(`${p}.patient.column`, 'must be one of the table columns');
      if (patient !== 'none' && 'through' in patient && !(patient.through in columns)) add(`${p}.patient.through`, 'must be one of the table columns');
      if (t.inherit !== undefined && (!Array.isArray(t.inherit) || t.inherit.some((x) => typeof x !== 'string'))) add(`${p}.inherit`, 'expected an array of column names');
      tables[name] = {
        file,
        release,
        patient,
        columns,
        ...(typeof t.key === 'string' ? { key: t.key } : {}),
        ...(Array.isArray(t.inherit) ? { inherit: t.inherit as string[] } : {}),
      };
    }
    // cross-table checks: links and inherits
    for (const [name, t] of Object.entries(tables)) {
      const p = `$.tables.${name}`;
      if (t.patient !== 'none' && 'through' in t.patient) {
        const parent = tables[t.patient.table];
        if (!parent) add(`${p}.patient.table`, 'no such table');
        else if (!parent.key) add(`${p}.patient.table`, 'the linked table has no "key"');
        else if (parent.patient === 'none') add(`${p}.patient.table`, 'the linked table has no patient link');
        if (linkDepth(tables, name) < 0) add(`${p}.patient`, 'patient links form a cycle');
      }
      for (const [i, inh] of (t.inherit ?? []).entries()) {
        if (inh === 'subject_id') continue;
        if (t.patient === 'none' || !('through' in t.patient)) add(`${p}.inherit[${i}]`, 'only subject_id can be inherited without a "through" link');
        else if (linkDepth(tables, name) >= 0 && !inheritable(tables, t.patient.table).has(inh)) add(`${p}.inherit[${i}]`, 'not an id column of the linked table');
      }
      if (t.inherit?.includes('subject_id') && t.patient === 'none') add(`${p}.inherit`, 'a table without a patient link has no subject_id');
    }
  }

  // patients
  let patients: PatientsConfig | undefined;
  const pr = raw.patients;
  if (!isObj(pr)) add('$.patients', 'expected an object');
  else {
    noExtra(pr, ['table', 'key', 'birthDate', 'deathDate', 'admissions', 'merges', 'cohort', 'namespace', 'identifiers'], '$.patients');
    const table = str(pr.table, '$.patients.table', 'the patients table');
    const pt = tables[table];
    if (table && !pt && isObj(raw.tables)) add('$.patients.table', 'no such table');
    const col = (v: unknown, path: string, t: TableConfig | undefined): string => {
      const c = str(v, path, 'a column');
      if (c && t && !(c in t.columns)) add(path, 'not a column of that table');
      return c;
    };
    const key = col(pr.key, '$.patients.key', pt);
    if (pt && key && (pt.patient === 'none' || !('column' in pt.patient) || pt.patient.column !== key)) add('$.tables.' + table + '.patient', 'the patients table must link by its key column');
    const birthDate = col(pr.birthDate, '$.patients.birthDate', pt);
    const deathDate = pr.deathDate === undefined ? undefined : col(pr.deathDate, '$.patients.deathDate', pt);
    let admissions = { table: '', admit: '', discharge: '' };
    if (!isObj(pr.admissions)) add('$.patients.admissions', 'expected {"table","admit","discharge"}');
    else {
      noExtra(pr.admissions, ['table', 'admit', 'discharge'], '$.patients.admissions');
      const at = str(pr.admissions.table, '$.patients.admissions.table', 'the admissions table');
      const atc = tables[at];
      if (at && !atc && isObj(raw.tables)) add('$.patients.admissions.table', 'no such table');
      if (atc && atc.patient === 'none') add('$.patients.admissions.table', 'the admissions table needs a patient link');
      admissions = { table: at, admit: col(pr.admissions.admit, '$.patients.admissions.admit', atc), discharge: col(pr.admissions.discharge, '$.patients.admissions.discharge', atc) };
    }
    let merges: PatientsConfig['merges'];
    if (pr.merges !== undefined) {
      if (!isObj(pr.merges)) add('$.patients.merges', 'expected {"file","from","to"}');
      else {
        noExtra(pr.merges, ['file', 'from', 'to'], '$.patients.merges');
        merges = { file: str(pr.merges.file, '$.patients.merges.file', 'a file'), from: str(pr.merges.from, '$.patients.merges.from', 'a column'), to: str(pr.merges.to, '$.patients.merges.to', 'a column') };
      }
    }
    let cohort: PatientsConfig['cohort'];
    if (pr.cohort !== undefined) {
      if (!isObj(pr.cohort)) add('$.patients.cohort', 'expected an object');
      else {
        noExtra(pr.cohort, ['minAge', 'protected'], '$.patients.cohort');
        const minAge = pr.cohort.minAge ?? 18;
        if (typeof minAge !== 'number' || minAge < 0 || minAge > 120) add('$.patients.cohort.minAge', 'expected a number from 0 to 120');
        let prot: { file: string; column: string } | undefined;
        if (pr.cohort.protected !== undefined) {
          const pp = pr.cohort.protected;
          if (!isObj(pp)) add('$.patients.cohort.protected', 'expected {"file","column"}');
          else prot = { file: str(pp.file, '$.patients.cohort.protected.file', 'a file'), column: str(pp.column, '$.patients.cohort.protected.column', 'a column') };
        }
        cohort = { minAge: typeof minAge === 'number' ? minAge : 18, ...(prot ? { protected: prot } : {}) };
      }
    }
    // a dropped column's formats are read only where the look-ups read a date: birth and death
    for (const [name, t] of Object.entries(tables)) {
      for (const [c, r] of Object.entries(t.columns)) {
        if (r.rule === 'drop' && r.formats !== undefined && !(name === table && (c === birthDate || c === deathDate))) add(`$.tables.${name}.columns.${c}.formats`, 'only a shifted column, or the patients\' birthDate or deathDate, is read as a date');
      }
    }
    const namespace = pr.namespace === undefined ? 'subject_id' : str(pr.namespace, '$.patients.namespace', 'a namespace', NAME_RE);
    const identifiers = identifierColumns(pr.identifiers, '$.patients.identifiers', pt ? Object.keys(pt.columns) : undefined, add);
    patients = { table, key, birthDate, admissions, namespace, ...(deathDate ? { deathDate } : {}), ...(merges ? { merges } : {}), ...(cohort ? { cohort } : {}), ...(identifiers ? { identifiers } : {}) };
  }
  if (issues.length > 0 || !patients) throw new DeidError('CONFIG_INVALID', `config has ${issues.length} problem(s)`, { issues });
  return { version: 1, input: resolvePath(baseDir, input), output: { format }, shift: { startYear, endYear, sourceYears, timeZone }, quarantine: { maxShare }, namespaces, patients, tables, baseDir, ...textParts, ...(raw.checks !== undefined ? { checks: raw.checks } : {}) };
}

// eslint-disable-next-line no-control-regex -- the point: C0 controls and DEL
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * True when `s` holds a control character (a newline, a NUL, …): such a name could start a new
 * statement or a psql meta-command in a generated script, so names never carry one.
 *
 * @internal
 * @param s - a name or path
 * @returns whether it holds a C0 control character or DEL
 */
export function hasControlCharacter(s: string): boolean {
  return CONTROL.test(s);
}

/** Adds an issue for every key and string value (descriptions aside) holding a control character. */
function controlCharacters(v: unknown, path: string, add: (path: string, message: string) => void): void {
  if (typeof v === 'string') {
    if (CONTROL.test(v)) add(path, 'contains a control character (newline, tab, NUL, …); names and paths reach generated SQL and scripts');
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => controlCharacters(x, `${path}[${i}]`, add));
  } else if (isObj(v)) {
    Object.entries(v).forEach(([k, x], i) => {
      if (CONTROL.test(k)) {
        add(`${path}.<property ${i + 1}>`, 'the property name contains a control character (newline, tab, NUL, …)');
        return;
      }
      if (k !== 'description') controlCharacters(x, `${path}.${k}`, add);
    });
  }
}

function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+/-]{0,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function resolvePath(base: string, p: string): string {
  return isAbsolute(p) ? p : resolve(base, p);
}

/**
 * Depth of the `through` chain from `name` to a table linked by column; -1 on a cycle or dangling link.
 *
 * @internal
 * @param tables - the config's tables
 * @param name - a table name
 * @returns the depth, or -1
 */
export function linkDepth(tables: Readonly<Record<string, TableConfig>>, name: string): number {
  const seen = new Set<string>();
  let cur: string | undefined = name;
  let depth = 0;
  while (cur !== undefined) {
    if (seen.has(cur)) return -1;
    seen.add(cur);
    const t: TableConfig | undefined = tables[cur];
    if (!t) return -1;
    if (t.patient === 'none' || 'column' in t.patient) return depth;
    cur = t.patient.table;
    depth++;
  }
  return -1;
}

/**
 * Released id-column names a child may inherit from `name`: its id columns plus what it inherits.
 *
 * @internal
 * @param tables - the config's tables
 * @param name - the linked (parent) table
 * @returns released column name → id namespace
 */
export function inheritable(tables: Readonly<Record<string, TableConfig>>, name: string): Map<string, string> {
  const out = new Map<string, string>();
  const t = tables[name];
  if (!t) return out;
  if (t.patient !== 'none' && 'through' in t.patient && linkDepth(tables, name) >= 0) {
    for (const [k, v] of inheritable(tables, t.patient.table)) if ((t.inherit ?? []).includes(k)) out.set(k, v);
  }
  for (const [col, r] of Object.entries(t.columns)) if (r.rule === 'id') out.set(r.as ?? col, r.namespace);
  return out;
}

/**
 * Reads and validates a JSON config file.
 *
 * @param path - the config file
 * @param overrides - `input` replaces the config's input folder
 * @returns the validated config
 * @throws DeidError `IO_FAILED` when the file cannot be read, `CONFIG_INVALID` on bad JSON or rules
 * @example
 * ```ts
 * const config = loadConfig('examples/demo-config.json');
 * ```
 */
export function loadConfig(path: string, overrides: { input?: string } = {}): ReleaseConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DeidError('IO_FAILED', 'cannot read the config file', { location: { file: path }, cause });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // No `cause`: V8's JSON SyntaxError quotes the text around the fault, which may hold PHI.
    throw new DeidError('CONFIG_INVALID', 'config is not valid JSON', { location: { file: path }, issues: [{ path: '$', message: 'not valid JSON' }] });
  }
  const config = validateConfig(raw, dirname(resolve(path)));
  if (overrides.input && hasControlCharacter(overrides.input)) {
    throw new DeidError('CONFIG_INVALID', 'the input folder path contains a control character', { issues: [{ path: '--input', message: 'contains a control character (newline, tab, NUL, …)' }] });
  }
  return overrides.input ? { ...config, input: resolve(overrides.input) } : config;
}
