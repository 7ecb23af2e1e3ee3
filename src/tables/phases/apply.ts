/**
 * Phase 3, apply the text rules: every `scrub` column of the releasable rows through the
 * scrubber, in row order, on all cores, into `lk_text_<table>`; a row whose text cannot be
 * scrubbed is quarantined (`SCRUB_FAILED`, its text never written). PHI manifests are written
 * into the release draft beside their table.
 *
 * @internal
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { scrubMany } from '../../text/batch/index.js';
import type { ScrubberOptions } from '../../text/index.js';
import { MIMIC_REMOVED_SECTIONS } from '../../text/removeSections.js';
import { ident } from '../_duck.js';
import { names } from '../_sql.js';
import { scrubTableText, type ScrubFunction } from '../_text.js';
import { prepareTextPhase, textPathOptions } from '../_textPhase.js';
import { plainPlan } from './lookups.js';
import type { Applied, Workspace } from './types.js';

/** What {@link applyText} takes besides the workspace. */
export interface ApplyOptions {
  /** Scrubber worker threads (default: all cores). `0` scrubs in this thread. */
  readonly workers?: number;
  /** Options of the default scrubber. */
  readonly scrubber?: ScrubberOptions;
  /** Replaces the scrubber: one outcome per note, in order. */
  readonly scrub?: ScrubFunction;
}

/**
 * Scrubs every text column of the release.
 *
 * @param ws - the workspace (look-ups computed)
 * @param draftDir - the release draft (PHI manifests are written there)
 * @param options - scrubber, workers
 * @returns text columns per table, PHI counts, manifests written
 */
export async function applyText(ws: Workspace, draftDir: string, options: ApplyOptions = {}): Promise<Applied> {
  const { config, conn, conn2 } = ws;
  // known identifiers, staff names, the replacement and the review sample (see _textPhase.ts)
  const phase = await prepareTextPhase(conn, config, ws.key, options.scrubber);
  const scrubFn: ScrubFunction = options.scrub ?? ((notes) => scrubMany(notes, { workers: options.workers ?? Math.max(1, availableParallelism()), scrubber: phase.scrubber }));
  const phiByType: Record<string, number> = {};
  const phiBySource: Record<string, number> = {};
  let textValues = 0;
  let textChars = 0;
  const manifests: string[] = [];
  const textColumns = new Map<string, string[]>();
  for (const [name, t] of Object.entries(config.tables)) {
    const cols = Object.entries(t.columns).filter(([, r]) => r.rule === 'scrub').map(([c]) => c);
    if (!cols.length) continue;
    textColumns.set(name, cols);
    const manifestCol = Object.entries(t.columns).find(([, r]) => r.rule === 'scrub' && r.manifest)?.[0];
    let manifest: { column: string; path: string } | undefined;
    if (manifestCol) {
      mkdirSync(join(draftDir, dirname(t.release)), { recursive: true });
      manifest = { column: manifestCol, path: join(draftDir, `${t.release}_phi_manifest.csv`) };
      manifests.push(`${t.release}_phi_manifest.csv`);
    }
    const total = Number((await conn.runAndReadAll(`SELECT count(*) FROM ${ident(names.src(name))}`)).getRowsJS()[0]?.[0] ?? 0);
    let done = 0;
    const sections = cols.map((c) => {
      const r = t.columns[c];
      const rs = r && r.rule === 'scrub' ? r.removeSections : undefined;
      return rs === 'mimic' ? MIMIC_REMOVED_SECTIONS : (rs ?? []);
    });
    const { outcome, failedRows } = await scrubTableText(
      conn,
      conn2,
      name,
      plainPlan(ws, name),
      cols,
      manifest,
      scrubFn,
      () => {
        if (++done % 50 === 0) ws.progress({ phase: 'scrub', table: name, done, total });
      },
      sections,
      textPathOptions(t, cols, phase),
    );
    ws.progress({ phase: 'scrub', table: name, done: total, total });
    for (const [k, v] of Object.entries(outcome.spansByType)) phiByType[k] = (phiByType[k] ?? 0) + v;
    for (const [k, v] of Object.entries(outcome.spansBySource)) phiBySource[k] = (phiBySource[k] ?? 0) + v;
    textValues += outcome.notes;
    textChars += outcome.chars;
    if (failedRows.length) {
      const app = await conn.createAppender(names.quarantine(name));
      for (const f of failedRows) {
        app.appendBigInt(BigInt(f.row));
        app.appendVarchar('SCRUB_FAILED');
        app.appendVarchar(f.column);
        app.endRow();
      }
      app.flushSync();
      app.closeSync();
    }
  }
  ws.debug('text');
  return { textColumns, phiByType, phiBySource, ...(phase.review ? { review: phase.review } : {}), textValues, textChars, manifests };
}
