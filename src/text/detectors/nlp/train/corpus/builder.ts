/**
 * Writes one synthetic note piece by piece and records where its PHI is. Every piece passes
 * through the note's case profile (mixed, ALL CAPS, all lower) before its offsets are taken, so
 * spans always point at the final characters. Values of the filler types (NAME, LOCATION,
 * HOSPITAL) are checked against the held-out rule after casing; a held-out value is never
 * written.
 *
 * @internal
 */
import { isHeldOut } from '../heldOut.js';
import type { SyntheticSpan, TrainPhiType } from './types.js';

/** The case profile of a note. */
export type CaseMode = 'mixed' | 'upper' | 'lower';

/** A region of a note written by a negative slot (a look-alike that must stay unlabelled). */
export interface NegativeSpan {
  readonly start: number;
  readonly end: number;
}

const FILLER_TYPES: ReadonlySet<TrainPhiType> = new Set(['NAME', 'LOCATION', 'HOSPITAL']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

/** Accumulates text, PHI spans and negative spans of one note. */
export class NoteBuilder {
  private readonly parts: string[] = [];
  private len = 0;
  private lastChar = '\n';
  /** PHI spans, in writing order (thus sorted). */
  readonly spans: SyntheticSpan[] = [];
  /** Negative look-alikes written, for tests. */
  readonly negatives: NegativeSpan[] = [];
  /** When true, the next written piece starts with an upper-case letter (mixed case only). */
  capNext = false;

  /** @param mode - the note's case profile */
  constructor(readonly mode: CaseMode) {}

  /** Number of characters written so far. */
  get length(): number {
    return this.len;
  }

  /** The last character written (a newline at the start). */
  get last(): string {
    return this.lastChar;
  }

  /**
   * @param s - text
   * @returns `s` in the note's case profile
   */
  cased(s: string): string {
    let out = this.mode === 'upper' ? s.toUpperCase() : this.mode === 'lower' ? s.toLowerCase() : s;
    if (this.capNext && out !== '') {
      this.capNext = false;
      if (this.mode === 'mixed') out = out.charAt(0).toUpperCase() + out.slice(1);
    }
    return out;
  }

  private push(s: string): void {
    if (s.startsWith('.') && this.lastChar === '.') s = s.slice(1);
    if (s === '') return;
    this.parts.push(s);
    this.len += s.length;
    this.lastChar = s.charAt(s.length - 1);
  }

  /** @param s - plain (non-PHI) text, cased */
  text(s: string): void {
    this.push(this.cased(s));
  }

  /** @param s - plain text written as is (no casing) */
  verbatim(s: string): void {
    this.push(s);
  }

  /** @param s - a negative look-alike (eponym, drug, score…), cased and recorded */
  neg(s: string): void {
    const c = this.cased(s);
    const start = this.len;
    this.push(c);
    this.negatives.push({ start, end: this.len });
  }

  /**
   * Writes a PHI value and its span. For NAME, LOCATION and HOSPITAL the value is drawn again
   * (up to 40 times) while the cased value is held out, then `fallback` is used.
   *
   * @param type - the PHI type
   * @param value - the value, or a function drawing one
   * @param fallback - a value known not to be held out (a single pool entry)
   * @param keepCase - write the value without the note's casing
   */
  phi(type: TrainPhiType, value: string | (() => string), fallback?: string, keepCase = false): void {
    const draw = typeof value === 'string' ? () => value : value;
    const caseIt = (s: string): string => (keepCase ? s : this.cased(s));
    const cap = this.capNext;
    let v = caseIt(draw());
    if (FILLER_TYPES.has(type)) {
      for (let i = 0; i < 40 && isHeldOut(v); i++) {
        this.capNext = cap;
        v = caseIt(draw());
      }
      if (isHeldOut(v) && fallback !== undefined) {
        this.capNext = cap;
        v = caseIt(fallback);
      }
      if (isHeldOut(v)) throw new Error(`generator bug: held-out ${type} value with no fallback`);
    }
    this.capNext = false;
    if (v === '' || isSpace(v.charAt(0)) || isSpace(v.charAt(v.length - 1))) throw new Error(`generator bug: empty or padded ${type} value`);
    const start = this.len;
    this.push(v);
    this.spans.push({ start, end: this.len, type });
  }

  /** Ends the line (one newline). */
  nl(): void {
    this.push('\n');
  }

  /** Ends the line unless the text already ends with a newline. */
  endLine(): void {
    if (this.lastChar !== '\n') this.push('\n');
  }

  /** @returns the note's text */
  build(): string {
    return this.parts.join('');
  }
}
