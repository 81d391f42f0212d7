/**
 * Batches: many articles in, one record per article out, in input order. `analyzeMany` is the
 * library's async iterator (in this thread); the CLI's `batch` command runs the same items on
 * worker threads. An item that cannot be analysed becomes an error record and the batch goes on.
 */
import type { z } from 'zod';
import { loadZod } from './adapters/zod.js';
import { deferSchemas, type Expose } from './deferred-schemas.js';
import { analyzeArticle } from './analyze.js';
import { ARTICLE_ANALYSIS_ERROR_CODES, isArticleAnalysisError } from './errors.js';
import type { AnalyzeOptions, ArticleAnalysis } from './schema.js';

/** An article of a batch: its text, or `{id, text}` (the id is carried to the result; other keys are ignored). */
export type BatchItem = string | { id?: string | number | null; text: unknown; [key: string]: unknown };

/** Codes of a batch item's error: an ArticleAnalysisError's code, an item without a string
 *  "text" ('input/no-text'), a JSONL line that is no JSON or a blank one (the CLI's
 *  'input/invalid-json', 'input/empty'), a line over the service's size limit or an analysis
 *  over its time limit ('limit/line-too-large', 'limit/timeout': the service and the queue
 *  workers), or an unexpected exception ('internal/error'). */
export const BATCH_ERROR_CODES = [...ARTICLE_ANALYSIS_ERROR_CODES, 'input/no-text', 'input/invalid-json', 'input/empty', 'limit/line-too-large', 'limit/timeout', 'internal/error'] as const;

/** The batch's schema, built with zod on first use (src/deferred-schemas.ts). */
function defineBatchSchemas(expose: Expose) {
  const z = loadZod();
  const batchErrorShape = {
    /** one of BATCH_ERROR_CODES: stable, for programs */
    code: z.enum(BATCH_ERROR_CODES),
    /** what went wrong, for people (the wording may change; the code does not) */
    message: z.string(),
  };
  const BatchErrorSchema: z.ZodObject<typeof batchErrorShape> = expose('BatchErrorSchema', z.object(batchErrorShape).meta({ id: 'BatchError' }));
  return { BatchErrorSchema };
}

/** Why an item of a batch has no record (the `error` of a BatchResult and of a batch output line). */
export const BatchErrorSchema: ReturnType<typeof defineBatchSchemas>['BatchErrorSchema'] = deferSchemas(['BatchErrorSchema'], defineBatchSchemas).BatchErrorSchema;
/** Why an item of a batch has no record. */
export type BatchError = z.infer<typeof BatchErrorSchema>;
/** The `code` of a BatchError: one of BATCH_ERROR_CODES. */
export type BatchErrorCode = BatchError['code'];

/** What a batch yields per item, in input order: the record, or an error with a code. */
export type BatchResult =
  | {
      /** 0-based position of the item in the input */
      index: number;
      /** the item's own id, else its 1-based position */
      id: string | number | null;
      /** the item's record, as analyzeArticle returns it */
      result: ArticleAnalysis;
    }
  | {
      /** 0-based position of the item in the input */
      index: number;
      /** the item's own id, else its 1-based position */
      id: string | number | null;
      /** why the item has no record */
      error: BatchError;
    };

/** The id and text of an item, or the error that makes it unusable. */
export function readItem(item: BatchItem, index: number): { id: string | number | null; text: string } | { id: string | number | null; error: BatchError } {
  if (typeof item === 'string') return { id: index + 1, text: item };
  if (typeof item !== 'object' || item === null) return { id: index + 1, error: { code: 'input/no-text', message: `item ${index + 1} is neither a string nor an object with "text"` } };
  const id = typeof item.id === 'string' || typeof item.id === 'number' ? item.id : index + 1;
  if (typeof item.text !== 'string') return { id, error: { code: 'input/no-text', message: `item ${JSON.stringify(id)} has no string "text"` } };
  return { id, text: item.text };
}

/** Analyse one text, turning a thrown error into error data (the batch must go on). */
export function analyzeItem(text: string, options?: AnalyzeOptions): { result: ArticleAnalysis } | { error: BatchError } {
  try {
    return { result: analyzeArticle(text, options) };
  } catch (e) {
    if (isArticleAnalysisError(e)) return { error: { code: e.code, message: e.message } };
    return { error: { code: 'internal/error', message: (e as Error)?.message ?? String(e) } };
  }
}

/**
 * Analyse many articles: `for await (const r of analyzeMany(items, options))` yields one result
 * per item, in input order, with the item's id (default: its 1-based position). Accepts any
 * iterable or async iterable (an array, a generator, a stream of parsed lines); reads it lazily,
 * so memory stays flat over millions of items. Invalid options throw at once, like analyzeArticle.
 */
export async function* analyzeMany(items: Iterable<BatchItem> | AsyncIterable<BatchItem>, options?: AnalyzeOptions): AsyncGenerator<BatchResult> {
  // validate the options before the first item (a typo should not become a million errors)
  analyzeArticle('', options);
  let index = 0;
  for await (const item of items as AsyncIterable<BatchItem>) {
    const read = readItem(item, index);
    if ('error' in read) yield { index, id: read.id, error: read.error };
    else {
      const out = analyzeItem(read.text, options);
      yield 'error' in out ? { index, id: read.id, error: out.error } : { index, id: read.id, result: out.result };
    }
    index++;
  }
}
