import { describe, expect, it } from 'vitest';
import { BoundedCounter } from '../../src/report/bounded-counter.js';

describe('BoundedCounter', () => {
  it('counts exactly below its capacity, with several counts per key, ranked by the first', () => {
    const c = new BoundedCounter(10, 2);
    for (const k of ['a', 'b', 'a', 'c', 'a', 'b']) c.add(k);
    c.add('c', 5, 1);
    expect(c.top()).toEqual([['a', [3, 0]], ['b', [2, 0]], ['c', [1, 5]]]);
    expect(c.top(2).map(([k]) => k)).toEqual(['a', 'b']);
    expect(c.get('zzz')).toEqual([0, 0]);
    expect(c.maxUndercount).toBe(0);
  });

  it('orders equal counts by the next count, then by key, whatever the arrival', () => {
    const one = new BoundedCounter(10, 2);
    const two = new BoundedCounter(10, 2);
    for (const [k, col] of [['y', 0], ['x', 0], ['w', 0], ['w', 1]] as const) one.add(k, 1, col);
    for (const [k, col] of [['w', 1], ['w', 0], ['x', 0], ['y', 0]] as const) two.add(k, 1, col);
    expect(one.top()).toEqual(two.top());
    expect(one.top().map(([k]) => k)).toEqual(['w', 'x', 'y']);
  });

  it('keeps the count of a key whose arrival prunes the others', () => {
    const c = new BoundedCounter(1);
    c.add('a');
    c.add('b');
    c.add('c', 5);
    expect(c.top()).toEqual([['c', [5]]]);
    expect(c.maxUndercount).toBe(1);
  });

  it('keeps at most twice its capacity, drops the rarest, and says by how much a count may be short', () => {
    const c = new BoundedCounter(100);
    for (let i = 0; i < 50; i++) c.add('frequent', 10);
    for (let i = 0; i < 10_000; i++) {
      c.add(`rare-${i}`);
      if (i % 100 === 0) c.add('steady', 3);
    }
    expect(c.size).toBeLessThanOrEqual(200);
    expect(c.top(2)).toEqual([['frequent', [500]], ['steady', [300]]]);
    // only keys counted once were dropped
    expect(c.maxUndercount).toBe(1);
  });
});
