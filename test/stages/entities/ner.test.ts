/** The name tagger shipped in src/generated/ner-model.bin (trained by npm run train:ner). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Casing, casingOf, docWords, featureStrings, readableTokens, setRuleFeatures, shape, tokenize, type Token } from '../../../src/stages/entities/ner-features.js';
import { allowed, constraints, docLabels, mentionsOf, NER_CLASSES, rows, tagDocument, tagSentence, viterbi, type Transitions } from '../../../src/stages/entities/ner-model.js';
import { decodeNerModel, denseWeights } from '../../../src/stages/entities/ner-model-format.js';

const C = NER_CLASSES.length;
const toks = (s: string) => tokenize(s, 0, s.length);
const tag = (s: string) => {
  const tokens = toks(s);
  const tags = tagSentence(tokens, docWords([tokens]));
  return mentionsOf(tokens, tags).map((m) => [s.slice(m.start, m.end), m.type]);
};

describe('tokenize', () => {
  it('splits punctuation and a possessive off, keeps abbreviations, initials and inner marks', () => {
    const s = "U.S. envoy O'Neil met Mr. Abu-Zeid and Maria T. Okafor in Kazakhstan's capital, Astana.";
    expect(toks(s).map((t) => t.text)).toEqual(['U.S.', 'envoy', "O'Neil", 'met', 'Mr.', 'Abu-Zeid', 'and', 'Maria', 'T.', 'Okafor', 'in', 'Kazakhstan', "'s", 'capital', ',', 'Astana', '.']);
  });
  it('gives offsets into the text', () => {
    const s = 'Say: "Hello, Aigul."';
    for (const t of toks(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('readableTokens', () => {
  const readable = (s: string) => {
    const t = toks(s);
    const r = readableTokens(t);
    return t.filter((_, i) => r[i]).map((x) => x.text);
  };
  it('reads capitalised words and digits, and between two parts of a name its small words and particles', () => {
    expect(readable('the Bank of England and the talks of 2024 with Osama bin Laden')).toEqual(['Bank', 'of', 'England', '2024', 'Osama', 'bin', 'Laden']);
    expect(readable('Jean du Plessis met Ursula von der Leyen , then the Children \'s Fund')).toEqual(['Jean', 'du', 'Plessis', 'Ursula', 'von', 'der', 'Leyen', 'Children', "'s", 'Fund']);
  });
  it('reads the marks and syllables of names written with spaces, and a nickname\'s quote marks', () => {
    expect(readable('Kim Hee - sun and Mustafa al - Kadhimi met James O ’ Brien')).toEqual(['Kim', 'Hee', '-', 'sun', 'and', 'Mustafa', 'al', '-', 'Kadhimi', 'James', 'O', '’', 'Brien']);
    expect(readable('Dwayne " The Rock " Johnson said " yes " to it')).toEqual(['Dwayne', '"', 'The', 'Rock', '"', 'Johnson']);
  });
});

describe('casingOf', () => {
  it('tells prose from a title-case headline and a line of capitals', () => {
    expect(casingOf(toks('Ministers met in Astana on Friday .'))).toBe(Casing.Prose);
    expect(casingOf(toks('Will the Plan to Rebuild Kabul Work ?'))).toBe(Casing.Title);
    expect(casingOf(toks('SOCCER - IRISH WIN 5-0 .'))).toBe(Casing.Caps);
  });
});

describe('shape', () => {
  it('describes word shapes compactly', () => {
    expect([shape('Putin'), shape('NATO'), shape('1996-08-30'), shape("O'Neil")]).toEqual(['Xx', 'X', 'd-d-d', "X'Xx"]);
  });
});

describe('viterbi', () => {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const score = (tags: number[], e: Float64Array, t: Transitions) => tags.reduce((s, y, i) => s + e[i * C + y]! + t.from[(i ? tags[i - 1]! : C) * C + y]!, 0) + t.end[tags[tags.length - 1]!]!;
  /** Every allowed sequence of n tags (n small). */
  const all = (n: number, readable: Uint8Array): number[][] => {
    let out: number[][] = [[]];
    for (let i = 0; i < n; i++) out = out.flatMap((p) => (readable[i] ? NER_CLASSES.map((_, c) => c) : [0]).filter((c) => allowed(i ? NER_CLASSES[p[i - 1]!]! : null, NER_CLASSES[c]!)).map((c) => [...p, c]));
    return out;
  };
  it('finds the best allowed sequence and each token\'s margin over the best sequence that tags it otherwise', () => {
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + (trial % 4);
      const readable = Uint8Array.from({ length: n }, (_, i) => (trial % 3 === 0 && i === 1 ? 0 : 1));
      const e = Float64Array.from({ length: n * C }, () => random() * 10 - 5);
      const from = constraints().map((x) => x + random() * 4 - 2);
      const t = { from, end: Float64Array.from({ length: C }, () => random() * 2 - 1) };
      const tags = new Int32Array(n);
      const margins = new Float64Array(n);
      viterbi(n, e, readable, t, tags, margins);
      const seqs = all(n, readable);
      const best = seqs.reduce((b, s) => (score(s, e, t) > score(b, e, t) ? s : b));
      expect([...tags]).toEqual(best);
      for (let i = 0; i < n; i++) {
        const other = seqs.filter((s) => s[i] !== best[i]).map((s) => score(s, e, t));
        expect(margins[i]).toBeCloseTo(readable[i] ? score(best, e, t) - Math.max(...other) : Infinity, 9);
      }
    }
  });
  it('never starts a name with an I- tag', () => {
    expect(allowed(null, 'I-PER')).toBe(false);
    expect(allowed('O', 'I-PER')).toBe(false);
    expect(allowed('B-PER', 'I-PER')).toBe(true);
    expect(allowed('B-ORG', 'I-PER')).toBe(false);
  });
});

