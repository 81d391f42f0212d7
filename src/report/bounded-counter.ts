/**
 * Counts by key in bounded memory, for the coverage report's one pass over any number of
 * records: at most `capacity` keys are kept between prunings (twice that at the most). When
 * there are more, the keys ranked lowest by their first count are dropped, and the largest
 * count dropped is remembered: a key kept may be counted short by at most that much (a name
 * dropped early that comes back later starts again from zero). Below the capacity the counts
 * are exact.
 */
export class BoundedCounter {
  private counts = new Map<string, number[]>();
  private dropped = 0;

  /** `capacity`: the keys kept (at least 1); `width`: the counts per key (the first ranks them). */
  constructor(
    readonly capacity: number,
    readonly width = 1,
  ) {}

  /** Add `n` to the key's count number `column` (0: the one that ranks). */
  add(key: string, n = 1, column = 0): void {
    const c = this.counts.get(key);
    if (c) {
      c[column]! += n;
      return;
    }
    const fresh = new Array<number>(this.width).fill(0);
    fresh[column] = n;
    this.counts.set(key, fresh);
    // prune when twice the capacity: sorting 2k counts once per k new keys keeps adding O(log k)
    if (this.counts.size > 2 * this.capacity) this.prune();
  }

  /** The counts of a key (zeros when it is not kept). */
  get(key: string): readonly number[] {
    return this.counts.get(key) ?? new Array<number>(this.width).fill(0);
  }

  /** How far below the truth a kept first count may be: 0 while nothing was dropped. */
  get maxUndercount(): number {
    return this.dropped;
  }

  /** The number of keys kept now. */
  get size(): number {
    return this.counts.size;
  }

  /** The `k` keys with the highest first count (all when k is absent), highest first; equal
   *  counts by the other columns, then by key, so the order does not depend on arrival. */
  top(k = Infinity): Array<[string, readonly number[]]> {
    const all = [...this.counts.entries()].sort(byCounts);
    return k < all.length ? all.slice(0, k) : all;
  }

  /** Keep the `capacity` keys ranked highest; remember the largest first count dropped. */
  private prune(): void {
    const ranked = [...this.counts.entries()].sort(byCounts);
    for (const [key, c] of ranked.slice(this.capacity)) {
      if (c[0]! > this.dropped) this.dropped = c[0]!;
      this.counts.delete(key);
    }
  }
}

/** Highest counts first, column by column; then by key. */
function byCounts(a: [string, readonly number[]], b: [string, readonly number[]]): number {
  for (let i = 0; i < a[1].length; i++) if (a[1][i] !== b[1][i]) return b[1][i]! - a[1][i]!;
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
