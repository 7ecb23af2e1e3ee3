/**
 * Links patients to death records: blocking, comparison, an ordered rule cascade and a
 * one-to-one assignment.
 *
 * @module
 */
import { DeidError } from '../errors.js';
import { normalizeDate, normalizeName, normalizeSsn } from './_normalize.js';
import { jaroWinklerNormalized } from './jaroWinkler.js';
import { ssnDistanceNormalized } from './ssnDistance.js';
import { dateEditDistanceNormalized } from './dateEditDistance.js';
import { validateLinkOptions, type BlockingKey, type EditCriterion, type LinkageRule, type LinkRecordsOptions, type NameCriterion } from './rules.js';

/** A person to link: a patient of the EHR. Only `id` is required. */
export interface PersonRecord {
  /** Unique id within its input (string or integer). */
  readonly id: string | number;
  readonly firstName?: string | null;
  readonly lastName?: string | null;
  /** Date of birth: `YYYY-MM-DD` (time part ignored), `YYYY/MM/DD`, `YYYYMMDD` or a `Date`. */
  readonly dob?: string | Date | null;
  /** Social security number, any punctuation. */
  readonly ssn?: string | number | null;
}

/** A death record (e.g. a state registry row): a person plus the date of death. */
export interface DeathRecord extends PersonRecord {
  /** Date of death, same forms as `dob`. */
  readonly dod?: string | Date | null;
}

/** Comparison scores of a linked pair: JW similarity for names, edit distances for SSN and DOB; `null` when either side lacks the value. */
export interface LinkScores {
  readonly firstName: number | null;
  readonly lastName: number | null;
  readonly ssn: number | null;
  readonly dob: number | null;
}

/** One patient ↔ death record link. */
export interface Link {
  readonly patientId: string;
  readonly deathId: string;
  /** Name of the rule that accepted the pair. */
  readonly rule: string;
  readonly scores: LinkScores;
  /** Total score used to resolve conflicts (see {@link linkRecords}), 0–4. */
  readonly score: number;
  /** The death record's date of death as `YYYY-MM-DD`, or `null` when missing or invalid. */
  readonly dod: string | null;
}

/** Links per rule. `share` is the fraction of all links (0 when there are none). */
export interface RuleCount {
  readonly rule: string;
  readonly count: number;
  readonly share: number;
}

/** Blocks skipped by the giant-block guard, per blocking key (counts only, never key values). */
export interface OversizedBlocks {
  readonly key: BlockingKey;
  /** How many key values were shared by more than `maxBlockSize` patients. */
  readonly blocks: number;
  /** How many patients those blocks held. */
  readonly patients: number;
}

/** Figures describing one linkage run. */
export interface LinkSummary {
  readonly patients: number;
  readonly deaths: number;
  /** Distinct candidate pairs compared (the union of the blocks). */
  readonly candidates: number;
  /** Candidate pairs some rule accepted, before the one-to-one assignment. */
  readonly accepted: number;
  readonly linked: number;
  /** Accepted pairs dropped because the patient or death record was already linked. */
  readonly conflicts: number;
  /**
   * Dropped pairs that had the same rule and score as the link that took their patient or death
   * record: those links were decided by the id tie-break (e.g. duplicated registry entries) and
   * deserve a manual look.
   */
  readonly ties: number;
  readonly byRule: readonly RuleCount[];
  readonly oversizedBlocks: readonly OversizedBlocks[];
  /** Records whose value was present but unusable (treated as missing). */
  readonly invalid: { readonly patientDob: number; readonly deathDob: number; readonly deathDod: number };
}

/** Result of {@link linkRecords}. */
export interface LinkRecordsResult {
  readonly links: readonly Link[];
  readonly summary: LinkSummary;
}

interface Accepted {
  readonly p: number;
  readonly d: number; // index into the stored death arrays
  readonly rule: number;
  readonly score: number;
  readonly scores: LinkScores;
}

type Index = Map<string, number | number[]>;

function addTo(index: Index, key: string, i: number): void {
  const cur = index.get(key);
  if (cur === undefined) index.set(key, i);
  else if (typeof cur === 'number') index.set(key, [cur, i]);
  else cur.push(i);
}

