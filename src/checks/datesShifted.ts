/**
 * De-identification: dates were perturbed. No date of the release falls outside the shifted
 * window (default 2100-01-01 to 2200-12-31, like MIMIC-IV), none fails to parse, and, when the
 * identified source is given, none equals a date of the same column in the source.
 *
 * @module
 */
import { exampleRows } from './_common.js';
import { num, sqlIdent, sqlString, type Release, type TableFile } from './_release.js';
import { isObject, isYmd, onlyKeys, reqString, reqStringArray, describe as describeValue } from './_validate.js';
import type { CheckDefinition, CheckExamples, DatesShiftedSpec } from './types.js';

/** Default window of shifted dates (inclusive). */
export const DEFAULT_SHIFT_WINDOW = { from: '2100-01-01', to: '2200-12-31' } as const;

const DATE_TYPES = /^(DATE|TIMESTAMP)/i;
const DATE_NAME = /(?:time|date)$|^(?:dod|dob)$|_dt$/i;

function nextDay(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function dateColumns(release: Release, t: TableFile, wanted: readonly string[] | undefined): Promise<string[]> {
  const cols = await release.columns(t);
  if (wanted) {
    const lower = new Set(wanted.map((w) => w.toLowerCase()));
    return cols.filter((c) => lower.has(c.name.toLowerCase())).map((c) => c.name);
  }
  return cols.filter((c) => DATE_TYPES.test(c.type) || DATE_NAME.test(c.name)).map((c) => c.name);
}

/** The `datesShifted` check. */
export const datesShiftedCheck: CheckDefinition<DatesShiftedSpec> = {
  type: 'datesShifted',
  kind: 'deidentification',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'tables', 'columns', 'window', 'yearColumns', 'source'], path, issues);
    reqStringArray(o, 'tables', path, issues, true);
    reqStringArray(o, 'columns', path, issues, true);
    if (o.source !== undefined) reqString(o, 'source', path, issues);
    if (o.window !== undefined) {
      if (!isObject(o.window)) issues.push({ path: `${path}.window`, message: `expected an object, got ${describeValue(o.window)}` });
      else {
        onlyKeys(o.window, ['from', 'to'], `${path}.window`, issues);
        if (!isYmd(o.window.from)) issues.push({ path: `${path}.window.from`, message: 'expected a valid YYYY-MM-DD date' });
        if (!isYmd(o.window.to)) issues.push({ path: `${path}.window.to`, message: 'expected a valid YYYY-MM-DD date' });
        if (isYmd(o.window.from) && isYmd(o.window.to) && o.window.from > o.window.to) issues.push({ path: `${path}.window`, message: '`from` is after `to`' });
      }
    }
    if (o.yearColumns !== undefined) {
      if (!Array.isArray(o.yearColumns)) issues.push({ path: `${path}.yearColumns`, message: 'expected an array of { table, column }' });
      else
        o.yearColumns.forEach((y, i) => {
          const p = `${path}.yearColumns[${i}]`;
          if (!isObject(y)) issues.push({ path: p, message: `expected an object, got ${describeValue(y)}` });
          else {
            onlyKeys(y, ['table', 'column'], p, issues);
            reqString(y, 'table', p, issues);
            reqString(y, 'column', p, issues);
          }
        });
    }
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const window = spec.window ?? DEFAULT_SHIFT_WINDOW;
    const description = `every date is within ${window.from} to ${window.to}${spec.source ? ' and none equals the source' : ''}`;
    const lo = `TIMESTAMP ${sqlString(`${window.from} 00:00:00`)}`;
    const hi = `TIMESTAMP ${sqlString(`${nextDay(window.to)} 00:00:00`)}`;
    const tables = spec.tables ? spec.tables.map((r) => release.resolve(r)).filter((t): t is TableFile => t !== undefined) : [...release.tables.values()];
    const source = spec.source ? ctx.openSource(spec.source) : undefined;
    const counts = { tables: 0, columns: 0, values: 0, outsideWindow: 0, unparseable: 0, equalToSource: 0, yearValues: 0, yearsOutside: 0 };
    const examples: CheckExamples[] = [];
    for (const t of tables) {
      const cols = await dateColumns(release, t, spec.columns);
      if (cols.length === 0) continue;
      counts.tables++;
      counts.columns += cols.length;
      const view = sqlIdent(await release.view(t));
      const ts = (c: string): string => `try_cast(t.${sqlIdent(c)} AS TIMESTAMP)`;
      const present = (c: string): string => `t.${sqlIdent(c)} IS NOT NULL`;
      const aggs = cols.flatMap((c) => [
        `count(t.${sqlIdent(c)})`,
        `count(*) FILTER (WHERE ${present(c)} AND ${ts(c)} IS NULL)`,
        `count(*) FILTER (WHERE ${ts(c)} < ${lo} OR ${ts(c)} >= ${hi})`,
      ]);
      const [row] = await release.rows(`SELECT ${aggs.join(', ')} FROM ${view} AS t`, t.id);
      let bad = 0;
      cols.forEach((_, i) => {
        counts.values += num(row?.[3 * i]);
        counts.unparseable += num(row?.[3 * i + 1]);
        counts.outsideWindow += num(row?.[3 * i + 2]);
        bad += num(row?.[3 * i + 1]) + num(row?.[3 * i + 2]);
      });
      const badWhere = cols.map((c) => `(${present(c)} AND (${ts(c)} IS NULL OR ${ts(c)} < ${lo} OR ${ts(c)} >= ${hi}))`);
      if (source) {
        const st = source.resolve(t.id) ?? source.resolve(t.id.slice(t.id.lastIndexOf('/') + 1));
        if (st) {
          const scols = await source.columns(st);
          const sview = sqlIdent(await source.view(st));
          for (const c of cols) {
            const sc = scols.find((x) => x.name.toLowerCase() === c.toLowerCase());
            if (!sc) continue;
            const same = `${ts(c)} IN (SELECT DISTINCT try_cast(s.${sqlIdent(sc.name)} AS TIMESTAMP) FROM ${sview} AS s WHERE s.${sqlIdent(sc.name)} IS NOT NULL)`;
            const [r] = await release.rows(`SELECT count(*) FROM ${view} AS t WHERE ${same}`, t.id);
            const n = num(r?.[0]);
            if (n > 0) {
              counts.equalToSource += n;
              bad += n;
              badWhere.push(`(${same})`);
            }
          }
        }
      }
      if (bad > 0) examples.push({ table: t.id, rows: await exampleRows(ctx, release, t, badWhere.join(' OR ')) });
    }
    const yearColumns = spec.yearColumns ?? [{ table: 'hosp/patients', column: 'anchor_year' }];
    const [yFrom, yTo] = [Number(window.from.slice(0, 4)), Number(window.to.slice(0, 4))];
    for (const y of yearColumns) {
      const t = release.resolve(y.table);
      if (!t) continue;
      const col = (await release.columns(t)).find((c) => c.name.toLowerCase() === y.column.toLowerCase());
      if (!col) continue;
      const v = `try_cast(t.${sqlIdent(col.name)} AS INTEGER)`;
      const badYear = `t.${sqlIdent(col.name)} IS NOT NULL AND (${v} IS NULL OR ${v} < ${yFrom} OR ${v} > ${yTo})`;
      const [r] = await release.rows(`SELECT count(t.${sqlIdent(col.name)}), count(*) FILTER (WHERE ${badYear}) FROM ${sqlIdent(await release.view(t))} AS t`, t.id);
      counts.yearValues += num(r?.[0]);
      const n = num(r?.[1]);
      counts.yearsOutside += n;
      if (n > 0) examples.push({ table: t.id, rows: await exampleRows(ctx, release, t, badYear) });
    }
    if (counts.values === 0 && counts.yearValues === 0) return { status: 'skip', description, counts, examples, reason: 'no date columns found' };
    const failed = counts.outsideWindow + counts.unparseable + counts.equalToSource + counts.yearsOutside > 0;
    return { status: failed ? 'fail' : 'pass', description, counts, examples };
  },
};
