/**
 * Differential properties for code that replaced a regular expression: generated strings of
 * the characters and words those expressions care about, and a check that the replacement
 * answers as the expression does (test/tails.test.ts, test/stages/line-shapes.test.ts).
 */
import { expect } from 'vitest';
import fc from 'fast-check';

export const PIECES = [
  'A', 'a', 'Z', 'ª', 'Ж', 'ж', 'é', '𝐀', '𝐚', '1', '_', ' ', ' ', '\t', '\n', '.', ',', ':', ';', '!', '?', "'", '’', '"', '“', '«', '„', '”', '»', '(', ')', '[', ']', '|', '–', '—', '-', '&', '>',
  'according to', 'According To', 'ACCORDING TO', 'law', 'Law', 'outlaw', 'so-called', 'known as', 'закон', 'под названием', 'cookie', 'Cookies', 'accept', 'policy', 'newsletter', 'Subscribe', 'sign up', 'get the latest', 'inbox',
  'AFP', 'Photo', 'Reuters', 'pa wire', 'and', 'Mr.', 'said', 'Jane', 'Doe', 'RTK', 'The Site', 'Ann-Marie',
];
export const text = (max = 30) => fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((a) => a.join(''));
export const RUNS = { numRuns: 3000, seed: 11 };

/** Holds `mine` equal to `spec` on generated strings; both a match and a miss must be common
 *  (1 in 50 at least), so that the comparison means something. */
export function agrees<T>(gen: fc.Arbitrary<string>, mine: (s: string) => T, spec: (s: string) => T): void {
  let hits = 0;
  let misses = 0;
  fc.assert(
    fc.property(gen, (s) => {
      const want = spec(s);
      if (want) hits++;
      else misses++;
      expect(mine(s)).toEqual(want);
    }),
    RUNS,
  );
  expect(hits).toBeGreaterThan(RUNS.numRuns / 50);
  expect(misses).toBeGreaterThan(RUNS.numRuns / 50);
}

