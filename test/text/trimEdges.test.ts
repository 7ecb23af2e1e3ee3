import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createScrubber } from '../../src/text/scrub.js';
import { defineDetector } from '../../src/text/spans.js';
import { trimEdgeWords, FACILITY_HEAD_WORDS, NAME_LEADING_WORDS } from '../../src/text/trimEdges.js';
import type { MergedSpan } from '../../src/text/spans.js';
import type { PhiType } from '../../src/text/types.js';
import { checkScrubs, evaluateScrubber, genericFacilityWord } from '../../src/testing/index.js';

const region = (text: string, part: string, type: PhiType): MergedSpan => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, type, sources: ['t'], confidence: 1 };
};
const kept = (text: string, part: string, type: PhiType): string[] => trimEdgeWords(text, [region(text, part, type)]).map((r) => text.slice(r.start, r.end));

/** A scrubber whose only detector reports the given phrases with one type. */
const phrases = (type: PhiType, list: string[]) =>
  createScrubber({
    algorithms: [],
    allowlist: false,
    propagate: false,
    detectors: [
      defineDetector({
        name: 'custom/t',
        algorithm: 'rules',
        types: [type],
        detect: ({ text }) => list.flatMap((p) => (text.includes(p) ? [{ start: text.indexOf(p), end: text.indexOf(p) + p.length, type, source: 'custom/t', confidence: 1 }] : [])),
      }),
    ],
  });

describe('trimEdgeWords', () => {
  it('gives back facility heads at the end of a hospital or location region', () => {
    expect(kept('from Calvert Hospital today', 'Calvert Hospital', 'HOSPITAL')).toEqual(['Calvert']);
    expect(kept('to U OF MD MED CENTER on', 'U OF MD MED CENTER', 'HOSPITAL')).toEqual(['U OF MD']);
    expect(kept('lives at Carpenter Assisted Living', 'Carpenter Assisted Living', 'LOCATION')).toEqual(['Carpenter']);
    expect(kept('d/c to Baltimore Rehab.', 'Baltimore Rehab', 'HOSPITAL')).toEqual(['Baltimore']);
  });

  it('gives back a department written in lower case after a capitalised facility name', () => {
    expect(kept('Seen at Milford Regional urgent care Sunday', 'Milford Regional urgent care', 'HOSPITAL')).toEqual(['Milford Regional']);
    expect(kept('at the Lahey epilepsy center.', 'Lahey epilepsy center', 'HOSPITAL')).toEqual(['Lahey']);
    // only after a capitalised name, never the whole region, never a capitalised word
    expect(kept('at holy family ed, transferred', 'holy family ed', 'HOSPITAL')).toEqual(['holy family ed']);
    expect(kept('at Lahey Epilepsy Center', 'Lahey Epilepsy Center', 'HOSPITAL')).toEqual(['Lahey Epilepsy']);
  });

  it('gives back Spanish and French titles and greetings before a name', () => {
    expect(kept('Señora Castillo, usted', 'Señora Castillo', 'NAME')).toEqual(['Castillo']);
    expect(kept('Hi Sonja, pt in 4', 'Hi Sonja', 'NAME')).toEqual(['Sonja']);
    expect(kept('chaplain Fr. Tadeusz, and', 'Fr. Tadeusz', 'NAME')).toEqual(['Tadeusz']);
  });

  it('keeps a lone short title as initials unless a name follows its full stop', () => {
    expect(kept('d/w FR re plan', 'FR', 'NAME')).toEqual(['FR']);
    expect(kept('chaplain Fr. Tadeusz', 'Fr', 'NAME')).toEqual([]);
  });

  it('reads a head with one typing slip as the head (HOSPIATAL, hospitol)', () => {
    expect(kept('TO CALVERT HOSPIATAL FOR', 'CALVERT HOSPIATAL', 'HOSPITAL')).toEqual(['CALVERT']);
    expect(kept('at mercy hospitol', 'mercy hospitol', 'HOSPITAL')).toEqual(['mercy']);
  });

  it('keeps the distinctive part even when it is a generic-looking word', () => {
    expect(kept('at General Hospital', 'General Hospital', 'HOSPITAL')).toEqual(['General']);
    expect(kept('at Memorial Hospital', 'Memorial Hospital', 'HOSPITAL')).toEqual(['Memorial']);
    // only the end is trimmed: a head inside the name stays removed
    expect(kept('at Hospital of Saint Raphael', 'Hospital of Saint Raphael', 'HOSPITAL')).toEqual(['Hospital of Saint Raphael']);
  });

  it('gives back titles and relation words at the start of a name, and a possessive', () => {
    expect(kept("pt's son Nick arrived", 'son Nick', 'NAME')).toEqual(['Nick']);
    expect(kept('MRS LEY HERE', 'MRS LEY', 'NAME')).toEqual(['LEY']);
    expect(kept("after dr vascuez's meeting", "dr vascuez's", 'NAME')).toEqual(['vascuez']);
    expect(kept('Son Will visited', 'Son Will', 'NAME')).toEqual(['Will']);
    expect(kept('Patient Zebulon Quxworthy is 58', 'Patient Zebulon Quxworthy', 'NAME')).toEqual(['Zebulon Quxworthy']);
  });

  it("keeps a place's 's and trims nothing from other types or other edges", () => {
    expect(kept("transfer to St. Mary's tomorrow", "St. Mary's", 'HOSPITAL')).toEqual(["St. Mary's"]);
    expect(kept('Dr. House saw', 'Dr. House', 'NAME')).toEqual(['House']);
    expect(kept('Smith Hospital', 'Smith Hospital', 'NAME')).toEqual(['Smith Hospital']);
    expect(kept('call 617-555-1212 home', '617-555-1212 home', 'PHONE')).toEqual(['617-555-1212 home']);
  });

  it('gives back the first half of a contraction, and a pronoun I before it', () => {
    expect(kept("JESUS I DON'T WANT", 'JESUS I DON', 'NAME')).toEqual(['JESUS']);
    expect(kept("said I DON'T", 'I DON', 'NAME')).toEqual([]);
    expect(kept('Dr. Don’t know', 'Don', 'NAME')).toEqual([]);
    expect(kept("Don Tate won't", 'Don Tate', 'NAME')).toEqual(['Don Tate']);
  });

  it('drops a region that held only generic words', () => {
    expect(kept('to the hospital', 'hospital', 'HOSPITAL')).toEqual([]);
    expect(kept('her son called', 'son', 'NAME')).toEqual([]);
    expect(kept('Brief Hospital Course: Patient admitted with NSTEMI', 'Patient', 'NAME')).toEqual([]);
    expect(kept('his appointed Health Care Proxy. Copy', 'Health Care Proxy', 'HOSPITAL')).toEqual([]);
  });

  it('keeps a lone short title, which is more likely initials that spell it', () => {
    expect(kept('Night float DR was called', 'DR', 'NAME')).toEqual(['DR']);
    expect(kept('d/w MS in the AM', 'MS', 'NAME')).toEqual(['MS']);
    expect(kept('the Doctor came', 'Doctor', 'NAME')).toEqual([]);
  });

  it('never gives back a word outside its lists (property)', () => {
    const words = ['Calvert', 'Quenby', 'Hospital', 'son', 'Dr', 'Mercy', 'Center', 'Rehab', 'Mrs', "Mary's", 'Ames', 'home', 'of'];
    const types: PhiType[] = ['NAME', 'HOSPITAL', 'LOCATION', 'DATE'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), fc.constantFrom(...types), (ws, type) => {
        const text = `at ${ws.join(' ')} today`;
        const r = region(text, ws.join(' '), type);
        const out = trimEdgeWords(text, [r]);
        expect(out.length).toBeLessThanOrEqual(1);
        const inside = (i: number) => out.some((o) => o.start <= i && i < o.end);
        // every word of the region that is not covered any more is a listed generic word
        let at = r.start;
        for (const w of ws) {
          const i = text.indexOf(w, at);
          at = i + w.length;
          if (inside(i)) continue;
          const lower = w.toLowerCase().replace(/'s$/, '');
          expect(FACILITY_HEAD_WORDS.has(lower) || NAME_LEADING_WORDS.has(lower) || w.endsWith("'s")).toBe(true);
        }
        for (const o of out) expect(o.start >= r.start && o.end <= r.end && o.start < o.end).toBe(true);
      }),
    );
  });
});

