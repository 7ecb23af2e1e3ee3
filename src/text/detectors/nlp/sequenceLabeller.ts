/**
 * `nlp/sequence-labeller`: algorithm 2's main detector. A structured averaged perceptron
 * (Collins 2002) labels every word token of a note with BIO tags of eight PHI types (NAME, DATE,
 * AGE, PHONE, ID, LOCATION, HOSPITAL, CONTACT), decoded with Viterbi over first-order label
 * transitions. Features come from the token (spelling, shape, affixes, number class, lexicon
 * membership), its neighbours at ±3, the punctuation and line breaks around it, digit patterns,
 * the field label of its line (`Admission Date:`), the section heading above it and the note's
 * case profile (see `_seqFeatures.ts`). It is trained only on synthetic notes
 * (`train/`, `npm run train`); the weights ship as `model/weights.bin`.
 *
 * It stands on its own: it finds dates, phones, ids and ages as well as names and places,
 * without the rules of algorithm 1. It shares one piece of knowledge with them: a bare number
 * pair beside a clinical word (`2/6 murmur`, `BP 90/60`, `1/2 tab`) is a measurement, not a
 * date (`_clinicalNumbers.ts`). Its own spans pass three checks of nearby words
 * (`_spanFilters.ts`): initials-like names need a cue, bare-number ages must not be measurements,
 * and `May` alone is a month only among date words.
 *
 * @module
 */
import type { ScrubContext, Token, Word } from '../../context.js';
import { asScrubContext } from '../../context.js';
import type { Detector, PhiType, Span } from '../../types.js';
import { nlpLexicons } from './_resources.js';
import { noteView, SEQ_TYPES, typeOf, W, wordFeatures, wordFlags, type NoteView, type WordFeatures } from './_seqFeatures.js';
import { loadSequenceModel, type SequenceModel } from './sequenceModel.js';
import { assetBytes } from '../../../_lib/assets.js';
import { filterLabellerSpans } from './_spanFilters.js';
import { lineBefore } from '../_clinicalNumbers.js';

const SOURCE = 'nlp/sequence-labeller';
const TYPES: readonly PhiType[] = Object.freeze([...SEQ_TYPES]);

let shipped: SequenceModel | undefined;

/**
 * The shipped model, loaded once per process.
 *
 * @returns the model decoded from `model/weights.bin`
 * @throws DeidError `IO_FAILED` when the shipped weights are missing, `CONFIG_INVALID` when corrupt
 * @internal
 */
export function _shippedSequenceModel(): SequenceModel {
  return (shipped ??= loadSequenceModel(assetBytes('nlp-weights')));
}

/** Word features per interned spelling: `Word.nlp` indexes this store. */
const STORE_MAX = 200_000;
let store: WordFeatures[] = [];
let owners: Word[] = [];

function featuresOf(t: Token): WordFeatures {
  const w = t.word;
  const idx = w.nlp;
  if (idx >= 0 && idx < store.length && owners[idx] === w) return store[idx]!;
  const f = wordFeatures(t.text, t.lower, wordFlags(t.lower, nlpLexicons()));
  if (store.length >= STORE_MAX) {
    store = [];
    owners = [];
  }
  w.nlp = store.length;
  store.push(f);
  owners.push(w);
  return f;
}

/**
 * The labeller's view of a note, shared through the context memo.
 *
 * @param ctx - the scrub context
 * @returns per-token features and line facts
 * @internal
 */
export function _sequenceView(ctx: ScrubContext): NoteView {
  return ctx.memo('nlp/sequence-view', (c) => {
    const toks = c.tokens;
    const words = new Array<WordFeatures>(toks.length);
    for (let i = 0; i < toks.length; i++) words[i] = featuresOf(toks[i]!);
    return noteView(c.text, toks, words, c.isMostlyUpperCase ? 1 : c.isMostlyLowerCase ? 3 : 2);
  });
}

/**
 * Turns BIO labels into spans: `B-<type>` followed by `I-<type>` tokens is one span from the
 * first token's start to the last one's end (line breaks inside are allowed: a name wrapped
 * onto the next line is one name). Confidence grows with the weakest token's margin.
 *
 * @param tokens - the note's tokens
 * @param labels - one label per token
 * @param margins - one margin per token
 * @param source - span source
 * @returns spans in token order
 * @internal
 */
