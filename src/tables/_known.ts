/**
 * Known identifiers in the release pipeline: the patients' identifier columns gathered into
 * `lk_known(canonical_key, column_name, kind, value)` (every alias row of a merged patient
 * included), read per chunk of notes for the patients in it; and the staff table read as one
 * list searched in every note.
 *
 * @internal
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { KnownIdentifier, KnownKind } from '../text/detectors/known/knownIdentifiers.js';
import type { ReleaseConfig } from './config.js';
import { ident, lit } from './_duck.js';
import { dateFormats, DIALECTS, names } from './_sql.js';

/** The look-up table of patients' identifiers. */
export const KNOWN_TABLE = 'lk_known';

/**
 * Builds `lk_known` from the patients table's identifier columns.
 *
 * @param conn - connection with `src_<patients table>` and `lk_patients` loaded
 * @param config - the release config
 * @returns true when the config names identifier columns (the table then exists)
 */
export async function buildKnownTable(conn: DuckDBConnection, config: ReleaseConfig): Promise<boolean> {
  const cols = Object.entries(config.patients.identifiers ?? {});
  if (cols.length === 0) return false;
  const src = ident(names.src(config.patients.table));
  const columns = config.tables[config.patients.table]?.columns ?? {};
  // a date written in a configured form (DD/MM/YYYY) is handed over as YYYY-MM-DD, read as the
  // release reads it, so that the note is searched for the right day in every written form
  const value = (c: string, kind: KnownKind): string => {
    const raw = `CAST(s.${ident(c)} AS VARCHAR)`;
    const formats = dateFormats(columns[c]);
    return kind === 'date' && formats ? `COALESCE(strftime(${DIALECTS.duckdb.parseTs(raw, formats, config.shift.timeZone)}, '%Y-%m-%d'), ${raw})` : raw;
  };
  const selects = cols.map(
    ([c, kind]) =>
      `SELECT p.canonical_key, ${lit(c)} AS column_name, ${lit(kind)} AS kind, ${value(c, kind)} AS value ` +
      `FROM ${src} AS s JOIN ${ident(names.patients)} AS p ON p.source_key = s.${ident(config.patients.key)} ` +
      `WHERE s.${ident(c)} IS NOT NULL AND trim(CAST(s.${ident(c)} AS VARCHAR)) <> ''`,
  );
  await conn.run(`CREATE OR REPLACE TABLE ${ident(KNOWN_TABLE)} AS SELECT DISTINCT * FROM (${selects.join(' UNION ALL ')}) ORDER BY 1, 2, 4`);
  return true;
}

/**
 * The identifiers of the patients of some notes, one shared array per patient.
 *
 * @param conn - connection holding `lk_known`
 * @param patientsSql - a query returning the canonical patient keys wanted (one column)
 * @returns canonical key → identifiers
 */
export async function knownForPatients(conn: DuckDBConnection, patientsSql: string): Promise<Map<string, KnownIdentifier[]>> {
  const rows = (await conn.runAndReadAll(`SELECT canonical_key, column_name, kind, value FROM ${ident(KNOWN_TABLE)} WHERE canonical_key IN (${patientsSql})`)).getRowsJS();
  const out = new Map<string, KnownIdentifier[]>();
  for (const [k, column, kind, value] of rows) {
    const key = String(k);
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push({ column: String(column), kind: String(kind) as KnownKind, value: String(value) });
  }
  return out;
}

/**
 * The staff list as known identifiers (one per non-empty cell of the configured columns), their
 * columns named `staff.<column>` (spans: `known/staff.<column>`).
 *
 * @param rows - the staff table's rows, in the order of `columns`
 * @param columns - column names and kinds
 * @returns the identifiers, without duplicates
 */
export function staffIdentifiers(rows: readonly (readonly string[])[], columns: readonly (readonly [string, KnownKind])[]): KnownIdentifier[] {
  const seen = new Set<string>();
  const out: KnownIdentifier[] = [];
  for (const r of rows) {
    columns.forEach(([column, kind], i) => {
      const value = (r[i] ?? '').trim();
      const k = `${column}\u0000${value.toLowerCase()}`;
      if (value === '' || seen.has(k)) return;
      seen.add(k);
      out.push({ column: `staff.${column}`, kind, value });
    });
  }
  return out;
}
