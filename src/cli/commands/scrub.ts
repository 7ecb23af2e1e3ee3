/**
 * `ehr-deid scrub`: removes PHI from free text.
 *
 * ```
 * ehr-deid scrub --jsonl notes.jsonl --out scrubbed.jsonl [--workers N] [--quarantine bad.jsonl]
 * ehr-deid scrub < note.txt > scrubbed.txt
 * ehr-deid scrub --jsonl notes.jsonl --replacement surrogate --key-file key.txt --dates shift
 * ```
 *
 * `--replacement` is `___` (default), `tag` (`[NAME]`, `[DATE]`, …), `surrogate` (consistent
 * keyed fakes; the key comes from `--key-file` or `EHR_DEID_KEY`, as for `run`) or any text.
 * Optional fields of a JSONL line: `"patient"` (surrogates are consistent per patient),
 * `"shiftDays"` (with `--dates shift`: the note's dates move by it, in their own format) and
 * `"known"` (the patient's own identifiers, `[{"column","kind","value"}]`, searched first).
 *
 * JSONL mode reads one `{"id","text",...}` object per line and writes one
 * `{"id","text","phi":[{"start","end","type","source"}]}` per line, in input order, with offsets
 * into the original text and `source` the detectors joined with `+`. A note that cannot be
 * scrubbed is never written: it goes to `--quarantine` (id, line and error code only), or,
 * without that option, the run stops with a typed error naming the line. The output file is
 * written to a temporary name and renamed only when the run succeeds.
 *
 * @module
 */
