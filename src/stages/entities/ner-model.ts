/**
 * The name tagger: an averaged perceptron over ner-features, trained at build time on the
 * CoNLL-2003 training set (scripts/train-ner.ts) and shipped as compact weights in
 * src/generated/ner-model.ts (a JSON string parsed on first use). Greedy left-to-right decoding with the two previous tags.
 */
import { NER_MODEL_JSON } from '../../generated/ner-model.js';
import { tokenFeatures, type DocWords, type Token } from './ner-features.js';

export const NER_CLASSES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerClass = (typeof NER_CLASSES)[number];

interface ModelFile {
  scale: number;
  weights: Record<string, Array<number>>;
}

let weights: Map<string, Int16Array> | null = null;

/** Decode the shipped weights once (each feature: class index/weight pairs). */
function load(): Map<string, Int16Array> {
  if (weights) return weights;
  const m = JSON.parse(NER_MODEL_JSON) as ModelFile;
  const map = new Map<string, Int16Array>();
  for (const [f, pairs] of Object.entries(m.weights)) {
    const row = new Int16Array(NER_CLASSES.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
    map.set(f, row);
  }
  weights = map;
  return map;
}

/** Scores of every class for a feature list. */
export function scoreFeatures(features: readonly string[], w: ReadonlyMap<string, ArrayLike<number>>): Float64Array {
  const s = new Float64Array(NER_CLASSES.length);
  for (const f of features) {
    const row = w.get(f);
    if (!row) continue;
    for (let c = 0; c < s.length; c++) s[c]! += row[c]!;
  }
  return s;
}

/** Features with the previous-tag context the tagger adds. */
export function withTags(base: string[], prevTag: string, prev2Tag: string, word: string): string[] {
  return [...base, `pt=${prevTag}`, `pt2=${prev2Tag}|${prevTag}`, `pt|w=${prevTag}|${word.toLowerCase()}`];
}

/** A tag is allowed after the previous one (I-X continues B-X or I-X). */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev === `B-${tag.slice(2)}` || prev === tag;
}

/** Tag one sentence. */
export function tagSentence(tokens: readonly Token[], doc: DocWords, w: ReadonlyMap<string, ArrayLike<number>> = load()): NerClass[] {
  const tags: NerClass[] = [];
  const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
  const allCaps = letters.length > 2 && letters.every((t) => t.text === t.text.toUpperCase());
  for (let i = 0; i < tokens.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    const prev2 = tags[i - 2] ?? '<s>';
    const t = tokens[i]!.text;
    // lower-case words and symbols are outside names, but for name particles
    if (!/^[\p{Lu}\d]/u.test(t) && !/^(?:de|da|van|von|der|den|bin|al|el|la|le|du|del|dos|of|for|and|the|&)$/i.test(t)) {
      tags.push('O');
      continue;
    }
    const scores = scoreFeatures(withTags(tokenFeatures(tokens, i, doc, allCaps), prev, prev2, t), w);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]! && allowed(prev, NER_CLASSES[c]!)) best = c;
    if (!allowed(prev, NER_CLASSES[best]!)) best = 0;
    tags.push(NER_CLASSES[best]!);
  }
  return tags;
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
