#!/usr/bin/env node
/**
 * npm run loadtest: the service under load on loopback (autocannon), from the built package
 * (run `npm run build` first). Starts `article-anatomy serve` on a free port, sends POST
 * /v1/analyze with 3 KB articles (the invented fixtures, each padded or cut to 3 KB) from 16
 * concurrent clients, and prints throughput and p50/p99 latency. A benchmark: it prints, it does
 * not judge — except --soak, which fails (exit 1) when memory grows.
 *   --duration S     seconds of load (default 20)
 *   --connections N  concurrent clients (default 16)
 *   --threads N      the service's analysis threads (default: the machine's cores)
 *   --soak [S]       a soak of S seconds (default 300): the service's RSS sampled every 5 s;
 *                    after a warm-up of a fifth of the run (at least 30 s), it must not grow
 *                    more than 10 % (the median of the last minute against that of the first
 *                    minute after the warm-up)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import autocannon from 'autocannon';

const root = join(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  return v && !v.startsWith('--') ? Number(v) : fallback;
};
const soak = process.argv.includes('--soak') ? arg('--soak', 300) : 0;
const duration = soak || arg('--duration', 20);
const connections = arg('--connections', 16);
const threads = arg('--threads', availableParallelism());

/** The invented fixtures, each made exactly 3 KB: cut, or padded with its own paragraphs. */
function articles() {
  const dir = join(root, 'fixtures', 'articles');
  return readdirSync(dir).map((name) => {
    const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
    let t = text;
    while (t.length < 3072) t += '\n\n' + text;
    return t.slice(0, 3072);
  });
}

/** Start the service; resolves to its URL and process. */
function startService() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'serve', '--port', '0', '--threads', String(threads)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (\S+)/.exec(err);
      if (m) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
}

/** The service's resident memory in MB (Linux /proc; null elsewhere). */
function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { url, child } = await startService();
const bodies = articles().map((text) => JSON.stringify({ text }));
console.log(`loadtest — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, Node ${process.version}: ${connections} clients, ${duration} s, POST /v1/analyze with 3 KB articles (${bodies.length} invented), ${threads} analysis threads`);

const samples = [];
const sampler = setInterval(() => samples.push({ t: samples.length * 5, mb: rssMb(child.pid) }), 5000);
let i = 0;
const result = await autocannon({
  url: `${url}/v1/analyze`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  connections,
  duration,
  requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
});
clearInterval(sampler);
child.kill('SIGTERM');

const l = result.latency;
console.log(`throughput: ${result.requests.average.toFixed(1)} articles/s (${result.requests.total} requests, ${result.non2xx} not 2xx, ${result.errors} errors, ${result.timeouts} timeouts)`);
console.log(`latency: p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms`);
const mbs = samples.map((s) => s.mb).filter((m) => m !== null);
if (mbs.length) console.log(`service RSS: ${Math.round(Math.min(...mbs))}–${Math.round(Math.max(...mbs))} MB over ${samples.length} samples`);
let failed = result.errors > 0 || result.non2xx > 0;
if (soak && mbs.length >= 24) {
  const warm = Math.max(6, Math.floor(mbs.length / 5));
  const first = median(mbs.slice(warm, warm + 12));
  const last = median(mbs.slice(-12));
  const growth = (last - first) / first;
  console.log(`soak: RSS after warm-up ${first.toFixed(0)} MB, at the end ${last.toFixed(0)} MB: ${(growth * 100).toFixed(1)} % (limit 10 %) ${growth <= 0.1 ? 'ok' : 'GREW'}`);
  console.log(`soak: RSS every 30 s (MB): ${mbs.filter((_, k) => k % 6 === 0).map((m) => m.toFixed(0)).join(' ')}`);
  if (growth > 0.1) failed = true;
}
process.exitCode = failed ? 1 : 0;
