/**
 * The scrubber: run detectors → check spans → allow list → union → replace with `___`.
 * Each step is a pure function in its own file (context.ts, spans.ts, redact.ts).
 *
 * @module
 */
import { DeidError, isDeidError } from '../errors.js';
import { createTextContext, type ScrubContext, type Token } from './context.js';
import { nlpDetectors } from './detectors/nlp/index.js';
import { ruleDetectors } from './detectors/rules/index.js';
import { checkSpans, mergeSpans, type MergedSpan } from './spans.js';
import { redact } from './redact.js';
import { aliasSpans } from './expandAliases.js';
import { orgHeadSpans, particleGapSpans } from './expandHeads.js';
import { expandNameSpans } from './expandNames.js';
import { nameBeforeTownSpans, townAfterPlaceSpans } from './expandTowns.js';
import { weekdayByDateSpans } from './expandWeekdays.js';
import { loginForms } from './loginForms.js';
import { NAME_LEADING_WORDS, trimEdgeWords } from './trimEdges.js';
import { PHI_TYPES, type Algorithm, type Detector, type PhiType, type Span } from './types.js';
import { builtinAllowlist, type Allowlist } from '../allowlists/allowlist.js';
import { classifyWord, isClinicalAbbreviation, isFirstName } from './detectors/rules/patterns/_lib.js';
import { createReplacer, replacementIssues, type DateMode, type NoteScope, type Replacement } from './replace/index.js';
import { knownIdentifierIssues, knownIdentifiersDetector, type KnownIdentifier } from './detectors/known/knownIdentifiers.js';
import { foldText, toOriginalSpan, type FoldedText } from './fold.js';
import { planWindows, type TextWindow } from './_windows.js';

/** A span of the folded view, moved to the original text's offsets. */
function toOriginal(f: FoldedText, s: Span): Span {
  const [start, end] = toOriginalSpan(f, s.start, s.end);
  return { ...s, start, end };
}

/**
 * Decides whether a detected span may be kept. Either an {@link Allowlist} from
 * `src/allowlists` (its `hasSpan(note, start, end, type)` is used, so context-dependent
 * entries work), or a predicate called with the span's **whole** text and its type. Returning
 * true drops that span; an allow list never shrinks a span.
 */
export type SpanAllowlist = Allowlist | ((text: string, type: PhiType) => boolean);

/** Options of {@link createScrubber} and {@link scrub}. */
export interface ScrubberOptions {
  /**
   * What replaces each removed region: a string (default `'___'`, as in MIMIC-IV),
   * `{ mode: 'tag' }` for `[NAME]`-style tags, or `{ mode: 'surrogate', key }` for consistent
   * keyed fakes (see `src/text/replace`). Spans and the manifest keep original offsets.
   */
  readonly replacement?: Replacement;
  /**
   * `'shift'` writes dates moved by each note's `shiftDays` ({@link NoteScope}) in their own
   * format instead of replacing them. Default `'remove'`.
   */
  readonly dates?: DateMode;
  /**
   * Identifiers searched in every note before the detectors (e.g. staff names); a patient's own
   * go in each note's {@link NoteScope.known}. Their spans skip the allow list.
   */
  readonly known?: readonly KnownIdentifier[];
  /** Which built-in algorithms run. Default both: `['rules', 'nlp']`. */
  readonly algorithms?: readonly Algorithm[];
  /** Extra custom detectors (build them with `defineDetector`); they always run. */
  readonly detectors?: readonly Detector[];
  /**
   * Allow list applied to every detected span before the union. Default: the built-in allow
   * lists (medical eponyms, drugs, clinical abbreviations). `false` turns allow-listing off.
   */
  readonly allowlist?: SpanAllowlist | false;
  /** Which PHI types to remove. Default: all. */
  readonly types?: readonly PhiType[];
  /**
   * Repeat names and places found anywhere in the note at their other occurrences in the same
   * note (source `scrub/propagate`), as deid.pl does: once "Quenby" is a name in a note, every
   * "Quenby" in it is. Only words that are not everyday or clinical words propagate: lexicon
   * first names and surnames from any detector, and words no lexicon knows only from spans of
   * the rules algorithm (sources `rules/...`). A given name that is also an everyday word repeats
   * onto its capitalised occurrences in a mixed-case note when a rule found it by a title, relation
   * or label, or when any detector found it right before a surname (`Rocky Adhikari` ...
   * `Rocky's asthma`). Each new span still passes the allow list.
   * Default `true`.
   */
  readonly propagate?: boolean;
  /**
   * Complete detected names with the word right beside them when it can only be the other half
   * of the name (a capitalised word that is not an everyday word, or a lexicon name in ALL-CAPS
   * notes), so `Patient Zuleika Bellweather` never becomes `Patient ___ Bellweather` (source
   * `scrub/name-expansion`). Runs after propagation; each new span passes the allow list. The same
   * step removes a quoted alias beside a name or facility (`Baby Boy Vang ("Tou")`, `Ray "Sonny"
   * Yellowhorse`, `Rio Grande Women's Hospital ("RGW")`; source `scrub/alias`, see `aliasSpans`)
   * and the generic head words of an organisation beside a detected name (`Caprock ___ Services`
   * becomes `___`, as `Masjid ___` does; source `scrub/org-head`, see `orgHeadSpans`).
   * Default `true`.
   */
  readonly expandNames?: boolean;
  /**
   * Give back the words at the edges of a removed region that identify no one (see
   * {@link trimEdgeWords}): titles and relation words before a name (`son ___`, `Mrs. ___`),
   * generic facility heads after a place (`___ Hospital`, `___ Medical Center`, `___ Rehab`) and
   * a possessive `'s`. They tell a reader what kind of thing was removed (a rehab or a hospital,
   * a son or a doctor). `false` removes each region whole, as the detectors reported it.
   * Default `true`.
   */
  readonly keepEdgeWords?: boolean;
}

