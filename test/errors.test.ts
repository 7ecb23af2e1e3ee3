import { describe, expect, it } from 'vitest';
import { DeidError, isDeidError, withLocation } from '../src/errors.js';

describe('DeidError', () => {
  it('carries a code, a location and issues, and prefixes the message with the code', () => {
    const e = new DeidError('CSV_MALFORMED', 'unclosed quote', { location: { file: 'a.csv', line: 3, column: 'text' } });
    expect(e.code).toBe('CSV_MALFORMED');
    expect(e.message).toBe('CSV_MALFORMED: unclosed quote (at a.csv:3:text)');
    expect(e.location).toEqual({ file: 'a.csv', line: 3, column: 'text' });
    expect(e.issues).toEqual([]);
    expect(e).toBeInstanceOf(Error);
  });

  it('serialises to JSON without the cause (which may hold a value)', () => {
    const e = new DeidError('DATE_INVALID', 'expected YYYY-MM-DD', { cause: new Error('2012-13-45 is bad') });
    expect(JSON.stringify(e)).not.toContain('2012-13-45');
    expect(e.message).not.toContain('2012-13-45');
  });

  it('is recognised by isDeidError, also across package copies', () => {
    expect(isDeidError(new DeidError('KEY_MISSING', 'no key'))).toBe(true);
    expect(isDeidError({ name: 'DeidError', code: 'KEY_MISSING' })).toBe(true);
    expect(isDeidError(new Error('x'))).toBe(false);
    expect(isDeidError(null)).toBe(false);
  });

  it('withLocation adds a location without duplicating the code prefix', () => {
    const e = withLocation(new DeidError('DATE_INVALID', 'expected YYYY-MM-DD'), { file: 'f.csv', line: 9, column: 'admittime' });
    expect(e.message).toBe('DATE_INVALID: expected YYYY-MM-DD (at f.csv:9:admittime)');
    expect(e.location?.line).toBe(9);
  });
});
