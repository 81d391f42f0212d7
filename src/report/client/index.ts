/**
 * The report page's own script (bundled for the browser as dist/report/client.global.js and
 * inlined by render.ts): draws each section's chart with Observable Plot from the JSON the
 * page embeds, redraws on resize, and sorts a table when its column's name is clicked.
 * Plot and d3 are the page's globals (their UMD builds, inlined before this script).
 */
import type * as PlotApi from '@observablehq/plot';
import type { Chart, ReportData, Row } from '../report-data.js';

declare const Plot: typeof PlotApi;
/** The part of d3 this script calls (d3 has no types installed here). */
declare const d3: { ticks(start: number, stop: number, count: number): number[] };

/** Fixed colours for the categories whose meaning does not change between charts. */
const COLOURS: Record<string, string> = {
  person: '#4e79a7',
  organisation: '#f28e2b',
  unresolved: '#bab0ac',
  female: '#59a14f',
  male: '#b07aa1',
  'not stated': '#c9c9c9',
};
const BAR = '#4e79a7';
/** Characters of a label shown on an axis (the table has the whole name). */
const LABEL_CHARS = 36;

const short = (s: unknown): string => {
  const t = String(s);
  return t.length > LABEL_CHARS ? `${t.slice(0, LABEL_CHARS - 1)}…` : t;
};
/** Room for the longest label (about 7 px a character at the axis's size). */
const labelMargin = (labels: readonly string[]): number => Math.min(280, Math.max(60, 12 + 7 * Math.max(0, ...labels.map((l) => short(l).length))));
const colourScale = (values: readonly string[]): PlotApi.ScaleOptions => (values.every((v) => v in COLOURS) ? { domain: [...values], range: values.map((v) => COLOURS[v]!) } : { domain: [...values] });
/** Ticks at whole numbers only, for an axis of counts from 0 to `max` (no "2.5 articles"). */
const countTicks = (max: number): number[] => d3.ticks(0, Math.max(1, max), 8).filter(Number.isInteger);
const maxOf = (rows: readonly Row[], key: string): number => Math.max(0, ...rows.map((r) => Number(r[key]) || 0));
/** A period ("2026-03-02" a week's Monday, "2026-03" a month) as a UTC date. */
const periodDate = (p: unknown): Date => new Date(`${String(p)}${String(p).length === 7 ? '-01' : ''}T00:00:00Z`);

