import { describe, expect, it } from 'vitest';
import { LEXICON_NAMES, loadLexicon, normaliseLexiconEntry } from '../../src/allowlists/index.js';
import { isDeidError } from '../../src/errors.js';

describe('loadLexicon', () => {
  it.each(LEXICON_NAMES.map((n) => [n]))('loads %s as a non-empty set of normalised entries', (name) => {
    const set = loadLexicon(name);
    expect(set.size).toBeGreaterThan(10);
    for (const e of set) expect(normaliseLexiconEntry(e)).toBe(e);
  });

  it('is cached', () => {
    expect(loadLexicon('surnames')).toBe(loadLexicon('surnames'));
  });

  it.each([
    ['first-names', 'emily'],
    ['first-names', 'jose'],
    ['surnames', 'kowalski'],
    ['surnames', 'nguyen'],
    ['cities', 'worcester'],
    ['cities', 'grand rapids'],
    ['street-suffixes', 'blvd'],
    ['hospitals', 'mass general'],
    ['common-words', 'will'],
  ])('%s contains %j', (name, entry) => {
    expect(loadLexicon(name).has(entry)).toBe(true);
  });

  it.each([['../package'], ['Surnames'], ['a/b'], [''], ['nope-not-here']])('throws ALLOWLIST_INVALID for %j', (name) => {
    let code: string | undefined;
    try {
      loadLexicon(name);
    } catch (e) {
      code = isDeidError(e) ? e.code : 'other';
    }
    expect(code).toBe('ALLOWLIST_INVALID');
  });
});

describe('normaliseLexiconEntry', () => {
  it.each([
    ["St. Mary's", 'st mary s'],
    ['  NEW   York ', 'new york'],
    ['José', 'jose'],
    ['O’Brien', 'o brien'],
    ['---', ''],
  ])('%j -> %j', (input, out) => {
    expect(normaliseLexiconEntry(input)).toBe(out);
  });
});
