/**
 * The identifier look-up table: source keys (MRNs, encounter numbers) → released ids.
 */
import { DeidError, type DeidIssue } from '../errors.js';
import { assertKey, deriveSubkey } from '../_lib/key.js';
import { createPermutation, MAX_PERMUTATION_SIZE, type Permutation } from './_permutation.js';
import { MIMIC_ID_NAMESPACES, type IdNamespace } from './namespaces.js';

/** Options for {@link createIdTable}. */
export interface IdTableOptions {
  /** The secret key (≥ 16 bytes). Ids are reproducible from it given the same assignment order. */
  readonly key: string | Uint8Array;
  /** Namespaces and their ranges; default {@link MIMIC_ID_NAMESPACES}. */
  readonly namespaces?: readonly IdNamespace[];
}

/**
 * A mutable look-up table from source keys to released ids, one map per namespace.
 *
 * The n-th id handed out in a namespace (n = 0, 1, 2, …) is `min + P(n)`, where `P` is a keyed
 * pseudo-random permutation of the range (see {@link createIdTable}). Ids are therefore random
 * looking, never collide, and the range is exhausted exactly when every id has been used.
 */
export interface IdTable {
  /**
   * The id of `sourceKey`, assigning a fresh one when the key is new.
   * @throws DeidError `ID_RANGE_EXHAUSTED` when the namespace has no free id;
   *   `INPUT_INVALID` for an unknown namespace or an empty, non-string or ill-formed (lone
   *   surrogate) key
   */
  assign(namespace: string, sourceKey: string): number;
  /** The id of `sourceKey`, or undefined when it has none. */
  get(namespace: string, sourceKey: string): number | undefined;
  /**
   * The id of `sourceKey`.
   * @throws DeidError `ID_UNKNOWN` when the key has no id
   */
  require(namespace: string, sourceKey: string): number;
  /**
   * Declares that several source keys are one entity (e.g. several MRNs of one person) and
   * returns their common id. If one of them already has an id, the others get that id; if
   * none has, one fresh id is assigned (the first key holds it, the rest are aliases).
   * @throws DeidError `ID_CONFLICT` when two of the keys already hold different ids (nothing
   *   is changed), or the list is empty; `ID_RANGE_EXHAUSTED` when a fresh id is needed and none is left
   */
  merge(namespace: string, sourceKeys: readonly string[]): number;
  /** Number of source keys (including merged aliases) with an id in the namespace. */
  size(namespace: string): number;
  /** Every `[sourceKey, id]` pair of the namespace, in assignment order (aliases included). */
  entries(namespace: string): IterableIterator<readonly [sourceKey: string, id: number]>;
  /** The namespaces this table serves. */
  readonly namespaces: readonly IdNamespace[];
}

/** @internal per-namespace state */
export interface _NamespaceState {
  readonly ns: IdNamespace;
  readonly size: number;
  readonly perm: Permutation;
  /** Number of ids issued so far: ids issued are exactly `min + perm.forward(i)` for i < counter. */
  counter: number;
  readonly ids: Map<string, number>;
  /** Keys that share an id issued to another key (merged aliases). */
  readonly aliases: Set<string>;
}

/** @internal table state, kept out of the public object */
export interface _TableState {
  readonly key: Uint8Array;
  readonly byName: Map<string, _NamespaceState>;
}

const internals = new WeakMap<IdTable, _TableState>();

/** @internal the hidden state of a table made by {@link createIdTable}. */
export function _tableState(table: IdTable): _TableState {
  const st = internals.get(table);
  if (!st) throw new DeidError('INPUT_INVALID', 'expected an IdTable created by createIdTable or parseIdTable');
  return st;
}

/** @internal validates namespace declarations, collecting every issue. */
export function _validateNamespaces(namespaces: readonly IdNamespace[]): readonly IdNamespace[] {
  const issues: DeidIssue[] = [];
  if (!Array.isArray(namespaces) || namespaces.length === 0) {
    issues.push({ path: 'namespaces', message: 'expected a non-empty array of { name, min, max }' });
  } else {
    const seen = new Set<string>();
    namespaces.forEach((ns, i) => {
      const path = `namespaces[${i}]`;
      if (typeof ns !== 'object' || ns === null) {
        issues.push({ path, message: 'expected an object { name, min, max }' });
        return;
      }
      if (typeof ns.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(ns.name)) {
        issues.push({ path: `${path}.name`, message: 'expected an identifier-like name (letters, digits, _; at most 64)' });
      } else if (seen.has(ns.name)) {
        issues.push({ path: `${path}.name`, message: 'duplicate namespace name' });
      } else seen.add(ns.name);
      const okMin = Number.isSafeInteger(ns.min);
      const okMax = Number.isSafeInteger(ns.max);
      if (!okMin) issues.push({ path: `${path}.min`, message: 'expected a safe integer' });
      if (!okMax) issues.push({ path: `${path}.max`, message: 'expected a safe integer' });
      if (okMin && okMax) {
        if (ns.max < ns.min) issues.push({ path: `${path}.max`, message: 'max must be at least min' });
        else if (ns.max - ns.min + 1 > MAX_PERMUTATION_SIZE) issues.push({ path, message: 'range holds more than 2^52 ids' });
      }
    });
  }
  if (issues.length) throw new DeidError('CONFIG_INVALID', `invalid id namespaces (${issues.length} issue${issues.length > 1 ? 's' : ''})`, { issues });
  return Object.freeze(namespaces.map((ns) => Object.freeze({ name: ns.name, min: ns.min, max: ns.max })));
}

