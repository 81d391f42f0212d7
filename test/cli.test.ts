/** The built binary, spawned for real (npm test builds first). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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

  it('analyses one article without loading the thread pool, the report\'s code or zod (a cold start loads what it runs)', () => {
    // a loader hook that prints every module the process loads, and whether zod's registry exists at exit
    const hook = `export async function load(url, context, next) { process._rawDebug('LOADED ' + url); return next(url, context); }`;
    const setup = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)})); process.on('exit', () => process._rawDebug('ZOD ' + (globalThis.__zod_globalRegistry !== undefined)));`;
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(setup)}`, cli, fixture], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).dateline.agency).toBe('Kazinform');
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
    expect(loaded.some((u) => u.endsWith('/dist/cli.js'))).toBe(true);
    expect(loaded.filter((u) => /tinypool|worker_threads|report|zod/.test(u))).toEqual([]);
    expect(r.stderr).toContain('ZOD false');
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

  it('refuses --languages codes franc does not know, naming them and the valid form', () => {
    const bad = run(['--languages', 'foo,bar'], 'Rain fell on the capital, officials said.');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('article-anatomy: --languages: unknown language codes foo, bar: give ISO 639-3 codes, comma-separated, e.g. --languages eng,rus,kaz\n');
    const good = run(['--languages', 'eng,rus,kaz'], 'Rain fell on the capital all day long, and the officials said the roads were closed.');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).language.iso6393).toBe('eng');
    const batch = run(['batch', '--languages=foo'], '');
    expect(batch.status).toBe(2);
    expect(batch.stderr).toMatch(/^article-anatomy batch: --languages: unknown language code foo: give ISO 639-3 codes/);
  });
});

describe('article-anatomy batch', () => {
  const kaz = readFileSync(fixture, 'utf8');
  const lines = [
    JSON.stringify({ id: 'a', text: kaz }),
    '{not json',
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 42, text: 'SEOUL, Oct 14 (Reuters) - Exports rose, the ministry said on Monday.' }),
    '',
    JSON.stringify({ text: 'A story with no id of its own, told in a plain sentence.' }),
  ].join('\n');

  it.each([['1'], ['2']])('writes one line per input line, blank ones included, in order, with the id, on %s worker(s)', (workers) => {
    const r = run(['batch', '--workers', workers, '--no-progress'], lines);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'no-text', 42, 5, 6]);
    expect(out[0].dateline.agency).toBe('Kazinform');
    expectValidRecord(kaz, (({ id: _id, ...rec }) => rec)(out[0]));
    expect(out[1].error.code).toBe('input/invalid-json');
    expect(out[2].error.code).toBe('input/no-text');
    expect(out[3].dateline.location).toBe('Seoul');
    expect(out[4].error).toEqual({ code: 'input/empty', message: 'line 5 is blank: nothing to analyse' });
    expect(out[5].people).toEqual([]);
    expect(r.stderr).toMatch(/6 articles, 3 failed/);
  });

  it('numbers error records by their line in the file, after blank lines and CRLF line ends', () => {
    const input = ['', '   ', '{broken', JSON.stringify({ text: 'Rain fell on the capital all day.' }), '{"id": "x"}'].join('\r\n') + '\r\n';
    const r = run(['batch', '--workers', '1', '--no-progress'], input);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.error?.code ?? 'record'])).toEqual([
      [1, 'input/empty'],
      [2, 'input/empty'],
      [3, 'input/invalid-json'],
      [4, 'record'],
      ['x', 'input/no-text'],
    ]);
    expect(out[2].error.message).toMatch(/^line 3: /);
  });

  it('caps the worker threads at the cores and at the number of lines', () => {
    const one = run(['batch', '--workers', '64', '--no-progress'], JSON.stringify({ id: 'a', text: kaz }));
    expect(one.status).toBe(0);
    expect(one.stderr).toContain(`--workers 64 capped at ${availableParallelism()}, the machine's cores`);
    expect(one.stderr).toMatch(/1 articles, 0 failed, .* on 1 thread,/);
    const dir = mkdtempSync(join(tmpdir(), 'aa-batch-'));
    const file = join(dir, 'three.jsonl');
    // no newline after the last line: it is a line all the same
    writeFileSync(file, [1, 2, 3].map((id) => JSON.stringify({ id, text: `Story number ${id} says little.` })).join('\n'));
    const three = run(['batch', file, '--workers', '3', '--no-progress']);
    const expected = Math.min(3, availableParallelism());
    expect(three.stderr).toMatch(new RegExp(`3 articles, 0 failed, .* on ${expected} threads?,`));
    expect(three.stdout.trim().split('\n')).toHaveLength(3);
  });

  it.each([['1'], ['2']])('on Ctrl-C (SIGINT) prints the summary so far and leaves whole lines, on %s worker(s)', async (workers) => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-sigint-'));
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, Array.from({ length: 2000 }, (_, id) => JSON.stringify({ id, text: kaz })).join('\n') + '\n');
    const child = spawn(process.execPath, [cli, 'batch', file, '--workers', workers, '--no-progress']);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (stdout.split('\n').length > 3 && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    const m = /^article-anatomy batch: interrupted: (\d+) articles, 0 failed, [\d.]+\/s on \d threads?, peak RSS \d+ MB$/m.exec(stderr);
    expect(m, stderr).not.toBeNull();
    const written = stdout.split('\n');
    expect(written.pop()).toBe('');
    expect(written).toHaveLength(Number(m![1]));
    expect(written.length).toBeLessThan(2000);
    expect(written.map((l) => JSON.parse(l).id)).toEqual(written.map((_, i) => i));
  });

  it('writes chosen fields only, and quote rows as CSV', () => {
    const f = run(['batch', '--workers', '1', '--fields', 'id,language,quotes', '--no-progress'], JSON.stringify({ id: 'a', text: kaz }));
    expect(f.status).toBe(0);
    expect(Object.keys(JSON.parse(f.stdout)).sort()).toEqual(['id', 'language', 'quotes']);
    const c = run(['batch', '--workers', '1', '--quotes', 'csv', '--no-progress'], JSON.stringify({ id: 'a', text: kaz }));
    const rows = c.stdout.trim().split('\n');
    expect(rows[0]).toBe('article_id,quote_id,kind,start,end,quote,speaker,speaker_entity,speaker_method,cue');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[1]).toMatch(/^a,q1,/);
  });

  it.each([['1'], ['2']])('copies a line\'s date and source (strings) to its output line after the id, on %s thread(s), and no other key', (workers) => {
    const input = [
      { id: 'a', date: '2026-03-02', source: 'The Invented Ledger', text: kaz, author: 'not copied' },
      { id: 'b', source: 'Morning Wire', date: 20260302, text: kaz },
      { id: 'c', date: '2026-03-04T08:00:00Z', text: 42 },
      { id: 'd', text: kaz },
    ];
    const r = run(['batch', '--workers', workers, '--no-progress', '--fields', 'language'], input.map((x) => JSON.stringify(x)).join('\n'));
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => Object.keys(o))).toEqual([['id', 'date', 'source', 'language'], ['id', 'source', 'language'], ['id', 'date', 'error'], ['id', 'language']]);
    expect([out[0]!.date, out[0]!.source, out[1]!.source, out[2]!.date]).toEqual(['2026-03-02', 'The Invented Ledger', 'Morning Wire', '2026-03-04T08:00:00Z']);
  });

  it('exits 2 on bad usage: unknown field, bad worker count, invalid language, unknown candidate languages, missing file', () => {
    for (const args of [['--fields', 'nope'], ['--workers', '0'], ['--language', 'english'], ['--languages', 'eng,foo'], ['/no/such/file.jsonl']]) {
      const r = run(['batch', ...args], '');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^article-anatomy batch: /);
    }
  });
});

// util-linux `script` runs the CLI on a pseudo-terminal; its output is the terminal's (the
// echoed typing and stderr), the record goes to a file
const hasScript = spawnSync('script', ['--version']).status === 0;
describe.skipIf(!hasScript)('standard input on a terminal', () => {
  it.each([['the CLI', ''], ['batch', 'batch']])('%s prints a one-line hint on stderr and still reads what is typed', (_name, command) => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-tty-'));
    const out = join(dir, 'out.json');
    const typed = command ? JSON.stringify({ id: 't', text: 'SEOUL, Oct 14 (Reuters) - Exports rose.' }) : 'SEOUL, Oct 14 (Reuters) - Exports rose.';
    const args = command ? `${command} --no-progress` : '';
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" ${args} > "${out}"`, '/dev/null'], { input: `${typed}\n\x04`, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const hints = r.stdout.split(/\r?\n/).filter((l) => /reading .* from the terminal; end with Ctrl-D, or give a FILE \(see --help\)$/.test(l));
    expect(hints).toEqual([command ? 'article-anatomy batch: reading JSON lines from the terminal; end with Ctrl-D, or give a FILE (see --help)' : 'article-anatomy: reading an article from the terminal; end with Ctrl-D, or give a FILE (see --help)']);
    expect(JSON.parse(readFileSync(out, 'utf8')).dateline.location).toBe('Seoul');
  });
  it('no hint when input is piped', () => {
    expect(run(['-'], 'SEOUL, Oct 14 (Reuters) - Exports rose.').stderr).toBe('');
  });
});

describe('output closed early by its reader', () => {
  const shell = (command: string) => spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { encoding: 'utf8' });
  it('batch piped into head -1 exits 0 with nothing on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-epipe-'));
    const file = join(dir, 'many.jsonl');
    const line = JSON.stringify({ text: readFileSync(fixture, 'utf8') });
    writeFileSync(file, Array.from({ length: 60 }, () => line).join('\n') + '\n');
    const r = shell(`"${process.execPath}" "${cli}" batch "${file}" --workers 1 --no-progress | head -1`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(1);
  });
  it('the CLI piped into head -c 1 exits 0 with nothing on stderr', () => {
    // every fixture in one text: its indented record is larger than a pipe's buffer
    const dir = mkdtempSync(join(tmpdir(), 'aa-epipe-'));
    const file = join(dir, 'long.txt');
    const articles = join(root, 'fixtures', 'articles');
    writeFileSync(file, readdirSync(articles).map((a) => readFileSync(join(articles, a, 'input.txt'), 'utf8')).join('\n\n'));
    const r = shell(`"${process.execPath}" "${cli}" --pretty "${file}" | head -c 1`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{');
  });
});

describe('empty input', () => {
  it('the CLI says the input is empty and exits 2; batch says there were no articles', () => {
    const one = run([], '  \n');
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/^article-anatomy: standard input is empty/);
    const many = run(['batch', '--no-progress'], '');
    expect(many.status).toBe(0);
    expect(many.stderr).toMatch(/no articles in standard input/);
  });
  it('reads a file that is not UTF-8, says so on stderr and still analyses it', () => {
    const r = spawnSync(process.execPath, [cli, '-'], { input: Buffer.from([...Buffer.from('ASTANA. KAZINFORM - Caf'), 0xe9, ...Buffer.from(' owners said the plan would work.')]) });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toMatch(/not valid UTF-8/);
    expect(JSON.parse(r.stdout.toString()).dateline.location).toBe('Astana');
    expect(run(['-'], 'ASTANA. KAZINFORM - Café owners said so.').stderr).toBe('');
  });

  it('batch also says on stderr which line is not UTF-8, once, counts them, and analyses them', () => {
    const good = Buffer.from(JSON.stringify({ id: 'ok', text: 'ASTANA. KAZINFORM - Café owners said so.' }) + '\n');
    const latin1 = (id: string) => Buffer.concat([Buffer.from(`{"id": "${id}", "text": "ASTANA. KAZINFORM - Caf`), Buffer.from([0xe9]), Buffer.from(' owners said the plan would work."}\n')]);
    const r = spawnSync(process.execPath, [cli, 'batch', '--workers', '1', '--no-progress'], { input: Buffer.concat([good, latin1('l1'), latin1('l2')]) });
    expect(r.status).toBe(0);
    const err = r.stderr.toString();
    expect(err).toMatch(/line 2 of standard input is not valid UTF-8/);
    expect(err.match(/is not valid UTF-8/g)).toHaveLength(1);
    expect(err).toMatch(/2 lines of standard input were not valid UTF-8/);
    const out = r.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.dateline?.location)).toEqual(['Astana', 'Astana', 'Astana']);
    expect(run(['batch', '--no-progress', '--workers', '1'], good.toString()).stderr).not.toMatch(/UTF-8/);
  });
});
