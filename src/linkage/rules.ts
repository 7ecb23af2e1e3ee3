/**
 * Linkage rules as data: an ordered cascade, each rule a set of per-identifier criteria.
 *
 * @module
 */
import { DeidError, type DeidIssue } from '../errors.js';

/**
 * How a rule compares one identifier.
 *
 * - `'ignore'` (or leaving the field out): not compared.
 * - `'exact'`: equal after normalisation; a missing value on either side rejects the pair.
 * - `{ jw }` (names only): Jaro-Winkler similarity ≥ `jw` (0 < jw ≤ 1).
 * - `{ maxEdits }` (SSN: Levenshtein; date of birth: {@link dateEditDistance}): distance ≤ `maxEdits`.
 * - `missing: 'accept'` on an object criterion lets a pair through when either side lacks the
 *   value (default `'reject'`).
 */
export type NameCriterion = 'exact' | 'ignore' | { readonly jw: number; readonly missing?: 'reject' | 'accept' };
/** How a rule compares SSNs or dates of birth; see {@link NameCriterion}. */
export type EditCriterion = 'exact' | 'ignore' | { readonly maxEdits: number; readonly missing?: 'reject' | 'accept' };

/** One rule of the cascade. A pair is accepted when every criterion holds. */
export interface LinkageRule {
  /** Unique name, reported with each link. */
  readonly name: string;
  readonly firstName?: NameCriterion;
  readonly lastName?: NameCriterion;
  readonly ssn?: EditCriterion;
  readonly dob?: EditCriterion;
}

/**
 * The default cascade, modelled on MIMIC-IV's linkage to state death records: exact last name,
 * date of birth and SSN first (77.5% of MIMIC-IV's links), then exact last name and date of
 * birth with an approximate first name (17.7%), then rules that need one exact high-cardinality
 * identifier (SSN, or first + last name) and approximate others. Rules are tried in order; the
 * first that accepts a pair takes it.
 *
 * Departure from a pure "last + DOB + approximate first": the second rule rejects pairs whose
 * SSNs are both present and differ in more than 2 digits (a different person, e.g. a twin with a
 * similar first name), while still accepting pairs where either SSN is missing.
 *
 * @example
 * ```ts
 * const rules = [...DEFAULT_LINKAGE_RULES, { name: 'my-extra', ssn: 'exact', lastName: { jw: 0.8 }, dob: { maxEdits: 2 } }];
 * linkRecords(patients, deaths, { rules });
 * ```
 */
export const DEFAULT_LINKAGE_RULES: readonly LinkageRule[] = Object.freeze([
  { name: 'exact-last-dob-ssn', lastName: 'exact', dob: 'exact', ssn: 'exact' },
  { name: 'exact-last-dob-approx-first', lastName: 'exact', dob: 'exact', firstName: { jw: 0.9 }, ssn: { maxEdits: 2, missing: 'accept' } },
  { name: 'exact-ssn-dob-approx-first', ssn: 'exact', dob: 'exact', firstName: { jw: 0.9 } },
  { name: 'exact-names-ssn-approx-dob', firstName: 'exact', lastName: 'exact', ssn: 'exact', dob: { maxEdits: 1 } },
  { name: 'exact-ssn-approx-names-dob', ssn: 'exact', firstName: { jw: 0.9 }, lastName: { jw: 0.9 }, dob: { maxEdits: 1 } },
  { name: 'exact-names-approx-ssn-dob', firstName: 'exact', lastName: 'exact', ssn: { maxEdits: 1 }, dob: { maxEdits: 1 } },
] as const satisfies readonly LinkageRule[]);

/** Blocking keys that generate candidate pairs. */
export type BlockingKey = 'name' | 'ssn' | 'lastNameDob';

/** Every blocking key, in the order of the paper. */
export const BLOCKING_KEYS: readonly BlockingKey[] = ['name', 'ssn', 'lastNameDob'];

/** Options of {@link linkRecords}. */
export interface LinkRecordsOptions {
  /** The cascade, in priority order. Default {@link DEFAULT_LINKAGE_RULES}. */
  readonly rules?: readonly LinkageRule[];
  /**
   * Giant-block guard: a blocking key value shared by more than this many **patients** (e.g. a
   * very common name, or a default SSN) generates no candidates from that key; the records can
   * still pair through their other keys. Each death record is therefore compared with at most
   * `3 × maxBlockSize` patients. Skipped blocks are counted in `summary.oversizedBlocks`.
   * Default 1000.
   */
  readonly maxBlockSize?: number;
  /** Which blocking keys to use. Default all three. */
  readonly blocking?: readonly BlockingKey[];
}

const FIELDS = ['firstName', 'lastName', 'ssn', 'dob'] as const;
const NAME_FIELDS = new Set(['firstName', 'lastName']);

