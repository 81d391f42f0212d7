/** The name tagger shipped in src/generated/ner-model.ts (trained by npm run train:ner). */
import { describe, expect, it } from 'vitest';
import { docWords, shape, tokenize } from '../../src/stages/entities/ner-features.js';
import { allowed, mentionsOf, tagSentence } from '../../src/stages/entities/ner-model.js';

const tag = (s: string) => {
  const tokens = tokenize(s, 0, s.length);
  const tags = tagSentence(tokens, docWords([tokens]));
  return mentionsOf(tokens, tags).map((m) => [s.slice(m.start, m.end), m.type]);
};

describe('tokenize', () => {
  it('splits punctuation and a possessive off, keeps abbreviations and inner marks', () => {
    const s = "U.S. envoy O'Neil met Mr. Abu-Zeid in Kazakhstan's capital, Astana.";
    expect(tokenize(s, 0, s.length).map((t) => t.text)).toEqual(['U.S.', 'envoy', "O'Neil", 'met', 'Mr.', 'Abu-Zeid', 'in', 'Kazakhstan', "'s", 'capital', ',', 'Astana', '.']);
  });
  it('gives offsets into the text', () => {
    const s = 'Say: "Hello, Aigul."';
    for (const t of tokenize(s, 0, s.length)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('tagSentence', () => {
  it('finds people, organisations and places in a wire sentence', () => {
    const found = tag('Russian President Vladimir Putin told Reuters on Friday that Gazprom would keep supplying Germany .');
    expect(found).toEqual(expect.arrayContaining([['Vladimir Putin', 'PER'], ['Reuters', 'ORG'], ['Gazprom', 'ORG'], ['Germany', 'LOC']]));
  });
  it('never starts a name with an I- tag and keeps lower-case words outside names', () => {
    expect(allowed('O', 'I-PER')).toBe(false);
    expect(allowed('B-PER', 'I-PER')).toBe(true);
    expect(tag('the talks went on for hours and nobody left .')).toEqual([]);
  });
  it('describes word shapes compactly', () => {
    expect([shape('Putin'), shape('NATO'), shape('1996-08-30'), shape("O'Neil")]).toEqual(['Xx', 'X', 'd-d-d', "X'Xx"]);
  });
});