function idOf(rec: PersonRecord, what: string, n: number): string {
  if (typeof rec !== 'object' || rec === null) throw new DeidError('INPUT_INVALID', `${what} record is not an object`, { location: { file: what, line: n } });
  const id = rec.id;
  if (typeof id === 'string' && id.length > 0) return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  throw new DeidError('INPUT_INVALID', `${what} record has no id (expected a non-empty string or a number)`, { location: { file: what, line: n, column: 'id' } });
}

const SEP = '\u0000';

function blockKey(key: BlockingKey, first: string | null, last: string | null, ssn: string | null, dob: string | null): string | null {
  switch (key) {
    case 'name':
      return first !== null && last !== null ? `N${first}${SEP}${last}` : null;
    case 'ssn':
      return ssn;
    case 'lastNameDob':
      return last !== null && dob !== null ? `L${last}${SEP}${dob}` : null;
  }
}

function nameOk(c: NameCriterion | undefined, a: string | null, b: string | null, jw: number): boolean {
  if (c === undefined || c === 'ignore') return true;
  if (a === null || b === null) return c !== 'exact' && c.missing === 'accept';
  if (c === 'exact') return a === b;
  return jw >= c.jw;
}

function editOk(c: EditCriterion | undefined, dist: number | null): boolean {
  if (c === undefined || c === 'ignore') return true;
  if (dist === null) return c !== 'exact' && c.missing === 'accept';
  if (c === 'exact') return dist === 0;
  return dist <= c.maxEdits;
}

function ruleAccepts(r: LinkageRule, pf: string | null, df: string | null, pl: string | null, dl: string | null, s: LinkScores): boolean {
  return (
    nameOk(r.lastName, pl, dl, s.lastName ?? 0) &&
    nameOk(r.firstName, pf, df, s.firstName ?? 0) &&
    editOk(r.dob, s.dob) &&
    editOk(r.ssn, s.ssn)
  );
}

function partScore(dist: number | null): number {
  return dist === null ? 0 : Math.max(0, 1 - 0.25 * dist);
}

