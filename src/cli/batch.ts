/**
 * `article-anatomy batch [in.jsonl]`: JSONL in ({"id", "text", …} or {"id", "html", "url"} per
 * line; stdin when no file),
 * one result line per input line out, in input order, on worker threads (tinypool). Streams:
 * at most a few lines per worker are in flight, so memory stays flat on millions of articles.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Tinypool } from 'tinypool';
import { analyzeItem, readItem, type BatchErrorCode } from '../batch.js';
import { analyzeArticle } from '../analyze.js';
import { isArticleAnalysisError } from '../errors.js';
import type { AnalyzeOptions } from '../schema.js';
import { carriedOf, CSV_HEADER, formatOutcome, type Carried, type OutputFormat } from './format.js';
import { readLines, type InputLine } from './lines.js';
import { unknownLanguagesMessage } from './languages.js';
import { hintWhenReadingTerminal } from './terminal.js';
import { UsageError } from './long-running.js';
import { countLines, progressReporter } from './progress.js';
import { analyzeHtmlItem } from './html.js';
import { createAnalysisPool, runOnPool, workerFile } from '../pool/index.js';

/** A line that carries a web page: {"id"?, "html", "url"?}; null for any other line. */
function readPage(item: unknown, index: number): { id: string | number; html: string; url: string | undefined } | null {
  if (typeof item !== 'object' || item === null || typeof (item as { html?: unknown }).html !== 'string') return null;
  const { id, html, url } = item as { id?: unknown; html: string; url?: unknown };
  return { id: typeof id === 'string' || typeof id === 'number' ? id : index + 1, html, url: typeof url === 'string' ? url : undefined };
}

export const BATCH_HELP = `Usage: article-anatomy batch [options] [FILE.jsonl]

Analyse many articles: reads JSON lines {"id": …, "text": …} from FILE or standard input and
writes one JSON line per input line, in input order: {"id", …record} or {"id", "error"}.
A line may carry a web page instead: {"id": …, "html": …, "url": …} (url optional); its
record has the page's text, body and metadata too. A line's "date" and "source" (strings:
when the article appeared, its outlet) are copied to its output line, after the id, for
\`article-anatomy report\`; other keys are not.
A bad or blank line becomes an error line (its id: its line number) and the run goes on.
Ctrl-C stops with the summary so far; what was written is a valid prefix of the output.

Options:
  --workers N             worker threads (default and most: the machine's cores, and no more
                          than the lines; 1 = this thread)
  --fields a,b,…          parts of the record to write (e.g. people,quotes,language; the id always)
  --quotes csv|tsv        write one row per quote instead (article id, quote id, kind, start,
                          end, quote, speaker, speaker entity, method, cue)
  --language CODE         pin the language (ISO 639-3); --languages CODE,CODE to restrict it
  --no-progress           no progress on standard error

Exit codes: 0 every line analysed; 1 some lines failed (counted on stderr); 2 bad usage.
`;

/** Record keys --fields may name. */
const FIELDS = ['schemaVersion', 'headline', 'kicker', 'byline', 'dateline', 'language', 'people', 'organizations', 'quotes', 'body', 'paragraphs', 'boilerplate', 'diagnostics', 'text', 'metadata'];

interface BatchArgs {
  file: string | null;
  workers: number;
  fields: string[] | null;
  quotes: 'csv' | 'tsv' | null;
  options: AnalyzeOptions;
  progress: boolean;
}


