/**
 * The name tagger: two averaged perceptrons over ner-features, trained at build time on
 * the CoNLL-2003 training set (scripts/train-ner.ts) and shipped as compact weights in
 * src/generated/ner-model.ts (a JSON string parsed on first use). The first pass tags
 * each sentence from local evidence; the second also sees what the first said of the same
 * word elsewhere in the article (a name is usually the same kind of name throughout).
 * Greedy left-to-right decoding with the two previous tags.
 */
import { NER_MODEL_JSON } from '../../generated/ner-model.js';
import { contextFeatures, prepare, tokenFeatures, wordFeatures, type DocWords, type Token } from './ner-features.js';

export const NER_CLASSES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerClass = (typeof NER_CLASSES)[number];
/** Weights of one perceptron: feature -> a score per class (a Map at training time). */
export type Weights = Pick<ReadonlyMap<string, ArrayLike<number>>, 'get'>;

interface Packed {
  scale: number;
  weights: Record<string, number[]>;
}

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

/** Decode the shipped weights once. */
function load(): Table {
  if (table) return table;
  const m = JSON.parse(NER_MODEL_JSON) as { first?: Packed; second?: Packed };
  const C = NER_CLASSES.length;
  const index = new Map<string, number>();
  for (const p of [m.first, m.second]) if (p) for (const f of Object.keys(p.weights)) if (!index.has(f)) index.set(f, index.size);
  const w = new Int16Array(index.size * 2 * C);
  [m.first, m.second].forEach((p, pass) => {
    if (!p) return;
    for (const [f, pairs] of Object.entries(p.weights)) {
      const row = index.get(f)! * 2 * C + pass * C;
      for (let k = 0; k < pairs.length; k += 2) w[row + pairs[k]!] = pairs[k + 1]!;
    }
  });
  table = { index, w, hasSecond: !!m.second, scale: m.second?.scale ?? m.first?.scale ?? 1 };
  return table;
}

/** The first pass's weights of the table, as the generic tagger reads them. */
function firstPass(t: Table): Weights {
  const C = NER_CLASSES.length;
  return { get: (f) => (t.index.has(f) ? t.w.subarray(t.index.get(f)! * 2 * C, t.index.get(f)! * 2 * C + C) : undefined) };
}

/** One pass over a sentence whose tokens' local scores (both passes side by side, 2C wide)
 *  are already summed; only the previous-tag and document-label features are looked up. */
function tagRows(tokens: readonly Token[], local: ReadonlyArray<Float64Array | null>, t: Table, offset: number, labels: ReadonlyMap<string, string> | null, margins: number[] | null): number[] {
  const C = NER_CLASSES.length;
  const tags: number[] = [];
  const scores = new Float64Array(C);
  const add = (feat: string) => {
    const k = t.index.get(feat);
    if (k !== undefined) for (let c = 0, at = k * 2 * C + offset; c < C; c++) scores[c]! += t.w[at + c]!;
  };
  for (let i = 0; i < tokens.length; i++) {
    const base = local[i];
    if (!base) {
      tags.push(0);
      margins?.push(Infinity);
      continue;
    }
    const t = tokens[i]!.text;
    const prev = NER_CLASSES[tags[i - 1] ?? -1] ?? '<s>';
    const prev2 = NER_CLASSES[tags[i - 2] ?? -1] ?? '<s>';
    for (let c = 0; c < C; c++) scores[c] = base[offset + c]!;
    add(`pt=${prev}`);
    add(`pt2=${prev2}|${prev}`);
    add(`pt|w=${prev}|${t.toLowerCase()}`);
    if (labels) {
      const l = labels.get(t.toLowerCase());
      add(`d1=${l ?? 'none'}`);
      add(`d1|sh=${l ?? 'none'}|${/^\p{Lu}/u.test(t) ? 'X' : 'x'}`);
    }
    const best = bestClass(scores, prev, margins ?? undefined);
    tags.push(best);
  }
  return tags;
}

