/**
 * The name tagger: two averaged perceptrons over ner-features, trained at build time on
 * the CoNLL-2003 training set (scripts/train-ner.ts) and shipped as one binary file,
 * ner-model.bin (ner-model-format.ts), read on first use (ner-model-file.ts). The first pass tags
 * each sentence from local evidence; the second also sees what the first said of the same
 * word elsewhere in the article (a name is usually the same kind of name throughout).
 * Greedy left-to-right decoding with the two previous tags.
 */
import { loadNerModel } from './ner-model-file.js';
import { emitContextFeatures, prepare, taggable, template, TEMPLATES, type FeatureTemplate, tokenFeatures, wordFeatures, type DocWords, type Token } from './ner-features.js';

export const NER_CLASSES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerClass = (typeof NER_CLASSES)[number];
/** Weights of one perceptron: feature -> a score per class (a Map at training time). */
export type Weights = Pick<ReadonlyMap<string, ArrayLike<number>>, 'get'>;

/**
 * Both passes' weights in one flat table: `index` maps a feature to its row; a row holds the
 * first pass's C scores then the second's. One Int16Array instead of a typed array per
 * feature keeps the loaded model at a few MB (it was ~80 MB of small objects).
 */
interface Table {
  index: Map<string, number>;
  w: Int16Array;
  hasSecond: boolean;
  scale: number;
}

let table: Table | null = null;
/** Why the weights could not be read, once that is known. */
let loadFailure: Error | null = null;

/** Read the shipped weights once (a failure too: a missing file is not looked for again). */
function load(): Table {
  if (table) return table;
  if (loadFailure) throw loadFailure;
  try {
    const m = loadNerModel(NER_CLASSES);
    const C = NER_CLASSES.length;
    const passes = m.header.scale.length;
    // one pass only: its rows widened to the two-pass layout the tagger reads
    let w = m.weights;
    if (passes === 1) {
      w = new Int16Array(m.features.length * 2 * C);
      for (let f = 0; f < m.features.length; f++) w.set(m.weights.subarray(f * C, f * C + C), f * 2 * C);
    }
    const index = new Map<string, number>();
    m.features.forEach((f, i) => index.set(f, i));
    table = { index, w, hasSecond: passes === 2, scale: m.header.scale[passes - 1]! };
    return table;
  } catch (e) {
    loadFailure = e as Error;
    throw e;
  }
}

/** The first pass's weights of the table, as the generic tagger reads them. */
function firstPass(t: Table): Weights {
  const C = NER_CLASSES.length;
  return { get: (f) => (t.index.has(f) ? t.w.subarray(t.index.get(f)! * 2 * C, t.index.get(f)! * 2 * C + C) : undefined) };
}

/**
 * Feature rows looked up by a feature's parts (see EmitFeature): per template, a [-> b] ->
 * row, or -1 when the model has no such feature. No feature string is built for a part seen
 * before. Module-wide, and emptied when it grows past MEMO_LIMIT entries so that a million
 * articles cannot grow it without bound; a memo of a pure lookup, it never changes a result.
 */
/** The tagger's own templates: previous tags and the first pass's document labels. */
const PT = template('pt=');
const PT2 = template('pt2=');
const PT_W = template('pt|w=');
const D1 = template('d1=');
const D1_SH = template('d1|sh=');
const memo1: Array<Map<string, number>> = TEMPLATES.map(() => new Map());
const memo2: Array<Map<string, Map<string, number>>> = TEMPLATES.map(() => new Map());
const MEMO_LIMIT = 1_000_000;
let memoSize = 0;

/** The row of feature `template.prefix + a` (or `… + a|b`), -1 when the model lacks it. */
function rowOf(t: Table, template: FeatureTemplate, a: string, b?: string): number {
  if (memoSize > MEMO_LIMIT) {
    for (const m of memo1) m.clear();
    for (const m of memo2) m.clear();
    memoSize = 0;
  }
  if (b === undefined) {
    const byA = memo1[template.id]!;
    let r = byA.get(a);
    if (r === undefined) {
      byA.set(a, (r = t.index.get(template.prefix + a) ?? -1));
      memoSize++;
    }
    return r;
  }
  const byA = memo2[template.id]!;
  let byB = byA.get(a);
  if (!byB) byA.set(a, (byB = new Map()));
  let r = byB.get(b);
  if (r === undefined) {
    byB.set(b, (r = t.index.get(`${template.prefix}${a}|${b}`) ?? -1));
    memoSize++;
  }
  return r;
}

