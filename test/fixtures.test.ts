/**
 * Every invented article in fixtures/articles through the whole pipeline: the record passes
 * the schema and the span invariant, and equals its reviewed expected.json (regenerate with
 * `npm run fixtures` and review the diff).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { expectValidRecord } from './invariants.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'articles');
const slugs = readdirSync(root).filter((s) => existsSync(join(root, s, 'input.txt'))).sort();

describe('fixtures', () => {
  it('has at least 12 fixtures, each with an expected file', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
    for (const s of slugs) expect(existsSync(join(root, s, 'expected.json')), `${s}/expected.json`).toBe(true);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const input = readFileSync(join(root, slug, 'input.txt'), 'utf8');
      const result = analyzeArticle(input);
      expectValidRecord(input, result);
      const expected = JSON.parse(readFileSync(join(root, slug, 'expected.json'), 'utf8'));
      expect(result).toEqual(expected);
      // deterministic: the same input gives the same bytes
      expect(JSON.stringify(analyzeArticle(input))).toBe(JSON.stringify(result));
    });
  }
});
