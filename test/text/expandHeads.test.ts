import { describe, expect, it } from 'vitest';
import { orgHeadSpans, particleGapSpans, ORG_HEAD_SOURCE } from '../../src/text/expandHeads.js';
import type { Span } from '../../src/text/types.js';

const at = (text: string, word: string, type: Span['type']): Span => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type, source: 'test', confidence: 1 };
};
const found = (text: string, spans: Span[], caseless = false): string[] =>
  orgHeadSpans(text, spans, caseless).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('orgHeadSpans', () => {
  it('adds the head words after an organisation found by its name, the last one a head', () => {
    const a = 'works at Brightwater Robotics now';
    expect(found(a, [at(a, 'Brightwater', 'NAME')])).toEqual(['OTHER:Robotics']);
    const b = 'retired from Sinclair Inlet Ship Repair in 2010';
    expect(found(b, [at(b, 'Sinclair', 'LOCATION')])).toEqual(['LOCATION:Inlet Ship Repair']);
    const c = 'claims manager, Yakima Basin Data Systems';
    expect(found(c, [at(c, 'Yakima', 'LOCATION')])).toEqual(['LOCATION:Basin Data Systems']);
  });
  it('keeps the full stop of an abbreviated head and takes a hyphenated one', () => {
    const a = 'worked for Antelope Draw Mining Co. until 2019';
    expect(found(a, [at(a, 'Antelope Draw', 'OTHER')])).toEqual(['OTHER:Mining Co.']);
    const b = 'Red Rock Dairy Co-op in Richfield';
    expect(found(b, [at(b, 'Red Rock', 'LOCATION')])).toEqual(['LOCATION:Dairy Co-op']);
  });
  it('adds a head written before the name, with its particle', () => {
    const a = 'prays at Masjid Al-Falah on Fridays';
    expect(found(a, [at(a, 'Al-Falah', 'NAME')])).toEqual(['OTHER:Masjid']);
    const b = 'follow up at Clínica del Valle Pájaro';
    expect(found(b, [at(b, 'Valle Pájaro', 'HOSPITAL')])).toEqual(['HOSPITAL:Clínica del']);
  });
  it('reports its own source', () => {
    const t = 'Kwan Lok Benevolent Association hall';
    expect(orgHeadSpans(t, [at(t, 'Kwan Lok', 'NAME')], false)[0]).toMatchObject({ source: ORG_HEAD_SOURCE, type: 'OTHER' });
  });
  it('adds nothing after a landscape word alone, a lower-case word, a date or in a note in one case', () => {
    const a = 'lives near Cedar Basin with her son';
    expect(found(a, [at(a, 'Cedar', 'LOCATION')])).toEqual([]);
    const b = 'Mr. Quenby services were arranged';
    expect(found(b, [at(b, 'Quenby', 'NAME')])).toEqual([]);
    const c = 'seen 3/4 Services consulted';
    expect(found(c, [at(c, '3/4', 'DATE')])).toEqual([]);
    const d = 'WORKS AT HALYARD ROBOTICS';
    expect(found(d, [at(d, 'HALYARD', 'NAME')], true)).toEqual([]);
  });
  it('reads a head in capitals only after a name in capitals, or a company suffix', () => {
    const a = 'per Dr. Martyn. Thermodilution CO 11.18';
    expect(found(a, [at(a, 'Thermodilution', 'NAME')])).toEqual([]);
    const b = 'works for Sun Valley Farms LLC now';
    expect(found(b, [at(b, 'Sun Valley', 'LOCATION')])).toEqual(['LOCATION:Farms LLC']);
  });
});

describe('particleGapSpans', () => {
  const gaps = (text: string, spans: Span[]): string[] => particleGapSpans(text, spans).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  it('covers the particles between two detected parts of one name or place', () => {
    const a = 'viajar a Santiago de los Caballeros pronto';
    expect(gaps(a, [at(a, 'Santiago', 'LOCATION'), at(a, 'Caballeros', 'LOCATION')])).toEqual(['LOCATION:de los']);
    const b = 'Maria da Graça called';
    expect(gaps(b, [at(b, 'Maria', 'NAME'), at(b, 'Graça', 'NAME')])).toEqual(['NAME:da']);
  });
  it('leaves other words, long gaps and dates alone', () => {
    const a = 'Santiago and Caballeros';
    expect(gaps(a, [at(a, 'Santiago', 'LOCATION'), at(a, 'Caballeros', 'LOCATION')])).toEqual([]);
    const b = 'Quenby de 3/4';
    expect(gaps(b, [at(b, 'Quenby', 'NAME'), at(b, '3/4', 'DATE')])).toEqual([]);
  });
});

describe('orgHeadSpans: what a center or an institute is for', () => {
  it('adds the words after `for` to a detected center', () => {
    const text = 'Harlan Okafor Center for Movement Disorders\nAttn: intake';
    expect(found(text, [at(text, 'Harlan Okafor Center', 'HOSPITAL')])).toEqual(['HOSPITAL:for Movement Disorders']);
  });
  it('adds nothing after a name, or after words in lower case', () => {
    const a = 'Dr. Kessler for Cardiology';
    expect(found(a, [at(a, 'Kessler', 'NAME')])).toEqual([]);
    const b = 'Lakeside Center for pain control';
    expect(found(b, [at(b, 'Lakeside Center', 'HOSPITAL')])).toEqual([]);
  });
});
