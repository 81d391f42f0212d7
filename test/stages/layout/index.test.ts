import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../src/stages/layout/index.js';
import { analyzeArticle } from '../../../src/index.js';
import { normalize } from '../../../src/stages/normalize.js';
import { segment } from '../../../src/stages/segment.js';

const layoutOf = (input: string) => {
  const doc = normalize(input);
  const seg = segment(doc);
  const layout = readLayout(doc, seg);
  const text = (r: { start: number; end: number } | null | undefined) => (r ? doc.text.slice(r.start, r.end) : null);
  return { doc, seg, layout, text };
};

/** A page's navigation: more short lines than the first dateline search reads. */
const MENU = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Science', 'Health', 'Travel', 'Food', 'Style', 'Video', 'Podcasts', 'Weather'].join('\n');
const RELATED = 'Related news\nNew bridge opens in the north\nTrain fares rise again';

describe('readLayout: a page\'s dateline below its navigation', () => {
  it('reads a lone place line that comes after the byline and the date line, before the prose', () => {
    const page = [
      MENU,
      'Harbour crews race to clear the ice before the ferry season',
      'Despite the cold spell, crews say they will open the main channel within a week and that the first ferry will sail on time.',
      'Lena Moss |',
      '14.03.2026 - Update : 14.03.2026',
      'OSLO',
      'Crews worked through the night on Tuesday to break the ice in the inner harbour, the port authority said.',
      'The ferry company said the first crossing would leave on Friday morning as planned, weather permitting.',
      'Engineers said the channel was clear to a depth of six metres and would be checked again on Thursday.',
      RELATED,
    ].join('\n');
    const { layout, text } = layoutOf(page);
    expect(text(layout.dateline)).toBe('OSLO');
    expect(layout.dateline!.location).toBe('Oslo');
  });

  it('reads no lone place line that follows no byline or date line', () => {
    const page = [
      MENU,
      'Harbour crews race to clear the ice before the ferry season',
      'Crews worked through the night on Tuesday to break the ice in the inner harbour, the port authority said.',
      'OSLO',
      'The ferry company said the first crossing would leave on Friday morning as planned, weather permitting.',
      'Engineers said the channel was clear to a depth of six metres and would be checked again on Thursday.',
      RELATED,
    ].join('\n');
    expect(layoutOf(page).layout.dateline).toBeNull();
  });

  it('reads a dateline whose first paragraph links broke, above the body window, and starts the body there', () => {
    const page = [
      MENU,
      'Council votes to shut the old harbour bridge for repairs',
      'By Lena Moss',
      'Updated',
      'Mon, March 2, 2026 at 9:15 AM UTC',
      'BERGEN (AP) — The council voted on Tuesday to close the bridge over',
      'Bergen Fjord',
      'The repairs will take most of the summer and will cost more than the council had planned for this year.',
      '“We have no choice, the bridge is not safe,” the mayor told reporters after the vote on Tuesday evening.',
      'Drivers will have to take the ring road, which adds about twenty minutes to the trip into the city centre.',
      'The council said a ferry would run every half hour between the two shores while the bridge is shut.',
      RELATED,
    ].join('\n');
    const { layout, text } = layoutOf(page);
    expect(text(layout.dateline)).toBe('BERGEN (AP) —');
    expect(layout.furniture.body!.start).toBe(layout.dateline!.start);
  });
});

describe('readLayout: the standfirst is read with the body', () => {
  const standfirst = 'The minister said the harbour would reopen in spring after the repairs to the old quay';
  const input = [standfirst, 'KOTOR, May 2. /TASS/. Work on the quay began two years ago, the port authority said.', 'The first cruise ship is due in April.'].join('\n\n');

  it('puts the standfirst\'s sentences where quotes are read, not among the body\'s paragraphs or the front matter', () => {
    const { layout, text, seg } = layoutOf(input);
    expect(text(layout.furniture.standfirst)).toBe(standfirst);
    expect(layout.furniture.headline).toBeNull();
    expect(layout.bodySentences.map(text)).toContain(standfirst);
    expect(layout.inBody[0]).toBe(true);
    expect(layout.frontSentences.map(text)).not.toContain(standfirst);
    expect(layout.bodyParagraphs.map(text)).not.toContain(standfirst);
    expect(layout.bodyParagraphs.length).toBe(seg.paragraphs.length - 1);
  });
});

describe('analyzeArticle: the standfirst in the record', () => {
  it('reports the standfirst apart from the headline and the body, and finds its reported speech', () => {
    const standfirst = 'The minister said the harbour would reopen in spring after the repairs to the old quay';
    const input = [standfirst, 'KOTOR, May 2. /TASS/. Work on the quay began two years ago and was delayed by storms.', 'The first cruise ship is due in April.'].join('\n\n');
    const r = analyzeArticle(input);
    expect(r.headline).toBeNull();
    expect(r.standfirst).toEqual({ start: 0, end: standfirst.length, text: standfirst });
    expect(r.body!.start).toBe(input.indexOf('KOTOR'));
    expect(r.quotes.some((q) => q.start < standfirst.length && q.text.includes('the harbour would reopen in spring'))).toBe(true);
  });
});

describe('readLayout: teaser links inside the body', () => {
  it('reads their titles for names but not for quotes', () => {
    const prose = [
      'The city council voted on Tuesday to close the old harbour bridge for repairs that will take most of the summer.',
      'Drivers will have to take the ring road, which adds about twenty minutes to the trip into the city centre.',
      'The council said a ferry would run every half hour between the two shores while the bridge is shut for the work.',
      'A second ferry will be added in July if the queues grow longer, the harbour master said on Wednesday.',
    ];
    const teaser = 'Mayor Lena Moss Says Harbour Town Will Get A New Quay By Spring';
    const page = [MENU, 'Council votes to shut the old harbour bridge for repairs', prose[0], prose[1], teaser, prose[2], prose[3], RELATED].join('\n');
    const { layout, text } = layoutOf(page);
    expect(layout.furniture.boilerplate.map((b) => [text(b), b.reason])).toContainEqual([teaser, 'related-links']);
    expect(layout.frontSentences.map(text)).toContain(teaser);
    expect(layout.bodySentences.map(text)).not.toContain(teaser);
  });
});
