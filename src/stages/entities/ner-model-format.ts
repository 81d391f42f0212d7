/**
 * The name tagger's weights as one binary file (ner-model.bin), read and written here without
 * I/O (bytes in, bytes out). Layout, little-endian, every section starting on a 4-byte boundary:
 *
 *   magic "AANM" | uint32 version (1) | uint32 header length H | header: H bytes of UTF-8 JSON
 *   (NerModelHeader), padded with spaces | feature strings: UTF-8, joined by "\n",
 *   header.stringBytes long, padded with NULs | one uint32 per feature: which of the
 *   passes x classes scores it has (bit pass * C + class) | int16 weights: the scores the
 *   masks name, feature by feature, in bit order (header.weights of them).
 *
 * Sparse on disk (most features score a few classes), a dense table in memory (one row of
 * passes x C scores per feature, the layout the tagger reads).
 */

/** The file's first four bytes. */
const MAGIC = 'AANM';
/** The layout this code reads and writes. */
export const NER_MODEL_FORMAT_VERSION = 1;

/** What the file says of itself, in its JSON header. */
export interface NerModelHeader {
  /** Where the weights come from (data, licence). */
  source: string;
  /** Training epochs per perceptron. */
  epochs: number;
  /** Class names, in the order of each row's scores. */
  classes: string[];
  /** Per pass: the factor the averaged weights were multiplied by before rounding to int16. */
  scale: number[];
  /** Fingerprint of the feature templates and word lists the model was trained with (ner-fingerprint.ts). */
  fingerprint: string;
  /** The fingerprint of each part, so that a stale model can say what changed. */
  fingerprintParts: Record<string, string>;
  /** Number of features (rows). */
  features: number;
  /** Number of stored (non-zero) int16 weights. */
  weights: number;
  /** Byte length of the feature strings section (before padding). */
  stringBytes: number;
}

/** A decoded model: feature strings and their dense rows of weights. */
export interface NerModelData {
  header: NerModelHeader;
  /** Feature strings; feature i owns row i of `weights`. */
  features: string[];
  /** Row i: pass 0's scores for every class, then pass 1's, ... (header.scale.length passes). */
  weights: Int16Array;
}

/** What encodeNerModel needs: the header without the counts it computes itself. */
export type NerModelInput = Omit<NerModelHeader, 'features' | 'weights' | 'stringBytes'> & {
  features: readonly string[];
  /** Dense rows, as in NerModelData. */
  weights: Int16Array;
};

const pad4 = (n: number) => (n + 3) & ~3;

/** The bytes of ner-model.bin for a model (dense rows in, sparse rows out). */
export function encodeNerModel(model: NerModelInput): Uint8Array {
  const { features, weights, ...rest } = model;
  const width = rowWidth(rest.classes.length, rest.scale.length);
  if (weights.length !== features.length * width) throw new Error(`ner model: ${weights.length} weights for ${features.length} rows of ${width}`);
  for (const f of features) if (f.includes('\n')) throw new Error(`ner model: a feature holds a line break: ${JSON.stringify(f)}`);
  const strings = new TextEncoder().encode(features.join('\n'));
  let stored = 0;
  for (const x of weights) if (x !== 0) stored++;
  const header: NerModelHeader = { ...rest, features: features.length, weights: stored, stringBytes: strings.length };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerAt = 12;
  const stringsAt = headerAt + pad4(json.length);
  const masksAt = stringsAt + pad4(strings.length);
  const valuesAt = masksAt + 4 * features.length;
  const out = new Uint8Array(valuesAt + 2 * stored);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, NER_MODEL_FORMAT_VERSION, true);
  view.setUint32(8, pad4(json.length), true);
  out.fill(0x20, headerAt, stringsAt);
  out.set(json, headerAt);
  out.set(strings, stringsAt);
  let at = valuesAt;
  for (let f = 0; f < features.length; f++) {
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
  const width = rowWidth(header.classes?.length ?? 0, header.scale?.length ?? 0);
  const stringsAt = 12 + headerLength;
  const masksAt = stringsAt + pad4(header.stringBytes);
  const valuesAt = masksAt + 4 * header.features;
  if (valuesAt + 2 * header.weights !== bytes.length) fail(`${bytes.length} bytes where the header's counts make ${valuesAt + 2 * header.weights}`);
  const text = new TextDecoder().decode(bytes.subarray(stringsAt, stringsAt + header.stringBytes));
  const features = header.features ? text.split('\n') : [];
  if (features.length !== header.features) fail(`${features.length} feature strings where the header counts ${header.features}`);
  const weights = new Int16Array(header.features * width);
  let at = valuesAt;
  const end = valuesAt + 2 * header.weights;
  for (let f = 0; f < header.features; f++) {
    const mask = view.getUint32(masksAt + 4 * f, true);
    for (let k = 0; k < width; k++) {
      if (!(mask & (1 << k))) continue;
      if (at >= end) fail('its masks name more weights than it stores');
      weights[f * width + k] = view.getInt16(at, true);
      at += 2;
    }
  }
  if (at !== end) fail('it stores more weights than its masks name');
  return { header, features, weights };
}

/** Scores per row: every pass's classes (at most 32, the bits of a mask). */
function rowWidth(classes: number, passes: number): number {
  const width = classes * passes;
  if (!Number.isInteger(width) || width < 1 || width > 32) throw new Error(`not a name tagger model: ${classes} classes x ${passes} passes`);
  return width;
}
