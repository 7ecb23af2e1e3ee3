/**
 * Check configuration: the defaults for a MIMIC-IV-shaped release, JSON validation and loading.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DeidError, type DeidIssue } from '../errors.js';
import { MIMIC_ID_NAMESPACES } from '../ids/namespaces.js';
import { validateConfig, type ReleaseConfig } from '../tables/config.js';
import { CHECK_TYPES } from './registry.js';
import type { CheckSpec } from './types.js';
import { describe, isObject } from './_validate.js';

/** MIMIC-IV's heart rate item in `icu/d_items`. */
export const MIMIC_HEART_RATE_ITEMID = 220045;

const code = (id: string, fact: string, dimension: string, columns: string[]): CheckSpec => ({ id, type: 'codesInDimension', fact, dimension, columns, ifColumnMissing: 'skip' });

/** Column names no release may have: they name identifiers (case-insensitive). */
export const IDENTIFYING_COLUMNS: readonly string[] = Object.freeze(['name', 'first_name', 'last_name', 'middle_name', 'full_name', 'surname', 'mrn', 'ssn', 'phone', 'telephone', 'email', 'address', 'street', 'dob', 'birth_date', 'date_of_birth', 'zip', 'zip_code']);

const idRange = (column: string, min: number, max: number): CheckSpec => ({ id: `integrity/${column.replace(/_/g, '-')}-range`, type: 'idRange', column, min, max });
const unique = (table: string, column: string): CheckSpec => ({ id: `integrity/unique:${table}`, type: 'unique', table, columns: [column], ifColumnMissing: 'skip' });

/**
 * The checks run when no config is given, for a MIMIC-IV-shaped release (`hosp/`, `icu/`,
 * `note/`). Checks whose tables are absent are skipped, not failed, except the required tables.
 *
 * - integrity: `hosp/patients` and `hosp/admissions` present; `subject_id`, `hadm_id`,
 *   `stay_id` in their MIMIC ranges wherever they appear (a source MRN released as
 *   `subject_id` falls outside); each unique in its own table;
 * - integrity: ICD diagnosis and procedure codes in their dimension tables; `itemid` of every
 *   ICU event table in `d_items` and of `labevents` in `d_labitems`; every row with
 *   `subject_id` / `hadm_id` / `stay_id` has its patient / admission / ICU stay;
 * - consistency: ≥ 99% of ICU stays have a billed diagnosis (by `hadm_id`) and ≥ 99% have a
 *   heart rate (`itemid` 220045) in `chartevents`;
 * - de-identification: every date within 2100–2200 (and `anchor_year` too); no column named
 *   like an identifier ({@link IDENTIFYING_COLUMNS}); `anchor_age` from 18 to 89, or 91; no
 *   cell of the quasi-identifiers present (gender × anchor_age, × race when present) under 5
 *   patients; with `--source`, no value of the source's identifier columns in the release.
 */
export const DEFAULT_CHECKS: readonly CheckSpec[] = Object.freeze([
  { id: 'integrity/required-tables', type: 'tablesPresent', tables: ['hosp/patients', 'hosp/admissions'] },
  ...MIMIC_ID_NAMESPACES.map((ns) => idRange(ns.name, ns.min, ns.max)),
  unique('hosp/patients', 'subject_id'),
  unique('hosp/admissions', 'hadm_id'),
  unique('icu/icustays', 'stay_id'),
  code('integrity/diagnoses-icd-codes', 'hosp/diagnoses_icd', 'hosp/d_icd_diagnoses', ['icd_code', 'icd_version']),
  code('integrity/procedures-icd-codes', 'hosp/procedures_icd', 'hosp/d_icd_procedures', ['icd_code', 'icd_version']),
  code('integrity/labevents-itemids', 'hosp/labevents', 'hosp/d_labitems', ['itemid']),
  ...['chartevents', 'datetimeevents', 'inputevents', 'outputevents', 'procedureevents', 'ingredientevents'].map((t) =>
    code(`integrity/${t}-itemids`, `icu/${t}`, 'icu/d_items', ['itemid']),
  ),
  { id: 'integrity/subject-id-in-patients', type: 'rowsHaveParent', parent: 'hosp/patients', key: 'subject_id', ifColumnMissing: 'skip' },
  { id: 'integrity/hadm-id-in-admissions', type: 'rowsHaveParent', parent: 'hosp/admissions', key: 'hadm_id', ifColumnMissing: 'skip' },
  { id: 'integrity/stay-id-in-icustays', type: 'rowsHaveParent', parent: 'icu/icustays', key: 'stay_id', ifColumnMissing: 'skip' },
  { id: 'consistency/icu-stays-with-diagnosis', type: 'coverage', table: 'icu/icustays', key: 'hadm_id', in: { table: 'hosp/diagnoses_icd' }, min: 0.99, ifColumnMissing: 'skip' },
  {
    id: 'consistency/icu-stays-with-heart-rate',
    type: 'coverage',
    table: 'icu/icustays',
    key: 'stay_id',
    in: { table: 'icu/chartevents', where: { column: 'itemid', values: [MIMIC_HEART_RATE_ITEMID] } },
    min: 0.99,
    ifColumnMissing: 'skip',
  },
  { id: 'deid/dates-shifted', type: 'datesShifted' },
  { id: 'deid/no-identifying-columns', type: 'columnsAllowed', deny: [...IDENTIFYING_COLUMNS] },
  { id: 'deid/anchor-age', type: 'valueRange', table: 'hosp/patients', column: 'anchor_age', min: 18, max: 89, also: [91], ifColumnMissing: 'skip' },
  {
    id: 'deid/race-gender-age-k',
    type: 'kAnonymity',
    table: 'hosp/patients',
    columns: ['gender', 'anchor_age'],
    join: { table: 'hosp/admissions', on: 'subject_id', columns: ['race'] },
    k: 5,
    present: true,
  },
  { id: 'deid/no-source-values', type: 'sourceValues' },
] satisfies CheckSpec[]);