/** Parse the batch command's arguments (after "batch"). */
export function parseBatchArgs(argv: readonly string[]): BatchArgs {
  const a: BatchArgs = { file: null, workers: availableParallelism(), fields: null, quotes: null, options: {}, progress: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError(`${arg.split('=')[0]} needs a value (see batch --help)`);
      return v;
    };
    const name = arg.split('=')[0];
    if (name === '--workers') {
      a.workers = Number(value());
      if (!Number.isInteger(a.workers) || a.workers < 1 || a.workers > 256) throw new UsageError('--workers takes a whole number from 1 to 256');
    } else if (name === '--fields') {
      // every line keeps its id: naming it among the fields is allowed and changes nothing
      a.fields = value().split(',').map((f) => f.trim()).filter((f) => f && f !== 'id');
      const bad = a.fields.filter((f) => !FIELDS.includes(f));
      if (bad.length) throw new UsageError(`unknown field ${bad.join(', ')} (fields: ${FIELDS.join(', ')})`);
    } else if (name === '--quotes') {
      const v = value();
      if (v !== 'csv' && v !== 'tsv') throw new UsageError('--quotes takes csv or tsv');
      a.quotes = v;
    } else if (name === '--language') a.options.language = value();
    else if (name === '--languages') {
      a.options.languages = value().split(',').map((c) => c.trim()).filter(Boolean);
      const unknown = unknownLanguagesMessage(a.options.languages);
      if (unknown) throw new UsageError(unknown);
    }
    else if (arg === '--no-progress') a.progress = false;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown batch option ${arg} (see batch --help)`);
    else if (a.file) throw new UsageError('batch reads at most one FILE');
    else a.file = arg === '-' ? null : arg;
  }
  return a;
}

/** Threads to run: as asked, but no more than the cores (more only add memory and switching:
 *  64 on a 2-core machine took 35 s and 3.1 GB for one article) nor than the lines when they
 *  are known (each idle thread still loads the tagger). */
export function threadCount(requested: number, cores: number, lines: number | null): number {
  return Math.max(1, Math.min(requested, cores, lines ?? Infinity));
}

/** The worker pool for that many threads (none for one: the analysis then runs in this thread,
 *  nor when dist/worker.js is not built, as when the sources run). When the number of lines is
 *  not known (standard input), threads start as lines arrive, so one article on standard input
 *  starts one thread. */
function startPool(threads: number, linesKnown: boolean): Tinypool | null {
  if (threads < 2 || !workerFile()) return null;
  return createAnalysisPool(threads, linesKnown ? threads : 1);
}

/** The output text of one input line, and whether it is an error. */
export type LineOutcome = { out: string; failed: boolean };

/** The output of one input line: an error record for a blank line, a line that is no JSON or has
 *  no text (its id the line number unless it names one), else the analysis, on the pool when
 *  there is one. */
export function lineOutcome(line: InputLine, pool: Tinypool | null, options: AnalyzeOptions, format: OutputFormat, timeoutMs?: number): Promise<LineOutcome> {
  const failure = (id: unknown, code: BatchErrorCode, message: string, carried?: Carried) => Promise.resolve({ out: formatOutcome({ id, carried, error: { code, message } }, format), failed: true });
  // a blank line still gets its output line: otherwise output line n no longer answers input line n
  if (line.tooLong) return failure(line.number, 'limit/line-too-large', `line ${line.number} is longer than the limit: not analysed`);
  if (!line.text.trim()) return failure(line.number, 'input/empty', `line ${line.number} is blank: nothing to analyse`);
  let item: unknown;
  try {
    item = JSON.parse(line.text);
  } catch (e) {
    return failure(line.number, 'input/invalid-json', `line ${line.number}: ${(e as Error).message}`);
  }
  const carried = carriedOf(item);
  const page = readPage(item, line.number - 1);
  if (page) {
    if (pool) return runOnPool(pool, { id: page.id, carried, html: page.html, url: page.url, options, format }, timeoutMs);
    return analyzeHtmlItem(page.html, page.url, options).then((out) => {
      const o = { id: page.id, carried, ...out };
      return { out: formatOutcome(o, format), failed: 'error' in o };
    });
  }
  const read = readItem(item as never, line.number - 1);
  if ('error' in read) return failure(read.id, read.error.code, read.error.message, carried);
  if (pool) return runOnPool(pool, { id: read.id, carried, text: read.text, options, format }, timeoutMs);
  const o = { id: read.id, carried, ...analyzeItem(read.text, options) };
  return Promise.resolve({ out: formatOutcome(o, format), failed: 'error' in o });
}

/** Says on stderr, like the single-article CLI, that input is not valid UTF-8: at the first such
 *  line, and at the end how many there were (a whole file in Latin-1 would otherwise flood stderr). */
function notUtf8Reporter(name: string): { saw: (lineNumber: number) => void; end: () => void } {
  let count = 0;
  return {
    saw(lineNumber) {
      if (!count++) process.stderr.write(`article-anatomy batch: line ${lineNumber} of ${name} is not valid UTF-8: its invalid bytes are read as U+FFFD (convert it first, e.g. iconv -f windows-1252 -t utf-8)\n`);
    },
    end() {
      if (count > 1) process.stderr.write(`article-anatomy batch: ${count} lines of ${name} were not valid UTF-8\n`);
    },
  };
}

/** Run the batch command; resolves to the exit code. */
export async function runBatch(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(BATCH_HELP);
    return 0;
  }
  let args: BatchArgs;
  try {
    args = parseBatchArgs(argv);
    analyzeArticle('', args.options); // invalid options fail once, before any line
  } catch (e) {
    if (e instanceof UsageError || isArticleAnalysisError(e)) {
      process.stderr.write(`article-anatomy batch: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.file && (!existsSync(args.file) || !statSync(args.file).isFile())) {
    process.stderr.write(`article-anatomy batch: cannot read ${args.file}: ${existsSync(args.file) ? 'not a file' : 'no such file'}\n`);
    return 2;
  }

  const total = args.file ? await countLines(args.file) : null;
  const cores = availableParallelism();
  if (args.workers > cores) process.stderr.write(`article-anatomy batch: --workers ${args.workers} capped at ${cores}, the machine's cores\n`);
  const threads = threadCount(args.workers, cores, total);
  const pool = startPool(threads, total !== null);
  const progress = progressReporter('article-anatomy batch', 'articles', total, args.progress);
  const format: OutputFormat = { fields: args.fields, quotes: args.quotes };
  const write = async (s: string) => {
    if (s && !process.stdout.write(s)) await once(process.stdout, 'drain');
  };
  if (args.quotes) await write(CSV_HEADER.join(args.quotes === 'tsv' ? '\t' : ',') + '\n');

  const inFlight: Array<Promise<{ out: string; failed: boolean }>> = [];
  const window = Math.max(4, (pool ? threads : 1) * 8);
  let done = 0;
  let failed = 0;
  const started = Date.now();
  const flushOne = async () => {
    const o = await inFlight.shift()!;
    await write(o.out);
    if (o.failed) failed++;
    done++;
    progress.tick(done);
  };
  const summary = (threadsUsed: number) => {
    const secs = (Date.now() - started) / 1000;
    return `${done} articles, ${failed} failed, ${(done / Math.max(secs, 1e-3)).toFixed(1)}/s on ${threadsUsed} thread${threadsUsed > 1 ? 's' : ''}, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
  };
  // Ctrl-C: the lines written so far are a valid prefix of the output; say how far it got
  // (130: the shell's code for a command ended by SIGINT)
  const onInterrupt = () => {
    progress.end();
    process.stderr.write(`article-anatomy batch: interrupted: ${summary(pool ? Math.max(1, pool.threads.length) : 1)}\n`);
    process.exit(130);
  };
  // on, not once: a second Ctrl-C before the first is handled must not kill it without the summary
  process.on('SIGINT', onInterrupt);

  if (!args.file) hintWhenReadingTerminal('article-anatomy batch', 'JSON lines');
  const input = args.file ? createReadStream(args.file) : process.stdin;
  const notUtf8 = notUtf8Reporter(args.file ?? 'standard input');
  for await (const line of readLines(input)) {
    if (!line.utf8) notUtf8.saw(line.number);
    inFlight.push(lineOutcome(line, pool, args.options, format));
    while (inFlight.length >= window) await flushOne();
  }
  while (inFlight.length) await flushOne();
  process.off('SIGINT', onInterrupt);
  progress.end();
  const used = pool ? Math.max(1, pool.threads.length) : 1;
  await pool?.destroy();
  if (!done) process.stderr.write(`article-anatomy batch: no articles in ${args.file ?? 'standard input'} (one JSON object per line: {"id": …, "text": …} or {"id": …, "html": …, "url": …})\n`);
  notUtf8.end();
  process.stderr.write(`article-anatomy batch: ${summary(used)}\n`);
  return failed ? 1 : 0;
}
