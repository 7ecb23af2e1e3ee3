/**
 * Dates in text: each DATE region read as a date mention is written moved by a number of days
 * in its own format. A month and day without a year is read in the year of the nearest full
 * date before it in the note (else the nearest after it; else a common year, see
 * `_dateMention.ts`), so `admitted 3/4/2012 … on 3/6` stays two days apart.
 *
 * @module
 */
import type { MergedSpan } from '../spans.js';
import { parseDateMention, shiftDateMention } from './_dateMention.js';

/**
 * Moves the DATE regions that read as dates.
 *
 * @param text - the note
 * @param regions - merged regions, sorted
 * @param offsetFor - the offset (days) to use; called once
 * @returns one entry per region: the moved text, or undefined (not a date, or not readable)
 * @example
 * ```ts
 * shiftDateRegions('Seen 3/4/2012, again 3/6.', regions, () => 10); // ['3/14/2012', '3/16']
 * ```
 */
export function shiftDateRegions(text: string, regions: readonly MergedSpan[], offsetFor: () => number): (string | undefined)[] {
  const mentions = regions.map((r) => (r.type === 'DATE' ? parseDateMention(text.slice(r.start, r.end)) : undefined));
  if (mentions.every((m) => m === undefined)) return mentions.map(() => undefined);
  const offset = offsetFor();
  // the year of the nearest full date before each region (else after it)
  const before: (number | undefined)[] = [];
  let last: number | undefined;
  for (const m of mentions) {
    before.push(last);
    if (m?.kind === 'full') last = m.y;
  }
  const after: (number | undefined)[] = new Array<number | undefined>(mentions.length);
  let next: number | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    after[i] = next;
    const m = mentions[i];
    if (m?.kind === 'full') next = m.y;
  }
  return mentions.map((m, i) => (m === undefined ? undefined : shiftDateMention(m, offset, before[i] ?? after[i])));
}
