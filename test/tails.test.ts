/**
 * The backward scans and line tests that replaced unanchored `…$` regular expressions (ReDoS):
 * each against the expression it replaced, on generated strings of the characters and words
 * those expressions care about. The expressions live here only, as the specification.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { namedBeforeMark } from '../src/analyze.js';
import { opensClause } from '../src/stages/attribution.js';
import { accordingToBefore, endsLikeCue, typeWordBefore, TYPE_WORDS } from '../src/stages/quotes/cue-tails.js';
import { isCaption, isCookieLine, isNameList, isNewsletterLine, stripSiteName } from '../src/stages/line-shapes.js';

const PIECES = [
  'A', 'a', 'Z', 'ª', 'Ж', 'ж', 'é', '𝐀', '𝐚', '1', '_', ' ', ' ', '\t', '\n', '.', ',', ':', ';', '!', '?', "'", '’', '"', '“', '«', '„', '”', '»', '(', ')', '[', ']', '|', '–', '—', '-', '&', '>',
  'according to', 'According To', 'ACCORDING TO', 'law', 'Law', 'outlaw', 'so-called', 'known as', 'закон', 'под названием', 'cookie', 'Cookies', 'accept', 'policy', 'newsletter', 'Subscribe', 'sign up', 'get the latest', 'inbox',
  'AFP', 'Photo', 'Reuters', 'pa wire', 'and', 'Mr.', 'said', 'Jane', 'Doe', 'RTK', 'The Site', 'Ann-Marie',
];
const text = (max = 30) => fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((a) => a.join(''));
const RUNS = { numRuns: 3000, seed: 11 };

/** Holds `mine` equal to `spec` on generated strings; both a match and a miss must be common
 *  (1 in 50 at least), so that the comparison means something. */
function agrees<T>(gen: fc.Arbitrary<string>, mine: (s: string) => T, spec: (s: string) => T): void {
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

describe('line tests equal the expressions they replaced', () => {
  it('isCookieLine and isNewsletterLine', () => {
    const cookie = /^(?:.*\bcookies?\b.*\b(?:accept|consent|agree|policy|settings|preferences|use|experience)\b.*|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|settings)|i agree|got it)$/i;
    const newsletter = /^(?:.*\bnewsletters?\b.*|subscribe(?: now)?\b.{0,80}|sign up\b.{0,80}|get the latest\b.{0,80}\binbox\b.*)$/i;
    const banner = fc.array(fc.constantFrom('cookie', 'Cookies', 'accept', 'Accept all', 'policy', 'use', 'newsletter', 'Subscribe', 'sign up', 'get the latest', 'inbox', 'got it', ' ', 'x', '-', '\n', 'a'.repeat(70)), { maxLength: 6 }).map((a) => a.join(''));
    agrees(banner, isCookieLine, (s) => cookie.test(s));
    agrees(banner, isNewsletterLine, (s) => newsletter.test(s));
    expect(isCookieLine('We use cookies to improve your experience')).toBe(true);
  });
  it('isCaption', () => {
    const caption = /[([](?:[^()[\]]*[/,;]\s*)?[^()[\]]*\b(?:photos?|images?|afp|ap|reuters|getty|aa|associated press|handout|pa wire|pa|epa|efe|xinhua|tass|ria novosti|sputnik|via|credit|courtesy|file|pool|shutterstock|depositphotos|anadolu)\b[^()[\]]*[)\]]\.?$/i;
    const gen = fc.tuple(text(10), fc.constantFrom('(', '[', ''), text(6), fc.constantFrom(')', ']', ').', '')).map((p) => p.join(''));
    agrees(gen, isCaption, (s) => caption.test(s.trim()));
    expect(isCaption('Rescuers at work. (Photo: AFP)')).toBe(true);
  });
  it('stripSiteName', () => {
    // (compared as strings; "hit" means something was stripped)
    let stripped = 0;
    const gen = fc.tuple(text(8), fc.constantFrom(' ', '\t ', ''), fc.constantFrom('|', '–', '—', '-', 'x'), fc.constantFrom(' ', '  ', ''), text(6)).map((p) => p.join(''));
    fc.assert(fc.property(gen, (s) => {
      const want = s.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, '');
      if (want !== s) stripped++;
      expect(stripSiteName(s)).toBe(want);
    }), RUNS);
    expect(stripped).toBeGreaterThan(RUNS.numRuns / 50);
    expect(stripSiteName('Floods hit the north - The Site')).toBe('Floods hit the north');
  });
  it('isNameList', () => {
    const names = /^[\p{Lu}][\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?[\p{Lu}][\p{L}.'’-]*){0,8}(?:\s*[,|;]\s*.{0,60})?$/u;
    const gen = fc.array(fc.constantFrom('Jane', 'Doe', 'Ann-Marie', 'RTK', 'Ж', 'ж', '𝐀', '𝐚𝐚𝐚𝐚𝐚𝐚𝐚𝐚𝐚𝐚', 'x'.repeat(20), 'x'.repeat(29), 'x'.repeat(30), 'x', ' ', ', ', ',', 'and ', '& ', '\t', '\n', '|', ';', 'x', 'Mr.', '.'), { maxLength: 14 }).map((a) => a.join(''));
    agrees(gen, isNameList, (s) => names.test(s));
    expect(isNameList('Jane Doe, Ann-Marie and RTK | Reuters')).toBe(true);
  });
});
