#!/usr/bin/env node
/**
 * npm run bench: the speed figures of issue #7 on this machine, from the built package (run
 * `npm run build` first). Benchmarks, not tests: it prints, it does not judge.
 *   - start-up: importing the package vs importing compromise, side by side (median of 7)
 *   - one article from a cold process (the CLI) vs a one-shot compromise script on the same article
 *   - throughput on the invented fixtures, and cost per KB of a 3 KB vs a 1 MB article
 *   - allocation per 3 KB article, and the first analysis in a fresh process (issue #20)
 *   - adversarial inputs (1 MB of quote marks, capitals, dashes, one line, …): time each
 *   - batch: articles/s on 1 and 2 worker threads, and their peak RSS
 *   - with ../shared present, the shared speed suite (300 real articles vs naive compromise)
 *   - the coverage report (#19): `article-anatomy report` end to end over 10,000 records (the
 *     invented fixtures' records repeated with distinct ids, dates, outlets and many invented
 *     names; target <= 10 s), its peak RSS there and over 30,000 and 100,000 such records
 *     (bounded memory: flat once its counters are full), and, with ../shared present, over
 *     the records of 2,000 real articles (batch, then report; the report's time)
 * Options: --quick (fewer repetitions, no shared suite), --articles N (batch size, 2000),
 * --adversarial (only the adversarial rows), --scaling (only the scaling check: each of 31
 * repeated pieces of news text at 250 KB and 1 MB; a ratio of times above 6, where 4 is
 * linear, is marked), --report (only the coverage report's rows).
 */
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixtureTexts, OUTLETS } from './report-fixtures.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist', 'index.js');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(dist) || !existsSync(cli)) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const quick = process.argv.includes('--quick');
const nArg = process.argv.indexOf('--articles');
const batchSize = nArg > 0 ? Number(process.argv[nArg + 1]) : quick ? 300 : 2000;
const reps = quick ? 3 : 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time (ms) of a node process with these arguments. */
function timeNode(args, input) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return { ms: performance.now() - t, r };
}

