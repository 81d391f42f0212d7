#!/usr/bin/env node
/**
 * output-hash: the analyses of a fixed sample of real articles (../shared/data/articles) and of
 * the fixtures, hashed, so that a change meant to keep behaviour (a refactor) can show it did.
 *
 *   node scripts/output-hash.mjs                 # one line: articles, hash
 *   node scripts/output-hash.mjs --save a.txt    # also one line per article (id, hash) to diff
 *   node scripts/output-hash.mjs --impl dist/index.cjs
 *
 * The sample: every n-th article of each set, 340 in all, and every fixture input; each
 * analysed with the default options and with names: 'rules' and 'tagger'. Reads the build
 * (dist/), so run `npm run build` first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const impl = resolve(root, opt('--impl') ?? 'dist/index.js');
const save = opt('--save');
const data = resolve(root, opt('--data') ?? '../shared/data/articles');

/** Sets and how many articles of each (spread evenly over the file). */
const SETS = [
  ['bbc_news/articles.jsonl', 70],
  ['cnn_dailymail/articles.jsonl', 60],
  ['polnear/articles.jsonl', 50],
  ['reuters21578_sample/articles.jsonl', 40],
  ['tass/articles.jsonl', 20],
  ['kazinform_kk/articles.jsonl', 30],
  ['bd_english_scraped/articles.jsonl', 30],
  ['scraped_pages_2026/pages.jsonl', 40],
];

if (!existsSync(impl)) {
  console.error(`output-hash: ${impl} not found; run npm run build first`);
  process.exit(2);
}
if (!existsSync(data)) {
  console.error(`output-hash: ${data} not found (the shared data sits beside the checkout)`);
  process.exit(2);
}
const mod = await import(pathToFileURL(impl).href);
const analyzeArticle = mod.analyzeArticle ?? mod.default?.analyzeArticle;

const items = [];
for (const [file, n] of SETS) {
  const lines = readFileSync(join(data, file), 'utf8').split('\n').filter(Boolean);
  const step = lines.length / n;
  for (let k = 0; k < n && k < lines.length; k++) {
    const rec = JSON.parse(lines[Math.floor(k * step)]);
    items.push({ id: rec.id, text: rec.text });
  }
}
const fixtures = join(root, 'fixtures/articles');
for (const name of readdirSync(fixtures).sort()) items.push({ id: `fixture:${name}`, text: readFileSync(join(fixtures, name, 'input.txt'), 'utf8') });

const total = createHash('sha1');
const rows = [];
for (const it of items) {
  const h = createHash('sha1');
  for (const options of [undefined, { names: 'rules' }, { names: 'tagger' }]) h.update(JSON.stringify(analyzeArticle(it.text, options)));
  const digest = h.digest('hex');
  total.update(digest);
  rows.push(`${it.id} ${digest}`);
}
if (save) writeFileSync(save, rows.join('\n') + '\n');
console.log(`articles=${items.length} hash=${total.digest('hex')}`);
