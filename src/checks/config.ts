/**
 * Check configuration: the defaults for a MIMIC-IV-shaped release, JSON validation and loading.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { DeidError, type DeidIssue } from '../errors.js';
import { CHECK_TYPES } from './registry.js';
import type { CheckSpec } from './types.js';
import { describe, isObject } from './_validate.js';

/** MIMIC-IV's heart rate item in `icu/d_items`. */
export const MIMIC_HEART_RATE_ITEMID = 220045;

const code = (id: string, fact: string, dimension: string, columns: string[]): CheckSpec => ({ id, type: 'codesInDimension', fact, dimension, columns, ifColumnMissing: 'skip' });

/**
 * The checks run when no config is given, for a MIMIC-IV-shaped release (`hosp/`, `icu/`,
 * `note/`). Checks whose tables are absent are skipped, not failed.
 *
 * - integrity: ICD diagnosis and procedure codes in their dimension tables; `itemid` of every
 *   ICU event table in `d_items` and of `labevents` in `d_labitems`; every row with
 *   `subject_id` / `hadm_id` / `stay_id` has its patient / admission / ICU stay;
 * - consistency: ≥ 99% of ICU stays have a billed diagnosis (by `hadm_id`) and ≥ 99% have a
 *   heart rate (`itemid` 220045) in `chartevents`;
 * - de-identification: every date within 2100–2200 (and `anchor_year` too); cells of
 *   race × gender × anchor_age under 5 patients reported as a warning.
 */
export const DEFAULT_CHECKS: readonly CheckSpec[] = Object.freeze([
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
  {
    id: 'deid/race-gender-age-k',
    type: 'kAnonymity',
    table: 'hosp/patients',
    columns: ['gender', 'anchor_age'],
    join: { table: 'hosp/admissions', on: 'subject_id', columns: ['race'] },
    k: 5,
    severity: 'warn',
    ifColumnMissing: 'skip',
  },
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
  const replaced = new Set(own.map((s) => s.id));
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
  return resolveCheckConfig(json);
}
