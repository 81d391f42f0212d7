/** The CLI's serve command and the queue commands' usage: a real process of the built CLI. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../src/cli/serve.js';
import { parseQueueArgs } from '../../src/cli/queue.js';

const cli = join(import.meta.dirname, '../../dist/cli.js');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, REDIS_URL: '', ...env } });

describe('article-anatomy serve', () => {
  it('listens, answers, and on SIGTERM finishes and exits 0', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--threads', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    for (let i = 0; i < 200 && !/listening on (\S+)/.test(err); i++) await new Promise((r) => setTimeout(r, 50));
    const base = /listening on (\S+)/.exec(err)![1]!;
    const r = await fetch(`${base}/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '"We are ready," said Jonas Pereira.' }) });
    expect(((await r.json()) as { quotes: Array<{ speaker: { name: string } }> }).quotes[0]!.speaker.name).toBe('Jonas Pereira');
    const exited = new Promise<number | null>((res) => child.once('exit', res));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).toContain('stopped');
  });

  it('rejects bad options with exit 2 and a message', () => {
    const r = run(['serve', '--port', '70000']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port takes a whole number from 0 to 65535');
    expect(run(['serve', '--colour']).stderr).toContain('unknown serve option --colour');
    expect(run(['serve', '--help']).stdout).toContain('POST /v1/batch');
  });

  it('parses its options with defaults', () => {
    expect(parseServeArgs([])).toMatchObject({ port: 3000, host: '127.0.0.1', bodyLimitMb: 5, timeoutMs: 30_000, log: false });
    expect(parseServeArgs(['--port=8080', '--host', '0.0.0.0', '--body-limit', '0.5', '--log'])).toMatchObject({ port: 8080, host: '0.0.0.0', bodyLimitMb: 0.5, log: true });
  });
});

describe('article-anatomy worker, enqueue, results: usage', () => {
  it('need a redis:// URL, from --redis or REDIS_URL', () => {
    const r = run(['results']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('results needs --redis URL');
    expect(run(['worker', '--redis', 'localhost:6379']).stderr).toContain('takes a redis:// or rediss:// URL');
  });

  it('take their own options only, with defaults', () => {
    expect(run(['enqueue', 'x.jsonl', '--redis', 'redis://h', '--concurrency', '2']).stderr).toContain('unknown enqueue option --concurrency');
    expect(run(['enqueue', 'missing.jsonl', '--redis', 'redis://h']).stderr).toContain('cannot read missing.jsonl: no such file');
    expect(parseQueueArgs('worker', ['--redis', 'redis://h:1', '--concurrency', '3'])).toMatchObject({ redis: 'redis://h:1', queue: 'article-anatomy', concurrency: 3, timeoutMs: 60_000, lockMs: 30_000 });
    const saved = process.env['REDIS_URL'];
    process.env['REDIS_URL'] = 'redis://from-env:6379';
    try {
      expect(parseQueueArgs('results', ['--no-wait'])).toMatchObject({ redis: 'redis://from-env:6379', wait: false });
    } finally {
      if (saved === undefined) delete process.env['REDIS_URL'];
      else process.env['REDIS_URL'] = saved;
    }
    expect(run(['worker', '--help']).stdout).toContain('--concurrency N');
  });
});

describe('isMissingPackage', () => {
  it('tells a missing optional peer from another import error', async () => {
    const { isMissingPackage } = await import('../../src/cli/command.js');
    const missing = Object.assign(new Error("Cannot find package 'fastify' imported from /x/dist/app.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(isMissingPackage(missing, 'fastify')).toBe(true);
    expect(isMissingPackage(missing, 'bullmq')).toBe(false);
    expect(isMissingPackage(new SyntaxError("Unexpected token 'fastify'"), 'fastify')).toBe(false);
  });
});
