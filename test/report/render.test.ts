import { describe, expect, it } from 'vitest';
import { readReportAssets } from '../../src/cli/report.js';
import { CoverageAggregator } from '../../src/report/aggregate.js';
import { escapeHtml, jsonForScript, renderReport, scriptText, tableCsv, type ReportAssets } from '../../src/report/render.js';
import { buildReport, type ReportData } from '../../src/report/report-data.js';

// the scripts the page inlines are the build's (npm test builds first)
const assets: ReportAssets =
  readReportAssets() ??
  (() => {
    throw new Error('dist/report/ is missing: run npm run build');
  })();
const EVIL = '</script><script>alert(1)</script>';

/** A report of a few invented records, one of whose names tries to break out of the page. */
function report(): { data: ReportData; html: string } {
  const a = new CoverageAggregator();
  a.add({
    id: 1,
    date: '2026-03-02',
    source: 'Harbour Daily',
    people: [{ id: 'p1', name: 'Ada Kestrel', mentions: [], gender: 'female', genderStatedBy: 'pronoun' }, { id: 'p2', name: EVIL, mentions: [] }],
    organizations: [{ id: 'o1', name: '=HYPERLINK("x")', mentions: [] }],
    quotes: [{ kind: 'direct', speaker: { name: 'Ada Kestrel', entityId: 'p1', method: 'explicit', confidence: 0.9 } }, { kind: 'indirect', speaker: { name: EVIL, entityId: 'p2', method: 'pronoun', confidence: 0.8 } }],
    dateline: { location: 'Bishkek', agency: 'Kabar' },
    language: { iso6393: 'eng' },
  });
  a.add({ id: 2, error: { code: 'input/no-text', message: 'm' } });
  const data = buildReport(a, { title: 'Test <report>' });
  return { data, html: renderReport(data, assets) };
}

describe('renderReport', () => {
  const { data, html } = report();

  it('needs nothing outside the file: no script, style or image loaded from anywhere', () => {
    const tags = [...html.matchAll(/<(script|link|img|iframe|object|embed|source)\b[^>]*>/gi)].map((m) => m[0]);
    expect(tags.filter((t) => /^<script/i.test(t))).toEqual(['<script type="application/json" id="report-data">', '<script>', '<script>', '<script>']);
    expect(tags.filter((t) => !/^<script/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i);
  });

  it('inlines d3, Plot and the page script, with their licences', () => {
    expect(html).toContain(scriptText(assets.d3));
    expect(html).toContain(scriptText(assets.plot));
    expect(html).toContain(scriptText(assets.client));
    expect(html).toMatch(/Copyright[^\n]*Mike Bostock/);
    expect(html).toMatch(/Copyright[^\n]*Observable, Inc\./);
  });

  it('embeds the report data as JSON the page can read back', () => {
    const json = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(data);
  });

  it('keeps every name as text: none ends a script or opens a tag', () => {
    expect(html.split(EVIL)).toHaveLength(1);
    expect(html).toContain(escapeHtml(EVIL));
    expect(html).toContain('<title>Test &lt;report&gt;</title>');
    expect(jsonForScript({ n: EVIL, s: '\u2028' })).not.toMatch(/[<\u2028]/);
    expect(scriptText('x = "</script>"; // <!--')).toBe('x = "<\\/script>"; // <\\!--');
  });

  it('puts a chart, then its table with a CSV download, in each section that has data', () => {
    for (const s of data.sections) {
      const at = html.indexOf(`<section id="${s.id}"`);
      const body = html.slice(at, html.indexOf('</section>', at));
      expect(body.includes(`data-chart="${s.id}"`), s.id).toBe(s.chart !== null);
      expect(body.includes(`download="${s.id}.csv"`), s.id).toBe(s.table !== null);
      if (s.table) expect(body.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(s.table.rows.length);
    }
    expect(data.sections.filter((s) => s.chart).length).toBeGreaterThanOrEqual(12);
  });

  it('offers each table as CSV: labels, raw values, and no formula a spreadsheet would run', () => {
    const orgs = data.sections.find((s) => s.id === 'organisations')!.table!;
    expect(tableCsv(orgs)).toBe('organisation,articles,share of articles,mentions\r\n"\'=HYPERLINK(""x"")",1,1,0\r\n');
    const link = /download="organisations.csv" href="data:text\/csv;charset=utf-8,([^"]*)"/.exec(html)![1]!;
    expect(decodeURIComponent(link)).toBe(tableCsv(orgs));
  });

  it('shows the error lines in the summary and notes', () => {
    expect(html).toMatch(/<dt>error lines<\/dt><dd>1<\/dd>/);
    expect(html).toContain('input/no-text 1');
  });
});
