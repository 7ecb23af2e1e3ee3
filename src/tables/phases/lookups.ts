/**
 * Phase 2, compute the look-ups: the link tables, then patients (merges, cohort, subject ids,
 * offsets, anchors), the quarantine look-ups, the ids of every namespace and the note ids,
 * each loaded into the work database as an `lk_*` table the release SQL joins. Also stages
 * them for the secrets folder ({@link stageLookups}), so later runs keep earlier assignments.
 *
 * @internal
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../../errors.js';
import { createIdTable, formatNoteId, loadIdTable, MIMIC_ID_NAMESPACES, serializeIdTable, type IdNamespace, type IdTable } from '../../ids/index.js';
import { engineFailure } from '../_engineErrors.js';
import { readNoteIds, readOffsets, serializeKeyed, stageSecrets, type StagedSecrets } from '../_secrets.js';
import { inheritable, type TableConfig } from '../config.js';
import { ident, loadRows, readRows } from '../_duck.js';
import { buildPatients } from '../_patients.js';
import { readSourceSql, sourceColumns } from '../_source.js';
import { conflictSql, definedNamespaces, DIALECTS, linkOrder, linkTableSql, names, patientNamespace, planTable, referencedNamespaces, type TablePlan } from '../_sql.js';
import type { Lookups, Staged, Workspace } from './types.js';

/** What {@link computeLookups} takes besides the workspace. */
export interface LookupOptions {
  /** Extra id namespaces (beyond MIMIC's and the config's). */
  readonly namespaces?: readonly IdNamespace[];
  /** Linked true dates of death (source patient key or alias → date). */
  readonly deathDates?: ReadonlyMap<string, string>;
}

const d = DIALECTS.duckdb;

/** Paths of the look-ups saved in the secrets folder. */

/**
 * Builds every look-up table of the release from the staged sources.
 *
 * @param ws - the workspace
 * @param staged - from `stageSources`
 * @param options - extra namespaces, linked dates of death
 * @returns the id table, patients, note ids and counts for the report
 * @throws DeidError `CONFIG_INVALID` (unknown namespace, a cycle of key-defined namespaces),
 *   `ID_TABLE_CORRUPT` (a stored look-up), `IO_FAILED` (merges or protected file)
 */