const lines = [];
const say = (s) => {
  lines.push(s);
  console.log(s);
};
say(`article-anatomy bench — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

/** An invented name for number i (distinct for distinct i). */
function invented(i) {
  const c = 'bcdfghjklmnprstvwz';
  const v = 'aeiou';
  let s = '';
  for (let x = i + 1; x > 0; x = Math.floor(x / 90)) s += c[x % 18] + v[Math.floor(x / 18) % 5];
  return s[0].toUpperCase() + s.slice(1);
}

/** Pieces piece(0), piece(1), … joined up to `size` characters. */
function fill(size, piece) {
  const parts = [];
  for (let i = 0, n = 0; n < size; i++) n += parts[parts.push(piece(i)) - 1].length;
  return parts.join('');
}

// adversarial inputs (issue #8 asks <= 2 s each), each analysed once in this process
async function adversarialRows() {
  const { analyzeArticle } = await import(dist);
  analyzeArticle('Warm up. "Yes," she said.');
  const MB = 1_000_000;
  const adversarial = {
    '1 MB of quote marks': '"'.repeat(MB),
    '1 MB of curly quote marks': '“”'.repeat(MB / 2),
    '1 MB of capitals': 'A'.repeat(MB),
    '1 MB of dashes': '-'.repeat(MB),
    'one 1 MB line of prose': 'The minister said the plan would work. '.repeat(MB / 40),
    'one 1 MB sentence (no period)': fill(MB, () => 'the Minister said that Asel Karaulova and the Press Club would meet '),
    '100,000 one-line paragraphs': 'Short line.\n'.repeat(100_000),
    '1 MB of names and quotes': 'Asel Karaulova said: "Yes." '.repeat(Math.floor(MB / 28)),
    // many distinct entities: every "which cluster is this" must be a lookup, not a scan
    '1 MB of distinct people with titles': fill(MB, (i) => `Minister ${invented(i)} met President ${invented(i + 1)} of ${invented(i + 2)}. `),
    '1 MB of people sharing a surname': fill(MB, (i) => `${invented(i)} Pokiak arrived. Pokiak said: "Fine." `),
    '1 MB of sentences opening with one word': fill(MB, (i) => `The ${invented(i).toLowerCase()} stayed. `),
    '1 MB of companies quoted as "the company"': fill(MB, (i) => `${invented(i)} Corporation opened a plant. "It works," the company said. `),
  };
  for (const [name, text] of Object.entries(adversarial)) {
    const t0 = performance.now();
    analyzeArticle(text);
    say(`adversarial: ${name}: ${(performance.now() - t0).toFixed(0)} ms`);
  }
}
/** Pieces of news text, each repeated to a size: the cues, marks, names and scripts whose
 *  handling was once quadratic in a long sentence or paragraph. */
const SCALING_PIECES = {
  'colon, quote': ': "', 'said that': 'the Minister said that Asel Karaulova and the Press Club would meet ',
  'according to after': '"Yes," according to the minister ', 'according to before': 'According to Asel Karaulova, "yes" ',
  'dash credit': '"We won" — Asel Karaulova, coach ', pronouns: 'She said: "Fine." He added that it was fine. ',
  'nested marks': '“He said ‘no’ and “yes” ', 'opening marks': '“Open ', 'closing marks': 'close” ', guillemets: '« x » ', 'single marks': '‘a’ ',
  'bare cues': 'said, told, added, noted, ', 'the Association': 'The Association said. The Ministry said. ', 'titled speaker': 'Minister Asel Karaulova said "ok". ',
  roles: 'Asel Karaulova, president of the Kazakhstan Press Club, ', datelines: 'ASTANA. KAZINFORM – ', bylines: 'By Asel Karaulova\n',
  'spaced hyphen': 'Akufo - Addo said ', brackets: '( Afreximbank ) ', 'quote sentences': '"Yes." "No." ', 'colon lines': 'Karaulova:\n"Yes."\n', apostrophes: "O'Neil's ",
  addresses: 'https://example.com/a/b?c=d ', 'e-mail': 'asel@example.kz ', numbers: '12,500 3.5% 2026-11-26 ', entities: '&lt;b&gt; &amp; &#8220;x&#8221; ',
  'mixed quotes': 'He called it "a disaster" and "a shame" ', 'indirect speech': 'Officials said the plan, which critics say is flawed, would work ',
  Kazakh: 'Қазақстан Президенті «Иә» деді. ', Chinese: '他说：“是的。” ', Arabic: 'قال الوزير «نعم» ',
};

async function scalingRows() {
  const { analyzeArticle } = await import(dist);
  analyzeArticle('Warm up. "Yes," she said.');
  for (const [name, piece] of Object.entries(SCALING_PIECES)) {
    const times = [250_000, 1_000_000].map((size) => {
      const text = piece.repeat(Math.ceil(size / piece.length));
      const t0 = performance.now();
      analyzeArticle(text);
      return performance.now() - t0;
    });
    const ratio = times[1] / Math.max(1, times[0]);
    say(`scaling: ${name}: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(' -> ')} (x${ratio.toFixed(1)})${ratio > 6 ? '  <- more than linear?' : ''}`);
  }
}

/** Write `n` batch output lines to `file`, made of the records of the invented fixtures:
 *  each with its own id, a date in 2024–2025, one of 12 invented outlets, and, in three
 *  lines of four, its people and organisations renamed from about 40,000 invented names (so
 *  that the report's counters hold more names than they keep). Written in chunks: 100,000
 *  lines are about 700 MB. */
function writeReportRecords(file, n, records) {
  const outlets = [...OUTLETS, ...Array.from({ length: 8 }, (_, k) => `The ${invented(k + 100)} Post`)];
  const fd = openSync(file, 'w');
  let chunk = [];
  for (let i = 0; i < n; i++) {
    const rec = records[i % records.length];
    const renamed = new Map();
    const rename = (name) => {
      if (i % 4 === 0) return name;
      if (!renamed.has(name)) renamed.set(name, `${invented(((i * 2654435761) >>> 0) % 40_000 + renamed.size)} ${name.split(' ').at(-1)}`);
      return renamed.get(name);
    };
    const day = new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10);
    const line = {
      id: `bench-${i}`,
      date: day,
      source: outlets[i % outlets.length],
      ...rec,
      people: rec.people.map((p) => ({ ...p, name: rename(p.name) })),
      organizations: rec.organizations.map((o) => ({ ...o, name: rename(o.name) })),
      quotes: rec.quotes.map((q) => (q.speaker?.entityId ? { ...q, speaker: { ...q.speaker, name: rename(q.speaker.name) } } : q)),
    };
    chunk.push(JSON.stringify(line));
    if (chunk.length === 1000 || i === n - 1) {
      writeSync(fd, chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  closeSync(fd);
}

/** Time `article-anatomy report` on a records file (wall, with start-up); its peak RSS. */
function timeReport(file, out) {
  const { ms, r } = timeNode([cli, 'report', file, '-o', out, '--no-progress']);
  if (r.status !== 0) throw new Error(`report failed: ${r.stderr}`);
  return { ms, rss: /peak RSS (\d+) MB/.exec(r.stderr)?.[1] ?? '?' };
}

/** 2,000 real articles of ../shared/data (by turns from each set of plain-text articles),
 *  with their set as the outlet and their date where they have one; null without the data. */
function sharedArticles(n) {
  const dir = join(root, '..', 'shared', 'data', 'articles');
  if (!existsSync(dir)) return null;
  const sets = readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'articles.jsonl')))
    .sort()
    .map((d) => readFileSync(join(dir, d, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  const out = [];
  for (let k = 0; out.length < n && sets.some((s) => k < s.length); k++)
    for (const s of sets) if (k < s.length && out.length < n) out.push({ id: s[k].id, ...(typeof s[k].date === 'string' ? { date: s[k].date } : {}), source: s[k].source, text: s[k].text });
  return out;
}

async function reportRows() {
  const { analyzeArticle } = await import(dist);
  const records = fixtureTexts().map(({ text }) => analyzeArticle(text));
  const dir = mkdtempSync(join(tmpdir(), 'article-anatomy-bench-report-'));
  try {
    const rss = {};
    for (const n of [10_000, 30_000, 100_000]) {
      const file = join(dir, `records-${n}.jsonl`);
      writeReportRecords(file, n, records);
      const { ms, rss: peak } = timeReport(file, join(dir, 'report.html'));
      rss[n] = peak;
      say(`report of ${n.toLocaleString('en')} records (invented, ${Math.round(statSync(file).size / 1e6)} MB): ${(ms / 1000).toFixed(1)} s${n === 10_000 ? ' (target <= 10 s)' : ''}, peak RSS ${peak} MB`);
      rmSync(file);
    }
    // the counters fill (at twice their capacity) within about 20,000 such records; from there
    // what the report keeps no longer grows, and neither does the heap V8 sizes to it
    say(`report peak RSS at 10,000 / 30,000 / 100,000 records: ${rss[10_000]} / ${rss[30_000]} / ${rss[100_000]} MB (target: flat once the counters are full)`);
    const real = sharedArticles(2000);
    if (real) {
      const input = join(dir, 'real.jsonl');
      writeFileSync(input, real.map((a) => JSON.stringify(a)).join('\n') + '\n');
      const recordsFile = join(dir, 'real-records.jsonl');
      const b = spawnSync(process.execPath, [cli, 'batch', input, '--no-progress'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      writeFileSync(recordsFile, b.stdout);
      const { ms, rss: peak } = timeReport(recordsFile, join(dir, 'real.html'));
      say(`report of ${real.length.toLocaleString('en')} real articles' records (../shared/data, ${Math.round(statSync(recordsFile).size / 1e6)} MB): ${(ms / 1000).toFixed(1)} s, peak RSS ${peak} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--report')) {
  await reportRows();
  process.exit(0);
}