/** Add row `k`'s scores for one pass (`offset` 0 or C) or both (`width` 2C) to `into`. */
function addRow(t: Table, k: number, into: Float64Array, offset: number, width: number): void {
  if (k < 0) return;
  for (let c = 0, at = k * 2 * NER_CLASSES.length + offset; c < width; c++) into[c]! += t.w[at + c]!;
}

/**
 * The local scores of a document's tokens (both passes side by side, 2C wide), in one
 * array: `at[first + i]` is where token i of the sentence starting at flat index `first`
 * has its row in `scores`, -1 for a token the tagger does not read.
 */
interface LocalScores {
  scores: Float64Array;
  at: Int32Array;
}

/** Scratch scores of one token (allocating a typed array per sentence showed in profiles). */
const SCORES = new Float64Array(NER_CLASSES.length);

/** One pass over a sentence whose tokens' local scores are already summed; only the
 *  previous-tag and document-label features are looked up. */
function tagRows(tokens: readonly Token[], lower: readonly string[], local: LocalScores, first: number, t: Table, offset: number, labels: ReadonlyMap<string, string> | null, margins: number[] | null): number[] {
  const C = NER_CLASSES.length;
  const tags: number[] = [];
  const scores = SCORES;
  for (let i = 0; i < tokens.length; i++) {
    const base = local.at[first + i]!;
    if (base < 0) {
      tags.push(0);
      margins?.push(Infinity);
      continue;
    }
    // no negative indices: reading tags[-1] leaves V8's fast path
    const p = i > 0 ? tags[i - 1]! : START;
    const prev = PREVIOUS[p]!;
    const prev2 = PREVIOUS[i > 1 ? tags[i - 2]! : START]!;
    for (let c = 0; c < C; c++) scores[c] = local.scores[base + offset + c]!;
    addRow(t, rowOf(t, PT, prev), scores, offset, C);
    addRow(t, rowOf(t, PT2, prev2, prev), scores, offset, C);
    addRow(t, rowOf(t, PT_W, prev, lower[i]!), scores, offset, C);
    if (labels) {
      const l = labels.get(lower[i]!) ?? 'none';
      addRow(t, rowOf(t, D1, l), scores, offset, C);
      addRow(t, rowOf(t, D1_SH, l, /^\p{Lu}/u.test(tokens[i]!.text) ? 'X' : 'x'), scores, offset, C);
    }
    tags.push(bestClass(scores, p, margins ?? undefined));
  }
  return tags;
}

/** The previous tag's name by index: the classes, then the sentence start. */
const PREVIOUS = [...NER_CLASSES, '<s>'] as const;
const START = NER_CLASSES.length;

/** A tag is allowed after the previous one (I-X continues B-X or I-X). */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev === `B-${tag.slice(2)}` || prev === tag;
}

/** allowed() as a table: ALLOWED[previous index][class] (no strings built per token). */
const ALLOWED = PREVIOUS.map((prev) => NER_CLASSES.map((tag) => allowed(prev, tag)));

/** The best-scoring class allowed after previous index `p` (O when none is); its margin over the runner-up goes to `margins`. */
function bestClass(scores: Float64Array, p: number, margins?: number[]): number {
  const ok = ALLOWED[p]!;
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]! && ok[c]) best = c;
  if (!ok[best]) best = 0;
  if (margins) {
    let second = -Infinity;
    for (let c = 0; c < scores.length; c++) if (c !== best && scores[c]! > second && ok[c]) second = scores[c]!;
    margins.push(scores[best]! - second);
  }
  return best;
}

/**
 * Tag one sentence with `weights`. `labels` (word -> type the first pass gave it elsewhere
 * in the article) adds document features; `learn` lets training see each decision.
 */
