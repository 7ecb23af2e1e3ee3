/**
 * Trains the sequence labeller of algorithm 2: a structured averaged perceptron (Collins 2002)
 * over the features of `_seqFeatures.ts`, decoded with the same Viterbi as inference. Runs on
 * synthetic notes only. Deterministic for a seed: notes are visited in a seeded order and
 * lexicon membership is hidden for a seeded share of words per note and epoch, so the model
 * learns names and places from context as well as from the lists.
 *
 * @internal
 */
import seedrandom from 'seedrandom';
import { createTextContext } from '../../../context.js';
import { foldText } from '../../../fold.js';
import { GrowingTable } from '../_featureTable.js';
import { nlpLexicons, type NlpLexicons } from '../_resources.js';
import {
  B,
  I,
  MAX_POSITION_FEATURES,
  NAMEISH,
  NL,
  noteView,
  positionFeatures,
  SEQ_TYPES,
  strHash,
  typeOf,
  W,
  wordFeatures,
  wordFlags,
  type NoteView,
  type WordFeatures,
} from '../_seqFeatures.js';
import { constrain, viterbi, type SequenceModel, type SequenceModelParts } from '../sequenceModel.js';

/** An annotated training or evaluation note. Span offsets are in `text`; `type` is one of the eight labeller types. */
export interface AnnotatedNote {
  readonly text: string;
  readonly spans: readonly { readonly start: number; readonly end: number; readonly type: string }[];
  readonly family?: string;
}

/** Options of {@link trainSequenceLabeller}. */
export interface SequenceTrainOptions {
  /** Passes over the notes. Default 5. */
  readonly epochs?: number;
  /** Seed of the note order and of lexicon hiding. */
  readonly seed?: string;
  /** Share of words whose name/place lexicon membership is hidden per note and epoch. Default 0.2. */
  readonly hide?: number;
  /** Drop features whose largest absolute averaged weight is below this. Default 1. */
  readonly prune?: number;
  /** Added to every token's O score at run time. Default 0. */
  readonly oBias?: number;
  /**
   * A spelling seen at least this often in the notes, never inside a PHI span, without digits
   * and known to no name or place lexicon, is gated (always O at run time). Default 40; 0 turns
   * the gate off.
   */
  readonly gateMinCount?: number;
  readonly lexicons?: NlpLexicons;
  /**
   * Share of tokens that are not PHI whose features are swapped for those of a random everyday
   * or clinical word (or a made-up abbreviation, or a misspelt word) in the same case, per note and epoch, so the
   * model meets far more words in non-PHI contexts than the templates hold. Default 0.2.
   */
  readonly augment?: number;
  /** Share of those swapped words that are misspelt everyday or clinical words. Default 0.1. */
  readonly misspell?: number;
  /** Called after each epoch with its number and the share of tokens it labelled wrong. */
  readonly onEpoch?: (epoch: number, errorRate: number) => void;
}

/** Word features per spelling, with name and place lexicons visible or hidden. */
interface WordCache {
  readonly plain: Map<string, WordFeatures>;
  readonly hidden: Map<string, WordFeatures>;
}
const newCache = (): WordCache => ({ plain: new Map(), hidden: new Map() });

/** A note prepared for training or evaluation. */
interface Prepared {
  readonly view: NoteView;
  readonly gold: Uint8Array;
  /** The tokens' lower case. */
  readonly lower: readonly string[];
}

const TYPE_INDEX = new Map<string, number>(SEQ_TYPES.map((t, k) => [t, k]));

/**
 * Tokenises a note as the scrubber does (folded view, word tokens) and labels its tokens from
 * the gold spans (BIO: the first token of a span is B, the rest I).
 */
