/**
 * The name tagger: two structured (averaged) perceptrons over ner-features, trained at build
 * time (scripts/train-ner.ts, src/stages/entities/ner-train.ts) and shipped as one binary
 * file, ner-model.bin (ner-model-format.ts), read on first use (ner-model-file.ts). Each
 * decodes a whole sentence at once (Viterbi over BIO tags with learnt transition weights).
 * The first pass tags from the sentence's evidence; the second also sees what the first said
 * of the same word elsewhere in the article (a name is usually the same kind of name
 * throughout).
 */
import { loadNerModel } from './ner-model-file.js';
import { bitCount } from './ner-model-format.js';
import { FeatureIndex } from './ner-feature-index.js';
import { contextFeatures, docWordFeatures, firstOnlyFeature, labelFeatures, labelIds, prepare, readableTokens, TEMPLATES, tokenCoder, wordFeatures, type Casing, type DocWords, type EmitFeature, type Prepared, type Token, type TokenCode, type TokenCoder, type Vocabulary } from './ner-features.js';

export const NER_CLASSES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerClass = (typeof NER_CLASSES)[number];
const C = NER_CLASSES.length;
/** A row's first-pass scores: its low C bits. */
const FIRST_PASS_BITS = (1 << C) - 1;

/** A tag is allowed after the previous one (I-X continues B-X or I-X); `prev` null: the sentence start. */
export function allowed(prev: string | null, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev === `B-${tag.slice(2)}` || prev === tag;
}

/** Scores of moving between tags: `from[p * C + c]` from class p (p = C: the sentence start)
 *  to class c, `end[c]` of ending a sentence on c. Disallowed moves are -Infinity. */
export interface Transitions {
  from: Float64Array;
  end: Float64Array;
}

/** -Infinity where allowed() forbids a move, 0 elsewhere: the hard BIO constraints. */
export function constraints(): Float64Array {
  const t = new Float64Array((C + 1) * C);
  for (let p = 0; p <= C; p++) for (let c = 0; c < C; c++) if (!allowed(p === C ? null : NER_CLASSES[p]!, NER_CLASSES[c]!)) t[p * C + c] = -Infinity;
  return t;
}

/** Scratch arrays of the decoder, grown as sentences need (allocating per sentence showed in profiles). */
let alpha = new Float64Array(64 * C);
let beta = new Float64Array(64 * C);
let back = new Int32Array(64 * C);

/**
 * The best tag sequence of a sentence of n tokens: token i's score for class c is
 * `emission[i * stride + offset + c] * unit`; a token with `readable[i]` 0 can only be O.
 * Writes the tags to `tags`; when `margins` is given, each token's margin: how much worse the
 * best sequence that tags it otherwise scores (max-marginals by a forward and a backward pass).
 * A token that can only be O splits the sentence: each run of readable tokens is decoded
 * alone, between the sentence's ends or an O (most tokens are never read).
 */
export function viterbi(n: number, emission: ArrayLike<number>, readable: Uint8Array, trans: Transitions, tags: Int32Array, margins?: Float64Array, stride: number = C, offset = 0, unit = 1): void {
  if (alpha.length < n * C) {
    alpha = new Float64Array(2 * n * C);
    beta = new Float64Array(2 * n * C);
    back = new Int32Array(2 * n * C);
  }
  for (let i = 0; i < n; ) {
    if (!readable[i]) {
      tags[i] = 0;
      if (margins) margins[i] = Infinity;
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && readable[j + 1]) j++;
    decodeRun(i, j, n, emission, trans, tags, margins, stride, offset, unit);
    i = j + 1;
  }
}

