/**
 * SQL generation for the release: one SELECT per table that joins the look-up tables, shifts
 * datetimes, maps ids and classifies every row (released, quarantined with a reason, excluded).
 * Shared by the embedded DuckDB run and `ehr-deid sql` (DuckDB, PostgreSQL, BigQuery).
 *
 * Table names used by the generated SQL:
 * - `src_<table>`: the source table, every column text, plus a row number (`rowid` in DuckDB,
 *   a `_row` column elsewhere, 1-based in file order).
 * - `lk_patients(source_key, canonical_key, subject_id, offset_days, included)`: every source
 *   patient key (MRN aliases included).
 * - `lk_anchors(canonical_key, anchor_age, anchor_year, anchor_year_group, dod)`.
 * - `lk_ids_<namespace>(source_key, id)`.
 * - `lk_link_<table>(key, patient_key, <inherited id source keys>)` for tables others link through.
 * - `lk_notes_<table>(source_key, note_id)`; `lk_text_<table>(row_num, c0, c1, …)` scrubbed text.
 * - `lk_quarantine_<table>(row_num, reason, column_name)`: rows quarantined outside SQL.
 *
 * @internal
 */
import { inheritable, type ColumnRule, type ReleaseConfig, type TableConfig } from './config.js';

/** SQL dialects `ehr-deid sql` can emit. */
export type SqlDialect = 'duckdb' | 'postgres' | 'bigquery';

/** Dialect-specific pieces. */
export interface Dialect {
  readonly name: SqlDialect;
  ident(name: string): string;
  str(value: string): string;
  /** Nullable timestamp parsed from a text expression. */
  parseTs(expr: string, formats?: readonly string[]): string;
  /** Shifted and formatted text from a timestamp expression. */
  shiftFormat(ts: string, days: string, type: 'datetime' | 'date'): string;
  /** 1-based source row number of alias `s`. */
  row(alias: string): string;
  /** Text type name. */
  readonly text: string;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteStr = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The three dialects. */
export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = {
  duckdb: {
    name: 'duckdb',
    ident: quoteIdent,
    str: quoteStr,
    parseTs: (e, f) => (f && f.length ? `COALESCE(TRY_CAST(${e} AS TIMESTAMP), try_strptime(${e}, [${f.map(quoteStr).join(', ')}]))` : `TRY_CAST(${e} AS TIMESTAMP)`),
    shiftFormat: (ts, d, type) => `strftime(${ts} + to_days(CAST(${d} AS INTEGER)), ${quoteStr(type === 'date' ? '%Y-%m-%d' : '%Y-%m-%d %H:%M:%S')})`,
    row: (a) => `(${a}.rowid + 1)`,
    text: 'VARCHAR',
  },
  postgres: {
    name: 'postgres',
    ident: quoteIdent,
    str: quoteStr,
    // PostgreSQL has no TRY_CAST: a shape check picks the form, and the script's
    // pg_temp.ehr_try_timestamp (see generateSql) gives NULL for an impossible date such as
    // 2012-02-30, so the row is left out as DATE_INVALID instead of aborting the statement.
    parseTs: (e, f) =>
      f && f.length
        ? `(CASE WHEN ${e} ~ '^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}' THEN pg_temp.ehr_try_timestamp(${e}, 'MM/DD/YYYY HH24:MI:SS') WHEN ${e} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)?$' THEN pg_temp.ehr_try_timestamp(${e}, NULL) END)`
        : `(CASE WHEN ${e} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)?$' THEN pg_temp.ehr_try_timestamp(${e}, NULL) END)`,
    shiftFormat: (ts, d, type) => `to_char(${ts} + make_interval(days => CAST(${d} AS integer)), ${quoteStr(type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH24:MI:SS')})`,
    row: (a) => `${a}._row`,
    text: 'text',
  },
  bigquery: {
    name: 'bigquery',
    ident: (n) => `\`${n.replace(/`/g, '')}\``,
    str: (v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
    parseTs: (e, f) =>
      f && f.length
        ? `COALESCE(SAFE_CAST(${e} AS DATETIME), ${f.map((x) => `SAFE.PARSE_DATETIME(${quoteStr(x.replace(/%M/g, '%M'))}, ${e})`).join(', ')})`
        : `SAFE_CAST(${e} AS DATETIME)`,
    shiftFormat: (ts, d, type) => `FORMAT_DATETIME(${quoteStr(type === 'date' ? '%Y-%m-%d' : '%Y-%m-%d %H:%M:%S')}, DATETIME_ADD(${ts}, INTERVAL CAST(${d} AS INT64) DAY))`,
    row: (a) => `${a}._row`,
    text: 'STRING',
  },
};

