/** The built binary's report command (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../src/cli/report.js';

const root = join(import.meta.dirname, '../..');
const cli = join(root, 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
const dir = mkdtempSync(join(tmpdir(), 'aa-report-'));

/** A few records as batch writes them, one an error line; invented people. */
const RECORDS = [
  { id: 'a', date: '2026-03-02', source: 'Harbour Daily', people: [{ id: 'p1', name: 'Ada Kestrel', mentions: [], gender: 'female', genderStatedBy: 'pronoun' }], organizations: [], quotes: [{ kind: 'direct', speaker: { name: 'Ada Kestrel', entityId: 'p1', method: 'explicit', confidence: 0.95 } }], dateline: null, language: { iso6393: 'eng' } },
  { id: 'b', error: { code: 'input/no-text', message: 'item "b" has no string "text"' } },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

describe('article-anatomy report', () => {
  it('writes one HTML page from a file with -o, and says what it read on stderr', () => {
    const input = join(dir, 'records.jsonl');
    writeFileSync(input, RECORDS + '\n');
    const out = join(dir, 'report.html');
    const r = run(['report', input, '-o', out, '--title', 'Spring coverage']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-anatomy report: 1 records, 1 error lines, 1 quotes -> .*report\.html \(\d+ KB\) in [\d.]+ s, peak RSS \d+ MB\n$/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Spring coverage</title>');
    expect(html).toContain('Ada Kestrel');
  });

  it('reads standard input and writes the page to standard output when it is not a terminal', () => {
    const r = run(['report', '--no-progress', '--by', 'month', '--top', '5', '--rows', '10'], RECORDS);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(r.stdout).toContain('Articles and quotes by month');
  });

  it('skips a line that is not JSON, says so once, and counts it in the page', () => {
    const r = run(['report'], `not json\n${RECORDS}\n{broken\n`);
    expect(r.status).toBe(0);
    expect(r.stderr.match(/is not JSON/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/line 1 of standard input is not JSON/);
    expect(r.stdout).toMatch(/<dt>unreadable lines<\/dt><dd>2<\/dd>/);
  });

  it('prints its help, and names the command in the CLI\'s help', () => {
    const r = run(['report', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: article-anatomy report /);
    expect(r.stdout).toMatch(/-o, --output FILE/);
    expect(run(['--help']).stdout).toMatch(/article-anatomy report RECORDS\.jsonl -o report\.html/);
  });

  it.each([
    [['--top', '0'], /--top takes a whole number from 1 to 100/],
    [['--rows', 'many'], /--rows takes a whole number/],
    [['--by', 'day'], /--by takes week or month/],
    [['--output'], /--output needs a value/],
    [['--colour'], /unknown report option --colour/],
    [['a.jsonl', 'b.jsonl'], /at most one FILE/],
    [['-', 'b.jsonl'], /at most one FILE/],
    [['/no/such/records.jsonl'], /cannot read \/no\/such\/records\.jsonl: no such file/],
  ])('exits 2 on bad usage: %s', (args, message) => {
    const r = run(['report', ...args], RECORDS);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-anatomy report: /);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 when the input holds no records (empty, or lines that are not batch output)', () => {
    for (const input of ['', '\n\n', 'not json\n']) {
      const r = run(['report'], input);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/no records in standard input/);
      expect(r.stdout).toBe('');
    }
  });
});

describe('parseReportArgs', () => {
  it('reads options as --name value, --name=value and -o', () => {
    expect(parseReportArgs(['-o', 'r.html', '--top=7', '--rows', '50', '--by=week', '--title', 'T', 'in.jsonl', '--no-progress'])).toEqual({ file: 'in.jsonl', output: 'r.html', options: { top: 7, rows: 50, by: 'week', title: 'T' }, progress: false });
    expect(parseReportArgs(['-']).file).toBeNull();
  });
});
