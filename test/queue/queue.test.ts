/**
 * Queue workers against a real Redis (test/setup/redis.ts): worker processes of the built CLI,
 * articles enqueued with the CLI, results read in input order. What must hold: nothing lost,
 * nothing duplicated; a worker killed with SIGKILL has its jobs finished by another; an input
 * that fails every time ends in the failed set without blocking the queue; a Redis restart is
 * survived.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis, startRedis, type TestRedis } from '../setup/redis.js';
import { enqueue, queueEvents, readResults, resultOf, startWorker as startWorkerInProcess } from '../../src/queue/index.js';

const cli = join(import.meta.dirname, '../../dist/cli.js');
const GIVEN = ['Amara', 'Tomas', 'Leila', 'Kofi', 'Ines', 'Ravi', 'Mei', 'Oskar'];
const FAMILY = ['Okonkwo', 'Varga', 'Haddad', 'Mensah', 'Duarte', 'Iyer', 'Lin', 'Berg'];
const PLACES = ['LAGOS', 'BUDAPEST', 'BEIRUT', 'ACCRA', 'LISBON', 'CHENNAI', 'TAIPEI', 'OSLO'];

/** An invented short wire story, different for each i. */
function article(i: number): string {
  const name = `${GIVEN[i % 8]} ${FAMILY[Math.floor(i / 8) % 8]}`;
  return `${PLACES[i % 8]}, March ${(i % 28) + 1} (Agency) - "The bridge number ${i} will open in spring," said ${name}, the city's transport commissioner. ${name.split(' ')[1]} added that the works had cost less than planned.`;
}

