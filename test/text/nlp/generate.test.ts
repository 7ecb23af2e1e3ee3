import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPONYMS, DRUGS, TRIALS } from '../../../src/text/detectors/nlp/train/corpus/clinical.js';
import { DISCHARGE_TEMPLATES } from '../../../src/text/detectors/nlp/train/corpus/discharge.js';
import { fakerLocale, RESERVED_FAKER_LOCALES, TRAINING_FAKER_LOCALES } from '../../../src/text/detectors/nlp/train/corpus/fillers.js';
import { generateAnnotatedNotes, generateTrainingNotes, NOTE_FAMILIES, TRAIN_PHI_TYPES, type AnnotatedNote } from '../../../src/text/detectors/nlp/train/corpus/index.js';
import { MESSAGE_TEMPLATES } from '../../../src/text/detectors/nlp/train/corpus/message.js';
import { NURSING_TEMPLATES } from '../../../src/text/detectors/nlp/train/corpus/nursing.js';
import { RADIOLOGY_TEMPLATES } from '../../../src/text/detectors/nlp/train/corpus/radiology.js';
import { hasSlot, slotsOf } from '../../../src/text/detectors/nlp/train/corpus/template.js';
import { isHeldOut } from '../../../src/text/detectors/nlp/train/heldOut.js';

const corpusDir = fileURLToPath(new URL('../../../src/text/detectors/nlp/train/corpus/', import.meta.url));

let sample: AnnotatedNote[];
beforeAll(() => {
  sample = generateAnnotatedNotes(2000, 'test-sample');
}, 120_000);

