/**
 * A readable summary of a release report, for the terminal.
 */
import type { ReleaseReport } from './types.js';

const fmtCounts = (o: Readonly<Record<string, number>>): string =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

/**
 * Formats a release report as an aligned plain-text summary (no data values, only counts).
 *
 * @param report - from `deidentifyTables`
 * @param where - optional folder names to print: the release and the secrets folder
 * @returns several lines of text ending in a newline
 * @example
 * ```ts
 * process.stderr.write(formatReport(report, { out: 'release', secrets: 'secrets' }));
 * ```
 */
export function formatReport(report: ReleaseReport, where: { out?: string; secrets?: string } = {}): string {
  const lines: string[] = [];
  lines.push(`ehr-deid: released ${report.tables.length} tables${where.out ? ` to ${where.out}` : ''} in ${report.seconds.toFixed(1)} s`);
  const w = Math.max(5, ...report.tables.map((t) => t.release.length));
  lines.push(`  ${'table'.padEnd(w)} ${'in'.padStart(9)} ${'out'.padStart(9)} ${'quarant.'.padStart(9)} ${'excluded'.padStart(9)}`);
  for (const t of report.tables) {
    lines.push(`  ${t.release.padEnd(w)} ${String(t.rowsIn).padStart(9)} ${String(t.rowsOut).padStart(9)} ${String(t.quarantined).padStart(9)} ${String(t.excluded).padStart(9)}${t.balanced ? '' : '  UNBALANCED'}`);
  }
  lines.push(`  rows in = rows out + quarantined + excluded: ${report.tables.every((t) => t.balanced) ? 'holds for every table' : 'FAILS'}`);
  lines.push(`  patients: ${report.patients.included} released; excluded ${fmtCounts(report.patients.excluded)}`);
  // ids, not source keys: merged MRNs share their patient's id
  lines.push(`  ids: ${Object.entries(report.ids).map(([ns, v]) => `${ns} ${v.ids ?? v.total}${(v.ids ?? v.total) !== v.total ? ` for ${v.total} source keys` : ''} (${v.assignedThisRun} keys new)`).join(', ') || 'none'}`);
  lines.push(`  PHI spans removed: ${report.phi.spans} (${fmtCounts(report.phi.byType)}) in ${report.phi.textValues} text values`);
  const known = Object.entries(report.phi.bySource ?? {}).filter(([s]) => s.startsWith('known/'));
  if (known.length) lines.push(`  known identifiers found: ${known.reduce((a, [, n]) => a + n, 0)} regions (${fmtCounts(Object.fromEntries(known.map(([s, n]) => [s.slice(6), n])))})`);
  lines.push(`  quarantined rows: ${report.quarantine.rows} (${fmtCounts(report.quarantine.byReason)})${where.secrets && report.quarantine.rows ? ` in ${where.secrets}/quarantine/` : ''}`);
  if (where.secrets) lines.push(`  look-up tables (keep private, never share): ${where.secrets}`);
  return lines.join('\n') + '\n';
}