describe('tagSentence', () => {
  it('finds people, organisations and places in a wire sentence', () => {
    const found = tag('Russian President Vladimir Putin told Reuters on Friday that Gazprom would keep supplying Germany .');
    expect(found).toEqual(expect.arrayContaining([['Vladimir Putin', 'PER'], ['Reuters', 'ORG'], ['Gazprom', 'ORG'], ['Germany', 'LOC']]));
  });
  it('keeps lower-case prose outside names', () => {
    expect(tag('the talks went on for hours and nobody left .')).toEqual([]);
  });
});

describe('setRuleFeatures', () => {
  const s = 'Minister Asel Karaulova met Kazinform staff .';
  const tokens = toks(s);
  setRuleFeatures(tokens, [
    { start: s.indexOf('Asel'), end: s.indexOf(' met'), type: 'person', method: 'title' },
    { start: s.indexOf('Kazinform'), end: s.indexOf(' staff'), type: 'organization', method: 'agency' },
  ]);
  const rules = (w: string) => tokens.find((t) => t.text === w)!.rules;
  it('gives each token the rules\' reading of it (B/I), the rule, and its neighbours\' readings', () => {
    expect(rules('Asel')).toEqual(['B-person', 'title|B', 'O', 'I-person']);
    expect(rules('Karaulova')).toEqual(['I-person', 'title|I', 'B-person', 'O']);
    expect(rules('Kazinform')).toEqual(['B-organization', 'agency|B', 'O', 'O']);
    expect(rules('Minister')).toEqual(['O', 'none', '<s>', 'B-person']);
    expect(rules('staff')).toBeUndefined();
  });
  it('hands them to the tagger with the context features', () => {
    const i = tokens.findIndex((t) => t.text === 'Asel');
    expect(featureStrings(tokens, i, docWords([tokens]))).toEqual(expect.arrayContaining(['r=B-person', 'rm=title|B', 'r-1=O', 'r+1=I-person']));
  });
});

describe('featureStrings', () => {
  it('gives a first name alone its lexicon class, its run\'s neighbours and the article\'s cues', () => {
    const s = 'Talks ended . Maria said the Koshi , Gandaki and Karnali rivers rose . Mr Tanaka left .';
    const tokens = toks(s);
    const doc = docWords([tokens]);
    const at = (w: string) => featureStrings(tokens, tokens.findIndex((t) => t.text === w), doc);
    expect(at('Maria')).toEqual(expect.arrayContaining(['lex=F', 'run-after=said']));
    expect(at('Gandaki')).toEqual(expect.arrayContaining(['run-before=the', 'run-after=rivers']));
    expect(at('Tanaka')).toEqual(expect.arrayContaining(['doc-cue=title']));
  });
});

