import { describe, expect, it } from 'vitest';
import { nameLexiconDetector } from '../../../src/text/detectors/rules/lexicons/index.js';
import { createTextContext } from '../../../src/text/context.js';
import { expectCovered, expectUntouched, found } from '../_helpers.js';

const d = nameLexiconDetector;

describe('rules/name-lexicon', () => {
  it.each([
    // first name + surname, mixed case
    ['Emily Kowalski called back about the results.', 'Emily Kowalski'],
    ['Discussed plan with Roberto Nguyen this morning.', 'Roberto Nguyen'],
    ['Mary T. Okafor updated at bedside.', 'Mary T. Okafor'],
    // one of the two is an everyday word, the other a strong surname
    ['Spouse Rich Ostrowski called twice.', 'Rich Ostrowski'],
    // initial + surname
    ['Plan reviewed with S. Dominguez.', 'S. Dominguez'],
    // a lone capitalised name that is not an English word
    ['Case discussed with Kowalski, who agrees.', 'Kowalski'],
    // ALL CAPS: a pair needs no cue
    ['PT SEEN BY EMILY KOWALSKI THIS AM.', 'EMILY KOWALSKI'],
    // ALL CAPS: a lone name needs a cue word beside it
    ['PLAN DISCUSSED PER KOWALSKI.', 'KOWALSKI'],
    ['OKAFOR AWARE OF LABS.', 'OKAFOR'],
    ['DRS LEE AND NGUYEN IN TO SEE PT.', 'NGUYEN'],
    // all lower case
    ['pt resting. wound care reviewed with marisela okafor np.', 'marisela okafor'],
    // a first name and a surname missing from the lexicon
    ['Met with caseworker Leona Wrzesniewski today.', 'Leona Wrzesniewski'],
    ['LINE OK TO USE PER WARREN QUAGLIERI NP.', 'WARREN QUAGLIERI'],
    ['CASE MANAGER IS KAREN ANN QUAGLIERI.', 'KAREN ANN QUAGLIERI'],
    // initial + unknown surname with a cue
    ['CXR REVIEWED AS PER B. QUAGLIERI.', 'B. QUAGLIERI'],
    ['(N. QUAGLIERI PA AWARE)', 'N. QUAGLIERI'],
    // initial without its period, lexicon surname and a cue
    ['UOP DOWN, J KOWALSKI ORDERED BOLUS.', 'J KOWALSKI'],
    ['bp goal per d kowalski.', 'd kowalski'],
    // an unknown first name before a surname with a relation cue after it
    ['MEETING WITH QUAZELLA FERRANTE (DAUGHTER) TODAY.', 'QUAZELLA FERRANTE'],
    // O'Surname
    ["Plan per Nora O'Donnell this morning.", "O'Donnell"],
    ['dr. o malley in to see pt.', 'o malley'],
    // a weak eponym word after a two-word name leaves the person a person
    ['Patient Mary Okafor positive for flu.', 'Mary Okafor'],
  ])('finds the name in %j', (text, phi) => {
    expectCovered(d, text, phi);
  });

  it.each([
    // eponyms
    ["History of Parkinson's disease, on sinemet.", 'Parkinson'],
    ['Foley catheter draining clear urine.', 'Foley'],
    ['FOLEY DRAINING CLEAR YELLOW URINE.', 'FOLEY'],
    ['Glasgow Coma Scale 15.', 'Glasgow'],
    ['s/p Whipple procedure in 2010.', 'Whipple'],
    ["Murphy's sign negative.", 'Murphy'],
    ['Homans sign negative bilaterally.', 'Homans'],
    ['Babinski downgoing.', 'Babinski'],
    ['Apgar 9 and 9.', 'Apgar'],
    // two-word eponyms before a head that names a sign, rule or device
    ['Is an Austin Flint murmur heard in severe AR?', 'Austin Flint'],
    ['Severity graded by the Berlin definition.', 'Berlin'],
    // ALL CAPS words that are also names
    ['PT MAY NEED INTUBATION. WILL CONTINUE TO MONITOR.', 'MAY'],
    ['PT MAY NEED INTUBATION. WILL CONTINUE TO MONITOR.', 'WILL'],
    ['FAMILY AWARE OF HOSPITAL BILL.', 'BILL'],
    ['HOPE TO WEAN VENT IN AM. SKIN INTACT.', 'HOPE'],
    ['PEG TUBE FLUSHED. SAT 98% ON 2L.', 'PEG'],
    ['LUNGS CLEAR. REST OF EXAM UNCHANGED.', 'CLEAR'],
    ['IV FLUIDS AT 100CC/HR, GRANT APPLICATION DONE.', 'GRANT'],
    ['WILL CHASE K WITH 40 MEQ KCL.', 'CHASE'],
    ['MARK ON SKIN NOTED, PAT DRY AFTER BATH.', 'MARK'],
    // drugs and devices
    ['Started on Lasix and Haldol overnight.', 'Lasix'],
    ['Hickman line flushed, Quinton catheter in place.', 'Hickman'],
    // languages and states
    ['Speaks Spanish only; family from Florida.', 'Spanish'],
    // months are left to the date detector
    ['Seen in clinic in June.', 'June'],
    // organisms after an initial
    ['Sputum grew E. coli and S. aureus.', 'coli'],
    ['SPUTUM GREW E. COLI, PER ID.', 'COLI'],
    // an everyday word next to a surname in ALL CAPS needs a cue
    ['LABS SENT. WILL FAHEY AGAIN IN AM.', 'FAHEY'],
    // x-ray, n/v
    ['Portable X-Ray shows no effusion.', 'Ray'],
    ['Denies N/V. Zofran held.', 'Zofran'],
    // states are not names
    ['Retired to Florida five years ago.', 'Florida'],
    // c/o, r/o are not O'Surname
    ['C/O TO FLOOR ONCE EXTUBATED.', 'TO'],
    ['pt c/o malley pain', 'malley'],
  ])('does not flag %j at %j', (text, word) => {
    expectUntouched(d, text, word);
  });

  it.each([
    // near misses: a lone capitalised everyday word is not a name
    ['Will attempt to wean today.', 'Will'],
    ['Grant proposal unrelated.', 'Grant'],
    // a lone ALL CAPS name without any cue stays
    ['KOWALSKI', 'KOWALSKI'],
    // lower-case name token in a mixed-case note without a partner
    ['Patient resting, quazella noted on the chart.', 'quazella'],
  ])('near miss: leaves %j at %j', (text, word) => {
    expectUntouched(d, text, word);
  });

  it('reports spans of type NAME with its source', () => {
    const spans = d.detect(createTextContext('Emily Kowalski called.'));
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.type).toBe('NAME');
      expect(s.source).toBe('rules/name-lexicon');
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds nothing in text without letters', () => {
    expect(found(d, '')).toEqual([]);
    expect(found(d, '120/80 98.6 12345')).toEqual([]);
  });
});