describe('keepEdgeWords (scrubber option)', () => {
  const hosp = phrases('HOSPITAL', ['Calvert Hospital']);
  it('is on by default and reports the trimmed region', () => {
    const r = hosp.scrub('Transferred from Calvert Hospital today.');
    expect(r.text).toBe('Transferred from ___ Hospital today.');
    expect(r.spans).toHaveLength(1);
    expect(r.spans[0]).toMatchObject({ start: 17, end: 24, type: 'HOSPITAL' });
    // the detector's own span is reported unchanged
    expect(r.detected[0]).toMatchObject({ start: 17, end: 33 });
  });

  it('false removes each region whole', () => {
    const whole = createScrubber({ algorithms: [], allowlist: false, propagate: false, keepEdgeWords: false, detectors: hosp.detectors });
    expect(whole.scrub('Transferred from Calvert Hospital today.').text).toBe('Transferred from ___ today.');
  });

  it('rejects a non-boolean', () => {
    expect(() => createScrubber({ keepEdgeWords: 'yes' as unknown as boolean })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', issues: [{ path: 'keepEdgeWords', message: 'expected a boolean' }] }),
    );
  });

  it('the built-in scrubber keeps the head and removes the name', () => {
    expect(createScrubber().scrub('Pt transferred from Quenby Memorial Hospital for cath.').text).toBe('Pt transferred from ___ Hospital for cath.');
  });
});

describe('genericFacilityWord (scoring rule)', () => {
  const hosp = phrases('HOSPITAL', ['Calvert Hospital']);
  it('leaves facility heads of gold hospital names out of the score', () => {
    const cases = ['Transferred from [[HOSPITAL:Calvert Hospital]] today.'];
    expect(evaluateScrubber(hosp.scrub, cases).recall).toBe(0.5);
    expect(evaluateScrubber(hosp.scrub, cases, { uncounted: genericFacilityWord })).toMatchObject({ recall: 1, goldTokens: 1, charRecall: 1 });
    expect(checkScrubs(hosp.scrub, cases[0]!).pass).toBe(false);
    expect(checkScrubs(hosp.scrub, cases[0]!, { uncounted: genericFacilityWord }).pass).toBe(true);
  });

  it('counts the same words in names and as false positives', () => {
    expect(genericFacilityWord('Hospital', 'HOSPITAL')).toBe(true);
    expect(genericFacilityWord('Cennter', 'HOSPITAL')).toBe(true);
    expect(genericFacilityWord('Hospital', 'Location')).toBe(true);
    expect(genericFacilityWord('House', 'NAME')).toBe(false);
    expect(genericFacilityWord('Calvert', 'HOSPITAL')).toBe(false);
    // "the hospital" is not gold: touching it still costs precision
    const r = evaluateScrubber((t) => ({ text: t, spans: [{ start: t.indexOf('hospital'), end: t.indexOf('hospital') + 8 }] }), ['back to the hospital'], { uncounted: genericFacilityWord });
    expect(r.precision).toBe(0);
  });
});
