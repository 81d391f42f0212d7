import { describe, expect, it } from 'vitest';
import { findParagraphs, segment, splitSentences } from '../../src/stages/segment.js';
import { normalize } from '../../src/stages/normalize.js';

const paragraphTexts = (text: string) => findParagraphs(text).map((p) => text.slice(p.start, p.end));
const sentenceTexts = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('findParagraphs', () => {
  it('splits blank-line separated blocks, each its own block, ignoring extra blank lines', () => {
    const text = 'First block here.\n\nSecond block here.\n\n\nThird block.';
    const ps = findParagraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['First block here.', 'Second block here.', 'Third block.']);
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(ps.map((p) => p.block)).toEqual([0, 1, 2]);
  });

  it('makes each single-newline line a paragraph within one block', () => {
    const text = 'Council opens new library\nBy Jane Doe\nThe library opened on Monday.\n\nIt has two floors.';
    const ps = findParagraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['Council opens new library', 'By Jane Doe', 'The library opened on Monday.', 'It has two floors.']);
    expect(ps.map((p) => p.block)).toEqual([0, 0, 0, 1]);
  });

  it('rejoins hard-wrapped fixed-width copy into one paragraph', () => {
    const lines = [
      'The council voted on Tuesday to extend the hours of the public',
      'library after residents complained that the building closed too',
      'early for students who wanted to study in the evenings, officials',
      'said.',
    ];
    const text = `${lines.join('\n')}\n\nA second story follows here.`;
    const ps = findParagraphs(text);
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({ start: 0, end: lines.join('\n').length, index: 0, block: 0 });
    expect(text.slice(ps[1]!.start, ps[1]!.end)).toBe('A second story follows here.');
  });

  it('keeps wide lines that each end a sentence as separate paragraphs', () => {
    const lines = [
      'The council voted on Tuesday to extend the library hours.',
      'Residents had complained that the building closed too early.',
      'Students wanted to study there in the evenings after classes.',
      'Officials said the change would start next month.',
    ];
    expect(paragraphTexts(lines.join('\n'))).toEqual(lines);
  });

  it('joins a line cut mid-sentence with the next when that one continues in lower case', () => {
    const text = 'The council voted on Tuesday to extend the hours of the public\nlibrary after residents complained about early closing';
    expect(paragraphTexts(text)).toEqual([text]);
  });

  it('joins a line of prose that ends inside a phrase with the next, whatever that one starts with', () => {
    const text = 'There were 34 licensed banks and 12 savings companies and\n254 registered firms at the end of the year, the regulator said.';
    expect(paragraphTexts(text)).toEqual([text]);
    const chair = 'The quote came from Jo Hale, a lawmaker who is the chair of the\nHouse Budget Committee.';
    expect(paragraphTexts(chair)).toEqual([chair]);
  });

  it('does not join a menu item or a table cell that ends with such a word', () => {
    expect(paragraphTexts('Sign in\nMail')).toEqual(['Sign in', 'Mail']);
    expect(paragraphTexts('Total shares to be offered N / A\nLead underwriter Hale & Co')).toEqual(['Total shares to be offered N / A', 'Lead underwriter Hale & Co']);
    expect(paragraphTexts('The concert tour ends in Noblesville, IN\nAug. 2 -- Clarkston, MI')).toEqual(['The concert tour ends in Noblesville, IN', 'Aug. 2 -- Clarkston, MI']);
  });

  it('joins link fragments of a scraped page but not a headline and its first paragraph', () => {
    const page = 'Peace talks gain pace\nThe talks accelerated after\nDonald Trump\nsaid a deal was near.\nMenu\nHome';
    expect(paragraphTexts(page)).toEqual(['Peace talks gain pace', 'The talks accelerated after\nDonald Trump\nsaid a deal was near.', 'Menu', 'Home']);
  });

  it('returns nothing for empty or newline-only text', () => {
    expect(findParagraphs('')).toEqual([]);
    expect(findParagraphs('\n\n\n')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at . ! ? followed by a space and a capital', () => {
    expect(sentenceTexts('Is it true? Yes! It is. The end.')).toEqual(['Is it true?', 'Yes!', 'It is.', 'The end.']);
  });

  it('does not end a sentence at an initial or a title in text tokenised with spaces, but does at "Inc ."', () => {
    expect(sentenceTexts('The first visitor was William H . Ellis , a trader . Rep . Park Yong - jin spoke . Sales rose at Acme Inc . Then prices fell .')).toEqual([
      'The first visitor was William H . Ellis , a trader .',
      'Rep . Park Yong - jin spoke .',
      'Sales rose at Acme Inc .',
      'Then prices fell .',
    ]);
  });

  it('does not end a sentence at Mr., Dr. or U.S.', () => {
    expect(sentenceTexts('Mr. Smith met Dr. Jones in the U.S. capital. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. capital.',
      'They talked.',
    ]);
  });

  it('does not end a sentence at a month abbreviation (Nov.) or an initial (J.)', () => {
    expect(sentenceTexts('The vote is set for Nov. 5 in the city. It will be close.')).toEqual(['The vote is set for Nov. 5 in the city.', 'It will be close.']);
    expect(sentenceTexts('The author J. Smith wrote it. Readers liked it.')).toEqual(['The author J. Smith wrote it.', 'Readers liked it.']);
  });

  it('ends the sentence after "said." following a closing quote mark, not at the comma inside it', () => {
    const text = '“We will win the vote,” she said. The next day it rained.';
    expect(sentenceTexts(text)).toEqual(['“We will win the vote,” she said.', 'The next day it rained.']);
  });

  it('keeps a closing quote mark with the sentence it ends', () => {
    expect(sentenceTexts('He said “Go home.” Then he left.')).toEqual(['He said “Go home.”', 'Then he left.']);
  });

  it('does not split at a period followed by a lower-case word', () => {
    expect(sentenceTexts('He left at 5 p.m. and returned later. Then he slept.')).toEqual(['He left at 5 p.m. and returned later.', 'Then he slept.']);
    expect(sentenceTexts('The plan is ready. but nobody has read it.')).toEqual(['The plan is ready. but nobody has read it.']);
  });

  it('does not split inside a decimal number', () => {
    expect(sentenceTexts('Prices rose 3.5 percent in May. They fell in June.')).toEqual(['Prices rose 3.5 percent in May.', 'They fell in June.']);
  });

  it('works on a sub-range and returns offsets into the whole text', () => {
    const text = 'Ignore this. Take this one. And this.';
    const from = text.indexOf('Take');
    const out = splitSentences(text, from, text.length);
    expect(out).toEqual([
      { start: from, end: from + 'Take this one.'.length },
      { start: text.indexOf('And'), end: text.length },
    ]);
  });
});

describe('segment', () => {
  it('gives sentences that point at their paragraph, across a rejoined hard-wrapped block', () => {
    const input = [
      'The council voted on Tuesday to extend the hours of the public',
      'library. Residents had complained that the building closed too',
      'early for students who wanted to study in the evenings, officials',
      'said.',
      '',
      'Dr. Lee agreed. Mr. Park did not.',
    ].join('\n');
    const doc = normalize(input);
    const { paragraphs, sentences } = segment(doc);
    expect(paragraphs).toHaveLength(2);
    const texts = sentences.map((s) => [s.paragraph, doc.text.slice(s.start, s.end)]);
    expect(texts).toEqual([
      [0, 'The council voted on Tuesday to extend the hours of the public\nlibrary.'],
      [0, 'Residents had complained that the building closed too\nearly for students who wanted to study in the evenings, officials\nsaid.'],
      [1, 'Dr. Lee agreed.'],
      [1, 'Mr. Park did not.'],
    ]);
  });
});
