/**
 * The patient look-ups, computed in TypeScript from the staged source tables: MRN merges,
 * cohort rules, subject ids, date offsets and anchors; loaded into DuckDB as `lk_patients` and
 * `lk_anchors`.
 *
 * @internal
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { applyCohortRules, deriveAnchors, type AdmissionTimes } from '../anchors/index.js';
import { createOffsetDeriver, parseDateTime } from '../dates/index.js';
import type { IdTable } from '../ids/index.js';
import type { ReleaseConfig, TableConfig } from './config.js';
import { dateFormats, DIALECTS, names, patientNamespace } from './_sql.js';
import { loadRows, readRows } from './_duck.js';

const D = DIALECTS.duckdb;
const I = D.ident;

/** A patients-table row quarantined while building the look-ups. */
export interface PatientRowIssue {
  readonly row: number;
  readonly reason: 'DATE_INVALID' | 'DATE_OUT_OF_RANGE' | 'DUPLICATE_KEY';
  readonly column: string;
}

/** What {@link buildPatients} returns. */
export interface PatientsOutcome {
  /** Patients by canonical key: included or the cohort reason. */
  readonly included: number;
  readonly excluded: Readonly<Record<string, number>>;
  readonly rowIssues: readonly PatientRowIssue[];
  /** Offsets of every included patient (canonical key → days), to store in the secrets folder. */
  readonly offsets: ReadonlyMap<string, number>;
  /** Canonical key → subject id, for note ids. */
  readonly subjectIds: ReadonlyMap<string, number>;
  /** Every patient key (aliases too) → canonical key. */
  readonly canonical: ReadonlyMap<string, string>;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * Builds and loads `lk_patients` and `lk_anchors`.
 *
 * @param conn - DuckDB connection with `src_*` and `lk_link_*` tables
 * @param config - the config
 * @param options - key, id table, stored offsets, merge pairs, protected keys
 * @returns counts, row issues and the offsets to store
 */
export async function buildPatients(
  conn: DuckDBConnection,
  config: ReleaseConfig,
  options: {
    readonly key: string | Uint8Array;
    readonly ids: IdTable;
    readonly storedOffsets: ReadonlyMap<string, number>;
    readonly merges: readonly (readonly [string, string])[];
    readonly protectedKeys: readonly string[];
    /** Linked true dates of death by source key (any alias); the patients table's own wins. */
    readonly deathDates?: ReadonlyMap<string, string>;
    /** A private working folder (inside the secrets folder) for intermediate files. */
    readonly workDir: string;
  },
): Promise<PatientsOutcome> {
  const pc = config.patients;
  const pns = patientNamespace(config);
  const { sourceYears, timeZone } = config.shift;
  // Birth and death dates are read by the expression the release reads every date with (the
  // column's `formats`, zone offsets converted to shift.timeZone, 24:00), never another way:
  // as epoch milliseconds of the wall-clock time, or null when the value is not a date.
  const pt = config.tables[pc.table] as TableConfig;
  const epoch = (column: string): string => `CAST(epoch_ms(${D.parseTs(`CAST(s0.${I(column)} AS VARCHAR)`, dateFormats(pt.columns[column]), timeZone)}) AS DOUBLE)`;
  const rows = await readRows<{ r: number; k: string | null; b: number | null; d: string | null; dt: number | null }>(
    conn,
    `SELECT CAST(rowid + 1 AS DOUBLE) AS r, CAST(${I(pc.key)} AS VARCHAR) AS k, ${epoch(pc.birthDate)} AS b, ${pc.deathDate ? `CAST(s0.${I(pc.deathDate)} AS VARCHAR) AS d, ${epoch(pc.deathDate)} AS dt` : 'CAST(NULL AS VARCHAR) AS d, CAST(NULL AS DOUBLE) AS dt'} FROM ${I(names.src(pc.table))} AS s0 ORDER BY rowid`, // file order: the first row of a patient wins
    options.workDir,
  );

  const uf = new UnionFind();
  for (const [from, to] of options.merges) uf.union(to, from);
  const rowIssues: PatientRowIssue[] = [];
  // first: the first admission the release can shift (it sets the offset and the anchors);
  // seen: the first admission whose time is known at all (the cohort rules are decided on it);
  // undated: admissions whose time is unknown (unparseable or implausible)
  interface P { key: string; birth: Date; death: Date | string | null; aliases: string[]; admissions: AdmissionTimes[]; first?: Date; seen?: Date; undated: number }
  const byRoot = new Map<string, P>();
  for (const { r: row, k, b, d, dt } of rows) {
    if (k === null) continue; // a null key: its row is quarantined as UNKNOWN_PATIENT by SQL
    if (b === null) {
      rowIssues.push({ row, reason: 'DATE_INVALID', column: pc.birthDate });
      continue;
    }
    const birth = new Date(b);
    const by = birth.getUTCFullYear();
    if (by < sourceYears.from || by > sourceYears.to) {
      rowIssues.push({ row, reason: 'DATE_OUT_OF_RANGE', column: pc.birthDate });
      continue;
    }
    if (d !== null && dt === null && pc.deathDate) {
      rowIssues.push({ row, reason: 'DATE_INVALID', column: pc.deathDate });
      continue;
    }
    const root = uf.find(k);
    if (byRoot.has(root)) {
      rowIssues.push({ row, reason: 'DUPLICATE_KEY', column: pc.key });
      continue;
    }
    byRoot.set(root, { key: k, birth, death: dt === null ? null : new Date(dt), aliases: [k], admissions: [], undated: 0 });
  }
  const canonical = new Map<string, string>();
  for (const [from, to] of options.merges) {
    for (const k of [from, to]) {
      const p = byRoot.get(uf.find(k));
      if (p && !p.aliases.includes(k)) p.aliases.push(k);
    }
  }
  for (const p of byRoot.values()) for (const a of p.aliases) canonical.set(a, p.key);
  if (options.deathDates) {
    for (const p of byRoot.values()) {
      if (p.death !== null) continue;
      for (const a of p.aliases) {
        const linked = options.deathDates.get(a);
        if (linked === undefined) continue;
        parseDateTime(linked); // DATE_INVALID (never the value) for a bad linked date
        p.death = linked;
        break;
      }
    }
  }

  // admissions → timelines
  const at = config.tables[pc.admissions.table] as TableConfig;
  const link = at.patient !== 'none' && 'through' in at.patient ? at.patient : undefined;
  const pkExpr = at.patient !== 'none' && 'column' in at.patient ? `s.${I(at.patient.column)}` : 'l.patient_key';
  // An admission anchors its patient exactly when the release can shift it: both times read by
  // the expression the release uses (the columns' `formats` and zone included), plausible, in
  // order, and its key naming one patient once. Times are folded per patient key in SQL: only
  // the first admission and the last discharge anchor a patient. An admission whose time is
  // unknown could be the patient's first, at an age the cohort rules would exclude: it is
  // counted, and its patient excluded (ADMISSION_DATE_INVALID) rather than anchored on a later one.
  const ts = (column: string): string => {
    const rule = at.columns[column];
    return D.parseTs(`s0.${I(column)}`, rule?.rule === 'shift' ? rule.formats : undefined, timeZone);
  };
  const lo = D.tsLit(`${String(sourceYears.from).padStart(4, '0')}-01-01 00:00:00`);
  const hi = D.tsLit(`${String(sourceYears.to + 1).padStart(4, '0')}-01-01 00:00:00`);
  const keyed = at.key !== undefined;
  const folded = await readRows<{ k: string; first: number | null; last: number | null; seen: number | null; undated: number }>(
    conn,
    `SELECT k, CAST(epoch_ms(min(a) FILTER (WHERE ok)) AS DOUBLE) AS first, CAST(epoch_ms(max(d) FILTER (WHERE ok)) AS DOUBLE) AS last, CAST(epoch_ms(min(a) FILTER (WHERE a_ok)) AS DOUBLE) AS seen, CAST(count(*) FILTER (WHERE NOT a_ok) AS DOUBLE) AS undated FROM (` +
      `SELECT k, a, d, a_ok, a_ok AND d IS NOT NULL AND d >= ${lo} AND d < ${hi} AND d >= a AND NOT bad AS ok FROM (` +
      `SELECT CAST(${pkExpr} AS VARCHAR) AS k, ta AS a, td AS d, ta IS NOT NULL AND ta >= ${lo} AND ta < ${hi} AS a_ok, ${keyed ? `COALESCE(kl.conflict OR kl.first_row <> s.rowid + 1, FALSE)` : 'FALSE'} AS bad ` +
      `FROM (SELECT s0.*, s0.rowid AS rowid, ${ts(pc.admissions.admit)} AS ta, ${ts(pc.admissions.discharge)} AS td FROM ${I(names.src(pc.admissions.table))} AS s0) AS s` +
      (link ? ` LEFT JOIN ${I(names.link(link.table))} AS l ON l."key" = s.${I(link.through)}` : '') +
      (keyed ? ` LEFT JOIN ${I(names.link(pc.admissions.table))} AS kl ON kl."key" = s.${I(at.key as string)}` : '') +
      `)) WHERE k IS NOT NULL GROUP BY k`,
    options.workDir,
  );
  for (const { k, first, last, seen, undated } of folded) {
    const c = canonical.get(k);
    if (c === undefined) continue;
    const p = byRoot.get(uf.find(c)) as P;
    p.undated += undated;
    if (seen !== null && (!p.seen || seen < p.seen.getTime())) p.seen = new Date(seen);
    if (first === null || last === null) continue;
    const admit = new Date(first);
    p.admissions.push({ admittime: admit, dischtime: new Date(last) });
    if (!p.first || admit < p.first) p.first = admit;
  }

  // cohort
  const excluded: Record<string, number> = {};
  const protectedCanonical = new Set(options.protectedKeys.map((k) => canonical.get(k) ?? k));
  const withAdmissions = [...byRoot.values()].filter((p) => {
    const reason = p.undated ? 'ADMISSION_DATE_INVALID' : p.first ? undefined : 'NO_ADMISSIONS';
    if (reason) excluded[reason] = (excluded[reason] ?? 0) + 1;
    return reason === undefined;
  });
  const cohort = applyCohortRules(
    withAdmissions.map((p) => ({ key: p.key, birthDate: p.birth, firstAdmit: (p.seen ?? p.first) as Date })),
    { minAge: pc.cohort?.minAge ?? 18, protectedKeys: protectedCanonical },
  );
  for (const e of cohort.excluded) excluded[e.reason] = (excluded[e.reason] ?? 0) + 1;
  const included = new Set(cohort.included);

  // offsets, ids, anchors
  const offsetOf = createOffsetDeriver(options.key, { window: { startYear: config.shift.startYear, endYear: config.shift.endYear } });
  const offsets = new Map<string, number>();
  const subjectIds = new Map<string, number>();
  const patientRows: unknown[][] = [];
  const anchorRows: unknown[][] = [];
  for (const p of byRoot.values()) {
    const inc = included.has(p.key);
    let subject: number | null = null;
    let offset: number | null = null;
    if (inc) {
      offset = options.storedOffsets.get(p.key) ?? offsetOf(p.key, p.first as Date);
      offsets.set(p.key, offset);
      subject = p.aliases.length > 1 ? options.ids.merge(pns, [p.key, ...p.aliases.filter((a) => a !== p.key).sort()]) : options.ids.assign(pns, p.key);
      subjectIds.set(p.key, subject);
      const a = deriveAnchors({ birthDate: p.birth, admissions: p.admissions, dod: p.death }, offset);
      anchorRows.push([p.key, a.anchor_age, a.anchor_year, a.anchor_year_group, a.dod]);
    }
    for (const alias of p.aliases) patientRows.push([alias, p.key, subject, offset, inc]);
  }
  await loadRows(conn, names.patients, [['source_key', 'VARCHAR'], ['canonical_key', 'VARCHAR'], ['subject_id', 'BIGINT'], ['offset_days', 'INTEGER'], ['included', 'BOOLEAN']], patientRows);
  // the source times each patient's rows may hold: plausible (shift.sourceYears), and inside the
  // release window once shifted by the patient's offset; precomputed here, so the release checks
  // each time with two comparisons instead of shifting it twice
  const y4 = (y: number): string => String(y).padStart(4, '0');
  const bound = (src: string, window: string, pick: 'greatest' | 'least'): string => `${pick}(${D.tsLit(`${src} 00:00:00`)}, ${D.addDays(D.tsLit(`${window} 00:00:00`), '-offset_days')})`;
  await conn.run(
    `CREATE OR REPLACE TABLE ${I(names.patients)} AS SELECT *, ${bound(`${y4(sourceYears.from)}-01-01`, `${y4(config.shift.startYear)}-01-01`, 'greatest')} AS ts_lo, ${bound(`${y4(sourceYears.to + 1)}-01-01`, `${y4(config.shift.endYear + 1)}-01-01`, 'least')} AS ts_hi FROM ${I(names.patients)}`,
  );
  await loadRows(conn, names.anchors, [['canonical_key', 'VARCHAR'], ['anchor_age', 'INTEGER'], ['anchor_year', 'INTEGER'], ['anchor_year_group', 'VARCHAR'], ['dod', 'VARCHAR']], anchorRows);
  return { included: included.size, excluded, rowIssues, offsets, subjectIds, canonical };
}
