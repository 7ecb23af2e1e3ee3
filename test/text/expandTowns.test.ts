import { describe, expect, it } from 'vitest';
import { NAME_BEFORE_TOWN_SOURCE, TOWN_AFTER_PLACE_SOURCE, nameBeforeTownSpans, townAfterPlaceSpans } from '../../src/text/expandTowns.js';
import type { PhiType, Span } from '../../src/text/types.js';

/** A span of `type` over the first occurrence of `words` in `text`. */
function at(text: string, words: string, type: PhiType): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: ${words} not in text`);
  return { start, end: start + words.length, type, source: 'test', confidence: 1 };
}

function towns(text: string, place: string, type: PhiType = 'HOSPITAL', caseless = false, isAllowed?: (s: number, e: number) => boolean): string[] {
  return townAfterPlaceSpans(text, [at(text, place, type)], caseless, isAllowed).map((s) => text.slice(s.start, s.end));
}

describe('townAfterPlaceSpans', () => {
  it.each([
    ['school nurse, Jefferson Elementary, Kenosha   262-555-0147', 'Jefferson Elementary', 'OTHER', 'Kenosha'], // two spaces close it
    ['Northern Light EMMC Pulmonary, Bangor, Feb 24', 'EMMC', 'HOSPITAL', 'Bangor'], // a generic word of the facility between
    ['farm housing, 1820 Snake Mountain Rd, Addison.', '1820 Snake Mountain Rd', 'LOCATION', 'Addison'], // after a street
    ['- Kentucky River Bridge Clinic, Hazard: Thursday at 9', 'Kentucky River Bridge', 'HOSPITAL', 'Hazard'], // a town that is an everyday word
    ['Seen at Lakeview Medical Center, Grand Rapids\nPlan', 'Lakeview', 'HOSPITAL', 'Grand Rapids'], // two words, the line's end
  ] as const)('adds the town in %j', (text, place, type, town) => {
    expect(towns(text, place, type)).toEqual([town]);
  });

  it.each([
    ['Seen at Lakeview Hospital, Gilbert syndrome noted', 'Lakeview'], // a word in lower case follows: no town closing a phrase
    ['Seen at Lakeview Hospital, Quenbyville.', 'Lakeview'], // no lexicon town
    ['Seen at Lakeview Hospital Boston.', 'Lakeview'], // no comma
  ])('adds nothing in %j', (text, place) => {
    expect(towns(text, place)).toEqual([]);
  });

  it('adds nothing in a caseless note, for a name, or where the allow list keeps the word', () => {
    expect(towns('SEEN AT LAKEVIEW HOSPITAL, Boston.', 'LAKEVIEW', 'HOSPITAL', true)).toEqual([]);
    expect(towns('Dr. Quenby, Boston.', 'Quenby', 'NAME')).toEqual([]);
    expect(towns('Saint Catherine Hospital - Garden City, Kansas', 'Garden City', 'LOCATION', false, () => true)).toEqual([]);
  });

  it('names its source and never covers a detected span twice', () => {
    const text = 'Jefferson Elementary, Kenosha.';
    const spans = [at(text, 'Jefferson Elementary', 'OTHER'), at(text, 'Kenosha', 'LOCATION')];
    expect(townAfterPlaceSpans(text, spans, false)).toEqual([]);
    expect(townAfterPlaceSpans(text, [spans[0]!], false)[0]?.source).toBe(TOWN_AFTER_PLACE_SOURCE);
  });

  it('adds the town after "of" closing a facility\'s or an organisation\'s name, never an everyday word or a place\'s own "of"', () => {
    const text = 'Seen at Mercy Medical Center of Tolland; deacon at First Lutheran Church of Liberty. Department of Medicine. Town of Hope.';
    const spans: Span[] = [
      { start: text.indexOf('Mercy'), end: text.indexOf(' of Tolland'), type: 'HOSPITAL', source: 'test', confidence: 1 },
      { start: text.indexOf('First'), end: text.indexOf(' of Liberty'), type: 'OTHER', source: 'test', confidence: 1 },
      { start: text.indexOf('Department'), end: text.indexOf('Department') + 10, type: 'OTHER', source: 'test', confidence: 1 },
      { start: text.indexOf('Town'), end: text.indexOf('Town') + 4, type: 'LOCATION', source: 'test', confidence: 1 },
    ];
    expect(townAfterPlaceSpans(text, spans, false).map((s) => text.slice(s.start, s.end))).toEqual(['Tolland', 'Liberty']);
  });

  it('stays linear on a long run of places and towns', () => {
    const unit = 'Lakeview Hospital, Boston. ';
    const text = unit.repeat(20_000);
    const spans: Span[] = [];
    for (let i = 0; i < 20_000; i++) spans.push({ start: i * unit.length, end: i * unit.length + 8, type: 'HOSPITAL', source: 'test', confidence: 1 });
    expect(townAfterPlaceSpans(text, spans, false)).toHaveLength(20_000);
  });
});

describe('nameBeforeTownSpans', () => {
  const names = (text: string, town: string, caseless = false): string[] =>
    nameBeforeTownSpans(text, [at(text, town, 'LOCATION')], caseless).map((s) => text.slice(s.start, s.end));

  it.each([
    ['- Good Samaritan of Penhallow: accepted, bed available.', 'Penhallow', 'Good Samaritan of'],
    ['private audiograms from Hear Well of Penhallow (4/2019)', 'Penhallow', 'Hear Well of'],
    ['Clinic: Steadfast Occupational Health of Sorrel Springs     Visit: 08-21', 'Sorrel Springs', 'Steadfast Occupational Health of'],
    ["Outside mammograms from Women's Imaging of Riverbend dated 5/17", 'Riverbend', "Women's Imaging of"],
  ])('adds the name before the town in %j', (text, town, name) => {
    expect(names(text, town)).toEqual([name]);
  });

  it.each([
    ['Facility:\nHome Health of Round Top\n', 'Round Top'], // a kind of care, no one facility
    ['Hospice of Orrin County RN visit', 'Orrin County'], // one generic word
    ['The Mayor of Penhallow called.', 'Penhallow'], // an office
    ['She is a Resident of Penhallow.', 'Penhallow'], // no opening word before it
    ['seen in the History of Penhallow exhibit', 'Penhallow'],
  ])('adds nothing in %j', (text, town) => expect(names(text, town)).toEqual([]));

  it('stands down where case says nothing and names its source', () => {
    expect(names('- GOOD SAMARITAN OF PENHALLOW', 'PENHALLOW', true)).toEqual([]);
    const text = 'Films from Hear Well of Penhallow.';
    expect(nameBeforeTownSpans(text, [at(text, 'Penhallow', 'LOCATION')], false)[0]?.source).toBe(NAME_BEFORE_TOWN_SOURCE);
  });
});
