/**
 * Species names and abbreviations written after a genus initial, like an initial and a surname
 * (`E. coli`, `S. Typhi`, `C. diff`, `A. fib`): shared knowledge of both algorithms, so the rules'
 * titled-name detector and the sequence labeller's span filter agree that `S. Typhi` is no person.
 *
 * @internal
 */

/** A word after `X.` that makes it an organism (or `A. fib`, `O.K.`), not an initial and a surname. */
export const SPECIES_AFTER_INITIAL: RegExp =
  /^(?:coli|faecalis|faecium|aureus|epidermidis|pneumoniae|influenzae|difficile|diff|fib|flutter|cloacae|aeruginosa|albicans|glabrata|marcescens|mirabilis|vulgaris|fragilis|pylori|jejuni|acnes|typhi|paratyphi|typhimurium|enteritidis|maltophilia|baumannii|pyogenes|agalactiae|viridans|lugdunensis|haemolyticus|saprophyticus|oxytoca|freundii|morganii|stuartii|avium|kansasii|abscessus|fortuitum|tuberculosis|neoformans|fumigatus|jirovecii|parapsilosis|tropicalis|krusei|auris|gondii|trachomatis|gonorrhoeae|meningitidis|catarrhalis|pertussis|burgdorferi|pallidum|monocytogenes|perfringens|septicum|tetani|botulinum|anthracis|cereus|henselae|pneumophila|vag|ok|oz|os|od|ou)$/i;
