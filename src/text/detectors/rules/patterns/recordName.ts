/**
 * Names introduced by a medical record number: the capitalised words right before `MRN`,
 * `(MRN …)`, `, MRN`, `Medical Record #` or `Unit No` are the patient's name
 * (`pt Agnieszka Stanhope (MRN 123)`, `Patient Zuleika Bellweather, MRN 456`).
 *
 * Only Title-case words count (in ALL-CAPS notes the cue says nothing about where the name
 * starts), at most three, read from the cue leftwards; everyday words stop the name unless they
 * are a Title-case surname, titles (Dr, Mrs, Patient) always stop it, and a name made only of
 * words that are also everyday words (`Labs`) is not taken.
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { classifyWord, eachMatch, mkSpan } from './_lib.js';

const SOURCE = 'rules/record-name';

// Up to three Title-case words, then an MRN cue. Bounded repetitions only (linear).
const BEFORE_MRN =
  /((?:[A-Z][a-z'’-]{1,30}[ \t]{1,2}){0,2}[A-Z][a-z'’-]{1,30})[ \t]{0,4}[,(]?[ \t]{0,2}(?:MRN|Medical[ \t]{1,2}Record(?:[ \t]{1,2}(?:Number|No\.?|#))?|Unit[ \t]{1,2}No)\b/g;
const WORD = /[A-Z][a-z'’-]{1,30}/g;
const STOP: ReadonlySet<string> = new Set(['dr', 'drs', 'mr', 'mrs', 'ms', 'miss', 'patient', 'pt', 'name', 'the', 'for', 'of', 'and', 'with', 'by']);

/**
 * Pattern detector for patient names right before a record-number cue (type `NAME`, source
 * `rules/record-name`).
 *
 * @example
 * ```ts
 * recordNameDetector.detect(createTextContext('pt Agnieszka Stanhope (MRN 123)')); // one span over "Agnieszka Stanhope"
 * ```
 */
export const recordNameDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['NAME'],
  detect: ({ text }) => {
    const spans: Span[] = [];
    if (!text.includes('MRN') && !text.includes('Medical') && !text.includes('Unit')) return spans;
    eachMatch(BEFORE_MRN, text, (m) => {
      const group = m[1] as string;
      const base = m.index;
      const words: { start: number; end: number; lower: string }[] = [];
      eachMatch(WORD, group, (w) => words.push({ start: base + w.index, end: base + w.index + w[0].length, lower: w[0].toLowerCase() }));
      let from = words.length;
      let clear = false; // at least one word that is only a name (or unknown), not also an everyday word
      while (from > 0) {
        const w = words[from - 1]!;
        if (STOP.has(w.lower)) break;
        const cls = classifyWord(w.lower);
        if (cls === 'stop' || cls === 'common') break; // function, clinical or everyday word (not a surname)
        if (cls === 'first' || cls === 'surname' || cls === 'unknown') clear = true;
        from--;
      }
      if (clear && from < words.length) spans.push(mkSpan(words[from]!.start, words[words.length - 1]!.end, 'NAME', SOURCE, 0.8));
    });
    return spans;
  },
});
