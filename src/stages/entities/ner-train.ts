/**
 * Training of the name tagger (ner-model.ts): two structured averaged perceptrons (Collins
 * 2002) over ner-features, each decoding whole sentences by Viterbi, the second trained on the
 * first pass's readings of each article predicted by k-fold jackknife (as it will see them).
 * Deterministic: the same documents and options give the same bytes (a seeded shuffle, no
 * clock, Maps iterated in insertion order). Training and test time only: the runtime never
 * imports it. scripts/train-ner.ts reads the data and writes the file.
 */
import { FeatureIndex } from './ner-feature-index.js';
import { contextFeatures, docWordFeatures, docWords, firstOnlyFeature, FLAG, labelFeatures, labelIds, prepare, readableTokens, TEMPLATES, wordFeatures, type EmitFeature, type Token, type Vocabulary } from './ner-features.js';
import { constraints, docLabels, NER_CLASSES, viterbi, type Transitions } from './ner-model.js';
import type { NerModelInput } from './ner-model-format.js';

const C = NER_CLASSES.length;

/** A training document: its sentences' tokens (rule features set) and gold class indexes. */
export interface TrainDocument {
  sentences: Token[][];
  gold: number[][];
  /** How many times an epoch reads the document (default 1): a set whose conventions the
   *  tagger is to follow more. */
  weight?: number;
}

/** How to train. */
export interface TrainOptions {
  /** Passes over the data per perceptron (default 12). */
  epochs?: number;
  /** Folds of the jackknife that gives the second pass its first-pass readings (default 5). */
  folds?: number;
  /** A feature seen fewer times in the training data is left out (default 1: none is). */
  minCount?: number;
  /** Averaged weights below this (in perceptron units) are dropped from the file (default 0.01). */
  minWeight?: number;
  /** Cost added to every wrong class while training decodes (loss-augmented decoding: the
   *  perceptron also learns from readings that are right by too small a margin; default 5). */
  cost?: number;
  /** Perceptrons trained with different shuffles whose weights are averaged (default 1). */
  ensemble?: number;
  /** Seed of the shuffle (default 42). */
  seed?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** One sentence as training reads it: features of each readable token, flat. */
interface Sentence {
  n: number;
  readable: Uint8Array;
  gold: Int32Array;
  /** Token i's features are feats[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  feats: Int32Array;
  /** The second pass's label features, likewise (set per jackknife labelling). */
  offsets2: Int32Array | null;
  feats2: Int32Array | null;
}

interface Doc {
  tokens: Token[][];
  sentences: Sentence[];
}

/** A training vocabulary: every value asked for gets the next id ('' is 0). */
class GrowingVocabulary {
  readonly values: string[] = [FLAG];
  private readonly ids = new Map<string, number>([[FLAG, 0]]);
  readonly id: Vocabulary = (v) => {
    let id = this.ids.get(v);
    if (id === undefined) this.ids.set(v, (id = this.values.push(v) - 1));
    return id;
  };
}

/** A perceptron's weights and the sums that average them (w - u / c). */
class Perceptron {
  w: Float64Array;
  u: Float64Array;
  trans = new Float64Array((C + 1) * C);
  transU = new Float64Array((C + 1) * C);
  end = new Float64Array(C);
  endU = new Float64Array(C);
  c = 1;
  constructor(features: number) {
    this.w = new Float64Array(features * C);
    this.u = new Float64Array(features * C);
  }
  averaged(): { w: Float64Array; trans: Float64Array; end: Float64Array } {
    const avg = (w: Float64Array, u: Float64Array) => w.map((x, i) => x - u[i]! / this.c);
    return { w: avg(this.w, this.u), trans: avg(this.trans, this.transU), end: avg(this.end, this.endU) };
  }
}

const HARD = constraints();

/** Transitions for decoding with raw (or averaged) weights, the hard BIO constraints added. */
function transitionsOf(trans: Float64Array, end: Float64Array): Transitions {
  return { from: trans.map((x, i) => x + HARD[i]!), end };
}

/** The emission scores of a sentence under weights `w` (pass 2 adds its label features). */
function emissions(s: Sentence, w: Float64Array, second: boolean): Float64Array {
  const e = new Float64Array(s.n * C);
  const add = (offsets: Int32Array, feats: Int32Array) => {
    for (let i = 0; i < s.n; i++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const row = feats[k]! * C;
        for (let c = 0; c < C; c++) e[i * C + c]! += w[row + c]!;
      }
    }
  };
  add(s.offsets, s.feats);
  if (second && s.offsets2) add(s.offsets2, s.feats2!);
  return e;
}

