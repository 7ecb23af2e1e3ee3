/**
 * Plain-text tables in notes: sign-out lists, tumour-board agendas, census boards. A row's
 * cells are split by pipes, by tabs, or (in a table aligned with spaces) by runs of two or more
 * spaces; a header line above the rows names each column. Used to read a cell by its column's
 * name (`Age`, `Patient`).
 *
 * @module
 */

/** Before a value alone in a cell: a line's start, a pipe or a tab (then up to 12 spaces), or two spaces (a regex fragment). */
export const CELL_OPEN = '(?<=(?:^|\\n|\\||\\t)[ \\t]{0,12}|[ \\t]{2})';
/** After a value alone in a cell: spaces, then a pipe or the line's end; two spaces; or a tab (a regex fragment). */
export const CELL_CLOSE = '(?=[ \\t]{0,12}(?:\\||\\r?\\n|$)|[ \\t]{2}|\\t)';

/** A cell of one line: `[start, end)` offsets within the line. */
export interface Cell {
  readonly start: number;
  readonly end: number;
}

/** How a line's cells are separated: pipes, tabs or runs of spaces. */
function separatorOf(line: string): RegExp {
  return line.includes('|') ? /\|/g : line.includes('\t') ? /\t/g : /[ ]{2,40}/g;
}

/** The cells of one table line: split by pipes when it has any, else tabs, else runs of two or more spaces. */
export function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  const sep = separatorOf(line);
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(line)) !== null) {
    out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: line.length });
  return out;
}

/** Start and end (exclusive, before any `\r`) of the line holding offset `at`. */
export function lineAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

/** True when the line's cells are counted (pipes or tabs) rather than aligned by column (spaces). */
export function isCountedTable(line: string): boolean {
  return line.includes('|') || line.includes('\t');
}

/**
 * Whether the cell at `at` (an offset in `text`, inside a table row) sits under a header cell
 * that `header` matches (trimmed cell text): the nearest line above the row (within 40 lines, no
 * blank line between) holding a word `cue` matches decides. In a table with pipes or tabs the
 * header cell has the same index; in a table aligned with spaces the header cell's text starts
 * within three characters of the cell's column (or the cell starts inside the header cell).
 */
export function underHeader(text: string, at: number, cue: RegExp, header: RegExp): boolean {
  const { start: lineStart, end: lineEnd } = lineAround(text, at);
  const line = text.slice(lineStart, lineEnd);
  const counted = isCountedTable(line);
  const cells = cellsOf(line);
  const col = at - lineStart;
  const index = cells.findIndex((c) => c.start <= col && col < c.end + 1);
  if (index < 0) return false;
  let cursor = lineStart - 1;
  for (let k = 0; k < 40 && cursor > 0; k++) {
    const prevStart = text.lastIndexOf('\n', cursor - 1) + 1;
    const prev = text.slice(prevStart, cursor).replace(/\r$/, '');
    cursor = prevStart - 1;
    if (prev.trim() === '') return false;
    if (!cue.test(prev)) continue;
    const head = cellsOf(prev);
    if (counted) {
      if (!isCountedTable(prev)) continue;
      const h = head[index];
      return h !== undefined && header.test(prev.slice(h.start, h.end).trim());
    }
    for (const h of head) {
      const body = prev.slice(h.start, h.end);
      const hs = h.start + (body.length - body.trimStart().length);
      if (header.test(body.trim()) && hs <= col + 3 && col < h.end + 3) return true;
    }
    return false;
  }
  return false;
}
