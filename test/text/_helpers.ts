import { expect } from 'vitest';
import { createTextContext } from '../../src/text/context.js';
import type { Detector, Span } from '../../src/text/types.js';

/** Texts of the spans a detector finds in `text`, in order. */
export function found(detector: Detector, text: string): string[] {
  return [...detector.detect(createTextContext(text))].sort((a, b) => a.start - b.start).map((s) => text.slice(s.start, s.end));
}

/** Spans a detector finds. */
export function spansOf(detector: Detector, text: string): readonly Span[] {
  return detector.detect(createTextContext(text));
}

/** Asserts that `phi` is covered by one of the detector's spans. */
export function expectCovered(detector: Detector, text: string, phi: string): void {
  const at = text.indexOf(phi);
  if (at < 0) throw new Error(`test bug: ${phi} not in text`);
  const spans = spansOf(detector, text);
  const covered = spans.some((s) => s.start <= at && s.end >= at + phi.length);
  expect(covered, `expected ${JSON.stringify(phi)} to be covered in ${JSON.stringify(text)}; got ${JSON.stringify(found(detector, text))}`).toBe(true);
}

/** Asserts that the detector reports nothing touching `word` (or nothing at all when omitted). */
export function expectUntouched(detector: Detector, text: string, word?: string): void {
  const spans = spansOf(detector, text);
  if (word === undefined) {
    expect(found(detector, text), text).toEqual([]);
    return;
  }
  const at = text.indexOf(word);
  const hit = spans.some((s) => s.start < at + word.length && s.end > at);
  expect(hit, `expected ${JSON.stringify(word)} untouched in ${JSON.stringify(text)}; got ${JSON.stringify(found(detector, text))}`).toBe(false);
}
