/**
 * Train the name tagger and write src/generated/ner-model.bin (ner-model-format.ts) from
 * ../shared/data (research licences: the data never enters the repository, only the learned
 * weights do):
 *   - CoNLL-2003 eng.train (Reuters RCV1, 1996);
 *   - the train split of the English Worldwide Newswire (Shan et al. 2023): articles at
 *     positions 0 and 2 mod 4 of worldwide-newswire.conll (dev is 1 mod 4, test 3 mod 4).
 *     Its types beyond CoNLL's are mapped: NORP (nationalities, religious and political
 *     groups) and PRODUCT to MISC, as CoNLL tags "German" and product names; FAC
 *     (airports, buildings, roads) to LOC, as CoNLL tags facilities; DATE and MONEY to O.
 * Each article is rebuilt as the scorer builds it (one space between tokens, a newline between
 * sentences) and run through the pipeline up to the quotes, so the tagger learns from the
 * rules' candidates as features (entityInputs, ruleCandidates), as analyzeArticle runs.
 * Deterministic: the same data and options write the same bytes (src/stages/entities/ner-train.ts).
 * Run: npm run train:ner [-- --epochs 12 --min-count 1 --min-weight 0.01 --limit N --out FILE].
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Token } from '../src/stages/entities/ner-features.js';
import { normalize } from '../src/stages/normalize.js';
import { runPipeline } from '../src/pipeline.js';
import { AnalyzeOptionsSchema } from '../src/schema.js';
import { entityInputs, ruleCandidates, taggerSentences } from '../src/stages/entities/index.js';
import { NER_CLASSES } from '../src/stages/entities/ner-model.js';
import { encodeNerModel } from '../src/stages/entities/ner-model-format.js';
import { trainNerModel, type TrainDocument } from '../src/stages/entities/ner-train.js';
import { fingerprintParts, nerFingerprint } from '../src/stages/entities/ner-fingerprint.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const EPOCHS = arg('epochs', 12);
const MIN_COUNT = arg('min-count', 1);
const MIN_WEIGHT = arg('min-weight', 0.01);
const COST = arg('cost', 5);
const SEED = arg('seed', 7);
const ENSEMBLE = arg('ensemble', 1);
/** Times an epoch reads each worldwide article (CoNLL's once). */
const WORLD_WEIGHT = arg('world-weight', 1);
/** Use every n-th document only (a quick run while developing). */
const EVERY = arg('every', 1);
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? process.argv[outAt + 1]! : 'src/generated/ner-model.bin';

const CONLL = '../shared/data/ner/conll2003/eng.train';
const WORLD = '../shared/data/ner/worldwide-newswire/worldwide-newswire.conll';
for (const f of [CONLL, WORLD]) {
  if (!existsSync(f)) {
    process.stderr.write(`train-ner: ${f} not found (the training data lives in ../shared/data)\n`);
    process.exit(2);
  }
}

/** The worldwide set's types as the tagger's four (see the header comment). */
const WORLD_TYPES: Record<string, string | null> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', NORP: 'MISC', PRODUCT: 'MISC', FAC: 'LOC', DATE: null, MONEY: null };

interface RawDoc {
  id: string;
  sentences: Array<{ words: string[]; tags: string[] }>;
}

/** Documents of a CoNLL-format file (IOB1 or IOB2), each with its id when the file gives one. */
function readConll(path: string): RawDoc[] {
  const docs: RawDoc[] = [];
  let doc: RawDoc | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) (doc ??= { id: `#${docs.length}`, sentences: [] }).sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) flush();
    else if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc?.sentences.length) docs.push(doc);
      doc = { id: cols[1] && cols[1] !== '-X-' ? cols[1] : `#${docs.length}`, sentences: [] };
    } else {
      words.push(cols[0]!);
      tags.push(cols[cols.length - 1]!);
    }
  }
  flush();
  if (doc?.sentences.length) docs.push(doc);
  return docs;
}

/** BIO class indexes of a sentence's tags (IOB1 or IOB2; types mapped by `types`). */
function bioOf(tags: readonly string[], types: Record<string, string | null> | null): number[] {
  const typeOf = (t: string) => (t === 'O' ? null : types ? (types[t.slice(2)] ?? null) : t.slice(2));
  return tags.map((t, i) => {
    const type = typeOf(t);
    if (!type) return 0;
    const prev = i > 0 ? typeOf(tags[i - 1]!) : null;
    const bi = t.startsWith('B-') || prev !== type ? 'B' : 'I';
    return NER_CLASSES.indexOf(`${bi}-${type}` as (typeof NER_CLASSES)[number]);
  });
}

/** A gold name: a character range of the rebuilt text and its class's type. */
interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

/** BIO class indexes of tokens from gold character ranges: a token inside a range is B- at
 *  its first token, I- after; a token that straddles a range's edge is O. */
