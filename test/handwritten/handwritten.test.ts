import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PHI_TYPES } from '../../src/text/types.js';
import { readHandwritten } from './read.js';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();

describe('hand-written sets', () => {
  it('are all here, in pairs of texts with PHI and PHI-free texts (h46, of places and facilities, has texts with PHI only; h50 PHI-free texts only)', () => {
    expect(files).toEqual(['h39-free.txt', 'h39-phi.txt', 'h40-free.txt', 'h40-phi.txt', 'h42-free.txt', 'h42-phi.txt', 'h43-free.txt', 'h43-phi.txt', 'h46-phi.txt', 'h48-free.txt', 'h48-phi.txt', 'h49-free.txt', 'h49-phi.txt', 'h50-free.txt']);
  });

  it.each(files)('%s parses, with unique ids and only the project\'s types', (f) => {
    const notes = readHandwritten(join(here, f));
    expect(notes.length).toBeGreaterThanOrEqual(20);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    for (const n of notes) {
      for (const s of n.phi) expect(PHI_TYPES).toContain(s.type);
      // a PHI-free file holds no PHI; a PHI file holds some in every text
      if (f.includes('-free')) expect(n.phi, n.id).toEqual([]);
      else expect(n.phi.length, n.id).toBeGreaterThan(0);
    }
  });

  it('refuses malformed markup or a stray line, naming the file and the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handwritten-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '#### p01 query\nSeen by [[NAME:Ames on 3/4.\n');
    expect(() => readHandwritten(bad)).toThrow(/bad\.txt: text p01/);
    writeFileSync(bad, 'stray\n#### p01 query\nok\n');
    expect(() => readHandwritten(bad)).toThrow(/before the first header/);
    writeFileSync(bad, '#### \nok\n');
    expect(() => readHandwritten(bad)).toThrow(/malformed header/);
  });
});