// issue #20 rows (their own section): allocation per 3 KB article and the cost of the first
// analysis in a fresh process
/** Bytes allocated by `f()`: the heap's growth between garbage collections, summed (v8.GCProfiler
 *  reports the heap before and after each one). */
async function allocatedBy(f) {
  const v8 = await import('node:v8');
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = v8.getHeapStatistics().used_heap_size;
  f();
  const after = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let bytes = 0;
  let last = before;
  for (const gc of statistics) {
    bytes += gc.beforeGC.heapStatistics.usedHeapSize - last;
    last = gc.afterGC.heapStatistics.usedHeapSize;
  }
  return bytes + after - last;
}

/** Allocation per 3 KB of article text (the invented fixtures, after a warm-up), and the first
 *  analysis of a fresh process (import excluded), median of `reps` processes. */
async function allocationAndFirstRows(texts) {
  const { analyzeArticle } = await import(dist);
  for (const t of texts) analyzeArticle(t);
  const rounds = quick ? 3 : 10;
  let chars = 0;
  const bytes = await allocatedBy(() => {
    for (let k = 0; k < rounds; k++) for (const t of texts) {
      analyzeArticle(t);
      chars += t.length;
    }
  });
  say(`allocation: ${((bytes / chars) * 3000 / 1e6).toFixed(2)} MB per 3 KB article (target <= 0.6)`);
  const script = `const { performance } = await import('node:perf_hooks'); const { analyzeArticle } = await import(${JSON.stringify(dist)}); const t = performance.now(); analyzeArticle(${JSON.stringify(sample)}); console.log(performance.now() - t);`;
  const firsts = Array.from({ length: reps }, () => Number(timeNode(['--input-type=module', '-e', script]).r.stdout.trim()));
  say(`first analysis in a fresh process (import excluded): ${median(firsts).toFixed(0)} ms (target <= 40)`);
}

