import { describe, expect, it } from 'vitest';
import { parseAnnotated } from '../../src/testing/index.js';
import { DeidError } from '../../src/errors.js';

describe('parseAnnotated', () => {
  it('returns plain text and gold spans with offsets into it', () => {
    expect(parseAnnotated('Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]]')).toEqual({
      text: 'Seen by Dr. Ames on 3/4/2012',
      spans: [
        { start: 8, end: 16, type: 'NAME', text: 'Dr. Ames' },
        { start: 20, end: 28, type: 'DATE', text: '3/4/2012' },
      ],
    });
  });

  it.each([
    ['no markup at all', 'plain text', 'plain text', 0],
    ['escaped brackets', 'a \\[\\[b\\]\\] c', 'a [[b]] c', 0],
    ['an escaped backslash', 'C:\\\\tmp', 'C:\\tmp', 0],
    ['single brackets', 'x [1] y [[ID:A-7]] z]', 'x [1] y A-7 z]', 1],
    ['escapes inside an annotation', '[[NAME:O\\]Neil]]', 'O]Neil', 1],
    ['types with digits and _', '[[ID_2:123]]', '123', 1],
    ['adjacent annotations', '[[NAME:Ann]][[NAME:Lee]]', 'AnnLee', 2],
    ['unicode text', '[[NAME:Zoë Ñúñez]] 😀', 'Zoë Ñúñez 😀', 1],
  ])('handles %s', (_what, input, text, n) => {
    const r = parseAnnotated(input);
    expect(r.text).toBe(text);
    expect(r.spans).toHaveLength(n);
    for (const s of r.spans) expect(r.text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['an unclosed annotation', 'Seen by [[NAME:Ames'],
    ['a stray ]]', 'Seen by Ames]]'],
    ['a nested annotation', '[[NAME:Dr [[NAME:Ames]]]]'],
    ['a missing type', '[[:Ames]]'],
    ['a lower-case type', '[[name:Ames]]'],
    ['a missing colon', '[[NAME Ames]]'],
    ['an empty annotation', '[[NAME:]]'],
    ['an unknown escape', 'a \\n b'],
    ['a trailing backslash', 'abc\\'],
    ['an over-long type', `[[${'A'.repeat(40)}:x]]`],
  ])('throws INPUT_INVALID for %s, with the column', (_what, input) => {
    try {
      parseAnnotated(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeidError);
      expect((e as DeidError).code).toBe('INPUT_INVALID');
      expect((e as DeidError).location?.column).toBeGreaterThan(0);
      expect((e as DeidError).message).not.toContain('Ames');
    }
  });

  it('is linear on adversarial input (1 MB of brackets and backslashes)', () => {
    const t0 = Date.now();
    expect(parseAnnotated('\\['.repeat(500_000)).text).toHaveLength(500_000);
    expect(() => parseAnnotated('[['.repeat(500_000))).toThrow(/INPUT_INVALID/);
    expect(parseAnnotated(`[[NAME:${'x'.repeat(1_000_000)}]]`).spans[0]!.end).toBe(1_000_000);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
