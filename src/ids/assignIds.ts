/**
 * Bulk id assignment.
 */
import { DeidError } from '../errors.js';
import type { IdTable } from './idTable.js';

/** Options for {@link assignIds}. */
export interface AssignIdsOptions {
  /**
   * `'sorted'` (default): new keys of the batch get ids in sorted (UTF-16 code unit) order, so
   * the ids do not depend on the order rows arrive in (e.g. an unordered SQL scan).
   * `'input'`: first-seen order, faster for huge batches already in a stable order.
   */
  readonly order?: 'sorted' | 'input';
}

/**
 * Assigns ids to many source keys at once and returns the key → id map for the batch (keys that
 * already had an id keep it).
 *
 * Ids are reproducible from the secret key given the same sequence of batches: with the default
 * `order: 'sorted'`, a batch gives the same ids whatever the order of its keys.
 *
 * @param table - the look-up table
 * @param namespace - e.g. `subject_id`
 * @param sourceKeys - source keys, duplicates allowed
 * @param options - assignment order
 * @returns a map from each distinct source key to its id
 * @throws DeidError `ID_RANGE_EXHAUSTED` when the namespace fills up (ids assigned before that
 *   point stay assigned); `INPUT_INVALID` for an unknown namespace or an empty/non-string key
 * @example
 * ```ts
 * const ids = assignIds(table, 'hadm_id', ['E2', 'E1', 'E2'])
 * ids.get('E1') // e.g. 27310554
 * ```
 */
export function assignIds(table: IdTable, namespace: string, sourceKeys: Iterable<string>, options: AssignIdsOptions = {}): Map<string, number> {
  const order = options.order ?? 'sorted';
  if (order !== 'sorted' && order !== 'input') throw new DeidError('CONFIG_INVALID', "order must be 'sorted' or 'input'", { issues: [{ path: 'order', message: "expected 'sorted' or 'input'" }] });
  const out = new Map<string, number>();
  if (order === 'input') {
    for (const k of sourceKeys) if (!out.has(k)) out.set(k, table.assign(namespace, k));
    return out;
  }
  const fresh: string[] = [];
  for (const k of sourceKeys) {
    if (out.has(k)) continue;
    const id = table.get(namespace, k);
    out.set(k, id ?? -1);
    if (id === undefined) fresh.push(k);
  }
  fresh.sort();
  for (const k of fresh) out.set(k, table.assign(namespace, k));
  return out;
}