/** Row outcome reasons produced in SQL (plus CSV_MALFORMED and SCRUB_FAILED from outside). */
export type QuarantineReason = 'CSV_MALFORMED' | 'UNKNOWN_PATIENT' | 'DATE_INVALID' | 'ID_UNKNOWN' | 'DUPLICATE_KEY' | 'SCRUB_FAILED' | 'NOTE_KEY_MISSING';

/** Names of the look-up tables for one table. */
export const names = {
  src: (t: string): string => `src_${t}`,
  link: (t: string): string => `lk_link_${t}`,
  ids: (ns: string): string => `lk_ids_${ns}`,
  notes: (t: string): string => `lk_notes_${t}`,
  text: (t: string): string => `lk_text_${t}`,
  quarantine: (t: string): string => `lk_quarantine_${t}`,
  patients: 'lk_patients',
  anchors: 'lk_anchors',
} as const;

/** What the pipeline knows when it builds a table's SQL. */
export interface TablePlanContext {
  readonly config: ReleaseConfig;
  readonly dialect: Dialect;
  /** Tables that have an `lk_quarantine_<t>` table. */
  readonly hasQuarantine: boolean;
  /** Scrub columns (source names) in `lk_text_<t>` column order; empty when none. */
  readonly textColumns: readonly string[];
  /**
   * FROM expression read instead of `src_<t>` (a streamed table: read straight from its file).
   * Row numbers are then unavailable, so `hasQuarantine` and `textColumns` must be empty.
   */
  readonly source?: string;
}

/**
 * Namespaces defined by a table: the table's `key` column has an `id` rule in that namespace.
 * Ids of a defined namespace are assigned from its defining table only; any other column that
 * refers to it must name a known key, or the row is quarantined (`ID_UNKNOWN`), so every
 * released `hadm_id` or `stay_id` has its admission or stay.
 *
 * @param config - the config
 * @returns namespace → defining table
 */
export function definedNamespaces(config: ReleaseConfig): Map<string, string> {
  const m = new Map<string, string>();
  for (const [name, t] of Object.entries(config.tables)) {
    const r = t.key ? t.columns[t.key] : undefined;
    if (r && r.rule === 'id' && r.namespace !== patientNamespace(config) && !m.has(r.namespace)) m.set(r.namespace, name);
  }
  return m;
}

/** The pieces of one table's generated SQL. */
export interface TablePlan {
  /** FROM clause with every join. */
  readonly from: string;
  /** Expression: NULL for a released row, else the reason (EXCLUDED for cohort-excluded rows). */
  readonly reason: string;
  /** Expression: the source column a quarantined row failed on (or NULL). */
  readonly column: string;
  /** Output select list, `expr AS "name"`. */
  readonly select: readonly string[];
  /** Released column names, in order. */
  readonly outputColumns: readonly string[];
  /** SELECT of released rows. */
  readonly releaseSql: string;
  /**
   * The checks behind `reason`, in priority order: `when` (SQL), the reason (a literal name, or
   * undefined when the reason comes from a look-up column) and the source column.
   */
  readonly conditions: readonly { readonly when: string; readonly reasonName: string | undefined; readonly column: string | null }[];
}

