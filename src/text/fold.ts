/**
 * Character folding: the view of a note that detectors read. Look-alike characters are folded
 * to the plain forms detectors know, so `２０１２/０３/０４`, `Jo\u200bhn`, `617–555–1212`,
 * a Cyrillic `о` inside a Latin name or `3∕4∕2012` are found like their plain spellings. Every
 * folded character remembers which original characters it came from, so spans found in the
 * folded view map back to spans that cover the original characters, including the dropped ones
 * (zero-width characters, combining marks) inside and right after them.
 *
 * What is folded, per code point (in this order):
 * - zero-width characters, soft hyphens, bidi controls, variation selectors, combining marks
 *   standing alone: dropped (their original characters join the folded character before them);
 * - control characters (C0 other than tab/LF/CR, DEL, C1), Unicode line and paragraph
 *   separators and every Unicode space: one ASCII space;
 * - dashes and minus signs: `-`; division and fraction slashes: `/`; curly quotes and primes:
 *   `'` and `"`;
 * - decimal digits of every script (Arabic-Indic, Devanagari, full-width…): ASCII digits;
 * - compatibility forms (full-width letters, ligatures, superscripts, mathematical letters):
 *   their NFKC form; letters with diacritics: the base letter;
 * - a Cyrillic or Greek letter that looks like a Latin one, inside a word that also holds Latin
 *   letters (mixed-script spoofing): the Latin letter. Words wholly in another script are kept;
 * - UTF-8 read as Latin-1 (mojibake: a letter from U+00C2 to U+00DF, then a character from U+0080
 *   to U+00BF, such as `Ã` and the C1 control U+0096 for `Ö`): the character the two bytes
 *   encode, folded as above (`Ãmer` reads `Omer`), so a C1 control inside a name no longer splits it.
 *
 * Pure ASCII text without control characters (almost every note) is returned as it is, with
 * no copy and no map.
 *
 * @module
 */

/** A folded view of a text and the way back to the original offsets. */
export interface FoldedText {
  /** The folded text detectors read. */
  readonly text: string;
  /** The original text. */
  readonly original: string;
  /**
   * `origin[i]` is the original offset of folded code unit `i`; `origin[text.length]` is the
   * original length. Undefined when nothing was folded (offsets are equal).
   */
  readonly origin: Int32Array | undefined;
  /**
   * `originEnd[i]` is the original offset just past everything folded code unit `i` stands for,
   * including dropped characters that follow it. Undefined when nothing was folded.
   */
  readonly originEnd: Int32Array | undefined;
}

// ---------------------------------------------------------------------------- tables

/** Code points dropped outright. */
function isDropped(cp: number): boolean {
  return (
    cp === 0xad || // soft hyphen
    cp === 0x34f || // combining grapheme joiner
    cp === 0x61c || // Arabic letter mark
    cp === 0x180e || // Mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/non-joiner/joiner, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates
    cp === 0xfeff || // BOM / zero-width no-break space
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) || // variation selectors supplement
    (cp >= 0xe0000 && cp <= 0xe007f) || // tags
    isCombiningMark(cp)
  );
}

/** Combining diacritical marks (the blocks that decorate Latin, Greek and Cyrillic letters). */
function isCombiningMark(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x483 && cp <= 0x489) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

/** Code points read as one ASCII space. */
function isSpaceLike(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13) || // C0 controls but tab, LF, CR
    (cp >= 0x7f && cp <= 0xa0) || // DEL, C1 controls, no-break space
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || // en quad … hair space
    cp === 0x2028 || // line separator
    cp === 0x2029 || // paragraph separator
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Punctuation folded to one ASCII character (after NFKC). */
const PUNCT = new Map<number, string>([
  // dashes and minus signs
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'],
  [0x2043, '-'], [0x2212, '-'], [0x2e3a, '-'], [0x2e3b, '-'], [0xfe58, '-'], [0xfe63, '-'], [0xff0d, '-'],
  [0x2796, '-'], [0x30fc, '-'],
  // slashes
  [0x2044, '/'], [0x2215, '/'], [0x29f8, '/'], [0xff0f, '/'], [0x2571, '/'],
  // apostrophes, primes and quotes
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x2032, "'"], [0x02bc, "'"], [0x02b9, "'"], [0xff07, "'"], [0x0060, "'"], [0x00b4, "'"],
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'], [0x2033, '"'], [0xff02, '"'],
  // full stops and colons that look like ASCII ones
  [0x2024, '.'], [0xff0e, '.'], [0x2236, ':'], [0xff1a, ':'],
]);

