/**
 * SQL generation for the release: one SELECT per table that joins the look-up tables, shifts
 * datetimes, maps ids and classifies every row (released, quarantined with a reason, excluded).
 * Shared by the embedded DuckDB run and `ehr-deid sql` (DuckDB, PostgreSQL, BigQuery).
 *
 * Table names used by the generated SQL:
 * - `src_<table>`: the source table, every column text, plus a row number (`rowid` in DuckDB,
 *   a `_row` column elsewhere, 1-based in file order).
 * - `lk_patients(source_key, canonical_key, subject_id, offset_days, included, ts_lo, ts_hi)`:
 *   every source patient key (MRN aliases included); `[ts_lo, ts_hi)` are the source times its
 *   rows may hold (plausible years, inside the release window once shifted).
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
  /**
   * Nullable timestamp parsed from a text expression: the forms the run reads (ISO, `24:00:00`
   * as the end of the day), then the config's strptime `formats`; a value with a zone offset is
   * converted to the wall clock of `zone` (the session's zone, see {@link sessionSql}).
   */
  parseTs(expr: string, formats: readonly string[] | undefined, zone: string): string;
  /** A timestamp plus a whole number of days. */
  addDays(ts: string, days: string): string;
  /** A timestamp literal from `YYYY-MM-DD HH:MM:SS`. */
  tsLit(value: string): string;
  /** Shifted and formatted text from a timestamp expression. */
  shiftFormat(ts: string, days: string, type: 'datetime' | 'date'): string;
  /** 1-based source row number of alias `s`. */
  row(alias: string): string;
  /** Text type name. */
  readonly text: string;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteStr = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const hasZone = (f: string): boolean => f.includes('%z') || f.includes('%Z');

/** ISO forms PostgreSQL's cast reads (offsets and 24:00 included), as a POSIX regular expression. */
const PG_ISO = '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?$';

/** strptime directives → PostgreSQL `to_timestamp` template and shape (`null`: not supported). */
const PG_DIRECTIVES: Readonly<Record<string, readonly [string, string] | null>> = {
  Y: ['YYYY', '[0-9]{4}'],
  y: ['YY', '[0-9]{2}'],
  m: ['MM', '[0-9]{1,2}'],
  d: ['DD', '[0-9]{1,2}'],
  H: ['HH24', '[0-9]{1,2}'],
  I: ['HH12', '[0-9]{1,2}'],
  M: ['MI', '[0-9]{1,2}'],
  S: ['SS', '[0-9]{1,2}'],
  p: ['AM', '([AaPp][Mm])'],
  b: ['Mon', '[A-Za-z]{3}'],
  j: ['DDD', '[0-9]{1,3}'],
  f: ['US', '[0-9]{1,6}'],
};
/** strptime directives BigQuery's PARSE_DATETIME reads the same way. */
const BQ_DIRECTIVES = new Set(['Y', 'y', 'm', 'd', 'H', 'I', 'M', 'S', 'p', 'b', 'B', 'j', 'z']);

/**
 * A strptime format as a PostgreSQL template and anchored shape, or undefined when a directive
 * has no PostgreSQL equivalent.
 */
function pgFormat(f: string): { template: string; shape: string } | undefined {
  let template = '';
  let shape = '';
  for (let i = 0; i < f.length; i++) {
    const c = f[i] as string;
    if (c === '%') {
      const dir = PG_DIRECTIVES[f[++i] ?? ''];
      if (!dir) return undefined;
      template += dir[0];
      shape += dir[1];
    } else if (c === '"' || c === '\\') {
      return undefined;
    } else if (/[A-Za-z]/.test(c)) {
      template += `"${c}"`; // a literal letter is quoted in the template
      shape += c;
    } else {
      template += c;
      shape += /[0-9 ]/.test(c) ? c : `[${c === '^' || c === ']' || c === '-' ? `\\${c}` : c}]`;
    }
  }
  return { template, shape: `^${shape}$` };
}

/**
 * The strptime `formats` a column's dates are read with: a shifted column's, or those of a
 * dropped column the look-ups read as a date (the patients' birth and death dates).
 *
 * @param rule - the column's rule
 * @returns the formats, or undefined for the default forms
 */
export function dateFormats(rule: ColumnRule | undefined): readonly string[] | undefined {
  return rule?.rule === 'shift' || rule?.rule === 'drop' ? rule.formats : undefined;
}

