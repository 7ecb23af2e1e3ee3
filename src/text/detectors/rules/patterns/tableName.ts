/**
 * Names in a table's patient column: in a sign-out list, a census board or a tumour-board agenda
 * the cells under a header `Patient`, `Pt` or `Patient Name` are people, whatever words they are
 * (`BROWN, SUMMER`, `baker, moses`, `Golden, Sterling`). Cells split by pipes, tabs or aligned
 * runs of spaces (see `_tables.ts`). A column headed `Name` counts only when another header cell
 * is a patient's field (`MRN`, `Age`, `Bed`, `DOB`...), so a medication table's `Name` column
 * (`Metoprolol | 25 mg`) is left alone; a cell with digits, a placeholder or only everyday words
 * (`discharged`, `empty bed`) is no name, unless written `LAST, First`. With no header above, a
 * pipe row's cell right before a cell of age and sex is the patient's (`| ESTES, FLORENCE ("Flo") |
 * 97F |`), when it is capitalised words and no clinical abbreviation alone (`| CHF | 67M |` stays).
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { classifyWord, isClinicalAbbreviation, mkSpan } from './_lib.js';
import { cellsOf, isCountedTable, lineAround, type Cell } from './_tables.js';

const SOURCE = 'rules/table-name';
/** A word that may head a patient column. */
const HEADER_WORD = /\b(?:patient|pt|name)\b/gi;
/** A header cell of the patient column (trimmed; `#` and a colon allowed). */
const PATIENT_HEADER = /^(?:patient(?:[ \t]name)?|pt(?:[ \t]name)?|patient[ \t]\/[ \t]mrn|pt[ \t]\/[ \t]mrn)$/i;
const NAME_HEADER = /^name$/i;
/** Another header cell that makes a `Name` column a patient's. */
const PATIENT_FIELD = /^(?:mrn|mr#|mrn#|age|age\/sex|sex|bed|rm|room|dob|unit|dx|diagnosis|hcn|los|attending|pcp|code|code[ \t]status)$/i;
/** A row that only draws the table (`---|---`, `=====`). */
const RULE_LINE = /^[ \t|:+=_-]*$/;
/** The characters a name cell may hold. */
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’. ,"()-]{1,60}$/u;
/** `LAST, First`: a comma between two words. */
const COMMA_FORM = /^\p{L}[\p{L}\p{M}'’ -]{0,30},[ \t]{0,2}\p{L}/u;
const WORDS = /\p{L}[\p{L}\p{M}'’]*/gu;
/** A cell holding an age and a sex (`97F`, `54 M`, `6yo F`). */
const AGE_SEX_CELL = /^\d{1,3}[ \t]?(?:y\/?o|yo|y|mo)?[ \t]?[MFmf]$/;
/** Cells that say the bed is empty or the row is no patient. */
const NOT_A_PATIENT = /^(?:empty|open|closed|blocked|pending|tbd|none|n\/a|na|vacant|available|cleaning|dirty|clean|admit|admission|transfer|discharge|discharged|hold|boarder|overflow|total|totals)\b/i;

/** The header cell's index (counted tables) or column (aligned tables), when `line` heads a patient column. */
function patientColumn(line: string): { cell: Cell; index: number } | undefined {
  const cells = cellsOf(line);
  if (cells.length < (isCountedTable(line) ? 2 : 3)) return undefined;
  let found: { cell: Cell; index: number } | undefined;
  let nameOnly = false;
  let field = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const body = line.slice(c.start, c.end).trim().replace(/^#[ \t]{0,2}|:$/g, '');
    // a header's cells are short labels, not sentences
    if (body.length > 30 || /[.;!?]$/.test(body)) return undefined;
    if (found === undefined && (PATIENT_HEADER.test(body) || NAME_HEADER.test(body))) {
      const lead = line.slice(c.start, c.end).length - line.slice(c.start, c.end).trimStart().length;
      found = { cell: { start: c.start + lead, end: c.end }, index: i };
      nameOnly = NAME_HEADER.test(body);
    } else if (PATIENT_FIELD.test(body)) field = true;
  }
  if (found === undefined || (nameOnly && !field)) return undefined;
  return found;
}

/** The span of a name in `cell` of a row starting at `rowStart`, or undefined when the cell holds no name. */
function nameIn(row: string, rowStart: number, cell: Cell, beforeAge = false): Span | undefined {
  const raw = row.slice(cell.start, cell.end);
  const body = raw.trim();
  if (!NAME_CELL.test(body) || NOT_A_PATIENT.test(body)) return undefined;
  const words = body.match(WORDS) ?? [];
  if (words.length === 0 || words.length > 6) return undefined;
  // before an age and sex with no header, a cell of capitalised words only, no clinical abbreviation alone (`| CHF | 67M |`)
  if (beforeAge && (!words.every((w) => /^\p{Lu}/u.test(w)) || words.every((w) => isClinicalAbbreviation(w) || classifyWord(w) === 'stop'))) return undefined;
  if (!COMMA_FORM.test(body) && !words.some((w) => { const c = classifyWord(w); return c !== 'common' && c !== 'stop'; })) return undefined;
  const start = rowStart + cell.start + (raw.length - raw.trimStart().length);
  return mkSpan(start, start + body.length, 'NAME', SOURCE, 0.8);
}

/**
 * Pattern detector for names in a table's patient column (type `NAME`, source `rules/table-name`).
 *
 * @example
 * ```ts
 * tableNameDetector.detect(createTextContext('Bed | Patient | Age\n4 | Tovey, Ada | 71')); // one span over "Tovey, Ada"
 * ```
 */
export const tableNameDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['NAME'],
  detect: ({ text }) => {
    const out: Span[] = [];
    let doneTo = -1;
    HEADER_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HEADER_WORD.exec(text)) !== null) {
      if (m.index < doneTo) continue;
      const head = lineAround(text, m.index);
      doneTo = head.end;
      const line = text.slice(head.start, head.end);
      if (!line.includes('|') && !line.includes('\t') && !line.includes('  ')) continue;
      const column = patientColumn(line);
      if (column === undefined) continue;
      const counted = isCountedTable(line);
      let at = head.end + 1;
      for (let k = 0; k < 40 && at < text.length; k++) {
        const row = lineAround(text, at);
        const rowText = text.slice(row.start, row.end);
        at = text.indexOf('\n', row.end) + 1 || text.length;
        if (rowText.trim() === '') break;
        if (RULE_LINE.test(rowText)) continue;
        const cells = cellsOf(rowText);
        let cell: Cell | undefined;
        if (counted) cell = isCountedTable(rowText) ? cells[column.index] : undefined;
        else {
          // the row's cell whose text starts nearest the header's column (within three
          // characters), or that runs across it
          const col = column.cell.start;
          let best = 4;
          for (const c of cells) {
            const s = c.start + (rowText.slice(c.start, c.end).length - rowText.slice(c.start, c.end).trimStart().length);
            const d = s <= col && c.end > col ? 0 : Math.abs(s - col);
            if (s < c.end && d < best) {
              best = d;
              cell = c;
            }
          }
        }
        if (cell === undefined) continue;
        const span = nameIn(rowText, row.start, cell);
        if (span !== undefined) out.push(span);
      }
      doneTo = Math.max(doneTo, at);
      HEADER_WORD.lastIndex = Math.max(HEADER_WORD.lastIndex, at);
    }
    // a row with no header above it: the cell right before an age and sex (`| ESTES, FLORENCE
    // ("Flo") | 97F |`, `| NAW MU PAW | 54F |`) is the patient's name
    for (let bar = text.indexOf('|'); bar >= 0; ) {
      const row = lineAround(text, bar);
      const rowText = text.slice(row.start, row.end);
      const cells = cellsOf(rowText);
      for (let k = 1; k < cells.length; k++) {
        if (!AGE_SEX_CELL.test(rowText.slice(cells[k]!.start, cells[k]!.end).trim())) continue;
        const span = nameIn(rowText, row.start, cells[k - 1]!, true);
        if (span !== undefined && !out.some((o) => o.start === span.start)) out.push(span);
      }
      bar = text.indexOf('|', row.end);
    }
    return out;
  },
});
