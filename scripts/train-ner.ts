/**
 * Train the name tagger on CoNLL-2003 eng.train (../shared/data, research licence: the data
 * never enters the repository, only the learned weights do) and write
 * src/generated/ner-model.bin (ner-model-format.ts). Two averaged perceptrons: the first tags from local
 * evidence; the second also sees what the first said of the same word elsewhere in the
 * document (trained on first-pass tags predicted by 5-fold jackknife, as it will see them).
 * Both see the rules' candidates as features: each article is rebuilt as the scorer builds
 * it and run through the pipeline up to the quotes (runPipeline, entityInputs, ruleCandidates), as analyzeArticle runs.
 * Run: npm run train:ner [-- --epochs 8].
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { docWords, setRuleFeatures, type Token } from '../src/stages/entities/ner-features.js';
import { normalize } from '../src/stages/normalize.js';
import { runPipeline } from '../src/pipeline.js';
import { AnalyzeOptionsSchema } from '../src/schema.js';
import { entityInputs, ruleCandidates } from '../src/stages/entities/index.js';
import { NER_CLASSES, tagWith, docLabels, type Weights } from '../src/stages/entities/ner-model.js';
import { encodeNerModel } from '../src/stages/entities/ner-model-format.js';
import { fingerprintParts, nerFingerprint } from '../src/stages/entities/ner-fingerprint.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const EPOCHS = arg('epochs', 8);
const MIN_ABS = arg('min-weight', 0.02);
const DROP = arg('drop', 0);
const file = process.argv.find((a) => a.endsWith('eng.train')) ?? '../shared/data/ner/conll2003/eng.train';
if (!existsSync(file)) {
  process.stderr.write(`train-ner: ${file} not found (the CoNLL-2003 data lives in ../shared/data)\n`);
  process.exit(2);
}

type Sent = { tokens: Token[]; gold: number[] };
type Doc = Sent[];

/** CoNLL IOB1 -> BIO class indexes, grouped by document. */
function readConll(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = [];
  let docLength = 0;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!words.length) return;
    // offsets into the document's text as the scorer rebuilds it: tokens joined by a space,
    // sentences by a newline
    let pos = docLength + (doc.length ? 1 : 0);
    const tokens = words.map((w) => {
      const t = { start: pos, end: pos + w.length, text: w };
      pos += w.length + 1;
      return t;
    });
    const bio = tags.map((t, i) => {
      if (t === 'O') return 'O';
      const type = t.slice(2);
      const prev = tags[i - 1] ?? 'O';
      return t.startsWith('B-') || prev === 'O' || prev.slice(2) !== type ? `B-${type}` : `I-${type}`;
    });
    docLength = pos - 1;
    doc.push({ tokens, gold: bio.map((t) => NER_CLASSES.indexOf(t as (typeof NER_CLASSES)[number])) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) flush();
    else if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.length) docs.push(withRules(doc));
      doc = [];
      docLength = 0;
    } else {
      words.push(cols[0]!);
      tags.push(cols[cols.length - 1]!);
    }
  }
  flush();
  if (doc.length) docs.push(withRules(doc));
  return docs;
}

/** Give the tokens the rule candidates' features, the rules run as analyzeArticle runs them. */
function withRules(doc: Doc): Doc {
  const text = doc.map((s) => s.tokens.map((t) => t.text).join(' ')).join('\n');
  const d = normalize(text);
  if (d.text !== text) return doc; // normalisation moved offsets: learn without rule features here
  const up = runPipeline(d, AnalyzeOptionsSchema.parse({}), { until: 'quotes' });
  const { sentences, exclude, anchors } = entityInputs(d.text, up.layout, up.quotes);
  const rules = ruleCandidates(d.text, sentences, exclude, anchors);
  for (const s of doc) setRuleFeatures(s.tokens, rules.filter((r) => r.start < s.tokens[s.tokens.length - 1]!.end && r.end > s.tokens[0]!.start));
  return doc;
}

const C = NER_CLASSES.length;

