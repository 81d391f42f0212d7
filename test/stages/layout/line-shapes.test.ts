/**
 * The page-line tests of line-shapes.ts, each against the regular expression it replaced (the
 * expressions live here only, as the specification).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCaption, isCookieLine, isNameList, isNewsletterLine, stripSiteName } from '../../../src/stages/layout/line-shapes.js';
import { agrees, RUNS, text } from '../../agrees.js';

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

describe('line shapes the layout reads', () => {
  it('standfirstShape names the rule a story\'s sentence meets, and leaves titles alone', async () => {
    const { standfirstShape } = await import('../../../src/stages/layout/line-shapes.js');
    expect(standfirstShape('The minister said the harbour would reopen in spring after the repairs')).toBe('reports');
    expect(standfirstShape('According to the port authority, the harbour will reopen in the spring')).toBe('according-to');
    expect(standfirstShape('The ministers also discussed the ferry routes between the two towns')).toBe('goes-on');
    expect(standfirstShape('However, the harbour master warned the repairs could take longer this year')).toBe('connective');
    expect(standfirstShape('Harbour to reopen in spring after repairs, port authority says today')).toBeNull();
    expect(standfirstShape('Minister said to quit')).toBeNull();
  });

  it('isTeaserLink: title case with a capitalised function word, six words or more, no sentence ending', async () => {
    const { isTeaserLink } = await import('../../../src/stages/layout/line-shapes.js');
    expect(isTeaserLink('Mayor Vows To Reopen Old Quay As Storm Season Nears End')).toBe(true);
    expect(isTeaserLink('Mayor Vows To Reopen Old Quay As Storm Season Nears End.')).toBe(false);
    expect(isTeaserLink('Russian President Vladimir Putin Visits Harbour Town Hall')).toBe(false);
    expect(isTeaserLink('- Best Actor - Tom Ray For The Long Night At The Globe')).toBe(false);
    expect(isTeaserLink('Mayor Vows To Reopen Quay')).toBe(false);
  });

  it('isWholeLine: no line break inside, no function word at the end', async () => {
    const { isWholeLine } = await import('../../../src/stages/layout/line-shapes.js');
    expect(isWholeLine('The harbour will reopen in spring after the repairs.')).toBe(true);
    expect(isWholeLine('The prime minister spoke to the crowd on')).toBe(false);
    expect(isWholeLine('The prime minister spoke on\nthe anniversary of the war')).toBe(false);
  });

  it('isNameLine and isByline: a name, not a menu item, a slug or an agency', async () => {
    const { isByline, isNameLine } = await import('../../../src/stages/layout/line-shapes.js');
    expect(isNameLine('Dana Seitova')).toBe(true);
    expect(isNameLine('What We Do')).toBe(false);
    expect(isNameLine('Kazakhstan Metro Works')).toBe(false);
    expect(isNameLine('Associated Press')).toBe(false);
    expect(isByline('MARTA LINDQVIST and OWEN PRICE')).toBe(true);
    expect(isByline('MARTA LINDQVIST')).toBe(false);
    expect(isByline('By Lena Moss, Tom Ray and Ana Lind')).toBe(true);
    expect(isByline('By experts and staff')).toBe(false);
  });
});