/** Released name of a column rule. */
export function outName(col: string, rule: ColumnRule): string {
  return ('as' in rule && rule.as) || col;
}

/** The patients namespace. */
export function patientNamespace(config: ReleaseConfig): string {
  return config.patients.namespace ?? 'subject_id';
}

/**
 * Builds the SQL for one table.
 *
 * @param name - table name in the config
 * @param ctx - config, dialect and which optional look-ups exist
 * @returns the plan
 */
export function planTable(name: string, ctx: TablePlanContext): TablePlan {
  const { config, dialect: d } = ctx;
  const t = config.tables[name] as TableConfig;
  const I = d.ident;
  const S = d.str;
  const col = (c: string): string => `s.${I(c)}`;
  const pns = patientNamespace(config);
  // datetimes are parsed once, in an inner projection, and reused by the checks and the output
  const shiftCols = Object.entries(t.columns).filter(([, r]) => r.rule === 'shift');
  const tsName = new Map(shiftCols.map(([c], i) => [c, `__ts${i}`]));
  const base = ctx.source ?? I(names.src(name));
  const parsed = shiftCols.map(([c, r]) => `${d.parseTs(`s0.${I(c)}`, r.rule === 'shift' ? r.formats : undefined)} AS ${I(tsName.get(c) as string)}`);
  const rowid = !ctx.source && d.name === 'duckdb' ? ', s0.rowid AS rowid' : '';
  const joins: string[] = [parsed.length ? `(SELECT s0.*${rowid}, ${parsed.join(', ')} FROM ${base} AS s0) AS s` : `${base} AS s`];
  const defined = definedNamespaces(config);
  let patientExpr: string | undefined;
  let patientCol: string | undefined;
  if (t.patient !== 'none' && 'column' in t.patient) {
    patientExpr = col(t.patient.column);
    patientCol = t.patient.column;
  } else if (t.patient !== 'none') {
    joins.push(`LEFT JOIN ${I(names.link(t.patient.table))} AS l ON l.${I('key')} = ${col(t.patient.through)}`);
    patientExpr = `l.${I('patient_key')}`;
    patientCol = t.patient.through;
  }
  if (patientExpr) joins.push(`LEFT JOIN ${I(names.patients)} AS p ON p.${I('source_key')} = ${patientExpr}`);
  if (ctx.hasQuarantine) joins.push(`LEFT JOIN ${I(names.quarantine(name))} AS q ON q.${I('row_num')} = ${d.row('s')}`);
  if (ctx.textColumns.length) joins.push(`LEFT JOIN ${I(names.text(name))} AS tx ON tx.${I('row_num')} = ${d.row('s')}`);

  // conditions, in priority order: [condition, reason, column]
  const conds: [string, string, string | null][] = [];
  if (ctx.hasQuarantine) conds.push([`q.${I('reason')} IS NOT NULL`, `q.${I('reason')}`, `q.${I('column_name')}`]);
  if (patientExpr) {
    conds.push([`p.${I('source_key')} IS NULL`, S('UNKNOWN_PATIENT'), S(patientCol as string)]);
    conds.push([`NOT p.${I('included')}`, S('EXCLUDED'), null]);
  }
  const select: string[] = [];
  const outputColumns: string[] = [];
  const emit = (expr: string, out: string): void => {
    select.push(`${expr} AS ${I(out)}`);
    outputColumns.push(out);
  };
  // inherited columns first
  const parentIds = t.patient !== 'none' && 'through' in t.patient ? inheritable(config.tables, t.patient.table) : new Map<string, string>();
  for (const inh of t.inherit ?? []) {
    if (inh === 'subject_id') emit(`p.${I('subject_id')}`, 'subject_id');
    else {
      const ns = parentIds.get(inh) as string;
      const a = `ih_${outputColumns.length}`;
      if (ns === pns) {
        joins.push(`LEFT JOIN ${I(names.patients)} AS ${a} ON ${a}.${I('source_key')} = l.${I(inh)}`);
        emit(`${a}.${I('subject_id')}`, inh);
      } else {
        joins.push(`LEFT JOIN ${I(names.ids(ns))} AS ${a} ON ${a}.${I('source_key')} = l.${I(inh)}`);
        if (defined.has(ns)) conds.push([`l.${I(inh)} IS NOT NULL AND ${a}.${I('id')} IS NULL`, S('ID_UNKNOWN'), S(patientCol as string)]);
        emit(`${a}.${I('id')}`, inh);
      }
    }
  }
  let textIndex = 0;
  let joinIndex = 0;
  for (const [c, r] of Object.entries(t.columns)) {
    const out = outName(c, r);
    switch (r.rule) {
      case 'drop':
        break;
      case 'keep':
        emit(col(c), out);
        break;
      case 'id': {
        if (r.namespace === pns) {
          if (c === patientCol && t.patient !== 'none' && 'column' in t.patient) emit(`p.${I('subject_id')}`, out);
          else {
            const a = `pc_${joinIndex++}`;
            joins.push(`LEFT JOIN ${I(names.patients)} AS ${a} ON ${a}.${I('source_key')} = ${col(c)}`);
            conds.push([`${col(c)} IS NOT NULL AND ${a}.${I('subject_id')} IS NULL`, S('ID_UNKNOWN'), S(c)]);
            emit(`${a}.${I('subject_id')}`, out);
          }
        } else {
          const a = `i_${joinIndex++}`;
          joins.push(`LEFT JOIN ${I(names.ids(r.namespace))} AS ${a} ON ${a}.${I('source_key')} = ${col(c)}`);
          if (defined.has(r.namespace) && !(defined.get(r.namespace) === name && c === t.key)) conds.push([`${col(c)} IS NOT NULL AND ${a}.${I('id')} IS NULL`, S('ID_UNKNOWN'), S(c)]);
          emit(`${a}.${I('id')}`, out);
        }
        break;
      }
      case 'shift': {
        const ts = `s.${I(tsName.get(c) as string)}`;
        conds.push([`${col(c)} IS NOT NULL AND ${ts} IS NULL`, S('DATE_INVALID'), S(c)]);
        emit(d.shiftFormat(ts, `p.${I('offset_days')}`, r.type ?? 'datetime'), out);
        break;
      }
      case 'scrub':
        emit(`tx.${I(`c${textIndex++}`)}`, out);
        break;
      case 'allowlist': {
        const values = r.values ?? [];
        const rep = S(r.replacement ?? '___');
        emit(values.length ? `CASE WHEN ${col(c)} IS NULL THEN NULL WHEN ${col(c)} IN (${values.map(S).join(', ')}) THEN ${col(c)} ELSE ${rep} END` : `CASE WHEN ${col(c)} IS NULL THEN NULL ELSE ${rep} END`, out);
        break;
      }
      case 'noteId': {
        joins.push(`LEFT JOIN ${I(names.notes(name))} AS n ON n.${I('source_key')} = ${col(c)}`);
        conds.push([`${col(c)} IS NULL`, S('NOTE_KEY_MISSING'), S(c)]);
        emit(`n.${I('note_id')}`, out);
        break;
      }
    }
  }
  if (name === config.patients.table) {
    joins.push(`LEFT JOIN ${I(names.anchors)} AS a ON a.${I('canonical_key')} = p.${I('canonical_key')}`);
    for (const c of ['anchor_age', 'anchor_year', 'anchor_year_group', 'dod']) emit(`a.${I(c)}`, c);
  }
  const reason = conds.length ? `CASE ${conds.map(([w, r]) => `WHEN ${w} THEN ${r}`).join(' ')} ELSE NULL END` : 'CAST(NULL AS ' + d.text + ')';
  const column = conds.length ? `CASE ${conds.map(([w, , c]) => `WHEN ${w} THEN ${c ?? 'NULL'}`).join(' ')} ELSE NULL END` : 'CAST(NULL AS ' + d.text + ')';
  const from = joins.join('\n  ');
  // The release filter is the same test as `reason IS NULL`, written as a conjunction of
  // boolean predicates (much faster than comparing CASE strings); a NULL anywhere drops the row.
  const where = conds.length ? conds.map(([w]) => `NOT (${w})`).join('\n  AND ') : 'TRUE';
  const releaseSql = `SELECT\n  ${select.join(',\n  ')}\nFROM ${from}\nWHERE ${where}`;
  const conditions = conds.map(([when, r, c]) => ({ when, reasonName: /^'[A-Z_]+'$/.test(r) ? r.slice(1, -1) : undefined, column: c === null ? null : /^'.*'$/.test(c) ? c.slice(1, -1).replace(/''/g, "'") : null }));
  return { from, reason, column, select, outputColumns, releaseSql, conditions };
}

