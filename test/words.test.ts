/** The shared word index answers as the word pattern run on each range alone would. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fewerLettersThan, hasWords, letterDigitRuns, WordIndex, wordsIn } from '../src/words.js';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
/** The reference: the pattern on the slice (what every stage ran before the index). */
const reference = (text: string, start: number, end: number) => [...text.slice(start, end).matchAll(WORD)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] }));
const referenceAtLeast = (text: string, start: number, end: number, n: number) => {
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = start;
  let k = 0;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) if (++k >= n) return true;
  return false;
};

describe('WordIndex', () => {
  it('reads a range as the pattern on the slice: cut words read as their parts', () => {
    const text = 'Kim Ha-eun met U.S. officials at e.GO’s plant.';
    expect(wordsIn(text, 0, text.length).map((w) => w.text)).toEqual(['Kim', 'Ha-eun', 'met', 'U.S', 'officials', 'at', 'e.GO’s', 'plant']);
    expect(wordsIn(text, 6, 21).map((w) => w.text)).toEqual(['eun', 'met', 'U.S', 'o']);
    expect(wordsIn(text, 17, 18)).toEqual([{ start: 17, end: 18, text: 'S' }]);
  });

  it('agrees with the pattern on every range of arbitrary text (property)', () => {
    const chars = fc.constantFrom('a', 'B', 'é', '1', ' ', '-', '.', "'", '’', '"', ',', '\u0301', 'Ж', '中');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), (text, a, b, n) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % (text.length + 1)));
        const index = new WordIndex(text);
        expect(index.between(start, end)).toEqual(reference(text, start, end));
        expect(hasWords(text, { start, end }, n)).toBe(referenceAtLeast(text, start, end, n));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('letterDigitRuns', () => {
  const reference = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

  it('counts runs of letters and digits as the pattern does (property, punctuation-heavy text)', () => {
    const chars = fc.constantFrom('a', 'Z', '7', 'é', 'Ж', '中', '²', ' ', '.', '’', '“', '”', '—', '–', '…', '\u00a0', '\u2009', '\u2070', '\u2071', '😀', '\u0301');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(letterDigitRuns(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a line of news punctuation as its words', () => {
    expect(letterDigitRuns('“Yes” — she said… in 2026')).toBe(5);
  });
});

describe('fewerLettersThan', () => {
  const reference = (s: string, n: number) => s.replace(/[^\p{L}]/gu, '').length < n;

  it('agrees with counting the letters of the whole text (property, astral letters count two)', () => {
    const chars = fc.constantFrom('a', 'Z', '7', 'é', 'Ж', '中', ' ', '’', '—', '\u0301', '𝒜', '😀', '\ud835');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), fc.integer({ min: 0, max: 32 }), (s, n) => {
        expect(fewerLettersThan(s, n)).toBe(reference(s, n));
      }),
      { numRuns: 3000 },
    );
  });
});
