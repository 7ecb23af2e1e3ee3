import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../src/text/context.js';
import { patternDetectors } from '../../src/text/detectors/rules/patterns/index.js';
import { createScrubber } from '../../src/text/scrub.js';

// Inputs built to trigger catastrophic backtracking in careless regexes. Each must complete;
// the bound below is deliberately generous (speed is measured in the benchmark, not here):
// a super-linear regex on 100k-1M characters takes minutes, not seconds.
const MB = 1 << 20;
const cases: [string, () => string][] = [
  ['a 1 MB line of words', () => 'Dr. Smith saw pt on 3/4 at 617-555-1212. '.repeat(Math.ceil(MB / 41)).slice(0, MB)],
  ['100k digits', () => '7'.repeat(100_000)],
  ['100k slashes', () => '/'.repeat(100_000)],
  ['100k dashes', () => '-'.repeat(100_000)],
  ['100k dots', () => '.'.repeat(100_000)],
  ['100k open parentheses', () => '('.repeat(100_000)],
  ['digits and slashes', () => '1/'.repeat(50_000)],
  ['digits and dashes', () => '12-'.repeat(33_000)],
  ['digits and dots', () => '1.'.repeat(50_000)],
  ['capitalised words without a suffix', () => 'Aa '.repeat(40_000)],
  ['title followed by many names', () => 'Dr. ' + 'Smith '.repeat(20_000)],
  ['at-signs and dots', () => 'a.'.repeat(30_000) + '@' + 'b.'.repeat(30_000)],
  ['a 1 MB line without spaces', () => 'x'.repeat(MB)],
  ['apostrophes and digits', () => "'9".repeat(50_000)],
];

describe('adversarial input', () => {
  it.each(cases)('every pattern detector completes on %s', (_name, make) => {
    const text = make();
    const ctx = createTextContext(text);
    const t0 = performance.now();
    for (const d of patternDetectors) {
      const spans = d.detect(ctx);
      for (const s of spans) expect(s.end).toBeLessThanOrEqual(text.length);
    }
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('scrubs a 1 MB line with the rules algorithm without crashing', () => {
    const text = 'Wife Mary called 617-555-1212 re: BP 120/80 on 3/4/2012; '.repeat(18_000);
    const r = createScrubber({ algorithms: ['rules'] }).scrub(text);
    expect(r.text).not.toContain('555-1212');
    expect(r.text).toContain('BP 120/80');
  });

  it('grows about linearly: 4x the input costs far less than 16x the time', () => {
    const unit = '1/2/3-4.5 (6) 7/8 x9 Dr. A. B. ';
    const small = unit.repeat(4_000);
    const large = unit.repeat(16_000);
    const time = (t: string): number => {
      const ctx = createTextContext(t);
      const t0 = performance.now();
      for (const d of patternDetectors) d.detect(ctx);
      return performance.now() - t0;
    };
    time(small); // warm up
    const a = Math.max(time(small), 1);
    const b = time(large);
    expect(b / a).toBeLessThan(16);
  });
});

describe('adversarial input for propagation', () => {
  it('propagates thousands of distinct names in linear time (no crash)', () => {
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const names = Array.from({ length: 5_000 }, (_, i) => `Zq${letters(i)}x`);
    const text = names.map((n) => `Dr. ${n} saw ${n}. `).join('');
    const r = createScrubber({ algorithms: ['rules'] }).scrub(text);
    expect(r.text).not.toContain(names[0]!);
    expect(r.text).not.toContain(names[4_999]!);
  });
});
