/** The tagger's fingerprint: of what its features consult, by content; the shipped model's must match the code's. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../src/stages/entities/ner-features.js';
import { fingerprintParts, fingerprintSources, nerFingerprint } from '../../../src/stages/entities/ner-fingerprint.js';
import { decodeNerModel, denseWeights, encodeNerModel } from '../../../src/stages/entities/ner-model-format.js';

const bytes = readFileSync(new URL('../../../src/generated/ner-model.bin', import.meta.url));
const shipped = decodeNerModel(bytes);
const shippedWeights = denseWeights(shipped);

describe('the shipped model', () => {
  it('was trained with the feature templates and word lists of this code', () => {
    const parts = fingerprintParts();
    const drifted = Object.keys({ ...parts, ...shipped.header.fingerprintParts }).filter((k) => parts[k] !== shipped.header.fingerprintParts[k]);
    expect(drifted, 'stale model: run npm run train:ner').toEqual([]);
    expect(shipped.header.fingerprint, 'stale model: run npm run train:ner').toBe(nerFingerprint(parts));
  });
  it('names only templates of the code, and every feature has a weight', () => {
    const code = new Set(TEMPLATES.map((t) => t.prefix));
    expect(shipped.header.templates.filter((t) => !code.has(t))).toEqual([]);
    const width = shipped.header.classes.length * shipped.header.passes;
    let empty = 0;
    for (let f = 0; f < shipped.header.features; f++) if (shippedWeights.subarray(f * width, (f + 1) * width).every((x) => x === 0)) empty++;
    expect(empty).toBe(0);
  });
  it('says what it was trained on, and encodes back to the same bytes (npm run train:ner writes them so)', () => {
    expect(shipped.header.training).toMatchObject({ worldSplit: 'positions 0 and 2 mod 4' });
    expect(shipped.header.source).toMatch(/CoNLL-2003 eng\.train.*Worldwide Newswire/);
    // the header without the counts encodeNerModel computes
    const { vocabulary: _v, vocabularyBytes: _vb, features: _f, keyBytes: _k, weights: _w, ...header } = shipped.header;
    const again = encodeNerModel({ ...header, vocabulary: shipped.vocabulary, keys: shipped.keys, weights: shippedWeights });
    expect(createHash('sha256').update(again).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
  it('stays within the package budget (5 MB)', () => {
    expect(bytes.length).toBeLessThanOrEqual(5_000_000);
  });
});

describe('nerFingerprint', () => {
  const sources = () => Object.fromEntries(Object.entries(fingerprintSources()).map(([k, v]) => [k, [...v]]));
  const current = fingerprintParts();
  it('depends on the words of a list, not on their order or on where the list is written', () => {
    const shuffled = Object.fromEntries(Object.entries(sources()).map(([k, v]) => [k, [...v].reverse()]));
    expect(nerFingerprint(fingerprintParts(shuffled))).toBe(nerFingerprint(current));
  });
  it('changes when a list gains a word, the knowledge list an entry or a template is renamed, in that part alone', () => {
    const more = sources();
    more.orgHeads!.push('consortium-of-invented-words');
    const known = sources();
    known.knownEntities!.push('Invented Broadcasting Cooperative\torganization\tbroadcaster\tIBC');
    const renamed = sources();
    renamed.templates = renamed.templates!.map((t) => (t === 'pw=' ? 'prev=' : t));
    for (const [changed, part] of [[more, 'orgHeads'], [known, 'knownEntities'], [renamed, 'templates']] as const) {
      const parts = fingerprintParts(changed);
      expect(nerFingerprint(parts)).not.toBe(nerFingerprint(current));
      expect(Object.keys(parts).filter((k) => parts[k] !== current[k])).toEqual([part]);
    }
  });
});