describe('synthetic training corpus', () => {
  it('is deterministic for (count, seed) and differs between seeds', () => {
    const a = generateTrainingNotes(150, 'det');
    const b = generateTrainingNotes(150, 'det');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = generateTrainingNotes(150, 'det2');
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('a longer run starts with the notes of a shorter run of the same seed', () => {
    const short = generateTrainingNotes(20, 'prefix');
    const long = generateTrainingNotes(40, 'prefix');
    expect(long.slice(0, 20)).toEqual(short);
  });

  it('every span is non-empty, inside the text, trimmed, sorted and non-overlapping', () => {
    const bad: string[] = [];
    for (const n of sample) {
      let prevEnd = 0;
      for (const s of n.spans) {
        const v = n.text.slice(s.start, s.end);
        if (s.start < prevEnd || s.end <= s.start || s.end > n.text.length || v.trim() !== v || !/[\p{L}\p{N}]/u.test(v)) bad.push(`${s.type} ${JSON.stringify(v)}`);
        prevEnd = s.end;
      }
    }
    expect(bad).toEqual([]);
  });

  it('has every family and every PHI type in a 2,000-note sample', () => {
    const families = new Set(sample.map((n) => n.family));
    expect([...families].sort()).toEqual([...NOTE_FAMILIES].sort());
    const types = new Map<string, number>();
    for (const n of sample) for (const s of n.spans) types.set(s.type, (types.get(s.type) ?? 0) + 1);
    for (const t of TRAIN_PHI_TYPES) expect(types.get(t) ?? 0, t).toBeGreaterThan(20);
  });

  it('mixes the families in roughly 30/30/25/15 and keeps their sizes realistic', () => {
    const share = (f: string): number => sample.filter((n) => n.family === f).length / sample.length;
    expect(share('nursing')).toBeGreaterThan(0.25);
    expect(share('discharge')).toBeGreaterThan(0.25);
    expect(share('radiology')).toBeGreaterThan(0.2);
    expect(share('message')).toBeGreaterThan(0.11);
    const mean = (f: string): number => {
      const ns = sample.filter((n) => n.family === f);
      return ns.reduce((a, n) => a + n.text.length, 0) / ns.length;
    };
    expect(mean('nursing')).toBeGreaterThan(500);
    expect(mean('nursing')).toBeLessThan(2000);
    expect(mean('discharge')).toBeGreaterThan(2000);
    expect(mean('discharge')).toBeLessThan(8000);
    expect(mean('radiology')).toBeGreaterThan(500);
    expect(mean('radiology')).toBeLessThan(2000);
    expect(mean('message')).toBeGreaterThan(50);
    expect(mean('message')).toBeLessThan(400);
  });

  it('about half of the messages carry no PHI', () => {
    const msgs = sample.filter((n) => n.family === 'message');
    const free = msgs.filter((n) => n.spans.length === 0).length / msgs.length;
    expect(free).toBeGreaterThan(0.35);
    expect(free).toBeLessThan(0.65);
  });

  it('varies the case profile: ALL CAPS, all lower and mixed notes all occur', () => {
    const upper = sample.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = sample.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(200);
    expect(lower).toBeGreaterThan(50);
    expect(sample.length - upper - lower).toBeGreaterThan(800);
  });

  it('never emits a held-out name, place or facility', () => {
    const held: string[] = [];
    let checked = 0;
    for (const n of sample) {
      for (const s of n.spans) {
        if (s.type !== 'NAME' && s.type !== 'LOCATION' && s.type !== 'HOSPITAL') continue;
        checked++;
        if (isHeldOut(n.text.slice(s.start, s.end))) held.push(n.text.slice(s.start, s.end));
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(held).toEqual([]);
  });

  it('writes look-alikes (eponyms, drugs, scores, fractions, times, young ages) often and never inside a span', () => {
    let negatives = 0;
    const overlapping: string[] = [];
    for (const n of sample) {
      let i = 0;
      for (const g of n.negatives) {
        negatives++;
        while (i < n.spans.length && n.spans[i]!.end <= g.start) i++;
        const s = n.spans[i];
        if (s !== undefined && s.start < g.end) overlapping.push(n.text.slice(g.start, g.end));
      }
    }
    expect(overlapping).toEqual([]);
    expect(negatives).toBeGreaterThan(sample.length * 3);
    const text = sample.map((n) => n.text).join('\n').toLowerCase();
    const seen = (list: readonly string[]): number => list.filter((e) => text.includes(e.toLowerCase())).length;
    expect(seen(EPONYMS)).toBeGreaterThan(EPONYMS.length * 0.6);
    expect(seen(DRUGS)).toBeGreaterThan(DRUGS.length * 0.6);
    expect(seen(TRIALS)).toBeGreaterThan(TRIALS.length * 0.5);
  });

  it('keeps multi-word eponyms, trial names and brand-new drugs out of spans wherever they occur', () => {
    const fixed = ['Glasgow Coma Scale', 'Hunt and Hess', 'Guillain-Barr', 'von Willebrand', 'Stevens-Johnson', 'Lewy body', 'Allen test', 'CHA2DS2-VASc', 'APACHE II', 'Paxlovid', 'Remdesivir', 'ARISTOTLE'];
    const lower = fixed.map((f) => f.toLowerCase());
    const offenders: string[] = [];
    for (const n of sample) {
      for (const s of n.spans) {
        const v = n.text.slice(s.start, s.end).toLowerCase();
        if (lower.some((f) => v.includes(f))) offenders.push(v);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('labels ages over 89 only', () => {
    const young: string[] = [];
    for (const n of sample) {
      for (const s of n.spans) {
        if (s.type !== 'AGE') continue;
        const v = n.text.slice(s.start, s.end);
        const num = /\d+/.exec(v);
        if (num ? Number(num[0]) <= 89 : !/^(?:ninet|one\s+hundred)/i.test(v)) young.push(v);
      }
    }
    expect(young).toEqual([]);
  });

  it('filters by family', () => {
    const ns = generateTrainingNotes(60, 'fam', { families: ['radiology'] });
    expect(ns.every((n) => n.family === 'radiology')).toBe(true);
  });

  it('every template uses only known slots', () => {
    for (const t of [...NURSING_TEMPLATES, ...DISCHARGE_TEMPLATES, ...RADIOLOGY_TEMPLATES, ...MESSAGE_TEMPLATES]) {
      for (const s of slotsOf(t)) expect(hasSlot(s), `{${s}} in ${t}`).toBe(true);
    }
  });
});

/** Spans of a note as [start, end, type] with text around them, for counting forms. */
interface SpanView {
  readonly v: string;
  readonly type: string;
  readonly before: string;
  readonly after: string;
  readonly mode: 'upper' | 'lower' | 'mixed';
}

function views(notes: readonly AnnotatedNote[]): SpanView[] {
  const out: SpanView[] = [];
  for (const n of notes) {
    const mode = n.text === n.text.toUpperCase() ? 'upper' : n.text === n.text.toLowerCase() ? 'lower' : 'mixed';
    for (const s of n.spans) out.push({ v: n.text.slice(s.start, s.end), type: s.type, before: n.text.slice(Math.max(0, s.start - 40), s.start), after: n.text.slice(s.end, s.end + 30), mode });
  }
  return out;
}

/** Matches of `re` in the notes, split into those outside every span and those touching one. */
function matches(notes: readonly AnnotatedNote[], re: RegExp): { out: number; inSpan: number } {
  let out = 0;
  let inSpan = 0;
  for (const n of notes) {
    for (const m of n.text.matchAll(re)) {
      const a = m.index;
      const z = a + m[0].length;
      if (n.spans.some((s) => s.start < z && s.end > a)) inSpan++;
      else out++;
    }
  }
  return { out, inSpan };
}

describe('what the corpus teaches beyond memorising (lead error analysis)', () => {
  let nursing: AnnotatedNote[];
  let spans: SpanView[];
  beforeAll(() => {
    nursing = sample.filter((n) => n.family === 'nursing');
    spans = views(sample);
  });

  it('nursing notes are dense with numeric ranges and fractions, and most of them are not PHI', () => {
    const r = matches(nursing, /\b\d{1,4}(?:\.\d+)?\s?(?:-|\/| to )\s?\d{1,4}(?:\.\d+)?\b/g);
    expect((r.out + r.inSpan) / nursing.length).toBeGreaterThan(7);
    expect(r.inSpan / (r.out + r.inSpan)).toBeLessThan(0.2);
    const mid = matches(nursing, /\b(?:9\d|1[0-2]\d|130)\b/g);
    expect(mid.out / nursing.length).toBeGreaterThan(4);
    expect(mid.inSpan / (mid.out + mid.inSpan)).toBeLessThan(0.06);
  });

  it.each([
    ['a systolic range', /\bSBP \d{2,3}(?:-|\s?to\s?)\d{2,3}\b/gi],
    ['a heart rate', /\bHR \d{2,3}\b/gi],
    ['a blood-pressure range', /\bBP \d{2,3}-\d{2,3}\/\d{2,3}-\d{2,3}\b/gi, 20],
    ['a urine-output range', /\bU\/?O \d{2,3}-\d{2,3} ?cc\/hr/gi],
    ['a glucose', /\b(?:FSBS|FS|glucose) \d{2,3}\b/gi],
    ['a potassium range', /\bK \d\.\d ?(?:-|to) ?\d\.\d\b/gi],
    ['a PEEP', /\bPEEP \d{1,2}\b/gi],
    ['a blood gas', /\b7\.\d{2}\/\d{2}\/\d{2,3}\b/g],
    ['a drip rate', /@ ?\d+(?:\.\d+)? ?(?:mcg\/kg\/min|mcg\/min|u\/hr|mg\/hr|cc\/hr)/gi],
    ['a dose range with a frequency range', /\b\d(?:\.\d)?-\d mg IV q\d-\dh PRN/gi, 20],
    ['an intake or output balance', /(?:I\/O|LOS|TBB|net) [+-]?\d/gi],
    ['a shift or time range', /\b\d{4}-\d{4}\b|\bfrom \d{4} to \d{4}\b/gi],
    ['a military time after @', /@ ?\d{4}\b/g],
    ['a lab panel', /\b(?:NA|CL|BUN|CR|GLU|WBC|HCT|PLT)[:=-]? ?\d+(?:\.\d)?[ ,/]+(?:K|CL|CO2|BUN|CR|GLU|CA|HCT|HGB|PLT|INR)[:=-]? ?\d/gi],
    ['a GCS or RASS', /\b(?:GCS \d{1,2}|RASS [+-]?\d)\b/gi],
    ['a count (x2, #2, 2 of 4)', /\bx\d\b|#\d\b|\b\d of \d\b/gi],
  ])('nursing notes often carry %s, unlabelled', (_what, re, min = 40) => {
    const r = matches(nursing, re);
    expect(r.out).toBeGreaterThan(min);
    expect(r.inSpan).toBeLessThan(Math.max(3, r.out * 0.02));
  });

  it('ALL-CAPS nursing notes use upper-case clinical words that are never names or hospitals', () => {
    const upper = nursing.filter((n) => n.text === n.text.toUpperCase());
    for (const w of ['NEO', 'LASIX', 'PRBC', 'DSG', 'CDI', 'NGT', 'OGT', 'SICU', 'PACU']) {
      const r = matches(upper, new RegExp(`\\b${w}\\b`, 'g'));
      expect(r.out, w).toBeGreaterThan(5);
      expect(r.inSpan, w).toBe(0);
    }
  });

  it.each([
    ['initials after a role or verb', (s: SpanView) => /^[A-Za-z]{2,3}$/.test(s.v) && /(?:float|\bd\/w|\bper|PCP|with|consulted \(|care \(|\bNF|\bHO|to|paged)\s*\(?$/i.test(s.before), 150],
    ['a username after "... by:"', (s: SpanView) => /^[a-z][a-z0-9.]+$/i.test(s.v) && !/\s/.test(s.v) && /(?:completed|signed|entered|edited|sent|read) by:?\s*$/i.test(s.before), 40],
    ['a name after "Dear"', (s: SpanView) => /\bdear\s+(?:(?:mr|ms|mrs|miss|dr)\.?\s+)?$/i.test(s.before), 60],
    ['a hyphenated romanised given name', (s: SpanView) => /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}*(?:\s|$)/u.test(s.v), 60],
    ['a St./Saint particle', (s: SpanView) => /\b(?:St|Ste|Saint)\.? \p{L}/iu.test(s.v), 12],
    ['an all-caps name in a mixed-case note', (s: SpanView) => s.mode === 'mixed' && /\p{Lu}{3}/u.test(s.v) && s.v === s.v.toUpperCase(), 150],
    ['a given name after a relation word', (s: SpanView) => !/\s/.test(s.v) && /\b(?:husband|wife|son|daughter|sister|brother|niece|nephew|friend)\s+$/i.test(s.before), 200],
    ['a name opening a sentence with no cue', (s: SpanView) => /(?:^|\n|[.!?] )$/.test(s.before) && !/\b(?:dr|mr|ms|mrs)\.\s*$/i.test(s.before) && /^ (?:has|was|is|tolerated|slept|rested|called|should|and)\b/.test(s.after), 60],
  ])('names: %s appears often', (_what, f, min) => {
    const hits = spans.filter((s) => s.type === 'NAME' && f(s));
    expect(hits.length).toBeGreaterThan(min);
  });

  it('names in the new forms occur in all three case profiles', () => {
    const modes = new Set(spans.filter((s) => s.type === 'NAME' && (/\bdear\s+$/i.test(s.before) || /by:?\s*$/i.test(s.before) || /^\p{Lu}\p{Ll}+-/u.test(s.v) || /^\p{Lu}\p{Ll}+-/u.test(s.v.charAt(0) + s.v.slice(1).toLowerCase()))).map((s) => s.mode));
    expect([...modes].sort()).toEqual(['lower', 'mixed', 'upper']);
  });

  it.each([
    ['glued to a sex letter or yo (91F, 91yo)', /^(\d{2,3})(?:[FM]|yo|y\/o|y\.o|yr|y)$/i],
    ['in parentheses', /^(\d{2,3})$/, /\($/],
    ['after turned', /^(\d{2,3})$/, /turn(?:ed|s)?\s$/i],
    ['as an ordinal birthday', /^(\d{2,3})(?:st|nd|rd|th)$/i],
    ['as a decade (in her 90s)', /^(\d{2,3})s$/],
    ['after at', /^(\d{2,3})$/, /\bat\s$/i],
    ['after lived to / died at', /^(\d{2,3})$/, /(?:lived to(?: be)?|died at(?: age)?|age)\s$/i],
  ])('ages %s appear over 89 as AGE and under 90 unlabelled', (_what, shape, cue?: RegExp) => {
    let phi = 0;
    let neg = 0;
    for (const n of sample) {
      const check = (a: number, z: number): number | undefined => {
        const m = shape.exec(n.text.slice(a, z));
        if (!m || (cue && !cue.test(n.text.slice(Math.max(0, a - 20), a)))) return undefined;
        return Number(m[1]);
      };
      for (const s of n.spans) if (s.type === 'AGE' && (check(s.start, s.end) ?? 0) > 89) phi++;
      for (const g of n.negatives) {
        const v = check(g.start, g.end);
        if (v !== undefined && v <= 89) neg++;
      }
    }
    expect(phi).toBeGreaterThan(15);
    expect(neg).toBeGreaterThan(15);
  });

  it('ages 100 and over and spelled-out ages are frequent', () => {
    expect(spans.filter((s) => s.type === 'AGE' && /^1\d\d/.test(s.v)).length).toBeGreaterThan(100);
    expect(spans.filter((s) => s.type === 'AGE' && /^(?:ninety|one hundred)/i.test(s.v)).length).toBeGreaterThan(40);
  });

  it.each([
    ['dotted', (s: SpanView) => /^\d{1,4}\.\d{1,2}\.\d{2,4}$/.test(s.v), 200],
    ['ddMONyyyy', (s: SpanView) => /^\d{2}[A-Za-z]{3}\d{4}$/.test(s.v), 100],
    ['a year alone after a cue', (s: SpanView) => /^\d{4}$/.test(s.v) && /\b(?:in|since|from|quit|of)\s$/i.test(s.before), 100],
    ['a month alone after a cue', (s: SpanView) => /^[A-Za-z]{3,9}$/.test(s.v) && /\b(?:the|in|last)\s$/i.test(s.before), 40],
    ['a holiday', (s: SpanView) => /thanksgiving|christmas|easter|new year|memorial day|labor day|halloween|independence|hanukkah|passover|ramadan|valentine/i.test(s.v), 60],
  ])('dates: %s appears often', (_what, f, min) => {
    expect(spans.filter((s) => s.type === 'DATE' && f(s)).length).toBeGreaterThan(min);
  });

  it.each([
    ['an abbreviation after from/at', (s: SpanView) => s.type === 'HOSPITAL' && /^[A-Z]{2,6}$/.test(s.v) && /\b(?:from|at)\s$/i.test(s.before), 30],
    ['a facility starting with an everyday word', (s: SpanView) => s.type === 'HOSPITAL' && /^(?:Mercy|Providence|Summit|Hope|Grace|Unity|Trinity|Mission|Good Sam|Holy|Our Lady|Faith|Liberty|Victory|Valley|Beacon)/i.test(s.v), 30],
    ['a ZIP after a state or "ZIP"', (s: SpanView) => s.type === 'LOCATION' && /^\d{5}/.test(s.v) && /(?:\b[A-Z]{2}|[a-z]{4,}|zip(?: code)?:?)\s+$/i.test(s.before), 100],
    ["a saint's abbreviation (St. E's)", (s: SpanView) => s.type === 'HOSPITAL' && /^St\.? \p{Lu}'s$/iu.test(s.v), 20],
    ['a PO box', (s: SpanView) => s.type === 'LOCATION' && /box/i.test(s.v), 30],
    ['a county', (s: SpanView) => s.type === 'LOCATION' && /county$/i.test(s.v), 30],
  ])('places: %s appears often', (_what, f, min) => {
    expect(spans.filter(f).length).toBeGreaterThan(min);
  });

  it('eponyms, trials, risk scores, contractions, states and countries are frequent and never inside a span', () => {
    // as phrases: several of these words are also surnames (Gleason, Wells, Foley), which stay names
    const terms = ['Chaddock (?:sign|absent|upgoing|downgoing)', 'Gleason (?:score|\\d)', 'Stevens-Johnson', 'von Willebrand', 'Guillain-Barr', 'Hunt and Hess', 'Babinski', 'Homans', "Murphy's sign", 'Foley catheter', 'ARISTOTLE', 'RE-LY', 'SPRINT', 'Framingham (?:risk|Heart)', 'CHA2DS2-VASc', 'HAS-BLED', 'Wells (?:score|criteria)', "Don't", "Won't", "Can't", 'Massachusetts(?! General)', 'Haiti'];
    for (const t of terms) {
      const r = matches(sample, new RegExp(t, 'gi'));
      expect(r.out, t).toBeGreaterThan(15);
      expect(r.inSpan, t).toBe(0);
    }
  });
});

describe('faker locales reserved for the development set', () => {
  it('are never among the training locales and are refused by the one gate to faker data', () => {
    for (const l of ['en_AU', 'en_CA', 'nl', 'pl', 'sv', 'tr', 'fi', 'ko']) {
      expect(RESERVED_FAKER_LOCALES).toContain(l);
      expect(TRAINING_FAKER_LOCALES).not.toContain(l);
      expect(() => fakerLocale(l)).toThrow(/reserved/);
    }
    for (const l of TRAINING_FAKER_LOCALES) expect(() => fakerLocale(l)).not.toThrow();
  });

  it('faker locale data is reached only through fakerLocale', () => {
    for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(join(corpusDir, f), 'utf8');
      const uses = src.split('allLocales').length - 1;
      if (f === 'fillers.ts') expect(uses).toBe(2); // the import and the gate
      else expect(uses, f).toBe(0);
      expect(/from '@faker-js\/faker\/locale/.test(src), f).toBe(false);
    }
  });
});