/**
 * Why a config cannot be written in a dialect (a `formats` directive it cannot read the way
 * the run does), one issue per format; empty when it can.
 *
 * @param config - the config
 * @param dialect - the target
 * @returns the issues
 */
export function dialectIssues(config: ReleaseConfig, dialect: SqlDialect): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const [name, t] of Object.entries(config.tables)) {
    for (const [c, r] of Object.entries(t.columns)) {
      if (r.rule !== 'shift') continue;
      for (const [i, f] of (r.formats ?? []).entries()) {
        const path = `tables.${name}.columns.${c}.formats[${i}]`;
        if (dialect === 'postgres' && !pgFormat(f)) issues.push({ path, message: 'PostgreSQL cannot read this strptime format as the run does (supported: %Y %y %m %d %H %I %M %S %p %b %j %f and punctuation)' });
        if (dialect === 'bigquery' && [...f.matchAll(/%(.)/g)].some((m) => !BQ_DIRECTIVES.has(m[1] as string))) issues.push({ path, message: 'BigQuery cannot read this strptime format as the run does (supported: %Y %y %m %d %H %I %M %S %p %b %B %j %z)' });
      }
    }
  }
  return issues;
}

/** The three dialects. */
export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = {
  duckdb: {
    name: 'duckdb',
    ident: quoteIdent,
    str: quoteStr,
    // The plain cast reads the common offset-free forms fast (it returns NULL, never a wrong
    // value, for a 10-, 16- or 19-character value with an offset); anything else goes through
    // TIMESTAMPTZ (ten times slower), whose offset is converted to the zone's wall clock.
    parseTs: (e, f, zone) => {
      const plain = (f ?? []).filter((x) => !hasZone(x));
      const zoned = (f ?? []).filter(hasZone);
      return `COALESCE(CASE WHEN strlen(${e}) IN (10, 16, 19) THEN TRY_CAST(${e} AS TIMESTAMP) END${plain.length ? `, try_strptime(${e}, [${plain.map(quoteStr).join(', ')}])` : ''}${zoned.map((x) => `, timezone(${quoteStr(zone)}, try_strptime(${e}, ${quoteStr(x)}))`).join('')}, timezone(${quoteStr(zone)}, TRY_CAST(${e} AS TIMESTAMPTZ)))`;
    },
    addDays: (ts, d) => `(${ts} + to_days(CAST(${d} AS INTEGER)))`,
    tsLit: (v) => `TIMESTAMP ${quoteStr(v)}`,
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
    parseTs: (e, f) => {
      const forms = (f ?? []).map((x) => pgFormat(x)).filter((x): x is { template: string; shape: string } => x !== undefined);
      return `(CASE WHEN ${e} ~ ${quoteStr(PG_ISO)} THEN pg_temp.ehr_try_timestamp(${e}, NULL)${forms.map((x) => ` WHEN ${e} ~ ${quoteStr(x.shape)} THEN pg_temp.ehr_try_timestamp(${e}, ${quoteStr(x.template)})`).join('')} END)`;
    },
    addDays: (ts, d) => `(${ts} + make_interval(days => CAST(${d} AS integer)))`,
    tsLit: (v) => `TIMESTAMP ${quoteStr(v)}`,
    shiftFormat: (ts, d, type) => `to_char(${ts} + make_interval(days => CAST(${d} AS integer)), ${quoteStr(type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH24:MI:SS')})`,
    row: (a) => `${a}._row`,
    text: 'text',
  },
  bigquery: {
    name: 'bigquery',
    ident: (n) => `\`${n.replace(/`/g, '')}\``,
    str: (v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
    // DATETIME has no 24:00: the end of a day is read as the next midnight, as the run reads it
    parseTs: (e, f, zone) =>
      `COALESCE(SAFE_CAST(${e} AS DATETIME), IF(REGEXP_CONTAINS(${e}, r'^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T]24:00(:00)?$'), DATETIME_ADD(SAFE_CAST(SUBSTR(${e}, 1, 10) AS DATETIME), INTERVAL 1 DAY), NULL)${(f ?? [])
        .map((x) => (hasZone(x) ? `, DATETIME(SAFE.PARSE_TIMESTAMP(${quoteStr(x)}, ${e}), ${quoteStr(zone)})` : `, SAFE.PARSE_DATETIME(${quoteStr(x)}, ${e})`))
        .join('')}, DATETIME(SAFE_CAST(${e} AS TIMESTAMP), ${quoteStr(zone)}))`,
    addDays: (ts, d) => `DATETIME_ADD(${ts}, INTERVAL CAST(${d} AS INT64) DAY)`,
    tsLit: (v) => `DATETIME ${quoteStr(v)}`,
    shiftFormat: (ts, d, type) => `FORMAT_DATETIME(${quoteStr(type === 'date' ? '%Y-%m-%d' : '%Y-%m-%d %H:%M:%S')}, DATETIME_ADD(${ts}, INTERVAL CAST(${d} AS INT64) DAY))`,
    row: (a) => `${a}._row`,
    text: 'STRING',
  },
};

