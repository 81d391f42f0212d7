/** The name tagger shipped in src/generated/ner-model.bin (trained by npm run train:ner). */
import { describe, expect, it } from 'vitest';
import { contextFeatures, docWords, prepare, setRuleFeatures, shape, tokenize } from '../../../src/stages/entities/ner-features.js';
import { allowed, mentionsOf, tagDocument, tagSentence } from '../../../src/stages/entities/ner-model.js';

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

describe('setRuleFeatures', () => {
  const s = 'Minister Asel Karaulova met Kazinform staff .';
  const tokens = tokenize(s, 0, s.length);
  setRuleFeatures(tokens, [
    { start: s.indexOf('Asel'), end: s.indexOf(' met'), type: 'person', method: 'title' },
    { start: s.indexOf('Kazinform'), end: s.indexOf(' staff'), type: 'organization', method: 'agency' },
  ]);
  const feats = (w: string) => tokens.find((t) => t.text === w)!.rules;
  it('gives each token the rules\' reading of it (B/I), the rule, and its neighbours\' readings', () => {
    expect(feats('Asel')).toEqual(['r=B-person', 'rm=title|B', 'r-1=O', 'r+1=I-person']);
    expect(feats('Karaulova')).toEqual(['r=I-person', 'rm=title|I', 'r-1=B-person', 'r+1=O']);
    expect(feats('Kazinform')).toEqual(['r=B-organization', 'rm=agency|B', 'r-1=O', 'r+1=O']);
    expect(feats('Minister')).toEqual(['r=O', 'rm=none', 'r-1=<s>', 'r+1=B-person']);
  });
  it('hands them to the tagger with the context features', () => {
    const i = tokens.findIndex((t) => t.text === 'Asel');
    expect(contextFeatures(tokens, i, prepare(tokens))).toEqual(expect.arrayContaining(['r=B-person', 'rm=title|B']));
  });
});

describe('tagDocument', () => {
  it('tags as the feature strings do: its summed rows and memo equal tagWith, sentence by sentence', () => {
    // the runtime path (flat rows, parts looked up without strings) against the training path
    const text = 'Asel Karaulova, president of the Kazakhstan Press Club, met Reuters staff in Astana . ' +
      'Karaulova said the Club would ask ( RTK ) and Gazprom Neft for help . VAN DER BERG WINS IN PARIS . ' +
      'Mr. Abu-Zeid of the Bank of England told Karaulova that Kazinform had 3,000 readers .';
    const sentences = text.split(' . ').map((s) => s.trim()).filter(Boolean);
    let at = 0;
    const toks = sentences.map((s) => {
      const start = text.indexOf(s, at);
      at = start + s.length;
      const tokens = tokenize(text, start, start + s.length);
      setRuleFeatures(tokens, [{ start: text.indexOf('Asel'), end: text.indexOf(','), type: 'person', method: 'title' }]);
      return tokens;
    });
    const dw = docWords(toks);
    const fast = tagDocument(toks, dw, undefined, false);
    expect(fast).toEqual(toks.map((t) => tagSentence(t, dw)));
    expect(fast.flat().filter((x) => x !== 'O').length).toBeGreaterThan(8);
  });
});