function draw(chart: Chart, width: number): SVGSVGElement | HTMLElement {
  if (chart.kind === 'bars') {
    const fills = chart.fill ? [...new Set(chart.rows.map((r) => String(r[chart.fill!])))] : [];
    // a colour that repeats the bar's own label needs no legend
    const legend = chart.fill !== chart.y && fills.length > 1;
    // stacked bars: the axis reaches the largest sum of a label's bars
    const sums = new Map<string, number>();
    for (const r of chart.rows) sums.set(String(r[chart.y]), (sums.get(String(r[chart.y])) ?? 0) + (Number(r[chart.x]) || 0));
    const numeric = chart.fill !== null && chart.fillKind === 'number';
    const known = (r: Row) => r[chart.fill!] !== null;
    const marks: PlotApi.Markish[] = [];
    if (numeric) {
      marks.push(Plot.barX(chart.rows.filter(known), { x: chart.x, y: chart.y, fill: chart.fill!, tip: true }));
      marks.push(Plot.barX(chart.rows.filter((r) => !known(r)), { x: chart.x, y: chart.y, fill: COLOURS.unresolved!, tip: true }));
    } else marks.push(Plot.barX(chart.rows, { x: chart.x, y: chart.y, fill: chart.fill ?? BAR, tip: true }));
    marks.push(Plot.ruleX([0]));
    return Plot.plot({
      width,
      height: 40 + 22 * chart.order.length + (chart.fill ? 30 : 0),
      marginLeft: labelMargin(chart.order),
      x: { label: chart.xLabel, grid: true, ticks: countTicks(Math.max(0, ...sums.values())), tickFormat: 'd' },
      y: { label: null, domain: chart.order, tickFormat: short },
      color: !chart.fill ? undefined : numeric ? ({ legend: true, label: chart.fillLabel ?? undefined, scheme: 'blues', domain: [0, 1], marginLeft: 12 } as PlotApi.ScaleOptions) : { legend, ...colourScale(fills) },
      marks,
    });
  }
  if (chart.kind === 'cells') {
    const max = maxOf(chart.rows, chart.value);
    return Plot.plot({
      width: Math.min(width, labelMargin(chart.yOrder) + 60 + 34 * chart.xOrder.length),
      height: 30 + Math.round(0.75 * labelMargin(chart.xOrder)) + 26 * chart.yOrder.length,
      marginLeft: labelMargin(chart.yOrder),
      // labels turned 45°: their height is about 0.7 of their length
      marginBottom: Math.round(0.75 * labelMargin(chart.xOrder)),
      x: { label: null, domain: chart.xOrder, tickRotate: -45, tickFormat: short },
      y: { label: null, domain: chart.yOrder, tickFormat: short },
      color: { scheme: 'blues', legend: true, label: chart.valueLabel, type: 'sqrt', domain: [0, max], ticks: countTicks(max), tickFormat: 'd', marginLeft: 12 } as PlotApi.ScaleOptions,
      marks: [
        Plot.cell(chart.rows, { x: chart.x, y: chart.y, fill: chart.value, tip: true, inset: 0.5 }),
        // white on the darker cells: 'blues' is dark above about half of its sqrt range
        Plot.text(chart.rows, { x: chart.x, y: chart.y, text: chart.value, fontSize: 10, fill: (r: Row) => (Math.sqrt(Number(r[chart.value])) > 0.6 * Math.sqrt(max) ? 'white' : 'black') }),
      ],
    });
  }
  const series = [...new Set(chart.rows.map((r) => String(r[chart.series])))];
  const x = (r: Row) => periodDate(r[chart.x]);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 50,
    x: { type: 'utc', label: null },
    y: { label: chart.yLabel, grid: true, zero: true },
    color: { legend: true, ...colourScale(series) },
    marks: [Plot.ruleY([0]), Plot.lineY(chart.rows, { x, y: chart.y, stroke: chart.series, tip: true }), Plot.dot(chart.rows, { x, y: chart.y, fill: chart.series, r: 2.5 })],
  });
}

function drawAll(data: ReportData): void {
  for (const s of data.sections) {
    const box = document.querySelector<HTMLElement>(`[data-chart="${s.id}"]`);
    if (!box || !s.chart) continue;
    box.replaceChildren(draw(s.chart, Math.max(320, box.clientWidth)));
  }
}

/** Sort a table's rows by a column: numbers highest first, text from A, in the reader's
 *  collation; a second click on the same column reverses. Empty cells go last. */
function makeSortable(table: HTMLTableElement): void {
  const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  heads.forEach((th, i) => {
    th.querySelector('button')?.addEventListener('click', () => {
      const numeric = th.dataset.kind !== 'text' && th.dataset.kind !== 'period';
      const now = th.getAttribute('aria-sort');
      const next = now ? (now === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending';
      const sign = next === 'ascending' ? 1 : -1;
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', next);
      const body = table.tBodies[0]!;
      const value = (tr: HTMLTableRowElement) => tr.cells[i]?.dataset.value ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        return sign * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
      });
      body.append(...rows);
    });
  });
}

const data = JSON.parse(document.getElementById('report-data')!.textContent!) as ReportData;
drawAll(data);
for (const t of document.querySelectorAll<HTMLTableElement>('table.sortable')) makeSortable(t);
let resizing = 0;
let lastWidth = window.innerWidth;
window.addEventListener('resize', () => {
  if (window.innerWidth === lastWidth) return;
  lastWidth = window.innerWidth;
  clearTimeout(resizing);
  resizing = window.setTimeout(() => drawAll(data), 200);
});
