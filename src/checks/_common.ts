/**
 * Helpers shared by the check implementations.
 *
 * @internal
 */
import type { Release, TableFile } from './_release.js';
import { sqlIdent } from './_release.js';
import type { CheckContext, CheckOutcome, CheckSpecBase } from './types.js';

/** A skipped outcome. */
export function skipped(description: string, reason: string): CheckOutcome {
  return { status: 'skip', description, counts: {}, examples: [], reason };
}

/**
 * Resolves the actual names of `wanted` columns in `t` (exact, else case-insensitive), or
 * returns the skip/fail outcome for the missing ones.
 */
export async function resolveColumns(
  release: Release,
  t: TableFile,
  wanted: readonly string[],
  spec: CheckSpecBase,
  description: string,
): Promise<{ names: string[] } | { outcome: CheckOutcome }> {
  const cols = await release.columns(t);
  const names: string[] = [];
  const missing: string[] = [];
  for (const w of wanted) {
    const exact = cols.find((c) => c.name === w) ?? cols.find((c) => c.name.toLowerCase() === w.toLowerCase());
    if (exact) names.push(exact.name);
    else missing.push(w);
  }
  if (missing.length === 0) return { names };
  const reason = `table ${t.id} has no column ${missing.join(', ')}`;
  if (spec.ifColumnMissing === 'skip') return { outcome: skipped(description, reason) };
  return { outcome: { status: 'fail', description, counts: {}, examples: [], reason } };
}

/** Column reference as VARCHAR (so CSV text and Parquet numbers compare alike). */
export function asText(alias: string, column: string): string {
  return `CAST(${alias}.${sqlIdent(column)} AS VARCHAR)`;
}

/** Row numbers of the first rows matching `where` (over alias `t` of the numbered table). */
export async function exampleRows(ctx: CheckContext, release: Release, t: TableFile, where: string): Promise<number[]> {
  if (ctx.maxExamples <= 0) return [];
  const rows = await release.rows(`SELECT t.__row FROM ${await release.numbered(t)} AS t WHERE ${where} ORDER BY t.__row LIMIT ${ctx.maxExamples}`, t.id);
  return rows.map((r) => Number(r[0]));
}