import { createReadStream, createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { DeidError, isDeidError, type DeidErrorCode, type DeidIssue } from '../../errors.js';
import { systemCode } from '../../_lib/files.js';
import { readJsonl, writeChunk, DEFAULT_MAX_LINE_LENGTH } from '../../_lib/jsonl.js';
import { createScrubber, type ScrubberOptions } from '../../text/scrub.js';
import type { Algorithm } from '../../text/types.js';
import { scrubMany } from '../../text/batch/scrubMany.js';
import type { CliCommand } from '../main.js';
import type { CliIO } from '../io.js';
import { resolveKey } from './run.js';
import type { NoteInput } from '../../text/batch/scrubNote.js';

/** Options of `ehr-deid scrub` as parsed by commander. */
interface ScrubCliOptions {
  readonly jsonl?: string;
  readonly out?: string;
  readonly workers?: string;
  readonly replacement?: string;
  readonly algorithms?: string;
  readonly quarantine?: string;
  readonly maxLineLength?: string;
  readonly keyFile?: string;
  readonly dates?: string;
}

/** Inputs smaller than this are scrubbed in the main thread (worker start-up would dominate). */
const SMALL_INPUT_BYTES = 256 * 1024;

function parseOptions(o: ScrubCliOptions, io: CliIO): { scrubber: ScrubberOptions; workers: number | undefined; maxLineLength: number } {
  const issues: DeidIssue[] = [];
  let workers: number | undefined;
  if (o.workers !== undefined) {
    workers = Number(o.workers);
    if (!/^\d{1,4}$/.test(o.workers)) issues.push({ path: '--workers', message: 'expected a whole number >= 0' });
  }
  let algorithms: Algorithm[] | undefined;
  if (o.algorithms !== undefined) {
    const list = o.algorithms.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (list.length === 0) issues.push({ path: '--algorithms', message: 'expected a comma-separated list of rules, nlp' });
    list.forEach((a, i) => {
      if (a !== 'rules' && a !== 'nlp') issues.push({ path: `--algorithms[${i}]`, message: "expected 'rules' or 'nlp'" });
    });
    algorithms = list as Algorithm[];
  }
  let maxLineLength = DEFAULT_MAX_LINE_LENGTH;
  if (o.maxLineLength !== undefined) {
    maxLineLength = Number(o.maxLineLength);
    if (!/^\d{1,10}$/.test(o.maxLineLength) || maxLineLength < 1) issues.push({ path: '--max-line-length', message: 'expected a whole number >= 1' });
  }
  if (o.quarantine !== undefined && o.jsonl === undefined) issues.push({ path: '--quarantine', message: 'only applies with --jsonl' });
  if (o.out !== undefined && o.jsonl === undefined) issues.push({ path: '--out', message: 'only applies with --jsonl (plain text goes to stdout)' });
  if (o.out !== undefined && o.quarantine !== undefined && o.out !== '-' && resolve(o.out) === resolve(o.quarantine)) issues.push({ path: '--quarantine', message: 'must differ from --out (notes and failures would overwrite each other)' });
  if (o.dates !== undefined && o.dates !== 'shift' && o.dates !== 'remove') issues.push({ path: '--dates', message: 'expected shift or remove' });
  if (o.dates === 'shift' && o.jsonl === undefined) issues.push({ path: '--dates', message: 'shift needs --jsonl (each line gives its "shiftDays")' });
  if (issues.length) throw new DeidError('CONFIG_INVALID', `invalid scrub options (${issues.length} issue${issues.length > 1 ? 's' : ''})`, { issues });
  const replacement =
    o.replacement === 'surrogate' ? { mode: 'surrogate' as const, key: resolveKey(io, o.keyFile) } : o.replacement === 'tag' || o.replacement === '[TYPE]' ? { mode: 'tag' as const } : o.replacement;
  const scrubber: ScrubberOptions = {
    ...(replacement !== undefined ? { replacement } : {}),
    ...(o.dates !== undefined ? { dates: o.dates as 'shift' | 'remove' } : {}),
    ...(algorithms !== undefined ? { algorithms } : {}),
  };
  return { scrubber, workers, maxLineLength };
}

async function readAll(stream: Readable): Promise<string> {
  const parts: string[] = [];
  stream.setEncoding('utf8');
  for await (const chunk of stream) parts.push(chunk as string);
  return parts.join('');
}

/** Plain-text mode: the whole of stdin is one note. */
async function scrubPlain(io: CliIO, scrubber: ScrubberOptions): Promise<void> {
  const text = await readAll(io.stdin);
  let result;
  try {
    result = createScrubber(scrubber).scrub(text);
  } catch (err) {
    if (err instanceof DeidError) throw new DeidError(err.code, err.message.replace(/^[A-Z_]+: /, ''), { location: { file: 'stdin' } });
    throw new DeidError('DETECTOR_FAILED', 'scrubbing failed; nothing was written', { location: { file: 'stdin' } });
  }
  await writeChunk(io.stdout, result.text);
}

interface OpenedOutput {
  readonly stream: Writable;
  /** Renames the temporary file into place (no-op for stdout). */
  commit(): Promise<void>;
  /** Removes the temporary file (no-op for stdout). */
  abort(): void;
}

/**
 * Opens an output. A regular file (or a new one) is written under a temporary name beside it
 * and renamed into place on success; a special file (`/dev/null`, a FIFO, a terminal) is written
 * directly, never replaced by a regular file; `-` is stdout. Only scrubbed notes are ever
 * written, so a failed run leaves at most part of the scrubbed output in a special file.
 */
function openOutput(path: string, io: CliIO, mode?: number): OpenedOutput {
  if (path === '-') return { stream: io.stdout, commit: async () => undefined, abort: () => undefined };
  const target = resolve(io.cwd, path);
  let special = false;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new DeidError('IO_FAILED', 'the output path is a folder', { location: { file: path } });
    special = !st.isFile();
  } catch (err) {
    if (isDeidError(err)) throw err;
    let parent = false;
    try {
      parent = statSync(dirname(target)).isDirectory();
    } catch {
      parent = false;
    }
    if (!parent) throw new DeidError('IO_FAILED', 'the folder of the output file does not exist', { location: { file: path } });
  }
  const tmp = special ? target : `${target}.tmp-${process.pid}-${Date.now()}`;
  const stream: WriteStream = createWriteStream(tmp, { flags: special ? 'w' : 'wx', ...(mode !== undefined ? { mode } : {}) });
  let failure: unknown;
  stream.on('error', (e) => (failure = e));
  const fail = (err: unknown): DeidError => new DeidError('IO_FAILED', `cannot write the output file (${systemCode(err)})`, { location: { file: path } });
  return {
    stream,
    async commit() {
      stream.end();
      try {
        await finished(stream);
      } catch (err) {
        throw fail(err);
      }
      if (failure !== undefined) throw fail(failure);
      if (!special) renameSync(tmp, target);
    },
    abort() {
      stream.destroy();
      if (!special) rmSync(tmp, { force: true });
    },
  };
}

