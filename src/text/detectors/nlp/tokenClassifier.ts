/**
 * `nlp/token-classifier`: an averaged perceptron that labels each word token as NAME, LOCATION,
 * HOSPITAL or nothing, from its shape, capitalisation, suffixes, lexicon membership and
 * neighbouring words (greedy left to right, with the previous label as a feature). Trained by
 * `train/train.ts` on synthetic notes only; the weights ship in `model.json`.
 *
 * @module
 */
import { asScrubContext, type ScrubContext } from '../../context.js';
import type { Detector, PhiType, Span } from '../../types.js';
import { analyseTokens, F, isCandidate, LABELS, tokenFeatures, type TokenInfo } from './_features.js';
import { _clinicalSimilarity } from './_similar.js';
import { nlpLexicons } from './_resources.js';
import { loadPerceptron, type Perceptron, type PerceptronModel } from './averagedPerceptron.js';
import { assetBytes } from '../../../_lib/assets.js';

const SOURCE = 'nlp/token-classifier';
const TYPES: readonly PhiType[] = ['NAME', 'LOCATION', 'HOSPITAL'];

let shippedModel: Perceptron | undefined;

/** The shipped model, loaded once. */
export function _shippedModel(): Perceptron {
  // `model.json`, shipped once as a bundled asset (not inlined in each entry of the build)
  return (shippedModel ??= loadPerceptron(JSON.parse(new TextDecoder().decode(assetBytes('nlp-model').slice())) as PerceptronModel));
}

/**
 * Labels every token of a note (index into {@link LABELS}; 0 = not PHI).
 *
 * @param text - the note
 * @param toks - analysed tokens
 * @param model - the perceptron
 * @param upperDoc - the note is mostly upper case
 * @returns one label index per token
 * @internal
 */
export function labelTokens(text: string, toks: readonly TokenInfo[], model: Perceptron, upperDoc: boolean, margin = DEFAULT_MARGIN): Uint8Array {
  const labels = new Uint8Array(toks.length);
  let prev = 'O';
  for (let i = 0; i < toks.length; i++) {
    if (!isCandidate(toks, i, upperDoc)) {
      prev = 'O';
      continue;
    }
    const s = model.scores(tokenFeatures(text, toks, i, prev, upperDoc));
    let k = 0;
    for (let j = 1; j < s.length; j++) if (s[j]! > s[k]!) k = j;
    // the history feature follows the best label; a PHI label is kept only with a clear margin over O
    prev = model.labels[k]!;
    if (k !== 0 && s[k]! - s[0]! >= margin && !nearClinical(toks[i]!)) labels[i] = k;
  }
  return labels;
}

/**
 * A word no lexicon knows that looks like a misspelt clinical term ("Prpafol", "Digixin"): the
 * classifier's PHI label is dropped (Jaro-Winkler >= 0.9 to the clinical lists).
 */
function nearClinical(t: TokenInfo): boolean {
  if (t.flags & (F.FIRST | F.LAST | F.CITY | F.PLACE) || t.text.length < 5) return false;
  return _clinicalSimilarity(t.lower) >= 0.9;
}

/** How far a PHI label's score must exceed the "not PHI" score (perceptron units). */
export const DEFAULT_MARGIN = 0;

/** The analysed tokens of a note, shared by every NLP detector through the context memo. */
export function _analysed(ctx: ScrubContext): TokenInfo[] {
  return ctx.memo('nlp/analysed-tokens', (c) => analyseTokens(c.text, c.tokens, nlpLexicons()));
}

/** The shipped model's labels for a note, shared through the context memo. */
export function _tokenLabels(ctx: ScrubContext): Uint8Array {
  return ctx.memo('nlp/token-labels', (c) => labelTokens(c.text, _analysed(c), _shippedModel(), c.isMostlyUpperCase));
}

/**
 * Turns per-token labels into spans: neighbouring tokens with the same label join when only
 * spaces, hyphens, apostrophes or periods separate them.
 *
 * @internal
 */
export function labelsToSpans(text: string, toks: readonly TokenInfo[], labels: Uint8Array, source: string, confidence: number): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < toks.length) {
    const k = labels[i]!;
    if (k === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && labels[j + 1] === k && toks[j + 1]!.start - toks[j]!.end <= 3 && /^[ \-'.]{1,3}$/.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) j++;
    spans.push({ start: toks[i]!.start, end: toks[j]!.end, type: LABELS[k] as PhiType, source, confidence });
    i = j + 1;
  }
  return spans;
}

/**
 * Builds a token-classifier detector around a model (the shipped one by default).
 *
 * @param model - serialised weights; default the shipped `model.json`
 * @returns a detector named `nlp/token-classifier`
 * @throws DeidError `CONFIG_INVALID` when the model is malformed
 * @example
 * ```ts
 * const d = createTokenClassifierDetector();
 * d.detect(createTextContext('Wife Maryellen Quabbin called.')); // NAME span(s)
 * ```
 */
export function createTokenClassifierDetector(model?: PerceptronModel): Detector {
  const loaded = model ? loadPerceptron(model) : undefined;
  return Object.freeze<Detector>({
    name: SOURCE,
    algorithm: 'nlp' as const,
    types: TYPES,
    detect(c) {
      const ctx = asScrubContext(c);
      const toks = _analysed(ctx);
      const labels = loaded ? labelTokens(ctx.text, toks, loaded, ctx.isMostlyUpperCase) : _tokenLabels(ctx);
      return labelsToSpans(ctx.text, toks, labels, SOURCE, 0.7);
    },
  });
}

/** `nlp/token-classifier` with the shipped model. */
export const tokenClassifierDetector: Detector = createTokenClassifierDetector();
