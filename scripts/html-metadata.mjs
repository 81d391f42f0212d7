#!/usr/bin/env node
/**
 * node scripts/html-metadata.mjs: how much of `metadata` analyzeHtml reads on the 181 pages of
 * the Zyte article-extraction benchmark (../shared/data/articles/article_extraction_benchmark),
 * from the built package (run `npm run build` first). Prints, per field, the pages that have a
 * value, and checks the values' shapes: dates ISO 8601 and after 1900, authors without "By",
 * digits, addresses or repeats. The README's metadata table is this script's output.
 * Options: --verbose (list every author and date), --data-root <dir> (default ../shared/data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const at = argv.indexOf('--data-root');
const dataRoot = at >= 0 ? argv[at + 1] : join(root, '..', 'shared', 'data');
const dir = join(dataRoot, 'articles', 'article_extraction_benchmark');
const dist = join(root, 'dist', 'html.js');
if (!existsSync(dist)) {
  console.error('html-metadata: build first (npm run build)');
  process.exit(2);
}
if (!existsSync(dir)) {
  console.error(`html-metadata: no benchmark at ${dir}`);
  process.exit(2);
}
const { analyzeHtml } = await import(dist);
const verbose = argv.includes('--verbose');

const FIELDS = ['headline', 'published', 'modified', 'authors', 'publisher', 'section', 'url', 'canonicalUrl', 'language', 'image', 'description'];
/** ISO 8601 as the schema promises: a date, or a date and time with an optional zone, in a plausible year. */
const ISO = /^(\d{4})-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const validDate = (d) => ISO.test(d) && +ISO.exec(d)[1] >= 1900 && !Number.isNaN(Date.parse(d));
/** A month or weekday name after a name's first word, glued on or not ("Jeff FoustMonday"). */
const CALENDAR = /.(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** An author value that is a name: no "By", no digits, no date, no address or handle, not a sentence. */
const cleanAuthor = (a) => !/^(?:by|por|von|par)\b/i.test(a) && !/\d|@|https?:|\bupdated\b|\bpublished\b/i.test(a) && !CALENDAR.test(a) && a.split(/\s+/).length <= 6;

const rows = readFileSync(join(dir, 'ground_truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const have = Object.fromEntries(FIELDS.map((f) => [f, 0]));
const bad = { dates: [], authors: [] };
for (const r of rows) {
  const { metadata: m } = analyzeHtml(gunzipSync(readFileSync(join(dir, r.html_file))).toString('utf8'), { url: r.url });
  for (const f of FIELDS) if (f === 'authors' ? m.authors.length : m[f] !== null) have[f]++;
  for (const d of [m.published, m.modified]) if (d !== null && !validDate(d)) bad.dates.push(`${r.url}: ${d}`);
  for (const a of m.authors) if (!cleanAuthor(a)) bad.authors.push(`${r.url}: ${a}`);
  if (new Set(m.authors.map((a) => a.toLowerCase())).size !== m.authors.length) bad.authors.push(`${r.url}: repeated in ${JSON.stringify(m.authors)}`);
  if (verbose) console.log(`${r.url.slice(0, 70)}\n  ${m.published ?? '-'} | ${m.modified ?? '-'} | ${JSON.stringify(m.authors)}`);
}
const pct = (n) => `${Math.round((100 * n) / rows.length)} %`;
console.log(`| field | pages with a value (of ${rows.length}) |\n|---|---|`);
for (const f of FIELDS) console.log(`| ${f} | ${have[f]} (${pct(have[f])}) |`);
console.log(`\ndates not ISO 8601 or before 1900: ${bad.dates.length}${bad.dates.length ? `\n  ${bad.dates.join('\n  ')}` : ''}`);
console.log(`author values that are no clean name: ${bad.authors.length}${bad.authors.length ? `\n  ${bad.authors.join('\n  ')}` : ''}`);
