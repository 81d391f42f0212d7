import { describe, expect, it } from 'vitest';
import { trimEndOf, trimOf } from '../../src/html/text.js';

describe('trimEndOf and trimOf', () => {
  it('take the given characters and white space off the end, or both ends', () => {
    expect(trimEndOf('You may also like... ', '.…:')).toBe('You may also like');
    expect(trimEndOf('Related:', '.…:')).toBe('Related');
    expect(trimOf(' — Jane Roe, ', '-–—:,')).toBe('Jane Roe');
    expect(trimOf('...', '.')).toBe('');
  });
  it('run in linear time on long runs', () => {
    const t = performance.now();
    trimEndOf('\t'.repeat(200_000) + 'x' + '\t'.repeat(200_000), '.');
    expect(performance.now() - t).toBeLessThan(500);
  });
});