/** A JSONL file of n articles with ids "a0", "a1", …; returns its path. */
function jsonl(dir: string, n: number, extra: string[] = []): string {
  const file = join(dir, `in-${n}-${extra.length}.jsonl`);
  writeFileSync(file, [...Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: article(i) })), ...extra].join('\n') + '\n');
  return file;
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A worker process of the CLI; resolves once it says it is working. */
async function startWorker(redis: string, queue: string, extra: string[] = []): Promise<ChildProcess & { log: () => string }> {
  const child = spawn(process.execPath, [cli, 'worker', '--redis', redis, '--queue', queue, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  for (let i = 0; i < 200 && !log.includes('working on'); i++) await new Promise((r) => setTimeout(r, 50));
  if (!log.includes('working on')) throw new Error(`worker did not start: ${log}`);
  return Object.assign(child, { log: () => log });
}

async function stopWorker(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode) return child.exitCode;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}

/** How many jobs a stopped worker says it did ("stopped: N done"). */
const jobsDone = (worker: { log: () => string }): number => Number(/stopped: (\d+) done/.exec(worker.log())?.[1]);

/** The results CLI's lines, parsed (it waits until every item is done). */
async function results(redis: string, queue: string): Promise<Array<{ id: unknown; error?: { code: string }; quotes?: unknown[] }>> {
  const child = spawn(process.execPath, [cli, 'results', '--redis', redis, '--queue', queue], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  expect(code).toBe(0);
  return out.trimEnd().split('\n').map((l) => JSON.parse(l));
}

/** How many results are stored so far. */
async function stored(redis: string, queue: string): Promise<number> {
  const r = new Redis(redis);
  try {
    return await r.hlen(`article-anatomy:${queue}:results`);
  } finally {
    r.disconnect();
  }
}

const waitFor = async (test: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting');
};

/** Every id once, in input order, each with a record. */
function expectAllInOrder(lines: Array<{ id: unknown; error?: unknown; quotes?: unknown[] }>, n: number): void {
  expect(lines.length).toBe(n);
  expect(lines.map((l) => l.id)).toEqual(Array.from({ length: n }, (_, i) => `a${i}`));
  expect(lines.filter((l) => l.error)).toEqual([]);
  expect(lines.every((l) => Array.isArray(l.quotes) && l.quotes.length > 0)).toBe(true);
}

describe.skipIf(!hasRedis)('queue workers on a real Redis', () => {
  let redis: TestRedis;
  let dir: string;
  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'aa-queue-'));
  });
  afterAll(async () => {
    await redis?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Enqueue n invented articles on `queue` with the CLI. */
  const enqueueArticles = (queue: string, n: number) => runCli(['enqueue', jsonl(dir, n), '--redis', redis.url, '--queue', queue]);

  it('10,000 articles through 2 worker processes: nothing lost, nothing duplicated, in input order', async () => {
    const n = 10_000;
    const e = enqueueArticles('ten-k', n);
    expect(e.stderr).toContain(`${n} articles enqueued on ten-k`);
    expect(e.status).toBe(0);
    const workers = [await startWorker(redis.url, 'ten-k', ['--concurrency', '4']), await startWorker(redis.url, 'ten-k', ['--concurrency', '4'])];
    const lines = await results(redis.url, 'ten-k');
    const done = await Promise.all(workers.map(async (w) => ((await stopWorker(w)) === 0 ? jobsDone(w) : -1)));
    expectAllInOrder(lines, n);
    // both took part, and together they did each job once (no job run twice without a crash)
    expect(done.every((d) => d > 0)).toBe(true);
    expect(done[0]! + done[1]!).toBe(n);
  }, 240_000);

  it('a worker killed with SIGKILL mid-run: the other finishes its jobs', async () => {
    const n = 1500;
    enqueueArticles('kill', n);
    // a short lock, so that the killed worker's jobs are taken over within seconds
    const killed = await startWorker(redis.url, 'kill', ['--concurrency', '8', '--lock', '2000']);
    await waitFor(async () => (await stored(redis.url, 'kill')) >= 200, 60_000);
    const survivor = await startWorker(redis.url, 'kill', ['--concurrency', '4', '--lock', '2000']);
    killed.kill('SIGKILL');
    const lines = await results(redis.url, 'kill');
    expect(await stopWorker(survivor)).toBe(0);
    expectAllInOrder(lines, n);
    expect(jobsDone(survivor)).toBeGreaterThan(0);
  }, 180_000);

  it('an input that fails every time lands in the failed set with its error record, and the queue goes on', async () => {
    // an article of 1.6 MB over a 1 s limit times out on every attempt; a job from another
    // producer without text can never succeed
    const huge = JSON.stringify({ id: 'huge', text: article(1).repeat(8000) });
    const file = jsonl(dir, 20, [huge, '{"id": "no-text", "body": "x"}', 'not json']);
    runCli(['enqueue', file, '--redis', redis.url, '--queue', 'poison', '--attempts', '2']);
    const queue = new Queue('poison', { connection: { url: redis.url } as never });
    try {
      await queue.add('analyze', { position: 9999, id: 'foreign', html: 42 }, { attempts: 3 });
      const worker = await startWorker(redis.url, 'poison', ['--timeout', '1000']);
      const lines = await results(redis.url, 'poison');
      expect(lines.length).toBe(23);
      expect(lines.slice(0, 20).every((l) => !l.error)).toBe(true);
      expect(lines[20]).toMatchObject({ id: 'huge', error: { code: 'limit/timeout' } });
      expect(lines[21]).toMatchObject({ id: 'no-text', error: { code: 'input/no-text' } });
      expect(lines[22]).toMatchObject({ id: 23, error: { code: 'input/invalid-json' } });
      await waitFor(async () => (await queue.getFailedCount()) === 2, 30_000);
      const failed = await queue.getFailed();
      const byId = new Map(failed.map((j) => [j.data.id, j]));
      // retried until its attempts ran out (the foreign job: not retried, it can never succeed)
      expect(byId.get('huge')!.attemptsMade).toBe(2);
      expect(JSON.parse(byId.get('huge')!.failedReason)).toMatchObject({ code: 'limit/timeout' });
      expect(JSON.parse(byId.get('foreign')!.failedReason)).toMatchObject({ code: 'input/no-text' });
      expect(byId.get('foreign')!.attemptsMade).toBe(1);
      expect(await stopWorker(worker)).toBe(0);
    } finally {
      await queue.close();
    }
  }, 120_000);

  it('from TypeScript: enqueue, startWorker, an event per job, readResults in order, resultOf by id', async () => {
    const where = { redis: redis.url, queue: 'library' };
    const events = queueEvents(where);
    await events.waitUntilReady();
    const completed: unknown[] = [];
    events.on('completed', ({ returnvalue }) => completed.push(returnvalue));
    const items = (async function* () {
      for (let i = 0; i < 5; i++) yield { id: `b${i}`, text: article(i + 40), date: `2026-03-0${i + 1}`, source: 'Daily Example' };
      yield { id: 'page', html: `<html><body><article><p>${article(7)}</p></article></body></html>`, url: 'https://news.example/p' };
    })();
    expect(await enqueue(items, where)).toEqual({ first: 1, last: 6, count: 6 });
    const worker = await startWorkerInProcess({ ...where, concurrency: 2 });
    try {
      const lines: Array<{ id: string; date?: string; source?: string; metadata?: { url: string } }> = [];
      for await (const line of readResults(where)) lines.push(JSON.parse(line));
      expect(lines.map((l) => l.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'page']);
      // date and source carried from the item, as batch carries them (for the report)
      expect(lines[1]).toMatchObject({ date: '2026-03-02', source: 'Daily Example' });
      expect(lines[5]!.metadata!.url).toBe('https://news.example/p');
      expect(JSON.parse((await resultOf('b2', where))!).quotes[0].speaker.name).toBe(`${GIVEN[42 % 8]} ${FAMILY[Math.floor(42 / 8) % 8]}`);
      expect(await resultOf('never-enqueued', where)).toBeNull();
      await waitFor(async () => completed.length === 6, 10_000);
      expect(completed).toContainEqual({ position: 3, id: 'b2' });
      expect(worker.counts).toEqual({ completed: 6, failed: 0 });
    } finally {
      await worker.close();
      await events.close();
    }
  }, 60_000);

  it('Redis restarted mid-run: the workers reconnect and finish', async () => {
    const n = 2000;
    enqueueArticles('restart', n);
    const worker = await startWorker(redis.url, 'restart', ['--concurrency', '4', '--lock', '3000']);
    await waitFor(async () => (await stored(redis.url, 'restart')) >= 300, 60_000);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 1500));
    await redis.start();
    const lines = await results(redis.url, 'restart');
    expectAllInOrder(lines, n);
    expect(worker.exitCode).toBe(null);
    // it said once that Redis was away, and went on trying
    expect(worker.log()).toMatch(/Redis: .*ECONN(?:REFUSED|RESET).* \(trying again\)/);
    expect(await stopWorker(worker)).toBe(0);
  }, 180_000);
});
