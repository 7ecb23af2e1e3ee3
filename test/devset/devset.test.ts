import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDevset, type DevsetRecord } from './generate.js';

const file = join(dirname(fileURLToPath(import.meta.url)), 'devset.jsonl');
const committed = readFileSync(file, 'utf8');
const records = committed.trim().split('\n').map((l) => JSON.parse(l) as DevsetRecord);
const TYPES = new Set(['NAME', 'DATE', 'AGE', 'PHONE', 'ID', 'LOCATION', 'HOSPITAL', 'CONTACT']);

describe('development set (issue 10)', () => {
  it('is exactly what `npm run devset` writes (deterministic, not edited by hand)', () => {
    expect(generateDevset().map((x) => JSON.stringify(x)).join('\n') + '\n').toBe(committed);
  });

  it('holds 250 discharge summaries, 250 radiology reports and 300 queries, half of them PHI-free', () => {
    const n = (f: string): number => records.filter((x) => x.family === f).length;
    expect([n('discharge'), n('radiology'), n('query')]).toEqual([250, 250, 300]);
    expect(records.filter((x) => x.family === 'query' && x.phi.length === 0)).toHaveLength(150);
    expect(Buffer.byteLength(committed)).toBeLessThan(1.6e6);
  });

  it('annotates only the eight types, with spans inside the text that neither start nor end with a space', () => {
    for (const r of records) {
      for (const s of r.phi) {
        expect(TYPES.has(s.type), s.type).toBe(true);
        expect(s.start >= 0 && s.end <= r.text.length && s.start < s.end).toBe(true);
        const v = r.text.slice(s.start, s.end);
        expect(v, `${r.id} ${JSON.stringify(v)}`).toBe(v.trim());
      }
    }
  });

  it('covers every type in the notes', () => {
    const seen = new Set(records.flatMap((r) => r.phi.map((s) => s.type)));
    expect([...seen].sort()).toEqual([...TYPES].sort());
  });
});
