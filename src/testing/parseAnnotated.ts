/**
 * Inline-annotated test strings: `"Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]]"`.
 *
 * @module
 */
import { DeidError } from '../errors.js';
import type { AnnotatedText, GoldSpan } from './types.js';

const TYPE_START = /[A-Z]/;
const TYPE_CHAR = /[A-Z0-9_]/;
const MAX_TYPE = 32;

function fail(message: string, at: number): never {
  throw new DeidError('INPUT_INVALID', `annotated text: ${message}`, { location: { file: 'annotated text', column: at + 1 } });
}

/**
 * Parses an annotated string into plain text and gold spans.
 *
 * Syntax: `[[TYPE:text]]` marks `text` as PHI of `TYPE` (an upper-case letter, then up to 31
 * upper-case letters, digits or `_`). Annotations do not nest and their text is not empty.
 * Escapes, anywhere: `\[` → `[`, `\]` → `]`, `\\` → `\` (so a literal `[[` is written `\[\[`
 * and a literal backslash `\\`; in a JS string literal that is `'\\[\\['`). A single `[` or `]`
 * needs no escape. Any other backslash sequence, an unclosed `[[`, a stray `]]`, a missing or
 * malformed type, a nested `[[` or an empty annotation is an error.
 *
 * @param annotated - the annotated string
 * @returns the plain text and the gold spans (offsets into the plain text), in order
 * @throws DeidError `INPUT_INVALID` for malformed markup, with the 1-based column in `location`
 * @example
 * ```ts
 * parseAnnotated('Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]]');
 * // { text: 'Seen by Dr. Ames on 3/4/2012',
 * //   spans: [{ start: 8, end: 16, type: 'NAME', text: 'Dr. Ames' }, { start: 20, end: 28, type: 'DATE', text: '3/4/2012' }] }
 * ```
 */
export function parseAnnotated(annotated: string): AnnotatedText {
  if (typeof annotated !== 'string') throw new DeidError('INPUT_INVALID', `annotated text: expected a string, got ${typeof annotated}`);
  let out = '';
  const spans: GoldSpan[] = [];
  let open: { type: string; start: number; at: number } | null = null;
  const n = annotated.length;
  for (let i = 0; i < n; i++) {
    const ch = annotated[i]!;
    if (ch === '\\') {
      const next = annotated[i + 1];
      if (next === '[' || next === ']' || next === '\\') {
        out += next;
        i++;
        continue;
      }
      fail('unknown escape (only \\[, \\] and \\\\ are allowed)', i);
    }
    if (ch === '[' && annotated[i + 1] === '[') {
      if (open) fail('annotations cannot nest', i);
      let j = i + 2;
      if (!TYPE_START.test(annotated[j] ?? '')) fail('expected an upper-case type after [[', j);
      while (j < n && j - (i + 2) < MAX_TYPE && TYPE_CHAR.test(annotated[j]!)) j++;
      if (annotated[j] !== ':') fail(`expected ':' after the type (types are up to ${MAX_TYPE} of A-Z, 0-9, _)`, j);
      open = { type: annotated.slice(i + 2, j), start: out.length, at: i };
      i = j;
      continue;
    }
    if (ch === ']' && annotated[i + 1] === ']') {
      if (!open) fail('] ] without an opening [[ (escape it as \\]\\])', i);
      if (out.length === open.start) fail('empty annotation', i);
      spans.push({ start: open.start, end: out.length, type: open.type, text: out.slice(open.start) });
      open = null;
      i++;
      continue;
    }
    out += ch;
  }
  if (open) fail('[[ is never closed', open.at);
  return { text: out, spans };
}