function prepare(note: AnnotatedNote, lex: NlpLexicons, cache: WordCache, hideSalt = 0, hideShare = 0, augment = 0, misspell = 0): Prepared {
  const folded = foldText(note.text);
  const ctx = createTextContext(folded.text);
  const toks = ctx.tokens;
  const gold = new Uint8Array(toks.length);
  const spans = [...note.spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let s = 0;
  let lastSpan = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const os = folded.origin ? folded.origin[t.start]! : t.start;
    const oe = folded.originEnd ? folded.originEnd[t.end - 1]! : t.end;
    while (s < spans.length && spans[s]!.end <= os) s++;
    const sp = spans[s];
    if (sp === undefined || sp.start >= oe) continue;
    const k = TYPE_INDEX.get(sp.type);
    if (k === undefined) continue;
    gold[i] = lastSpan === s && i > 0 && typeOf(gold[i - 1]!) === k ? I(k) : B(k);
    lastSpan = s;
  }
  const words = new Array<WordFeatures>(toks.length);
  const hideLimit = hideShare * 4294967296;
  const augmentLimit = augment * 4294967296;
  const pool = augment > 0 ? vocabulary(lex) : [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let text = t.text;
    let lower = t.lower;
    const r = Math.imul(hideSalt ^ Math.imul(i + 1, 0x85ebca6b), 0xc2b2ae35) >>> 0;
    if (augment > 0 && gold[i] === 0 && r < augmentLimit && /^[A-Za-z]+$/.test(text)) {
      // in place of a word that is not PHI, in the same case: mostly an everyday or clinical
      // word, sometimes a short made-up abbreviation or a misspelt word (notes are full of
      // jargon no list holds, and of typing slips: `_nearMiss.ts` lets the model tell a slip
      // from an unknown surname)
      const pick = r >>> 3;
      const word = pool[(pick >>> 4) % pool.length]!;
      const slip = ((Math.imul(pick, 0x2c1b3c6d) >>> 0) % 1000) / 1000 < misspell;
      // a slip that spells a listed word (a surname, another word) would teach the model to
      // doubt the lists: only slips that read as slips (`W.NEAR`) are used
      const typo = slip && word.length >= 6 ? misspelt(word, pick) : undefined;
      lower = typo !== undefined ? ((wordFlags(typo, lex) & W.NEAR) !== 0 ? typo : word) : pick % 10 < 3 ? madeUpAbbreviation(pick) : word;
      text = sameCase(lower, t.text);
    }
    const hide = hideShare > 0 && Math.imul(strHash(lower) ^ hideSalt, 0x9e3779b1) >>> 0 < hideLimit;
    const m = hide ? cache.hidden : cache.plain;
    let w = m.get(text);
    if (w === undefined) {
      w = wordFeatures(text, lower, wordFlags(lower, lex, hide));
      if (m.size > 300_000) m.clear();
      m.set(text, w);
    }
    words[i] = w;
  }
  const view = noteView(folded.text, toks, words, ctx.isMostlyUpperCase ? 1 : ctx.isMostlyLowerCase ? 3 : 2);
  return { view, gold, lower: toks.map((t) => t.lower) };
}

let vocab: string[] | undefined;
/** Everyday and clinical words (letters only) for augmentation. */
function vocabulary(lex: NlpLexicons): string[] {
  if (vocab) return vocab;
  const out = new Set<string>();
  for (const set of [lex.commonWords, lex.clinical]) for (const w of set) if (/^[a-z]{2,}$/.test(w)) out.add(w);
  return (vocab = [...out].sort());
}

/** Two to four letters drawn from `r` (mostly consonants, like clinical shorthand). */
function madeUpAbbreviation(r: number): string {
  const letters = 'bcdfghjklmnpqrstvwxzbcdfghklmnprstaeiou';
  let x = Math.imul(r, 0x9e3779b1) >>> 0;
  const len = 2 + (x % 3);
  let out = '';
  for (let k = 0; k < len; k++) {
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
    out += letters[x % letters.length];
  }
  return out;
}

/** `word` with one typing slip drawn from `r` past its first letter: a letter dropped, doubled, swapped with the next or replaced. */
function misspelt(word: string, r: number): string {
  let x = Math.imul(r ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  const at = 1 + (x % (word.length - 2));
  x = Math.imul(x ^ (x >>> 13), 0x2c1b3c6d) >>> 0;
  const c = word[at]!;
  switch (x % 4) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + c + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1]! + c + word.slice(at + 2);
    default:
      return word.slice(0, at) + 'aeioulnrst'[(x >>> 4) % 10]! + word.slice(at + 1);
  }
}

