/**
 * Lookups over ranges sorted by start: binary searches and one-sweep bucketing, so that no
 * stage scans every mention, quote or sentence per item (quadratic on long inputs).
 */
import { overlaps, type TextRange } from './document.js';

/** Index of the first range in `sorted` (by start) starting at or after `pos`. */
export function lowerBound(sorted: ReadonlyArray<{ readonly start: number }>, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number in `sorted` (ascending) at or above `x`. */
export function lowerBoundOf(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range of `sorted` (by start, not overlapping each other: sentences) containing `pos`. */
export function rangeAt<T extends TextRange>(sorted: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = sorted[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

const NONE: readonly never[] = Object.freeze([]);

/** For each sentence (in text order), the items whose range overlaps it: one sweep over both.
 *  Sentences without any share one frozen empty list. */
export function bucketBySentence<T>(sentences: readonly TextRange[], items: readonly T[], range: (x: T) => TextRange): Array<readonly T[]> {
  const sorted = [...items].sort((a, b) => range(a).start - range(b).start);
  const out: Array<readonly T[]> = new Array<readonly T[]>(sentences.length).fill(NONE);
  let from = 0;
  sentences.forEach((s, i) => {
    while (from < sorted.length && range(sorted[from]!).end <= s.start) from++;
    for (let k = from; k < sorted.length && range(sorted[k]!).start < s.end; k++) {
      if (range(sorted[k]!).end <= s.start) continue;
      if (out[i] === NONE) out[i] = [];
      (out[i] as T[]).push(sorted[k]!);
    }
  });
  return out;
}

/** A finder of the ranges of `sorted` (by start, each at most `reach` long) overlapping a range. */
export function overlapFinder<T extends TextRange>(sorted: readonly T[], reach = 400): (r: TextRange) => T[] {
  return (r) => {
    const out: T[] = [];
    for (let i = lowerBound(sorted, r.start - reach); i < sorted.length && sorted[i]!.start < r.end; i++) if (overlaps(sorted[i]!, r)) out.push(sorted[i]!);
    return out;
  };
}

/**
 * The items (in text order, not overlapping each other: tokens, words) that overlap none of
 * `ranges`, in one sweep: a range that starts before an item ends overlaps it exactly when it
 * ends after the item starts, so the furthest end of those seen so far decides.
 */
export function withoutOverlaps<T extends TextRange>(items: readonly T[], ranges: readonly TextRange[]): T[] {
  if (!ranges.length) return [...items];
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  let next = 0;
  let furthest = -Infinity;
  for (const it of items) {
    while (next < sorted.length && sorted[next]!.start < it.end) furthest = Math.max(furthest, sorted[next++]!.end);
    if (!(furthest > it.start)) out.push(it);
  }
  return out;
}

/** Containment and overlap questions over fixed ranges, each a binary search: the ranges by
 *  start, with the furthest end reached so far. */
export function rangeIndex(ranges: readonly TextRange[]): { contains: (pos: number) => boolean; overlaps: (r: TextRange) => boolean } {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const r of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, r.end));
  return {
    contains: (pos) => {
      const k = lowerBound(sorted, pos + 1) - 1; // the last range starting at or before pos
      return k >= 0 && reach[k]! > pos;
    },
    overlaps: (r) => {
      const k = lowerBound(sorted, r.end) - 1; // the last range starting before r ends
      return k >= 0 && reach[k]! > r.start;
    },
  };
}