function validateCriterion(field: string, c: unknown, path: string, issues: DeidIssue[]): boolean {
  if (c === undefined || c === 'ignore') return false;
  if (c === 'exact') return true;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) {
    issues.push({ path, message: `expected 'exact', 'ignore' or an object, got ${describe(c)}` });
    return false;
  }
  const o = c as Record<string, unknown>;
  const isName = NAME_FIELDS.has(field);
  const allowed = new Set([isName ? 'jw' : 'maxEdits', 'missing']);
  for (const k of Object.keys(o)) if (!allowed.has(k)) issues.push({ path: `${path}.${k}`, message: 'unknown property' });
  if (o.missing !== undefined && o.missing !== 'reject' && o.missing !== 'accept') {
    issues.push({ path: `${path}.missing`, message: `expected 'reject' or 'accept'` });
  }
  if (isName) {
    if (typeof o.jw !== 'number' || !Number.isFinite(o.jw) || o.jw <= 0 || o.jw > 1) {
      issues.push({ path: `${path}.jw`, message: 'expected a number greater than 0 and at most 1' });
    }
  } else {
    const max = field === 'ssn' ? 9 : 8;
    if (typeof o.maxEdits !== 'number' || !Number.isInteger(o.maxEdits) || o.maxEdits < 0 || o.maxEdits > max) {
      issues.push({ path: `${path}.maxEdits`, message: `expected an integer from 0 to ${max}` });
    }
  }
  return true;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `a string of ${v.length} characters` : typeof v;
}

/**
 * Validates linkage options and returns them with defaults filled in.
 *
 * @param options - options as given by the caller (possibly parsed from JSON)
 * @returns the rules, block size cap and blocking keys to use
 * @throws DeidError `CONFIG_INVALID` listing every problem with its path
 * @example
 * ```ts
 * validateLinkOptions({ rules: [{ name: 'x', ssn: 'exact' }] }).rules.length // 1
 * ```
 */
export function validateLinkOptions(options: unknown): { rules: readonly LinkageRule[]; maxBlockSize: number; blocking: readonly BlockingKey[] } {
  const issues: DeidIssue[] = [];
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new DeidError('CONFIG_INVALID', 'linkage options must be an object', { issues: [{ path: '$', message: `expected an object, got ${describe(options)}` }] });
  }
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['rules', 'maxBlockSize', 'blocking'].includes(k)) issues.push({ path: k, message: 'unknown option' });
  let rules: readonly LinkageRule[] = DEFAULT_LINKAGE_RULES;
  if (o.rules !== undefined) {
    if (!Array.isArray(o.rules) || o.rules.length === 0) {
      issues.push({ path: 'rules', message: 'expected a non-empty array of rules' });
    } else {
      const names = new Set<string>();
      o.rules.forEach((r: unknown, i: number) => {
        const p = `rules[${i}]`;
        if (typeof r !== 'object' || r === null || Array.isArray(r)) {
          issues.push({ path: p, message: `expected an object, got ${describe(r)}` });
          return;
        }
        const rule = r as Record<string, unknown>;
        for (const k of Object.keys(rule)) if (k !== 'name' && !(FIELDS as readonly string[]).includes(k)) issues.push({ path: `${p}.${k}`, message: 'unknown property' });
        if (typeof rule.name !== 'string' || rule.name.trim() === '') issues.push({ path: `${p}.name`, message: 'expected a non-empty string' });
        else if (names.has(rule.name)) issues.push({ path: `${p}.name`, message: 'duplicate rule name' });
        else names.add(rule.name);
        let compared = 0;
        for (const f of FIELDS) if (validateCriterion(f, rule[f], `${p}.${f}`, issues)) compared++;
        if (compared === 0) issues.push({ path: p, message: 'a rule must compare at least one identifier (it would link every candidate pair)' });
      });
      rules = o.rules as LinkageRule[];
    }
  }
  let maxBlockSize = 1000;
  if (o.maxBlockSize !== undefined) {
    if (typeof o.maxBlockSize !== 'number' || !Number.isInteger(o.maxBlockSize) || o.maxBlockSize < 1) {
      issues.push({ path: 'maxBlockSize', message: 'expected a positive integer' });
    } else maxBlockSize = o.maxBlockSize;
  }
  let blocking: readonly BlockingKey[] = BLOCKING_KEYS;
  if (o.blocking !== undefined) {
    if (!Array.isArray(o.blocking) || o.blocking.length === 0) issues.push({ path: 'blocking', message: `expected a non-empty array of ${BLOCKING_KEYS.join(', ')}` });
    else {
      o.blocking.forEach((b: unknown, i: number) => {
        if (!(BLOCKING_KEYS as readonly unknown[]).includes(b)) issues.push({ path: `blocking[${i}]`, message: `expected one of ${BLOCKING_KEYS.join(', ')}` });
      });
      blocking = [...new Set(o.blocking as BlockingKey[])];
    }
  }
  if (issues.length) throw new DeidError('CONFIG_INVALID', `linkage options have ${issues.length} problem(s)`, { issues });
  return { rules, maxBlockSize, blocking };
}
