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
 * A read-only table for inference. Each slot is two `Int32Array` entries, the feature id and
 * the offset of its row, so a hit reads one cache line of slots; a row is `width` quantised
 * weights side by side (zeros included) in one `Int16Array`, so summing rows is a plain integer
 * loop over labels. A weight is `quantised * scale`: sums of rows are summed as integers and
 * scaled once (see `sequenceModel.ts` for why that is exact).
 */
export class PackedTable {
  /** `[id, row offset]` per slot (id 0: empty). */
  readonly slots: Int32Array;
  /** `width` quantised weights per row. */
  readonly quantised: Int16Array;
  /** What one quantised unit weighs. */
  readonly scale: number;
  /** Weights per row. */
  readonly width: number;
  /** Number of rows. */
  readonly size: number;
  /**
   * One bit per value of an id's low bits ({@link PackedTable.filterMask}), set when some row's
   * id has them: a look-up whose bit is clear misses without touching the slots. Most looked-up
   * ids have no row, and this bitset (8 bits per slot, a quarter of the slots' bytes) stays in
   * cache where the slots do not.
   */
  readonly filter: Int32Array;
  /** Mask of the id bits that index {@link PackedTable.filter}. */
  readonly filterMask: number;

  /**
   * @param ids - feature id of each row (never 0)
   * @param quantised - `ids.length × width` quantised weights, row-major (kept, not copied)
   * @param width - labels per row
   * @param scale - what one quantised unit weighs
   */
  constructor(ids: Uint32Array, quantised: Int16Array, width: number, scale: number) {
    const n = ids.length;
    let cap = 1;
    while (cap < n * 2 + 2) cap <<= 1;
    const slots = new Int32Array(2 * cap);
    const mask = cap - 1;
    const filterMask = 8 * cap - 1;
    const filter = new Int32Array(cap >> 2 || 1);
    for (let r = 0; r < n; r++) {
      const id = ids[r]! | 0;
      const b = id & filterMask;
      filter[b >>> 5]! |= 1 << (b & 31);
      let h = id & mask;
      while (slots[2 * h] !== 0) h = (h + 1) & mask;
      slots[2 * h] = id;
      slots[2 * h + 1] = r * width;
    }
    this.slots = slots;
    this.filter = filter;
    this.filterMask = filterMask;
    this.quantised = quantised;
    this.scale = scale;
    this.width = width;
    this.size = n;
  }

  /** Offset of `id`'s row in {@link PackedTable.quantised}, or -1 when `id` has no row. */
  find(id: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const key = id | 0;
    const b = key & this.filterMask;
    if ((this.filter[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    for (let h = key & mask; ; h = (h + 1) & mask) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]!;
      if (k === 0) return -1;
    }
  }

  /** Adds `id`'s quantised weights into `e` from index `at` (nothing when `id` is unknown). */
  addInto(e: Int32Array, at: number, id: number): void {
    const r = this.find(id);
    if (r < 0) return;
    const q = this.quantised;
    for (let l = 0; l < this.width; l++) e[at + l]! += q[r + l]!;
  }
}
