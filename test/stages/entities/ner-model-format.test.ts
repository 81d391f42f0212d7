/** ner-model.bin's layout: what encodeNerModel writes, decodeNerModel reads back, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { decodeNerModel, denseWeights, encodeNerModel, NER_MODEL_FORMAT_VERSION, type NerModelInput } from '../../../src/stages/entities/ner-model-format.js';

/** An invented model of 2 classes and 2 passes (rows of 4 scores) over 3 templates. */
const model = (): NerModelInput => ({
  source: 'invented for a test',
  epochs: 1,
  classes: ['O', 'B-X'],
  templates: ['b', 'w=', 'pw|w='],
  passes: 2,
  scale: 1.5,
  transitions: [
    { from: [1, -2, 3, 4, 5, 6], end: [7, 8] },
    { from: [0, 0, 0, 0, 0, 0], end: [0, -1] },
  ],
  fingerprint: 'f',
  fingerprintParts: { templates: 't' },
  training: { data: 'none', epochs: 1 },
  vocabulary: ['', 'zürich', 'ábc', 'the'],
  // features (template, a, b): the bias, w=zürich, pw|w=the|ábc, w=the
  keys: Int32Array.from([0, 0, -1, 1, 1, -1, 2, 3, 2, 1, 3, -1]),
  weights: Int16Array.from([
    1, -2, 3, 0,
    32767, -32768, 0, 0,
    0, 0, 0, 7,
    0, 0, 0, 0,
  ]),
});

describe('encodeNerModel and decodeNerModel', () => {
  it('read back the vocabulary, every key, weight and header field, storing only the non-zero weights', () => {
    const bytes = encodeNerModel(model());
    const back = decodeNerModel(bytes);
    expect(back.vocabulary).toEqual(model().vocabulary);
    expect([...back.keys]).toEqual([...model().keys]);
    expect([...denseWeights(back)]).toEqual([...model().weights]);
    // the stored scores alone, each row's where its start says
    expect([...back.values]).toEqual([1, -2, 3, 32767, -32768, 7]);
    expect([...back.starts]).toEqual([0, 3, 5, 6]);
    expect(back.header).toMatchObject({ source: 'invented for a test', classes: ['O', 'B-X'], templates: ['b', 'w=', 'pw|w='], passes: 2, scale: 1.5, fingerprint: 'f', training: { data: 'none', epochs: 1 }, vocabulary: 4, features: 4, weights: 6 });
    expect(back.header.transitions).toEqual(model().transitions);
    // sparse: 6 weights of 2 bytes, not 16; a mask of 4 bytes per feature
    const h = back.header;
    expect(bytes.length).toBe(12 + padded(JSON.stringify(h)) + pad4(h.vocabularyBytes) + pad4(h.keyBytes) + 4 * 4 + 6 * 2);
  });
  it('write keys as small varints: a feature of one value costs three bytes here', () => {
    const back = decodeNerModel(encodeNerModel(model()));
    expect(back.header.keyBytes).toBe(12);
  });
  it('start with the magic and the version, and every section on a 4-byte boundary', () => {
    const bytes = encodeNerModel(model());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('AANM');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(4, true)).toBe(NER_MODEL_FORMAT_VERSION);
    expect(view.getUint32(8, true) % 4).toBe(0);
  });
  it('read bytes that do not start at offset 0 of their buffer', () => {
    const bytes = encodeNerModel(model());
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect([...denseWeights(decodeNerModel(shifted.subarray(3)))]).toEqual([...model().weights]);
  });
  it('refuse a value holding a line break (the separator), keys outside the vocabulary and weights that do not fill the rows', () => {
    expect(() => encodeNerModel({ ...model(), vocabulary: ['', 'a\nb', 'c', 'd'] })).toThrow(/line break/);
    expect(() => encodeNerModel({ ...model(), keys: Int32Array.from([0, 9, -1, 1, 1, -1, 2, 3, 2, 1, 3, -1]) })).toThrow(/outside the vocabulary/);
    expect(() => encodeNerModel({ ...model(), weights: new Int16Array(3) })).toThrow(/3 weights for 4 rows/);
  });
  it('refuse other files, other versions and cut files with a message saying which', () => {
    const bytes = encodeNerModel(model());
    expect(() => decodeNerModel(new TextEncoder().encode('{"not":"a model"}'))).toThrow(/does not start with "AANM"/);
    const earlier = bytes.slice();
    new DataView(earlier.buffer).setUint32(4, 1, true);
    expect(() => decodeNerModel(earlier)).toThrow(/format is version 1/);
    expect(() => decodeNerModel(bytes.subarray(0, bytes.length - 2))).toThrow(/bytes where the header's counts make/);
  });
});

const pad4 = (n: number) => (n + 3) & ~3;
/** Bytes of a UTF-8 section padded to 4. */
const padded = (s: string) => pad4(new TextEncoder().encode(s).length);
