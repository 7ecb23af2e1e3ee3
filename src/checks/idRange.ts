/**
 * Integrity and de-identification: every value of an id column (`subject_id`, `hadm_id`, …),
 * in every table that has it, is an integer in its namespace's range. A source MRN released as
 * `subject_id` falls outside it.
 *
 * @module
 */
import { asText, exampleRows, resolveColumns, skipped } from './_common.js';
import { num, sqlIdent, type TableFile } from './_release.js';
import { onlyKeys, reqString, reqStringArray } from './_validate.js';
import type { CheckDefinition, CheckExamples, IdRangeSpec } from './types.js';

/** The `idRange` check. */
export const idRangeCheck: CheckDefinition<IdRangeSpec> = {
  type: 'idRange',
  kind: 'integrity',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'column', 'min', 'max', 'tables'], path, issues);
    reqString(o, 'column', path, issues);
    if (!Number.isSafeInteger(o.min) || !Number.isSafeInteger(o.max) || (o.min as number) > (o.max as number)) issues.push({ path: `${path}.min`, message: 'expected safe integers min <= max' });
    reqStringArray(o, 'tables', path, issues, true);
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const description = `every ${spec.column} is an integer from ${spec.min} to ${spec.max}`;
    const tables: TableFile[] = [];
    for (const t of spec.tables ? spec.tables.map((r) => release.resolve(r)).filter((t): t is TableFile => t !== undefined) : release.tables.values()) {
      if ((await release.columns(t)).some((c) => c.name.toLowerCase() === spec.column.toLowerCase())) tables.push(t);
    }
    if (tables.length === 0) return skipped(description, `no table with column ${spec.column}`);
    const counts = { tables: tables.length, values: 0, outOfRange: 0 };
    const examples: CheckExamples[] = [];
    for (const t of tables) {
      const rc = await resolveColumns(release, t, [spec.column], spec, description);
      if ('outcome' in rc) return rc.outcome;
      const v = asText('t', rc.names[0] as string);
      const bad = `${v} IS NOT NULL AND COALESCE(TRY_CAST(${v} AS HUGEINT) NOT BETWEEN ${spec.min} AND ${spec.max} OR NOT regexp_full_match(${v}, '[0-9]+'), TRUE)`;
      const [row] = await release.rows(`SELECT count(${v}), count(*) FILTER (WHERE ${bad}) FROM ${sqlIdent(await release.view(t))} AS t`, t.id);
      counts.values += num(row?.[0]);
      const n = num(row?.[1]);
      if (n) {
        counts.outOfRange += n;
        examples.push({ table: t.id, rows: await exampleRows(ctx, release, t, bad) });
      }
    }
    return { status: counts.outOfRange ? 'fail' : 'pass', description, counts, examples };
  },
};
