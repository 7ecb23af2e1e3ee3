/**
 * Reads the hand-written sets in `test/handwritten/` (see its README): texts after a header line
 * `#### <id> <family>`, PHI marked inline as `[[TYPE:text]]` (the `parseAnnotated` syntax).
 */
import { readFileSync } from 'node:fs';
import { parseAnnotated } from '../../src/testing/index.js';

/** One text of a hand-written set, in the corpus shape the accuracy bench scores and the labeller's training reads. */
export interface HandwrittenNote {
  readonly id: string;
  readonly family: string;
  readonly text: string;
  readonly phi: readonly { start: number; end: number; type: string }[];
}

/** Header line of a text: `#### <id> <family>`. */
const HEADER = /^#### (\S+)(?: (\S+))?[ \t]*$/;

/**
 * Parses one hand-written file.
 *
 * @param file - path of the file
 * @param prefix - put before every id (the set's name)
 * @returns its texts, in order
 * @throws Error naming the file and the text when a header or the markup is malformed
 */
export function readHandwritten(file: string, prefix = ''): HandwrittenNote[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: HandwrittenNote[] = [];
  let head: { id: string; family: string } | undefined;
  let body: string[] = [];
  const flush = (): void => {
    if (!head) return;
    const raw = body.join('\n').replace(/\n+$/, '');
    let parsed;
    try {
      parsed = parseAnnotated(raw);
    } catch (e) {
      throw new Error(`${file}: text ${head.id}: ${(e as Error).message}`);
    }
    out.push({ id: `${prefix}${head.id}`, family: head.family, text: parsed.text, phi: parsed.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })) });
  };
  for (const line of lines) {
    if (line.startsWith('#### ')) {
      const m = HEADER.exec(line);
      if (!m) throw new Error(`${file}: malformed header ${JSON.stringify(line.slice(0, 40))}`);
      flush();
      head = { id: m[1]!, family: m[2] ?? 'other' };
      body = [];
    } else if (head) body.push(line);
    else if (line.trim() !== '') throw new Error(`${file}: text before the first header`);
  }
  flush();
  return out;
}
