/** letterRuns (with or without a cap) reads the runs of letters as the pattern /[\p{L}]+/gu does. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { letterRuns } from '../src/words.js';

const byPattern = (s: string): string[] => s.match(/[\p{L}]+/gu) ?? [];

// letters of many scripts, marks, digits, punctuation, letters outside the BMP (𝐀 𠀀), a
// non-letter outside it (😀) and lone surrogates
const PIECES = ['a', 'Z', 'é', 'ß', 'ı', 'İ', 'ǅ', 'ʰ', 'ж', 'Қ', 'ә', 'ا', 'ی', '東', 'カ', '한', 'α', 'ς', 'ש', 'ა', 'ա', 'क', '\u0301', '\u0307', '1', '٣', ' ', "'", '’', '-', '.', '\n', '\u00a0', '𝐀', '𠀀', '😀', '\ud800', '\udc00'];
const mixed = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('letterRuns', () => {
  it('reads the runs the pattern matches, on text of every script and on any UTF-16', () => {
    fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
      expect(letterRuns(s)).toEqual(byPattern(s));
    }));
  });

  it('reads "l’homme" as "l" and "homme", and a letter outside the BMP inside its word', () => {
    expect(letterRuns('l’homme a dit: 𝐀bc-2024 жаңа')).toEqual(['l', 'homme', 'a', 'dit', '𝐀bc', 'жаңа']);
  });
});

describe('letterRuns with a cap', () => {
  it('is the first runs of letterRuns, at most as many as asked', () => {
    fc.assert(fc.property(mixed, fc.nat(12), (s, max) => {
      expect(letterRuns(s, max)).toEqual(byPattern(s).slice(0, max));
    }));
  });
});