export function _labelsToSpans(tokens: readonly { start: number; end: number }[], labels: Uint8Array, margins: Float32Array, source: string): Span[] {
  const out: Span[] = [];
  const K = SEQ_TYPES.length;
  let i = 0;
  while (i < labels.length) {
    const l = labels[i]!;
    if (l === 0) {
      i++;
      continue;
    }
    const k = typeOf(l);
    let j = i;
    let m = margins[i]!;
    while (j + 1 < labels.length && labels[j + 1] === 1 + K + k) {
      j++;
      m = Math.min(m, margins[j]!);
    }
    const confidence = Math.round(Math.min(0.99, Math.max(0.5, 1 / (1 + Math.exp(-m / 4)))) * 100) / 100;
    out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: SEQ_TYPES[k]!, source, confidence });
    i = j + 1;
  }
  return out;
}

const WORDISH = W.COMMON | W.CLIN | W.NEAR | W.TRUNC;

/**
 * Whether a lower-case word is the plural of an everyday or clinical word (`levels`, `bruises`).
 *
 * @param lower - the word in lower case
 * @returns true when dropping its `s` or `es` gives a listed word
 * @internal
 */
export function _isPluralOfWord(lower: string): boolean {
  if (lower.length < 4 || !lower.endsWith('s')) return false;
  const lex = nlpLexicons();
  const stem = lower.slice(0, -1);
  return lex.commonWords.has(stem) || lex.clinical.has(stem) || (lower.endsWith('es') && lex.commonWords.has(lower.slice(0, -2)));
}

/**
 * Whether a lower-case word is two everyday or clinical words typed without a space (`ctscan`,
 * `autopeep`, `stepdown`, `meqpo`), each of two letters or more.
 *
 * @param lower - the word in lower case
 * @returns true when some split gives two listed words
 * @internal
 */
export function _isGluedWords(lower: string): boolean {
  if (lower.length < 4 || lower.length > 24) return false;
  const lex = nlpLexicons();
  const known = (w: string): boolean => lex.commonWords.has(w) || lex.clinical.has(w);
  for (let k = 2; k <= lower.length - 2; k++) if (known(lower.slice(0, k)) && known(lower.slice(k))) return true;
  return false;
}

/** `Smith`: written as a name, so a split into two words (`Sweetwood`) says nothing. */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/** Every word of the span is a known word (everyday, clinical, or a slip, clip, plural or glued pair of them) and none a lexicon name. */
function onlyWords(ctx: ScrubContext, words: readonly WordFeatures[], span: Span): boolean {
  const toks = ctx.tokens;
  let any = false;
  for (let t = ctx.tokenIndexAt(span.start); t < toks.length && toks[t]!.start < span.end; t++) {
    if (!/\p{L}/u.test(toks[t]!.text)) continue;
    const f = words[t]!.flags;
    if ((f & (W.FIRST | W.LAST)) !== 0) return false;
    if ((f & WORDISH) === 0 && !_isPluralOfWord(toks[t]!.lower) && (TITLE_CASE.test(toks[t]!.text) || !_isGluedWords(toks[t]!.lower))) return false;
    any = true;
  }
  return any;
}

/** Vent settings on the line before a pair (`CPAP 10/5`, `SIMV/PS … 5/8`). */
const VENT_LINE = /\b(?:cpap|bipap|peep|ps|psv|simv|imv|ac|settings?|vent|fio2)\b|%/i;
/** A bare month/day pair standing alone (not part of a longer number, date or ratio). */
const BARE_MD = /(?<![\w./-])(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d|-\d)/g;

/**
 * One note, one way of writing dates: once the labeller has read a bare month/day pair as a
 * date (`9/8 extubated`), the note's other bare pairs that could be dates are dates too
 * (`BCx 9/2 pending`), unless the span checks say they are measurements, or they are common
 * fractions (`1/2`, `2/3`) or stand on a line of vent settings (`CPAP 10/5`). Label consistency
 * across a document is a classic aid to a per-token tagger: the model is sure of a date where
 * the context says so and unsure of the same shape in a terse chronology. Added spans have
 * confidence 0.6.
 *
 * @param text - the note
 * @param spans - the labeller's checked spans, in text order
 * @returns the spans with the note's other dates of the same shape, in text order
 * @internal
 */
