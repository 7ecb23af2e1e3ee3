/**
 * Removes whole sections of a note by heading, as MIMIC-IV-Note removed the "Social History"
 * and "Discharge Instructions" sections of discharge summaries: they hold social and logistic
 * detail that adds re-identification risk and little clinical value.
 *
 * @module
 */

/** The sections MIMIC-IV removed from discharge summaries. */
export const MIMIC_REMOVED_SECTIONS: readonly string[] = ['Social History', 'Discharge Instructions'];

const MAX_HEADING = 80;

/**
 * The heading of `line` when it starts a section (`Heading:` at the start of the line), else
 * undefined; `ownLine` is true when nothing but white space follows the colon.
 */
function headingOf(line: string): { head: string; ownLine: boolean } | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > MAX_HEADING) return undefined;
  const head = line.slice(0, colon).trim();
  if (head.length === 0) return undefined;
  const first = head.charCodeAt(0);
  const isUpper = first >= 65 && first <= 90;
  if (!isUpper) return undefined;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 47 || c === 38 || c === 45 || c === 40 || c === 41 || c === 39;
    if (!ok) return undefined;
  }
  return { head, ownLine: line.slice(colon + 1).trim() === '' };
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Removes every section whose heading is one of `headings` (case-insensitive): the heading line
 * (`Social History:` at the start of a line, alone or followed by text) and every line up to the
 * next heading that stands alone on its line (`Medications:`) or the end of the text. Labelled
 * lines inside a section (`Tobacco: 1 ppd`) do not end it. Runs in time linear in the text.
 *
 * @param text - the note
 * @param headings - section headings to remove, e.g. {@link MIMIC_REMOVED_SECTIONS}
 * @returns the note without those sections (unchanged when none is present)
 * @example
 * ```ts
 * removeSections('Chief Complaint:\nchest pain\n\nSocial History:\nLives with wife Ann.\n\nMedications:\naspirin\n', MIMIC_REMOVED_SECTIONS);
 * // 'Chief Complaint:\nchest pain\n\nMedications:\naspirin\n'
 * ```
 */
export function removeSections(text: string, headings: readonly string[]): string {
  if (headings.length === 0 || text.length === 0) return text;
  const wanted = new Set(headings.map(norm));
  const out: string[] = [];
  let dropping = false;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, end);
    const h = headingOf(line);
    if (h !== undefined) {
      if (wanted.has(norm(h.head))) dropping = true;
      else if (h.ownLine) dropping = false;
    }
    if (!dropping) out.push(line);
    pos = end;
  }
  return out.join('');
}
