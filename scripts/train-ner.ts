/**
 * Train the name tagger on CoNLL-2003 eng.train (../shared/data, research licence: the data
 * never enters the repository, only the learned weights do) and write
 * src/generated/ner-model.ts. Run: npm run train:ner [-- --epochs 8 --min-count 2].
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { docWords, tokenFeatures, type Token } from '../src/stages/entities/ner-features.js';
import { NER_CLASSES, allowed, withTags } from '../src/stages/entities/ner-model.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const EPOCHS = arg('epochs', 8);
const MIN_ABS = arg('min-weight', 0.02);
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
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!words.length) return;
    let pos = 0;
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
    doc.push({ tokens, gold: bio.map((t) => NER_CLASSES.indexOf(t as (typeof NER_CLASSES)[number])) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) flush();
    else if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
    } else {
      words.push(cols[0]!);
      tags.push(cols[cols.length - 1]!);
    }
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

const C = NER_CLASSES.length;
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
let step = 0;

function update(features: string[], truth: number, guess: number): void {
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
}

function score(features: string[]): Float64Array {
  const s = new Float64Array(C);
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let c = 0; c < C; c++) s[c]! += w[c]!;
  }
  return s;
}

const docs = readConll(file);
process.stderr.write(`train-ner: ${docs.length} documents, ${docs.reduce((n, d) => n + d.length, 0)} sentences\n`);
// deterministic shuffle
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = docs.map((_, i) => i).sort(() => rand() - 0.5);
  let errors = 0;
  let seen = 0;
  for (const di of order) {
    const doc = docs[di]!;
    const dw = docWords(doc.map((s) => s.tokens));
    for (const s of doc) {
      const tags: string[] = [];
      const letters = s.tokens.filter((t) => /\p{L}/u.test(t.text));
      const allCaps = letters.length > 2 && letters.every((t) => t.text === t.text.toUpperCase());
      for (let i = 0; i < s.tokens.length; i++) {
        const t = s.tokens[i]!.text;
        const prev = tags[i - 1] ?? '<s>';
        const prev2 = tags[i - 2] ?? '<s>';
        if (!/^[\p{Lu}\d]/u.test(t) && !/^(?:de|da|van|von|der|den|bin|al|el|la|le|du|del|dos|of|for|and|the|&)$/i.test(t)) {
          tags.push('O');
          continue;
        }
        const feats = withTags(tokenFeatures(s.tokens, i, dw, allCaps), prev, prev2, t);
        const sc = score(feats);
        let best = 0;
        for (let c = 1; c < C; c++) if (sc[c]! > sc[best]! && allowed(prev, NER_CLASSES[c]!)) best = c;
        const truth = s.gold[i]!;
        step++;
        seen++;
        if (best !== truth) {
          errors++;
          update(feats, truth, best);
        }
        tags.push(NER_CLASSES[best]!);
      }
    }
  }
  process.stderr.write(`epoch ${epoch + 1}: ${(100 * (1 - errors / seen)).toFixed(2)} % of scored tokens right\n`);
}

// average, prune small weights, quantise to int16 with one scale
const averaged = new Map<string, Float64Array>();
let max = 0;
for (const [f, w] of weights) {
  const tot = totals.get(f)!;
  const st = stamps.get(f)!;
  const avg = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    avg[c] = (tot[c]! + (step - st[c]!) * w[c]!) / step;
    max = Math.max(max, Math.abs(avg[c]!));
  }
  averaged.set(f, avg);
}
const scale = 32000 / max;
const out: Record<string, number[]> = {};
let kept = 0;
for (const [f, avg] of averaged) {
  const pairs: number[] = [];
  for (let c = 0; c < C; c++) {
    const q = Math.round(avg[c]! * scale);
    if (Math.abs(avg[c]!) >= MIN_ABS && q !== 0) pairs.push(c, q);
  }
  if (pairs.length) {
    out[f] = pairs;
    kept++;
  }
}
const json = JSON.stringify({ source: 'averaged perceptron trained on CoNLL-2003 eng.train (Reuters RCV1, research licence); weights only', epochs: EPOCHS, classes: NER_CLASSES, scale, weights: out });
// a string literal, parsed on first use: importing the package stays cheap
writeFileSync('src/generated/ner-model.ts', `// Generated by scripts/train-ner.ts: averaged-perceptron weights (CoNLL-2003 eng.train). Do not edit.\nexport const NER_MODEL_JSON = ${JSON.stringify(json)};\n`);
process.stderr.write(`train-ner: ${kept} of ${averaged.size} features kept, ${(json.length / 1e6).toFixed(2)} MB\n`);
