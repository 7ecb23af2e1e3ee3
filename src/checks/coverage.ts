/**
 * Consistency: at least a share of the keys of one table appear in another (e.g. ≥ 99% of ICU
 * stays have a diagnosis; ≥ 99% have a heart rate in `chartevents`).
 *
 * @module
 */
import { asText, exampleRows, resolveColumns, skipped } from './_common.js';
import { num, sqlIdent, type Release } from './_release.js';
import { describe, isObject, onlyKeys, reqString } from './_validate.js';
import type { CheckDefinition, CoverageSpec } from './types.js';

/** The `coverage` check. */
export const coverageCheck: CheckDefinition<CoverageSpec> = {
  type: 'coverage',
  kind: 'consistency',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'table', 'key', 'in', 'min'], path, issues);
    reqString(o, 'table', path, issues);
    reqString(o, 'key', path, issues);
    if (typeof o.min !== 'number' || !Number.isFinite(o.min) || o.min < 0 || o.min > 1) issues.push({ path: `${path}.min`, message: 'expected a number from 0 to 1' });
    if (!isObject(o.in)) {
      issues.push({ path: `${path}.in`, message: `expected an object, got ${describe(o.in)}` });
      return;
    }
    onlyKeys(o.in, ['table', 'key', 'where'], `${path}.in`, issues);
    reqString(o.in, 'table', `${path}.in`, issues);
    if (o.in.key !== undefined) reqString(o.in, 'key', `${path}.in`, issues);
    if (o.in.where !== undefined) {
      const w = o.in.where;
      if (!isObject(w)) issues.push({ path: `${path}.in.where`, message: `expected an object, got ${describe(w)}` });
      else {
        onlyKeys(w, ['column', 'values'], `${path}.in.where`, issues);
        reqString(w, 'column', `${path}.in.where`, issues);
        if (!Array.isArray(w.values) || w.values.length === 0 || w.values.some((v) => typeof v !== 'string' && (typeof v !== 'number' || !Number.isFinite(v)))) {
          issues.push({ path: `${path}.in.where.values`, message: 'expected a non-empty array of strings or numbers' });
        }
      }
    }
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const where = spec.in.where;
    const description =
      `at least ${(spec.min * 100).toFixed(2).replace(/\.?0+$/, '')}% of ${spec.key} in ${spec.table} appear in ${spec.in.table}` +
      (where ? ` where ${where.column} is one of ${where.values.length} value(s)` : '');
    const t = release.resolve(spec.table);
    const other = release.resolve(spec.in.table);
    if (!t || !other) return skipped(description, `table ${!t ? spec.table : spec.in.table} is absent`);
    const tc = await resolveColumns(release, t, [spec.key], spec, description);
    if ('outcome' in tc) return tc.outcome;
    const oc = await resolveColumns(release, other, where ? [spec.in.key ?? spec.key, where.column] : [spec.in.key ?? spec.key], spec, description);
    if ('outcome' in oc) return oc.outcome;
    const key = tc.names[0]!;
    const oKey = oc.names[0]!;
    let filter = '';
    if (where) {
      // Values are config (not patient data) but are still bound, not spliced into the SQL.
      const table = await valueTable(release, where.values.map(String), other.id);
      filter = ` AND ${asText('o', oc.names[1]!)} IN (SELECT v FROM ${table})`;
    }
    const coveredKeys = `(SELECT DISTINCT ${asText('o', oKey)} AS k FROM ${sqlIdent(await release.view(other))} AS o WHERE o.${sqlIdent(oKey)} IS NOT NULL${filter})`;
    const [row] = await release.rows(
      `WITH keys AS (SELECT DISTINCT ${asText('t', key)} AS k FROM ${sqlIdent(await release.view(t))} AS t WHERE t.${sqlIdent(key)} IS NOT NULL)
       SELECT count(*), count(c.k) FROM keys LEFT JOIN ${coveredKeys} AS c ON keys.k = c.k`,
      t.id,
    );
    const covered = `${asText('t', key)} IN (SELECT k FROM ${coveredKeys})`;
    const keys = num(row?.[0]);
    const nCovered = num(row?.[1]);
    if (keys === 0) return skipped(description, `table ${t.id} has no ${spec.key}`);
    const share = nCovered / keys;
    const counts = { keys, covered: nCovered, uncovered: keys - nCovered, share, min: spec.min };
    if (share >= spec.min) return { status: 'pass', description, counts, examples: [] };
    return {
      status: 'fail',
      description,
      counts,
      examples: [{ table: t.id, rows: await exampleRows(ctx, release, t, `t.${sqlIdent(key)} IS NOT NULL AND NOT ${covered}`) }],
    };
  },
};

let tmp = 0;

/** A temp table of bound values (one VARCHAR column `v`). @internal */
export async function valueTable(release: Release, values: readonly string[], tableId: string): Promise<string> {
  const name = sqlIdent(`__values_${++tmp}`);
  await release.run(`CREATE TEMP TABLE ${name} (v VARCHAR)`, tableId);
  for (const v of values) await release.runWith(`INSERT INTO ${name} VALUES ($1)`, [v], tableId);
  return name;
}
