/** The built binary on web pages (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/cli/html.js';

const root = join(import.meta.dirname, '../..');
const cli = join(root, 'dist', 'cli.js');
const page = join(root, 'fixtures', 'html', 'wire-on-local-site.html');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

describe('article-anatomy CLI on web pages', () => {
  it('reads a .html file as a page: the text, the body and the metadata', () => {
    const r = run([page, '--url', 'https://courier.example/news/a']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.text.slice(out.body.start, out.body.end).startsWith('CLEARWATER, Ore. (AP)')).toBe(true);
    expect(out.metadata.url).toBe('https://courier.example/news/a');
    expect(out.metadata.headline).toBe('Flood barrier plan wins state approval');
  });

  it('tells a page on standard input by its markup; --text reads it as plain text, --html forces a page', () => {
    const html = readFileSync(page, 'utf8');
    expect(JSON.parse(run([], html).stdout).metadata).toBeDefined();
    expect(JSON.parse(run(['--text'], html).stdout).metadata).toBeUndefined();
    const forced = JSON.parse(run(['--html'], 'A plain line that is read as a page.').stdout);
    expect(forced.text).toBeDefined();
  });

  it('gives a page with no article an empty body and a diagnostic, and exits 0', () => {
    const r = run([join(root, 'fixtures', 'html', 'error-page.html')]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.body.start).toBe(out.body.end);
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toContain('html/no-article');
  });

  it('batch: a line may carry html and url instead of text, on worker threads or not', () => {
    const lines = [
      JSON.stringify({ id: 'page', html: readFileSync(page, 'utf8'), url: 'https://courier.example/news/a' }),
      JSON.stringify({ id: 'text', text: 'SEOUL, Oct 14 (Reuters) - Exports rose, the ministry said on Monday.' }),
      JSON.stringify({ id: 'bad', html: 42 }),
    ].join('\n');
    for (const workers of ['1', '2']) {
      const r = run(['batch', '--workers', workers, '--no-progress', '--fields', 'body,text,metadata,dateline'], lines);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(out.map((o) => o.id)).toEqual(['page', 'text', 'bad']);
      expect(out[0].metadata.url).toBe('https://courier.example/news/a');
      expect(out[0].text.slice(out[0].body.start, out[0].body.end)).toContain('a flood barrier along the Tarrow River');
      expect(out[1].dateline.agency).toBe('Reuters');
      expect(out[1].metadata).toBeUndefined();
      // no string html and no text: an error line, and the run goes on
      expect(out[2].error.code).toBe('input/no-text');
      expect(r.status).toBe(1);
    }
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from plain text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <html lang="en">')).toBe(true);
    expect(looksLikeHtml('<div class="x"><p>Text</p></div>')).toBe(true);
    expect(looksLikeHtml('anything', 'page.HTM')).toBe(true);
    expect(looksLikeHtml('LONDON (Reuters) - Prices <rose> on Monday.')).toBe(false);
    expect(looksLikeHtml('Plain text with a <b> in it.', 'story.txt')).toBe(false);
  });
});
