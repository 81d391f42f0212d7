/**
 * `article-anatomy report [records.jsonl] -o report.html`: the coverage report of a batch's
 * records, one self-contained HTML page. One pass over the lines (src/report/aggregate.ts),
 * in bounded memory; the page's charts are drawn by d3 and Observable Plot, read here from
 * dist/report/ (copied there at build time) and inlined, so the library never loads them.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CoverageAggregator } from '../report/aggregate.js';
import { buildReport, type ReportOptions } from '../report/report-data.js';
import { renderReport, type ReportAssets } from '../report/render.js';
import { VERSION } from '../version.js';
import { readLines } from './lines.js';
import { countLines, progressReporter } from './progress.js';
import { hintWhenReadingTerminal } from './terminal.js';
import { commandArgs, fileArgument, unreadableFile, UsageError } from './command.js';

export const REPORT_HELP = `Usage: article-anatomy report [options] [RECORDS.jsonl] -o report.html

Draw the coverage report of the records \`article-anatomy batch\` wrote: one HTML file that
opens in any browser with nothing to install or fetch (d3 and Observable Plot are inside).
It shows the most-quoted speakers (resolved people and organisations, and the quotes with
no resolved speaker), the most-mentioned people and organisations and who appears with
whom, quote kinds and how speakers were found, datelines, article and quote languages,
speakers' gender as the text states it (never from a first name), and, when the lines carry
them, articles and speakers over time ("date") and by outlet ("source"): give batch input
lines a "date" and a "source" and it copies them. Every chart has its table beneath,
sortable, with a CSV download. Reads RECORDS.jsonl, or standard input when it is absent or
"-"; error lines of batch are counted, not charted. Memory stays bounded on any number of
records.

Options:
  -o, --output FILE    write the report to FILE (default: standard output, unless that is
                       a terminal)
  --by week|month      time periods (default: weeks when the dates span at most 26 weeks,
                       else months)
  --top N              bars per chart (default 20; 1 to 100)
  --rows N             rows per table and CSV (default 100; 1 to 100000)
  --title TEXT         the report's title (default "Coverage report")
  --no-progress        no progress on standard error
  -h, --help           show this help

Exit codes: 0 report written; 2 bad usage, unreadable input, or no records in it.
`;

interface ReportArgs {
  file: string | null;
  output: string | null;
  options: ReportOptions;
  progress: boolean;
}

/** Parse the report command's arguments (after "report"). */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const a: ReportArgs = { file: null, output: null, options: {}, progress: true };
  let files = 0;
  const whole = (v: string, name: string, max: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${name} takes a whole number from 1 to ${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') ? arg.split('=')[0]! : arg;
    const value = (): string => {
      const v = arg.startsWith('--') && arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value (see report --help)`);
      return v;
    };
    if (name === '-o' || name === '--output') a.output = value();
    else if (name === '--by') {
      const v = value();
      if (v !== 'week' && v !== 'month' && v !== 'auto') throw new UsageError('--by takes week or month');
      a.options.by = v;
    } else if (name === '--top') a.options.top = whole(value(), '--top', 100);
    else if (name === '--rows') a.options.rows = whole(value(), '--rows', 100_000);
    else if (name === '--title') a.options.title = value();
    else if (arg === '--no-progress') a.progress = false;
    else a.file = fileArgument('report', arg, files++);
  }
  return a;
}

/** The files the page inlines, from dist/report/ beside the built CLI (or, run from the
 *  sources, the build's); null when they are missing. */
export function readReportAssets(): ReportAssets | null {
  for (const dir of ['./report/', '../../dist/report/']) {
    const at = (name: string) => fileURLToPath(new URL(dir + name, import.meta.url));
    if (!existsSync(at('client.global.js'))) continue;
    const read = (name: string) => readFileSync(at(name), 'utf8');
    return {
      d3: read('d3.min.js'),
      plot: read('plot.umd.min.js'),
      client: read('client.global.js'),
      licences: `d3\n\n${read('d3.LICENSE.txt').trim()}\n\n\nObservable Plot\n\n${read('plot.LICENSE.txt').trim()}\n`,
    };
  }
  return null;
}

/** Run the report command; resolves to the exit code. */
export async function runReport(argv: readonly string[]): Promise<number> {
  const fail = (message: string) => {
    process.stderr.write(`article-anatomy report: ${message}\n`);
    return 2;
  };
  const args = commandArgs('report', argv, REPORT_HELP, parseReportArgs);
  if (typeof args === 'number') return args;
  if (!args.output && process.stdout.isTTY) return fail('the report is an HTML page: write it to a file with -o report.html (see report --help)');
  const unreadable = unreadableFile(args.file);
  if (unreadable) return fail(unreadable);
  const assets = readReportAssets();
  if (!assets) return fail('the charting scripts (dist/report/) are missing: run npm run build');

  const started = Date.now();
  const name = args.file ?? 'standard input';
  const progress = progressReporter('article-anatomy report', 'lines', args.file ? await countLines(args.file) : null, args.progress);
  if (!args.file) hintWhenReadingTerminal('article-anatomy report', 'records (JSON lines)');
  const counts = new CoverageAggregator();
  let lines = 0;
  for await (const line of readLines(args.file ? createReadStream(args.file) : process.stdin)) {
    progress.tick(++lines);
    if (!line.text.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line.text);
    } catch {
      if (!counts.unreadable) process.stderr.write(`article-anatomy report: line ${line.number} of ${name} is not JSON: skipped (and counted in the report)\n`);
      counts.addUnreadable();
      continue;
    }
    counts.add(parsed);
  }
  progress.end();
  const errorLines = counts.errors.top().reduce((n, [, c]) => n + c[0]!, 0);
  if (!counts.records && !errorLines) return fail(`no records in ${name} (the JSON lines article-anatomy batch writes: {"id", …record} or {"id", "error"})`);

  const html = renderReport(buildReport(counts, { ...args.options, generator: `article-anatomy ${VERSION}` }), assets);
  if (args.output) {
    try {
      writeFileSync(args.output, html);
    } catch (e) {
      return fail(`cannot write ${args.output}: ${(e as Error).message}`);
    }
  } else process.stdout.write(html);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`article-anatomy report: ${counts.records} records, ${errorLines} error lines, ${counts.quotes} quotes -> ${args.output ?? 'standard output'} (${Math.round(Buffer.byteLength(html) / 1024)} KB) in ${secs} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
  return 0;
}