/**
 * Statements that set a session up to read the release's times the way the run does (the zone
 * offsets convert to).
 *
 * @param d - the dialect
 * @param zone - the config's `shift.timeZone`
 * @returns SQL statements (none for BigQuery, whose expressions name the zone)
 */
export function sessionSql(d: Dialect, zone: string): string[] {
  if (d.name === 'duckdb') return [`SET TimeZone = ${quoteStr(zone)}`];
  if (d.name === 'postgres') return [`SET TIME ZONE ${quoteStr(zone)}`];
  return [];
}

/** Row outcome reasons produced in SQL (plus CSV_MALFORMED and SCRUB_FAILED from outside). */
export type QuarantineReason = 'CSV_MALFORMED' | 'UNKNOWN_PATIENT' | 'DATE_INVALID' | 'DATE_OUT_OF_RANGE' | 'INTERVAL_INVALID' | 'ID_UNKNOWN' | 'DUPLICATE_KEY' | 'KEY_CONFLICT' | 'SCRUB_FAILED' | 'NOTE_KEY_MISSING';

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
  /** `lk_merged(source_key, canonical_key)`: MRN merges, for key conflicts. */
  merged: 'lk_merged',
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
  /** The released order: ids (patient first), note ids, shifted times, then every other column (SQL list). */
  readonly orderBy: string;
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
  const zone = config.shift.timeZone;
  // datetimes are parsed once, in an inner projection, and reused by the checks and the output
  const shiftCols = Object.entries(t.columns).filter(([, r]) => r.rule === 'shift');
  const tsName = new Map(shiftCols.map(([c], i) => [c, `__ts${i}`]));
  const base = ctx.source ?? I(names.src(name));
  const parsed = shiftCols.map(([c, r]) => `${d.parseTs(`s0.${I(c)}`, r.rule === 'shift' ? r.formats : undefined, zone)} AS ${I(tsName.get(c) as string)}`);
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
  // a table others link through: its own key is unique and names one patient
  const keyed = Boolean(t.key && t.patient !== 'none' && !ctx.source);
  if (keyed) joins.push(`LEFT JOIN ${I(names.link(name))} AS kl ON kl.${I('key')} = ${col(t.key as string)}`);

  // Conditions, in priority order: [condition, reason, column]. What is wrong with the row
  // itself (quarantine) comes first, then cohort exclusion, so a bad row of an excluded patient
  // is counted as what it is; then references to rows that were not released.
  const conds: [string, string, string | null][] = [];
  // references to ids of rows not released: after the cohort (an excluded patient's admission
  // has no id, and its rows are excluded, not unknown)
  const late: [string, string, string | null][] = [];
  if (ctx.hasQuarantine) conds.push([`q.${I('reason')} IS NOT NULL`, `q.${I('reason')}`, `q.${I('column_name')}`]);
  if (patientExpr) conds.push([`p.${I('source_key')} IS NULL`, S('UNKNOWN_PATIENT'), S(patientCol as string)]);
  if (keyed) {
    conds.push([`kl.${I('conflict')}`, S('KEY_CONFLICT'), S(t.key as string)]);
    conds.push([`kl.${I('first_row')} <> ${d.row('s')}`, S('DUPLICATE_KEY'), S(t.key as string)]);
  }
  if (t.patient !== 'none' && 'through' in t.patient) conds.push([`l.${I('conflict')}`, S('KEY_CONFLICT'), S(patientCol as string)]);
  const select: string[] = [];
  const outputColumns: string[] = [];
  const sortIds: string[] = [];
  const sortPatient: string[] = [];
  const sortNotes: string[] = [];
  const sortTimes: string[] = [];
  const emit = (expr: string, out: string, sort?: string[]): void => {
    select.push(`${expr} AS ${I(out)}`);
    outputColumns.push(out);
    sort?.push(out);
  };
  // inherited columns first
  const parentIds = t.patient !== 'none' && 'through' in t.patient ? inheritable(config.tables, t.patient.table) : new Map<string, string>();
  for (const inh of t.inherit ?? []) {
    if (inh === 'subject_id') emit(`p.${I('subject_id')}`, 'subject_id', sortPatient);
    else {
      const ns = parentIds.get(inh) as string;
      const a = `ih_${outputColumns.length}`;
      if (ns === pns) {
        joins.push(`LEFT JOIN ${I(names.patients)} AS ${a} ON ${a}.${I('source_key')} = l.${I(inh)}`);
        emit(`${a}.${I('subject_id')}`, inh, sortPatient);
      } else {
        joins.push(`LEFT JOIN ${I(names.ids(ns))} AS ${a} ON ${a}.${I('source_key')} = l.${I(inh)}`);
        if (defined.has(ns)) late.push([`l.${I(inh)} IS NOT NULL AND ${a}.${I('id')} IS NULL`, S('ID_UNKNOWN'), S(patientCol as string)]);
        emit(`${a}.${I('id')}`, inh, sortIds);
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
          if (c === patientCol && t.patient !== 'none' && 'column' in t.patient) emit(`p.${I('subject_id')}`, out, sortPatient);
          else {
            const a = `pc_${joinIndex++}`;
            joins.push(`LEFT JOIN ${I(names.patients)} AS ${a} ON ${a}.${I('source_key')} = ${col(c)}`);
            late.push([`${col(c)} IS NOT NULL AND ${a}.${I('subject_id')} IS NULL`, S('ID_UNKNOWN'), S(c)]);
            emit(`${a}.${I('subject_id')}`, out, sortPatient);
          }
        } else {
          const a = `i_${joinIndex++}`;
          joins.push(`LEFT JOIN ${I(names.ids(r.namespace))} AS ${a} ON ${a}.${I('source_key')} = ${col(c)}`);
          if (defined.has(r.namespace) && !(defined.get(r.namespace) === name && c === t.key)) late.push([`${col(c)} IS NOT NULL AND ${a}.${I('id')} IS NULL`, S('ID_UNKNOWN'), S(c)]);
          emit(`${a}.${I('id')}`, out, sortIds);
        }
        break;
      }
      case 'shift': {
        const ts = `s.${I(tsName.get(c) as string)}`;
        conds.push([`${col(c)} IS NOT NULL AND ${ts} IS NULL`, S('DATE_INVALID'), S(c)]);
        // a placeholder (0001-01-01, 9999-12-31) or a year no record has would disclose the
        // patient's offset once shifted: outside the plausible source years, or shifted out of
        // the release window, the row is quarantined (lk_patients holds each patient's bounds)
        conds.push([`${ts} IS NOT NULL AND (${ts} < p.${I('ts_lo')} OR ${ts} >= p.${I('ts_hi')})`, S('DATE_OUT_OF_RANGE'), S(c)]);
        emit(d.shiftFormat(ts, `p.${I('offset_days')}`, r.type ?? 'datetime'), out, sortTimes);
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
        emit(`n.${I('note_id')}`, out, sortNotes);
        break;
      }
    }
  }
  // discharge before admission
  const adm = config.patients.admissions;
  if (name === adm.table && tsName.has(adm.admit) && tsName.has(adm.discharge)) {
    const [a, b] = [`s.${I(tsName.get(adm.admit) as string)}`, `s.${I(tsName.get(adm.discharge) as string)}`];
    conds.push([`${a} IS NOT NULL AND ${b} IS NOT NULL AND ${b} < ${a}`, S('INTERVAL_INVALID'), S(adm.discharge)]);
  }
  if (name === config.patients.table) {
    joins.push(`LEFT JOIN ${I(names.anchors)} AS a ON a.${I('canonical_key')} = p.${I('canonical_key')}`);
    for (const c of ['anchor_age', 'anchor_year', 'anchor_year_group', 'dod']) emit(`a.${I(c)}`, c);
  }
  if (patientExpr) conds.push([`NOT p.${I('included')}`, S('EXCLUDED'), null]);
  conds.push(...late);
  const reason = conds.length ? `CASE ${conds.map(([w, r]) => `WHEN ${w} THEN ${r}`).join(' ')} ELSE NULL END` : 'CAST(NULL AS ' + d.text + ')';
  const column = conds.length ? `CASE ${conds.map(([w, , c]) => `WHEN ${w} THEN ${c ?? 'NULL'}`).join(' ')} ELSE NULL END` : 'CAST(NULL AS ' + d.text + ')';
  const from = joins.join('\n  ');
  // The release filter is the same test as `reason IS NULL`, written as a conjunction of
  // boolean predicates (much faster than comparing CASE strings); a NULL anywhere drops the row.
  const where = conds.length ? conds.map(([w]) => `NOT (${w})`).join('\n  AND ') : 'TRUE';
  // The released order carries nothing from the source's: ids, note ids, shifted times, then
  // every other released column (NULLs last, as every engine can be told)
  const sorted = [...sortPatient, ...sortIds, ...sortNotes, ...sortTimes];
  const orderBy = [...sorted, ...outputColumns.filter((c) => !sorted.includes(c))].map((c) => `${I(c)} NULLS LAST`).join(', ');
  const releaseSql = `SELECT\n  ${select.join(',\n  ')}\nFROM ${from}\nWHERE ${where}\nORDER BY ${orderBy}`;
  const conditions = conds.map(([when, r, c]) => ({ when, reasonName: /^'[A-Z_]+'$/.test(r) ? r.slice(1, -1) : undefined, column: c === null ? null : /^'.*'$/.test(c) ? c.slice(1, -1).replace(/''/g, "'") : null }));
  return { from, reason, column, select, outputColumns, releaseSql, conditions, orderBy };
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
  // conflict: the key names more than one patient (set once patients are known, see lookups)
  return `CREATE TABLE ${I(names.link(name))} AS\nSELECT s.${I(t.key as string)} AS ${I('key')}, MIN(${patient}) AS ${I('patient_key')}${cols.length ? ', ' + cols.join(', ') : ''}, MIN(${d.row('s')}) AS ${I('first_row')}, FALSE AS ${I('conflict')}\nFROM ${from.join(' ')}\nWHERE s.${I(t.key as string)} IS NOT NULL\nGROUP BY s.${I(t.key as string)}`;
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

