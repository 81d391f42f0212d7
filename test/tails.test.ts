/**
 * The backward scans that replaced unanchored `…$` regular expressions (ReDoS): each against
 * the expression it replaced (the expressions live here only, as the specification).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { namedBeforeMark } from '../src/stages/entities/index.js';
import { opensClause } from '../src/stages/attribution/index.js';
import { accordingToBefore, endsLikeCue, typeWordBefore } from '../src/stages/quotes/cue-tails.js';
import { TYPE_WORDS } from '../src/lexicon/en/titles.js';
import { agrees, text } from './agrees.js';

describe('tail tests equal the expressions they replaced', () => {
  it('namedBeforeMark', () => {
    const gen = fc.tuple(text(8), fc.constantFrom('', ' '), fc.constantFrom('"', '“', '«', '„', '”', 'x'), fc.constantFrom('', ' ', '\t')).map((p) => p.join(''));
    agrees(gen, namedBeforeMark, (s) => /[\p{Lu}][\p{L}\d.&-]*\s?["“«„]\s?$/u.test(s));
  });
  it('opensClause', () => {
    // a prefix, then zero to five capitalised words each followed by white space
    const word = fc.tuple(fc.constantFrom('Jane', 'Mr.', 'Ж', '𝐀', 'RTK', 'ann', 'Ann-Marie', 'O’Neil'), fc.constantFrom(' ', '  ', '\t', '\n', '')).map((p) => p.join(''));
    const gen = fc.tuple(text(6), fc.constantFrom('', '. ', '.” ', '!’ ', '\n', ' \n ', 'x ', ', '), fc.array(word, { maxLength: 5 })).map(([a, b, ws]) => a + b + ws.join(''));
    agrees(gen, opensClause, (s) => /(?:^|[.!?]["”’]?\s+|\n\s*|^\s*)(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(s));
  });
  it('endsLikeCue', () => {
    agrees(text(), endsLikeCue, (s) => /[,:]\s*$|\b\p{L}+\s*$/u.test(s));
  });
  it('accordingToBefore: the same start and comma', () => {
    // often "according to", often a comma at the end
    const gen = fc.tuple(text(12), fc.constantFrom('according to', 'According to ', ''), text(12), fc.constantFrom(',', ', ', ',\n', '')).map((p) => p.join(''));
    agrees(gen, accordingToBefore, (s) => {
      const m = /\b(according to)\s+([^,]{1,80}),\s*$/i.exec(s);
      return m ? { at: m.index, comma: m.index + m[0].lastIndexOf(',') } : null;
    });
  });
  it('typeWordBefore (as the old \\b pattern on Latin words; Cyrillic words now count)', () => {
    const old = new RegExp(`(?:\\b(?:${TYPE_WORDS.join('|')})\\s*)$`, 'iu');
    const latin = fc.array(fc.constantFrom('law', 'Law', 'outlaw', 'act', 'so-called', 'called', 'known as', 'Film', ' ', '\t', '-', 'é', 'x', '1', '"', '.'), { maxLength: 12 }).map((a) => a.join(''));
    agrees(latin, (s) => typeWordBefore(s) !== null, (s) => old.test(s));
    expect(typeWordBefore('принят закон ')).toBe('закон');
    expect(typeWordBefore('фильм под названием')).toBe('под названием');
    expect(typeWordBefore('беззакон')).toBe(null);
  });
});