const LONE_SURROGATE = /\p{Cs}/u;

function checkSourceKey(sourceKey: unknown): asserts sourceKey is string {
  if (typeof sourceKey !== 'string' || sourceKey.length === 0) {
    throw new DeidError('INPUT_INVALID', `expected a non-empty string source key, got ${typeof sourceKey === 'string' ? 'an empty string' : typeof sourceKey}`);
  }
  // A lone surrogate cannot be written as UTF-8: the saved table would not read back the same key.
  if (LONE_SURROGATE.test(sourceKey)) throw new DeidError('INPUT_INVALID', 'a source key is not well-formed Unicode (it holds a lone surrogate)');
}

/**
 * Creates an empty id look-up table.
 *
 * Ids come from a keyed permutation of each namespace's range applied to a counter: the i-th
 * new source key gets `min + P(i)`, where `P` is an 8-round Feistel network over the range with
 * cycle walking, keyed by `deriveSubkey(key, 'ids:' + namespace)`. This is a bijection, so ids
 * never collide and a range is full exactly after `max − min + 1` assignments. The same key and
 * the same order of first assignments reproduce the same ids; {@link assignIds} sorts each batch
 * so a batch's ids do not depend on row order.
 *
 * @param options - the secret key and the namespaces
 * @returns an empty table
 * @throws DeidError `KEY_MISSING` / `KEY_INVALID` for a bad key; `CONFIG_INVALID` for bad namespaces
 * @example
 * ```ts
 * const ids = createIdTable({ key: process.env.DEID_KEY! })
 * const subjectId = ids.assign('subject_id', 'MRN-000123') // e.g. 14830297
 * ids.assign('subject_id', 'MRN-000123') === subjectId     // true
 * ```
 */
export function createIdTable(options: IdTableOptions): IdTable {
  const key = assertKey(options?.key);
  const namespaces = _validateNamespaces(options.namespaces ?? MIMIC_ID_NAMESPACES);
  const byName = new Map<string, _NamespaceState>();
  for (const ns of namespaces) {
    const size = ns.max - ns.min + 1;
    byName.set(ns.name, {
      ns,
      size,
      perm: createPermutation(deriveSubkey(key, `ids:${ns.name}`), size),
      counter: 0,
      ids: new Map(),
      aliases: new Set(),
    });
  }
  const known = namespaces.map((n) => n.name).join(', ');
  const state = (namespace: string): _NamespaceState => {
    const st = byName.get(namespace);
    if (!st) throw new DeidError('INPUT_INVALID', `unknown id namespace; this table has: ${known}`);
    return st;
  };
  const fresh = (st: _NamespaceState): number => {
    if (st.counter >= st.size) {
      throw new DeidError('ID_RANGE_EXHAUSTED', `id namespace ${st.ns.name} is full: all ${st.size} ids are assigned`);
    }
    return st.ns.min + st.perm.forward(st.counter++);
  };
  const table: IdTable = {
    namespaces,
    assign(namespace, sourceKey) {
      const st = state(namespace);
      const have = st.ids.get(sourceKey);
      if (have !== undefined) return have;
      checkSourceKey(sourceKey);
      const id = fresh(st);
      st.ids.set(sourceKey, id);
      return id;
    },
    get(namespace, sourceKey) {
      return state(namespace).ids.get(sourceKey);
    },
    require(namespace, sourceKey) {
      const id = state(namespace).ids.get(sourceKey);
      if (id === undefined) throw new DeidError('ID_UNKNOWN', `a source key has no ${namespace} assigned`);
      return id;
    },
    merge(namespace, sourceKeys) {
      const st = state(namespace);
      if (!Array.isArray(sourceKeys) || sourceKeys.length === 0) {
        throw new DeidError('INPUT_INVALID', 'merge needs a non-empty array of source keys');
      }
      let id: number | undefined;
      for (const k of sourceKeys) {
        checkSourceKey(k);
        const have = st.ids.get(k);
        if (have === undefined) continue;
        if (id !== undefined && have !== id) {
          throw new DeidError('ID_CONFLICT', `cannot merge: the source keys already hold ${namespace} values that differ`);
        }
        id = have;
      }
      let primary: string | undefined;
      if (id === undefined) {
        id = fresh(st);
        primary = sourceKeys[0] as string;
        st.ids.set(primary, id);
      }
      for (const k of sourceKeys) {
        if (st.ids.has(k)) continue;
        st.ids.set(k, id);
        st.aliases.add(k);
      }
      return id;
    },
    size(namespace) {
      return state(namespace).ids.size;
    },
    entries(namespace) {
      return state(namespace).ids.entries();
    },
  };
  internals.set(table, { key, byName });
  return Object.freeze(table);
}
