/**
 * `article-anatomy batch [in.jsonl]`: JSONL in ({"id", "text", …} or {"id", "html", "url"} per
 * line; stdin when no file),
 * one result line per input line out, in input order, on worker threads (tinypool). Streams:
 * at most a few lines per worker are in flight, so memory stays flat on millions of articles.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Tinypool } from 'tinypool';
import { analyzeArticle } from '../analyze.js';
import type { AnalyzeOptions } from '../schema.js';
import { inInputOrder, lineOutcome } from './line-outcome.js';
import { CSV_HEADER, type OutputFormat } from './format.js';
import { readLines } from './lines.js';
import { unknownLanguagesMessage } from './languages.js';
import { hintWhenReadingTerminal } from './terminal.js';
import { commandArgs, fileArgument, unreadableFile, UsageError } from './command.js';
import { countLines, progressReporter } from './progress.js';
import { createAnalysisPool, workerFile } from '../pool/index.js';

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
  let files = 0;
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
    else a.file = fileArgument('batch', arg, files++);
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
  const args = commandArgs('batch', argv, BATCH_HELP, (a) => {
    const parsed = parseBatchArgs(a);
    analyzeArticle('', parsed.options); // invalid options fail once, before any line
    return parsed;
  });
  if (typeof args === 'number') return args;
  const unreadable = unreadableFile(args.file);
  if (unreadable) {
    process.stderr.write(`article-anatomy batch: ${unreadable}\n`);
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

  const window = Math.max(4, (pool ? threads : 1) * 8);
  let done = 0;
  let failed = 0;
  const started = Date.now();
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
  // (a generator, so that the UTF-8 check sees each line as it is read)
  async function* checked() {
    for await (const line of readLines(input)) {
      if (!line.utf8) notUtf8.saw(line.number);
      yield line;
    }
  }
  await inInputOrder(checked(), (line) => lineOutcome(line, pool, args.options, format), window, async (o) => {
    await write(o.out);
    if (o.failed) failed++;
    progress.tick(++done);
  });
  process.off('SIGINT', onInterrupt);
  progress.end();
  const used = pool ? Math.max(1, pool.threads.length) : 1;
  await pool?.destroy();
  if (!done) process.stderr.write(`article-anatomy batch: no articles in ${args.file ?? 'standard input'} (one JSON object per line: {"id": …, "text": …} or {"id": …, "html": …, "url": …})\n`);
  notUtf8.end();
  process.stderr.write(`article-anatomy batch: ${summary(used)}\n`);
  return failed ? 1 : 0;
}
