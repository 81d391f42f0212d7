import { describe, expect, it } from 'vitest';
import { bucketBySentence, lowerBound, overlapFinder, rangeAt } from '../src/ranges.js';

const sentences = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 21, end: 40 },
];

describe('ranges', () => {
  it('lowerBound finds the first range starting at or after a position', () => {
    expect([0, 1, 11, 21, 41].map((p) => lowerBound(sentences, p))).toEqual([0, 1, 1, 2, 3]);
  });

  it('rangeAt finds the sentence containing a position, or nothing in a gap', () => {
    expect(rangeAt(sentences, 5)).toBe(sentences[0]);
    expect(rangeAt(sentences, 25)).toBe(sentences[2]);
    expect(rangeAt(sentences, 10)).toBeUndefined();
  });

  it('bucketBySentence gives each sentence the items overlapping it, also an item spanning two', () => {
    const items = [{ start: 30, end: 32 }, { start: 2, end: 4 }, { start: 8, end: 14 }];
    expect(bucketBySentence(sentences, items, (x) => x)).toEqual([[{ start: 2, end: 4 }, { start: 8, end: 14 }], [{ start: 8, end: 14 }], [{ start: 30, end: 32 }]]);
  });

  it('overlapFinder finds the ranges overlapping a range', () => {
    const find = overlapFinder([{ start: 0, end: 5 }, { start: 6, end: 9 }, { start: 12, end: 18 }]);
    expect(find({ start: 4, end: 13 })).toEqual([{ start: 0, end: 5 }, { start: 6, end: 9 }, { start: 12, end: 18 }]);
    expect(find({ start: 9, end: 12 })).toEqual([]);
  });
});
