import { describe, expect, it } from 'vitest';
import { knownIdentifiersDetector, type KnownIdentifier } from '../../../src/text/detectors/known/knownIdentifiers.js';
import { createScrubber } from '../../../src/text/scrub.js';
import { createTextContext } from '../../../src/text/context.js';

const PATIENT: KnownIdentifier[] = [
  { column: 'first_name', kind: 'name', value: 'Mortimer' },
  { column: 'last_name', kind: 'name', value: 'Bellweather' },
  { column: 'maiden_name', kind: 'name', value: 'Hope' },
  { column: 'mrn', kind: 'id', value: '0736902519' },
  { column: 'home_phone', kind: 'phone', value: '781.555.5663' },
  { column: 'street', kind: 'street', value: '578 Birchwood Lane' },
  { column: 'city', kind: 'city', value: 'Pinecrest Harbor' },
  { column: 'zip', kind: 'zip', value: '02367' },
  { column: 'birth_date', kind: 'date', value: '1989-03-09' },
];

/** The texts the detector finds in `text`, with their sources. */
function found(text: string, ids: KnownIdentifier[] = PATIENT, fuzzy = true): string[] {
  const spans = knownIdentifiersDetector(ids, { fuzzy }).detect(createTextContext(text));
  return spans.map((s) => `${text.slice(s.start, s.end)}|${s.source}`);
}

describe('knownIdentifiersDetector', () => {
  it('finds names as whole words in any case, with possessives, and labels them known/<column>', () => {
    expect(found("MORTIMER met Mr. bellweather's son; Bellweatherson is someone else")).toEqual(['MORTIMER|known/first_name', 'bellweather|known/last_name']);
  });

  it('takes initials of the patient name beside the surname', () => {
    expect(found('Signed M. Bellweather and Bellweather, M today')).toEqual(['M. Bellweather|known/last_name', 'Bellweather, M|known/last_name']);
  });

  it('finds small misspellings of long names, but not everyday words', () => {
    expect(found('Mr. Belweather and Mr. Bellwaether and Mortimre')).toEqual(['Belweather|known/last_name', 'Bellwaether|known/last_name', 'Mortimre|known/first_name']);
    expect(found('Mr. Belweather', PATIENT, false)).toEqual([]);
  });

  it('matches a name that is an everyday word only when capitalised (unless the note has no case)', () => {
    expect(found('there is hope. Hope visited.')).toEqual(['Hope|known/maiden_name']);
    expect(found('THERE IS HOPE')).toEqual(['HOPE|known/maiden_name']);
  });

  it('finds ids and phones with any separators, ids without leading zeros, phones as local numbers', () => {
    expect(found('MRN 736902519, old 0736-902-519; call (781) 555-5663 or 555 5663 or +1 781 555 5663; not 17369025190').sort()).toEqual([
      '0736-902-519|known/mrn',
      '555 5663|known/home_phone',
      '555 5663|known/home_phone',
      '555-5663|known/home_phone',
      '736902519|known/mrn',
      '781 555 5663|known/home_phone',
      '781) 555-5663|known/home_phone',
    ]);
  });

  it('finds streets with abbreviated suffixes, cities and ZIP codes', () => {
    expect(found('Lives at 578 Birchwood Ln, pinecrest harbor, MA 02367-1234')).toEqual(['578 Birchwood Ln|known/street', 'pinecrest harbor|known/city', '02367|known/zip']);
  });

  it('finds the date of birth in every written form', () => {
    const forms = ['3/9/1989', '03-09-89', '1989-03-09', 'March 9, 1989', 'Mar 9th 1989', '9 March 1989', '9th of March 1989', '03091989', '19890309', '9/3/1989'];
    for (const f of forms) expect(found(`DOB ${f}.`), f).toEqual([`${f}|known/birth_date`]);
    expect(found('seen 3/9/1990 and 3/10/1989')).toEqual([]);
  });

  it('is used per note by the scrubber, before the detectors and outside the allow list', () => {
    const s = createScrubber({ algorithms: [], allowlist: () => true });
    const r = s.scrub('Mr. Bellweather, MRN 736902519.', { known: PATIENT });
    expect(r.text).toBe('Mr. ___, MRN ___.');
    expect(r.spans.map((x) => x.sources.join('+'))).toEqual(['known/last_name', 'known/mrn']);
    // the next note, another patient: nothing of the first one is searched
    expect(s.scrub('Mr. Bellweather').text).toBe('Mr. Bellweather');
  });

  it('finds a name written with or without its accents, as the scrubber folds them', () => {
    const s = createScrubber({ algorithms: [], propagate: false });
    const known: KnownIdentifier[] = [{ column: 'last_name', kind: 'name', value: 'Quiñones' }];
    expect(s.scrub('Ms. QUIÑONES and Ms. Quinones', { known }).text).toBe('Ms. ___ and Ms. ___');
  });

  it('searches identifiers given to the scrubber (staff) in every note', () => {
    const s = createScrubber({ algorithms: [], known: [{ column: 'staff_last', kind: 'name', value: 'Castellane' }] });
    expect(s.scrub('Seen by Dr. Castellane.').text).toBe('Seen by Dr. ___.');
  });

  it('rejects malformed identifiers without quoting them', () => {
    expect(() => knownIdentifiersDetector([{ column: 'x', kind: 'nope', value: 'Secretname' } as never])).toThrow(/CONFIG_INVALID/);
    try {
      createScrubber({ algorithms: [] }).scrub('x', { known: [{ column: '', kind: 'name', value: 'Secretname' }] });
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toMatch(/INPUT_INVALID/);
      expect(JSON.stringify(e)).not.toContain('Secretname');
    }
  });
});
