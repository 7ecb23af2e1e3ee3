/**
 * An open-addressing hash table from 32-bit feature ids to rows of per-label weights, shared by
 * the sequence labeller (read only) and its trainer (growing). Feature ids are hashes
 * (see `_seqFeatures.ts`), already well mixed, so their low bits address the slots; id 0 is
 * reserved for "empty".
 *
 * @internal
 */

/** Rows of `width` weights addressed by 32-bit feature ids. */
export interface FeatureTable {
  /** Number of labels per row. */
  readonly width: number;
  /** Number of rows in use. */
  readonly size: number;
  /** Row index of `id`, or -1. */
  find(id: number): number;
}

/** A growable table whose rows hold `Float64Array` weights (training). */
export class GrowingTable implements FeatureTable {
  keys: Uint32Array;
  rows: Int32Array;
  size = 0;
  constructor(readonly width: number, capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
  }

  find(id: number): number {
    const mask = this.keys.length - 1;
    for (let h = id & mask; ; h = (h + 1) & mask) {
      const k = this.keys[h]!;
      if (k === id) return this.rows[h]!;
      if (k === 0) return -1;
    }
  }

  /** Row index of `id`, inserting a new row when absent. */
  intern(id: number): number {
    const found = this.find(id);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let h = id & mask;
    while (this.keys[h] !== 0) h = (h + 1) & mask;
    this.keys[h] = id;
    this.rows[h] = this.size;
    return this.size++;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k === 0) continue;
      let h = k & mask;
      while (this.keys[h] !== 0) h = (h + 1) & mask;
      this.keys[h] = k;
      this.rows[h] = oldRows[i]!;
    }
  }

  /** Every (id, row) pair. */
  *entries(): Generator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) yield [this.keys[i]!, this.rows[i]!];
  }
}

/** A fixed table built once from known ids (inference). */
export class FrozenTable implements FeatureTable {
  private readonly keys: Uint32Array;
  private readonly rowOf: Int32Array;
  readonly size: number;
  constructor(readonly width: number, ids: Uint32Array) {
    let cap = 1;
    while (cap < ids.length * 2 + 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.rowOf = new Int32Array(cap);
    const mask = cap - 1;
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r]!;
      let h = id & mask;
      while (this.keys[h] !== 0) h = (h + 1) & mask;
      this.keys[h] = id;
      this.rowOf[h] = r;
    }
    this.size = ids.length;
  }

  find(id: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let h = id & mask; ; h = (h + 1) & mask) {
      const k = keys[h]!;
      if (k === id) return this.rowOf[h]!;
      if (k === 0) return -1;
    }
  }
}

/**
 * A read-only table for inference, laid out for few cache misses: each slot holds the feature
 * id and the offset of its row in one `Int32Array`, and a row stores only its non-zero weights
 * as `(label, weight)` pairs after a count, in one `Float64Array` (no float32 conversions on
 * the hot path).
 */
export class PackedTable {
  private readonly slots: Int32Array;
  /** `[count, label, weight, label, weight, …]` per row. */
  readonly data: Float64Array;
  readonly size: number;

  /**
   * @param slots - `[id, row offset]` pairs, a power-of-two count of them
   * @param data - the rows
   * @param size - number of rows
   */
  constructor(slots: Int32Array, data: Float64Array, size: number) {
    this.slots = slots;
    this.data = data;
    this.size = size;
  }

  /**
   * Builds the table from sparse rows: `ids[r]` owns the labels set in `masks[r]`, whose
   * weights follow one another in `values` (in row order, low bit first).
   *
   * @param ids - feature ids
   * @param masks - per row, a bit per label with a non-zero weight
   * @param values - the non-zero weights, row after row
   * @returns the table
   */
  static fromSparse(ids: Uint32Array, masks: Int32Array, values: Float64Array): PackedTable {
    let cap = 1;
    while (cap < ids.length * 2 + 2) cap <<= 1;
    const slots = new Int32Array(cap * 2);
    const data = new Float64Array(ids.length + 2 * values.length);
    const mask = cap - 1;
    let at = 0;
    let v = 0;
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r]!;
      let h = id & mask;
      while (slots[2 * h] !== 0) h = (h + 1) & mask;
      slots[2 * h] = id | 0;
      slots[2 * h + 1] = at;
      const countAt = at++;
      let m = masks[r]!;
      let count = 0;
      while (m !== 0) {
        // the lowest set bit: its label
        const bit = m & -m;
        data[at++] = 31 - Math.clz32(bit);
        data[at++] = values[v++]!;
        count++;
        m ^= bit;
      }
      data[countAt] = count;
    }
    return new PackedTable(slots, data, ids.length);
  }

  /**
   * Builds the table from dense rows of `width` weights (zeros are skipped).
   *
   * @param ids - feature ids
   * @param weights - `ids.length × width` weights
   * @param width - labels per row
   * @returns the table
   */
  static fromDense(ids: Uint32Array, weights: ArrayLike<number>, width: number): PackedTable {
    const masks = new Int32Array(ids.length);
    const values: number[] = [];
    for (let r = 0; r < ids.length; r++) {
      for (let l = 0; l < width; l++) {
        const x = weights[r * width + l]!;
        if (x === 0) continue;
        masks[r]! |= 1 << l;
        values.push(x);
      }
    }
    return PackedTable.fromSparse(ids, masks, Float64Array.from(values));
  }

  /** Offset of `id`'s row in {@link PackedTable.data}, or -1. */
  find(id: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const key = id | 0;
    for (let h = id & mask; ; h = (h + 1) & mask) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]!;
      if (k === 0) return -1;
    }
  }

  /** Adds `id`'s weights into `e` from index `at` (nothing when `id` is unknown). */
  addInto(e: Float64Array, at: number, id: number): void {
    const p = this.find(id);
    if (p < 0) return;
    const data = this.data;
    const end = p + 1 + 2 * data[p]!;
    for (let q = p + 1; q < end; q += 2) e[at + (data[q]! | 0)]! += data[q + 1]!;
  }
}