/** The best-scoring class allowed after `prev` (O when none is); its margin over the runner-up goes to `margins`. */
function bestClass(scores: Float64Array, prev: string, margins?: number[]): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]! && allowed(prev, NER_CLASSES[c]!)) best = c;
  if (!allowed(prev, NER_CLASSES[best]!)) best = 0;
  if (margins) {
    let second = -Infinity;
    for (let c = 0; c < scores.length; c++) if (c !== best && scores[c]! > second && allowed(prev, NER_CLASSES[c]!)) second = scores[c]!;
    margins.push(scores[best]! - second);
  }
  return best;
}

/** A tag is allowed after the previous one (I-X continues B-X or I-X). */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev === `B-${tag.slice(2)}` || prev === tag;
}

// lower-case words are outside names, but for name particles
const PARTICLE = /^(?:de|da|van|von|der|den|bin|al|el|la|le|du|del|dos|of|for|and|the|&)$/i;

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
    const prev = NER_CLASSES[tags[i - 1] ?? -1] ?? '<s>';
    const prev2 = NER_CLASSES[tags[i - 2] ?? -1] ?? '<s>';
    if (!/^[\p{Lu}\d]/u.test(t) && !PARTICLE.test(t)) {
      tags.push(0);
      margins?.push(Infinity);
      continue;
    }
    const f = tokenFeatures(tokens, i, doc, allCaps, prep);
    f.push(`pt=${prev}`, `pt2=${prev2}|${prev}`, `pt|w=${prev}|${t.toLowerCase()}`);
    if (labels) {
      const l = labels.get(t.toLowerCase());
      f.push(`d1=${l ?? 'none'}`, `d1|sh=${l ?? 'none'}|${/^\p{Lu}/u.test(t) ? 'X' : 'x'}`);
    }
    scores.fill(0);
    for (const feat of f) {
      const row = weights.get(feat);
      if (row) for (let c = 0; c < C; c++) scores[c]! += row[c]!;
    }
    const best = bestClass(scores, prev, margins);
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
export function tagDocument(sentences: ReadonlyArray<readonly Token[]>, doc: DocWords, margins?: number[][]): NerClass[][] {
  const t = load();
  const C = NER_CLASSES.length;
  // a word's own features are the same wherever it stands: summed once per word type
  const wordCache = new Map<string, Float64Array>();
  const sum = (feats: readonly string[], into: Float64Array) => {
    for (const f of feats) {
      const k = t.index.get(f);
      if (k !== undefined) for (let c = 0, at = k * 2 * C; c < 2 * C; c++) into[c]! += t.w[at + c]!;
    }
    return into;
  };
  const rows = sentences.map((tokens) => {
    // nothing to tag (no capital, digit or name particle): no features to compute
    if (!tokens.some((tok) => /^[\p{Lu}\d]/u.test(tok.text) || PARTICLE.test(tok.text))) return tokens.map(() => null);
    const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
    const allCaps = letters.length > 2 && letters.every((t) => t.text === t.text.toUpperCase());
    const prep = prepare(tokens);
    return tokens.map((tok, i) => {
      if (!/^[\p{Lu}\d]/u.test(tok.text) && !PARTICLE.test(tok.text)) return null;
      const key = allCaps ? `${tok.text}\u0001` : tok.text;
      let own = wordCache.get(key);
      if (!own) wordCache.set(key, (own = sum(wordFeatures(tok.text, prep.lower[i]!, prep.shape[i]!, prep.lex[i]!, doc, allCaps), new Float64Array(2 * C))));
      return sum(contextFeatures(tokens, i, prep, doc), Float64Array.from(own));
    });
  });
  const pass1 = sentences.map((s, i) => tagRows(s, rows[i]!, t, 0, null, null));
  const labels = t.hasSecond ? docLabels(sentences, pass1) : null;
  return sentences.map((s, i) => {
    const m: number[] = [];
    const tags = labels ? tagRows(s, rows[i]!, t, C, labels, m) : pass1[i]!;
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
