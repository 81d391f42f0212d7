#!/usr/bin/env node
/**
 * The README's picture of the coverage report: the report of the invented fixtures (each
 * three times, with invented dates and outlets: no real article's data), opened in headless
 * Chromium, its top (summary and most-quoted speakers) saved as docs/report.png.
 *
 *   npm run build && node scripts/report-screenshot.mjs [--out FILE] [--full]
 *
 * --full saves the whole page instead. Needs Debian's chromium (/usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, CHROMIUM, fixtureBatchLines } from './report-fixtures.mjs';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : join(root, 'docs', 'report.png'));
if (!existsSync(cli)) {
  console.error('report-screenshot: build first (npm run build)');
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.error(`report-screenshot: ${CHROMIUM} not found (apt-get install chromium)`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'aa-report-shot-'));
try {
  writeFileSync(join(dir, 'articles.jsonl'), fixtureBatchLines(3).map((l) => JSON.stringify(l)).join('\n') + '\n');
  const batch = spawnSync(process.execPath, [cli, 'batch', join(dir, 'articles.jsonl'), '--no-progress'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (batch.status !== 0) throw new Error(batch.stderr);
  writeFileSync(join(dir, 'records.jsonl'), batch.stdout);
  const page = join(dir, 'report.html');
  const report = spawnSync(process.execPath, [cli, 'report', join(dir, 'records.jsonl'), '-o', page, '--no-progress', '--title', 'Coverage report: the invented fixtures'], { encoding: 'utf8' });
  if (report.status !== 0) throw new Error(report.stderr);

  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: chromiumArgs(join(dir, 'profile')) });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 1300 });
    await tab.goto(`file://${page}`, { waitUntil: 'load' });
    // the top of the page down to the end of the first chart's table
    const bottom = await tab.$eval('#speakers .table-tools', (e) => Math.ceil(e.getBoundingClientRect().bottom + e.ownerDocument.defaultView.scrollY + 8));
    await tab.screenshot(args.includes('--full') ? { path: out, fullPage: true } : { path: out, clip: { x: 0, y: 0, width: 1000, height: bottom } });
  } finally {
    await browser.close();
  }
  console.log(`${out} written`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