/** Viterbi over the readable tokens a..b of a sentence of n (see viterbi). */
function decodeRun(a: number, b: number, n: number, emission: ArrayLike<number>, trans: Transitions, tags: Int32Array, margins: Float64Array | undefined, stride: number, offset: number, unit: number): void {
  const { from, end } = trans;
  // from the sentence start or an O before; to the sentence end or an O after
  const first = (a === 0 ? C : 0) * C;
  const e = (i: number, c: number) => emission[i * stride + offset + c]! * unit;
  const endScore = (c: number) => (b === n - 1 ? end[c]! : from[c * C]!);
  for (let c = 0; c < C; c++) alpha[c] = from[first + c]! + e(a, c);
  const len = b - a + 1;
  for (let k = 1; k < len; k++) {
    const at = k * C;
    const before = at - C;
    for (let c = 0; c < C; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < C; p++) {
        const s = alpha[before + p]! + from[p * C + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[at + c] = best + e(a + k, c);
      back[at + c] = arg;
    }
  }
  let best = -Infinity;
  let last = 0;
  for (let c = 0; c < C; c++) {
    const s = alpha[(len - 1) * C + c]! + endScore(c);
    if (s > best) {
      best = s;
      last = c;
    }
  }
  tags[b] = last;
  for (let k = len - 1; k > 0; k--) tags[a + k - 1] = back[k * C + tags[a + k]!]!;
  if (!margins) return;
  // beta[k * C + c]: the best score of the run's tokens after k given class c at k
  for (let c = 0; c < C; c++) beta[(len - 1) * C + c] = endScore(c);
  for (let k = len - 2; k >= 0; k--) {
    const at = k * C;
    const after = at + C;
    for (let c = 0; c < C; c++) {
      let bs = -Infinity;
      for (let d = 0; d < C; d++) {
        const s = from[c * C + d]! + e(a + k + 1, d) + beta[after + d]!;
        if (s > bs) bs = s;
      }
      beta[at + c] = bs;
    }
  }
  for (let k = 0; k < len; k++) {
    const y = tags[a + k]!;
    let second = -Infinity;
    for (let c = 0; c < C; c++) if (c !== y) second = Math.max(second, alpha[k * C + c]! + beta[k * C + c]!);
    margins[a + k] = best - second;
  }
}

/** Word -> the type the tags give it most often in the article (first pass, for the second). */
export function docLabels(sentences: ReadonlyArray<readonly Token[]>, tags: ReadonlyArray<ArrayLike<number>>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  sentences.forEach((s, si) => {
    s.forEach((t, i) => {
      const tag = tags[si]![i]!;
      if (!tag || !/^\p{Lu}/u.test(t.text)) return;
      const type = NER_CLASSES[tag]!.slice(2);
      const k = t.text.toLowerCase();
      const m = counts.get(k) ?? new Map<string, number>();
      m.set(type, (m.get(type) ?? 0) + 1);
      counts.set(k, m);
    });
  });
  const out = new Map<string, string>();
  for (const [k, m] of counts) out.set(k, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  return out;
}

/** The loaded model: vocabulary, feature rows (both passes side by side), transitions. */
interface Model {
  vocab: Map<string, number>;
  index: FeatureIndex;
  /** Row r's stored scores: bit k of masks[r] says whether its score k (pass 1's C scores, then
   *  pass 2's) is stored, at values[starts[r]], … in bit order (int16, `scale` units per
   *  perceptron unit); the others are 0. */
  masks: Uint32Array;
  starts: Uint32Array;
  values: Int16Array;
  /** Code template id -> the file's template number (-1: the model lacks the template). */
  templateOf: Int32Array;
  passes: [Transitions, Transitions];
  scale: number;
}

let model: Model | null = null;
/** Why the weights could not be read, once that is known. */
let loadFailure: Error | null = null;

/** Read the shipped weights once (a failure too: a missing file is not looked for again). */
function load(): Model {
  if (model) return model;
  if (loadFailure) throw loadFailure;
  try {
    const m = loadNerModel(NER_CLASSES);
    const vocab = new Map<string, number>();
    m.vocabulary.forEach((v, i) => vocab.set(v, i));
    const byPrefix = new Map(m.header.templates.map((p, i) => [p, i] as const));
    const templateOf = Int32Array.from(TEMPLATES, (t) => byPrefix.get(t.prefix) ?? -1);
    const index = new FeatureIndex(m.keys.length / 3);
    for (let r = 0; r < m.keys.length / 3; r++) index.add(m.keys[3 * r]!, m.keys[3 * r + 1]!, m.keys[3 * r + 2]!);
    const trans = (k: number): Transitions => {
      const from = constraints();
      m.header.transitions[k]!.from.forEach((x, i) => (from[i]! += x / m.header.scale));
      return { from, end: Float64Array.from(m.header.transitions[k]!.end, (x) => x / m.header.scale) };
    };
    model = { vocab, index, masks: m.masks, starts: m.starts, values: m.values, templateOf, passes: [trans(0), trans(1)], scale: m.header.scale };
    return model;
  } catch (e) {
    loadFailure = e as Error;
    throw e;
  }
}

/** Word features summed per word and casing, and tokens' codes, across articles: most words
 *  recur. Emptied when they grow past WORD_CACHE_LIMIT (pure memos: they never change a result). */
const wordCache = new Map<string, Float64Array>();
const codeCache = new Map<string, TokenCode>();
const WORD_CACHE_LIMIT = 200_000;

/** Scratch buffers of tagDocument's rows (an article's words, its sentences' tokens), grown as
 *  articles need. */
let docRows: Float64Array = new Float64Array(1024);
let localRows: Float64Array = new Float64Array(4096);
/** Numbers a scratch buffer keeps between articles: a 1 MB article's rows (tens of MB) are let
 *  go once articles of the usual size follow, not held by the process (or thread) for good. */
const RETAINED_ROWS = 1 << 18;

/** `buffer`, or a copy of it holding at least `size` numbers: larger when it holds fewer, and
 *  smaller when it is past RETAINED_ROWS and four times what is asked (an earlier large
 *  article's). The first `size` numbers are kept either way. */
export function rows(buffer: Float64Array, size: number): Float64Array {
  if (size <= buffer.length && (buffer.length <= RETAINED_ROWS || 4 * size > buffer.length)) return buffer;
  const copy = new Float64Array(size > buffer.length ? Math.max(size, 2 * buffer.length) : Math.max(size, 1024));
  copy.set(size > buffer.length ? buffer : buffer.subarray(0, size));
  return copy;
}

/**
 * Tag every sentence of an article: first pass, then the document-aware second pass.
 * `margins` receives, per sentence, each token's margin (how much worse the best tagging that
 * reads the token otherwise scores), in the perceptron's own units.
 */
export function tagDocument(sentences: ReadonlyArray<readonly Token[]>, doc: DocWords, margins?: Float64Array[], secondPass = true): NerClass[][] {
  const m = load();
  const { masks, starts, values, index, templateOf, vocab: ids } = m;
  const W = 2 * C;
  const vocab: Vocabulary = (v) => ids.get(v) ?? -1;
  // the row of each feature emitted, added to `into` at `at` (both passes): its stored scores
  // only (the sums are of integers, so leaving out the zeros changes none)
  let into: Float64Array = new Float64Array(0);
  let at = 0;
  const emit: EmitFeature = (t, a, b) => {
    const k = index.get(templateOf[t]!, a, b);
    if (k < 0) return;
    let p = starts[k]!;
    for (let mask = masks[k]!; mask; mask &= mask - 1) into[at + 31 - Math.clz32(mask & -mask)]! += values[p++]!;
  };
  // the second pass's own features: its half of the row only
  const emitSecond: EmitFeature = (t, a, b) => {
    const k = index.get(templateOf[t]!, a, b);
    if (k < 0) return;
    const mask = masks[k]!;
    let p = starts[k]! + bitCount(mask & FIRST_PASS_BITS);
    for (let rest = mask & ~FIRST_PASS_BITS; rest; rest &= rest - 1) into[at + 31 - Math.clz32(rest & -rest)]! += values[p++]!;
  };
  if (wordCache.size > WORD_CACHE_LIMIT) wordCache.clear();
  if (codeCache.size > WORD_CACHE_LIMIT) codeCache.clear();
  const uncached = tokenCoder(vocab);
  const code: TokenCoder = (text) => {
    let c = codeCache.get(text);
    if (!c) codeCache.set(text, (c = uncached(text)));
    return c;
  };
  // the article's rows in two buffers reused across articles (docRows: each word's row of
  // docWordFeatures, at docCache's offset; localRows: each sentence's tokens' rows, at
  // bases[si], -1 for a sentence with nothing to read): a typed array per sentence and per
  // word, each a separate off-heap allocation, showed in profiles
  const docCache = new Map<string, number>();
  let docUsed = 0;
  const preps: Array<Prepared | null> = [];
  const readables = sentences.map((tokens) => readableTokens(tokens));
  const bases = new Int32Array(sentences.length).fill(-1);
  let localUsed = 0;
  readables.forEach((readable, si) => {
    if (!readable.includes(1)) return;
    bases[si] = localUsed;
    localUsed += readable.length * W;
  });
  const local = (localRows = rows(localRows, localUsed));
  local.fill(0, 0, localUsed);
  sentences.forEach((tokens, si) => {
    const n = tokens.length;
    const readable = readables[si]!;
    if (bases[si]! < 0) {
      preps.push(null);
      return;
    }
    const prep = prepare(tokens, vocab, code, readable);
    for (let i = 0; i < n; i++) {
      if (!readable[i]) continue;
      const text = tokens[i]!.text;
      const l = prep.lower[i]!;
      const key = prep.casing ? text + String.fromCharCode(prep.casing) : text;
      let own = wordCache.get(key);
      if (!own) {
        into = own = new Float64Array(W);
        at = 0;
        wordFeatures(text, l, prep.casing as Casing, vocab, emit);
        wordCache.set(key, own);
      }
      let inDoc = docCache.get(l);
      if (inDoc === undefined) {
        docRows = rows(docRows, docUsed + W);
        inDoc = docUsed;
        docUsed += W;
        docRows.fill(0, inDoc, docUsed);
        into = docRows;
        at = inDoc;
        docWordFeatures(l, doc, vocab, emit);
        docCache.set(l, inDoc);
      }
      const base = bases[si]! + i * W;
      for (let c = 0; c < W; c++) local[base + c] = own[c]! + docRows[inDoc + c]!;
      into = local;
      at = base;
      contextFeatures(tokens, i, prep, vocab, emit);
      firstOnlyFeature(tokens, i, prep, doc, emit);
    }
    preps.push(prep);
  });
  // pass 1
  const pass1 = sentences.map((tokens, si) => decode(tokens.length, local, bases[si]!, 0, readables[si]!, m.passes[0], m.scale));
  if (!secondPass) return pass1.map((t) => Array.from(t, (c) => NER_CLASSES[c]!));
  const labels = docLabels(sentences, pass1);
  return sentences.map((tokens, si) => {
    const n = tokens.length;
    const prep = preps[si];
    if (prep) {
      into = local;
      const readable = readables[si]!;
      const ids = labelIds(prep, labels, vocab, readable);
      for (let i = 0; i < n; i++) {
        if (!readable[i]) continue;
        at = bases[si]! + i * W;
        labelFeatures(tokens, i, prep, ids, emitSecond);
      }
    }
    const mg = margins ? new Float64Array(n) : undefined;
    const tags = decode(n, local, bases[si]!, C, readables[si]!, m.passes[1], m.scale, mg);
    if (margins) margins.push(mg!);
    return Array.from(tags, (c) => NER_CLASSES[c]!);
  });
}

/** Viterbi over one pass's columns (`offset` 0 or C) of a sentence's W-wide local scores
 *  (from `local[base]`; `base` -1: the sentence has nothing to read), in perceptron units
 *  (the int16 weights divided by `scale`). */
function decode(n: number, local: Float64Array, base: number, offset: number, readable: Uint8Array, trans: Transitions, scale: number, margins?: Float64Array): Int32Array {
  const tags = new Int32Array(n);
  if (base < 0) {
    if (margins) margins.fill(Infinity);
    return tags;
  }
  viterbi(n, local, readable, trans, tags, margins, 2 * C, base + offset, 1 / scale);
  return tags;
}

/** Tag one sentence alone, as the first pass does. */
export function tagSentence(tokens: readonly Token[], doc: DocWords): NerClass[] {
  return tagDocument([tokens], doc, undefined, false)[0]!;
}

/** Mentions (token ranges with a type) from BIO tags. */
export function mentionsOf(tokens: readonly Token[], tags: readonly NerClass[]): Array<{ start: number; end: number; type: string; first: number; last: number }> {
  const out: Array<{ start: number; end: number; type: string; first: number; last: number }> = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O') continue;
    const type = tag.slice(2);
    if (tag.startsWith('B-') || !out.length || out[out.length - 1]!.last !== i - 1 || out[out.length - 1]!.type !== type) {
      out.push({ start: tokens[i]!.start, end: tokens[i]!.end, type, first: i, last: i });
    } else {
      const m = out[out.length - 1]!;
      m.end = tokens[i]!.end;
      m.last = i;
    }
  }
  return out;
}