/** The gold classes as the tagger can read them: O on tokens it never reads, and an I- tag
 *  that no longer follows its B- made a B-. */
function readableGold(tokens: readonly Token[], gold: readonly number[], readable: Uint8Array): Int32Array {
  const out = Int32Array.from(gold, (g, i) => (readable[i] ? g : 0));
  for (let i = 0; i < out.length; i++) {
    const tag = NER_CLASSES[out[i]!]!;
    if (tag.startsWith('I-') && (i === 0 || NER_CLASSES[out[i - 1]!]!.slice(2) !== tag.slice(2))) out[i] = NER_CLASSES.indexOf(`B-${tag.slice(2)}` as (typeof NER_CLASSES)[number]);
  }
  void tokens;
  return out;
}

/** Train on `documents`; returns the model to encode (ner-model-format.ts), less the header
 *  fields of provenance (source, fingerprint, training) the caller adds. */
export function trainNerModel(documents: readonly TrainDocument[], options: TrainOptions = {}): Omit<NerModelInput, 'source' | 'fingerprint' | 'fingerprintParts' | 'training'> {
  const epochs = options.epochs ?? 12;
  const folds = options.folds ?? 5;
  const minCount = options.minCount ?? 1;
  const minWeight = options.minWeight ?? 0.01;
  const cost = options.cost ?? 5;
  const ensemble = options.ensemble ?? 1;
  const log = options.log ?? (() => {});
  const vocab = new GrowingVocabulary();
  const index = new FeatureIndex(1 << 16);
  const counts: number[] = [];
  const collect: number[] = [];
  const emit: EmitFeature = (t, a, b) => {
    const row = index.add(t, a, b);
    counts[row] = (counts[row] ?? 0) + 1;
    collect.push(row);
  };

  // features of every readable token, once (they do not depend on the tags)
  const docs: Doc[] = documents.map((d) => {
    const dw = docWords(d.sentences);
    return {
      tokens: d.sentences,
      sentences: d.sentences.map((tokens, si) => {
        const n = tokens.length;
        const readable = readableTokens(tokens);
        const prep = prepare(tokens, vocab.id);
        const offsets = new Int32Array(n + 1);
        collect.length = 0;
        for (let i = 0; i < n; i++) {
          offsets[i] = collect.length;
          if (!readable[i]) continue;
          wordFeatures(tokens[i]!.text, prep.lower[i]!, prep.casing, vocab.id, emit);
          docWordFeatures(prep.lower[i]!, dw, vocab.id, emit);
          contextFeatures(tokens, i, prep, vocab.id, emit);
          firstOnlyFeature(tokens, i, prep, dw, emit);
        }
        offsets[n] = collect.length;
        return { n, readable, gold: readableGold(tokens, d.gold[si]!, readable), offsets, feats: Int32Array.from(collect), offsets2: null, feats2: null };
      }),
    };
  });
  log(`${docs.length} documents, ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences, ${index.size} features, ${vocab.values.length} values`);

  // features seen fewer than minCount times are left out (renumbered densely)
  const keep = new Int32Array(index.size).fill(-1);
  let kept = 0;
  for (let f = 0; f < index.size; f++) if ((counts[f] ?? 0) >= minCount) keep[f] = kept++;
  if (kept < index.size) {
    for (const d of docs) for (const s of d.sentences) [s.offsets, s.feats] = renumber(s.offsets, s.feats, keep);
  }
  let F = kept;

  let seed = options.seed ?? 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const shuffled = (n: number) => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };

  /** Train one perceptron on documents `which`. */
  const train = (which: readonly number[], second: boolean): Perceptron => {
    const p = new Perceptron(F);
    const tags = new Int32Array(4096);
    for (let epoch = 0; epoch < epochs; epoch++) {
      let errors = 0;
      let tokens = 0;
      const visits = which.flatMap((di) => Array<number>(documents[di]!.weight ?? 1).fill(di));
      for (const di of shuffled(visits.length).map((k) => visits[k]!)) {
        for (const s of docs[di]!.sentences) {
          p.c++;
          if (!s.feats.length) continue;
          const e = emissions(s, p.w, second);
          if (cost) for (let i = 0; i < s.n; i++) for (let c = 0; c < C; c++) if (c !== s.gold[i]) e[i * C + c]! += cost;
          const out = s.n <= tags.length ? tags.subarray(0, s.n) : new Int32Array(s.n);
          viterbi(s.n, e, s.readable, transitionsOf(p.trans, p.end), out);
          tokens += s.n;
          let wrong = false;
          for (let i = 0; i < s.n; i++) if (out[i] !== s.gold[i]) wrong = true;
          if (!wrong) continue;
          const bump = (arr: Float64Array, sums: Float64Array, k: number, d: number) => {
            arr[k]! += d;
            sums[k]! += p.c * d;
          };
          for (let i = 0; i < s.n; i++) {
            const g = s.gold[i]!;
            const y = out[i]!;
            const gp = i > 0 ? s.gold[i - 1]! : C;
            const yp = i > 0 ? out[i - 1]! : C;
            if (g !== y || gp !== yp) {
              bump(p.trans, p.transU, gp * C + g, 1);
              bump(p.trans, p.transU, yp * C + y, -1);
            }
            if (g === y) continue;
            errors++;
            const update = (offsets: Int32Array, feats: Int32Array) => {
              for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
                const row = feats[k]! * C;
                bump(p.w, p.u, row + g, 1);
                bump(p.w, p.u, row + y, -1);
              }
            };
            update(s.offsets, s.feats);
            if (second && s.offsets2) update(s.offsets2, s.feats2!);
          }
          const gl = s.gold[s.n - 1]!;
          const yl = out[s.n - 1]!;
          if (gl !== yl) {
            bump(p.end, p.endU, gl, 1);
            bump(p.end, p.endU, yl, -1);
          }
        }
      }
      log(`  ${second ? 'second' : 'first'} pass, epoch ${epoch + 1}/${epochs}: ${errors} token errors in ${tokens} tokens`);
    }
    return p;
  };

  /** First-pass readings of documents `which` by averaged weights. */
  const predictLabels = (p: Perceptron, which: readonly number[]): Map<number, Map<string, string>> => {
    const avg = p.averaged();
    const trans = transitionsOf(avg.trans, avg.end);
    const out = new Map<number, Map<string, string>>();
    for (const di of which) {
      const d = docs[di]!;
      const tags = d.sentences.map((s) => {
        const t = new Int32Array(s.n);
        if (s.feats.length) viterbi(s.n, emissions(s, avg.w, false), s.readable, trans, t);
        return t;
      });
      out.set(di, docLabels(d.tokens, tags));
    }
    return out;
  };

  const all = docs.map((_, i) => i);
  let keepAll = keep;
  const firsts: Averaged[] = [];
  const seconds: Averaged[] = [];
  // each member of the ensemble: its own shuffles, jackknife and two passes
  for (let member = 0; member < ensemble; member++) {
    seed = (options.seed ?? 42) + 7919 * member;
    const jack = new Map<number, Map<string, string>>();
    for (let k = 0; k < folds; k++) {
      const p = train(all.filter((i) => i % folds !== k), false);
      for (const [di, labels] of predictLabels(p, all.filter((i) => i % folds === k))) jack.set(di, labels);
      log(`  member ${member + 1}/${ensemble}, fold ${k + 1}/${folds}`);
    }
    firsts.push(train(all, false).averaged());
    // the second pass's label features from the jackknife readings: the features they add are
    // numbered after those before (none is left out by minCount)
    const before = index.size;
    for (const [di, labels] of jack) labelFeaturesOf(docs[di]!, labels, vocab.id, index);
    const grown = new Int32Array(index.size);
    grown.set(keepAll);
    for (let f = before; f < index.size; f++) grown[f] = F++;
    keepAll = grown;
    for (const d of docs) for (const s of d.sentences) if (s.offsets2) [s.offsets2, s.feats2] = renumber(s.offsets2, s.feats2!, keepAll);
    seconds.push(train(all, true).averaged());
  }
  return pack([mean(firsts, F), mean(seconds, F)], index, keepAll, F, vocab.values, minWeight, epochs);
}

