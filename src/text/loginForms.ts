/**
 * Logins built from a person's name. Hospitals make user names from the name (`fkasperson`,
 * `lbayani`, `hiroshit`, `jnakamura2`), and notes quote them beside it (`Forest Kasperson, RN
 * (fkasperson)`) or alone in a chat (`fkasperson: ok`). Once a name is detected, its logins are
 * names too, wherever they stand in the note.
 *
 * @module
 */

/** Titles and credentials that may sit inside a detected name's text; never part of a login. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'dr', 'mr', 'mrs', 'ms', 'miss', 'md', 'do', 'rn', 'np', 'pa', 'phd', 'jr', 'sr', 'ii', 'iii', 'iv',
]);
const WORD = /\p{L}+/gu;
/** Shortest login form kept: shorter ones (`jlee`) collide with words and abbreviations too often (the scrubber takes four letters with digits after them: `dvue2`). */
const MIN_LOGIN = 4;

/**
 * The login forms of a person's name, in lower case and without accents: first initial and surname
 * (`fkasperson`), first initial, middle initial and surname (`fjkasperson`), given name and surname
 * (`forestkasperson`), surname and first initial (`kaspersonf`), given name and surname initial
 * (`forestk`). A name written `Last, First` is read that way round; a hyphenated surname gives its
 * forms with and without the hyphen's parts joined (`Kealoha-Pereira`: `ekealohapereira`,
 * `ekealoha`). Forms shorter than four letters are left out.
 *
 * @param name - the text of a detected name (`Forest Kasperson`, `TANAKA, Hiroshi`, `Mei-Ling Chau`)
 * @returns the distinct login forms, or none when the name has fewer than two words
 * @example
 * ```ts
 * loginForms('Forest J. Kasperson'); // includes 'fkasperson', 'fjkasperson', 'forestkasperson'
 * ```
 */
export function loginForms(name: string): string[] {
  const comma = name.indexOf(',');
  const ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  const plain = ordered.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const parts = plain.split(/\s+/).filter((p) => p.length > 0);
  // a word is the run of letters of one space-separated part (`Kealoha-Pereira` stays one part)
  const words: string[][] = [];
  for (const p of parts) {
    const letters = p.match(WORD);
    if (letters === null) continue;
    if (letters.length === 1 && NOT_NAME_WORDS.has(letters[0]!)) continue;
    words.push(letters);
  }
  if (words.length < 2) return [];
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (last[0]!.length < 2) return [];
  const given = first.join('');
  const middle = words.length > 2 ? words.slice(1, -1).map((w) => w[0]![0]).join('') : '';
  const surnames = new Set([last.join(''), last[0]!]);
  const out = new Set<string>();
  for (const s of surnames) {
    out.add(given[0] + s);
    if (middle !== '') out.add(given[0] + middle + s);
    if (given.length > 1) out.add(given + s);
    out.add(s + given[0]);
  }
  if (given.length > 1) out.add(given + last[0]![0]);
  return [...out].filter((f) => f.length >= MIN_LOGIN);
}
