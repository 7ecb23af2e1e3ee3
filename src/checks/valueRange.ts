/**
 * De-identification: every value of a column is an integer in a range, or one of a few others
 * (`anchor_age` from the cohort's minimum age to 89, or 91 for older patients).
 *
 * @module
 */
import { asText, exampleRows, resolveColumns, skipped } from './_common.js';
import { num, sqlIdent } from './_release.js';
import { onlyKeys, reqString } from './_validate.js';
import type { CheckDefinition, ValueRangeSpec } from './types.js';

/** The `valueRange` check. */
export const valueRangeCheck: CheckDefinition<ValueRangeSpec> = {
  type: 'valueRange',
  kind: 'deidentification',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'table', 'column', 'min', 'max', 'also'], path, issues);
    reqString(o, 'table', path, issues);
    reqString(o, 'column', path, issues);
    if (!Number.isSafeInteger(o.min) || !Number.isSafeInteger(o.max) || (o.min as number) > (o.max as number)) issues.push({ path: `${path}.min`, message: 'expected safe integers min <= max' });
    if (o.also !== undefined && (!Array.isArray(o.also) || o.also.some((x) => !Number.isSafeInteger(x)))) issues.push({ path: `${path}.also`, message: 'expected an array of integers' });
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const also = spec.also ?? [];
    const description = `every ${spec.column} of ${spec.table} is from ${spec.min} to ${spec.max}${also.length ? ` or ${also.join(', ')}` : ''}`;
    const t = release.resolve(spec.table);
    if (!t) return skipped(description, `table ${spec.table} is absent`);
    const rc = await resolveColumns(release, t, [spec.column], spec, description);
    if ('outcome' in rc) return rc.outcome;
    const v = asText('t', rc.names[0] as string);
    const n = `TRY_CAST(${v} AS BIGINT)`;
    const bad = `${v} IS NOT NULL AND NOT COALESCE(regexp_full_match(${v}, '-?[0-9]+') AND (${n} BETWEEN ${spec.min} AND ${spec.max}${also.length ? ` OR ${n} IN (${also.join(', ')})` : ''}), FALSE)`;
    const [row] = await release.rows(`SELECT count(${v}), count(*) FILTER (WHERE ${bad}) FROM ${sqlIdent(await release.view(t))} AS t`, t.id);
    const counts = { values: num(row?.[0]), outOfRange: num(row?.[1]) };
    if (counts.outOfRange === 0) return { status: 'pass', description, counts, examples: [] };
    return { status: 'fail', description, counts, examples: [{ table: t.id, rows: await exampleRows(ctx, release, t, bad) }] };
  },
};