function toIsoDate(ymd: string): string {
  return `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
}

/**
 * Links patients to death records the way MIMIC-IV linked its patients to the state registry.
 *
 * 1. **Blocking.** Candidate pairs share at least one exact key after normalisation: first +
 *    last name, SSN, or last name + date of birth (names upper-cased without diacritics or
 *    punctuation; SSN digits only, placeholders ignored). The candidates are the union of the
 *    blocks, each pair compared once; all pairs are never enumerated. The patients are indexed
 *    and the death records streamed, so memory grows with the patients, not the deaths.
 * 2. **Giant-block guard.** A key value shared by more than `maxBlockSize` patients (default
 *    1000) produces no candidates; its pairs may still meet through another key. Each death
 *    record is compared with at most `3 × maxBlockSize` patients. Skipped blocks are reported
 *    in `summary.oversizedBlocks` (counts only).
 * 3. **Comparison.** Jaro-Winkler for names ({@link jaroWinkler}), Levenshtein for SSNs
 *    ({@link ssnDistance}) and {@link dateEditDistance} for dates of birth.
 * 4. **Cascade.** The rules ({@link DEFAULT_LINKAGE_RULES} unless given) are tried in order; the
 *    first that accepts a pair takes it.
 * 5. **One-to-one.** Accepted pairs are sorted by rule order, then by total score (JW first +
 *    JW last + SSN part + DOB part, where an edit part is `max(0, 1 − 0.25 × edits)` and a
 *    missing value scores 0), then by patient id and death id; each pair is kept unless its
 *    patient or death record is already linked. A patient links to at most one death record and
 *    vice versa, and the result does not depend on input order.
 *
 * @param patients - EHR patients; ids unique
 * @param deaths - death records; ids unique (a duplicate is detected when both copies match a
 *   patient); may be a generator, read once and never held in memory
 * @param options - rules, giant-block cap and blocking keys
 * @returns the links (in resolution order) and a summary with links per rule
 * @throws DeidError `CONFIG_INVALID` for bad options (every issue with its path);
 *   `INPUT_INVALID` for a record without an id or a duplicated id (location = side and record
 *   number, never the value)
 * @example
 * ```ts
 * const { links, summary } = linkRecords(
 *   [{ id: 'p1', firstName: 'Ann', lastName: 'Lee', dob: '1950-02-03', ssn: '231-45-6789' }],
 *   [{ id: 'd9', firstName: 'ANN', lastName: 'LEE', dob: '1950-02-03', ssn: '231456789', dod: '2015-06-01' }],
 * );
 * links[0]; // { patientId: 'p1', deathId: 'd9', rule: 'exact-last-dob-ssn', dod: '2015-06-01', … }
 * summary.byRule[0]; // { rule: 'exact-last-dob-ssn', count: 1, share: 1 }
 * ```
 */
export function linkRecords(patients: Iterable<PersonRecord>, deaths: Iterable<DeathRecord>, options?: LinkRecordsOptions): LinkRecordsResult {
  const { rules, maxBlockSize, blocking } = validateLinkOptions(options);

  // 1. Index the patients.
  const pIds: string[] = [];
  const pFirst: (string | null)[] = [];
  const pLast: (string | null)[] = [];
  const pSsn: (string | null)[] = [];
  const pDob: (string | null)[] = [];
  const seen = new Map<string, number>();
  const indexes = new Map<BlockingKey, Index>(blocking.map((k) => [k, new Map()]));
  let invalidPatientDob = 0;
  let n = 0;
  for (const rec of patients) {
    n++;
    const id = idOf(rec, 'patients', n);
    if (seen.has(id)) throw new DeidError('INPUT_INVALID', 'patient id is not unique', { location: { file: 'patients', line: n, column: 'id' } });
    const i = pIds.length;
    seen.set(id, i);
    const first = normalizeName(rec.firstName);
    const last = normalizeName(rec.lastName);
    const ssn = normalizeSsn(rec.ssn);
    let dob = normalizeDate(rec.dob);
    if (dob === undefined) {
      invalidPatientDob++;
      dob = null;
    }
    pIds.push(id);
    pFirst.push(first);
    pLast.push(last);
    pSsn.push(ssn);
    pDob.push(dob);
    for (const [key, index] of indexes) {
      const k = blockKey(key, first, last, ssn, dob);
      if (k !== null) addTo(index, k, i);
    }
  }
  seen.clear();
  const oversizedBlocks: OversizedBlocks[] = [];
  for (const [key, index] of indexes) {
    let blocks = 0;
    let members = 0;
    for (const [k, v] of index) {
      if (typeof v !== 'number' && v.length > maxBlockSize) {
        blocks++;
        members += v.length;
        index.delete(k);
      }
    }
    oversizedBlocks.push({ key, blocks, patients: members });
  }

  // 2. Stream the death records through the blocks and the cascade.
  const lastSeen = new Int32Array(pIds.length).fill(-1);
  const accepted: Accepted[] = [];
  const dIds: string[] = [];
  const dDod: (string | null)[] = [];
  // Only death records with an accepted candidate are kept (memory grows with the matches, not
  // with the registry); a duplicated id matters, and is detected, only among those.
  const storedIds = new Set<string>();
  let candidates = 0;
  let invalidDeathDob = 0;
  let invalidDod = 0;
  let m = 0;
  const cands: number[] = [];
  for (const rec of deaths) {
    const row = m++;
    const id = idOf(rec, 'deaths', m);
    const first = normalizeName(rec.firstName);
    const last = normalizeName(rec.lastName);
    const ssn = normalizeSsn(rec.ssn);
    let dob = normalizeDate(rec.dob);
    if (dob === undefined) {
      invalidDeathDob++;
      dob = null;
    }
    cands.length = 0;
    for (const [key, index] of indexes) {
      const k = blockKey(key, first, last, ssn, dob);
      if (k === null) continue;
      const hit = index.get(k);
      if (hit === undefined) continue;
      if (typeof hit === 'number') {
        if (lastSeen[hit] !== row) {
          lastSeen[hit] = row;
          cands.push(hit);
        }
      } else {
        for (const p of hit) {
          if (lastSeen[p] !== row) {
            lastSeen[p] = row;
            cands.push(p);
          }
        }
      }
    }
    if (cands.length === 0) continue;
    candidates += cands.length;
    let stored = -1;
    for (const p of cands) {
      const pf = pFirst[p] ?? null;
      const pl = pLast[p] ?? null;
      const pd = pDob[p] ?? null;
      const scores: LinkScores = {
        firstName: pf === null || first === null ? null : jaroWinklerNormalized(pf, first),
        lastName: pl === null || last === null ? null : jaroWinklerNormalized(pl, last),
        ssn: ssnDistanceNormalized(pSsn[p] ?? null, ssn),
        dob: pd === null || dob === null ? null : dateEditDistanceNormalized(pd, dob),
      };
      let ruleIdx = -1;
      for (let r = 0; r < rules.length; r++) {
        if (ruleAccepts(rules[r]!, pf, first, pl, last, scores)) {
          ruleIdx = r;
          break;
        }
      }
      if (ruleIdx < 0) continue;
      if (stored < 0) {
        if (storedIds.has(id)) throw new DeidError('INPUT_INVALID', 'death record id is not unique', { location: { file: 'deaths', line: m, column: 'id' } });
        storedIds.add(id);
        stored = dIds.length;
        dIds.push(id);
        let dod = normalizeDate(rec.dod);
        if (dod === undefined) {
          invalidDod++;
          dod = null;
        }
        dDod.push(dod === null ? null : toIsoDate(dod));
      }
      const score = (scores.firstName ?? 0) + (scores.lastName ?? 0) + partScore(scores.ssn) + partScore(scores.dob);
      accepted.push({ p, d: stored, rule: ruleIdx, score, scores });
    }
  }
  storedIds.clear();

  // 3. One-to-one: rule order, then score, then ids (independent of input order).
  accepted.sort((a, b) => {
    if (a.rule !== b.rule) return a.rule - b.rule;
    if (a.score !== b.score) return b.score - a.score;
    const pa = pIds[a.p]!;
    const pb = pIds[b.p]!;
    if (pa !== pb) return pa < pb ? -1 : 1;
    const da = dIds[a.d]!;
    const db = dIds[b.d]!;
    return da < db ? -1 : da > db ? 1 : 0;
  });
  const patientTaken = new Uint8Array(pIds.length);
  const deathTaken = new Uint8Array(dIds.length);
  const patientWin = new Map<number, Accepted>();
  const deathWin = new Map<number, Accepted>();
  let ties = 0;
  const same = (a: Accepted, w: Accepted | undefined): boolean => w !== undefined && w.rule === a.rule && w.score === a.score;
  const links: Link[] = [];
  const counts = new Array<number>(rules.length).fill(0);
  for (const a of accepted) {
    if (patientTaken[a.p] || deathTaken[a.d]) {
      if (same(a, patientWin.get(a.p)) || same(a, deathWin.get(a.d))) ties++;
      continue;
    }
    patientTaken[a.p] = 1;
    deathTaken[a.d] = 1;
    patientWin.set(a.p, a);
    deathWin.set(a.d, a);
    counts[a.rule]!++;
    links.push({ patientId: pIds[a.p]!, deathId: dIds[a.d]!, rule: rules[a.rule]!.name, scores: a.scores, score: a.score, dod: dDod[a.d] ?? null });
  }
  const linked = links.length;
  return {
    links,
    summary: {
      patients: pIds.length,
      deaths: m,
      candidates,
      accepted: accepted.length,
      linked,
      conflicts: accepted.length - linked,
      ties,
      byRule: rules.map((r, i) => ({ rule: r.name, count: counts[i]!, share: linked ? counts[i]! / linked : 0 })),
      oversizedBlocks,
      invalid: { patientDob: invalidPatientDob, deathDob: invalidDeathDob, deathDod: invalidDod },
    },
  };
}

/**
 * Turns links into the `patientId → dod` map that feeds the `dod` column of the tables
 * pipeline (before shifting and censoring). Links without a usable date of death are left out.
 *
 * @param result - the result of {@link linkRecords}, or its `links`
 * @returns a map from patient id to date of death (`YYYY-MM-DD`)
 * @example
 * ```ts
 * const dod = linksToDodMap(linkRecords(patients, deaths));
 * dod.get('p1'); // '2015-06-01'
 * ```
 */
export function linksToDodMap(result: LinkRecordsResult | readonly Link[]): Map<string, string> {
  const links = Array.isArray(result) ? (result as readonly Link[]) : (result as LinkRecordsResult).links;
  const out = new Map<string, string>();
  for (const l of links) if (l.dod !== null) out.set(l.patientId, l.dod);
  return out;
}
