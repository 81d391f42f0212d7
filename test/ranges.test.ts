import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketBySentence, lowerBound, overlapFinder, rangeAt, rangeIndex, withoutOverlaps } from '../src/ranges.js';
import { overlaps } from '../src/document.js';

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

describe('withoutOverlaps and rangeIndex', () => {
  // ranges of a 60-character text: items in order without overlaps (tokens), ranges anywhere
  const tokens = fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 4 })), { maxLength: 15 }).map((gaps) => {
    let at = 0;
    return gaps.map(([gap, len]) => ({ start: (at += gap), end: (at += len) }));
  });
  const ranges = fc.array(fc.tuple(fc.nat(60), fc.nat(12)).map(([start, len]) => ({ start, end: start + len })), { maxLength: 12 });
  it('drop exactly the items some range overlaps, as a scan of all ranges does', () => {
    fc.assert(
      fc.property(tokens, ranges, (items, rs) => {
        expect(withoutOverlaps(items, rs)).toEqual(items.filter((t) => !rs.some((r) => overlaps(r, t))));
      }),
      { numRuns: 500, seed: 3 },
    );
  });
  it('answer containment and overlap as a scan of all ranges does', () => {
    fc.assert(
      fc.property(ranges, fc.nat(70), fc.nat(6), (rs, pos, len) => {
        const index = rangeIndex(rs);
        const probe = { start: pos, end: pos + len };
        expect(index.contains(pos)).toBe(rs.some((r) => r.start <= pos && pos < r.end));
        expect(index.overlaps(probe)).toBe(rs.some((r) => overlaps(r, probe)));
      }),
      { numRuns: 1000, seed: 4 },
    );
  });
});
