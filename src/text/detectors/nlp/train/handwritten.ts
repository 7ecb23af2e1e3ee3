/**
 * The hand-written annotated texts the labeller trains on beside the synthetic notes: the sets in
 * `test/handwritten/` (discharge summaries, reports, queries, chat, letters and PHI-free texts of
 * many specialties, written for the project by its authors' writing helpers, MIT like the rest of
 * the repository; see that folder's README). They teach what a template cannot: lower-case chat,
 * undefined abbreviations, eponyms and brands in PHI-free text. Only these files are read; never
 * the PhysioNet corpus, and never the unseen sets kept outside the repository to measure the
 * scrubber.
 *
 * @internal
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotated } from '../../../../testing/parseAnnotated.js';
import type { AnnotatedNote } from './trainSequence.js';

/** The types the labeller learns; a text's other spans (none today) are left unlabelled. */
const LEARNED = new Set(['NAME', 'DATE', 'AGE', 'PHONE', 'ID', 'LOCATION', 'HOSPITAL', 'CONTACT']);
/** A text's header line: `#### <id> <family>`. */
const HEADER = /^#### (\S+)(?: (\S+))?[ \t]*$/;

/**
 * Reads every `*.txt` of `dir` (sorted by name), each text after a `#### <id> <family>` line with
 * PHI marked `[[TYPE:text]]`, as annotated notes.
 *
 * @param dir - the folder of hand-written sets
 * @returns the texts in file and text order
 * @throws Error naming the file and the text when the markup is malformed
 */
export function readHandwrittenNotes(dir: string): AnnotatedNote[] {
  const out: AnnotatedNote[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n').split('\n');
    let family: string | undefined;
    let id = '';
    let body: string[] = [];
    const flush = (): void => {
      if (family === undefined) return;
      let parsed;
      try {
        parsed = parseAnnotated(body.join('\n').replace(/\n+$/, ''));
      } catch (e) {
        throw new Error(`${f}: text ${id}: ${(e as Error).message}`);
      }
      out.push({ text: parsed.text, spans: parsed.spans.filter((s) => LEARNED.has(s.type)).map((s) => ({ start: s.start, end: s.end, type: s.type })), family });
    };
    for (const line of lines) {
      const m = HEADER.exec(line);
      if (m !== null) {
        flush();
        id = m[1]!;
        family = m[2] ?? 'other';
        body = [];
      } else if (family !== undefined) body.push(line);
    }
    flush();
  }
  return out;
}

/**
 * The synthetic notes with the hand-written ones, each repeated `repeat` times, spread evenly
 * through them (one after every `stride` synthetic notes, the rest at the end), so every pass sees
 * them among the synthetic notes. Deterministic: the same inputs give the same order.
 *
 * @param synthetic - the generator's notes
 * @param handwritten - the hand-written notes
 * @param repeat - how many times each hand-written note is used per pass
 * @returns one list of notes
 */
export function interleaveHandwritten(synthetic: readonly AnnotatedNote[], handwritten: readonly AnnotatedNote[], repeat: number): AnnotatedNote[] {
  const total = handwritten.length * repeat;
  if (total === 0) return [...synthetic];
  const stride = Math.max(1, Math.floor(synthetic.length / total));
  const out: AnnotatedNote[] = [];
  let e = 0;
  for (let i = 0; i < synthetic.length; i++) {
    out.push(synthetic[i]!);
    if (i % stride === 0 && e < total) out.push(handwritten[e++ % handwritten.length]!);
  }
  while (e < total) out.push(handwritten[e++ % handwritten.length]!);
  return out;
}