/**
 * A check configuration (JSON).
 *
 * ```json
 * { "defaults": true, "disable": ["deid/race-gender-age-k"], "maxExamples": 10,
 *   "checks": [{ "type": "allowlist", "table": "hosp/admissions", "column": "insurance", "values": ["Medicare", "Medicaid", "Other"] }] }
 * ```
 */
export interface CheckConfig {
  /** Include {@link DEFAULT_CHECKS} (default true). */
  readonly defaults?: boolean;
  /** Ids of default checks to leave out. */
  readonly disable?: readonly string[];
  /** More checks; one with the id of a default check replaces it. */
  readonly checks?: readonly CheckSpec[];
  /** Row numbers reported per failing table (default 10). */
  readonly maxExamples?: number;
}

const resolvedConfigs = new WeakSet<object>();

/** True for a config returned by {@link resolveCheckConfig} or {@link loadCheckConfig}. @internal */
export function isResolvedCheckConfig(c: unknown): c is ResolvedCheckConfig {
  return typeof c === 'object' && c !== null && resolvedConfigs.has(c);
}

/** A validated config: the checks to run, in order, each with an id. */
export interface ResolvedCheckConfig {
  readonly checks: readonly (CheckSpec & { readonly id: string })[];
  readonly maxExamples: number;
}

/**
 * Validates a check config and resolves the list of checks to run.
 *
 * @param config - a {@link CheckConfig} (for example parsed from JSON); `undefined` = defaults
 * @returns the checks, each with an id, and the example cap
 * @throws DeidError `CONFIG_INVALID` listing every problem with its path
 * @example
 * ```ts
 * resolveCheckConfig({ disable: ['deid/race-gender-age-k'] }).checks.length // DEFAULT_CHECKS.length - 1
 * ```
 */
