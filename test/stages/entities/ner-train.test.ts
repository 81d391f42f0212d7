/** Training of the name tagger on an invented corpus: deterministic, and it learns. */
import { describe, expect, it } from 'vitest';
import { setRuleFeatures, tokenize, type Token } from '../../../src/stages/entities/ner-features.js';
import { NER_CLASSES } from '../../../src/stages/entities/ner-model.js';
import { encodeNerModel } from '../../../src/stages/entities/ner-model-format.js';
import { trainNerModel, type TrainDocument } from '../../../src/stages/entities/ner-train.js';

/** A sentence with its names marked [PER Xyla Bontu]; returns tokens and gold class indexes. */
function sentence(marked: string): { tokens: Token[]; gold: number[] } {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  let text = '';
  for (const part of marked.split(/(\[[A-Z]+ [^\]]+\])/)) {
    const m = /^\[([A-Z]+) (.+)\]$/.exec(part);
    if (m) {
      spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1]! });
      text += m[2]!;
    } else text += part;
  }
  const tokens = tokenize(text, 0, text.length);
  setRuleFeatures(tokens, []);
  const gold = tokens.map((t, i) => {
    const g = spans.find((s) => t.start >= s.start && t.end <= s.end);
    if (!g) return 0;
    const inside = i > 0 && tokens[i - 1]!.start >= g.start;
    return NER_CLASSES.indexOf(`${inside ? 'I' : 'B'}-${g.type}` as (typeof NER_CLASSES)[number]);
  });
  return { tokens, gold };
}

const doc = (...lines: string[]): TrainDocument => {
  const s = lines.map(sentence);
  return { sentences: s.map((x) => x.tokens), gold: s.map((x) => x.gold) };
};

const CORPUS = (): TrainDocument[] => [
  doc('Minister [PER Xyla Bontu] met officials of the [ORG Trava Bank] in [LOC Kolmar] .', '[PER Bontu] said the [ORG Trava Bank] would lend more .'),
  doc('[PER Oren Vasko] , head of the [ORG Pell Union] , flew to [LOC Dravia] on Monday .', 'The [ORG Pell Union] backed [PER Vasko] .'),
  doc('Talks in [LOC Kolmar] ended when [PER Imra Sel] left the [ORG Nodd Council] .', '[PER Sel] told reporters the [ORG Nodd Council] was split .'),
  doc('The [ORG Kesh Bank] hired [PER Tovan Reyes] as chief economist .', '[PER Reyes] moved from [LOC Dravia] last year .'),
];

describe('trainNerModel', () => {
  const options = { epochs: 4, folds: 2, minWeight: 0 };
  it('gives the same bytes for the same documents and options (a seeded shuffle, no clock)', () => {
    const encode = () => encodeNerModel({ source: 'invented', fingerprint: 'f', fingerprintParts: {}, training: {}, ...trainNerModel(CORPUS(), options) });
    expect(Buffer.from(encode()).equals(Buffer.from(encode()))).toBe(true);
    const reseeded = encodeNerModel({ source: 'invented', fingerprint: 'f', fingerprintParts: {}, training: {}, ...trainNerModel(CORPUS(), { ...options, seed: 7 }) });
    expect(Buffer.from(reseeded).equals(Buffer.from(encode()))).toBe(false);
  });
  it('learns from the corpus: an organisation head scores I-ORG over O, a title makes the next word a person', () => {
    const m = trainNerModel(CORPUS(), options);
    const C = NER_CLASSES.length;
    const weight = (template: string, value: string, cls: string, pass = 0) => {
      const t = m.templates.indexOf(template);
      const a = m.vocabulary.indexOf(value);
      for (let f = 0; f < m.keys.length / 3; f++) if (m.keys[3 * f] === t && m.keys[3 * f + 1] === a && m.keys[3 * f + 2] === -1) return m.weights[f * 2 * C + pass * C + NER_CLASSES.indexOf(cls as (typeof NER_CLASSES)[number])]!;
      return 0;
    };
    expect(weight('w=', 'bank', 'I-ORG')).toBeGreaterThan(weight('w=', 'bank', 'O'));
    expect(weight('pw=', 'minister', 'B-PER')).toBeGreaterThan(weight('pw=', 'minister', 'B-ORG'));
    // the transitions forbid nothing they should allow: O to B-PER learnt, the start row stored
    expect(m.transitions).toHaveLength(2);
    expect(m.transitions[0]!.from).toHaveLength((C + 1) * C);
  });
});
