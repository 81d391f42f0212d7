/**
 * article-anatomy/queue: articles analysed by workers on Redis queues (BullMQ), on any number
 * of processes and machines pointing at the same Redis. Needs the optional peer dependencies
 * bullmq and ioredis (`npm install bullmq ioredis`); the main entry never loads them.
 *
 * Every enqueued item gets a position (1, 2, … per queue, in enqueue order); a worker stores
 * the item's output line (`{"id", …record}` or `{"id", "error"}`, as `batch` writes it) under
 * its position, so `readResults` gives one line per enqueued item, in input order, and a job
 * run twice (a worker killed after storing, before acknowledging) still has one line.
 * Redis keys: BullMQ's (prefix "bull"), and `article-anatomy:<queue>:seq` (the last position),
 * `…:results` (position → line), `…:ids` (item id → position).
 */
import { availableParallelism } from 'node:os';
import { Queue, QueueEvents, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { readItem, type BatchError } from '../batch.js';
import { createAnalysisPool, runOnPool, type AnalysisTask } from '../pool/index.js';
import { carriedOf, formatOutcome, type Carried } from '../cli/format.js';
import { readPage } from '../cli/line-outcome.js';

/** Where the queue is; every field but `redis` has a default. */
export interface QueueOptions {
  /** Redis URL, e.g. redis://127.0.0.1:6379 (redis://user:pass@host:port/db) */
  redis: string;
  /** queue name (default 'article-anatomy') */
  queue?: string;
}

/** The default queue name. */
export const DEFAULT_QUEUE = 'article-anatomy';

/** An item to enqueue: an article's text, or a web page's html (with its url); `id` is carried
 *  to its output line (default: its position). Other keys are ignored. */
export type QueueItem = { id?: string | number | null; text: string; [key: string]: unknown } | { id?: string | number | null; html: string; url?: string; [key: string]: unknown };

/** A job's data on the queue. */
export interface ArticleJob {
  /** 1-based position among the items enqueued on this queue */
  position: number;
  /** the item's id, carried to its output line */
  id: string | number;
  /** the item's date and source, carried to its output line as batch does (for `report`) */
  carried?: Carried;
  text?: unknown;
  html?: unknown;
  url?: unknown;
}

/** A job's return value (and its 'completed' event's): where its line is. */
export interface ArticleJobResult {
  position: number;
  id: string | number;
}

/** Results are the lines batch writes: the whole record, no quote rows. */
const LINE_FORMAT = { fields: null, quotes: null };

const keysOf = (queue: string) => ({ seq: `article-anatomy:${queue}:seq`, results: `article-anatomy:${queue}:results`, ids: `article-anatomy:${queue}:ids` });

/** An ioredis connection as BullMQ wants it (no per-request retry limit: blocking commands and
 *  reconnection after a Redis restart). Its errors go to `onError` (default: nowhere): ioredis
 *  retries the connection itself, and without a listener it would print every failed try. */
function connect(url: string, onError: (e: Error) => void = () => {}): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  redis.on('error', onError);
  return redis;
}

/** Retry policy of a job: 3 attempts, 1 s then 2 s apart (errors that the same input always
 *  gives are not retried). */
const JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: false } as const;

/** An item already known to be unusable, e.g. a line that is not JSON: `{id, error}` with a
 *  BatchError (its error line is stored as it is). */
export type KnownBadItem = { id?: string | number | null; error: BatchError };

function knownBad(item: unknown): KnownBadItem | null {
  if (typeof item !== 'object' || item === null || 'text' in item || 'html' in item) return null;
  const error = (item as { error?: unknown }).error as BatchError | undefined;
  return error && typeof error.code === 'string' && typeof error.message === 'string' ? (item as KnownBadItem) : null;
}

/** Enqueue items (any iterable or async iterable, read lazily). An item that cannot be analysed
 *  (no text nor html) gets its error line at once, so it still has its place in the results.
 *  Resolves to the positions used. */
