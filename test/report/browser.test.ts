/**
 * The coverage report in a real browser: Debian's Chromium, headless, through puppeteer-core,
 * on a report of the invented fixtures (with invented dates and outlets) written by the built
 * CLI. Every chart must be drawn with a size, the console must stay free of errors, every
 * table must have rows and a CSV download. Without /usr/bin/chromium the test is skipped,
 * unless CI is set (.ci/run installs it): then it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, CHROMIUM, fixtureBatchLines } from '../../scripts/report-fixtures.mjs';

const root = join(import.meta.dirname, '../..');
const cli = join(root, 'dist', 'cli.js');
const hasChromium = existsSync(CHROMIUM);
const required = !!process.env.CI;

describe(hasChromium || required ? 'the coverage report in Chromium' : `the coverage report in Chromium: SKIPPED, no ${CHROMIUM} (apt-get install chromium)`, () => {
  it.skipIf(!hasChromium && !required)('draws every chart with a size, logs no error, and has sortable tables with CSV downloads', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing (CI must install it: apt-get install chromium)`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'aa-report-browser-'));
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, fixtureBatchLines(2).map((l) => JSON.stringify(l)).join('\n') + '\n');
    const batch = spawnSync(process.execPath, [cli, 'batch', input, '--no-progress'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(batch.status, batch.stderr).toBe(0);
    writeFileSync(join(dir, 'records.jsonl'), batch.stdout);
    const page = join(dir, 'report.html');
    const report = spawnSync(process.execPath, [cli, 'report', join(dir, 'records.jsonl'), '-o', page, '--no-progress'], { encoding: 'utf8' });
    expect(report.status, report.stderr).toBe(0);

    const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: chromiumArgs(join(dir, 'profile')) });
    try {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
      });
      tab.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
      tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      await tab.setViewport({ width: 1100, height: 900 });
      await tab.goto(`file://${page}`, { waitUntil: 'load' });

      const charts = await tab.$$eval('.chart', (boxes) =>
        boxes.map((box) => {
          const root = box.firstElementChild;
          const size = (e: { getBoundingClientRect(): { width: number; height: number } } | null | undefined) => (e ? [Math.round(e.getBoundingClientRect().width), Math.round(e.getBoundingClientRect().height)] : [0, 0]);
          // the plot's own svg: the largest in the chart (a legend may have small ones)
          const svgs = [...box.querySelectorAll('svg')].map(size).sort((a, b) => b[0]! * b[1]! - a[0]! * a[1]!);
          return { id: box.getAttribute('data-chart'), tag: root?.tagName.toLowerCase(), box: size(root), svg: svgs[0] ?? [0, 0] };
        }),
      );
      const data = JSON.parse((await tab.$eval('#report-data', (e) => e.textContent))!) as { sections: Array<{ id: string; chart: unknown }> };
      const expected = data.sections.filter((s) => s.chart).map((s) => s.id);
      expect(charts.map((c) => c.id)).toEqual(expected);
      // dates and outlets are given: every section has its chart
      expect(charts.length).toBe(16);
      for (const c of charts) {
        expect(['svg', 'figure'], c.id).toContain(c.tag);
        expect(Math.min(...c.box, ...c.svg), `${c.id}: ${JSON.stringify(c)}`).toBeGreaterThan(20);
      }

      const tables = await tab.$$eval('table.sortable', (ts) => ts.map((t) => ({ id: t.getAttribute('data-table'), rows: t.querySelectorAll('tbody tr').length })));
      expect(tables.length).toBe(16);
      for (const t of tables) expect(t.rows, t.id).toBeGreaterThan(0);
      const csv = 'data:text/csv;charset=utf-8,';
      const links = await tab.$$eval('a.csv', (as) => as.map((a) => [a.getAttribute('download'), a.getAttribute('href')]));
      expect(links.map(([name, href]) => [name, href!.slice(0, csv.length)])).toEqual(tables.map((t) => [`${t.id}.csv`, csv]));
      for (const [name, href] of links) expect(decodeURIComponent(href!.slice(csv.length)).split('\r\n').length, name!).toBeGreaterThan(2);

      // a click on a column's name sorts its rows; a second click reverses them
      const names = () => tab.$$eval('table[data-table="people"] tbody tr td:first-child', (tds) => tds.map((td) => td.textContent!));
      await tab.click('table[data-table="people"] th:first-child button');
      const sorted = await names();
      expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
      await tab.click('table[data-table="people"] th:first-child button');
      expect(await names()).toEqual([...sorted].reverse());

      const shot = join(dir, 'report.png');
      await tab.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(50_000);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
