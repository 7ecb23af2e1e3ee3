import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDeidError } from '../../../src/errors.js';
import { NL, SEQ_LABELS, SEQ_TYPES } from '../../../src/text/detectors/nlp/_seqFeatures.js';
import { constrain, encodeSequenceModel, loadSequenceModel, viterbi, type SequenceModelParts } from '../../../src/text/detectors/nlp/sequenceModel.js';
import { createSequenceLabellerDetector } from '../../../src/text/detectors/nlp/sequenceLabeller.js';
import { trainSequenceLabeller, type AnnotatedNote } from '../../../src/text/detectors/nlp/train/trainSequence.js';
import { createTextContext } from '../../../src/text/context.js';

const K = SEQ_TYPES.length;

function toyParts(): SequenceModelParts {
  const ids = Uint32Array.from([11, 22, 33]);
  const weights = new Float64Array(ids.length * NL);
  weights[0 * NL + 1] = 2.5; // id 11 → B-NAME
  weights[1 * NL + 0] = -1.25; // id 22 → against O
  weights[2 * NL + 16] = 0.001; // id 33 → I-CONTACT, small
  return { ids, weights, transitions: new Float64Array(NL * NL), start: new Float64Array(NL), oBias: -0.5, meta: { note: 'toy' } };
}

describe('sequence model weights file', () => {
  it('round-trips weights, transitions, bias and meta', () => {
    const bytes = encodeSequenceModel(toyParts());
    const m = loadSequenceModel(bytes);
    expect(m.labels).toEqual(SEQ_LABELS);
    expect(m.meta).toEqual({ note: 'toy' });
    expect(m.featureCount).toBe(3);
  });

  it('is byte-identical for the same weights', () => {
    expect(Buffer.from(encodeSequenceModel(toyParts())).equals(Buffer.from(encodeSequenceModel(toyParts())))).toBe(true);
  });

  const bad: [string, (b: Uint8Array) => Uint8Array][] = [
    ['an empty file', () => new Uint8Array(0)],
    ['another file type', (b) => Uint8Array.from(b, (x, i) => (i < 4 ? 0x41 : x))],
    ['a flipped byte in the weights', (b) => Uint8Array.from(b, (x, i) => (i === b.length - 6 ? x ^ 0xff : x))],
    ['a truncated file', (b) => b.subarray(0, b.length - 9)],
  ];
  it.each(bad)('refuses %s with CONFIG_INVALID', (_name, damage) => {
    const bytes = damage(encodeSequenceModel(toyParts()));
    try {
      loadSequenceModel(bytes);
      expect.unreachable();
    } catch (e) {
      expect(isDeidError(e) && e.code === 'CONFIG_INVALID').toBe(true);
    }
  });
});

describe('viterbi', () => {
  it('property: never puts I-<type> after O or after another type', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.float({ min: -5, max: 5, noNaN: true }), { minLength: NL * NL, maxLength: NL * NL }),
        fc.array(fc.float({ min: -5, max: 5, noNaN: true }), { minLength: 30 * NL, maxLength: 30 * NL }),
        (n, trans, emits) => {
          const { labels } = viterbi(n, (i, e) => { for (let l = 0; l < NL; l++) e[l] = emits[i * NL + l]!; }, constrain(trans, false), constrain(new Float64Array(NL), true));
          for (let i = 0; i < n; i++) {
            const l = labels[i]!;
            if (l <= K) continue;
            const prev = i === 0 ? -1 : labels[i - 1]!;
            expect(prev === l || prev === l - K).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('picks the best path, not the best label per token', () => {
    // token 0 slightly prefers B-NAME, token 1 strongly prefers I-NAME: the path B I wins
    const emits = [
      [0, 0.1],
      [1, 0, 3],
    ];
    const T = new Float64Array(NL * NL);
    const { labels } = viterbi(2, (i, e) => {
      e[0] = emits[i]![0]!;
      e[1] = emits[i]![1]!;
      if (i === 1) e[1 + K] = emits[1]![2]!;
    }, constrain(T, false), constrain(new Float64Array(NL), true));
    expect([...labels]).toEqual([1, 1 + K]);
  });
});

describe('trainSequenceLabeller', () => {
  const SURNAMES = ['Quxworthy', 'Brannigan', 'Okonkwo', 'Featherly', 'Marchetti', 'Vasquez', 'Thistlewood', 'Hollister'];
  const notes: AnnotatedNote[] = [];
  for (let k = 0; k < 60; k++) {
    const name = SURNAMES[k % SURNAMES.length]!;
    const date = `${(k % 12) + 1}/${(k % 27) + 1}/20${10 + (k % 10)}`;
    const text = `Seen by Dr. ${name} on ${date}. BP 120/80, 2/6 murmur.`;
    const a = text.indexOf(name);
    const d = text.indexOf(date);
    notes.push({ text, spans: [{ start: a, end: a + name.length, type: 'NAME' }, { start: d, end: d + date.length, type: 'DATE' }] });
  }

  it('gives the same bytes for the same notes and seed', () => {
    const a = encodeSequenceModel(trainSequenceLabeller(notes, { epochs: 2, seed: 's', lexicons: undefined }));
    const b = encodeSequenceModel(trainSequenceLabeller(notes, { epochs: 2, seed: 's' }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('learns names and dates from context and leaves fractions alone', () => {
    const model = loadSequenceModel(encodeSequenceModel(trainSequenceLabeller(notes, { epochs: 3, seed: 's' })));
    const d = createSequenceLabellerDetector(model);
    const text = 'Seen by Dr. Zebulonne on 9/14/2016. BP 118/76, 3/6 murmur.';
    const found = d.detect(createTextContext(text)).map((s) => [text.slice(s.start, s.end), s.type]);
    expect(found).toEqual([
      ['Zebulonne', 'NAME'],
      ['9/14/2016', 'DATE'],
    ]);
  });
});