export function resolveCheckConfig(config?: unknown): ResolvedCheckConfig {
  const issues: DeidIssue[] = [];
  const c = config === undefined || config === null ? {} : config;
  if (!isObject(c)) throw new DeidError('CONFIG_INVALID', 'check config must be an object', { issues: [{ path: '$', message: `expected an object, got ${describe(c)}` }] });
  for (const k of Object.keys(c)) if (!['defaults', 'disable', 'checks', 'maxExamples', '$schema', 'comment'].includes(k)) issues.push({ path: k, message: 'unknown property' });
  if (c.defaults !== undefined && typeof c.defaults !== 'boolean') issues.push({ path: 'defaults', message: 'expected a boolean' });
  let maxExamples = 10;
  if (c.maxExamples !== undefined) {
    if (typeof c.maxExamples !== 'number' || !Number.isInteger(c.maxExamples) || c.maxExamples < 0 || c.maxExamples > 1000) issues.push({ path: 'maxExamples', message: 'expected an integer from 0 to 1000' });
    else maxExamples = c.maxExamples;
  }
  const defaults = c.defaults === false ? [] : DEFAULT_CHECKS;
  const disable = new Set<string>();
  if (c.disable !== undefined) {
    if (!Array.isArray(c.disable)) issues.push({ path: 'disable', message: 'expected an array of check ids' });
    else
      c.disable.forEach((d, i) => {
        if (typeof d !== 'string') issues.push({ path: `disable[${i}]`, message: 'expected a check id' });
        else if (!DEFAULT_CHECKS.some((x) => x.id === d)) issues.push({ path: `disable[${i}]`, message: 'no default check has this id' });
        else disable.add(d);
      });
  }
  const own: (CheckSpec & { id: string })[] = [];
  if (c.checks !== undefined) {
    if (!Array.isArray(c.checks)) issues.push({ path: 'checks', message: 'expected an array of checks' });
    else {
      const ids = new Set<string>();
      c.checks.forEach((spec: unknown, i: number) => {
        const path = `checks[${i}]`;
        if (!isObject(spec)) {
          issues.push({ path, message: `expected an object, got ${describe(spec)}` });
          return;
        }
        const def = typeof spec.type === 'string' ? CHECK_TYPES[spec.type as CheckSpec['type']] : undefined;
        if (!def) {
          issues.push({ path: `${path}.type`, message: `expected one of ${Object.keys(CHECK_TYPES).join(', ')}` });
          return;
        }
        if (spec.id !== undefined && (typeof spec.id !== 'string' || spec.id.trim() === '')) issues.push({ path: `${path}.id`, message: 'expected a non-empty string' });
        if (spec.severity !== undefined && spec.severity !== 'fail' && spec.severity !== 'warn') issues.push({ path: `${path}.severity`, message: "expected 'fail' or 'warn'" });
        if (spec.ifColumnMissing !== undefined && spec.ifColumnMissing !== 'fail' && spec.ifColumnMissing !== 'skip') issues.push({ path: `${path}.ifColumnMissing`, message: "expected 'fail' or 'skip'" });
        def.validate(spec, path, issues);
        const id = typeof spec.id === 'string' && spec.id.trim() !== '' ? spec.id : `${spec.type}#${i}`;
        if (ids.has(id)) issues.push({ path: `${path}.id`, message: 'duplicate check id' });
        ids.add(id);
        own.push({ ...(spec as unknown as CheckSpec), id });
      });
    }
  }
  if (issues.length) throw new DeidError('CONFIG_INVALID', `check config has ${issues.length} problem(s)`, { issues });
  const replaced = new Set(own.map((x) => x.id));
  const checks = [...defaults.filter((d) => !disable.has(d.id!) && !replaced.has(d.id!)).map((d) => ({ ...d, id: d.id! })), ...own];
  const resolved: ResolvedCheckConfig = { checks, maxExamples };
  resolvedConfigs.add(resolved);
  return resolved;
}

/**
 * Reads a check config from a JSON file and validates it.
 *
 * @param path - the JSON file
 * @returns the resolved config
 * @throws DeidError `IO_FAILED` (unreadable), `CONFIG_INVALID` (not JSON, or invalid: every issue with its path)
 * @example
 * ```ts
 * const { checks } = loadCheckConfig('checks.json');
 * ```
 */
export function loadCheckConfig(path: string): ResolvedCheckConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DeidError('IO_FAILED', 'cannot read the check config', { location: { file: path }, cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DeidError('CONFIG_INVALID', 'the check config is not valid JSON', { location: { file: path }, issues: [{ path: '$', message: 'not valid JSON' }] });
    // no `cause`: V8's JSON SyntaxError quotes the text around the fault, which may hold PHI
    void err;
  }
  // a release config (the file `run --config` reads): its checks section, with the checks its
  // tables imply (required tables, allowed columns, id ranges, keys, minimum age, window)
  if (isObject(json) && 'tables' in json && 'patients' in json) return checkConfigForRelease(validateConfig(json, dirname(resolve(path))));
  return resolveCheckConfig(json);
}

/**
 * The check config of a release config: its `checks` section (a {@link CheckConfig}) over the
 * checks the config implies, which replace the defaults of the same id: every released table
 * present; its columns exactly the released ones (and none named like an identifier unless
 * released on purpose); each id column in its namespace's range; each key unique; `anchor_age`
 * from the cohort's minimum age to 89, or 91; dates within the release window.
 *
 * @param config - a validated release config
 * @returns the resolved check config
 * @throws DeidError `CONFIG_INVALID` for a bad `checks` section (paths under `checks`)
 * @example
 * ```ts
 * const checks = checkConfigForRelease(loadConfig('release.json'));
 * ```
 */