function openInput(path: string, io: CliIO): { stream: Readable; name: string; bytes: number | undefined } {
  if (path === '-') return { stream: io.stdin, name: 'stdin', bytes: undefined };
  const full = resolve(io.cwd, path);
  let bytes: number;
  try {
    bytes = statSync(full).size;
  } catch (cause) {
    throw new DeidError('IO_FAILED', 'cannot read the input file', { location: { file: path }, cause });
  }
  return { stream: createReadStream(full), name: path, bytes };
}

interface Progress {
  tick(notes: number): void;
  stop(): void;
}

async function progressBar(io: CliIO, total: number | undefined): Promise<Progress> {
  if (!io.isTTY) return { tick: () => undefined, stop: () => undefined };
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: io.stderr as NodeJS.WritableStream, format: total ? 'scrub [{bar}] {percentage}% | {value} notes' : 'scrub {value} notes', hideCursor: false, noTTYOutput: true, notTTYSchedule: 2000 },
    Presets.shades_classic,
  );
  bar.start(total ?? 0, 0);
  let n = 0;
  return {
    tick(k) {
      n += k;
      bar.update(total ? Math.min(n, total) : n);
    },
    stop: () => bar.stop(),
  };
}

/** JSONL mode. */
async function scrubJsonl(io: CliIO, o: ScrubCliOptions, parsed: ReturnType<typeof parseOptions>): Promise<{ written: number; quarantined: number }> {
  // outputs first: a bad output path fails before the input is opened
  const out = openOutput(o.out ?? '-', io);
  let quarantine: OpenedOutput | undefined;
  let input: ReturnType<typeof openInput>;
  try {
    quarantine = o.quarantine !== undefined ? openOutput(o.quarantine, io, 0o600) : undefined;
    input = openInput(o.jsonl!, io);
  } catch (err) {
    out.abort();
    quarantine?.abort();
    throw err;
  }
  const lines: number[] = []; // line numbers of notes read but not yet written, in order
  let badRecord: DeidError | undefined;
  async function* notes(): AsyncGenerator<NoteInput> {
    for await (const { line, value } of readJsonl(input.stream, { file: input.name, maxLineLength: parsed.maxLineLength })) {
      const rec = value as { id?: unknown; text?: unknown; patient?: unknown; shiftDays?: unknown; known?: unknown } | null;
      const problems: string[] = [];
      if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) problems.push('expected a JSON object with "id" and "text"');
      else {
        if (typeof rec.id !== 'string' && typeof rec.id !== 'number') problems.push('"id" must be a string or number');
        if (typeof rec.text !== 'string') problems.push('"text" must be a string');
        if (rec.patient !== undefined && typeof rec.patient !== 'string' && typeof rec.patient !== 'number') problems.push('"patient" must be a string or number');
        if (rec.shiftDays !== undefined && !Number.isInteger(rec.shiftDays)) problems.push('"shiftDays" must be a whole number');
        if (rec.known !== undefined && !Array.isArray(rec.known)) problems.push('"known" must be an array of {"column","kind","value"}');
      }
      if (problems.length) {
        badRecord = new DeidError('INPUT_INVALID', `bad note record: ${problems.join('; ')}`, { location: { file: input.name, line } });
        if (o.quarantine === undefined) throw badRecord;
        // Quarantine it: pass an id and a non-string text so the batch reports INPUT_INVALID in order.
        lines.push(line);
        const id = typeof rec === 'object' && rec !== null && (typeof rec.id === 'string' || typeof rec.id === 'number') ? String(rec.id) : '';
        yield { id, text: undefined as unknown as string };
        continue;
      }
      lines.push(line);
      const r = rec!;
      yield {
        id: String(r.id),
        text: r.text as string,
        ...(r.patient !== undefined ? { patient: String(r.patient) } : {}),
        ...(r.shiftDays !== undefined ? { shiftDays: r.shiftDays as number } : {}),
        ...(r.known !== undefined ? { known: r.known as NoteInput['known'] } : {}),
      };
    }
  }
  const small = input.bytes !== undefined && input.bytes < SMALL_INPUT_BYTES;
  const workers = parsed.workers ?? (small ? 0 : undefined);

  const progress = await progressBar(io, undefined);
  let written = 0;
  let quarantined = 0;
  try {
    for await (const outcome of scrubMany(notes(), { ...(workers !== undefined ? { workers } : {}), scrubber: parsed.scrubber })) {
      const line = lines.shift();
      if (outcome.ok) {
        const phi = outcome.result.spans.map((s) => ({ start: s.start, end: s.end, type: s.type, source: s.sources.join('+') }));
        await writeChunk(out.stream, JSON.stringify({ id: outcome.id, text: outcome.result.text, phi }) + '\n');
        written++;
      } else if (quarantine) {
        await writeChunk(quarantine.stream, JSON.stringify({ id: outcome.id, line, error: { code: outcome.error.code } }) + '\n');
        quarantined++;
      } else {
        const bare = outcome.error.message.replace(/^[A-Z_]+: /, '');
        throw new DeidError(outcome.error.code as DeidErrorCode, `note could not be scrubbed (${bare}); nothing was written for it`, {
          location: { file: input.name, ...(line !== undefined ? { line } : {}) },
        });
      }
      progress.tick(1);
    }
    progress.stop();
    await out.commit();
    await quarantine?.commit();
  } catch (err) {
    progress.stop();
    out.abort();
    quarantine?.abort();
    if (input.stream !== io.stdin) input.stream.destroy();
    throw err;
  }
  return { written, quarantined };
}

