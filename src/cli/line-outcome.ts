/**
 * One JSONL input line to its output line, for every command that reads JSON lines of articles
 * (batch, the service's /v1/batch), and the window that keeps a few lines per thread in flight
 * while writing their answers in input order.
 */
import type { Tinypool } from 'tinypool';
import { analyzeItem, readItem, type BatchErrorCode } from '../batch.js';
import type { AnalyzeOptions } from '../schema.js';
import { carriedOf, formatOutcome, type Carried, type OutputFormat } from './format.js';
import type { InputLine } from './lines.js';
import { analyzeHtmlItem } from './html.js';
import { runOnPool } from '../pool/index.js';

/** A line that carries a web page: {"id"?, "html", "url"?}; null for any other line. */
export function readPage(item: unknown, index: number): { id: string | number; html: string; url: string | undefined } | null {
  if (typeof item !== 'object' || item === null || typeof (item as { html?: unknown }).html !== 'string') return null;
  const { id, html, url } = item as { id?: unknown; html: string; url?: unknown };
  return { id: typeof id === 'string' || typeof id === 'number' ? id : index + 1, html, url: typeof url === 'string' ? url : undefined };
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

/** Feed each line to `outcomeOf` with at most `window` outcomes pending, and hand each outcome
 *  to `written`, in input order, as soon as it and every one before it are done (`written` may
 *  wait: for the output to drain). Memory stays flat however long the input. */
export async function inInputOrder(lines: AsyncIterable<InputLine>, outcomeOf: (line: InputLine) => Promise<LineOutcome>, window: number, written: (o: LineOutcome) => Promise<void>): Promise<void> {
  const pending: Array<Promise<LineOutcome>> = [];
  for await (const line of lines) {
    pending.push(outcomeOf(line));
    while (pending.length >= window) await written(await pending.shift()!);
  }
  while (pending.length) await written(await pending.shift()!);
}