/** A perceptron's averaged weights and transitions. */
type Averaged = ReturnType<Perceptron['averaged']>;

/** The mean of the members' averaged weights (rows a member lacks count as zero). */
function mean(members: readonly Averaged[], F: number): Averaged {
  const w = new Float64Array(F * C);
  const trans = new Float64Array((C + 1) * C);
  const end = new Float64Array(C);
  for (const m of members) {
    m.w.forEach((x, i) => (w[i]! += x / members.length));
    m.trans.forEach((x, i) => (trans[i]! += x / members.length));
    m.end.forEach((x, i) => (end[i]! += x / members.length));
  }
  return { w, trans, end };
}

/** Set the second pass's label features of every sentence of `d` from first-pass `labels`
 *  (new features are added to the index). */
function labelFeaturesOf(d: Doc, labels: ReadonlyMap<string, string>, vocab: Vocabulary, index: FeatureIndex): void {
  const collect: number[] = [];
  const emit: EmitFeature = (t, a, b) => collect.push(index.add(t, a, b));
  d.tokens.forEach((tokens, si) => {
    const s = d.sentences[si]!;
    const prep = prepare(tokens, vocab);
    const ids = labelIds(prep, labels, vocab, s.readable);
    const offsets = new Int32Array(s.n + 1);
    collect.length = 0;
    for (let i = 0; i < s.n; i++) {
      offsets[i] = collect.length;
      if (s.readable[i]) labelFeatures(tokens, i, prep, ids, emit);
    }
    offsets[s.n] = collect.length;
    s.offsets2 = offsets;
    s.feats2 = Int32Array.from(collect);
  });
}