/**
 * SQL that builds `lk_link_<name>`: one row per key with its patient key and the source keys of
 * every id column children may inherit.
 *
 * @param name - table others link through
 * @param config - the config
 * @param d - dialect
 * @returns a CREATE TABLE … AS statement
 */
export function linkTableSql(name: string, config: ReleaseConfig, d: Dialect): string {
  const t = config.tables[name] as TableConfig;
  const I = d.ident;
  const from: string[] = [`${I(names.src(name))} AS s`];
  let patient = 'NULL';
  const cols: string[] = [];
  if (t.patient !== 'none' && 'column' in t.patient) patient = `s.${I(t.patient.column)}`;
  else if (t.patient !== 'none') {
    from.push(`LEFT JOIN ${I(names.link(t.patient.table))} AS l ON l.${I('key')} = s.${I(t.patient.through)}`);
    patient = `l.${I('patient_key')}`;
  }
  const inh = inheritable(config.tables, name);
  for (const out of inh.keys()) {
    const own = Object.entries(t.columns).find(([c, r]) => r.rule === 'id' && outName(c, r) === out);
    cols.push(`MIN(${own ? `s.${I(own[0])}` : `l.${I(out)}`}) AS ${I(out)}`);
  }
  return `CREATE TABLE ${I(names.link(name))} AS\nSELECT s.${I(t.key as string)} AS ${I('key')}, MIN(${patient}) AS ${I('patient_key')}${cols.length ? ', ' + cols.join(', ') : ''}\nFROM ${from.join(' ')}\nWHERE s.${I(t.key as string)} IS NOT NULL\nGROUP BY s.${I(t.key as string)}`;
}

/** Tables in an order where every linked-through table comes before its children. */
export function linkOrder(config: ReleaseConfig): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (n: string): void => {
    if (done.has(n)) return;
    done.add(n);
    const t = config.tables[n];
    if (t && t.patient !== 'none' && 'through' in t.patient) visit(t.patient.table);
    order.push(n);
  };
  for (const n of Object.keys(config.tables)) visit(n);
  return order;
}

/**
 * Namespaces a table refers to (its id columns and the ids it inherits), patients excluded.
 *
 * @param config - the config
 * @param table - a table name
 * @returns the namespaces
 */
export function referencedNamespaces(config: ReleaseConfig, table: string): Set<string> {
  const t = config.tables[table] as TableConfig;
  const pns = patientNamespace(config);
  const out = new Set<string>();
  for (const r of Object.values(t.columns)) if (r.rule === 'id' && r.namespace !== pns) out.add(r.namespace);
  if (t.patient !== 'none' && 'through' in t.patient) {
    const parent = inheritable(config.tables, t.patient.table);
    for (const inh of t.inherit ?? []) {
      const ns = parent.get(inh);
      if (ns !== undefined && ns !== pns) out.add(ns);
    }
  }
  return out;
}
