/**
 * Seams of the text phase beyond plain scrubbing, kept apart from the pipeline: the scrubber's
 * options from the config (replacement, staff names), each table's per-note options (patient,
 * known identifiers, dates shifted), and the review sample saved in the secrets folder.
 *
 * @internal
 */
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../errors.js';
import { deriveSubkey } from '../_lib/key.js';
import type { ScrubberOptions } from '../text/scrub.js';
import type { Replacement } from '../text/replace/types.js';
import type { KnownKind } from '../text/detectors/known/knownIdentifiers.js';
import { createReviewSampler, type ReviewSampler } from '../review/sampler.js';
import { reviewPoolPath, writeReviewPool } from '../review/pool.js';
import { refuseSymlink } from '../_lib/files.js';
import type { ReleaseConfig, TableConfig } from './config.js';
import { buildKnownTable, staffIdentifiers } from './_known.js';
import { readSourceSql, sourceColumns } from './_source.js';
import type { TextPathOptions } from './_text.js';
import { ident } from './_duck.js';

/** What the text phase prepared once per run. */
export interface TextPhase {
  /** Options of the default scrubber (config replacement and staff names merged in). */
  readonly scrubber: ScrubberOptions;
  /** `lk_known` exists. */
  readonly known: boolean;
  readonly review: ReviewSampler | undefined;
}

/**
 * The replacement the config asks for: `"surrogate"` (keyed by the release key), `"tag"` or
 * `"[TYPE]"`, or fixed text.
 *
 * @param text - `text.replacement` of the config
 * @param key - the release key
 * @returns the scrubber's replacement option
 */
export function configReplacement(text: string | undefined, key: string | Uint8Array): Replacement | undefined {
  if (text === undefined) return undefined;
  if (text === 'surrogate') return { mode: 'surrogate', key };
  if (text === 'tag' || text === '[TYPE]') return { mode: 'tag' };
  return text;
}

async function readStaff(conn: DuckDBConnection, file: string, columns: readonly (readonly [string, KnownKind])[]): Promise<string[][]> {
  if (!existsSync(file)) throw new DeidError('IO_FAILED', 'the staff file does not exist', { location: { file } });
  const header = await sourceColumns(conn, file);
  const missing = columns.filter(([c]) => !header.includes(c));
  if (missing.length) throw new DeidError('CONFIG_INVALID', 'the staff file lacks configured columns', { location: { file }, issues: missing.map(([c]) => ({ path: `staff.columns.${c}`, message: 'no such column in the file' })) });
  const { from } = readSourceSql(file, header);
  const rows = (await conn.runAndReadAll(`SELECT ${columns.map(([c]) => ident(c)).join(', ')} FROM ${from}`)).getRowsJS();
  return rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
}

/**
 * Prepares the text phase: `lk_known` from the patients' identifier columns, staff names,
 * the replacement, and the review sampler.
 *
 * @param conn - connection with the patients table and `lk_patients` loaded
 * @param config - the release config
 * @param key - the release key
 * @param base - scrubber options given by the caller (they win over the config)
 * @returns the prepared phase
 */
export async function prepareTextPhase(conn: DuckDBConnection, config: ReleaseConfig, key: string | Uint8Array, base: ScrubberOptions | undefined): Promise<TextPhase> {
  const known = await buildKnownTable(conn, config);
  const scrubber: { -readonly [K in keyof ScrubberOptions]: ScrubberOptions[K] } = { ...(base ?? {}) };
  const replacement = configReplacement(config.text?.replacement, key);
  if (scrubber.replacement === undefined && replacement !== undefined) scrubber.replacement = replacement;
  if (config.staff) {
    const columns = Object.entries(config.staff.columns);
    const staff = staffIdentifiers(await readStaff(conn, join(config.input, config.staff.file), columns), columns);
    scrubber.known = [...(scrubber.known ?? []), ...staff];
  }
  const review = config.review === false || config.review?.sample === 0 ? undefined : createReviewSampler({ perTable: config.review ? config.review.sample : 200, seed: deriveSubkey(key, 'review:sample').toString('hex') });
  return { scrubber, known, review };
}

/**
 * The per-note options of one table's text path.
 *
 * @param t - the table
 * @param columns - its scrub columns, in `lk_text` order
 * @param phase - the prepared phase
 * @returns options for `scrubTableText`
 */
export function textPathOptions(t: TableConfig, columns: readonly string[], phase: TextPhase): TextPathOptions {
  const patientLinked = t.patient !== 'none';
  return {
    patientLinked,
    known: phase.known && patientLinked,
    shiftDates: columns.map((c) => {
      const r = t.columns[c];
      return r?.rule === 'scrub' && r.dates === 'shift';
    }),
    ...(phase.review ? { review: phase.review } : {}),
  };
}

/**
 * Stages the review sample of a finished run in the work folder (owner-only), to be put in
 * place once the release is published: the sample in the secrets folder always belongs to the
 * release beside it (an earlier sample, and its page, are replaced then; a failed run leaves
 * the earlier pair as it was).
 *
 * @param applied - the text phase's outcome (its review sampler, if any)
 * @param workDir - the run's private work folder (inside the secrets folder)
 * @param secretsDir - the secrets folder
 * @param startedAt - the run's `startedAt`
 * @returns a function that puts the sample in place, or undefined when there is none
 * @throws DeidError `IO_FAILED` when `<secrets>/review` is a symbolic link
 */
export function stageReviewSample(applied: { readonly review?: ReviewSampler }, workDir: string, secretsDir: string, startedAt: string): (() => void) | undefined {
  if (!applied.review) return undefined;
  const staged = writeReviewPool(workDir, startedAt, applied.review.notes());
  return () => {
    refuseSymlink(join(secretsDir, 'review'), 'review folder');
    const target = reviewPoolPath(secretsDir);
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    chmodSync(dirname(target), 0o700);
    renameSync(staged, target);
    rmSync(join(secretsDir, 'review', 'review.html'), { force: true });
  };
}
