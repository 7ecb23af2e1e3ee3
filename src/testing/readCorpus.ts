/**
 * Reading an annotated corpus in the JSONL form used by the PhysioNet yardstick, the
 * development set and `ehr-deid review` exports: one `{"id","text","phi":[{"start","end","type"}]}`
 * a line.
 *
 * @module
 */
import type { AnnotatedText } from './types.js';

/** One case of a corpus: an annotated text with its id. */
export interface CorpusCase extends AnnotatedText {
  readonly id: string;
}

/**
 * Parses corpus JSONL into cases for `evaluateScrubber` (extra fields are ignored; a span
 * without a type gets `PHI`).
 *
 * @param jsonl - the file's text
 * @returns one case per non-empty line
 * @throws Error naming the line of a malformed record (never its text)
 * @example
 * ```ts
 * const cases = readCorpus(readFileSync('review-marks.jsonl', 'utf8'));
 * evaluateScrubber((t) => scrubber.scrub(t), cases);
 * ```
 */
export function readCorpus(jsonl: string): CorpusCase[] {
  const out: CorpusCase[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: { id?: unknown; text?: unknown; phi?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      throw new Error(`corpus line ${i + 1} is not JSON`);
    }
    if (typeof rec?.text !== 'string' || !Array.isArray(rec.phi)) throw new Error(`corpus line ${i + 1} needs "text" and "phi"`);
    const text = rec.text;
    const spans = (rec.phi as { start?: unknown; end?: unknown; type?: unknown }[]).map((s, k) => {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || (s.start as number) < 0 || (s.end as number) > text.length || (s.end as number) <= (s.start as number)) {
        throw new Error(`corpus line ${i + 1}: phi[${k}] is outside the text`);
      }
      const start = s.start as number;
      const end = s.end as number;
      return { start, end, type: typeof s.type === 'string' ? s.type : 'PHI', text: text.slice(start, end) };
    });
    out.push({ id: typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : String(i + 1), text, spans });
  });
  return out;
}