export function tagWith(tokens: readonly Token[], doc: DocWords, weights: Weights, labels: ReadonlyMap<string, string> | null, learn?: (features: readonly string[], i: number, guess: number) => number, margins?: number[]): number[] {
  const tags: number[] = [];
  const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
  const allCaps = letters.length > 2 && letters.every((t) => t.text === t.text.toUpperCase());
  const C = NER_CLASSES.length;
  const scores = new Float64Array(C);
  const prep = prepare(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const p = i > 0 ? tags[i - 1]! : START;
    const prev = PREVIOUS[p]!;
    const prev2 = PREVIOUS[i > 1 ? tags[i - 2]! : START]!;
    if (!taggable(t)) {
      tags.push(0);
      margins?.push(Infinity);
      continue;
    }
    const f = tokenFeatures(tokens, i, doc, allCaps, prep);
    f.push(`${PT.prefix}${prev}`, `${PT2.prefix}${prev2}|${prev}`, `${PT_W.prefix}${prev}|${t.toLowerCase()}`);
    if (labels) {
      const l = labels.get(t.toLowerCase());
      f.push(`${D1.prefix}${l ?? 'none'}`, `${D1_SH.prefix}${l ?? 'none'}|${/^\p{Lu}/u.test(t) ? 'X' : 'x'}`);
    }
    scores.fill(0);
    for (const feat of f) {
      const row = weights.get(feat);
      if (row) for (let c = 0; c < C; c++) scores[c]! += row[c]!;
    }
    const best = bestClass(scores, p, margins);
    tags.push(learn ? learn(f, i, best) : best);
  }
  return tags;
}

/** Word -> the type the tags give it most often in the article (first pass, for the second). */
export function docLabels(sentences: ReadonlyArray<readonly Token[]>, tags: ReadonlyArray<readonly number[]>): Map<string, string> {
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
  for (const [k, m] of counts) out.set(k, [...m].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

/** Tag every sentence of an article: first pass, then the document-aware second pass.
 *  `margins` receives, per sentence, each token's score margin over the runner-up, in the
 *  perceptron's own units (independent of the int16 quantisation). */
export function tagDocument(sentences: ReadonlyArray<readonly Token[]>, doc: DocWords, margins?: number[][], secondPass = true): NerClass[][] {
  const t = load();
  const W = 2 * NER_CLASSES.length;
  // where each sentence starts in the flat token arrays, and which tokens are read
  const first: number[] = [];
  let total = 0;
  for (const s of sentences) {
    first.push(total);
    total += s.length;
  }
  const at = new Int32Array(total).fill(-1);
  let read = 0;
  sentences.forEach((s, si) => s.forEach((tok, i) => {
    if (taggable(tok.text)) at[first[si]! + i] = W * read++;
  }));
  const local: LocalScores = { scores: new Float64Array(W * read), at };
  // one emitter for the document, writing at `target` (no closure per token)
  let target = 0;
  const emit = (template: FeatureTemplate, a: string, b?: string) => {
    const k = rowOf(t, template, a, b);
    if (k >= 0) for (let c = 0, from = k * W; c < W; c++) local.scores[target + c]! += t.w[from + c]!;
  };
  // a word's own features are the same wherever it stands: summed once per word type
  const wordCache = new Map<string, Float64Array>();
  const lowers = sentences.map((tokens, si) => {
    // nothing to tag (no capital, digit or name particle): no features to compute
    if (!tokens.some((_, i) => at[first[si]! + i]! >= 0)) return [];
    const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
    const allCaps = letters.length > 2 && letters.every((t) => t.text === t.text.toUpperCase());
    const prep = prepare(tokens);
    tokens.forEach((tok, i) => {
      target = at[first[si]! + i]!;
      if (target < 0) return;
      const key = allCaps ? `${tok.text}\u0001` : tok.text;
      let own = wordCache.get(key);
      if (!own) {
        own = new Float64Array(W);
        for (const f of wordFeatures(tok.text, prep.lower[i]!, prep.shape[i]!, prep.lex[i]!, doc, allCaps)) addRow(t, t.index.get(f) ?? -1, own, 0, W);
        wordCache.set(key, own);
      }
      local.scores.set(own, target);
      emitContextFeatures(tokens, i, prep, doc, emit);
    });
    return prep.lower;
  });
  const pass1 = sentences.map((s, i) => tagRows(s, lowers[i]!, local, first[i]!, t, 0, null, null));
  const labels = t.hasSecond && secondPass ? docLabels(sentences, pass1) : null;
  return sentences.map((s, i) => {
    const m: number[] = [];
    const tags = labels ? tagRows(s, lowers[i]!, local, first[i]!, t, W / 2, labels, m) : pass1[i]!;
    margins?.push(m.map((x) => x / t.scale));
    return tags.map((c) => NER_CLASSES[c]!);
  });
}

/** Tag one sentence alone (first pass only). */
export function tagSentence(tokens: readonly Token[], doc: DocWords): NerClass[] {
  return tagWith(tokens, doc, firstPass(load()), null).map((c) => NER_CLASSES[c]!);
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
