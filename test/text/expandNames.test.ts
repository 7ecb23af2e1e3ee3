import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../src/text/context.js';
import { EXPAND_NAME_SOURCE, expandNameSpans } from '../../src/text/expandNames.js';
import type { Span } from '../../src/text/types.js';

/** A NAME span over the first occurrence of `word` in `text`. */
function nameAt(text: string, word: string): Span {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`fixture: ${word} not in text`);
  return { start, end: start + word.length, type: 'NAME', source: 'test/name', confidence: 1 };
}

function expand(text: string, words: string[], allowed?: (t: string, s: number, e: number) => boolean): string[] {
  const ctx = createTextContext(text);
  return expandNameSpans(ctx, words.map((w) => nameAt(text, w)), allowed).map((s) => text.slice(s.start, s.end));
}

describe('expandNameSpans', () => {
  it.each([
    ['Patient Zuleika Bellweather, MRN 1234.', ['Zuleika'], ['Bellweather']],
    ['Patient Zuleika Bellweather, MRN 1234.', ['Bellweather'], ['Zuleika']],
    ['Name: Stanhope, Agnieszka  Unit No: 55', ['Stanhope'], ['Agnieszka']],
    ['Re: your pt Tolentino, E. - PDR OU', ['Tolentino'], ['E']],
    ['her sister Marisol Quenneville called', ['Marisol'], ['Quenneville']],
    ['Seen with Maria Josefina Etxeberria today', ['Maria'], ['Josefina', 'Etxeberria']],
    ['SPOKE WITH SON JAMES ABERNATHY AT LENGTH', ['JAMES'], ['ABERNATHY']],
    ['Read by Dr. St. Quillon this morning.', ['St'], ['Quillon']],
    ['READ BY DR. ST. QUILLON THIS MORNING.', ['ST'], ['QUILLON']],
    ['Seen by Dr. Ste. Quillonne today.', ['Ste'], ['Quillonne']],
    ['Seen by Ames, Bellweather and Quenby', ['Ames'], ['Bellweather']],
    ['her sister Agnieszka Stanhope called', ['Agnieszka'], ['Stanhope']], // an everyday word that is a Title-case surname
    ['Seen by Quenby-Hargrove MD today', ['Hargrove'], ['Quenby']], // a double surname, left half
    ['Seen by Hargrove-Quenby MD today', ['Hargrove'], ['Quenby']], // a double surname, right half
    ['cash counted with j. hargrove today', ['hargrove'], ['j']], // an initial with its period
    ['Note by Dr. K. Bellweather', ['Bellweather'], ['K']],
    ['DICTATED BY: OSKAR LINDQVIST THIS SHIFT', ['OSKAR'], ['LINDQVIST']], // a word no list knows after a one-word name, in capitals
  ])('adds the other half of the name in %j', (text, found, expected) => {
    expect(expand(text, found)).toEqual(expected);
  });

  it.each([
    ['Patient Zuleika ___ was seen.', ['Zuleika']], // left: everyday word "Patient"
    ['Seen by Ames RN today', ['Ames']], // short all-caps abbreviation in a mixed-case note
    ['Ames. Bellweather came later', ['Ames']], // a full stop separates
    ['Ames and Bellweather', ['Ames']], // not adjacent
    ['AMES, BELLWEATHER SEEN', ['AMES']], // after a comma in an ALL-CAPS note only a known first name is taken
    ['daughter Maria doing well', ['Maria']], // lower-case neighbour in a mixed-case note
    ['SPOKE WITH SON JAMES TODAY ABOUT PLAN', ['JAMES']], // everyday word in an ALL-CAPS note
    ['Seen by Ames 2nd time', ['Ames']], // not letters
    ['Discussed with Dr Ames today', ['Ames']], // a title is beside the name, not part of it
    ['Plan Stanhope Agnieszka', ['Agnieszka']], // on the left, an everyday word is never taken
    ['her sister Agnieszka stanhope called', ['Agnieszka']], // lower case in a mixed-case note
    ['SEEN BY DRS AMES', ['AMES']],
    ['Non-Hodgkin lymphoma', ['Hodgkin']], // an everyday prefix joined by a hyphen
    ['taken p.o. Ames', ['Ames']], // the end of an abbreviation, not an initial
    ['I & O. Ames', ['Ames']], // intake and output
    ['vitamin d. Ames', ['Ames']], // lower-case letter in a mixed-case note
    ['follow-Ames', ['Ames']], // lower-case word joined by a hyphen in a mixed-case note
    ['PER DR. QUELL ZZYX AWARE', ['QUELL']], // after a title a surname is whole already
    ['DICTATED BY: OSKAR NGT PLACED', ['OSKAR']], // no vowel: an abbreviation
    ['DICTATED BY: OSKAR ZEPHROS', ['ZEPHROS']], // on the left, a word no list knows is not taken
  ])('adds nothing in %j', (text, found) => {
    expect(expand(text, found)).toEqual([]);
  });

  it.each([
    ['Re: Employee Jon Two Crow - ID BRE-70412', ['Jon', 'Crow'], ['Two']], // between two names, an everyday word the allow list keeps elsewhere
    ['Patient Marvin Yellow Horse, 67M', ['Marvin', 'Horse'], ['Yellow']],
    ['Mr. Two Crow was seen today', ['Crow'], ['Two']], // between a courtesy title and a name
    ['Seen with Ms. Iron Cloud today', ['Cloud'], ['Iron']],
  ])('adds the word between two parts of a name in %j', (text, found, expected) => {
    expect(expand(text, found, (t, s, e) => ['Two', 'Yellow', 'Iron'].includes(t.slice(s, e)) && !/Mr\.|Ms\./.test(t.slice(0, s)))).toEqual(expected);
  });

  it.each([
    ['Dr. Ames Consult Bellweather', ['Ames', 'Bellweather'], false], // a clinical word
    ['Ames And Bellweather', ['Ames', 'Bellweather'], false], // a function word
    ['Dr. Two Crow', ['Crow'], false], // not a courtesy title: the allow list decides
    ['Mr. Two Crow', ['Crow'], true], // after a title the allow list still decides
    ['ALL CAPS: JON TWO CROW', ['JON', 'CROW'], false], // caseless notes: no rule
  ] as [string, string[], boolean][])('adds no middle word in %j', (text, found, allowAll) => {
    expect(expand(text, found, allowAll ? () => true : (t, s, e) => t.slice(s, e) === 'Two' && !/Mr\./.test(t.slice(0, s)))).toEqual([]);
  });

  it('respects the allow list', () => {
    expect(expand('Dr Ames Foley placed', ['Ames'], () => true)).toEqual([]);
  });

  it('ignores spans of other types and names its source', () => {
    const text = 'Call Zuleika Bellweather';
    const ctx = createTextContext(text);
    expect(expandNameSpans(ctx, [{ ...nameAt(text, 'Zuleika'), type: 'LOCATION' }])).toEqual([]);
    expect(expandNameSpans(ctx, [nameAt(text, 'Zuleika')])[0]?.source).toBe(EXPAND_NAME_SOURCE);
  });

  it('stays linear on a 200 KB run of capitalised words', () => {
    const text = 'Zuleika ' + 'Quenby '.repeat(30_000);
    const out = expandNameSpans(createTextContext(text), [nameAt(text, 'Zuleika')]);
    expect(out.length).toBe(2); // at most two words on each side
  });
});
