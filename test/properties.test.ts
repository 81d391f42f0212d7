/** Property-based tests: whatever the input, the record validates, its spans are spans of the
 *  input (no surrogate pair cut), and the same input gives the same bytes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { anyString, mutatedFixture, newsish, recordProblem } from './arbitraries.js';
import { expectValidRecord } from './invariants.js';

const holds = (text: string) => {
  expect(recordProblem(text)).toBeNull();
  expectValidRecord(text, analyzeArticle(text));
};

describe('properties', () => {
  it('arbitrary strings (full Unicode, lone surrogates, NUL) give a valid, deterministic record', () => {
    fc.assert(fc.property(anyString, holds), { numRuns: 150, seed: 42 });
  });

  it('news-like strings of quote marks, cues, datelines, Cyrillic and emoji give a valid record', () => {
    fc.assert(fc.property(newsish, holds), { numRuns: 250, seed: 7 });
  });

  it('mutated fixtures (marks inserted or removed, newlines, surrogates) give a valid record', () => {
    fc.assert(fc.property(mutatedFixture, holds), { numRuns: 60, seed: 3 });
  });
});
