#!/usr/bin/env node
/**
 * calibrate: how often each sieve's outcome is right, on the real articles of
 * ../shared/data/gold/real-dev and on the GGT quotes, beside the confidence the sieve gives it.
 * A speaker's confidence should be the share of such speakers that are right: read the table,
 * set the confidences in src/stages/attribution/sieves/*.ts, and check with the scorer's
 * speaker_conf_gap. Matching and name rules are the scorer's own (../shared/eval/lib).
 *
 *   npm run build && node scripts/calibrate.mjs            # the table
 *   node scripts/calibrate.mjs --impl dist/index.js --min 5
 *   node scripts/calibrate.mjs --wrong carry-forward      # also list that sieve's wrong speakers
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const shared = resolve(root, '../shared');
const lib = join(shared, 'eval/lib');
const { RULES, goldSpans, predQuotes, matchQuotes, predSpeakerNames, firstPred } = await import(pathToFileURL(join(lib, 'quotes.mjs')).href);
const { surnameIndex, anyNameMatch, nameAlternatives, normName, overlapLen, isSpan } = await import(pathToFileURL(join(lib, 'match.mjs')).href);
const { analyzeArticle } = await import(pathToFileURL(resolve(root, opt('--impl', 'dist/index.js'))).href);
const MIN = Number(opt('--min', 3));
/** a sieve whose wrong speakers are listed, with the quote and the gold speaker */
const WRONG = opt('--wrong', null);
const list = (x) => (Array.isArray(x) ? x : []);

/** rows[set][method|confidence] = [right, all] */
const rows = { 'real-dev': new Map(), GGT: new Map() };
const count = (set, pq, ok, show) => {
  if (ok === null || !pq?.speaker) return;
  if (!ok && pq.speaker.method === WRONG) console.log(`${set}: ${show()}`);
  const key = `${pq.speaker.method}|${pq.speaker.confidence}`;
  const r = rows[set].get(key) ?? [0, 0];
  r[0] += ok ? 1 : 0;
  r[1] += 1;
  rows[set].set(key, r);
};

// real-dev: texts from the articles the gold files name
const goldDir = join(shared, 'data/gold/real-dev');
const texts = new Map();
const textOf = (src) => {
  const file = resolve(shared, src.file);
  if (!texts.has(file)) texts.set(file, new Map(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [String(r.id), r.text])));
  return texts.get(file).get(String(src.id));
};
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.expected.json'))) {
  const exp = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  const text = textOf(exp.source);
  const res = analyzeArticle(text);
  const scope = isSpan(exp.annotationScope) ? exp.annotationScope : isSpan(exp.body) ? exp.body : null;
  const golds = list(exp.quotes).map((q) => ({ q, spans: goldSpans(text, q) })).filter((g) => g.spans.length && !g.q.optional);
  let preds = predQuotes(text, res);
  if (scope) preds = preds.filter((p) => overlapLen(p.spans, [[scope.start, scope.end]]) > 0);
  const m = matchQuotes(golds, preds, RULES.contract);
  const entities = [...list(exp.people), ...list(exp.organizations)];
  const namesOf = (e) => [e?.name, ...list(e?.aliases)].filter((x) => typeof x === 'string' && x.trim());
  const goldNames = (q) => {
    const n = [];
    for (const s of [q.speaker, ...list(q.speakerAlternatives)]) {
      if (typeof s !== 'string' || !s.trim()) continue;
      n.push(s);
      const e = entities.find((x) => namesOf(x).map(normName).includes(normName(s)));
      if (e) n.push(...namesOf(e));
    }
    if (q.speakerId != null) n.push(...namesOf(entities.find((x) => x.id === q.speakerId)));
    return n;
  };
  const surnames = surnameIndex([...entities.flatMap(namesOf), ...golds.flatMap((g) => [g.q.speaker, ...list(g.q.speakerAlternatives)]).filter((s) => typeof s === 'string' && s.trim())]);
  for (const pair of m.pairs) {
    const g = golds[pair.g].q;
    const pq = firstPred(pair, preds);
    const gn = goldNames(g);
    count('real-dev', pq, gn.length ? anyNameMatch(predSpeakerNames(res, pq), gn, surnames) : null, () => `${f} ${JSON.stringify(text.slice(pq.start, pq.start + 80))} → ${JSON.stringify(pq.speaker.name)}, gold ${JSON.stringify(g.speaker)}`);
  }
}

// GGT
for (const line of readFileSync(join(shared, 'data/quotes/ggt/ggt-eval-2020.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  const res = analyzeArticle(d.text);
  const golds = d.quotes.map((q) => ({ q, spans: goldSpans(d.text, q) })).filter((g) => g.spans.length);
  const preds = predQuotes(d.text, res);
  const m = matchQuotes(golds, preds, RULES.contract);
  const surnames = surnameIndex([...(d.people || []), ...d.quotes.map((q) => q.speakerResolved).filter(Boolean)]);
  for (const pair of m.pairs) {
    const g = golds[pair.g].q;
    const pq = firstPred(pair, preds);
    count('GGT', pq, anyNameMatch(predSpeakerNames(res, pq), nameAlternatives(g.speakerResolved), surnames), () => `${d.id ?? ''} ${JSON.stringify(d.text.slice(pq.start, pq.start + 80))} → ${JSON.stringify(pq.speaker.name)}, gold ${JSON.stringify(g.speakerResolved)}`);
  }
}

// the table: per method and confidence, the share right in each set and together
const keys = [...new Set([...rows['real-dev'].keys(), ...rows.GGT.keys()])].sort();
const pct = (r) => (r && r[1] ? `${(r[0] / r[1]).toFixed(2)} (${r[1]})` : '-');
console.log('method             confidence  real-dev      GGT           both');
for (const k of keys) {
  const a = rows['real-dev'].get(k);
  const b = rows.GGT.get(k);
  const both = [(a?.[0] ?? 0) + (b?.[0] ?? 0), (a?.[1] ?? 0) + (b?.[1] ?? 0)];
  if (both[1] < MIN) continue;
  const [method, conf] = k.split('|');
  console.log(`${method.padEnd(18)} ${conf.padEnd(11)} ${pct(a).padEnd(13)} ${pct(b).padEnd(13)} ${pct(both)}`);
}