/** Zero digits of the Unicode decimal-digit blocks (each block is ten consecutive code points). */
const DIGIT_ZEROS: readonly number[] = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0,
  0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
  0x11650, 0x116c0, 0x11730, 0x118e0, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
  0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** The ASCII digit of a decimal digit of any script, or -1. */
function digitValue(cp: number): number {
  if (cp < 0x660) return -1;
  for (const z of DIGIT_ZEROS) if (cp >= z && cp < z + 10) return cp - z;
  return -1;
}

/** Cyrillic and Greek letters that look like Latin ones. */
const CONFUSABLE = new Map<number, string>(
  (
    [
      // Cyrillic capitals and small letters
      [0x410, 'A'], [0x412, 'B'], [0x415, 'E'], [0x41a, 'K'], [0x41c, 'M'], [0x41d, 'H'], [0x41e, 'O'], [0x420, 'P'], [0x421, 'C'],
      [0x422, 'T'], [0x423, 'Y'], [0x425, 'X'], [0x405, 'S'], [0x406, 'I'], [0x408, 'J'], [0x4c0, 'I'], [0x51a, 'Q'], [0x51c, 'W'],
      [0x430, 'a'], [0x435, 'e'], [0x43e, 'o'], [0x440, 'p'], [0x441, 'c'], [0x443, 'y'], [0x445, 'x'], [0x455, 's'], [0x456, 'i'],
      [0x458, 'j'], [0x4bb, 'h'], [0x501, 'd'], [0x51b, 'q'], [0x51d, 'w'], [0x4cf, 'l'], [0x432, 'b'], [0x43a, 'k'], [0x43c, 'm'],
      [0x43d, 'h'], [0x442, 't'],
      // Greek capitals and small letters
      [0x391, 'A'], [0x392, 'B'], [0x395, 'E'], [0x396, 'Z'], [0x397, 'H'], [0x399, 'I'], [0x39a, 'K'], [0x39c, 'M'], [0x39d, 'N'],
      [0x39f, 'O'], [0x3a1, 'P'], [0x3a4, 'T'], [0x3a5, 'Y'], [0x3a7, 'X'], [0x3bf, 'o'], [0x3b9, 'i'], [0x3ba, 'k'], [0x3bd, 'v'],
      [0x3c1, 'p'], [0x3c5, 'u'], [0x3c7, 'x'], [0x3f2, 'c'], [0x3f3, 'j'],
    ] as const
  ).map(([cp, s]) => [cp, s]),
);

/** Letters whose decomposition into base + marks we strip to the base (Latin, Greek, Cyrillic). */
const MARKS = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Folded form of one non-ASCII code point that is not dropped (may be empty or several chars). */
function foldCodePoint(cp: number, ch: string): string {
  if (isSpaceLike(cp)) return ' ';
  const punct = PUNCT.get(cp);
  if (punct !== undefined) return punct;
  const d = digitValue(cp);
  if (d >= 0) return String.fromCharCode(48 + d);
  let k = ch.normalize('NFKC');
  if (k !== ch) {
    // compatibility forms may yield characters we fold further (½ → 1⁄2 → 1/2)
    let out = '';
    for (const c of k) {
      const p = c.codePointAt(0)!;
      out += p < 128 ? c : isDropped(p) ? '' : (PUNCT.get(p) ?? (digitValue(p) >= 0 ? String.fromCharCode(48 + digitValue(p)) : c));
    }
    k = out;
  }
  const base = k.normalize('NFD').replace(MARKS, '');
  return base.length > 0 ? base : k;
}

// ---------------------------------------------------------------------------- folding

/** True when `text` needs no folding: printable ASCII, tab, LF and CR only. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x7f || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) return false;
  }
  return true;
}

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/**
 * Folds a note for detection (see the module notes for what is folded).
 *
 * @param text - the original text
 * @returns the folded text and the maps back to original offsets
 * @example
 * ```ts
 * const f = foldText('DOB ２０１２/０３/０４');
 * f.text; // 'DOB 2012/03/04'
 * ```
 */
