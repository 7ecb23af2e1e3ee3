import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scrubInThread, scrubMany, scrubNote, type ScrubOutcome } from '../../../src/text/batch/index.js';
import { createScrubber } from '../../../src/text/scrub.js';
import { defineDetector } from '../../../src/text/spans.js';
import { isDeidError } from '../../../src/errors.js';

const fixture = fileURLToPath(new URL('./fixtures/failingDetectors.ts', import.meta.url));

function note(i: number): { id: string; text: string } {
  return { id: `n${i}`, text: `Note ${i}: seen by Dr. Quimby on 3/${(i % 28) + 1}/2012, call 617-555-${String(1000 + i)}.` };
}

async function collect(it: AsyncIterable<ScrubOutcome>): Promise<ScrubOutcome[]> {
  const out: ScrubOutcome[] = [];
  for await (const o of it) out.push(o);
  return out;
}

describe('scrubMany with worker threads', () => {
  it('returns one outcome per note in input order with several workers and small batches', async () => {
    const notes = Array.from({ length: 240 }, (_, i) => note(i));
    const out = await collect(scrubMany(notes, { workers: 2, batchSize: 7, scrubber: { algorithms: ['rules'] } }));
    expect(out.map((o) => o.id)).toEqual(notes.map((n) => n.id));
    expect(out.every((o) => o.ok)).toBe(true);
    const first = out[0]!;
    if (!first.ok) throw new Error('expected ok');
    expect(first.result.text).not.toContain('617-555-1000');
    // same result as the single-thread path
    expect(first.result.text).toBe(createScrubber({ algorithms: ['rules'] }).scrub(notes[0]!.text).text);
  });

  it('fails closed per note: a throwing detector gives ok:false without text, a dying worker gives WORKER_FAILED, the rest succeed', async () => {
    const notes = [
      ...Array.from({ length: 10 }, (_, i) => note(i)),
      { id: 'bad', text: 'Patient Zebediah BOOM here' },
      ...Array.from({ length: 10 }, (_, i) => note(100 + i)),
      { id: 'dies', text: 'DIE-NOW' },
      ...Array.from({ length: 10 }, (_, i) => note(200 + i)),
    ];
    const out = await collect(scrubMany(notes, { workers: 2, batchSize: 4, optionsModule: fixture }));
    expect(out.map((o) => o.id)).toEqual(notes.map((n) => n.id));
    const bad = out.find((o) => o.id === 'bad')!;
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('DETECTOR_FAILED');
      expect(JSON.stringify(bad)).not.toContain('Zebediah');
    }
    const dies = out.find((o) => o.id === 'dies')!;
    expect(dies.ok).toBe(false);
    if (!dies.ok) expect(dies.error.code).toBe('WORKER_FAILED');
    // only the batch the worker died on (4 notes around 'dies') is lost; queued batches went to
    // a replacement worker, so every other note was scrubbed
    const at = out.findIndex((o) => o.id === 'dies');
    out.forEach((o, i) => {
      if (o.id !== 'bad' && Math.abs(i - at) > 3) expect(o.ok).toBe(true);
    });
    expect(out.filter((o) => !o.ok).length).toBeLessThanOrEqual(1 + 4);
    expect(out.slice(-7).every((o) => o.ok)).toBe(true);
  });

  it('reads the input only a bounded number of notes ahead of a slow consumer (backpressure)', async () => {
    let read = 0;
    function* source(): Generator<{ id: string; text: string }> {
      for (let i = 0; i < 400; i++) {
        read++;
        yield note(i);
      }
    }
    const workers = 2;
    const batchSize = 5;
    let consumed = 0;
    let maxAhead = 0;
    for await (const o of scrubMany(source(), { workers, batchSize, batchesPerWorker: 2, scrubber: { algorithms: ['rules'] } })) {
      expect(o.ok).toBe(true);
      consumed++;
      maxAhead = Math.max(maxAhead, read - consumed);
      if (consumed % 50 === 0) await new Promise((r) => setTimeout(r, 20));
    }
    expect(consumed).toBe(400);
    expect(maxAhead).toBeLessThanOrEqual(workers * 2 * batchSize + batchSize);
  });
});

describe('scrubMany options and the single-thread path', () => {
  it('scrubs in the calling thread with workers: 0, reading one note ahead at most', async () => {
    let read = 0;
    let maxAhead = 0;
    let consumed = 0;
    async function* source(): AsyncGenerator<{ id: string; text: string }> {
      for (let i = 0; i < 30; i++) {
        read++;
        yield note(i);
      }
    }
    for await (const o of scrubMany(source(), { workers: 0, scrubber: { algorithms: ['rules'] } })) {
      consumed++;
      maxAhead = Math.max(maxAhead, read - consumed);
      expect(o.ok).toBe(true);
    }
    expect(consumed).toBe(30);
    expect(maxAhead).toBeLessThanOrEqual(1);
  });

  it('rejects options that cannot be sent to workers before reading any note', async () => {
    const d = defineDetector({ name: 'test/x', algorithm: 'rules', types: ['OTHER'], detect: () => [] });
    let read = 0;
    const notes = {
      *[Symbol.iterator]() {
        read++;
        yield note(1);
      },
    };
    const err = await collect(scrubMany(notes, { workers: 1, scrubber: { detectors: [d] } })).catch((e: unknown) => e);
    expect(isDeidError(err) && err.code).toBe('CONFIG_INVALID');
    expect(read).toBe(0);
  });

  it.each([
    [{ workers: -1 }],
    [{ workers: 1.5 }],
    [{ batchSize: 0 }],
  ])('rejects bad option %o with CONFIG_INVALID', async (o) => {
    const err = await collect(scrubMany([note(1)], o)).catch((e: unknown) => e);
    expect(isDeidError(err) && err.code).toBe('CONFIG_INVALID');
  });

  it('gives INPUT_INVALID for a note whose text is not a string, keeping its place', async () => {
    const notes = [note(1), { id: 'x', text: 42 as unknown as string }, note(2)];
    const out = await collect(scrubInThread(notes, createScrubber({ algorithms: ['rules'] })));
    expect(out.map((o) => [o.id, o.ok])).toEqual([
      ['n1', true],
      ['x', false],
      ['n2', true],
    ]);
  });

  it('scrubNote turns a foreign error into DETECTOR_FAILED without its message', () => {
    const d = defineDetector({
      name: 'test/leaky',
      algorithm: 'rules',
      types: ['OTHER'],
      detect: ({ text }) => {
        throw new Error(`leak ${text}`);
      },
    });
    const out = scrubNote(createScrubber({ algorithms: [], detectors: [d] }), { id: 'a', text: 'Secret Person' });
    expect(out.ok).toBe(false);
    expect(JSON.stringify(out)).not.toContain('Secret');
  });
});