/** The source name of spans added by propagation. */
export const PROPAGATE_SOURCE = 'scrub/propagate';
const PROPAGATED_TYPES: ReadonlySet<PhiType> = new Set(['NAME', 'LOCATION', 'HOSPITAL']);
const LETTERS = /[A-Za-z]+/g;
/** A login: lower-case letters, then up to three digits (`kmahoe`, `tnguyen4`, `pvue`). */
const LOGIN = /^[a-z]{4,20}\d{0,3}$/;
/** Up to three digits ending a login (`jnakamura2`). */
const TRAILING_DIGITS = /\d{1,3}$/;
/** A token that is one of the note's logins: five letters or more, or four with digits after them (`dvue2`, not `dvue`). */
function isLoginOf(lower: string, logins: ReadonlySet<string>, surnames: ReadonlySet<string>): boolean {
  const bare = lower.replace(TRAILING_DIGITS, '');
  if (logins.has(bare) && (bare.length >= 5 || (bare.length === 4 && bare !== lower))) return true;
  return surnames.size > 0 && /^[a-z]+$/.test(bare) && (surnames.has(bare.slice(1)) || surnames.has(bare.slice(2))) && classifyWord(bare) === 'unknown';
}

/** The words that propagate (see `propagate`), and those that repeat only capitalised. */
interface PropagationWords {
  readonly words: ReadonlyMap<string, PhiType>;
  readonly capitalOnly: ReadonlySet<string>;
  /** Logins made from the detected names (`fkasperson` from `Forest Kasperson`; see `loginForms`), found with or without trailing digits. */
  readonly logins: ReadonlySet<string>;
  /** Surnames detected alone, in lower case: one or two initials before one make a login (`ehalvorsen`). */
  readonly surnames: ReadonlySet<string>;
}

/** The name/place words of the detected spans that repeat at their other occurrences. */
/** Rules that find a name by its title, relation or field label: their everyday-word given names repeat. */
const STRONG_NAME_SOURCES: ReadonlySet<string> = new Set(['rules/titled-name', 'rules/context-name', 'rules/field-label', 'rules/record-name']);