function classesOf(tokens: readonly Token[], spans: readonly GoldSpan[]): number[] {
  let k = 0;
  return tokens.map((t, i) => {
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const g = spans[k];
    if (!g || t.start < g.start || t.end > g.end) return 0;
    const inside = i > 0 && tokens[i - 1]!.start >= g.start;
    return NER_CLASSES.indexOf(`${inside ? 'I' : 'B'}-${g.type}` as (typeof NER_CLASSES)[number]);
  });
}

/**
 * A document as the tagger trains on it: its text rebuilt as the scorer rebuilds it, run
 * through the pipeline as analyzeArticle runs it, its sentences read as the tagger reads them
 * at run time (taggerSentences: the segmenter's sentences, the tagger's tokens, the rules'
 * readings), each token's gold class taken from the gold names' character ranges.
 */
function trainingDocument(raw: RawDoc, types: Record<string, string | null> | null): TrainDocument {
  let text = '';
  const spans: GoldSpan[] = [];
  raw.sentences.forEach((s, si) => {
    if (si) text += '\n';
    const classes = bioOf(s.tags, types);
    s.words.forEach((w, wi) => {
      if (wi) text += ' ';
      const c = NER_CLASSES[classes[wi]!]!;
      if (c.startsWith('B-')) spans.push({ start: text.length, end: text.length + w.length, type: c.slice(2) });
      else if (c.startsWith('I-')) spans[spans.length - 1]!.end = text.length + w.length;
      text += w;
    });
  });
  const d = normalize(text);
  // normalisation moved offsets (rare: odd spaces): the gold tokens, without the rules' readings
  if (d.text !== text) {
    let pos = 0;
    const sentences = raw.sentences.map((s, si) => {
      if (si) pos++;
      return s.words.map((w, wi) => {
        if (wi) pos++;
        const t = { start: pos, end: pos + w.length, text: w };
        pos += w.length;
        return t;
      });
    });
    return { sentences, gold: sentences.map((s) => classesOf(s, spans)) };
  }
  const up = runPipeline(d, AnalyzeOptionsSchema.parse({}), { until: 'quotes' });
  const { sentences: ss, exclude, anchors } = entityInputs(d.text, up.layout, up.quotes);
  const sentences = taggerSentences(d.text, ss, exclude, ruleCandidates(d.text, ss, exclude, anchors)).filter((s) => s.length);
  return { sentences, gold: sentences.map((s) => classesOf(s, spans)) };
}

const started = Date.now();
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
const conll = readConll(CONLL).filter((_, i) => i % EVERY === 0);
const world = readConll(WORLD).filter((_, i) => i % 4 === 0 || i % 4 === 2).filter((_, i) => i % EVERY === 0);
const documents = [...conll.map((d) => trainingDocument(d, null)), ...world.map((d) => ({ ...trainingDocument(d, WORLD_TYPES), weight: WORLD_WEIGHT }))];
const goldTokens = (docs: RawDoc[]) => docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tags.filter((t) => t !== 'O').length, 0), 0);
const seen = documents.reduce((n, d) => n + d.gold.flat().filter((c) => c > 0).length, 0);
process.stderr.write(`train-ner: ${seen} of ${goldTokens(conll) + goldTokens(world)} gold name tokens as the tagger reads the text (the rest: DATE and MONEY, excluded ranges, token edges)\n`);
process.stderr.write(`train-ner: ${conll.length} CoNLL and ${world.length} worldwide documents read and run through the rules in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
const trained = trainNerModel(documents, { epochs: EPOCHS, minCount: MIN_COUNT, minWeight: MIN_WEIGHT, cost: COST, seed: SEED, ensemble: ENSEMBLE, log: (l) => process.stderr.write(`${l}\n`) });
const parts = fingerprintParts();
const bytes = encodeNerModel({
  source: 'structured averaged perceptrons trained on CoNLL-2003 eng.train (Reuters RCV1, research licence) and the English Worldwide Newswire train split (Shan et al. 2023, research use); weights only',
  fingerprint: nerFingerprint(parts),
  fingerprintParts: parts,
  training: { conll: sha(CONLL), world: sha(WORLD), worldSplit: 'positions 0 and 2 mod 4', documents: documents.length, epochs: EPOCHS, minCount: MIN_COUNT, minWeight: MIN_WEIGHT, cost: COST, seed: SEED, ensemble: ENSEMBLE, worldWeight: WORLD_WEIGHT, every: EVERY },
  ...trained,
});
// one binary file, read on first use (ner-model-file.ts): importing the package reads nothing
writeFileSync(OUT, bytes);
const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
process.stderr.write(`train-ner: ${OUT}: ${(bytes.length / 1e6).toFixed(2)} MB, ${trained.keys.length / 3} features, sha256 ${digest}, in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