export async function enqueue(items: Iterable<QueueItem | KnownBadItem | unknown> | AsyncIterable<QueueItem | KnownBadItem | unknown>, options: QueueOptions & { attempts?: number; onProgress?: (enqueued: number) => void }): Promise<{ first: number; last: number; count: number }> {
  const name = options.queue ?? DEFAULT_QUEUE;
  const keys = keysOf(name);
  const redis = connect(options.redis);
  const queue = new Queue<ArticleJob, ArticleJobResult>(name, { connection: redis });
  const jobOptions = { ...JOB_OPTIONS, attempts: options.attempts ?? JOB_OPTIONS.attempts };
  let first = 0;
  let last = 0;
  let count = 0;
  let chunk: unknown[] = [];
  const flush = async () => {
    if (!chunk.length) return;
    const end = await redis.incrby(keys.seq, chunk.length);
    const base = end - chunk.length;
    first ||= base + 1;
    last = end;
    const jobs: Array<{ name: string; data: ArticleJob; opts: typeof jobOptions }> = [];
    const multi = redis.multi();
    chunk.forEach((item, i) => {
      const position = base + i + 1;
      // read as batch reads a line: an item known bad, a page, else a text (an id defaults to
      // the position); an unusable item's error line is its result at once
      const known = knownBad(item);
      const page = known ? null : readPage(item, position - 1);
      const read = known || page ? null : readItem(item as never, position - 1);
      const id = known ? known.id ?? position : page ? page.id : read!.id ?? position;
      const carried = carriedOf(item);
      multi.hset(keys.ids, JSON.stringify(id), position);
      const error = known ? known.error : read && 'error' in read ? read.error : null;
      if (error) multi.hset(keys.results, position, formatOutcome({ id, carried, error }, LINE_FORMAT).trimEnd());
      else jobs.push({ name: 'analyze', data: { position, id, ...(carried ? { carried } : {}), ...(page ? { html: page.html, url: page.url } : { text: (read as { text: string }).text }) }, opts: jobOptions });
    });
    await multi.exec();
    if (jobs.length) await queue.addBulk(jobs);
    count += chunk.length;
    chunk = [];
    options.onProgress?.(count);
  };
  try {
    for await (const item of items as AsyncIterable<unknown>) {
      chunk.push(item);
      if (chunk.length >= 500) await flush();
    }
    await flush();
  } finally {
    await queue.close();
    redis.disconnect();
  }
  return { first, last, count };
}

/** Codes that the same input gives every time: retrying them would only repeat the work. */
const isDeterministic = (code: string) => code !== 'internal/error' && code !== 'limit/timeout';

/** A running worker: `close()` finishes the jobs in hand, then stops (threads and connections). */
export interface QueueWorker {
  /** BullMQ's worker (events: 'completed', 'failed', 'error', …) */
  readonly worker: Worker<ArticleJob, ArticleJobResult>;
  /** jobs done and failed (finally) by this worker so far */
  readonly counts: { completed: number; failed: number };
  close(): Promise<void>;
}

/** How a worker runs; every field but `redis` has a default. */
export interface WorkerOptions extends QueueOptions {
  /** jobs in hand at once (default: twice the cores) */
  concurrency?: number;
  /** analysis threads (default: the concurrency, at most the cores) */
  threads?: number;
  /** longest analysis of one article before it is stopped and the attempt fails (default 60,000 ms) */
  timeoutMs?: number;
  /** how long a job stays with a worker that stopped answering before another takes it (default 30,000 ms) */
  lockDurationMs?: number;
  /** told of each failed try to reach Redis (ioredis goes on trying; default: nothing) */
  onConnectionError?: (e: Error) => void;
}

