import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ALLOWLIST_FILES, LEXICON_NAMES, normaliseLexiconEntry } from '../../src/allowlists/index.js';
import { packagePath } from '../../src/_lib/packageRoot.js';

const root = packagePath('allowlists');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const dataFiles = [
  ...readdirSync(root).filter((f) => f.endsWith('.txt')),
  ...readdirSync(join(root, 'lexicons'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `lexicons/${f}`),
];

/** The README table row naming `file` (first column), split into cells. */
function rowOf(file: string): string[] | undefined {
  const line = readme.split('\n').find((l) => l.startsWith(`| \`${file}\` |`));
  return line?.split('|').map((c) => c.trim());
}

describe('allowlists/ data files', () => {
  it('has the files the code loads', () => {
    for (const f of BUILTIN_ALLOWLIST_FILES) expect(dataFiles).toContain(f);
    for (const n of LEXICON_NAMES) expect(dataFiles).toContain(`lexicons/${n}.txt`);
  });

  it.each(dataFiles.map((f) => [f]))('%s is listed in allowlists/README.md with a source, a licence and a transformation', (file) => {
    const row = rowOf(file);
    expect(row, `README.md has no table row for ${file}`).toBeDefined();
    // | file | what | source | licence | transformation |
    const [, , what, source, licence, transformation] = row!;
    expect(what).toMatch(/\w/);
    expect(source).toMatch(/\w{3}/);
    expect(licence).toMatch(/MIT|BSD|ISC|Apache|public domain|CC0|CC-BY|PDDL/i);
    expect(licence).not.toMatch(/GPL|share-?alike|-SA\b/i);
    expect(transformation).toMatch(/\w/);
  });

  it.each(dataFiles.map((f) => [f]))('%s has a header with name, source and licence, and normalised, sorted entries', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const header = new Map<string, string>();
    for (const l of lines) {
      const m = /^# ([a-z-]+): (.*)$/.exec(l);
      if (!m) break;
      header.set(m[1]!, m[2]!);
    }
    expect(header.get('name')).toBe(file.replace(/^lexicons\//, '').replace(/\.txt$/, ''));
    expect(header.get('source')).toMatch(/\w/);
    expect(header.get('licence')).toMatch(/\w/);
    expect(header.get('licence')).not.toMatch(/GPL/);
    // within each directive section, entries are normalised, unique and sorted
    const bad: string[] = [];
    let prev = '';
    lines.forEach((l, i) => {
      if (l.startsWith('#')) {
        prev = ''; // a directive starts a new section
        return;
      }
      if (l === '') return;
      if (normaliseLexiconEntry(l) !== l) bad.push(`line ${i + 1}: not normalised`);
      if (l <= prev) bad.push(`line ${i + 1}: not sorted or duplicated`);
      prev = l;
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('ships a few MB at most', () => {
    let bytes = 0;
    for (const f of dataFiles) bytes += statSync(join(root, f)).size;
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
  });
});