if (process.argv.includes('--adversarial')) {
  await adversarialRows();
  process.exit(0);
}
if (process.argv.includes('--scaling')) {
  await scalingRows();
  process.exit(0);
}

// 1. start-up, alternating so both see the same machine state
const ours = [];
const theirs = [];
const coldCli = [];
const oneShot = [];
// what the CLI's one article is measured against (issue #20): a one-shot compromise script
// reading the same article from standard input and asking for what a naive pipeline asks
const COMPROMISE_ONE_SHOT = "const nlp = require('compromise'); const d = nlp(require('fs').readFileSync(0, 'utf8')); d.people().json({ offset: true }); d.organizations().json({ offset: true }); d.quotations().json({ offset: true });";
const sample = readFileSync(join(root, 'fixtures', 'articles', 'kazinform-digital-forum', 'input.txt'), 'utf8');
let compromiseFound = true;
for (let i = 0; i < reps; i++) {
  ours.push(timeNode(['-e', `import(${JSON.stringify(dist)})`]).ms);
  try {
    theirs.push(timeNode(['-e', "require('compromise')"]).ms);
  } catch {
    compromiseFound = false;
  }
  coldCli.push(timeNode([cli], sample).ms);
  if (compromiseFound) oneShot.push(timeNode(['-e', COMPROMISE_ONE_SHOT], sample).ms);
}
say(`start-up: import article-anatomy ${median(ours).toFixed(0)} ms` + (compromiseFound ? `, import compromise ${median(theirs).toFixed(0)} ms (ratio ${(median(ours) / median(theirs)).toFixed(2)}; target <= 0.5)` : ' (compromise not installed: no comparison)'));
if (compromiseFound) say(`cold CLI on one article: ${median(coldCli).toFixed(0)} ms vs a one-shot compromise script ${median(oneShot).toFixed(0)} ms (ratio ${(median(coldCli) / median(oneShot)).toFixed(2)}; target <= 0.7)`);

