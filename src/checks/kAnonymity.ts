/**
 * De-identification: cells of quasi-identifiers (e.g. race × gender × anchor_age) holding
 * fewer than k rows are reported.
 *
 * @module
 */
import { resolveColumns, skipped } from './_common.js';
import { num, sqlIdent, type Release } from './_release.js';
import { describe as describeValue, isObject, onlyKeys, reqString, reqStringArray } from './_validate.js';
import type { CheckDefinition, KAnonymitySpec } from './types.js';

/** The `kAnonymity` check. */
export const kAnonymityCheck: CheckDefinition<KAnonymitySpec> = {
  type: 'kAnonymity',
  kind: 'deidentification',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'table', 'columns', 'k', 'join', 'present'], path, issues);
    if (o.present !== undefined && typeof o.present !== 'boolean') issues.push({ path: `${path}.present`, message: 'expected a boolean' });
    reqString(o, 'table', path, issues);
    reqStringArray(o, 'columns', path, issues);
    if (typeof o.k !== 'number' || !Number.isInteger(o.k) || o.k < 2) issues.push({ path: `${path}.k`, message: 'expected an integer of at least 2' });
    if (o.join !== undefined) {
      if (!isObject(o.join)) issues.push({ path: `${path}.join`, message: `expected an object, got ${describeValue(o.join)}` });
      else {
        onlyKeys(o.join, ['table', 'on', 'columns'], `${path}.join`, issues);
        reqString(o.join, 'table', `${path}.join`, issues);
        reqString(o.join, 'on', `${path}.join`, issues);
        reqStringArray(o.join, 'columns', `${path}.join`, issues);
      }
    }
  },
  async run(spec0, ctx) {
    const { release } = ctx;
    const spec = spec0.present ? await presentOnly(spec0, release) : spec0;
    if (!spec) return skipped(`cells of ${[...spec0.columns, ...(spec0.join?.columns ?? [])].join(' × ')} in ${spec0.table}`, 'none of the quasi-identifiers is present');
    const all = [...spec.columns, ...(spec.join?.columns ?? [])];
    const description = `every combination of ${all.join(' × ')} in ${spec.table}${spec.join ? ` (with ${spec.join.table})` : ''} holds at least ${spec.k} rows`;
    const t = release.resolve(spec.table);
    if (!t) return skipped(description, `table ${spec.table} is absent`);
    const j = spec.join ? release.resolve(spec.join.table) : undefined;
    if (spec.join && !j) return skipped(description, `table ${spec.join.table} is absent`);
    const mc = await resolveColumns(release, t, spec.join ? [...spec.columns, spec.join.on] : spec.columns, spec, description);
    if ('outcome' in mc) return mc.outcome;
    const select = spec.columns.map((_, i) => `CAST(m.${sqlIdent(mc.names[i]!)} AS VARCHAR) AS q${i}`);
    let from = `${await release.numbered(t)} AS m`;
    if (spec.join && j) {
      const jc = await resolveColumns(release, j, [spec.join.on, ...spec.join.columns], spec, description);
      if ('outcome' in jc) return jc.outcome;
      const on = jc.names[0]!;
      const jcols = jc.names.slice(1);
      const inner = `(SELECT DISTINCT CAST(x.${sqlIdent(on)} AS VARCHAR) AS __on, ${jcols.map((c, i) => `CAST(x.${sqlIdent(c)} AS VARCHAR) AS j${i}`).join(', ')} FROM ${sqlIdent(await release.view(j))} AS x)`;
      from += ` LEFT JOIN ${inner} AS jj ON jj.__on = CAST(m.${sqlIdent(mc.names[spec.columns.length]!)} AS VARCHAR)`;
      jcols.forEach((_, i) => select.push(`jj.j${i} AS q${spec.columns.length + i}`));
    }
    const qs = all.map((_, i) => `q${i}`).join(', ');
    const base = `(SELECT m.__row AS __row, ${select.join(', ')} FROM ${from})`;
    const cells = `(SELECT ${qs}, count(*) AS n FROM ${base} GROUP BY ALL)`;
    const [row] = await release.rows(
      `SELECT count(*), coalesce(sum(n), 0), count(*) FILTER (WHERE n < ${spec.k}), coalesce(sum(n) FILTER (WHERE n < ${spec.k}), 0) FROM ${cells}`,
      t.id,
    );
    const counts = { rows: num(row?.[1]), cells: num(row?.[0]), smallCells: num(row?.[2]), rowsInSmallCells: num(row?.[3]), k: spec.k };
    if (counts.smallCells === 0) return { status: 'pass', description, counts, examples: [] };
    const rows =
      ctx.maxExamples > 0
        ? (
            await release.rows(
              `SELECT DISTINCT b.__row FROM ${base} AS b JOIN ${cells} AS c ON ${all.map((_, i) => `b.q${i} IS NOT DISTINCT FROM c.q${i}`).join(' AND ')}
               WHERE c.n < ${spec.k} ORDER BY b.__row LIMIT ${ctx.maxExamples}`,
              t.id,
            )
          ).map((r) => Number(r[0]))
        : [];
    return { status: 'fail', description, counts, examples: [{ table: t.id, rows }] };
  },
};

/** The spec narrowed to the quasi-identifiers present (undefined when none is). */
async function presentOnly(spec: KAnonymitySpec, release: Release): Promise<KAnonymitySpec | undefined> {
  const has = async (table: string, cols: readonly string[]): Promise<string[]> => {
    const t = release.resolve(table);
    if (!t) return [];
    const names = (await release.columns(t)).map((c) => c.name.toLowerCase());
    return cols.filter((c) => names.includes(c.toLowerCase()));
  };
  const columns = await has(spec.table, spec.columns);
  let join = spec.join;
  if (join) {
    const jc = await has(join.table, join.columns);
    const on = (await has(join.table, [join.on])).length && (await has(spec.table, [join.on])).length;
    join = jc.length && on ? { ...join, columns: jc } : undefined;
  }
  if (!columns.length && !join) return undefined;
  const { join: _drop, ...rest } = spec;
  return { ...rest, columns, ...(join ? { join } : {}), ifColumnMissing: 'fail' };
}