export function foldText(text: string): FoldedText {
  if (isPlain(text)) return { text, original: text, origin: undefined, originEnd: undefined };
  const n = text.length;
  const parts: string[] = [];
  // A code point may fold to several characters (ligatures): the map grows when needed.
  let origin = new Int32Array(n + 16);
  let len = 0;
  const ensure = (extra: number): void => {
    if (len + extra + 1 <= origin.length) return;
    const bigger = new Int32Array(Math.max(origin.length * 2, len + extra + 16));
    bigger.set(origin.subarray(0, len));
    origin = bigger;
  };
  let plainFrom = -1;
  const flushPlain = (to: number): void => {
    if (plainFrom < 0) return;
    ensure(to - plainFrom);
    for (let k = plainFrom; k < to; k++) origin[len++] = k;
    parts.push(text.slice(plainFrom, to));
    plainFrom = -1;
  };
  // the word (run of letters) around the last confusable letter, and whether it holds Latin
  let runEnd = -1;
  let runLatin = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x7f && (c >= 0x20 || c === 9 || c === 10 || c === 13)) {
      if (plainFrom < 0) plainFrom = i;
      i++;
      continue;
    }
    flushPlain(i);
    let cp = text.codePointAt(i)!;
    let width = cp > 0xffff ? 2 : 1;
    // UTF-8 read as Latin-1 (mojibake): `Ã` and the C1 control U+0096 were the bytes of `Ö`
    if (cp >= 0xc2 && cp <= 0xdf && i + 1 < n) {
      const c2 = text.charCodeAt(i + 1);
      if (c2 >= 0x80 && c2 <= 0xbf) {
        cp = ((cp & 0x1f) << 6) | (c2 & 0x3f);
        width = 2;
      }
    }
    if (!isDropped(cp)) {
      const conf = CONFUSABLE.get(cp);
      let folded: string;
      if (conf !== undefined) {
        if (i >= runEnd) [runEnd, runLatin] = wordAround(text, i);
        folded = runLatin ? conf : foldCodePoint(cp, String.fromCodePoint(cp));
      } else {
        folded = foldCodePoint(cp, String.fromCodePoint(cp));
      }
      if (folded.length > 0) {
        ensure(folded.length);
        for (let k = 0; k < folded.length; k++) origin[len++] = i;
        parts.push(folded);
      }
    }
    i += width;
  }
  flushPlain(n);
  const folded = parts.join('');
  const originOut = origin.slice(0, len + 1);
  originOut[len] = n;
  // originEnd[j]: up to the origin of the next folded character whose origin differs, so dropped
  // characters after a folded character belong to it; characters folded from one original
  // code point share its whole extent.
  const originEnd = new Int32Array(len + 1);
  let next = n;
  for (let j = len - 1; j >= 0; j--) {
    if (originOut[j + 1]! !== originOut[j]!) next = originOut[j + 1]!;
    originEnd[j] = next;
  }
  originEnd[len] = n;
  return { text: folded, original: text, origin: originOut, originEnd };
}

const WORDISH = /[\p{L}\p{M}\u200b-\u200d\u00ad]/u;

/**
 * The end of the run of letters (and joiners) holding offset `i`, and whether the run holds a
 * Latin letter. Called once per run, so folding stays linear.
 */
function wordAround(text: string, i: number): [number, boolean] {
  let latin = false;
  for (let j = i - 1; j >= 0 && WORDISH.test(text[j]!); j--) if (LATIN_LETTER.test(text[j]!)) latin = true;
  let j = i;
  while (j < text.length && WORDISH.test(text[j]!)) {
    if (LATIN_LETTER.test(text[j]!)) latin = true;
    j++;
  }
  return [j, latin];
}

/**
 * Maps a half-open span of the folded text to the original text. The result covers every
 * original character the folded span stands for, and the dropped characters (zero-width,
 * combining marks) inside it and right after it.
 *
 * @param f - the folded text
 * @param start - start in the folded text
 * @param end - end in the folded text (exclusive), `> start`
 * @returns `[start, end)` in the original text
 * @example
 * ```ts
 * const f = foldText('Jo\u200bhn');
 * toOriginalSpan(f, 0, 4); // [0, 5]
 * ```
 */
export function toOriginalSpan(f: FoldedText, start: number, end: number): [number, number] {
  if (f.origin === undefined || f.originEnd === undefined) return [start, end];
  return [f.origin[start]!, f.originEnd[end - 1]!];
}
