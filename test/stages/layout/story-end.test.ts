import { describe, expect, it } from 'vitest';
import { gluedTrailer, wireSignOff } from '../../../src/stages/layout/story-end.js';
import { normalize } from '../../../src/stages/normalize.js';
import { segment } from '../../../src/stages/segment.js';

const lastParagraph = (input: string) => {
  const doc = normalize(input);
  const { paragraphs } = segment(doc);
  return { text: doc.text, p: paragraphs[paragraphs.length - 1]! };
};

describe('wireSignOff', () => {
  it('is the text\'s last line when it is an agency\'s name alone', () => {
    const { text, p } = lastParagraph('HARBOUR CITY, March 3 - The quay will reopen in April, the port said.\n\nREUTER');
    const s = wireSignOff(text, p)!;
    expect(text.slice(s.start, s.end)).toBe('REUTER');
    const wrapped = lastParagraph('HARBOUR CITY, March 3 - The port authority said it would\nreopen the old quay in April after two years of work on\nthe sea wall, and ferries will use it from May, it said.\n Reuter');
    const w = wireSignOff(wrapped.text, wrapped.p)!;
    expect(wrapped.text.slice(w.start, w.end)).toBe('Reuter');
  });

  it('is null for a last line that is no agency, or more than its name', () => {
    for (const input of ['The quay will reopen in April.\n\nHarbour', 'The quay will reopen in April.\n\nReuters reported the news first.']) {
      const { text, p } = lastParagraph(input);
      expect(wireSignOff(text, p)).toBeNull();
    }
  });
});

describe('gluedTrailer', () => {
  it('splits the notice and the teaser titles before it off the last paragraph', () => {
    const text = 'Ferries will use the quay from May, it said. Why ferries still matter to island towns Old lighthouse gets a new lamp Copyright © 2025, Harbour Daily';
    const r = gluedTrailer(text, { start: 0, end: text.length })!;
    expect(text.slice(0, r.bodyEnd)).toBe('Ferries will use the quay from May, it said.');
    expect(r.lines.map((l) => [text.slice(l.start, l.end), l.reason])).toEqual([
      ['Why ferries still matter to island towns Old lighthouse gets a new lamp', 'related-links'],
      ['Copyright © 2025, Harbour Daily', 'copyright'],
    ]);
  });

  it('is null without a notice at the end, or with a sentence that is cut before it', () => {
    const plain = 'Ferries will use the quay from May, it said.';
    expect(gluedTrailer(plain, { start: 0, end: plain.length })).toBeNull();
    const short = 'Ferries will use the quay from May, it said. Read on © 2025 Harbour Daily';
    expect(gluedTrailer(short, { start: 0, end: short.length })).toBeNull();
  });
});
