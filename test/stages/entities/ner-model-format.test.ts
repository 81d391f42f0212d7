/** ner-model.bin's layout: what encodeNerModel writes, decodeNerModel reads back, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { decodeNerModel, encodeNerModel, NER_MODEL_FORMAT_VERSION, type NerModelInput } from '../../../src/stages/entities/ner-model-format.js';

/** An invented model of 2 classes and 2 passes (rows of 4 scores). */
const model = (): NerModelInput => ({
  source: 'invented for a test',
  epochs: 1,
  classes: ['O', 'B-X'],
  scale: [1.5, 2.25],
  fingerprint: 'f',
  fingerprintParts: { templates: 't' },
  features: ['b', 'w=zürich', 'pt|w=O|ábc', 'only-second'],
  weights: Int16Array.from([
    1, -2, 3, 0,
    32767, -32768, 0, 0,
    0, 0, 0, 0,
    0, 0, 0, 7,
  ]),
});

describe('encodeNerModel and decodeNerModel', () => {
  it('read back every feature, weight and header field, storing only the non-zero weights', () => {
    const bytes = encodeNerModel(model());
    const back = decodeNerModel(bytes);
    expect(back.features).toEqual(model().features);
    expect([...back.weights]).toEqual([...model().weights]);
    expect(back.header).toMatchObject({ source: 'invented for a test', classes: ['O', 'B-X'], scale: [1.5, 2.25], fingerprint: 'f', fingerprintParts: { templates: 't' }, features: 4, weights: 6 });
    // sparse: 6 weights of 2 bytes, not 16
    expect(bytes.length).toBe(12 + back.header.features * 4 + 6 * 2 + padded(JSON.stringify(back.header)) + padded(model().features.join('\n')));
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
    expect([...decodeNerModel(shifted.subarray(3)).weights]).toEqual([...model().weights]);
  });
  it('refuse a feature holding a line break (the separator) and weights that do not fill the rows', () => {
    expect(() => encodeNerModel({ ...model(), features: ['a\nb', 'c', 'd', 'e'] })).toThrow(/line break/);
    expect(() => encodeNerModel({ ...model(), weights: new Int16Array(3) })).toThrow(/3 weights for 4 rows/);
  });
  it('refuse other files, other versions and cut files with a message saying which', () => {
    const bytes = encodeNerModel(model());
    expect(() => decodeNerModel(new TextEncoder().encode('{"not":"a model"}'))).toThrow(/does not start with "AANM"/);
    const later = bytes.slice();
    new DataView(later.buffer).setUint32(4, 2, true);
    expect(() => decodeNerModel(later)).toThrow(/format is version 2/);
    expect(() => decodeNerModel(bytes.subarray(0, bytes.length - 2))).toThrow(/bytes where the header's counts make/);
  });
});

/** Bytes of a UTF-8 section padded to 4. */
function padded(s: string): number {
  return (new TextEncoder().encode(s).length + 3) & ~3;
}