/** Features renumbered by `keep` (-1: left out). */
function renumber(offsets: Int32Array, feats: Int32Array, keep: Int32Array): [Int32Array, Int32Array] {
  const o = new Int32Array(offsets.length);
  const f: number[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    o[i] = f.length;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (keep[feats[k]!]! >= 0) f.push(keep[feats[k]!]!);
  }
  o[offsets.length - 1] = f.length;
  return [o, Int32Array.from(f)];
}

/** Quantise both passes to int16 rows, drop the features whose weights are all below
 *  `minWeight`, and keep the vocabulary values the rest name (sorted, '' first). */
function pack(passes: Array<{ w: Float64Array; trans: Float64Array; end: Float64Array }>, index: FeatureIndex, keep: Int32Array, F: number, values: readonly string[], minWeight: number, epochs: number): Omit<NerModelInput, 'source' | 'fingerprint' | 'fingerprintParts' | 'training'> {
  let max = 0;
  for (const p of passes) {
    for (const x of p.w) max = Math.max(max, Math.abs(x));
    for (const x of p.trans) max = Math.max(max, Math.abs(x));
    for (const x of p.end) max = Math.max(max, Math.abs(x));
  }
  const scale = 32000 / max;
  const width = passes.length * C;
  const q = (x: number) => (Math.abs(x) >= minWeight ? Math.round(x * scale) : 0);
  // key of each kept feature
  const keyOf = new Array<[number, number, number]>(F);
  for (const [t, a, b, row] of index.entries()) if (keep[row]! >= 0) keyOf[keep[row]!] = [t, a, b];
  const rows: Array<{ key: [number, number, number]; scores: Int16Array }> = [];
  for (let f = 0; f < F; f++) {
    const scores = new Int16Array(width);
    let any = false;
    passes.forEach((p, k) => {
      // the first pass has no rows for the features only the second reads
      if (f * C < p.w.length) for (let c = 0; c < C; c++) if ((scores[k * C + c] = q(p.w[f * C + c]!))) any = true;
    });
    if (any) rows.push({ key: keyOf[f]!, scores });
  }
  // the vocabulary the kept features name, sorted; ids renumbered
  const used = new Set<number>([0]);
  for (const r of rows) {
    used.add(r.key[1]);
    if (r.key[2] >= 0) used.add(r.key[2]);
  }
  const vocabulary = [...used].map((id) => values[id]!).sort((a, b) => (a === FLAG ? -1 : b === FLAG ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const newId = new Map(vocabulary.map((v, i) => [v, i] as const));
  const keyed = rows.map((r) => ({ t: r.key[0], a: newId.get(values[r.key[1]]!)!, b: r.key[2] >= 0 ? newId.get(values[r.key[2]]!)! : -1, scores: r.scores }));
  keyed.sort((x, y) => x.t - y.t || x.a - y.a || x.b - y.b);
  const keys = new Int32Array(3 * keyed.length);
  const weights = new Int16Array(keyed.length * width);
  keyed.forEach((r, f) => {
    keys.set([r.t, r.a, r.b], 3 * f);
    weights.set(r.scores, f * width);
  });
  const stored = (x: Float64Array) => Array.from(x, (v) => Math.round(v * scale));
  return {
    epochs,
    classes: [...NER_CLASSES],
    templates: TEMPLATES.map((t) => t.prefix),
    passes: passes.length,
    scale,
    transitions: passes.map((p) => ({ from: stored(p.trans), end: stored(p.end) })),
    vocabulary,
    keys,
    weights,
  };
}