// 2. throughput in this process, and cost per KB at 3 KB vs 1 MB
const { analyzeArticle } = await import(dist);
const texts = readdirSync(join(root, 'fixtures', 'articles')).map((d) => readFileSync(join(root, 'fixtures', 'articles', d, 'input.txt'), 'utf8'));
for (const t of texts) analyzeArticle(t); // warm-up (model load, JIT)
let t0 = performance.now();
let bytes = 0;
const rounds = quick ? 5 : 20;
for (let k = 0; k < rounds; k++) for (const t of texts) {
  analyzeArticle(t);
  bytes += Buffer.byteLength(t);
}
let ms = performance.now() - t0;
say(`throughput on ${texts.length} invented articles × ${rounds}: ${(ms / (texts.length * rounds)).toFixed(2)} ms/article, ${((bytes / 1024) / (ms / 1000)).toFixed(0)} KB/s`);
const small = texts.find((t) => t.length > 2500 && t.length < 4000) ?? texts[0];
let big = '';
for (let k = 0; big.length < 1_000_000; k++) big += texts[k % texts.length].replace(/^[^\n]*\n/, '') + '\n\n';
t0 = performance.now();
for (let k = 0; k < 50; k++) analyzeArticle(small);
const perKbSmall = (performance.now() - t0) / 50 / (small.length / 1024);
t0 = performance.now();
analyzeArticle(big);
const perKbBig = (performance.now() - t0) / (big.length / 1024);
say(`cost per KB: ${perKbSmall.toFixed(3)} ms at ${(small.length / 1024).toFixed(1)} KB, ${perKbBig.toFixed(3)} ms at ${(big.length / 1024).toFixed(0)} KB (ratio ${(perKbBig / perKbSmall).toFixed(2)}; target <= 2)`);

// 2a. allocation and the first analysis (issue #20)
await allocationAndFirstRows(texts);

// 2b. adversarial inputs
await adversarialRows();

// 3. batch on worker threads
const file = join(tmpdir(), `article-anatomy-bench-${process.pid}.jsonl`);
writeFileSync(file, Array.from({ length: batchSize }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] })).join('\n') + '\n');
const rates = {};
for (const w of [1, 2]) {
  const { ms: bms, r } = timeNode([cli, 'batch', file, '--workers', String(w), '--no-progress']);
  const rss = /peak RSS (\d+) MB/.exec(r.stderr)?.[1];
  rates[w] = batchSize / (bms / 1000);
  say(`batch of ${batchSize} on ${w} thread${w > 1 ? 's' : ''}: ${rates[w].toFixed(1)} articles/s (wall, incl. start-up), peak RSS ${rss ?? '?'} MB`);
}
say(`batch speed-up 2 vs 1 thread: ${(rates[2] / rates[1]).toFixed(2)}× (target >= 1.5, peak RSS <= 250 MB on two)`);

// 4. the coverage report
await reportRows();

// 5. the shared speed suite: real articles, alternating with naive compromise
const shared = join(root, '..', 'shared', 'eval', 'score.mjs');
if (!quick && existsSync(shared)) {
  const r = spawnSync(process.execPath, [shared, '--suite', 'speed'], { cwd: root, encoding: 'utf8' });
  const m = /speedup=([\d.]+)/.exec(r.stdout + r.stderr);
  const a = /ms_per_article=([\d.]+)/.exec(r.stdout + r.stderr);
  say(`shared speed suite (300 real articles): ${a?.[1] ?? '?'} ms/article, ${m?.[1] ?? '?'}× naive compromise (target >= 10)`);
}
