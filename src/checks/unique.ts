/**
 * Integrity: no two rows of a table share a key (`hadm_id` in admissions, `stay_id` in ICU
 * stays, `subject_id` in patients).
 *
 * @module
 */
import { asText, exampleRows, resolveColumns, skipped } from './_common.js';
import { num, sqlIdent } from './_release.js';
import { onlyKeys, reqString, reqStringArray } from './_validate.js';
import type { CheckDefinition, UniqueSpec } from './types.js';

/** The `unique` check. */
export const uniqueCheck: CheckDefinition<UniqueSpec> = {
  type: 'unique',
  kind: 'integrity',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'table', 'columns'], path, issues);
    reqString(o, 'table', path, issues);
    reqStringArray(o, 'columns', path, issues);
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const description = `no two rows of ${spec.table} share ${spec.columns.join(', ')}`;
    const t = release.resolve(spec.table);
    if (!t) return skipped(description, `table ${spec.table} is absent`);
    const rc = await resolveColumns(release, t, spec.columns, spec, description);
    if ('outcome' in rc) return rc.outcome;
    const key = rc.names.map((c) => asText('t', c));
    const dup = `(${key.join(', ')}) IN (SELECT (${key.join(', ')}) FROM ${sqlIdent(await release.view(t))} AS t GROUP BY ALL HAVING count(*) > 1)`;
    const [row] = await release.rows(`SELECT count(*), count(DISTINCT (${key.join(', ')})) FROM ${sqlIdent(await release.view(t))} AS t`, t.id);
    const counts = { rows: num(row?.[0]), keys: num(row?.[1]), duplicateRows: num(row?.[0]) - num(row?.[1]) };
    if (counts.duplicateRows === 0) return { status: 'pass', description, counts, examples: [] };
    return { status: 'fail', description, counts, examples: [{ table: t.id, rows: await exampleRows(ctx, release, t, dup) }] };
  },
};