/** Start a worker: it takes jobs from the queue until closed. */
export async function startWorker(options: WorkerOptions): Promise<QueueWorker> {
  const name = options.queue ?? DEFAULT_QUEUE;
  const keys = keysOf(name);
  const cores = availableParallelism();
  const concurrency = options.concurrency ?? cores * 2;
  const threads = options.threads ?? Math.min(concurrency, cores);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const pool = createAnalysisPool(threads);
  const redis = connect(options.redis, options.onConnectionError);
  const counts = { completed: 0, failed: 0 };

  const process = async (job: Job<ArticleJob, ArticleJobResult>): Promise<ArticleJobResult> => {
    const { position, id, carried, text, html, url } = job.data;
    let error: BatchError | null = null;
    let line: string | null = null;
    if (typeof html === 'string' || typeof text === 'string') {
      const task: AnalysisTask = typeof html === 'string' ? { id, carried, html, url: typeof url === 'string' ? url : undefined, format: LINE_FORMAT } : { id, carried, text: text as string, format: LINE_FORMAT };
      const outcome = await runOnPool(pool, task, timeoutMs);
      line = outcome.out.trimEnd();
      if (outcome.failed) error = (JSON.parse(line) as { error: BatchError }).error;
    } else {
      // a job from another producer, without a text nor html: it will never succeed
      error = { code: 'input/no-text', message: `job ${job.id} (item ${JSON.stringify(id)}) has no string "text" nor "html"` };
      line = formatOutcome({ id, carried, error }, LINE_FORMAT).trimEnd();
    }
    if (!error) {
      await redis.hset(keys.results, position, line);
      return { position, id };
    }
    const finalAttempt = isDeterministic(error.code) || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    // the error line is the item's result once no attempt is left (the failed set keeps the job)
    if (finalAttempt) await redis.hset(keys.results, position, line);
    const reason = JSON.stringify(error);
    throw isDeterministic(error.code) ? new UnrecoverableError(reason) : new Error(reason);
  };

  const lockDuration = options.lockDurationMs ?? 30_000;
  // stalled jobs (of a worker killed, or cut off when Redis restarted) are looked for as often
  // as a lock lasts, so they are taken over within about two lock durations
  const worker = new Worker<ArticleJob, ArticleJobResult>(name, process, { connection: redis, concurrency, lockDuration, stalledInterval: lockDuration, maxStalledCount: 2 });
  worker.on('completed', () => void counts.completed++);
  worker.on('failed', (job, _e) => {
    if (job && (job.finishedOn || job.attemptsMade >= (job.opts.attempts ?? 1))) counts.failed++;
  });
  // connection errors are retried by ioredis; without a listener they would crash the process
  worker.on('error', () => {});
  await worker.waitUntilReady();
  return {
    worker,
    counts,
    async close() {
      await worker.close();
      await pool.destroy();
      redis.disconnect();
    },
  };
}

/** The output lines of every item enqueued on the queue, in input order, one per item, waiting
 *  (polling every `pollMs`, default 200) for those not yet done; with `wait: false`, only until
 *  the first one not done. `onWaiting(done, total)` reports progress while it waits. */
export async function* readResults(options: QueueOptions & { wait?: boolean; pollMs?: number; onWaiting?: (done: number, total: number) => void }): AsyncGenerator<string> {
  const keys = keysOf(options.queue ?? DEFAULT_QUEUE);
  const redis = connect(options.redis);
  try {
    const total = Number((await redis.get(keys.seq)) ?? 0);
    for (let from = 1; from <= total; from += 500) {
      const positions = Array.from({ length: Math.min(500, total - from + 1) }, (_, i) => from + i);
      let lines = await redis.hmget(keys.results, ...positions.map(String));
      while (lines.some((l) => l === null)) {
        const ready = lines.findIndex((l) => l === null);
        for (const l of lines.slice(0, ready)) yield l!;
        if (options.wait === false) return;
        positions.splice(0, ready);
        options.onWaiting?.(positions[0]! - 1, total);
        await new Promise((r) => setTimeout(r, options.pollMs ?? 200));
        lines = await redis.hmget(keys.results, ...positions.map(String));
      }
      for (const l of lines) yield l!;
    }
  } finally {
    redis.disconnect();
  }
}

/** The output line of the item with this id (the last enqueued with it), or null when it is not
 *  done or was never enqueued. */
export async function resultOf(id: string | number, options: QueueOptions): Promise<string | null> {
  const keys = keysOf(options.queue ?? DEFAULT_QUEUE);
  const redis = connect(options.redis);
  try {
    const position = await redis.hget(keys.ids, JSON.stringify(id));
    return position === null ? null : await redis.hget(keys.results, position);
  } finally {
    redis.disconnect();
  }
}

/** BullMQ's events of the queue ('completed' with {position, id}, 'failed' with the error record
 *  as its reason), for a producer that wants an event per job. Close it when done (that closes
 *  its connection too: BullMQ leaves a connection it was given open). */
export function queueEvents(options: QueueOptions): QueueEvents {
  const connection = connect(options.redis);
  const events = new QueueEvents(options.queue ?? DEFAULT_QUEUE, { connection });
  const close = events.close.bind(events);
  events.close = async () => {
    await close();
    connection.disconnect();
  };
  return events;
}