export function checkConfigForRelease(config: ReleaseConfig): ResolvedCheckConfig {
  const out = (col: string, r: { rule: string; as?: string }): string => ('as' in r && r.as) || col;
  const ranges = new Map<string, { min: number; max: number }>();
  const nsRange = (ns: string): { min: number; max: number } | undefined => [...MIMIC_ID_NAMESPACES, ...config.namespaces].find((n) => n.name === ns);
  const allow: Record<string, string[]> = {};
  const derived: CheckSpec[] = [];
  const pns = config.patients.namespace ?? 'subject_id';
  const inheritedNs = (table: string, name: string): string | undefined => {
    // the namespace of an inherited column: follow the links up to the table that has it
    let t = config.tables[table];
    for (let i = 0; t && i < 20; i++) {
      const own = Object.entries(t.columns).find(([c, r]) => r.rule === 'id' && out(c, r) === name);
      if (own) return (own[1] as { namespace: string }).namespace;
      t = t.patient !== 'none' && 'through' in t.patient ? config.tables[t.patient.table] : undefined;
    }
    return name === 'subject_id' ? pns : undefined;
  };
  for (const [name, t] of Object.entries(config.tables)) {
    const cols: string[] = [];
    for (const inh of t.inherit ?? []) {
      cols.push(inh);
      const ns = inh === 'subject_id' ? pns : t.patient !== 'none' && 'through' in t.patient ? inheritedNs(t.patient.table, inh) : undefined;
      const r = ns ? nsRange(ns) : undefined;
      if (r) ranges.set(inh, r);
    }
    for (const [c, r] of Object.entries(t.columns)) {
      if (r.rule === 'drop') continue;
      cols.push(out(c, r));
      if (r.rule === 'id') {
        const range = nsRange(r.namespace);
        if (range) ranges.set(out(c, r), range);
      }
    }
    if (name === config.patients.table) cols.push('anchor_age', 'anchor_year', 'anchor_year_group', 'dod');
    allow[t.release] = cols;
    // the sidecar PHI manifest of a scrubbed column
    if (Object.values(t.columns).some((r) => r.rule === 'scrub' && r.manifest)) allow[`${t.release}_phi_manifest`] = ['note_id', 'start', 'end', 'phi_type', 'detectors'];
    const key = t.key ? t.columns[t.key] : undefined;
    if (t.key && key && key.rule === 'id') derived.push(unique(t.release, out(t.key, key)));
  }
  const released = new Set(Object.values(allow).flat().map((c) => c.toLowerCase()));
  derived.push(
    { id: 'integrity/required-tables', type: 'tablesPresent', tables: Object.values(config.tables).map((t) => t.release) },
    ...[...ranges].map(([c, r]) => idRange(c, r.min, r.max)),
    { id: 'deid/no-identifying-columns', type: 'columnsAllowed', deny: IDENTIFYING_COLUMNS.filter((c) => !released.has(c)), allow },
    { id: 'deid/anchor-age', type: 'valueRange', table: (config.tables[config.patients.table] as { release: string }).release, column: 'anchor_age', min: config.patients.cohort?.minAge ?? 18, max: 89, also: [91], ifColumnMissing: 'skip' },
    { id: 'deid/dates-shifted', type: 'datesShifted', window: { from: `${String(config.shift.startYear).padStart(4, '0')}-01-01`, to: `${String(config.shift.endYear).padStart(4, '0')}-12-31` } },
  );
  const section = config.checks === undefined ? {} : config.checks;
  if (!isObject(section)) throw new DeidError('CONFIG_INVALID', 'the checks section must be an object', { issues: [{ path: 'checks', message: `expected an object, got ${describe(section)}` }] });
  const own = Array.isArray(section.checks) ? (section.checks as unknown[]) : [];
  const ownIds = new Set(own.map((x) => (isObject(x) && typeof x.id === 'string' ? x.id : undefined)).filter(Boolean));
  try {
    resolveCheckConfig(section); // the section alone, so its problems carry its own paths
  } catch (err) {
    if (err instanceof DeidError && err.issues) throw new DeidError('CONFIG_INVALID', `the checks section has ${err.issues.length} problem(s)`, { issues: err.issues.map((i) => ({ ...i, path: `checks.${i.path}` })) });
    throw err;
  }
  return resolveCheckConfig({ ...section, checks: [...derived.filter((d) => !ownIds.has(d.id)), ...own] });
}
