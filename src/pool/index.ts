/**
 * The analysis pool: worker threads (tinypool) that run dist/worker.js, shared by `batch`,
 * `serve` and `worker`. Analysis is synchronous; on a thread it leaves the main thread free to
 * read, write, answer health checks and renew queue locks, and a task that runs too long can be
 * stopped (its thread is ended and replaced), which the main thread could not do to itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Tinypool } from 'tinypool';
import type { BatchError } from '../batch.js';
import { formatOutcome, type Carried, type OutputFormat } from '../cli/format.js';

/** One article for a worker thread: its text, or a page's html (with its url). `format`:
 *  a batch output line (with the id, and the input's date and source when `carried`), or
 *  'record' (the record alone, or {"error"}). */
export type AnalysisTask = { id: unknown; carried?: Carried; options?: unknown; format: OutputFormat | 'record' } & ({ text: string; html?: undefined; url?: undefined } | { html: string; url?: string; text?: undefined });

/** What a worker thread answers: the output text, whether it is an error, and the error's code. */
export interface TaskOutcome {
  out: string;
  failed: boolean;
  code: string | null;
}

/** Young-generation heap of a worker: an analysis makes many short-lived strings; 32 MB halves
 *  the scavenges of the default and gave 12 % more articles/s on two threads at the same RSS. */
const WORKER_YOUNG_MB = 32;

// The CJS builds have no import.meta (tsup defines import.meta.url as undefined there).
declare const __filename: string | undefined;

/** Path of the worker thread's file: dist/worker.js beside the running bundle, or, when the
 *  sources run (vitest, tsx), the built one in dist/ (null when it is not built). */
export function workerFile(): string | null {
  // import.meta.url first: the ESM build can see a global __filename that is not its own ('[eval]' under node -e)
  const meta = import.meta.url as string | undefined;
  const here = meta ? new URL(meta) : pathToFileURL(__filename!);
  const file = fileURLToPath(new URL(here.pathname.endsWith('.ts') ? '../../dist/worker.js' : './worker.js', here));
  return existsSync(file) ? file : null;
}

/** A pool of `threads` worker threads; `minThreads` of them start at once (default all). Idle
 *  threads are kept to the end: stopping and restarting them would reload the tagger. */
export function createAnalysisPool(threads: number, minThreads = threads): Tinypool {
  const filename = workerFile();
  if (!filename) throw new Error('the worker thread file dist/worker.js is missing: run npm run build');
  return new Tinypool({ filename, minThreads: Math.min(minThreads, threads), maxThreads: threads, idleTimeout: 3_600_000, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

/** The error code of a task stopped for taking longer than its limit. */
export const TIMEOUT_CODE = 'limit/timeout';

/** Run a task on the pool; after `timeoutMs` (none when absent) its thread is stopped and the
 *  outcome is a 'limit/timeout' error. A thread that dies becomes an 'internal/error'. */
export async function runOnPool(pool: Tinypool, task: AnalysisTask, timeoutMs?: number): Promise<TaskOutcome> {
  const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
  try {
    return (await pool.run(task, signal ? { signal } : undefined)) as TaskOutcome;
  } catch (e) {
    const timedOut = signal?.aborted === true;
    const error = timedOut ? { code: TIMEOUT_CODE, message: `the analysis took longer than ${timeoutMs} ms and was stopped` } : { code: 'internal/error', message: (e as Error)?.message ?? String(e) };
    const out = task.format === 'record' ? JSON.stringify({ error }) : formatOutcome({ id: task.id, carried: task.carried, error: error as BatchError }, task.format);
    return { out, failed: true, code: error.code };
  }
}
