/**
 * Lazily loaded resources of algorithm 2: the shipped lexicons and the word classes derived from
 * them and from compromise's lexicon tags, as sets (views of the compiled lexicon table, see
 * `src/allowlists/_compile.ts`). Loaded once per thread on first use.
 *
 * @internal
 */
import { loadLexicon } from '../../../allowlists/loadLexicon.js';
import { compiledLexicons, LexiconView, LX_NLP_CLINICAL, LX_NLP_FACILITY_WORD, LX_NLP_NOT_PHI, LX_NLP_PLACE_TOKEN } from '../../../allowlists/_compiled.js';

/** The word lists the NLP features read. Entries are lower case, tokens joined by one space. */
export interface NlpLexicons {
  readonly firstNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  readonly cities: ReadonlySet<string>;
  readonly streets: ReadonlySet<string>;
  readonly streetSuffixes: ReadonlySet<string>;
  readonly hospitals: ReadonlySet<string>;
  readonly facilityWords: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /**
   * Everyday English words: the `common-words` lexicon (SCOWL and WordNet words, see
   * allowlists/README.md). The same set as {@link NlpLexicons.commonWords}; kept as its own
   * field for the features that read it (it held natural's Brill tagger words until natural, a
   * 55 MB dependency, was dropped).
   */
  readonly english: ReadonlySet<string>;
  /** Medical eponyms, drugs, clinical abbreviations and clinical words (never PHI alone). */
  readonly clinical: ReadonlySet<string>;
  /**
   * Proper nouns that are not PHI: countries, US states (names and postal codes) and other
   * regions, nationalities and languages, months and weekdays (from compromise's lexicon, plus
   * a few languages, state codes and generic facility abbreviations such as OSH, SNF).
   */
  readonly notPhi: ReadonlySet<string>;
  /** Single tokens of multi-word hospital and city entries (e.g. "general", "mercy"). */
  readonly placeTokens: ReadonlySet<string>;
}

let lexicons: NlpLexicons | undefined;

/**
 * @returns the shipped lexicons: views of the compiled lexicon table (built at build time,
 *   decoded once per thread)
 * @throws DeidError `IO_FAILED` when the compiled lexicons are missing
 */
export function nlpLexicons(): NlpLexicons {
  if (lexicons) return lexicons;
  const table = compiledLexicons();
  const view = (bit: number): ReadonlySet<string> => new LexiconView(table, bit);
  const commonWords = loadLexicon('common-words');
  lexicons = {
    firstNames: loadLexicon('first-names'),
    surnames: loadLexicon('surnames'),
    cities: loadLexicon('cities'),
    streets: loadLexicon('streets'),
    streetSuffixes: loadLexicon('street-suffixes'),
    hospitals: loadLexicon('hospitals'),
    facilityWords: view(LX_NLP_FACILITY_WORD),
    commonWords,
    english: commonWords,
    clinical: view(LX_NLP_CLINICAL),
    placeTokens: view(LX_NLP_PLACE_TOKEN),
    notPhi: view(LX_NLP_NOT_PHI),
  };
  return lexicons;
}