/**
 * SQL (DuckDB) that marks the keys of a linked-through table that name more than one patient
 * (MRN merges resolved through `lk_merged`), or whose parent key does: their rows and their
 * children's are quarantined (`KEY_CONFLICT`), instead of being released twice under one id.
 * Run in link order, after every link table is built.
 *
 * @param name - a table with a `key` and a patient link
 * @param config - the config
 * @returns a CREATE OR REPLACE TABLE statement for `lk_link_<name>`
 */
export function conflictSql(name: string, config: ReleaseConfig): string {
  const t = config.tables[name] as TableConfig;
  const I = quoteIdent;
  const key = `s.${I(t.key as string)}`;
  let pk = 'NULL';
  let parent = 'FALSE';
  let join = '';
  if (t.patient !== 'none' && 'column' in t.patient) pk = `s.${I(t.patient.column)}`;
  else if (t.patient !== 'none') {
    join = ` LEFT JOIN ${I(names.link(t.patient.table))} AS l ON l.${I('key')} = s.${I(t.patient.through)}`;
    pk = `l.${I('patient_key')}`;
    parent = `l.${I('conflict')}`;
  }
  const keys = `SELECT ${key} AS ${I('key')}, count(DISTINCT COALESCE(m.${I('canonical_key')}, ${pk})) > 1 OR bool_or(COALESCE(${parent}, FALSE)) AS ${I('conflict')} FROM ${I(names.src(name))} AS s${join} LEFT JOIN ${I(names.merged)} AS m ON m.${I('source_key')} = ${pk} WHERE ${key} IS NOT NULL GROUP BY ${key}`;
  return `CREATE OR REPLACE TABLE ${I(names.link(name))} AS SELECT k.* EXCLUDE (${I('conflict')}), COALESCE(c.${I('conflict')}, FALSE) AS ${I('conflict')} FROM ${I(names.link(name))} AS k LEFT JOIN (${keys}) AS c ON c.${I('key')} = k.${I('key')}`;
}
