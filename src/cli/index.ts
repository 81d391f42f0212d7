/**
 * article-anatomy CLI: analyse one article (a file or stdin; plain text or a web page) and
 * print its JSON record. Exit codes: 0 ok, 2 bad usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../analyze.js';
import { ArticleAnalysisError } from '../errors.js';
import type { AnalyzeOptions } from '../schema.js';
import { exitQuietlyWhenOutputCloses } from './pipe.js';
import { unknownLanguagesMessage } from './languages.js';
import { hintWhenReadingTerminal } from './terminal.js';
import { VERSION } from '../version.js';
import { analyzeHtmlItem, looksLikeHtml } from './html.js';

const HELP = `Usage: article-anatomy [options] [FILE]
       article-anatomy batch [options] [FILE.jsonl]   (many articles; see batch --help)
       article-anatomy report RECORDS.jsonl -o report.html   (charts of a batch's records; see report --help)
       article-anatomy serve [--port N] [--host H]    (an HTTP service; see serve --help)
       article-anatomy worker --redis URL             (queue workers on Redis; see worker --help)
       article-anatomy enqueue FILE.jsonl --redis URL (put articles on the queue)
       article-anatomy results --redis URL            (their records, in input order)

Analyse a news article (plain text or a web page, UTF-8) and print its anatomy as JSON:
dateline, headline, people, organisations, quotes with speakers, language, furniture.
Reads FILE, or standard input when FILE is absent or "-". A web page (a .html file, or input
that starts with markup) gets the page's text, body and metadata too (article-anatomy/html).

Options:
  --pretty                 indent the JSON output
  --html                   read the input as a web page (default: detected)
  --text                   read the input as plain text, even if it looks like markup
  --url URL                the page's address (resolves its links; metadata.url)
  --language CODE          pin the article language (ISO 639-3, e.g. kaz): no detection
  --languages CODE,CODE    candidate languages for detection (ISO 639-3 codes franc knows,
                           e.g. eng,rus,kaz; an unknown code is a usage error)
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 success; 2 bad usage, invalid options, unreadable or empty input.
`;

function fail(message: string): never {
  process.stderr.write(`article-anatomy: ${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let pretty = false;
  let as: 'html' | 'text' | null = null;
  let url: string | undefined;
  const files: string[] = [];
  const options: AnalyzeOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) fail(`${a} needs a value (see --help)`);
      return v;
    };
    if (a === '--pretty') pretty = true;
    else if (a === '--html') as = 'html';
    else if (a === '--text') as = 'text';
    else if (a === '--url' || a.startsWith('--url=')) url = value();
    else if (a === '--language' || a.startsWith('--language=')) options.language = value();
    else if (a === '--languages' || a.startsWith('--languages=')) options.languages = value().split(',').map((c) => c.trim()).filter(Boolean);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(HELP);
      return;
    } else if (a === '-v' || a === '--version') {
      process.stdout.write(`${VERSION}\n`);
      return;
    } else if (a.startsWith('-') && a !== '-') fail(`unknown option ${a} (see --help)`);
    else files.push(a);
  }
  if (files.length > 1) fail('expects at most one FILE (see --help)');
  const unknownLanguages = options.languages && unknownLanguagesMessage(options.languages);
  if (unknownLanguages) fail(unknownLanguages);
  const file = files[0];
  if (!file || file === '-') hintWhenReadingTerminal('article-anatomy', 'an article');
  let text: string;
  try {
    text = decodeUtf8(!file || file === '-' ? readFileSync(0) : readFileSync(file), file && file !== '-' ? file : 'standard input');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(`cannot read ${file ?? 'standard input'}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message}`);
  }
  if (!/\S/.test(text)) fail(`${file && file !== '-' ? file : 'standard input'} is empty: nothing to analyse`);
  const name = file && file !== '-' ? file : null;
  let result;
  if (as === 'html' || (as === null && looksLikeHtml(text, name))) {
    const out = await analyzeHtmlItem(text, url, options);
    if ('error' in out) fail(out.error.message);
    result = out.result;
  } else {
    try {
      result = analyzeArticle(text, options);
    } catch (e) {
      if (e instanceof ArticleAnalysisError) fail(e.message);
      throw e;
    }
  }
  process.stdout.write(JSON.stringify(result, null, pretty ? 2 : undefined) + '\n');
}

/** The bytes as UTF-8 text; invalid sequences become U+FFFD, and the CLI says so on stderr
 *  (nothing is lost silently). */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    process.stderr.write(`article-anatomy: ${name} is not valid UTF-8: its invalid bytes are read as U+FFFD (convert it first, e.g. iconv -f windows-1252 -t utf-8)\n`);
    return new TextDecoder('utf-8').decode(bytes);
  }
}

exitQuietlyWhenOutputCloses();
const argv = process.argv.slice(2);

/** Run a subcommand: its promise resolves to the exit code; an unexpected error is reported
 *  with the command's name and exits 2. */
function runCommand(name: string, run: (argv: readonly string[]) => Promise<number>): void {
  run(argv.slice(1)).then(
    (code) => (process.exitCode = code),
    (e: Error) => {
      process.stderr.write(`article-anatomy ${name}: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}

// each command's code is loaded when it runs: one article from a cold process loads neither the
// thread pool (tinypool, worker_threads) nor the report's aggregation
if (argv[0] === 'batch') runCommand('batch', async (a) => (await import('./batch.js')).runBatch(a));
else if (argv[0] === 'report') runCommand('report', async (a) => (await import('./report.js')).runReport(a));
else if (argv[0] === 'serve') runCommand('serve', async (a) => (await import('./serve.js')).runServe(a));
else if (argv[0] === 'worker' || argv[0] === 'enqueue' || argv[0] === 'results') runCommand(argv[0], async (a) => (await import('./queue.js')).runQueueCommand(argv[0]!, a));
else
  main(argv).catch((e: Error) => {
    process.stderr.write(`article-anatomy: ${e.message}\n`);
    process.exitCode = 2;
  });
