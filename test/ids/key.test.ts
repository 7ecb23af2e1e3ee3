import { describe, expect, it } from 'vitest';
import { assertKey, deriveSubkey } from '../../src/_lib/key.js';
import { isDeidError } from '../../src/errors.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isDeidError(e) ? e.code : `not a DeidError: ${String(e)}`;
  }
  return undefined;
}

describe('assertKey', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['empty string', ''],
    ['empty bytes', new Uint8Array(0)],
  ])('rejects a missing key (%s) with KEY_MISSING', (_label, key) => {
    expect(codeOf(() => assertKey(key as unknown as string))).toBe('KEY_MISSING');
  });

  it.each([
    ['15-character string', 'x'.repeat(15)],
    ['15 bytes', new Uint8Array(15)],
    ['a number', 1234567890123456789],
    ['an object', { key: 'x'.repeat(32) }],
  ])('rejects a short or wrongly typed key (%s) with KEY_INVALID', (_label, key) => {
    expect(codeOf(() => assertKey(key as unknown as string))).toBe('KEY_INVALID');
  });

  it('never puts the key in the error message', () => {
    const secret = 'short-secret!';
    try {
      assertKey(secret);
      expect.unreachable();
    } catch (e) {
      expect(String(e)).not.toContain(secret);
      expect(String(e)).toContain('13 bytes');
    }
  });

  it('accepts 16 bytes and returns a copy', () => {
    const raw = new Uint8Array(16).fill(7);
    const out = assertKey(raw);
    expect(out).toEqual(raw);
    out[0] = 0;
    expect(raw[0]).toBe(7);
    expect(assertKey('é'.repeat(8)).length).toBe(16); // UTF-8 bytes, not characters
  });
});

describe('deriveSubkey', () => {
  it('is HMAC-SHA256 of the label: deterministic, 32 bytes, label- and key-dependent', () => {
    const k = 'k'.repeat(32);
    const a = deriveSubkey(k, 'ids:subject_id');
    expect(a).toHaveLength(32);
    expect(deriveSubkey(k, 'ids:subject_id').equals(a)).toBe(true);
    expect(deriveSubkey(k, 'ids:hadm_id').equals(a)).toBe(false);
    expect(deriveSubkey('j'.repeat(32), 'ids:subject_id').equals(a)).toBe(false);
    expect(deriveSubkey(Buffer.from(k), 'ids:subject_id').equals(a)).toBe(true);
  });

  it('checks the key', () => {
    expect(codeOf(() => deriveSubkey('', 'x'))).toBe('KEY_MISSING');
    expect(codeOf(() => deriveSubkey('short', 'x'))).toBe('KEY_INVALID');
  });
});
