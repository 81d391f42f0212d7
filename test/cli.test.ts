/** The built binary, spawned for real (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidRecord } from './invariants.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const fixture = join(root, 'fixtures', 'articles', 'kazinform-digital-forum', 'input.txt');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

describe('article-anatomy CLI', () => {
  it('prints the analysis of a file as one JSON line', () => {
    const r = run([fixture]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expectValidRecord(readFileSync(fixture, 'utf8'), out);
    expect(out.dateline.agency).toBe('Kazinform');
  });

  it('reads standard input and indents with --pretty', () => {
    const text = 'SEOUL, Oct 14 (Reuters) - Exports rose, the ministry said on Monday.';
    const r = run(['--pretty'], text);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n  "schemaVersion": 1');
    expect(JSON.parse(r.stdout).dateline.location).toBe('Seoul');
    expect(JSON.parse(run(['-'], text).stdout).dateline.agency).toBe('Reuters');
  });

  it('prints help and version', () => {
    const h = run(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^Usage: article-anatomy/);
    const v = run(['--version']);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('exits 2 with one line on stderr for an unknown option or an unreadable file', () => {
    const bad = run(['--nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('unknown option --nope');
    const missing = run([join(root, 'no-such-file.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*no such file/);
    const dir = run([root]);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toMatch(/is a directory/);
  });
});
