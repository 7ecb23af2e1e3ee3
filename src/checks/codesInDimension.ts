/**
 * Integrity: every code in a fact table exists in its dimension table (e.g. each `icd_code`,
 * `icd_version` of `diagnoses_icd` in `d_icd_diagnoses`).
 *
 * @module
 */
import { asText, exampleRows, resolveColumns, skipped } from './_common.js';
import { num, sqlIdent } from './_release.js';
import { onlyKeys, reqString, reqStringArray } from './_validate.js';
import type { CheckDefinition, CodesInDimensionSpec } from './types.js';

/** The `codesInDimension` check. */
export const codesInDimensionCheck: CheckDefinition<CodesInDimensionSpec> = {
  type: 'codesInDimension',
  kind: 'integrity',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'fact', 'dimension', 'columns', 'dimensionColumns'], path, issues);
    reqString(o, 'fact', path, issues);
    reqString(o, 'dimension', path, issues);
    reqStringArray(o, 'columns', path, issues);
    reqStringArray(o, 'dimensionColumns', path, issues, true);
    if (Array.isArray(o.columns) && Array.isArray(o.dimensionColumns) && o.columns.length !== o.dimensionColumns.length) {
      issues.push({ path: `${path}.dimensionColumns`, message: 'expected as many columns as `columns`' });
    }
  },
  async run(spec, ctx) {
    const description = `every (${spec.columns.join(', ')}) of ${spec.fact} exists in ${spec.dimension}`;
    const { release } = ctx;
    const fact = release.resolve(spec.fact);
    const dim = release.resolve(spec.dimension);
    if (!fact || !dim) return skipped(description, `table ${!fact ? spec.fact : spec.dimension} is absent`);
    const fc = await resolveColumns(release, fact, spec.columns, spec, description);
    if ('outcome' in fc) return fc.outcome;
    const dc = await resolveColumns(release, dim, spec.dimensionColumns ?? spec.columns, spec, description);
    if ('outcome' in dc) return dc.outcome;
    const notNull = fc.names.map((c) => `t.${sqlIdent(c)} IS NOT NULL`).join(' AND ');
    const on = fc.names.map((c, i) => `${asText('t', c)} = ${asText('d', dc.names[i]!)}`).join(' AND ');
    const missing = `${notNull} AND NOT EXISTS (SELECT 1 FROM ${sqlIdent(await release.view(dim))} AS d WHERE ${on})`;
    const tuple = fc.names.map((c) => asText('t', c)).join(', ');
    const [row] = await release.rows(
      `SELECT count(*), count(*) FILTER (WHERE ${notNull}), count(*) FILTER (WHERE ${missing}), count(DISTINCT CASE WHEN ${missing} THEN row(${tuple}) END)
       FROM ${sqlIdent(await release.view(fact))} AS t`,
      fact.id,
    );
    const counts = { rows: num(row?.[0]), rowsWithCode: num(row?.[1]), rowsMissing: num(row?.[2]), codesMissing: num(row?.[3]) };
    if (counts.rowsMissing === 0) return { status: 'pass', description, counts, examples: [] };
    return { status: 'fail', description, counts, examples: [{ table: fact.id, rows: await exampleRows(ctx, release, fact, missing) }] };
  },
};
