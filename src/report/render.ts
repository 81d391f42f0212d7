/**
 * The coverage report as one HTML file that needs nothing else: the report's data embedded as
 * JSON, d3 and Observable Plot inlined (their minified builds, with their licence notices),
 * and the page's own script that draws each chart and sorts the tables. The tables and their
 * CSV downloads are written here, so they read without the script too.
 */
import type { CellValue, Column, ReportData, Section, Table } from './report-data.js';

/** The scripts inlined into the page, in this order: d3, then Plot (which reads the global
 *  d3), then the page's own (src/report/client/). */
export interface ReportAssets {
  d3: string;
  plot: string;
  client: string;
  /** the licence texts of d3 and Plot (ISC: their notice goes with every copy) */
  licences: string;
}

/** The HTML page of a report. */
export function renderReport(data: ReportData, assets: ReportAssets): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(data.generator)}">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(data.title)}</h1>
<dl class="summary">${data.summary.map((s) => `<div><dt>${escapeHtml(s.label)}</dt><dd>${escapeHtml(s.value)}</dd></div>`).join('')}</dl>
${data.notes.length ? `<ul class="notes">${data.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
<nav><ol>${data.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('')}</ol></nav>
</header>
<main>
${data.sections.map(renderSection).join('\n')}
</main>
<footer>
<p>Written by ${escapeHtml(data.generator)} from the records of <code>article-anatomy batch</code>. Counts are of what the analysis found, which is sometimes wrong: see each chart's note. Charts drawn with Observable Plot and d3, included in this file under their licences:</p>
<details><summary>Licences</summary><pre>${escapeHtml(assets.licences)}</pre></details>
</footer>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${scriptText(assets.d3)}</script>
<script>${scriptText(assets.plot)}</script>
<script>${scriptText(assets.client)}</script>
</body>
</html>
`;
}

function renderSection(s: Section): string {
  const parts = [`<section id="${s.id}" class="report-section">`, `<h2>${escapeHtml(s.title)}</h2>`, `<p class="about">${escapeHtml(s.text)}</p>`];
  if (s.empty) parts.push(`<p class="empty">${escapeHtml(s.empty)}</p>`);
  if (s.chart) parts.push(`<div class="chart" data-chart="${s.id}" role="img" aria-label="${escapeHtml(s.title)}"></div>`);
  if (s.table) parts.push(renderTable(s.id, s.table));
  parts.push('</section>');
  return parts.join('\n');
}

function renderTable(id: string, t: Table): string {
  const head = t.columns.map((c) => `<th scope="col" data-kind="${c.kind}"><button type="button">${escapeHtml(c.label)}</button></th>`).join('');
  const body = t.rows.map((r) => `<tr>${t.columns.map((c) => `<td data-value="${escapeHtml(String(r[c.key] ?? ''))}"${c.kind === 'text' || c.kind === 'period' ? '' : ' class="n"'}>${escapeHtml(display(r[c.key] ?? null, c))}</td>`).join('')}</tr>`).join('\n');
  const csv = tableCsv(t);
  return `<div class="table-tools"><a class="csv" download="${id}.csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(csv)}">Download CSV</a> <span>${t.rows.length} row${t.rows.length === 1 ? '' : 's'}; click a column's name to sort</span></div>
<div class="table-wrap"><table class="sortable" data-table="${id}"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></div>`;
}

/** A cell as the table shows it: counts with thousands separators, shares as percentages. */
export function display(v: CellValue, c: Column): string {
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  if (c.kind === 'share') return `${(100 * v).toFixed(1)} %`;
  if (c.kind === 'number') return v.toFixed(2);
  return v.toLocaleString('en');
}

/** The table as CSV (RFC 4180): the columns' labels, then the values as they are (shares as
 *  fractions, 0..1). A text cell that a spreadsheet would run as a formula (=, +, -, @ first)
 *  gets a leading apostrophe: names come from articles, which anyone can write. */
export function tableCsv(t: Table): string {
  const cell = (v: CellValue, c: Column | null): string => {
    let s = v === null ? '' : typeof v === 'number' ? (c?.kind === 'share' ? String(Math.round(v * 10_000) / 10_000) : c?.kind === 'number' ? String(Math.round(v * 1000) / 1000) : String(v)) : v;
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [t.columns.map((c) => cell(c.label, null)).join(','), ...t.rows.map((r) => t.columns.map((c) => cell(r[c.key] ?? null, c)).join(','))].join('\r\n') + '\r\n';
}

/** Text safe in HTML content and in a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** JSON that cannot end its <script> element early nor open a comment in it: every "<" and
 *  the two line separators JavaScript once refused in strings written as escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A script's source made safe inside <script>…</script>: no "</script" nor "<!--" in it
 *  (escaped as "<\/script", "<\!--", which JavaScript reads the same inside strings and
 *  regular expressions, the only places they can occur in minified code). */
export function scriptText(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #e3e3e3; --accent: #4e79a7; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1040px; margin: 0 auto; padding: 0 20px; }
h1 { font-size: 1.7rem; margin: 28px 0 12px; }
h2 { font-size: 1.25rem; margin: 0 0 6px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px 28px; margin: 0 0 12px; }
.summary div { min-width: 110px; }
.summary dt { color: var(--muted); font-size: .8rem; }
.summary dd { margin: 0; font-size: 1.3rem; font-variant-numeric: tabular-nums; }
.notes { color: var(--muted); font-size: .9rem; padding-left: 18px; }
nav ol { columns: 3 220px; padding-left: 20px; font-size: .9rem; margin: 8px 0 20px; }
nav a { color: var(--accent); }
.report-section { border-top: 1px solid var(--rule); padding: 22px 0 26px; }
.about { color: var(--muted); max-width: 80ch; margin: 0 0 12px; }
.empty { font-style: italic; }
.chart { min-height: 60px; overflow-x: auto; }
.chart figure { margin: 0; }
.table-tools { font-size: .85rem; color: var(--muted); margin: 10px 0 4px; }
.table-tools a { color: var(--accent); margin-right: 8px; }
.table-wrap { max-height: 360px; overflow: auto; border: 1px solid var(--rule); }
table { border-collapse: collapse; width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
th, td { padding: 4px 10px; text-align: left; border-bottom: 1px solid var(--rule); }
td.n { white-space: nowrap; }
td.n, th[data-kind="count"], th[data-kind="share"], th[data-kind="number"] { text-align: right; }
thead th { position: sticky; top: 0; background: #f7f7f7; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
footer pre { white-space: pre-wrap; font-size: .75rem; }
footer { color: var(--muted); font-size: .82rem; border-top: 1px solid var(--rule); padding-top: 12px; margin-bottom: 30px; }
`;
