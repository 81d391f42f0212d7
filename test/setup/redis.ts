/**
 * A real Redis for the queue tests: Debian's redis-server, started on a free loopback port in a
 * temporary directory, with an append-only file so that a restart keeps the queue. Where
 * redis-server is missing the tests are skipped, except under CI (.ci/run installs it), where
 * that is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Is redis-server on this machine? */
export const hasRedis = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasRedis && process.env['CI']) throw new Error('redis-server is missing: .ci/run installs it (apt-get install -y redis-server)');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A running redis-server: its URL, and stop/start to restart it on the same port and data. */
export interface TestRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** stop it and remove its files */
  destroy(): Promise<void>;
}

/** Start a redis-server for a test file. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'aa-redis-'));
  let child: ChildProcess | null = null;
  const ping = () => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG';
  const r: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--loglevel', 'warning'], { stdio: 'ignore' });
      for (let i = 0; i < 100 && !ping(); i++) await new Promise((res) => setTimeout(res, 50));
      if (!ping()) throw new Error(`redis-server did not start on port ${port}`);
    },
    async stop() {
      const c = child;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((res) => c.once('exit', res));
      c.kill('SIGTERM');
      await exited;
      child = null;
    },
    async destroy() {
      await r.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await r.start();
  return r;
}
