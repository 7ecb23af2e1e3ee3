/**
 * De-identification: every distinct value of a column is on an allow list (MIMIC-IV's
 * "manually curated allow list" test).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { DeidError } from '../errors.js';
import { isAbsolute, resolve } from 'node:path';
import { exampleRows, resolveColumns, skipped } from './_common.js';
import { valueTable } from './coverage.js';
import { num, sqlIdent } from './_release.js';
import { onlyKeys, reqString } from './_validate.js';
import type { AllowlistLike, AllowlistSpec, CheckDefinition } from './types.js';

/** The replacement the tables pipeline writes for values not on an allow list. */
const REDACTED = '___';

/**
 * Reads an allow list file: one value per line, trimmed; blank lines and lines starting with
 * `#` ignored; matching is exact (case-sensitive).
 *
 * @param path - the file
 * @returns the set of values
 * @throws DeidError `ALLOWLIST_INVALID` when the file cannot be read (the check reports it as failed)
 * @example
 * ```ts
 * const insurance = readAllowlistFile('allowlists/insurance.txt');
 * insurance.has('Medicare'); // true when listed
 * ```
 */
export function readAllowlistFile(path: string): Set<string> {
  const out = new Set<string>();
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new DeidError('ALLOWLIST_INVALID', 'cannot read the allow list file', { location: { file: path } });
  }
  for (const line of content.split(/\r?\n/)) {
    const v = line.trim();
    if (v === '' || v.startsWith('#')) continue;
    out.add(v);
  }
  return out;
}

/** The `allowlist` check. */
export const allowlistCheck: CheckDefinition<AllowlistSpec> = {
  type: 'allowlist',
  kind: 'deidentification',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'table', 'column', 'values', 'file', 'allowlist', 'allowRedacted', 'maxDistinct'], path, issues);
    reqString(o, 'table', path, issues);
    reqString(o, 'column', path, issues);
    const sources = ['values', 'file', 'allowlist'].filter((k) => o[k] !== undefined);
    if (sources.length !== 1) issues.push({ path, message: 'expected exactly one of `values`, `file` or `allowlist`' });
    if (o.values !== undefined && (!Array.isArray(o.values) || o.values.some((v) => typeof v !== 'string'))) issues.push({ path: `${path}.values`, message: 'expected an array of strings' });
    if (o.file !== undefined) reqString(o, 'file', path, issues);
    if (o.allowlist !== undefined && (typeof o.allowlist !== 'object' || o.allowlist === null || typeof (o.allowlist as AllowlistLike).has !== 'function')) {
      issues.push({ path: `${path}.allowlist`, message: 'expected an object with a has(text) method' });
    }
    if (o.allowRedacted !== undefined && typeof o.allowRedacted !== 'boolean') issues.push({ path: `${path}.allowRedacted`, message: 'expected a boolean' });
    if (o.maxDistinct !== undefined && (typeof o.maxDistinct !== 'number' || !Number.isInteger(o.maxDistinct) || o.maxDistinct < 1)) {
      issues.push({ path: `${path}.maxDistinct`, message: 'expected a positive integer' });
    }
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const description = `every value of ${spec.table}.${spec.column} is on the allow list`;
    const t = release.resolve(spec.table);
    if (!t) return skipped(description, `table ${spec.table} is absent`);
    const rc = await resolveColumns(release, t, [spec.column], spec, description);
    if ('outcome' in rc) return rc.outcome;
    const column = rc.names[0]!;
    let list: AllowlistLike;
    if (spec.allowlist) list = spec.allowlist;
    else if (spec.values) list = new Set(spec.values);
    else {
      const file = isAbsolute(spec.file!) ? spec.file! : resolve(ctx.baseDir, spec.file!);
      try {
        list = readAllowlistFile(file);
      } catch {
        return { status: 'fail', description, counts: {}, examples: [], reason: 'the allow list file is missing or unreadable' };
      }
    }
    const maxDistinct = spec.maxDistinct ?? 1_000_000;
    const view = sqlIdent(await release.view(t));
    const col = `CAST(t.${sqlIdent(column)} AS VARCHAR)`;
    const [head] = await release.rows(`SELECT count(DISTINCT ${col}), count(${col}) FROM ${view} AS t`, t.id);
    const distinct = num(head?.[0]);
    const rows = num(head?.[1]);
    if (distinct > maxDistinct) {
      return { status: 'fail', description, counts: { rows, distinct }, examples: [], reason: `more than ${maxDistinct} distinct values: not an allow-list column?` };
    }
    const allowRedacted = spec.allowRedacted ?? true;
    const values = await release.rows(`SELECT ${col} AS v, count(*) FROM ${view} AS t WHERE t.${sqlIdent(column)} IS NOT NULL GROUP BY 1`, t.id);
    const bad: string[] = [];
    let badRows = 0;
    for (const [v, n] of values) {
      const s = String(v);
      if (list.has(s) || (allowRedacted && s === REDACTED)) continue;
      bad.push(s);
      badRows += num(n);
    }
    const counts = { rows, distinct, distinctNotAllowed: bad.length, rowsNotAllowed: badRows };
    if (bad.length === 0) return { status: 'pass', description, counts, examples: [] };
    // The offending values stay inside DuckDB (bound parameters) and never reach the report.
    const table = await valueTable(release, bad.slice(0, 1000), t.id);
    return { status: 'fail', description, counts, examples: [{ table: t.id, rows: await exampleRows(ctx, release, t, `${col} IN (SELECT v FROM ${table})`) }] };
  },
};