/** `word` (lower case) written in the case of `like`: UPPER, Title or lower. */
function sameCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] !== like[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** All feature ids of every token of a note, flattened (`offsets[i]..offsets[i+1]`). */
function noteFeatures(view: NoteView): { ids: Uint32Array; offsets: Uint32Array } {
  const n = view.n;
  const offsets = new Uint32Array(n + 1);
  let cap = n * 48 + 16;
  let ids = new Uint32Array(cap);
  let len = 0;
  const pos = new Uint32Array(MAX_POSITION_FEATURES);
  const push = (id: number): void => {
    if (len === cap) {
      cap *= 2;
      const bigger = new Uint32Array(cap);
      bigger.set(ids);
      ids = bigger;
    }
    ids[len++] = id;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    for (const id of view.words[i]!.own) push(id);
    for (let o = -3; o <= 3; o++) {
      const j = i + o;
      if (o === 0 || j < 0 || j >= n) continue;
      for (const id of view.words[j]!.near[o + 3]!) push(id);
    }
    const k = positionFeatures(view, i, pos);
    for (let q = 0; q < k; q++) push(pos[q]!);
  }
  offsets[n] = len;
  return { ids, offsets };
}

/**
 * Trains the labeller.
 *
 * @param notes - annotated synthetic notes
 * @param options - epochs, seed, regularisation
 * @returns the averaged, pruned weights
 * @example
 * ```ts
 * const parts = trainSequenceLabeller(generateTrainingNotes(200, 's'), { epochs: 2 });
 * ```
 */
export function trainSequenceLabeller(notes: readonly AnnotatedNote[], options: SequenceTrainOptions = {}): SequenceModelParts {
  const epochs = options.epochs ?? 5;
  const seed = options.seed ?? 'ehr-deid-seq-1';
  const hideShare = options.hide ?? 0.2;
  const augmentShare = options.augment ?? 0.2;
  const misspellShare = options.misspell ?? 0.1;
  const lex = options.lexicons ?? nlpLexicons();
  const table = new GrowingTable(NL, 1 << 18);
  let cap = 1 << 18;
  // w is read on every token (float32: updates are whole numbers, exact far beyond any count
  // reached here); u sums time-weighted updates for the average and needs float64
  let w = new Float32Array(cap * NL);
  let u = new Float64Array(cap * NL);
  const tw = new Float64Array(NL * NL);
  const tu = new Float64Array(NL * NL);
  const sw = new Float64Array(NL);
  const su = new Float64Array(NL);
  let c = 1;
  const row = (id: number): number => {
    const r = table.intern(id);
    if (r >= cap) {
      cap *= 2;
      const w2 = new Float32Array(cap * NL);
      w2.set(w);
      w = w2;
      const u2 = new Float64Array(cap * NL);
      u2.set(u);
      u = u2;
    }
    return r;
  };
  const rng = seedrandom(seed + '/order');
  const order = notes.map((_, i) => i);
  const cache = newCache();
  const seen = new Map<number, { count: number; phi: number; eligible: boolean }>();
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let tokens = 0;
    let wrong = 0;
    for (const idx of order) {
      const { view, gold, lower } = prepare(notes[idx]!, lex, cache, strHash(`${seed}/${epoch}/${idx}`), hideShare, epoch === 0 ? 0 : augmentShare, misspellShare);
      const n = view.n;
      if (n === 0) continue;
      if (epoch === 0) {
        for (let i = 0; i < n; i++) {
          const w = view.words[i]!;
          let st = seen.get(w.lowerHash);
          if (st === undefined) {
            st = { count: 0, phi: 0, eligible: w.digits === 0 && (wordFlags(lower[i]!, lex) & NAMEISH) === 0 };
            seen.set(w.lowerHash, st);
          }
          st.count++;
          if (gold[i] !== 0) st.phi++;
        }
      }
      const { ids, offsets } = noteFeatures(view);
      const trans = constrain(tw, false);
      const start = constrain(sw, true);
      const { labels: pred } = viterbi(
        n,
        (i, e) => {
          for (let q = offsets[i]!; q < offsets[i + 1]!; q++) {
            const r = table.find(ids[q]!);
            if (r < 0) continue;
            const base = r * NL;
            for (let l = 0; l < NL; l++) e[l]! += w[base + l]!;
          }
        },
        trans,
        start,
      );
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          wrong++;
          for (let q = offsets[i]!; q < offsets[i + 1]!; q++) {
            const base = row(ids[q]!) * NL;
            w[base + g]! += 1;
            u[base + g]! += c;
            w[base + p]! -= 1;
            u[base + p]! -= c;
          }
        }
        const gPrev = i === 0 ? -1 : gold[i - 1]!;
        const pPrev = i === 0 ? -1 : pred[i - 1]!;
        if (g === p && gPrev === pPrev) continue;
        if (i === 0) {
          sw[g]! += 1;
          su[g]! += c;
          sw[p]! -= 1;
          su[p]! -= c;
        } else {
          tw[gPrev * NL + g]! += 1;
          tu[gPrev * NL + g]! += c;
          tw[pPrev * NL + p]! -= 1;
          tu[pPrev * NL + p]! -= c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch + 1, tokens === 0 ? 0 : wrong / tokens);
  }
  // average (w − u/c) and prune
  const prune = options.prune ?? 1;
  const keptIds: number[] = [];
  const keptRows: number[] = [];
  for (const [id, r] of table.entries()) {
    let max = 0;
    for (let l = 0; l < NL; l++) max = Math.max(max, Math.abs(w[r * NL + l]! - u[r * NL + l]! / c));
    if (max >= prune) {
      keptIds.push(id);
      keptRows.push(r);
    }
  }
  const weights = new Float64Array(keptIds.length * NL);
  keptRows.forEach((r, k) => {
    for (let l = 0; l < NL; l++) weights[k * NL + l] = w[r * NL + l]! - u[r * NL + l]! / c;
  });
  const transitions = new Float64Array(NL * NL);
  for (let k = 0; k < NL * NL; k++) transitions[k] = tw[k]! - tu[k]! / c;
  const start = new Float64Array(NL);
  for (let k = 0; k < NL; k++) start[k] = sw[k]! - su[k]! / c;
  const minCount = options.gateMinCount ?? 40;
  const gate: number[] = [];
  if (minCount > 0) for (const [h, st] of seen) if (st.eligible && st.phi === 0 && st.count >= minCount) gate.push(h);
  return {
    ids: Uint32Array.from(keptIds),
    weights,
    transitions,
    start,
    oBias: options.oBias ?? 0,
    gate: Uint32Array.from(gate),
    meta: { trainedBy: 'src/text/detectors/nlp/train/train.ts', seed, notes: notes.length, epochs, hide: hideShare, augment: augmentShare, misspell: misspellShare, prune, features: keptIds.length, gated: gate.length },
  };
}

