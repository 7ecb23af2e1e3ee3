/**
 * Surrogates of ages, contacts and identifiers.
 *
 * @internal
 */
import type { Keyed } from './_keyed.js';
import { patternLike, pieces } from './_words.js';

/** Words of e-mail addresses and URLs that say nothing about anyone. */
const CONTACT_KEPT: ReadonlySet<string> = new Set(['http', 'https', 'www', 'com', 'org', 'net', 'edu', 'gov', 'mailto', 'html', 'htm']);

/**
 * Ages over 89 become `90+` (HIPAA Safe Harbor aggregates them), in place of the number.
 *
 * @param text - the region text
 * @returns the text with each number of two or more digits written `90+`, or `90+`
 */
export function ageSurrogate(text: string): string {
  let out = '';
  let replaced = false;
  for (const p of pieces(text)) {
    if (p.kind === 'number' && p.text.length >= 2) {
      out += '90+';
      replaced = true;
    } else out += p.text;
  }
  return replaced && out !== text ? out : '90+';
}

/**
 * E-mail addresses, URLs and IP addresses: every letter and digit replaced by a keyed one
 * (dots, `@`, slashes and common words such as `www`, `com` kept).
 *
 * @param keyed - keyed source
 * @param scope - patient scope
 * @param text - the region text
 * @returns the surrogate (never equal to `text`)
 */
export function contactSurrogate(keyed: Keyed, scope: string, text: string): string {
  let out = '';
  for (const p of pieces(text)) {
    out += p.kind === 'other' || CONTACT_KEPT.has(p.text.toLowerCase()) ? p.text : patternLike(keyed, scope, 'contact', p.text);
  }
  return out === text ? patternLike(keyed, scope, 'contact', text) : out;
}

/**
 * Phone numbers, record numbers and other identifiers: same pattern of digits and letters.
 *
 * @param keyed - keyed source
 * @param scope - patient scope
 * @param kind - the PHI type (separates draws)
 * @param text - the region text
 * @returns the surrogate (never equal to `text` when it holds a letter or digit)
 */
export function idSurrogate(keyed: Keyed, scope: string, kind: string, text: string): string {
  return patternLike(keyed, scope, kind, text);
}