/** `ehr-deid scrub`. */
export const scrubCommand: CliCommand = {
  name: 'scrub',
  register(program: Command, io: CliIO, setExit: (code: number) => void) {
    program
      .command('scrub')
      .description('Remove PHI from free text: JSONL notes (--jsonl IN --out OUT) or plain text from stdin to stdout')
      .option('--jsonl <file>', 'input JSONL, one {"id","text",...} per line ("-" = stdin)')
      .option('--out <file>', 'output JSONL ("-" = stdout, the default)')
      .option('--workers <n>', 'worker threads (default: all cores; 0 = main thread)')
      .option('--replacement <s>', 'what replaces each PHI region: "___" (default), tag ([NAME], [DATE], ...), surrogate (consistent keyed fakes; needs the key) or any text')
      .option('--key-file <file>', 'file holding the secret key for --replacement surrogate (default: EHR_DEID_KEY)')
      .option('--dates <mode>', 'remove (default) or shift: move dates by each line\'s "shiftDays", in their own format')
      .option('--algorithms <list>', 'comma-separated: rules,nlp (default both)')
      .option('--quarantine <file>', 'JSONL for notes that fail (id, line, error code; never text)')
      .option('--max-line-length <n>', `longest accepted input line in characters (default ${DEFAULT_MAX_LINE_LENGTH})`)
      .action(async (o: ScrubCliOptions) => {
        const parsed = parseOptions(o, io);
        if (o.jsonl === undefined) {
          await scrubPlain(io, parsed.scrubber);
          setExit(0);
          return;
        }
        const { quarantined } = await scrubJsonl(io, o, parsed);
        if (quarantined > 0) io.stderr.write(`ehr-deid: ${quarantined} note${quarantined > 1 ? 's' : ''} quarantined in ${o.quarantine}\n`);
        setExit(0);
      });
  },
};
