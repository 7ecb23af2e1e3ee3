import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planWindows, WINDOW_OVERLAP, WINDOW_WHOLE } from '../../src/text/_windows.js';
import { createScrubber } from '../../src/text/scrub.js';

describe('planWindows', () => {
  it('keeps a note of up to 256 Ki characters whole', () => {
    const text = 'x'.repeat(WINDOW_WHOLE);
    expect(planWindows(text)).toEqual([{ start: 0, end: text.length, coreStart: 0, coreEnd: text.length }]);
  });

  it('splits a long note into cores that partition it, each inside a window with context on both sides', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word ', 'Name.\n', '\n', 'x', '12/3 '), { minLength: 200, maxLength: 2000 }), fc.integer({ min: 40, max: 400 }), (parts, size) => {
        const text = parts.join('');
        const ws = planWindows(text, size, size);
        expect(ws[0]!.coreStart).toBe(0);
        expect(ws.at(-1)!.coreEnd).toBe(text.length);
        for (let i = 0; i < ws.length; i++) {
          const w = ws[i]!;
          expect(w.coreStart).toBeLessThan(w.coreEnd);
          if (i > 0) expect(w.coreStart).toBe(ws[i - 1]!.coreEnd);
          expect(w.start).toBeLessThanOrEqual(w.coreStart);
          expect(w.end).toBeGreaterThanOrEqual(w.coreEnd);
          const overlap = Math.min(WINDOW_OVERLAP, size >> 2);
          if (w.coreStart > 0) expect(w.coreStart - w.start).toBeGreaterThanOrEqual(Math.min(overlap, w.coreStart));
          if (w.coreEnd < text.length) expect(w.end - w.coreEnd).toBeGreaterThanOrEqual(Math.min(overlap, text.length - w.coreEnd));
        }
      }),
    );
  });

  it('cuts cores at line starts when the note has line breaks', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `Line ${i} of the note.`).join('\n');
    for (const w of planWindows(text, 100_000, 100_000).slice(1)) expect(text[w.coreStart - 1]).toBe('\n');
  });
});

describe('scrubbing a note longer than one window', () => {
  const scrubber = createScrubber({ algorithms: ['rules'] });
  const paragraph = (i: number): string =>
    `Visit ${i}: seen by Dr. Quimby on 3/${(i % 28) + 1}/2012 at Mercy Hospital. Call 617-555-${String(1000 + (i % 9000))}. Foley draining clear urine.`;

  it('removes the same regions as scrubbing each self-contained paragraph on its own', () => {
    const paragraphs = Array.from({ length: 6000 }, (_, i) => paragraph(i));
    const long = paragraphs.join('\n\n');
    expect(long.length).toBeGreaterThan(WINDOW_WHOLE);
    expect(scrubber.scrub(long).text).toBe(paragraphs.map((p) => scrubber.scrub(p).text).join('\n\n'));
  });

  it('repeats a name found in the first window at its occurrences in the last one (note-wide propagation)', () => {
    const filler = Array.from({ length: 12000 }, (_, i) => `Day ${i}: vitals stable, continue current plan.`).join('\n');
    const long = `Seen by Dr. Zuleika Quenby today.\n${filler}\nQuenby tolerated diet.\n`;
    expect(planWindows(long).length).toBeGreaterThan(1);
    const out = scrubber.scrub(long);
    expect(out.text.startsWith('Seen by Dr. ___ today.')).toBe(true);
    expect(out.text.endsWith('\n___ tolerated diet.\n')).toBe(true);
    expect(out.text).not.toContain('Quenby');
  });
});
