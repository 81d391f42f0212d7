/**
 * `article-anatomy worker | enqueue | results`: the queue commands (src/queue/), loaded only
 * when one of them runs; bullmq and ioredis are optional peer dependencies, so a missing one is
 * a clear message.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { readLines } from './lines.js';
import { commandArgs, fileArgument, isMissingPackage, unreadableFile, UsageError, untilSignalled } from './command.js';

const COMMON = `  --redis URL        the Redis server (e.g. redis://127.0.0.1:6379); default: $REDIS_URL
  --queue NAME       the queue (default article-anatomy)`;

const HELP: Record<string, string> = {
  worker: `Usage: article-anatomy worker --redis URL [options]

Take articles from a Redis queue (BullMQ), analyse them, store each record by its position and
id. Run as many workers, on as many machines, as you like against the same Redis. A failing job
is retried (3 attempts, 1 s then 2 s apart); an input that fails every time ends in the queue's
failed set with its error record, and its error line is its result. SIGTERM or Ctrl-C: the jobs
in hand finish, then the worker stops. Needs bullmq and ioredis: npm install bullmq ioredis

Options:
${COMMON}
  --concurrency N    jobs in hand at once (default: twice the cores); analysis threads: N, at
                     most the cores
  --timeout MS       longest analysis of one article before its attempt fails (default 60000)
  --lock MS          how long a job stays with a worker that stopped answering (killed, cut off)
                     before another worker takes it (default 30000)
`,
  enqueue: `Usage: article-anatomy enqueue FILE.jsonl --redis URL [options]

Put articles on the queue: one JSON line each, {"id": …, "text": …} or {"id": …, "html": …,
"url": …} (FILE, or standard input when FILE is absent or "-"). A line that cannot be analysed
(blank, not JSON, no text) gets its error line at once and keeps its place in the results.

Options:
${COMMON}
  --attempts N       tries per article before it lands in the failed set (default 3)
`,
  results: `Usage: article-anatomy results --redis URL [options]

Write the output line of every article enqueued on the queue, in input order, one line per
enqueued item ({"id", …record} or {"id", "error"}, as batch writes them), waiting until all are
done. Progress on standard error.

Options:
${COMMON}
  --no-wait          stop at the first article not done yet
`,
};

interface QueueArgs {
  redis: string | null;
  queue: string;
  file: string | null;
  concurrency: number | null;
  timeoutMs: number;
  lockMs: number;
  attempts: number;
  wait: boolean;
}

/** Parse the arguments of a queue command (after its name). */
export function parseQueueArgs(command: string, argv: readonly string[]): QueueArgs {
  const a: QueueArgs = { redis: process.env['REDIS_URL'] || null, queue: 'article-anatomy', file: null, concurrency: null, timeoutMs: 60_000, lockMs: 30_000, attempts: 3, wait: true };
  let files = 0;
  const whole = (name: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} takes a whole number from ${min} to ${max}`);
    return n;
  };
  const allowed: Record<string, string[]> = { worker: ['--concurrency', '--timeout', '--lock'], enqueue: ['--attempts'], results: ['--no-wait'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.split('=')[0]!;
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError(`${name} needs a value (see ${command} --help)`);
      return v;
    };
    if (name.startsWith('-') && name !== '-' && name !== '--redis' && name !== '--queue' && !allowed[command]!.includes(name)) throw new UsageError(`unknown ${command} option ${arg} (see ${command} --help)`);
    if (name === '--redis') a.redis = value();
    else if (name === '--queue') {
      a.queue = value();
      if (a.queue.includes(':')) throw new UsageError('--queue: a queue name cannot contain ":"');
    } else if (name === '--concurrency') a.concurrency = whole(name, value(), 1, 1024);
    else if (name === '--timeout') a.timeoutMs = whole(name, value(), 1, 3_600_000);
    else if (name === '--lock') a.lockMs = whole(name, value(), 1000, 3_600_000);
    else if (name === '--attempts') a.attempts = whole(name, value(), 1, 100);
    else if (name === '--no-wait') a.wait = false;
    else if (command !== 'enqueue') throw new UsageError(`${command} takes no FILE (see ${command} --help)`);
    else a.file = fileArgument('enqueue', arg, files++);
  }
  if (!a.redis) throw new UsageError(`${command} needs --redis URL (or REDIS_URL), e.g. --redis redis://127.0.0.1:6379`);
  if (!/^rediss?:\/\//.test(a.redis)) throw new UsageError(`--redis takes a redis:// or rediss:// URL, not ${JSON.stringify(a.redis)}`);
  return a;
}

/** Run `worker`, `enqueue` or `results`; resolves to the exit code. */
export async function runQueueCommand(command: string, argv: readonly string[]): Promise<number> {
  const say = (s: string) => process.stderr.write(`article-anatomy ${command}: ${s}\n`);
  const args = commandArgs(command, argv, HELP[command]!, (a) => parseQueueArgs(command, a));
  if (typeof args === 'number') return args;
  const unreadable = unreadableFile(args.file);
  if (unreadable) {
    say(unreadable);
    return 2;
  }
  let queue: typeof import('../queue/index.js');
  try {
    queue = await import('../queue/index.js');
  } catch (e) {
    if (!isMissingPackage(e, 'bullmq') && !isMissingPackage(e, 'ioredis')) throw e;
    say('the queue commands need BullMQ and ioredis, optional peer dependencies: npm install bullmq@6 ioredis@6');
    return 2;
  }
  const where = { redis: args.redis!, queue: args.queue };
  if (command === 'enqueue') {
    const input = args.file ? createReadStream(args.file) : process.stdin;
    let lineNumber = 0;
    // every line is an item, a bad one too (its error line keeps its place in the results)
    async function* items() {
      for await (const line of readLines(input)) {
        lineNumber = line.number;
        if (!line.text.trim()) yield { id: line.number, error: { code: 'input/empty' as const, message: `line ${line.number} is blank: nothing to analyse` } };
        else {
          try {
            yield JSON.parse(line.text) as unknown;
          } catch (e) {
            yield { id: line.number, error: { code: 'input/invalid-json' as const, message: `line ${line.number}: ${(e as Error).message}` } };
          }
        }
      }
    }
    let lastSaid = Date.now();
    const r = await queue.enqueue(items(), {
      ...where,
      attempts: args.attempts,
      onProgress: (n) => {
        if (Date.now() - lastSaid < 5000) return;
        lastSaid = Date.now();
        say(`${n} enqueued`);
      },
    });
    say(r.count ? `${r.count} articles enqueued on ${args.queue} (positions ${r.first}–${r.last}; ${lineNumber} lines read)` : `nothing to enqueue in ${args.file ?? 'standard input'}`);
    return 0;
  }
  if (command === 'results') {
    let lastSaid = 0;
    let written = 0;
    for await (const line of queue.readResults({
      ...where,
      wait: args.wait,
      onWaiting: (done, total) => {
        if (Date.now() - lastSaid < 5000) return;
        lastSaid = Date.now();
        say(`waiting: ${done}/${total} done`);
      },
    })) {
      written++;
      if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain');
    }
    say(`${written} results`);
    return 0;
  }
  // worker
  const concurrency = args.concurrency ?? availableParallelism() * 2;
  let lastConnectionError = 0;
  const onConnectionError = (e: Error) => {
    // once per 10 s while Redis is away (ioredis tries again every few hundred ms)
    if (Date.now() - lastConnectionError < 10_000) return;
    lastConnectionError = Date.now();
    say(`Redis: ${e.message} (trying again)`);
  };
  const worker = await queue.startWorker({ ...where, concurrency, timeoutMs: args.timeoutMs, lockDurationMs: args.lockMs, onConnectionError });
  say(`working on ${args.queue} at ${args.redis!.replace(/\/\/[^@/]*@/, '//…@')} (concurrency ${concurrency})`);
  const started = Date.now();
  const report = setInterval(() => say(`${worker.counts.completed} done, ${worker.counts.failed} failed, ${(worker.counts.completed / ((Date.now() - started) / 1000)).toFixed(1)}/s`), 10_000);
  report.unref();
  return untilSignalled(
    async () => {
      clearInterval(report);
      await worker.close();
      return `stopped: ${worker.counts.completed} done, ${worker.counts.failed} failed`;
    },
    say,
    'finishing the jobs in hand',
  );
}
