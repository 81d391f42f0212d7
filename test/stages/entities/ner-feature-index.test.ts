/** The tagger's integer-keyed feature table. */
import { describe, expect, it } from 'vitest';
import { FeatureIndex, MAX_TEMPLATES, MAX_VOCABULARY } from '../../../src/stages/entities/ner-feature-index.js';

describe('FeatureIndex', () => {
  it('numbers features in the order they are added and finds each by its key', () => {
    const index = new FeatureIndex();
    expect(index.add(3, 10)).toBe(0);
    expect(index.add(3, 10, 7)).toBe(1);
    expect(index.add(4, 10)).toBe(2);
    expect(index.add(3, 10)).toBe(0);
    expect([index.get(3, 10), index.get(3, 10, 7), index.get(4, 10), index.size]).toEqual([0, 1, 2, 3]);
  });
  it('answers -1 for a key it lacks and for an unknown value', () => {
    const index = new FeatureIndex();
    index.add(1, 2, 3);
    expect([index.get(1, 2), index.get(1, 3, 2), index.get(2, 2, 3), index.get(1, -1, 3)]).toEqual([-1, -1, -1, -1]);
  });
  it('keeps every feature while it grows, and lists them all', () => {
    const index = new FeatureIndex(4);
    for (let t = 0; t < 50; t++) for (let a = 0; a < 200; a++) index.add(t, a * 997, a % 3 ? a : -1);
    expect(index.size).toBe(10_000);
    let misses = 0;
    for (let t = 0; t < 50; t++) for (let a = 0; a < 200; a++) if (index.get(t, a * 997, a % 3 ? a : -1) !== t * 200 + a) misses++;
    expect(misses).toBe(0);
    const rows = [...index.entries()].map(([, , , row]) => row).sort((x, y) => x - y);
    expect(rows).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
  });
  it('stores the largest keys it takes (template 255, the last vocabulary id) and lists them as given, through growth', () => {
    const index = new FeatureIndex(4);
    const last = MAX_VOCABULARY - 1;
    const keys: Array<[number, number, number]> = [[MAX_TEMPLATES - 1, last, last - 1], [MAX_TEMPLATES - 1, last, -1], [0, 0, -1], [0, last, 0]];
    for (let i = 0; i < 3000; i++) keys.push([i % MAX_TEMPLATES, (i * 7919) % MAX_VOCABULARY, i % 2 ? -1 : i]);
    for (const [t, a, b] of keys) index.add(t, a, b);
    expect(keys.map(([t, a, b]) => index.get(t, a, b))).toEqual(keys.map((_, i) => i));
    const listed = [...index.entries()].sort((x, y) => x[3] - y[3]).map(([t, a, b]) => [t, a, b]);
    expect(listed).toEqual(keys);
  });
  it('refuses keys it cannot store', () => {
    const index = new FeatureIndex();
    expect(() => index.add(MAX_TEMPLATES, 0)).toThrow(RangeError);
    expect(() => index.add(0, MAX_VOCABULARY)).toThrow(RangeError);
    expect(() => index.add(0, 1, -2)).toThrow(RangeError);
  });
});
