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
import { generateNotes } from '../../../src/text/detectors/nlp/train/generate.js';
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
        if (num ? Number(num[0]) <= 89 : !/^(?:ninety|one hundred)/i.test(v)) young.push(v);
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

  it('keeps the older generateNotes shape for the current training script', () => {
    const ns = generateNotes(10, 'legacy');
    for (const n of ns) for (const s of n.spans) expect(['NAME', 'LOCATION', 'HOSPITAL']).toContain(s.label);
    expect(ns.some((n) => n.spans.length > 0)).toBe(true);
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