export function _withSameShapeDates(text: string, spans: Span[]): Span[] {
  const isMd = (s: Span): boolean => s.type === 'DATE' && /^\d{1,2}\/\d{1,2}$/.test(text.slice(s.start, s.end));
  if (!spans.some(isMd)) return spans;
  const out = [...spans];
  let k = 0;
  for (const m of text.matchAll(BARE_MD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const mo = Number(m[1]);
    const d = Number(m[2]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    // common fractions, and pairs on a line of vent settings
    if (/^(?:1\/[234]|2\/3|3\/4)$/.test(m[0]) || VENT_LINE.test(lineBefore(text, start, 40))) continue;
    // spans and matches are both in text order: one pointer keeps this linear
    while (k < spans.length && spans[k]!.end <= start) k++;
    if (k < spans.length && spans[k]!.start < end) continue;
    const cand: Span = { start, end, type: 'DATE', source: SOURCE, confidence: 0.6 };
    if (filterLabellerSpans(text, [cand]).length === 0) continue;
    out.push(cand);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A sentence's end and a line break: `UCSF.\nMercy Hospital` is two places, not one. */
const SENTENCE_BREAK = /[.!?;:][ \t]*\r?\n\s*/g;

/**
 * Splits a span that runs over a sentence's end and a line break (`at UCSF.` + a new line opening
 * `Mercy Hospital records`) into the parts on each side; a name wrapped onto the next line with no
 * full stop (`Patient Zebulon` / `Quxworthy`) stays one span. Parts keep the span's type, source
 * and confidence; the punctuation between them is in neither part.
 *
 * @param text - the note
 * @param spans - the labeller's spans in text order
 * @returns the spans, split where needed, in text order
 * @internal
 */
export function _splitAtSentenceBreaks(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const inner = text.slice(s.start, s.end);
    if (!inner.includes('\n')) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    let from = s.start;
    for (const m of inner.matchAll(SENTENCE_BREAK)) {
      const cut = s.start + m.index!;
      if (/[\p{L}\p{N}]/u.test(text.slice(from, cut))) out.push({ ...s, start: from, end: cut });
      from = cut + m[0].length;
    }
    if (from < s.end && /[\p{L}\p{N}]/u.test(text.slice(from, s.end))) out.push({ ...s, start: from, end: s.end });
  }
  return out ?? spans;
}

/**
 * Builds a sequence-labeller detector around a model (the shipped one by default).
 *
 * @param model - a model from `loadSequenceModel`; default the shipped weights
 * @returns a detector named `nlp/sequence-labeller`
 * @example
 * ```ts
 * const d = createSequenceLabellerDetector();
 * d.detect(createTextContext('Admission Date: 04MAR2012  Attending: Zebulon Quxworthy'));
 * ```
 */
export function createSequenceLabellerDetector(model?: SequenceModel): Detector {
  return Object.freeze<Detector>({
    name: SOURCE,
    algorithm: 'nlp' as const,
    types: TYPES,
    detect(c) {
      const ctx = asScrubContext(c);
      const view = _sequenceView(ctx);
      const { labels, margins } = (model ?? _shippedSequenceModel()).decode(view);
      const spans = _splitAtSentenceBreaks(ctx.text, _labelsToSpans(ctx.tokens, labels, margins, SOURCE));
      // number pairs that are measurements, initials or words with no cue, ages that are
      // measurements, the verb May (_spanFilters.ts); then the note's other dates of the shape
      // it found
      return _withSameShapeDates(ctx.text, filterLabellerSpans(ctx.text, spans, (s) => onlyWords(ctx, view.words, s)));
    },
  });
}

/** `nlp/sequence-labeller` with the shipped model (loaded on first use). */
export const sequenceLabellerDetector: Detector = createSequenceLabellerDetector();
