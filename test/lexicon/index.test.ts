/**
 * The lexicon snapshot as flagsOf reads it: words grouped by their flags string, each word in
 * one group only (a word listed twice would take the flags of the group read last).
 */
import { describe, expect, it } from 'vitest';
import snapshot from '../../src/generated/lexicon.json';
import { flagsOf, isAbbreviation, isFirstName, isVerbForm } from '../../src/lexicon/index.js';

const groups = Object.entries(snapshot.words as Record<string, string[]>);

describe('lexicon snapshot', () => {
  it('lists every word under one flags string, of distinct letters in sorted order', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [flags, words] of groups) {
      expect(flags).toMatch(/^[A-Z]+$/);
      expect([...new Set(flags)].sort().join('')).toBe(flags);
      for (const word of words) {
        if (seen.has(word)) twice.push(`${word}: ${seen.get(word)} and ${flags}`);
        seen.set(word, flags);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBeGreaterThan(20_000);
  });

  it('answers each word with the flags of its group, and unknown words with none', () => {
    for (const [flags, words] of groups) for (const word of words) expect(flagsOf(word)).toBe(flags);
    expect(flagsOf('zqxwv-not-a-word')).toBe('');
    const verb = groups.find(([flags]) => flags === 'V')![1][0]!;
    expect(isVerbForm(verb)).toBe(true);
    expect(isFirstName(verb)).toBe(false);
    const abbreviation = groups.find(([flags]) => flags.includes('A'))![1][0]!;
    expect(isAbbreviation(abbreviation)).toBe(true);
  });
});
