/**
 * Allow-list suggestions from review marks: each over-scrubbed text (a removed region the
 * reviewer said was not PHI) becomes a candidate allow-list entry, counted, with the types and
 * detectors that removed it, in the allow-list file format (`allowlists/README.md`).
 *
 * @module
 */
import { DeidError } from '../errors.js';
import { PHI_TYPES, type PhiType } from '../text/types.js';

/** One suggested entry. */
export interface AllowlistSuggestion {
  /** The text, trimmed, as written most often. */
  readonly text: string;
  /** How many over-scrub marks it had. */
  readonly count: number;
  readonly types: readonly PhiType[];
  readonly sources: readonly string[];
}

interface MarkLine {
  text?: unknown;
  overscrub?: unknown;
}

/**
 * Reads exported review marks and collects their over-scrubs.
 *
 * @param jsonl - the exported marks (one JSON object a line)
 * @param file - the file name, for error locations
 * @returns suggestions, most frequent first
 * @throws DeidError `INPUT_INVALID` naming the line of a malformed record
 * @example
 * ```ts
 * const s = suggestAllowlist(readFileSync('review-marks.jsonl', 'utf8'));
 * ```
 */
export function suggestAllowlist(jsonl: string, file = 'marks'): AllowlistSuggestion[] {
  const found = new Map<string, { forms: Map<string, number>; count: number; types: Set<PhiType>; sources: Set<string> }>();
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: MarkLine;
    try {
      rec = JSON.parse(line) as MarkLine;
    } catch {
      throw new DeidError('INPUT_INVALID', 'a marks line is not JSON', { location: { file, line: i + 1 } });
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string' || (rec.overscrub !== undefined && !Array.isArray(rec.overscrub))) {
      throw new DeidError('INPUT_INVALID', 'a marks line lacks "text" or has a bad "overscrub"', { location: { file, line: i + 1 } });
    }
    const text = rec.text;
    for (const o of (rec.overscrub ?? []) as { start?: unknown; end?: unknown; type?: unknown; sources?: unknown }[]) {
      const { start, end } = o;
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > text.length || (end as number) <= (start as number)) {
        throw new DeidError('INPUT_INVALID', 'an over-scrub mark is outside its text', { location: { file, line: i + 1 } });
      }
      const form = text.slice(start as number, end as number).replace(/\s+/g, ' ').trim();
      if (form === '') continue;
      const key = form.toLowerCase();
      const e = found.get(key) ?? { forms: new Map<string, number>(), count: 0, types: new Set<PhiType>(), sources: new Set<string>() };
      e.count++;
      e.forms.set(form, (e.forms.get(form) ?? 0) + 1);
      if (PHI_TYPES.includes(o.type as PhiType)) e.types.add(o.type as PhiType);
      if (Array.isArray(o.sources)) for (const s of o.sources) if (typeof s === 'string') e.sources.add(s);
      found.set(key, e);
    }
  });
  return [...found.values()]
    .map((e) => ({ text: [...e.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0], count: e.count, types: [...e.types].sort(), sources: [...e.sources].sort() }))
    .sort((a, b) => b.count - a.count || (a.text.toLowerCase() < b.text.toLowerCase() ? -1 : 1));
}

/**
 * Writes suggestions as an allow-list file: grouped by type (`# types:` directives), each entry
 * after a comment with its count and detectors.
 *
 * @param suggestions - from {@link suggestAllowlist}
 * @returns the file text
 * @example
 * ```ts
 * writeFileSync('allow-review.txt', formatAllowlistSuggestions(suggestAllowlist(marks)));
 * ```
 */
export function formatAllowlistSuggestions(suggestions: readonly AllowlistSuggestion[]): string {
  const lines = [
    '# Allow-list suggestions from review over-scrubs (ehr-deid suggest-allowlist).',
    '# Check every entry before use: an entry stops the scrubber removing that text, of those types, in every note.',
  ];
  const groups = new Map<string, AllowlistSuggestion[]>();
  for (const s of suggestions) {
    const k = s.types.join(' ') || '*';
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  for (const [types, list] of groups) {
    lines.push('', `# types: ${types}`);
    for (const s of list) lines.push(`# ${s.count} over-scrub${s.count > 1 ? 's' : ''}${s.sources.length ? ` (${s.sources.join(', ')})` : ''}`, s.text);
  }
  return lines.join('\n') + '\n';
}
