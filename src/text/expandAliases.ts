/**
 * Aliases in quotation marks beside a detected name or facility: a nickname or a short name
 * given right after it (`Baby Boy Vang ("Tou")`, `Rio Grande Women's Hospital ("RGW")`, `Desert
 * Springs Regional ("the Springs")`) or between a given name and a surname (`Ray "Sonny"
 * Yellowhorse`), and a facility's initials in brackets after its name (`Lakeside Mercy (LMH)`) or
 * before its name in brackets (`SVRH (Summit Valley Rehabilitation Hospital)`), with every other
 * place the note writes them. The alias names the same person or place, so it is removed as the span beside
 * it is (source `scrub/alias`). Pure: text and detected spans in, new spans out.
 *
 * @module
 */
import { onlyNewSpans } from './spans.js';
import type { PhiType, Span } from './types.js';

/** The source name of spans added for aliases. */
export const ALIAS_SOURCE = 'scrub/alias';

const ALIAS_TYPES: ReadonlySet<PhiType> = new Set(['NAME', 'HOSPITAL', 'OTHER', 'LOCATION']);
/** After a span: an optional bracket, then a quoted alias of one to four capitalised words (`("RGW")`, ` "Sonny"`; never a remark: `("covering for Jones")`). */
const ALIAS_AFTER = /^[ \t]{0,2}\(?[ \t]?["“]((?:the[ \t])?)(\p{Lu}[\p{L}\p{M}\p{N}'’.&-]{0,24}(?:[ \t][\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&-]{0,24}){0,3})["”]/u;
/** True for a letter or digit of any script (a code unit; NaN at the text's ends is neither). */
function isLetterOrDigit(c: number): boolean {
  return c === c && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}
/** After a facility's name: its initials in brackets, two to six capitals (`(LMH)`). */
const ACRONYM_AFTER = /^[ \t]{0,2}\((\p{Lu}{2,6})\)/u;
/**
 * True when `acronym` opens with the initials of the first two words of `name` (of two words or
 * more; `of`, `and`, `&` and `the` skipped): `LMH` for `Lakeside Mercy`, `SVRH` for `Summit Valley
 * Rehabilitation Hospital`; never `STUDY` for `SMC`.
 */
function initialsOpen(acronym: string, name: string): boolean {
  const words = name.split(/[ \t]+/).filter((w) => !/^(?:of|and|&|the)$/i.test(w));
  if (words.length < 2) return false;
  return acronym.startsWith((words[0]![0]! + words[1]![0]!).toUpperCase());
}
/** Before a facility's name in brackets: its initials (`SVRH (`). */
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \t]{0,2}\($/u;
/** Before a name: a quoted word and a space, maybe a bracket (`"Sonny" Yellowhorse`, `"Rusty" (Russell Wiśniewski)`). */
const ALIAS_BEFORE = /["“](\p{Lu}[\p{L}\p{M}'’-]{1,24})["”][ \t]{1,2}\(?$/u;

/**
 * Spans over the quoted aliases beside detected names and facilities.
 *
 * @param text - the note
 * @param detected - the spans found so far
 * @returns new spans (type of the span beside each alias), none over text already covered
 * @example
 * ```ts
 * aliasSpans('Baby Boy Vang ("Tou")', [{ start: 0, end: 13, type: 'NAME', source: 'x', confidence: 1 }]);
 * // → one NAME span over "Tou"
 * ```
 */
export function aliasSpans(text: string, detected: readonly Span[]): Span[] {
  const found: Span[] = [];
  const searched = new Set<string>();
  for (const s of detected) {
    if (!ALIAS_TYPES.has(s.type) || s.source === ALIAS_SOURCE) continue;
    const after = ALIAS_AFTER.exec(text.slice(s.end, s.end + 80));
    if (after) {
      const start = s.end + after.index + after[0].length - 1 - after[2]!.length;
      found.push({ start, end: start + after[2]!.length, type: s.type, source: ALIAS_SOURCE, confidence: 0.7 });
    }
    // a facility's initials in brackets right after its name: `Lakeside Mercy (LMH)`, `Mercy Spine & Pain (MSP)`
    if (s.type === 'HOSPITAL' || s.type === 'OTHER' || s.type === 'LOCATION') {
      // (or before it, its name in the brackets: `SVRH (Summit Valley Rehabilitation Hospital)`)
      const acr = ACRONYM_AFTER.exec(text.slice(s.end, s.end + 12)) ?? ACRONYM_BEFORE.exec(text.slice(Math.max(0, s.start - 12), s.start));
      if (acr && initialsOpen(acr[1]!, text.slice(s.start, s.end)) && !searched.has(acr[1]!)) {
        // the initials name the facility wherever the note writes them again (`LMH records
        // requested`); each set of initials is searched for once, so the step stays linear
        const a = acr[1]!;
        searched.add(a);
        for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + a.length)) {
          if (!isLetterOrDigit(text.charCodeAt(at - 1)) && !isLetterOrDigit(text.charCodeAt(at + a.length))) found.push({ start: at, end: at + a.length, type: s.type, source: ALIAS_SOURCE, confidence: 0.7 });
        }
      }
      continue;
    }
    if (s.type !== 'NAME') continue;
    const before = ALIAS_BEFORE.exec(text.slice(Math.max(0, s.start - 32), s.start));
    if (before) {
      const end = s.start - (before[0].length - 1 - before[1]!.length);
      found.push({ start: end - before[1]!.length, end, type: 'NAME', source: ALIAS_SOURCE, confidence: 0.7 });
    }
  }
  // keep each alias once, and none over text the detected spans already cover
  return onlyNewSpans(found, detected);
}