/** `Rocky Adhikari`: a given name, then a surname a lexicon holds or a capitalised word none knows; so found by any detector, the given name is a person's. */
const GIVEN_THEN_SURNAME = /^(\p{Lu}\p{Ll}+)[ \t]{1,2}(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
function givenBeforeSurname(span: string, word: string): boolean {
  const m = GIVEN_THEN_SURNAME.exec(span);
  if (m === null || m[1] !== word) return false;
  const c = classifyWord(m[2]!);
  return c === 'surname' || c === 'unknown';
}

function propagationWords(text: string, isCaseless: boolean, detected: readonly Span[]): PropagationWords {
  const words = new Map<string, PhiType>();
  const capitalOnly = new Set<string>();
  const logins = new Set<string>();
  // names whose logins were made already (a name found by several detectors is read once)
  const named = new Set<string>();
  const surnames = new Set<string>();
  for (const s of detected) {
    if (!PROPAGATED_TYPES.has(s.type) || s.source === PROPAGATE_SOURCE) continue;
    // statistical guesses seed only lexicon names: their unknown words would multiply their errors
    const fromRules = s.source.startsWith('rules/');
    const t = text.slice(s.start, s.end);
    // the person's logins: a form that is also a word (`aspirin` from `A. Spirin`) is not kept
    if (s.type === 'NAME' && t.length <= 60 && /[\s,]/.test(t) && !named.has(t)) {
      named.add(t);
      for (const f of loginForms(t)) if (!logins.has(f) && classifyWord(f) === 'unknown') logins.add(f);
    }
    // a surname alone (`dr. halvorsen`): a login of one or two initials and it (`ehalvorsen`)
    if (s.type === 'NAME' && /^\p{L}{5,30}$/u.test(t) && classifyWord(t) !== 'common') surnames.add(t.toLowerCase());
    // a login a rule found by its place (a chat's sender, a signature): every other use of it in
    // the note is the same person ("tnguyen4 14:02: ..." then "tnguyen4 14:06: ...")
    if (s.type === 'NAME' && s.source === 'rules/context-name' && LOGIN.test(t) && classifyWord(t.replace(/\d{1,3}$/, '')) === 'unknown' && !isClinicalAbbreviation(t)) {
      words.set(t.toLowerCase(), s.type);
      continue;
    }
    for (const w of t.match(LETTERS) ?? []) {
      if (w.length < 2 || (w.length === 2 && !(s.source === 'rules/hospital' && s.confidence >= 0.75 && w === w.toUpperCase()))) continue;
      const key = w.toLowerCase();
      if (words.has(key)) continue;
      const c = classifyWord(w);
      // misspellings are "unknown" too: an unknown word repeats only when it was written
      // Title-case in a mixed-case note, or is a place found with a strong cue
      const strongUnknown = (!isCaseless && /^[A-Z][a-z]/.test(w)) || (s.source === 'rules/hospital' && s.confidence >= 0.75);
      if (w.length === 2 && strongUnknown && fromRules) { words.set(key, s.type); continue; }
      if (c === 'first' || c === 'surname' || (c === 'unknown' && strongUnknown && fromRules)) words.set(key, s.type);
      // a given name that is also an everyday word ("Name: Bennett, Hope" ... "Hope tolerated
      // TAVR"), found by a rule: it repeats onto capitalised occurrences, where case carries meaning
      // (or, found by any detector, right before a surname: "Rocky Adhikari", "Blessing Okafor", a given
      // name no first-name list holds)
      else if (s.type === 'NAME' && !isCaseless && ((c === 'common-name' && isFirstName(w) && (STRONG_NAME_SOURCES.has(s.source) || givenBeforeSurname(t, w))) || (c === 'common-surname' && givenBeforeSurname(t, w)))) words.set(key, s.type);
      // in a mixed-case note a capitalised name does not repeat onto a lower-case word
      if (!isCaseless && /^[A-Z]/.test(w)) capitalOnly.add(key);
    }
  }
  return { words, capitalOnly, logins, surnames };
}

/**
 * Spans at the tokens (`tokens[from, to)`, offsets + `shift`) that are a propagating word and
 * not already inside a detected span (`covered`: merged, sorted).
 */
function propagationHits(tokens: readonly Token[], from: number, to: number, shift: number, p: PropagationWords, covered: readonly MergedSpan[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  // One pass over the shared token list with a map look-up: linear in the note length, and no
  // regex built per note. A word repeats where it is a whole token (`Quenby's` counts, `Quenbyx` not).
  for (let i = from; i < to; i++) {
    const h = tokens[i]!;
    let type: PhiType | undefined;
    if (p.words.has(h.lower)) {
      const key = h.text.toLowerCase();
      type = p.words.get(key);
      if (type === undefined) continue;
      // a capitalised name repeats onto a lower-case word only right after a relation or a title
      // (`Sunny Guidry, HCP` ... `lives w/ daughter sunny`)
      if (p.capitalOnly.has(key) && !/^[A-Z]/.test(h.text) && !(i > from && tokens[i - 1]!.end === h.start - 1 && NAME_LEADING_WORDS.has(tokens[i - 1]!.lower))) continue;
    } else if ((p.logins.size > 0 || p.surnames.size > 0) && h.lower.length >= 5 && isLoginOf(h.lower, p.logins, p.surnames)) {
      type = 'NAME';
    } else continue;
    const start = h.start + shift;
    const end = h.end + shift;
    while (k < covered.length && covered[k]!.end <= start) k++;
    const c = covered[k];
    if (c && c.start <= start && c.end >= end) continue;
    out.push({ start, end, type, source: PROPAGATE_SOURCE, confidence: 0.5 });
  }
  return out;
}

/**
 * Completes the detected spans after name expansion, in order, each step seeing the spans the
 * steps before it added: quoted aliases (`aliasSpans`), organisation heads (`orgHeadSpans`) and the
 * particles between two parts of a name (`particleGapSpans`), towns after a place
 * (`townAfterPlaceSpans`), a facility's name before `of` and its town (`nameBeforeTownSpans`) and weekdays beside a date (`weekdayByDateSpans`). Pushes the new spans of a kept type
 * into `spans` and returns them.
 */
function completeSpans(text: string, spans: Span[], caseless: boolean, types: ReadonlySet<PhiType>, isAllowed?: SpanPredicate): Span[] {
  const added: Span[] = [];
  const keep = (found: readonly Span[]): void => {
    for (const s of found) {
      if (!types.has(s.type)) continue;
      spans.push(s);
      added.push(s);
    }
  };
  keep(aliasSpans(text, spans));
  keep(orgHeadSpans(text, spans, caseless));
  keep(particleGapSpans(text, spans));
  keep(townAfterPlaceSpans(text, spans, caseless, isAllowed ? (start, end) => isAllowed(text, start, end, 'LOCATION') : undefined));
  keep(nameBeforeTownSpans(text, spans, caseless));
  keep(weekdayByDateSpans(text, spans));
  return added;
}

/** Spans for other occurrences of the name/place words already detected (see `propagate`). */
function propagateSpans(ctx: ScrubContext, detected: readonly Span[]): Span[] {
  const p = propagationWords(ctx.text, ctx.isCaseless, detected);
  if (p.words.size === 0 && p.logins.size === 0 && p.surnames.size === 0) return [];
  return propagationHits(ctx.tokens, 0, ctx.tokens.length, 0, p, mergeSpans(detected));
}

/** One removed region, in original offsets, with where its replacement sits in the output. */
export interface RemovedSpan {
  readonly start: number;
  readonly end: number;
  /** Offset of its replacement (`___`) in the scrubbed text. */
  readonly outputStart: number;
  readonly outputEnd: number;
  /** Type of the longest detected span in the region. */
  readonly type: PhiType;
  /** Every detector that reported a span in the region. */
  readonly sources: readonly string[];
  /** Highest confidence among them. */
  readonly confidence: number;
}

/** What {@link Scrubber.scrub} returns. Never holds the removed text. */
export interface ScrubResult {
  /** The scrubbed text. */
  readonly text: string;
  /** The merged (union) regions that were replaced, sorted by start. */
  readonly spans: readonly RemovedSpan[];
  /** Every span each detector reported, after the type filter and the allow list. */
  readonly detected: readonly Span[];
}

/** A prepared scrubber: detectors, allow list and options compiled once, reused per note. */
export interface Scrubber {
  /**
   * Scrubs one note.
   *
   * @param text - the note
   * @param note - optional per-note data: the patient (surrogate consistency), the date offset
   *   and mode (`dates: 'shift'`) and the patient's own identifiers (searched in this note only)
   * @throws DeidError `DETECTOR_FAILED` when a detector throws, `SPAN_INVALID` when one returns a
   *   bad span, `INPUT_INVALID` for bad per-note data
   */
  scrub(text: string, note?: NoteScope): ScrubResult;
  /** The detectors this scrubber runs, in order. */
  readonly detectors: readonly Detector[];
}

type SpanPredicate = (note: string, start: number, end: number, type: PhiType, nameInNote?: boolean) => boolean;

function toPredicate(a: SpanAllowlist | false | undefined): SpanPredicate | undefined {
  if (a === false) return undefined;
  const list = a === undefined ? builtinAllowlist() : a;
  if (typeof list === 'function') return (note, start, end, type) => list(note.slice(start, end), type);
  if (typeof list === 'object' && list !== null && typeof list.hasSpan === 'function') {
    return (note, start, end, type, nameInNote) => list.hasSpan(note, start, end, type, nameInNote === true ? { nameInNote } : undefined);
  }
  throw new DeidError('CONFIG_INVALID', 'allowlist must be an Allowlist, a function or false', {
    issues: [{ path: 'allowlist', message: 'expected an Allowlist (from loadAllowlist), a function (text, type) => boolean, or false' }],
  });
}

function validateOptions(o: ScrubberOptions): void {
  const issues: { path: string; message: string }[] = [];
  issues.push(...replacementIssues(o.replacement, o.dates));
  if (o.known !== undefined) issues.push(...knownIdentifierIssues(o.known, 'known'));
  if (o.propagate !== undefined && typeof o.propagate !== 'boolean') issues.push({ path: 'propagate', message: 'expected a boolean' });
  if (o.expandNames !== undefined && typeof o.expandNames !== 'boolean') issues.push({ path: 'expandNames', message: 'expected a boolean' });
  if (o.keepEdgeWords !== undefined && typeof o.keepEdgeWords !== 'boolean') issues.push({ path: 'keepEdgeWords', message: 'expected a boolean' });
  if (o.algorithms !== undefined) {
    if (!Array.isArray(o.algorithms)) issues.push({ path: 'algorithms', message: 'expected an array' });
    else o.algorithms.forEach((a, i) => {
      if (a !== 'rules' && a !== 'nlp') issues.push({ path: `algorithms[${i}]`, message: "expected 'rules' or 'nlp'" });
    });
  }
  if (o.types !== undefined) {
    if (!Array.isArray(o.types)) issues.push({ path: 'types', message: 'expected an array' });
    else o.types.forEach((t, i) => {
      if (!PHI_TYPES.includes(t)) issues.push({ path: `types[${i}]`, message: 'unknown PHI type' });
    });
  }
  if (o.detectors !== undefined) {
    if (!Array.isArray(o.detectors)) issues.push({ path: 'detectors', message: 'expected an array' });
    else o.detectors.forEach((d, i) => {
      if (typeof d !== 'object' || d === null || typeof d.detect !== 'function' || typeof d.name !== 'string' || !Array.isArray(d.types)) {
        issues.push({ path: `detectors[${i}]`, message: 'expected a Detector (use defineDetector)' });
      }
    });
  }
  if (issues.length > 0) throw new DeidError('CONFIG_INVALID', `invalid scrubber options (${issues.length} issue${issues.length > 1 ? 's' : ''})`, { issues });
}

/**
 * Prepares a scrubber. Detectors, allow list and options are resolved once; `scrub` is then
 * a pure function of the text.
 *
 * Pipeline per note: fold look-alike characters ({@link foldText}: full-width and other
 * scripts' digits, zero-width characters, dashes, slashes, mixed-script letters…) and build the
 * shared {@link ScrubContext} over the folded view; run every detector; check each
 * span's bounds; keep spans of the requested types; drop a span only when the allow list
 * accepts its whole text; repeat detected names and places at their other occurrences in the
 * note (`propagate`); merge overlapping or touching spans (the merged type is the type of
 * the longest span, sources are united) after mapping every span back to the original text's
 * offsets (a span covers every original character it stands for); give back the edge words
 * that identify no one (`keepEdgeWords`); replace each region by `replacement`.
 *
 * @param options - see {@link ScrubberOptions}
 * @returns a {@link Scrubber}
 * @throws DeidError `CONFIG_INVALID` (with `issues`) on bad options
 * @example
 * ```ts
 * const scrubber = createScrubber({ algorithms: ['rules'] });
 * scrubber.scrub('Seen by Dr. Smith on 3/4/2012.').text; // 'Seen by Dr. ___ on ___.'
 * ```
 */
export function createScrubber(options: ScrubberOptions = {}): Scrubber {
  validateOptions(options);
  const replace = createReplacer(options.replacement, options.dates);
  const algorithms = new Set<Algorithm>(options.algorithms ?? ['rules', 'nlp']);
  const types = new Set<PhiType>(options.types ?? PHI_TYPES);
  const isAllowed = toPredicate(options.allowlist);
  const propagate = options.propagate !== false;
  const expand = options.expandNames !== false && types.has('NAME');
  const keepEdges = options.keepEdgeWords !== false;
  const builtIn = [...(algorithms.has('rules') ? ruleDetectors : []), ...(algorithms.has('nlp') ? nlpDetectors : [])];
  const detectors = Object.freeze(
    [...builtIn, ...(options.detectors ?? [])].filter((d) => d.types.some((t) => types.has(t))),
  );

  const everywhere = options.known?.length ? knownIdentifiersDetector(options.known) : undefined;
  let lastKnown: { ids: readonly KnownIdentifier[]; detector: Detector } | undefined;
  /** Known-identifier detectors of a note: everywhere (staff) and the patient's own (cached for consecutive notes). */
  function knownDetectors(note: NoteScope): Detector[] {
    const out = everywhere ? [everywhere] : [];
    const ids = note.known;
    if (ids === undefined || ids.length === 0) return out;
    if (lastKnown?.ids !== ids) {
      const issues = knownIdentifierIssues(ids, 'known');
      if (issues.length) throw new DeidError('INPUT_INVALID', `invalid known identifiers for a note (${issues.length} issue${issues.length > 1 ? 's' : ''})`, { issues });
      lastKnown = { ids, detector: knownIdentifiersDetector(ids) };
    }
    out.push(lastKnown.detector);
    return out;
  }

  function run(d: Detector, ctx: ScrubContext): readonly Span[] {
    let spans: readonly Span[];
    try {
      spans = d.detect(ctx);
    } catch (e) {
      // Never pass the cause on: its message could quote the note.
      if (isDeidError(e) && e.code === 'SPAN_INVALID') throw e;
      throw new DeidError('DETECTOR_FAILED', `detector ${d.name} failed`);
    }
    return checkSpans(spans, ctx.text.length, d.name);
  }

  /**
   * Runs the known-identifier detectors (their spans skip the allow list: the user declared
   * them), then every detector, on `ctx`, and appends the spans that pass the type filter and
   * the allow list to `found` (the context's own list of accepted spans).
   */
  function detectInto(ctx: ScrubContext, found: Span[], known: readonly Detector[]): void {
    const view = ctx.text;
    for (const d of known) for (const s of run(d, ctx)) if (types.has(s.type)) found.push(s);
    for (const d of detectors) {
      const spans = run(d, ctx);
      for (const s of spans) {
        if (!types.has(s.type)) continue;
        if (isAllowed) {
          let allowed: boolean;
          try {
            allowed = isAllowed(view, s.start, s.end, s.type);
          } catch {
            throw new DeidError('DETECTOR_FAILED', 'allow list failed');
          }
          if (allowed) continue;
        }
        found.push(s);
      }
    }
  }

  const nameAllowed = isAllowed ? (t: string, start: number, end: number): boolean => isAllowed(t, start, end, 'NAME') : undefined;

  /** The whole pipeline up to the union, on one context over the whole (folded) note. */
  function detectNote(view: string, known: readonly Detector[]): Span[] {
    const detected: Span[] = [];
    const ctx: ScrubContext = createTextContext(view, detected);
    detectInto(ctx, detected, known);
    if (propagate && detected.length > 0) {
      for (const s of propagateSpans(ctx, detected)) {
        if (!types.has(s.type)) continue;
        if (isAllowed && isAllowed(view, s.start, s.end, s.type, s.type === 'NAME')) continue;
        detected.push(s);
      }
    }
    if (expand && detected.length > 0) {
      for (const s of expandNameSpans(ctx, detected, nameAllowed)) detected.push(s);
      completeSpans(view, detected, ctx.isCaseless, types, isAllowed);
    }
    return detected;
  }

  /**
   * The same on a very long note, window by window (see `_windows.ts`), so memory is bounded
   * by the window size: detection per window; then the propagating words of the whole note,
   * and per window their other occurrences in its core and the name expansion. Spans of
   * overlapping windows are united (an exact duplicate is kept once).
   */
  function detectWindows(view: string, windows: readonly TextWindow[], known: readonly Detector[]): Span[] {
    const detected: Span[] = [];
    const seen = new Set<string>();
    const add = (s: Span, shift: number): void => {
      const start = s.start + shift;
      const end = s.end + shift;
      const key = `${start}:${end}:${s.type}:${s.source}`;
      if (seen.has(key)) return;
      seen.add(key);
      detected.push(shift === 0 ? s : { ...s, start, end });
    };
    for (const w of windows) {
      const local: Span[] = [];
      detectInto(createTextContext(view.slice(w.start, w.end), local), local, known);
      for (const s of local) add(s, w.start);
    }
    if (detected.length === 0 || (!propagate && !expand)) return detected;
    const words = propagate ? propagationWords(view, createTextContext(view).isCaseless, detected) : undefined;
    const covered = mergeSpans(detected);
    for (const w of windows) {
      const sub = view.slice(w.start, w.end);
      const wctx = createTextContext(sub);
      if (words !== undefined && (words.words.size > 0 || words.logins.size > 0 || words.surnames.size > 0)) {
        const tokens = wctx.tokens;
        const from = wctx.tokenIndexAt(w.coreStart - w.start);
        const to = wctx.tokenIndexAt(w.coreEnd - w.start);
        for (const s of propagationHits(tokens, from, to, w.start, words, covered)) {
          if (!types.has(s.type)) continue;
          if (isAllowed && isAllowed(view, s.start, s.end, s.type, s.type === 'NAME')) continue;
          add(s, 0);
        }
      }
      if (expand) {
        const local: Span[] = [];
        for (const s of detected) if (s.end > w.start && s.start < w.end) local.push({ ...s, start: Math.max(0, s.start - w.start), end: Math.min(sub.length, s.end - w.start) });
        // each step sees the spans of the steps before it, as on a whole note
        for (const s of expandNameSpans(wctx, local, nameAllowed)) {
          local.push(s);
          add(s, w.start);
        }
        for (const s of completeSpans(sub, local, wctx.isCaseless, types, isAllowed)) add(s, w.start);
      }
    }
    return detected;
  }

  function scrubOne(text: string, note: NoteScope = {}): ScrubResult {
    if (typeof text !== 'string') throw new DeidError('INPUT_INVALID', 'scrub expects a string');
    if (typeof note !== 'object' || note === null || (note.patient !== undefined && typeof note.patient !== 'string') || (note.dates !== undefined && note.dates !== 'remove' && note.dates !== 'shift')) {
      throw new DeidError('INPUT_INVALID', "the note scope must be an object whose patient is a string and dates 'remove' or 'shift'");
    }
    const known = knownDetectors(note);
    // Detectors read the folded view (look-alike characters folded); spans map back at the end.
    const folded = foldText(text);
    const view = folded.text;
    const windows = planWindows(view);
    const detected = windows.length === 1 ? detectNote(view, known) : detectWindows(view, windows, known);
    const inOriginal = folded.origin === undefined ? detected : detected.map((s) => toOriginal(folded, s));
    const merged = keepEdges ? trimEdgeWords(text, mergeSpans(inOriginal)) : mergeSpans(inOriginal);
    const out = redact(text, merged, merged.length ? replace(text, merged, note) : []);
    const spans: RemovedSpan[] = merged.map((m, i) => ({
      start: m.start,
      end: m.end,
      outputStart: out.regions[i]!.outputStart,
      outputEnd: out.regions[i]!.outputEnd,
      type: m.type,
      sources: m.sources,
      confidence: m.confidence,
    }));
    return { text: out.text, spans, detected: inOriginal };
  }

  return Object.freeze({ scrub: scrubOne, detectors });
}

let defaultScrubber: Scrubber | undefined;

/**
 * Scrubs one note with both algorithms and the built-in allow lists. Without options it reuses
 * one cached default scrubber; with options it builds a new one (use {@link createScrubber}
 * to reuse yours).
 *
 * @param text - the note
 * @param options - see {@link ScrubberOptions}
 * @returns the scrubbed text and the removed regions
 * @throws DeidError `DETECTOR_FAILED`, `SPAN_INVALID`, `CONFIG_INVALID`
 * @example
 * ```ts
 * scrub('Call 617-555-1212 re: Mrs. Jones').text; // 'Call ___ re: Mrs. ___'
 * ```
 */
export function scrub(text: string, options?: ScrubberOptions): ScrubResult {
  if (options === undefined) return (defaultScrubber ??= createScrubber()).scrub(text);
  return createScrubber(options).scrub(text);
}
