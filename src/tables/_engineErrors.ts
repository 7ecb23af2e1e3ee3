/**
 * Errors leaving the release pipeline. DuckDB's messages quote the data they failed on
 * (`Original Line: …`), so an engine error never leaves as is, nor as the `cause` of another:
 * it becomes a {@link DeidError} naming the engine's error kind and the file.
 *
 * @internal
 */
import { DeidError, isDeidError } from '../errors.js';
import { systemCode } from '../_lib/files.js';

/**
 * The kind of a DuckDB error (e.g. `Out of Memory Error`), never its message, which may quote data.
 *
 * @param err - what DuckDB threw
 * @returns the kind, or `engine error` when the message does not start with one
 */
export function engineErrorKind(err: unknown): string {
  const m = /^([A-Z][A-Za-z]{1,30}(?: [A-Za-z]{1,30}){0,4} Error):/.exec(err instanceof Error ? err.message : '');
  return m ? (m[1] as string) : 'engine error';
}

/**
 * A DuckDB error met on `what` as a typed error naming only the engine's error kind: a parse
 * error is `CSV_MALFORMED`, a file-system error `IO_FAILED`, anything else (out of memory, …)
 * `ENGINE_FAILED`. No `cause`: it would carry the engine's message.
 *
 * @param err - what DuckDB threw
 * @param file - the file being read or written, when known
 * @param what - what was being read or written ("the source file")
 * @returns the typed error
 */
export function engineFailure(err: unknown, file: string | undefined, what: string): DeidError {
  const kind = engineErrorKind(err);
  const location = file === undefined ? {} : { location: { file } };
  if (kind === 'Invalid Input Error' || kind === 'Conversion Error') return new DeidError('CSV_MALFORMED', `${what} could not be read (${kind}); every line must be well-formed`, location);
  if (kind === 'IO Error') return new DeidError('IO_FAILED', `${what} could not be read or written (${kind})`, location);
  return new DeidError('ENGINE_FAILED', `the database engine failed on ${what} (${kind}); nothing was published`, location);
}

/**
 * An error fit to leave the pipeline: a DeidError keeps its code and text, but a `cause` that is
 * not a DeidError or a system error is dropped (an engine message may quote a data line); an
 * engine error becomes `ENGINE_FAILED` (see {@link engineFailure}), a system error `IO_FAILED`
 * naming only its code, a parser's `SyntaxError` (whose message quotes its input)
 * `ENGINE_FAILED`. Other errors (a caller's callback, a bug) pass unchanged.
 *
 * @param err - what was thrown
 * @returns what to throw instead
 */
export function failClosed(err: unknown): unknown {
  if (isDeidError(err)) {
    const c = err.cause;
    if (c === undefined || isDeidError(c) || systemCode(c) !== 'error') return err;
    const bare = err.message.replace(/^[A-Z_]+: /, '').replace(/ \(at [^)]*\)$/, '');
    return new DeidError(err.code, bare, { ...(err.location ? { location: err.location } : {}), issues: err.issues });
  }
  const sys = systemCode(err);
  if (sys !== 'error') return new DeidError('IO_FAILED', `a file could not be read or written (${sys}); nothing was published`);
  if (engineErrorKind(err) !== 'engine error') return engineFailure(err, undefined, 'the run');
  if (err instanceof SyntaxError) return new DeidError('ENGINE_FAILED', 'the run failed (SyntaxError); nothing was published');
  return err;
}