describe('rules/name-lexicon: everyday words in notes where case says nothing', () => {
  it.each([
    // a colour pair before the clinical word it describes (class 1)
    ['SX FOR MOD AMT GOLDEN TAN SPUTUM Q2H.', 'GOLDEN'],
    ['SX FOR MOD AMT GOLDEN TAN SPUTUM Q2H.', 'TAN'],
    ['ORAL SECRETIONS REMAIN GOLDEN TAN COLORED.', 'TAN'],
    // `with` before a thing, not after a word of talking or living (`WITH TAN BASE`)
    ['SACRAL ULCER WITH TAN BASE, DSD APPLIED.', 'TAN'],
    ['ABD INCISION WITH STAPLES, NO DRAINAGE.', 'STAPLES'],
    ['s/p avr with mach valve, incision with staples intact.', 'staples'],
    // a cue before a pair vouches for the first word only
    ['K 3.1, DOSE HELD PER MARISELA WILL RECHECK IN AM.', 'WILL'],
  ])('%j: %s is no name', (text, word) => expectUntouched(d, text, word));

  it.each([
    // the same words are names where a cue says so
    ['MRS TAN CALLED TO ASK ABOUT VISITING.', 'TAN'],
    ['SON TAN VISITED THIS AFTERNOON.', 'TAN'],
    ['TAN AWARE OF PLAN.', 'TAN'],
    ['SPOKE WITH TAN RE: DNR STATUS.', 'TAN'],
    ['PT LIVES WITH OKAFOR, HER NEPHEW.', 'OKAFOR'],
    ['K 3.1, DOSE HELD PER MARISELA WILL RECHECK IN AM.', 'MARISELA'],
    ['ROSE TAN RN AWARE.', 'ROSE TAN'],
    ['GOLDEN TAN CALLED RE: HER MOTHER.', 'GOLDEN TAN'],
    ['SEEN BY EMILY KOWALSKI, CXR DONE.', 'EMILY KOWALSKI'],
  ])('%j: %s is a name', (text, phi) => expectCovered(d, text, phi));
});

describe('rules/name-lexicon: a possessive s is no initial', () => {
  it('leaves the s of "DR\'S" out of the name after it', () => {
    expectUntouched(d, "PT EXPIRED AT 0320. DR'S KOWALSKI AND OKAFOR AT BEDSIDE.", "S KOWALSKI");
    expectCovered(d, 'UOP DOWN, J KOWALSKI ORDERED BOLUS.', 'J KOWALSKI');
  });
});

describe('rules/name-lexicon: plurals of abbreviations', () => {
  it.each([['Wells score low; no DVT on LENIs.', 'LENIs'], ['Repeat ABGs in the am.', 'ABGs']])('leaves %j alone at %j', (text, word) => expectUntouched(d, text, word));
});

describe('rules/name-lexicon: names typed in lower case in a note whose case carries meaning', () => {
  it.each([
    // a given name and a surname, both no everyday word
    ['Pharm Q: is 1g ceftriaxone ok for harriet lomax (bed 11) w/ CAP?', 'harriet lomax'],
    ['Psych pls - 19M tobias renner brought by campus police.', 'tobias renner'],
    // a surname, a comma and a given name after a word that introduces the patient
    ['Page from 6W: pt okafor, chidi rm 614B, BP 82/50.', 'okafor, chidi'],
    ['Ortho pls call re mcallister, ewan rm 5112, fell off a ladder.', 'mcallister, ewan'],
    // a given name and a word no list knows, between commas
    ['Peds Q - 4mo ex-34wker, amara nwosu, seen in clinic.', 'amara nwosu'],
  ])('%j: %s is a name', (text, phi) => expectCovered(d, text, phi));

  it.each([
    // drugs, everyday words and conditions after the same words
    ['Started for sepsis, cefepime and vanc; Pt on warfarin, heparin held.', 'sepsis'],
    ['Q re metoprolol, amlodipine doses for BP.', 'metoprolol'],
    ['Ok for dc, home w/ services.', 'dc'],
  ])('leaves %j alone', (text, word) => expectUntouched(d, text, word));
});
