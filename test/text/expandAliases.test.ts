import { describe, expect, it } from 'vitest';
import { aliasSpans, ALIAS_SOURCE } from '../../src/text/expandAliases.js';
import type { Span } from '../../src/text/types.js';

const at = (text: string, word: string, type: Span['type']): Span => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type, source: 'test', confidence: 1 };
};
const found = (text: string, spans: Span[]): string[] => aliasSpans(text, spans).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('aliasSpans', () => {
  it('removes a quoted short name or nickname right after a facility or a person', () => {
    const a = 'Tumor board, Palo Duro Regional Hospital ("PDR")';
    expect(found(a, [at(a, 'Palo Duro Regional Hospital', 'HOSPITAL')])).toEqual(['HOSPITAL:PDR']);
    const b = 'Infant: Baby Girl Thao ("Mai")   MRN 4410923';
    expect(found(b, [at(b, 'Thao', 'NAME')])).toEqual(['NAME:Mai']);
    const c = 'board at Mesa Vista Regional ("the Vista"):';
    expect(found(c, [at(c, 'Mesa Vista Regional', 'HOSPITAL')])).toEqual(['HOSPITAL:Vista']);
  });
  it('removes a quoted nickname between a given name and a surname', () => {
    const t = 'Ray "Sonny" Yellowhorse - fistula';
    expect(found(t, [at(t, 'Yellowhorse', 'NAME')])).toEqual(['NAME:Sonny']);
  });
  it('removes a facility\'s initials in brackets after its name, and wherever the note writes them again', () => {
    const a = 'Pt home from Lakeside Mercy (LMH) on 4/3. LMH records requested; call LMHX.';
    expect(found(a, [at(a, 'Lakeside Mercy', 'HOSPITAL')])).toEqual(['HOSPITAL:LMH', 'HOSPITAL:LMH']);
    const c = 'Accepted at SVRH (Summit Valley Rehabilitation Hospital); SVRH liaison called.';
    expect(found(c, [at(c, 'Summit Valley Rehabilitation Hospital', 'HOSPITAL')])).toEqual(['HOSPITAL:SVRH', 'HOSPITAL:SVRH']);
    // a word in capitals before a bracket opening with a facility's own initials is no alias of it
    const d = 'COMPARISON:  OUTSIDE STUDY (SMC, NOVEMBER 2021)';
    expect(found(d, [at(d, 'SMC', 'HOSPITAL')])).toEqual([]);
    // initials that do not start with the facility's first letter are something else
    const b = 'Seen at Mercy Hospital (ED) today.';
    expect(found(b, [at(b, 'Mercy Hospital', 'HOSPITAL')])).toEqual([]);
  });
  it('stays linear on many facilities with the same initials', () => {
    const unit = 'Mercy Hospital (MH) ';
    const text = unit.repeat(20_000);
    const spans: Span[] = [];
    for (let i = 0; i < 20_000; i++) spans.push({ start: i * unit.length, end: i * unit.length + 14, type: 'HOSPITAL', source: 'test', confidence: 1 });
    expect(aliasSpans(text, spans)).toHaveLength(20_000);
  });
  it('reports its own source and the type of the span beside it', () => {
    const t = 'Quillby General ("QG") called';
    const [s] = aliasSpans(t, [at(t, 'Quillby General', 'HOSPITAL')]);
    expect(s).toMatchObject({ type: 'HOSPITAL', source: ALIAS_SOURCE });
  });
  it('leaves remarks, lower-case quotes, other types and covered text alone', () => {
    const a = 'Dr. Smith ("covering for the team") said "ok"';
    expect(found(a, [at(a, 'Smith', 'NAME')])).toEqual([]);
    const b = 'On 3/4 ("Day 1") started';
    expect(found(b, [at(b, '3/4', 'DATE')])).toEqual([]);
    const c = 'Baby Boy Vang ("Tou")';
    expect(found(c, [at(c, 'Vang', 'NAME'), at(c, 'Tou', 'NAME')])).toEqual([]);
  });
});
