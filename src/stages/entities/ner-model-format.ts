/**
 * The name tagger's weights as one binary file (ner-model.bin), read and written here without
 * I/O (bytes in, bytes out). Layout, little-endian, every section starting on a 4-byte boundary:
 *
 *   magic "AANM" | uint32 version (2) | uint32 header length H | header: H bytes of UTF-8 JSON
 *   (NerModelHeader), padded with spaces | vocabulary: the feature values, UTF-8, joined by
 *   "\n", header.vocabularyBytes long, padded with NULs | keys: per feature its template and
 *   value ids as varints (template and first value as zigzag deltas from the previous
 *   feature's, second value + 1), header.keyBytes long, padded with NULs | one uint32 per
 *   feature: which of the passes x classes scores it has (bit pass * C + class) | int16
 *   weights: the scores the masks name, feature by feature, in bit order (header.weights).
 *
 * Version 1 named features by strings ("pw=the"); version 2 by integer keys, so that the
 * tagger looks them up without building a string (ner-feature-index.ts).
 */

/** The file's first four bytes. */
const MAGIC = 'AANM';
/** The layout this code reads and writes. */
export const NER_MODEL_FORMAT_VERSION = 2;

/** One pass's transition scores (int16 units, as the weights): `from` (C + 1) x C, the last
 *  row from the sentence start; `end` C. */
export interface StoredTransitions {
  from: number[];
  end: number[];
}

/** What the file says of itself, in its JSON header. */
export interface NerModelHeader {
  /** Where the weights come from (data, licence). */
  source: string;
  /** Training epochs per perceptron. */
  epochs: number;
  /** Class names, in the order of each row's scores. */
  classes: string[];
  /** Template names, by the number the keys use (ner-features.ts TEMPLATES). */
  templates: string[];
  /** Number of passes (perceptrons): each row holds passes x classes scores. */
  passes: number;
  /** The factor the averaged weights were multiplied by before rounding to int16. */
  scale: number;
  /** Per pass, its transition scores. */
  transitions: StoredTransitions[];
  /** Fingerprint of the feature templates and word lists the model was trained with (ner-fingerprint.ts). */
  fingerprint: string;
  /** The fingerprint of each part, so that a stale model can say what changed. */
  fingerprintParts: Record<string, string>;
  /** What training read and how (data files' hashes, options): the same inputs give the same bytes. */
  training: Record<string, string | number>;
  /** Number of vocabulary values. */
  vocabulary: number;
  /** Byte length of the vocabulary section (before padding). */
  vocabularyBytes: number;
  /** Number of features (rows). */
  features: number;
  /** Byte length of the keys section (before padding). */
  keyBytes: number;
  /** Number of stored (non-zero) int16 weights. */
  weights: number;
}

/** A decoded model. */
export interface NerModelData {
  header: NerModelHeader;
  /** Feature values; value i has id i. */
  vocabulary: string[];
  /** Per feature (row) three numbers: template, first value id, second value id (-1: none). */
  keys: Int32Array;
  /** Per row, which of its scores are stored: bit pass * C + class (row r: pass 0's scores for
   *  every class, then pass 1's, ...). */
  masks: Uint32Array;
  /** Per row, where its stored scores start in `values`. */
  starts: Uint32Array;
  /** The stored (non-zero) scores, row by row, each row's in bit order: read straight over the
   *  file's bytes, where spreading them into dense rows (145,000 x 18) cost ~15 ms on first use. */
  values: Int16Array;
}

/** Bits set in a 32-bit mask. */
export function bitCount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** A decoded model's scores as dense rows of classes x passes (zeros where none is stored). */
export function denseWeights(model: NerModelData): Int16Array {
  const width = rowWidth(model.header.classes.length, model.header.passes);
  const out = new Int16Array(model.masks.length * width);
  for (let f = 0; f < model.masks.length; f++) {
    let p = model.starts[f]!;
    for (let k = 0; k < width; k++) if (model.masks[f]! & (1 << k)) out[f * width + k] = model.values[p++]!;
  }
  return out;
}

/** What encodeNerModel needs: the header without the counts it computes itself. */
export type NerModelInput = Omit<NerModelHeader, 'vocabulary' | 'vocabularyBytes' | 'features' | 'keyBytes' | 'weights'> & {
  vocabulary: readonly string[];
  keys: Int32Array;
  /** Dense rows, as in NerModelData. */
  weights: Int16Array;
};

const pad4 = (n: number) => (n + 3) & ~3;
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n: number) => (n & 1 ? -(n + 1) / 2 : n / 2);