/** Token-level figures of a model on annotated notes (the yardstick's rule: any PHI label vs O). */
export interface SequenceEvaluation {
  readonly goldTokens: number;
  readonly recall: number;
  readonly precision: number;
  /** Recall per type. */
  readonly byType: Readonly<Record<string, number>>;
}

/**
 * Evaluates a model on annotated notes.
 *
 * @param model - a loaded model
 * @param notes - annotated notes
 * @param lex - lexicons (default the shipped ones)
 * @returns token recall, precision and recall per type
 */
export function evaluateSequenceModel(model: SequenceModel, notes: readonly AnnotatedNote[], lex: NlpLexicons = nlpLexicons()): SequenceEvaluation {
  const cache = newCache();
  let gold = 0;
  let caught = 0;
  let predicted = 0;
  let right = 0;
  const perType = new Map<number, [number, number]>();
  for (const note of notes) {
    const p = prepare(note, lex, cache);
    const { labels } = model.decode(p.view);
    for (let i = 0; i < p.view.n; i++) {
      const g = p.gold[i]!;
      const l = labels[i]!;
      if (l !== 0) predicted++;
      if (g === 0) continue;
      gold++;
      const k = typeOf(g);
      const e = perType.get(k) ?? [0, 0];
      e[0]++;
      if (l !== 0) {
        caught++;
        right++;
        e[1]++;
      }
      perType.set(k, e);
    }
  }
  const byType: Record<string, number> = {};
  for (const [k, [g, h]] of [...perType].sort((a, b) => a[0] - b[0])) byType[SEQ_TYPES[k]!] = g === 0 ? 1 : h / g;
  return { goldTokens: gold, recall: gold === 0 ? 1 : caught / gold, precision: predicted === 0 ? 1 : right / predicted, byType };
}