/** Train one averaged perceptron; `labels` gives each document's first-pass tags, if any. */
function train(docs: Doc[], labels: Array<Map<string, string>> | null): Map<string, Float64Array> {
  const weights = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const update = (features: readonly string[], truth: number, guess: number) => {
    for (const f of features) {
      let w = weights.get(f);
      if (!w) {
        w = new Float64Array(C);
        weights.set(f, w);
        totals.set(f, new Float64Array(C));
        stamps.set(f, new Float64Array(C));
      }
      const tot = totals.get(f)!;
      const st = stamps.get(f)!;
      for (const [c, d] of [[truth, 1], [guess, -1]] as const) {
        tot[c]! += (step - st[c]!) * w[c]!;
        st[c] = step;
        w[c]! += d;
      }
    }
  };
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = docs.map((_, i) => i).sort(() => rand() - 0.5);
    for (const di of order) {
      const doc = docs[di]!;
      const dw = docWords(doc.map((s) => s.tokens));
      for (const s of doc) {
        // tag with the current weights and learn from every wrong decision on the way
        tagWith(s.tokens, dw, weights, labels?.[di] ?? null, (features, i, guess) => {
          step++;
          const truth = s.gold[i]!;
          // word-identity features dropped at random: the model must also learn from shape,
          // context and lexicon classes, which carry over to names CoNLL never saw
          if (guess !== truth) update(DROP > 0 ? features.filter((f) => !/^(?:w=|pt\|w=|caps\|w=)/.test(f) || rand() >= DROP) : features, truth, guess);
          return guess;
        });
      }
    }
  }
  const averaged = new Map<string, Float64Array>();
  for (const [f, w] of weights) {
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    const avg = new Float64Array(C);
    for (let c = 0; c < C; c++) avg[c] = (tot[c]! + (step - st[c]!) * w[c]!) / step;
    averaged.set(f, avg);
  }
  return averaged;
}

/** First-pass labels of every document, predicted by `weights`. */
function predictLabels(docs: Doc[], weights: Weights): Array<Map<string, string>> {
  return docs.map((doc) => {
    const toks = doc.map((s) => s.tokens);
    const dw = docWords(toks);
    return docLabels(toks, toks.map((t) => tagWith(t, dw, weights, null)));
  });
}

const docs = readConll(file);
process.stderr.write(`train-ner: ${docs.length} documents, ${docs.reduce((n, d) => n + d.length, 0)} sentences, ${EPOCHS} epochs\n`);
const FOLDS = 5;
const jack: Array<Map<string, string>> = new Array(docs.length);
for (let k = 0; k < FOLDS; k++) {
  const trainDocs = docs.filter((_, i) => i % FOLDS !== k);
  const w = train(trainDocs, null);
  const held = docs.map((d, i) => [d, i] as const).filter(([, i]) => i % FOLDS === k);
  const labels = predictLabels(held.map(([d]) => d), w);
  held.forEach(([, i], j) => (jack[i] = labels[j]!));
  process.stderr.write(`  fold ${k + 1}/${FOLDS}\n`);
}
const first = train(docs, null);
const second = train(docs, jack);

/** Prune and quantise a model to int16 pairs (class, weight). */
function pack(m: Map<string, Float64Array>): { scale: number; weights: Record<string, number[]> } {
  let max = 0;
  for (const avg of m.values()) for (const x of avg) max = Math.max(max, Math.abs(x));
  const scale = 32000 / max;
  const out: Record<string, number[]> = {};
  for (const [f, avg] of m) {
    const pairs: number[] = [];
    for (let c = 0; c < C; c++) {
      const q = Math.round(avg[c]! * scale);
      if (Math.abs(avg[c]!) >= MIN_ABS && q !== 0) pairs.push(c, q);
    }
    if (pairs.length) out[f] = pairs;
  }
  return { scale, weights: out };
}
/** Both passes' packed weights as the dense rows ner-model.bin stores: features in the order
 *  the first pass lists them, then those only the second has. */
function rows(passes: ReadonlyArray<ReturnType<typeof pack>>): { features: string[]; weights: Int16Array } {
  const features: string[] = [];
  const index = new Map<string, number>();
  for (const p of passes) for (const f of Object.keys(p.weights)) if (!index.has(f)) index.set(f, features.push(f) - 1);
  const width = passes.length * C;
  const weights = new Int16Array(features.length * width);
  passes.forEach((p, pass) => {
    for (const [f, pairs] of Object.entries(p.weights)) for (let k = 0; k < pairs.length; k += 2) weights[index.get(f)! * width + pass * C + pairs[k]!] = pairs[k + 1]!;
  });
  return { features, weights };
}
const passes = [pack(first), pack(second)];
const parts = fingerprintParts();
const bytes = encodeNerModel({
  source: 'averaged perceptrons trained on CoNLL-2003 eng.train (Reuters RCV1, research licence); weights only',
  epochs: EPOCHS,
  classes: [...NER_CLASSES],
  scale: passes.map((p) => p.scale),
  fingerprint: nerFingerprint(parts),
  fingerprintParts: parts,
  ...rows(passes),
});
// one binary file, read on first use (ner-model-file.ts): importing the package reads nothing
writeFileSync('src/generated/ner-model.bin', bytes);
process.stderr.write(`train-ner: ${(bytes.length / 1e6).toFixed(2)} MB\n`);
