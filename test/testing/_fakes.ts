import type { ScrubFn } from '../../src/testing/index.js';

/** A fake scrubber that removes the listed words (whole words) and nothing else. */
export function wordScrubber(words: readonly string[]): ScrubFn {
  return (text) => {
    const spans: { start: number; end: number }[] = [];
    for (const w of words) {
      let i = text.indexOf(w);
      while (i >= 0) {
        spans.push({ start: i, end: i + w.length });
        i = text.indexOf(w, i + w.length);
      }
    }
    spans.sort((a, b) => b.start - a.start);
    let out = text;
    for (const s of spans) out = out.slice(0, s.start) + '___' + out.slice(s.end);
    return { text: out, spans };
  };
}

/** Removes names after "Dr." and m/d/yyyy dates. */
export const fakeScrub: ScrubFn = (text) => {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/Dr\. [A-Z][a-z]{1,20}|\b\d{1,2}\/\d{1,2}\/\d{4}\b/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + '___';
    at = s.end;
  }
  return { text: out + text.slice(at), spans };
};
