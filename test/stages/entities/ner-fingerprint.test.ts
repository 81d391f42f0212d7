/** The tagger's fingerprint: of what its features consult, by content; the shipped model's must match the code's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFeatures, docWords, prepare, setRuleFeatures, TEMPLATES, tokenize, wordFeatures } from '../../../src/stages/entities/ner-features.js';
import { fingerprintParts, fingerprintSources, nerFingerprint } from '../../../src/stages/entities/ner-fingerprint.js';
import { decodeNerModel } from '../../../src/stages/entities/ner-model-format.js';
import { docLabels, tagWith } from '../../../src/stages/entities/ner-model.js';

const shipped = decodeNerModel(readFileSync(new URL('../../../src/generated/ner-model.bin', import.meta.url)));

/** Whether a template names feature `f`: a flag by its whole name, a valued feature by its prefix. */
const named = (f: string) => TEMPLATES.some((t) => t.prefix !== '' && (f === t.prefix || (/[=|]$/.test(t.prefix) && f.startsWith(t.prefix))));

describe('the shipped model', () => {
  it('was trained with the feature templates and word lists of this code', () => {
    const parts = fingerprintParts();
    const drifted = Object.keys({ ...parts, ...shipped.header.fingerprintParts }).filter((k) => parts[k] !== shipped.header.fingerprintParts[k]);
    expect(drifted, 'stale model: run npm run train:ner').toEqual([]);
    expect(shipped.header.fingerprint, 'stale model: run npm run train:ner').toBe(nerFingerprint(parts));
  });
  it('holds only features a template of the code names', () => {
    expect(shipped.features.filter((f) => !named(f)).slice(0, 5)).toEqual([]);
  });
});

describe('nerFingerprint', () => {
  const sources = () => Object.fromEntries(Object.entries(fingerprintSources()).map(([k, v]) => [k, [...v]]));
  const current = fingerprintParts();
  it('depends on the words of a list, not on their order or on where the list is written', () => {
    const shuffled = Object.fromEntries(Object.entries(sources()).map(([k, v]) => [k, [...v].reverse()]));
    expect(nerFingerprint(fingerprintParts(shuffled))).toBe(nerFingerprint(current));
  });
  it('changes when a list gains a word or a template is renamed, in that part alone', () => {
    const more = sources();
    more.orgHeads!.push('consortium-of-invented-words');
    const renamed = sources();
    renamed.templates = renamed.templates!.map((t) => (t === 'pw=' ? 'prev=' : t));
    for (const [changed, part] of [[more, 'orgHeads'], [renamed, 'templates']] as const) {
      const parts = fingerprintParts(changed);
      expect(nerFingerprint(parts)).not.toBe(nerFingerprint(current));
      expect(Object.keys(parts).filter((k) => parts[k] !== current[k])).toEqual([part]);
    }
  });
  it('covers every feature the tagger builds: each is named by a template', () => {
    const s = 'Minister Asel Karaulova told KAZINFORM that Kazakh Railways of Astana ( KTZ ) hired Dr. O\'Neil .';
    const tokens = tokenize(s, 0, s.length);
    setRuleFeatures(tokens, [{ start: s.indexOf('Asel'), end: s.indexOf(' told'), type: 'person', method: 'title' }]);
    const doc = docWords([tokens, tokenize('NEW TALKS IN ASTANA', 0, 19)]);
    const seen = new Set<string>();
    const prep = prepare(tokens);
    tokens.forEach((t, i) => {
      for (const f of [...wordFeatures(t.text, prep.lower[i]!, prep.shape[i]!, prep.lex[i]!, doc, true), ...contextFeatures(tokens, i, prep, doc)]) seen.add(f);
    });
    // the previous-tag and document-label features, as training sees them
    const labels = docLabels([tokens], [tokens.map((t) => (/^\p{Lu}/u.test(t.text) ? 1 : 0))]);
    tagWith(tokens, doc, new Map(), labels, (features, _i, guess) => {
      for (const f of features) seen.add(f);
      return guess;
    });
    expect(seen.size).toBeGreaterThan(100);
    expect([...seen].filter((f) => !named(f))).toEqual([]);
  });
});
