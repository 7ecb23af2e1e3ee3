/**
 * Typed errors for ehr-deid.
 *
 * Every error the library raises on purpose is a {@link DeidError} with a machine-readable
 * {@link DeidErrorCode}. Messages describe the *shape* of bad input ("expected YYYY-MM-DD,
 * got 10 characters") and never its value: an error message may end up in a log, and a log
 * must never hold PHI.
 *
 * @module
 */

/**
 * Machine-readable error codes. Stable across minor versions: match on these, not on messages.
 *
 * - `CONFIG_INVALID`: a configuration object or file failed validation (see `issues`).
 * - `KEY_MISSING` / `KEY_INVALID`: no secret key was given outside demo mode, or it is too short.
 * - `CSV_MALFORMED`: a CSV line could not be parsed.
 * - `LINE_TOO_LONG`: an input line is longer than the configured limit.
 * - `INPUT_INVALID`: any other malformed input (bad JSONL record, wrong type).
 * - `DATE_INVALID`: a date or datetime could not be parsed or is impossible.
 * - `ID_UNKNOWN`: a source key has no assignment where one was required.
 * - `ID_RANGE_EXHAUSTED`: an id namespace has no free ids left.
 * - `ID_TABLE_CORRUPT`: a saved look-up table failed its integrity check.
 * - `ID_CONFLICT`: source keys to merge already hold different ids.
 * - `COLUMN_UNMAPPED`: a source column has no rule in the config (default deny).
 * - `DETECTOR_FAILED`: a PHI detector threw; the text is never returned unscrubbed.
 * - `SPAN_INVALID`: a detector returned a span outside the text or with start > end.
 * - `ALLOWLIST_INVALID`: an allow list file is missing or unreadable.
 * - `WORKER_FAILED`: a worker thread died while scrubbing a batch.
 * - `CHECK_FAILED`: a validation check failed.
 * - `IO_FAILED`: a file could not be read or written.
 * - `ENGINE_FAILED`: the embedded database failed (out of memory, disk full, a vanished file);
 *   the message names the engine's error kind, never its text (which may quote a data line).
 * - `LOCKED`: another run is using the same secrets or release folder.
 */
export type DeidErrorCode =
  | 'CONFIG_INVALID'
  | 'KEY_MISSING'
  | 'KEY_INVALID'
  | 'CSV_MALFORMED'
  | 'LINE_TOO_LONG'
  | 'INPUT_INVALID'
  | 'DATE_INVALID'
  | 'ID_UNKNOWN'
  | 'ID_RANGE_EXHAUSTED'
  | 'ID_TABLE_CORRUPT'
  | 'ID_CONFLICT'
  | 'COLUMN_UNMAPPED'
  | 'DETECTOR_FAILED'
  | 'SPAN_INVALID'
  | 'ALLOWLIST_INVALID'
  | 'WORKER_FAILED'
  | 'CHECK_FAILED'
  | 'IO_FAILED'
  | 'ENGINE_FAILED'
  | 'LOCKED';

/** Where in the input an error happened. Never holds the offending value. */
export interface DeidLocation {
  /** Input file path (or a logical name such as `stdin`). */
  readonly file?: string;
  /** 1-based line (or record) number. */
  readonly line?: number;
  /** Column name or 1-based column number. */
  readonly column?: string | number;
}

/** One problem found while validating a config or input; `path` is a JSON-path-like string. */
export interface DeidIssue {
  readonly path: string;
  readonly message: string;
}

/** Options for constructing a {@link DeidError}. */
export interface DeidErrorOptions {
  readonly location?: DeidLocation;
  readonly issues?: readonly DeidIssue[];
  /** The underlying error. Its message is *not* copied into this error's message. */
  readonly cause?: unknown;
}

/**
 * The one error class ehr-deid throws on purpose.
 *
 * @example
 * ```ts
 * try { shiftDateTime('31/31/2012', 100) }
 * catch (e) { if (isDeidError(e) && e.code === 'DATE_INVALID') quarantine(row, e.code) }
 * ```
 */
export class DeidError extends Error {
  /** Machine-readable code; see {@link DeidErrorCode}. */
  readonly code: DeidErrorCode;
  /** Where the problem is (file, line, column), when known. */
  readonly location: DeidLocation | undefined;
  /** Every problem found, for validation errors (`CONFIG_INVALID`). */
  readonly issues: readonly DeidIssue[];

  /**
   * @param code - machine-readable code
   * @param message - describes the shape of the problem, never a PHI value
   * @param options - location, issues and cause
   */
  constructor(code: DeidErrorCode, message: string, options: DeidErrorOptions = {}) {
    super(formatMessage(code, message, options.location), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DeidError';
    this.code = code;
    this.location = options.location;
    this.issues = options.issues ?? [];
  }

  /** A plain JSON-safe object, for reports and quarantine files. */
  toJSON(): { code: DeidErrorCode; message: string; location?: DeidLocation; issues?: readonly DeidIssue[] } {
    return {
      code: this.code,
      message: this.message,
      ...(this.location ? { location: this.location } : {}),
      ...(this.issues.length ? { issues: this.issues } : {}),
    };
  }
}

function formatMessage(code: DeidErrorCode, message: string, location?: DeidLocation): string {
  if (!location) return `${code}: ${message}`;
  const where = [location.file, location.line, location.column].filter((p) => p !== undefined).join(':');
  return where ? `${code}: ${message} (at ${where})` : `${code}: ${message}`;
}

/**
 * Type guard for {@link DeidError}, safe across package copies (checks `name` and `code`).
 *
 * @param value - anything caught
 * @returns true when `value` is a DeidError
 */
export function isDeidError(value: unknown): value is DeidError {
  return (
    value instanceof DeidError ||
    (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'DeidError' && typeof (value as { code?: unknown }).code === 'string')
  );
}

/**
 * Returns `error` with a location attached (a new DeidError when it lacks one), so that
 * low-level functions can throw without knowing the file and callers can add it.
 *
 * @param error - a DeidError thrown by a lower layer
 * @param location - where the failing value came from
 * @returns a DeidError carrying `location`
 */
export function withLocation(error: DeidError, location: DeidLocation): DeidError {
  const merged: DeidLocation = { ...location, ...(error.location ?? {}) };
  const bare = error.message.replace(/^[A-Z_]+: /, '').replace(/ \(at [^)]*\)$/, '');
  return new DeidError(error.code, bare, { location: merged, issues: error.issues, cause: error.cause });
}