describe('tagDocument', () => {
  // the shipped model read as strings: feature text -> row, as training named them
  const m = decodeNerModel(readFileSync(new URL('../../../src/generated/ner-model.bin', import.meta.url)));
  const weights = denseWeights(m);
  const row = new Map<string, number>();
  for (let f = 0; f < m.header.features; f++) {
    const [t, a, b] = [m.keys[3 * f]!, m.keys[3 * f + 1]!, m.keys[3 * f + 2]!];
    row.set(m.header.templates[t]! + m.vocabulary[a]! + (b >= 0 ? `|${m.vocabulary[b]!}` : ''), f);
  }
  const trans = (k: number): Transitions => ({ from: constraints().map((x, i) => x + m.header.transitions[k]!.from[i]! / m.header.scale), end: Float64Array.from(m.header.transitions[k]!.end, (x) => x / m.header.scale) });
  /** One pass over a sentence by summing the rows of its feature strings. */
  const reference = (tokens: readonly Token[], doc: ReturnType<typeof docWords>, pass: number, labels?: ReadonlyMap<string, string>) => {
    const readable = readableTokens(tokens);
    const e = new Float64Array(tokens.length * C);
    tokens.forEach((_, i) => {
      if (!readable[i]) return;
      for (const f of featureStrings(tokens, i, doc, labels)) {
        const r = row.get(f);
        if (r !== undefined) for (let c = 0; c < C; c++) e[i * C + c]! += weights[r * 2 * C + pass * C + c]! / m.header.scale;
      }
    });
    const tags = new Int32Array(tokens.length);
    viterbi(tokens.length, e, readable, trans(pass), tags);
    return tags;
  };
  it('tags as the feature strings do: its ids, memos and cached sums equal summing every feature\'s row', () => {
    const text = 'Asel Karaulova, president of the Kazakhstan Press Club, met Reuters staff in Astana . ' +
      'Karaulova said the Club would ask ( RTK ) and Gazprom Neft for help . VAN DER BERG WINS IN PARIS . ' +
      'Mr. Abu-Zeid of the Bank of England told Karaulova that Kazinform had 3,000 readers .';
    let at = 0;
    const sentences = text.split(' . ').map((s) => {
      const start = text.indexOf(s, at);
      at = start + s.length;
      const tokens = tokenize(text, start, start + s.length);
      setRuleFeatures(tokens, [{ start: text.indexOf('Asel'), end: text.indexOf(','), type: 'person', method: 'title' }]);
      return tokens;
    });
    const doc = docWords(sentences);
    const first = sentences.map((s) => reference(s, doc, 0));
    expect(tagDocument(sentences, doc, undefined, false)).toEqual(first.map((t) => Array.from(t, (c) => NER_CLASSES[c]!)));
    const labels = docLabels(sentences, first);
    const second = sentences.map((s) => Array.from(reference(s, doc, 1, labels), (c) => NER_CLASSES[c]!));
    expect(tagDocument(sentences, doc)).toEqual(second);
    expect(second.flat().filter((x) => x !== 'O').length).toBeGreaterThan(8);
  });
});

describe('rows (the tagger\'s scratch buffers)', () => {
  it('grows a buffer keeping what it holds, and keeps one of the usual size as it is', () => {
    const small = Float64Array.from([1, 2, 3]);
    const grown = rows(small, 5);
    expect(grown.length).toBeGreaterThanOrEqual(5);
    expect(Array.from(grown.subarray(0, 3))).toEqual([1, 2, 3]);
    const usual = new Float64Array(4096);
    expect(rows(usual, 10)).toBe(usual);
  });

  it('lets a large article\'s buffer go when a usual one follows, keeping the numbers asked for', () => {
    const large = new Float64Array(1 << 22);
    large.set([7, 8, 9]);
    const after = rows(large, 3);
    expect(after.length).toBeLessThan(large.length);
    expect(Array.from(after.subarray(0, 3))).toEqual([7, 8, 9]);
    // (a large buffer still mostly needed is kept)
    expect(rows(large, 1 << 21)).toBe(large);
  });
});