export async function computeLookups(ws: Workspace, staged: Staged, options: LookupOptions = {}): Promise<Lookups> {
  const { config, conn, key, workDir } = ws;
  const tables = Object.entries(config.tables);
  // links, then patients (merges, cohort, subject ids, offsets, anchors)
  for (const name of linkOrder(config)) if (config.tables[name]?.key && config.tables[name]?.patient !== 'none') await conn.run(linkTableSql(name, config, d));
  const namespaces = mergeNamespaces([...config.namespaces, ...(options.namespaces ?? [])]);
  const { paths } = ws;
  const ids: IdTable = existsSync(paths.ids) ? await loadIdTable(paths.ids, { key, namespaces }) : createIdTable({ key, namespaces });
  const idsBefore: Record<string, number> = {};
  for (const ns of namespaces) idsBefore[ns.name] = ids.size(ns.name);
  const pc = config.patients;
  const merges = pc.merges ? (await readList(conn, join(config.input, pc.merges.file), [pc.merges.from, pc.merges.to], 'merges')).map(([a, b]) => [a, b] as [string, string]) : [];
  // a key under two patients (MRN merges resolved) is a conflict: marked in its link table
  await loadRows(conn, names.merged, [['source_key', 'VARCHAR'], ['canonical_key', 'VARCHAR']], mergedKeys(merges));
  for (const name of linkOrder(config)) if (config.tables[name]?.key && config.tables[name]?.patient !== 'none') await conn.run(conflictSql(name, config));
  const protectedKeys = pc.cohort?.protected ? (await readList(conn, join(config.input, pc.cohort.protected.file), [pc.cohort.protected.column], 'protected')).map(([a]) => a as string) : [];
  const patients = await buildPatients(conn, config, { workDir, key, ids, storedOffsets: readOffsets(paths.offsets, key), merges, protectedKeys, ...(options.deathDates ? { deathDates: options.deathDates } : {}) });
  ws.debug('patients');

  // quarantine look-ups, empty id and note look-ups so every plan binds
  const pns = patientNamespace(config);
  const usedNs = new Set<string>();
  for (const [, t] of tables) for (const r of Object.values(t.columns)) if (r.rule === 'id' && r.namespace !== pns) usedNs.add(r.namespace);
  for (const ns of usedNs) if (!namespaces.some((n) => n.name === ns)) throw new DeidError('CONFIG_INVALID', 'an id rule names an unknown namespace', { issues: [{ path: 'namespace', message: `unknown namespace (known: ${namespaces.map((n) => n.name).join(', ')})` }] });
  for (const [name] of tables) {
    const rows = name === pc.table ? patients.rowIssues.map((i) => [i.row, i.reason, i.column]) : [];
    await loadRows(conn, names.quarantine(name), [['row_num', 'BIGINT'], ['reason', 'VARCHAR'], ['column_name', 'VARCHAR']], rows);
  }
  for (const ns of usedNs) await loadRows(conn, names.ids(ns), [['source_key', 'VARCHAR'], ['id', 'BIGINT']], []);
  const noteTables = tables.filter(([, t]) => Object.values(t.columns).some((r) => r.rule === 'noteId'));
  for (const [name] of noteTables) await loadRows(conn, names.notes(name), [['source_key', 'VARCHAR'], ['note_id', 'VARCHAR']], []);

  await assignIds(ws, staged, ids);
  ws.debug('ids');

  // note ids: <subject_id>-<DS|RR>-<seq>, seq per patient in time order, kept across runs
  const storedNotes = readNoteIds(paths.notes, key);
  const noteCounts: Record<string, number> = {};
  for (const [name, t] of noteTables) {
    const [col, rule] = Object.entries(t.columns).find(([, r]) => r.rule === 'noteId') as [string, Extract<TableConfig['columns'][string], { rule: 'noteId' }>];
    const plan = plainPlan(ws, name);
    const orderRule = rule.orderBy ? t.columns[rule.orderBy] : undefined;
    const orderExpr = rule.orderBy ? d.parseTs(`s.${ident(rule.orderBy)}`, orderRule?.rule === 'shift' ? orderRule.formats : undefined, config.shift.timeZone) : 'NULL';
    const rows = (await conn.runAndReadAll(`SELECT p.canonical_key, s.${ident(col)}, ${orderExpr} AS o, s.rowid FROM ${plan.from} WHERE (${plan.reason}) IS NULL ORDER BY 1, 3 NULLS LAST, 4`)).getRowsJS();
    const nextSeq = new Map<string, number>();
    for (const [noteId] of storedNotes.values()) {
      const m = /^(\d+)-(DS|RR)-(\d+)$/.exec(noteId);
      if (m) nextSeq.set(`${m[1]}-${m[2]}`, Math.max(nextSeq.get(`${m[1]}-${m[2]}`) ?? 0, Number(m[3])));
    }
    const lk: [string, string][] = [];
    for (const [canon, src] of rows) {
      const sk = `${name}:${String(src)}`;
      let nid = storedNotes.get(sk)?.[0];
      if (!nid) {
        const subject = patients.subjectIds.get(String(canon)) as number;
        const k = `${subject}-${rule.kind}`;
        const seq = (nextSeq.get(k) ?? 0) + 1;
        nextSeq.set(k, seq);
        nid = formatNoteId(subject, rule.kind, seq);
        storedNotes.set(sk, [nid]);
      }
      lk.push([String(src), nid]);
    }
    noteCounts[name] = lk.length;
    await loadRows(conn, names.notes(name), [['source_key', 'VARCHAR'], ['note_id', 'VARCHAR']], lk);
  }
  ws.debug('notes');
  return { ids, namespaces, idsBefore, patients, storedNotes, noteCounts };
}

/**
 * A staged table's plan without text (its `reason` classifies rows), for the look-ups.
 *
 * @param ws - the workspace
 * @param name - a staged table
 * @returns the plan
 */
export function plainPlan(ws: Workspace, name: string): TablePlan {
  return planTable(name, { config: ws.config, dialect: d, hasQuarantine: true, textColumns: [] });
}

/**
 * Ids. A namespace defined by a table's key (hadm_id by admissions, stay_id by ICU stays) gets
 * ids from that table's released rows, in dependency order; other references must hit a known
 * key (else ID_UNKNOWN). Other namespaces get ids from every released value.
 */
