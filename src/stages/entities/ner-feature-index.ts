/**
 * The tagger's features by integer key: a feature is a template and one or two values, each
 * value an id in the model's vocabulary (ner-features.ts), and this table maps the triple to
 * the feature's row of weights. Open addressing on typed arrays: a lookup is a few integer
 * operations, where a Map of feature strings built a string and hashed it per feature per
 * token (the tagger's path was ~62 % of an analysis).
 */

/** Largest template number (they are stored in 8 bits of the first key). */
export const MAX_TEMPLATES = 256;
/** Largest vocabulary id + 1 (the 24 bits left in the first key). */
export const MAX_VOCABULARY = 1 << 23;

const EMPTY = -1;

/** Spread a key pair over 32 bits (multiply-xorshift; distinct keys rarely share a slot). */
function slotOf(k1: number, k2: number, mask: number): number {
  let h = Math.imul(k1 ^ Math.imul(k2 + 0x7f4a7c15, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h & mask;
}

/** Feature (template, a, b) -> row, rows numbered 0, 1, 2 … in the order they were added.
 *  `b` is -1 for a feature of one value; a value is never negative. */
export class FeatureIndex {
  private k1: Int32Array;
  private k2: Int32Array;
  private row: Int32Array;
  private mask: number;
  /** Number of features (rows). */
  size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.k1 = new Int32Array(cap).fill(EMPTY);
    this.k2 = new Int32Array(cap);
    this.row = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The row of (t, a, b), or -1 when the table lacks it (or a value is unknown, -1). */
  get(t: number, a: number, b = -1): number {
    if (a < 0) return -1;
    const k1 = t | (a << 8);
    const k2 = b + 1;
    const { k1: keys1, k2: keys2, mask } = this;
    for (let s = slotOf(k1, k2, mask); ; s = (s + 1) & mask) {
      const k = keys1[s]!;
      if (k === EMPTY) return -1;
      if (k === k1 && keys2[s] === k2) return this.row[s]!;
    }
  }

  /** The row of (t, a, b), added as the next row when new. */
  add(t: number, a: number, b = -1): number {
    if (t < 0 || t >= MAX_TEMPLATES || a < 0 || a >= MAX_VOCABULARY || b < -1 || b >= MAX_VOCABULARY) throw new RangeError(`feature index: key (${t}, ${a}, ${b}) out of range`);
    const k1 = t | (a << 8);
    const k2 = b + 1;
    const { k1: keys1, k2: keys2, mask } = this;
    let s = slotOf(k1, k2, mask);
    for (; ; s = (s + 1) & mask) {
      const k = keys1[s]!;
      if (k === EMPTY) break;
      if (k === k1 && keys2[s] === k2) return this.row[s]!;
    }
    keys1[s] = k1;
    keys2[s] = k2;
    this.row[s] = this.size;
    if (++this.size * 2 > mask) this.grow();
    return this.size - 1;
  }

  /** Every feature as [template, a, b, row], in no particular order. */
  *entries(): IterableIterator<[number, number, number, number]> {
    for (let s = 0; s <= this.mask; s++) {
      const k = this.k1[s]!;
      if (k !== EMPTY) yield [k & 0xff, k >>> 8, this.k2[s]! - 1, this.row[s]!];
    }
  }

  private grow(): void {
    const { k1, k2, row } = this;
    const cap = (this.mask + 1) * 2;
    this.k1 = new Int32Array(cap).fill(EMPTY);
    this.k2 = new Int32Array(cap);
    this.row = new Int32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < k1.length; s++) {
      if (k1[s] === EMPTY) continue;
      let t = slotOf(k1[s]!, k2[s]!, this.mask);
      while (this.k1[t] !== EMPTY) t = (t + 1) & this.mask;
      this.k1[t] = k1[s]!;
      this.k2[t] = k2[s]!;
      this.row[t] = row[s]!;
    }
  }
}
