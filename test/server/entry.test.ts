/** The core stays light: `import 'article-anatomy'` loads none of Fastify, BullMQ or ioredis,
 *  and those are optional peer dependencies, installed only by those who run the service or
 *  the workers (the built files are read; npm test builds first). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dist = (f: string) => join(root, 'dist', f);
const specifiers = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((m) => m[1]!);
const SERVICE_PACKAGES = /^(?:fastify|bullmq|ioredis)(?:\/|$)/;

describe('the service and queue entries', () => {
  it('the main entry (ESM and CJS) and the html entry import none of fastify, bullmq, ioredis', () => {
    for (const f of ['index.js', 'index.cjs', 'html.js', 'html.cjs']) expect(specifiers(dist(f)).filter((s) => SERVICE_PACKAGES.test(s)), f).toEqual([]);
  });

  it('requiring and importing the main entry, then analysing, loads none of them', () => {
    const script = `require(${JSON.stringify(dist('index.cjs'))}).analyzeArticle('"Yes," she said.'); import(${JSON.stringify(dist('index.js'))}).then((m) => { m.analyzeArticle('"No," he said.'); console.log(JSON.stringify(Object.keys(require.cache))); });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const loaded: string[] = JSON.parse(r.stdout);
    expect(loaded.some((p) => p.endsWith('index.cjs'))).toBe(true);
    expect(loaded.filter((p) => /node_modules\/(?:fastify|bullmq|ioredis|avvio|pino)\//.test(p))).toEqual([]);
  });

  it('the server and queue entries do import them, for import and require', () => {
    expect(specifiers(dist('server.js'))).toContain('fastify');
    expect(specifiers(dist('queue.cjs'))).toEqual(expect.arrayContaining(['bullmq', 'ioredis']));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const entry of ['./server', './queue']) expect(Object.keys(pkg.exports[entry])).toEqual(['import', 'require']);
  });

  it('fastify, bullmq and ioredis are optional peer dependencies, never dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const name of ['fastify', 'bullmq', 'ioredis']) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.peerDependencies[name], name).toBeDefined();
      expect(pkg.peerDependenciesMeta[name], name).toEqual({ optional: true });
    }
  });
});