async function assignIds(ws: Workspace, staged: Staged, ids: IdTable): Promise<void> {
  const { config, conn, workDir } = ws;
  const pns = patientNamespace(config);
  const defined = definedNamespaces(config);
  const assign = async (ns: string, values: Iterable<string>): Promise<void> => {
    for (const k of [...new Set(values)].sort()) ids.assign(ns, k);
    await loadRows(conn, names.ids(ns), [['source_key', 'VARCHAR'], ['id', 'BIGINT']], ids.entries(ns));
  };
  const waiting = new Map(defined);
  while (waiting.size) {
    const ready = [...waiting].find(([ns, table]) => [...referencedNamespaces(config, table)].every((r) => r === ns || !waiting.has(r)));
    if (!ready) throw new DeidError('CONFIG_INVALID', 'id namespaces defined by table keys depend on each other in a cycle', { issues: [...waiting].map(([ns, table]) => ({ path: `tables.${table}.key`, message: `defines ${ns}` })) });
    const [ns, table] = ready;
    const key = (config.tables[table] as TableConfig).key as string;
    const plan = plainPlan(ws, table);
    const vals = await readRows<{ v: string }>(conn, `SELECT DISTINCT CAST(s.${ident(key)} AS VARCHAR) AS v FROM ${plan.from} WHERE (${plan.reason}) IS NULL AND s.${ident(key)} IS NOT NULL`, workDir);
    await assign(ns, vals.map((r) => r.v));
    waiting.delete(ns);
  }
  const keysByNs = new Map<string, Set<string>>();
  for (const [name, t] of Object.entries(config.tables)) {
    if (staged.streamed.has(name)) continue;
    const plan = plainPlan(ws, name);
    const parentIds = t.patient !== 'none' && 'through' in t.patient ? inheritable(config.tables, t.patient.table) : new Map<string, string>();
    const exprs: [string, string][] = [];
    for (const [c, r] of Object.entries(t.columns)) if (r.rule === 'id' && r.namespace !== pns && !defined.has(r.namespace)) exprs.push([r.namespace, `s.${ident(c)}`]);
    for (const inh of t.inherit ?? []) {
      const ns = parentIds.get(inh);
      if (inh !== 'subject_id' && ns !== undefined && ns !== pns && !defined.has(ns)) exprs.push([ns, `l.${ident(inh)}`]);
    }
    for (const [ns, e] of exprs) {
      const vals = await readRows<{ v: string }>(conn, `SELECT DISTINCT CAST(${e} AS VARCHAR) AS v FROM ${plan.from} WHERE (${plan.reason}) IS NULL AND ${e} IS NOT NULL`, workDir);
      const set = keysByNs.get(ns) ?? new Set<string>();
      for (const { v } of vals) set.add(v);
      keysByNs.set(ns, set);
    }
  }
  for (const [ns, set] of keysByNs) await assign(ns, set);
}

/**
 * Stages the look-up tables for saving: ids, offsets (earlier ones kept) and note ids, each
 * written and synced under a temporary name beside its file (mode 0600, with its MAC). They are
 * put in place when the release is published, or removed when the run fails or is interrupted,
 * so the secrets never change without a release.
 *
 * @param ws - the workspace
 * @param lookups - what {@link computeLookups} returned
 * @returns the staged files
 * @throws DeidError `IO_FAILED` (a full disk: nothing is left behind), `ID_TABLE_CORRUPT`
 */
export function stageLookups(ws: Workspace, lookups: Lookups): StagedSecrets {
  const { paths, key } = ws;
  const stored = readOffsets(paths.offsets, key);
  for (const [k, v] of lookups.patients.offsets) stored.set(k, v);
  return stageSecrets([
    [paths.ids, serializeIdTable(lookups.ids, 'json')],
    [paths.offsets, serializeKeyed(key, 'offsets', stored)],
    [paths.notes, serializeKeyed(key, 'note_ids', [...lookups.storedNotes].map(([k, [v]]) => [k, v] as const))],
  ]);
}

async function readList(conn: DuckDBConnection, file: string, columns: readonly string[], what: string): Promise<string[][]> {
  if (!existsSync(file)) throw new DeidError('IO_FAILED', `the ${what} file does not exist`, { location: { file } });
  const header = await sourceColumns(conn, file);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw new DeidError('CONFIG_INVALID', `the ${what} file lacks configured columns`, { location: { file }, issues: missing.map((c) => ({ path: `${what}.${c}`, message: 'no such column in the file' })) });
  const { from } = readSourceSql(file, header);
  let rows: unknown[][];
  try {
    rows = (await conn.runAndReadAll(`SELECT ${columns.map(ident).join(', ')} FROM ${from}`)).getRowsJS();
  } catch (err) {
    // never the engine's message or a cause holding it: it quotes the offending line
    throw engineFailure(err, file, `the ${what} file`);
  }
  return rows.filter((r) => r.every((v) => v !== null && v !== undefined)).map((r) => r.map(String));
}

/** Every key named by a merge, with one key of its merged group (union-find root). */
function mergedKeys(merges: readonly (readonly [string, string])[]): [string, string][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of merges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  return [...parent.keys()].map((k) => [k, find(k)]);
}

function mergeNamespaces(extra: readonly IdNamespace[] | undefined): IdNamespace[] {
  const out = [...MIMIC_ID_NAMESPACES];
  for (const ns of extra ?? []) if (!out.some((n) => n.name === ns.name)) out.push(ns);
  return out;
}