/** Append `n` (a non-negative integer below 2^35) as a varint. */
function pushVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** The bytes of ner-model.bin for a model (dense rows in, sparse rows out). */
export function encodeNerModel(model: NerModelInput): Uint8Array {
  const { vocabulary, keys, weights, ...rest } = model;
  const width = rowWidth(rest.classes.length, rest.passes);
  const features = keys.length / 3;
  if (!Number.isInteger(features)) throw new Error(`ner model: ${keys.length} key numbers are not triples`);
  if (weights.length !== features * width) throw new Error(`ner model: ${weights.length} weights for ${features} rows of ${width}`);
  for (const v of vocabulary) if (v.includes('\n')) throw new Error(`ner model: a value holds a line break: ${JSON.stringify(v)}`);
  const strings = new TextEncoder().encode(vocabulary.join('\n'));
  const keyBytes: number[] = [];
  let t0 = 0;
  let a0 = 0;
  for (let f = 0; f < features; f++) {
    const [t, a, b] = [keys[3 * f]!, keys[3 * f + 1]!, keys[3 * f + 2]!];
    if (t < 0 || a < 0 || b < -1 || a >= vocabulary.length || b >= vocabulary.length) throw new Error(`ner model: feature ${f} has key (${t}, ${a}, ${b}) outside the vocabulary`);
    pushVarint(keyBytes, zigzag(t - t0));
    pushVarint(keyBytes, zigzag(t === t0 ? a - a0 : a));
    pushVarint(keyBytes, b + 1);
    t0 = t;
    a0 = a;
  }
  let stored = 0;
  for (const x of weights) if (x !== 0) stored++;
  const header: NerModelHeader = { ...rest, vocabulary: vocabulary.length, vocabularyBytes: strings.length, features, keyBytes: keyBytes.length, weights: stored };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerAt = 12;
  const stringsAt = headerAt + pad4(json.length);
  const keysAt = stringsAt + pad4(strings.length);
  const masksAt = keysAt + pad4(keyBytes.length);
  const valuesAt = masksAt + 4 * features;
  const out = new Uint8Array(valuesAt + 2 * stored);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, NER_MODEL_FORMAT_VERSION, true);
  view.setUint32(8, pad4(json.length), true);
  out.fill(0x20, headerAt, stringsAt);
  out.set(json, headerAt);
  out.set(strings, stringsAt);
  out.set(keyBytes, keysAt);
  let at = valuesAt;
  for (let f = 0; f < features; f++) {
    let mask = 0;
    for (let k = 0; k < width; k++) {
      const x = weights[f * width + k]!;
      if (x === 0) continue;
      mask |= 1 << k;
      view.setInt16(at, x, true);
      at += 2;
    }
    view.setUint32(masksAt + 4 * f, mask >>> 0, true);
  }
  return out;
}

/** Decode ner-model.bin's bytes; throws an Error saying what is wrong with a file it cannot read. */
export function decodeNerModel(bytes: Uint8Array): NerModelData {
  const fail = (why: string): never => {
    throw new Error(`not a name tagger model of format ${NER_MODEL_FORMAT_VERSION}: ${why}`);
  };
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) fail(`it does not start with "${MAGIC}"`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== NER_MODEL_FORMAT_VERSION) fail(`its format is version ${version}`);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) fail('its header runs past the end');
  let header: NerModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as NerModelHeader;
  } catch (e) {
    return fail(`its header is not JSON (${(e as Error).message})`);
  }
  const width = rowWidth(header.classes?.length ?? 0, header.passes ?? 0);
  const stringsAt = 12 + headerLength;
  const keysAt = stringsAt + pad4(header.vocabularyBytes);
  const masksAt = keysAt + pad4(header.keyBytes);
  const valuesAt = masksAt + 4 * header.features;
  if (valuesAt + 2 * header.weights !== bytes.length) fail(`${bytes.length} bytes where the header's counts make ${valuesAt + 2 * header.weights}`);
  const vocabulary = header.vocabulary ? new TextDecoder().decode(bytes.subarray(stringsAt, stringsAt + header.vocabularyBytes)).split('\n') : [];
  if (vocabulary.length !== header.vocabulary) fail(`${vocabulary.length} vocabulary values where the header counts ${header.vocabulary}`);
  const keys = new Int32Array(3 * header.features);
  let p = keysAt;
  const keysEnd = keysAt + header.keyBytes;
  const varint = (): number => {
    let n = 0;
    let mul = 1;
    for (;;) {
      if (p >= keysEnd) fail('its keys run past their section');
      const byte = bytes[p++]!;
      n += (byte & 0x7f) * mul;
      if (byte < 0x80) return n;
      mul *= 0x80;
    }
  };
  let t0 = 0;
  let a0 = 0;
  for (let f = 0; f < header.features; f++) {
    const t = t0 + unzigzag(varint());
    const da = unzigzag(varint());
    const a = t === t0 ? a0 + da : da;
    const b = varint() - 1;
    if (t < 0 || t >= header.templates.length || a < 0 || a >= vocabulary.length || b >= vocabulary.length) fail(`feature ${f} has key (${t}, ${a}, ${b}) outside its templates or vocabulary`);
    keys[3 * f] = t;
    keys[3 * f + 1] = a;
    keys[3 * f + 2] = b;
    t0 = t;
    a0 = a;
  }
  if (p !== keysEnd) fail('its keys section holds more than its features');
  // the masks and scores as typed arrays over the bytes when they are aligned (a Buffer from
  // readFileSync is) and the machine is little-endian, as the file; copied otherwise
  const aligned = bytes.byteOffset % 4 === 0 && LITTLE_ENDIAN;
  const masks = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset + masksAt, header.features) : Uint32Array.from({ length: header.features }, (_, f) => view.getUint32(masksAt + 4 * f, true));
  const values = aligned ? new Int16Array(bytes.buffer, bytes.byteOffset + valuesAt, header.weights) : Int16Array.from({ length: header.weights }, (_, i) => view.getInt16(valuesAt + 2 * i, true));
  const starts = new Uint32Array(header.features);
  let stored = 0;
  for (let f = 0; f < header.features; f++) {
    const mask = masks[f]!;
    if (width < 32 && mask >>> width) fail(`feature ${f}'s mask names scores beyond its ${width}`);
    starts[f] = stored;
    stored += bitCount(mask);
  }
  if (stored > header.weights) fail('its masks name more weights than it stores');
  if (stored < header.weights) fail('it stores more weights than its masks name');
  return { header, vocabulary, keys, masks, starts, values };
}

/** Is this machine little-endian (as the file)? */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Scores per row: every pass's classes (at most 32, the bits of a mask). */
function rowWidth(classes: number, passes: number): number {
  const width = classes * passes;
  if (!Number.isInteger(width) || width < 1 || width > 32) throw new Error(`not a name tagger model: ${classes} classes x ${passes} passes`);
  return width;
}
