/** analyzeHtml on invented pages: the page's text, its body, the record of the text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml, HtmlAnalysisSchema, type HtmlAnalysis } from '../../src/html/index.js';
import { ArticleAnalysisError } from '../../src/errors.js';
import { expectValidRecord } from '../invariants.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/html', name), 'utf8');
const bodyOf = (r: HtmlAnalysis) => r.text.slice(r.body.start, r.body.end);

/** Every span is a span of the page's text, and the record passes its schema. */
function expectValidPage(r: HtmlAnalysis): void {
  HtmlAnalysisSchema.parse(r);
  const { text, metadata, diagnostics, ...record } = r;
  expectValidRecord(text, { ...record, diagnostics: diagnostics.filter((d) => !d.code.startsWith('html/')) } as never);
  expect(metadata).toBeTypeOf('object');
  expect(r.body.start).toBeLessThanOrEqual(r.body.end);
  expect(r.body.end).toBeLessThanOrEqual(text.length);
}

describe('analyzeHtml on a wire story syndicated on a local site', () => {
  const r = analyzeHtml(fixture('wire-on-local-site.html'), { url: 'https://courier.example/news/2024/03/flood-barrier-plan-wins-approval/' });

  it('gives a valid record whose offsets refer to the page’s text', () => expectValidPage(r));

  it('puts the headline and the byline first, then the body', () => {
    expect(r.text.startsWith('Flood barrier plan wins state approval\n\n')).toBe(true);
    expect(r.headline?.text).toBe('Flood barrier plan wins state approval');
    expect(r.byline?.text).toBe('By Dana Whitfield and Marco Ellery');
    expect(r.body.start).toBeGreaterThan(r.byline!.end);
  });

  it('reports the sentence under the headline as the standfirst, not the kicker above it', () => {
    expect(r.standfirst?.text).toBe('The project would protect about 4,000 homes along the Tarrow River.');
    expect(r.standfirst!.end).toBeLessThanOrEqual(r.body.start);
  });

  it('keeps every paragraph of the story in the body and leaves out the caption, related links, newsletter box, credit, menu and footer', () => {
    const body = bodyOf(r);
    expect(body.startsWith('CLEARWATER, Ore. (AP) — State regulators')).toBe(true);
    expect(body.endsWith("according to the board's staff report.")).toBe(true);
    for (const s of ['"This barrier will keep families', 'The Oregon Water Board voted', 'Their lawyer, Peter Vance']) expect(body).toContain(s);
    for (const s of ['Workers inspect the riverbank', 'River levels rise', 'morning briefing', 'contributed to this report', 'Privacy policy', 'Home', '© 2024']) expect(r.text).not.toContain(s);
  });

  it('reads the dateline, the quotes and the people of the body', () => {
    expect(r.dateline?.location).toBe('Clearwater, Ore.');
    expect(r.dateline?.agency).toBe('AP');
    const quote = r.quotes.find((q) => q.text.startsWith('This barrier will keep families'));
    expect(quote?.speaker?.name).toBe('Ruth Calloway');
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Ruth Calloway', 'Peter Vance']));
  });
});

describe('analyzeHtml on other kinds of page', () => {
  it('reads a live blog’s entries as the body, without the time stamps, share buttons and comments', () => {
    const r = analyzeHtml(fixture('live-blog.html'));
    expectValidPage(r);
    const body = bodyOf(r);
    expect(body).toContain('Amira Osei has won the women');
    expect(body).toContain('The elite runners are off');
    for (const s of ['11:42', 'Share on Facebook', 'I was at mile 20']) expect(r.text).not.toContain(s);
    expect(r.quotes.find((q) => q.text.startsWith('I felt strong'))?.speaker?.name).toBe('Amira Osei');
  });

  it('reads the free part of a paywalled page, without the subscription prompt', () => {
    const r = analyzeHtml(fixture('paywalled.html'));
    expectValidPage(r);
    expect(bodyOf(r)).toContain('When Skylane Regional cancelled its last flight');
    expect(bodyOf(r)).toContain('said Carla Mendes');
    expect(r.text).not.toContain('Subscribe');
    expect(r.byline?.text).toBe('By Helen Park');
  });

  it('reads an AMP page: its body without the caption, its language and microdata', () => {
    const r = analyzeHtml(fixture('amp-page.html'));
    expectValidPage(r);
    expect(bodyOf(r).startsWith('VALMAR, 3 jun (EFE).')).toBe(true);
    expect(r.text).not.toContain('La nueva terminal, el lunes');
    expect(r.language.iso6393).toBe('spa');
    expect(r.metadata.authors).toEqual(['Lucía Ferrer']);
  });

  it('gives a section front and an error page an empty body and a diagnostic', () => {
    for (const name of ['section-front.html', 'error-page.html']) {
      const r = analyzeHtml(fixture(name));
      expectValidPage(r);
      expect(r.body.start, name).toBe(r.body.end);
      expect(r.diagnostics.map((d) => d.code), name).toContain('html/no-article');
      expect(r.quotes, name).toEqual([]);
    }
  });
});

describe('analyzeHtml’s contract', () => {
  it('never throws for a string: empty, plain text, a fragment, junk', () => {
    for (const input of ['', 'just some words', '<p>A fragment of a page.</p>', '<<<>>></div></p>&amp;&#xffff;', '\u0000\u0001binary', '<html><body>' + '<div>'.repeat(3000) + 'deep' + '</div>'.repeat(3000) + '</body></html>']) {
      const r = analyzeHtml(input);
      expectValidPage(r);
    }
  });

  it('throws a typed error for a non-string input or invalid options', () => {
    expect(() => analyzeHtml(42 as never)).toThrow(ArticleAnalysisError);
    expect(() => analyzeHtml('<p>x</p>', { url: 42 } as never)).toThrow(ArticleAnalysisError);
    expect(() => analyzeHtml('<p>x</p>', { nope: true } as never)).toThrow(/invalid options/);
  });

  it('passes analyzeArticle’s options to the analysis of the text', () => {
    const r = analyzeHtml(fixture('paywalled.html'), { language: 'fra', validate: true });
    expect(r.language.iso6393).toBe('fra');
  });

  it('is deterministic', () => {
    const html = fixture('wire-on-local-site.html');
    expect(JSON.stringify(analyzeHtml(html))).toBe(JSON.stringify(analyzeHtml(html)));
  });
});
