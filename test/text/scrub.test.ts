import { describe, expect, it } from 'vitest';
import { DeidError } from '../../src/errors.js';
import { loadAllowlist } from '../../src/allowlists/index.js';
import { createScrubber, scrub } from '../../src/text/scrub.js';
import { defineDetector } from '../../src/text/spans.js';
import type { Detector, PhiType, Span } from '../../src/text/types.js';

/** A detector that reports every occurrence of fixed words. */
function words(name: string, type: PhiType, list: string[]): Detector {
  return defineDetector({
    name,
    algorithm: 'rules',
    types: [type],
    detect: ({ text }) => {
      const out: Span[] = [];
      for (const w of list) {
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push({ start: i, end: i + w.length, type, source: name, confidence: 0.9 });
      }
      return out;
    },
  });
}

const only = (...detectors: Detector[]) => createScrubber({ algorithms: [], detectors, allowlist: false });

describe('createScrubber / scrub', () => {
  it('replaces the union of all detectors with ___ and reports merged regions', () => {
    const s = only(words('t/a', 'NAME', ['Ann Lee']), words('t/b', 'NAME', ['Lee Jones']));
    const r = s.scrub('Saw Ann Lee Jones today');
    expect(r.text).toBe('Saw ___ today');
    expect(r.spans).toEqual([{ start: 4, end: 17, outputStart: 4, outputEnd: 7, type: 'NAME', sources: ['t/a', 't/b'], confidence: 0.9 }]);
    expect(r.detected).toHaveLength(2);
  });

  it('merges overlapping spans of different types under the type of the longest span', () => {
    const s = only(words('t/n', 'NAME', ['Mercy']), words('t/h', 'HOSPITAL', ['Mercy General']));
    const r = s.scrub('at Mercy General today');
    expect(r.spans).toHaveLength(1);
    expect(r.spans[0]!.type).toBe('HOSPITAL');
    expect(r.spans[0]!.sources).toEqual(['t/h', 't/n']);
  });

  it('points outputStart/outputEnd at each replacement', () => {
    const s = createScrubber({ algorithms: [], detectors: [words('t/a', 'NAME', ['Ann', 'Bob'])], allowlist: false, replacement: '[X]' });
    const r = s.scrub('Ann met Bob and Ann');
    expect(r.text).toBe('[X] met [X] and [X]');
    for (const sp of r.spans) expect(r.text.slice(sp.outputStart, sp.outputEnd)).toBe('[X]');
  });

  it('keeps text without PHI unchanged', () => {
    const r = only(words('t/a', 'NAME', ['Ann'])).scrub('nothing to remove');
    expect(r).toEqual({ text: 'nothing to remove', spans: [], detected: [] });
  });

  it('removes only the requested types', () => {
    const s = createScrubber({ algorithms: [], allowlist: false, types: ['DATE'], detectors: [words('t/n', 'NAME', ['Ann']), words('t/d', 'DATE', ['3/4'])] });
    expect(s.scrub('Ann on 3/4').text).toBe('Ann on ___');
    expect(s.detectors.map((d) => d.name)).toEqual(['t/d']);
  });

  it('drops a span only when the allow list accepts its whole text', () => {
    const allow = loadAllowlist(['Parkinson']);
    const s = createScrubber({ algorithms: [], allowlist: allow, detectors: [words('t/n', 'NAME', ['Parkinson', 'Parkinson Smith'])] });
    const r = s.scrub('Parkinson Smith');
    // "Parkinson" alone is allowed, but "Parkinson Smith" is not, so the union still covers both words
    expect(r.text).toBe('___');
    expect(r.detected.map((d) => d.end - d.start)).toEqual([15]);
  });

  it('accepts a predicate as allow list', () => {
    const s = createScrubber({ algorithms: [], allowlist: (text) => text === 'Foley', detectors: [words('t/n', 'NAME', ['Foley', 'Ann'])] });
    expect(s.scrub('Foley placed by Ann').text).toBe('Foley placed by ___');
  });

  it('uses the built-in allow list by default (eponyms are kept)', () => {
    const s = createScrubber({ algorithms: [], detectors: [words('t/n', 'NAME', ['Parkinson'])] });
    expect(s.scrub("history of Parkinson's disease").text).toBe("history of Parkinson's disease");
  });

  it('fails closed with DETECTOR_FAILED naming the detector, never the text', () => {
    const boom = defineDetector({
      name: 'custom/boom',
      algorithm: 'rules',
      types: ['NAME'],
      detect: ({ text }) => {
        throw new Error(`cannot handle ${text}`);
      },
    });
    const s = createScrubber({ algorithms: [], detectors: [boom] });
    let caught: unknown;
    try {
      s.scrub('Patient Zebulon Quux');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DeidError);
    expect((caught as DeidError).code).toBe('DETECTOR_FAILED');
    expect((caught as DeidError).message).toContain('custom/boom');
    expect(JSON.stringify((caught as DeidError).toJSON())).not.toContain('Zebulon');
    expect((caught as DeidError).cause).toBeUndefined();
  });

  it('rejects a raw detector returning a span outside the text with SPAN_INVALID', () => {
    const bad: Detector = { name: 'raw/bad', algorithm: 'rules', types: ['NAME'], detect: () => [{ start: 0, end: 99, type: 'NAME', source: 'raw/bad', confidence: 1 }] };
    expect(() => createScrubber({ algorithms: [], detectors: [bad] }).scrub('short')).toThrowError(expect.objectContaining({ code: 'SPAN_INVALID' }) as Error);
  });

  it.each([
    ['replacement', { replacement: 3 }],
    ['algorithms', { algorithms: ['magic'] }],
    ['types', { types: ['SECRET'] }],
    ['detectors', { detectors: [{}] }],
    ['allowlist', { allowlist: 42 }],
  ])('rejects a bad %s option with CONFIG_INVALID', (_what, opts) => {
    expect(() => createScrubber(opts as never)).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID' }) as Error);
  });

  it('rejects a non-string note with INPUT_INVALID', () => {
    expect(() => only().scrub(42 as unknown as string)).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }) as Error);
  });

  it('scrubs a realistic note with the rules algorithm', () => {
    const s = createScrubber({ algorithms: ['rules'] });
    const r = s.scrub('Seen by Dr. Smith on 3/4/2012. Call 617-555-1212. BP 120/80, 2/6 murmur, Foley in place.');
    expect(r.text).toContain('Dr. ___');
    expect(r.text).not.toContain('3/4/2012');
    expect(r.text).not.toContain('555-1212');
    expect(r.text).toContain('BP 120/80');
    expect(r.text).toContain('2/6 murmur');
    expect(r.text).toContain('Foley');
  });

  it('repeats a detected name at its other occurrences in the note (propagate)', () => {
    const s = createScrubber({ algorithms: [], allowlist: false, detectors: [words('rules/t', 'NAME', ['Dr. Quenby'])] });
    const r = s.scrub('Dr. Quenby saw pt. Quenby will return; quenby lower-case is left.');
    expect(r.text).toBe('Dr. ___ saw pt. ___ will return; quenby lower-case is left.');
    expect(r.spans[1]!.sources).toEqual(['scrub/propagate']);
    const off = createScrubber({ algorithms: [], allowlist: false, propagate: false, detectors: [words('rules/t', 'NAME', ['Dr. Quenby'])] });
    expect(off.scrub('Dr. Quenby saw pt. Quenby will return').text).toBe('Dr. ___ saw pt. Quenby will return');
  });

  it('does not propagate everyday words', () => {
    const s = createScrubber({ algorithms: [], allowlist: false, detectors: [words('rules/t', 'NAME', ['Will Brown'])] });
    expect(s.scrub('Will Brown called. Will call back.').text).toBe('___ called. Will call back.');
  });

  it('repeats a given name that is an everyday word onto its capitalised occurrences, past the allow list', () => {
    const note = 'Name:  Bennett, Hope               Unit No:   123\nHistory: Hope tolerated TAVR well. We hope to discharge her.';
    const r = scrub(note);
    expect(r.text).not.toMatch(/Hope tolerated/);
    expect(r.text).toContain('We hope to discharge');
    // where case says nothing, such a word does not repeat
    const caps = scrub('NAME: BENNETT, HOPE\nHOPE TO EXTUBATE IN AM.');
    expect(caps.text).toContain('HOPE TO EXTUBATE');
  });

  it('scrub() without options runs both algorithms with the built-in allow list', () => {
    const r = scrub('Seen by Dr. Wyndham on 3/4/2012. BP 120/80, 2/6 murmur, Foley in place.');
    expect(r.text).toBe('Seen by Dr. ___ on ___. BP 120/80, 2/6 murmur, Foley in place.');
    expect(r.spans.every((s) => r.text.slice(s.outputStart, s.outputEnd) === '___')).toBe(true);
  });

  it('offers a cached default scrub()', () => {
    expect(scrub('Seen by Dr. Wyndham', { algorithms: ['rules'] }).text).toBe('Seen by Dr. ___');
  });
});
