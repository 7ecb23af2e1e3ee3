/**
 * Integrity: every row with a key (e.g. `subject_id`) has its parent row (e.g. in
 * `hosp/patients`), for every table of the release that has the key column.
 *
 * @module
 */
import { asText, exampleRows, resolveColumns, skipped } from './_common.js';
import { num, sqlIdent } from './_release.js';
import { onlyKeys, reqString, reqStringArray } from './_validate.js';
import type { CheckDefinition, CheckExamples, RowsHaveParentSpec } from './types.js';

/** The `rowsHaveParent` check. */
export const rowsHaveParentCheck: CheckDefinition<RowsHaveParentSpec> = {
  type: 'rowsHaveParent',
  kind: 'integrity',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'parent', 'key', 'tables'], path, issues);
    reqString(o, 'parent', path, issues);
    reqString(o, 'key', path, issues);
    reqStringArray(o, 'tables', path, issues, true);
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const description = `every row with ${spec.key} has its row in ${spec.parent}`;
    const parent = release.resolve(spec.parent);
    if (!parent) return skipped(description, `table ${spec.parent} is absent`);
    const pc = await resolveColumns(release, parent, [spec.key], spec, description);
    if ('outcome' in pc) return pc.outcome;
    const pKey = pc.names[0]!;
    const children = [];
    if (spec.tables) {
      for (const ref of spec.tables) {
        const t = release.resolve(ref);
        if (t) children.push(t);
      }
    } else {
      for (const t of release.tables.values()) {
        if (t.id === parent.id) continue;
        const cols = await release.columns(t);
        if (cols.some((c) => c.name.toLowerCase() === spec.key.toLowerCase())) children.push(t);
      }
    }
    if (children.length === 0) return skipped(description, `no table with column ${spec.key}`);
    const counts = { tables: 0, rowsWithKey: 0, rowsMissing: 0, tablesFailing: 0 };
    const examples: CheckExamples[] = [];
    let columnProblem: string | undefined;
    for (const t of children) {
      const cc = await resolveColumns(release, t, [spec.key], spec, description);
      if ('outcome' in cc) {
        columnProblem = cc.outcome.reason;
        continue;
      }
      const key = cc.names[0]!;
      const missing = `t.${sqlIdent(key)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${sqlIdent(await release.view(parent))} AS p WHERE ${asText('p', pKey)} = ${asText('t', key)})`;
      const [row] = await release.rows(
        `SELECT count(*) FILTER (WHERE t.${sqlIdent(key)} IS NOT NULL), count(*) FILTER (WHERE ${missing}) FROM ${sqlIdent(await release.view(t))} AS t`,
        t.id,
      );
      counts.tables++;
      counts.rowsWithKey += num(row?.[0]);
      const bad = num(row?.[1]);
      if (bad > 0) {
        counts.rowsMissing += bad;
        counts.tablesFailing++;
        examples.push({ table: t.id, rows: await exampleRows(ctx, release, t, missing) });
      }
    }
    if (columnProblem && spec.ifColumnMissing !== 'skip') return { status: 'fail', description, counts, examples, reason: columnProblem };
    return { status: counts.rowsMissing === 0 ? 'pass' : 'fail', description, counts, examples };
  },
};
