/**
 * What the coverage report shows, built from the counts of one pass (CoverageAggregator):
 * sections, each with a chart and the table beneath it. Plain data, embedded in the page as
 * JSON (render.ts) and drawn there (client/); nothing here knows HTML.
 */
import { JOIN, PAIRED_PER_ARTICLE, readEntityKey, STATED_GENDERS, type CoverageAggregator, type GenderCounts } from './aggregate.js';
import type { BoundedCounter } from './bounded-counter.js';

/** A table cell. */
export type CellValue = string | number | null;
/** A table row, by column key. */
export type Row = Record<string, CellValue>;

/** A column: how its cells read ('count' an integer, 'share' a fraction shown as a percentage,
 *  'number' a decimal, 'period' a week's Monday or a month). */
export interface Column {
  key: string;
  label: string;
  kind: 'text' | 'count' | 'share' | 'number' | 'period';
}

/** A table beneath a chart (its rows sortable in the page, and offered as CSV). */
export interface Table {
  columns: Column[];
  rows: Row[];
}

/** A chart, drawn with Observable Plot from its own rows:
 *  'bars' — horizontal bars, one per `y` label in `order` (bars of one label with several
 *  `fill` values stack); 'cells' — a grid of `x` by `y` (in `xOrder`, `yOrder`), shaded by `value`;
 *  'lines' — one line per `series` over the periods `x`. */
export type Chart =
  | { kind: 'bars'; rows: Row[]; y: string; x: string; xLabel: string; order: string[]; fill: string | null; fillKind: 'category' | 'number'; fillLabel: string | null }
  | { kind: 'cells'; rows: Row[]; x: string; y: string; value: string; valueLabel: string; xOrder: string[]; yOrder: string[] }
  | { kind: 'lines'; rows: Row[]; x: string; y: string; yLabel: string; series: string };

/** A part of the report: what it shows and how to read it, its chart and its table; or, when
 *  the records hold nothing for it, why (`empty`). */
export interface Section {
  id: string;
  title: string;
  text: string;
  chart: Chart | null;
  table: Table | null;
  empty: string | null;
}

/** The whole report. */
export interface ReportData {
  title: string;
  /** the program and version that wrote it */
  generator: string;
  /** headline figures: label and value as shown */
  summary: Array<{ label: string; value: string }>;
  /** what to keep in mind reading it (counts that may be short, dates that were not read) */
  notes: string[];
  sections: Section[];
}

/** How the report is cut: bars per chart, rows per table, periods. */
export interface ReportOptions {
  /** report title; default "Coverage report" */
  title?: string;
  /** bars (entities, places …) per chart; default 20 */
  top?: number;
  /** rows per table (and CSV); default 100 */
  rows?: number;
  /** time periods: 'auto' (default) is weeks when the dates span at most 26 weeks, else months */
  by?: 'auto' | 'week' | 'month';
  /** the generator line; default "article-anatomy" */
  generator?: string;
}

/** Speakers followed over time, and charted by outlet. */
const SPEAKERS_OVER_TIME = 6;
/** Entities in the co-occurrence grid (the table lists more pairs). */
const GRID_ENTITIES = 12;
/** Outlets charted with their speakers and genders. */
const OUTLETS_CROSSED = 12;
/** Above this many days between the first and last date, 'auto' counts by month. */
const WEEKS_UP_TO_DAYS = 26 * 7;

const UNRESOLVED = '(no resolved speaker)';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
/** "Kazakh (kaz)"; "undetermined (und)"; the code alone when it has no English name. */
export function languageLabel(code: string): string {
  if (code === 'und') return 'undetermined (und)';
  let name: string | undefined;
  try {
    name = LANGUAGE_NAMES.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

const share = (n: number, of: number): number => (of ? n / of : 0);
const count = (n: number): string => n.toLocaleString('en');
const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** Build the report's sections from the counts. */
export function buildReport(a: CoverageAggregator, options: ReportOptions = {}): ReportData {
  const top = options.top ?? 20;
  const rows = Math.max(options.rows ?? 100, top);
  const by = options.by === 'week' || options.by === 'month' ? options.by : a.firstDay && a.lastDay && daysBetween(a.firstDay, a.lastDay) <= WEEKS_UP_TO_DAYS ? 'week' : 'month';
  const sections = [
    speakersSection(a, top, rows),
    genderSection(a),
    kindsSection(a),
    methodsSection(a),
    entitySection('people', 'Most-mentioned people', 'person', a.people, a.records, top, rows),
    entitySection('organisations', 'Most-mentioned organisations', 'organisation', a.organisations, a.records, top, rows),
    pairsSection(a, rows),
    ...timeSections(a, by),
    ...outletSections(a, top, rows),
    categorySection('places', 'Dateline places', 'The place of the dateline that opens an article ("BISHKEK, Nov. 25 (Kabar) –"): where the story says it was filed.', 'place', 'articles', a.places, a.records, top, rows, (k) => k, a.noDateline ? `${count(a.noDateline)} articles have no dateline.` : ''),
    categorySection('agencies', 'Dateline agencies', 'The news agency the dateline credits, by its usual name (AP, Reuters, TASS, Kazinform …): how much of the coverage is wire copy.', 'agency', 'articles', a.agencies, a.records, top, rows, (k) => k, ''),
    categorySection('article-languages', 'Article languages', 'The language of each article as detected from its text.', 'language', 'articles', a.articleLanguages, a.records, top, rows, languageLabel, ''),
    categorySection('quote-languages', 'Quote languages', "The language of each quote: its own when it is long enough to tell, else the article's.", 'language', 'quotes', a.quoteLanguages, a.quotes, top, rows, languageLabel, ''),
  ];
  return { title: options.title ?? 'Coverage report', generator: options.generator ?? 'article-anatomy', summary: summaryOf(a), notes: notesOf(a), sections };
}

function summaryOf(a: CoverageAggregator): ReportData['summary'] {
  const errors = a.errors.top().reduce((n, [, c]) => n + c[0]!, 0);
  const out = [
    { label: 'articles', value: count(a.records) },
    { label: 'quotes', value: count(a.quotes) },
    { label: 'quotes per article', value: a.records ? (a.quotes / a.records).toFixed(1) : '0' },
    { label: 'quotes with a resolved speaker', value: percent(share(a.quotes - a.unresolvedQuotes, a.quotes)) },
    { label: 'error lines', value: count(errors) },
  ];
  if (a.unreadable) out.push({ label: 'unreadable lines', value: count(a.unreadable) });
  if (a.dated) out.push({ label: 'dates', value: a.firstDay === a.lastDay ? a.firstDay! : `${a.firstDay} to ${a.lastDay}` });
  if (a.sources.size) out.push({ label: 'outlets', value: count(a.sources.size) });
  return out;
}

function notesOf(a: CoverageAggregator): string[] {
  const notes: string[] = [];
  const errors = a.errors.top();
  if (errors.length) notes.push(`Error lines (articles batch could not analyse), by code: ${errors.map(([code, c]) => `${code} ${count(c[0]!)}`).join(', ')}. They are in no chart.`);
  if (a.unreadable) notes.push(`${count(a.unreadable)} lines were neither a record nor an error line (not JSON, or not an object) and were skipped.`);
  if (a.dated && (a.undated || a.badDates)) notes.push(`${count(a.undated)} articles have no date${a.badDates ? ` and ${count(a.badDates)} a date that is no ISO date (YYYY-MM-DD…)` : ''}: they are in no chart over time.`);
  if (!a.dated && a.badDates) notes.push(`No date could be read: ${count(a.badDates)} articles have a date that is no ISO date (YYYY-MM-DD…).`);
  const short = [a.speakers, a.people, a.organisations, a.pairs, a.sourceSpeakers, a.weekSpeakers, a.monthSpeakers, a.places, a.agencies, a.sources].reduce((m, c) => Math.max(m, c.maxUndercount), 0);
  if (short) notes.push(`There were more distinct names than the report keeps in memory: the rarest were dropped as it read, so a count shown may be short by up to ${count(short)}.`);
  return notes;
}

function speakersSection(a: CoverageAggregator, top: number, rows: number): Section {
  const base = {
    id: 'speakers',
    title: 'Most-quoted speakers',
    text: 'Quotes by who said them: the person or organisation the attribution resolved, counted by its name in each article, with its share of all quotes and the articles that quote it. Quotes whose speaker was not resolved to a named person or organisation (no speaker, or "a spokesman", "officials") are one bar of their own.',
  };
  if (!a.quotes) return emptySection(base, 'No quotes in these records.');
  const list: Row[] = a.speakers.top(rows).map(([key, c]) => {
    const e = readEntityKey(key);
    return { speaker: e.name, type: e.type, quotes: c[0]!, share: share(c[0]!, a.quotes), articles: c[1]! };
  });
  if (a.unresolvedQuotes) {
    const at = list.findIndex((r) => (r.quotes as number) < a.unresolvedQuotes);
    list.splice(at < 0 ? list.length : at, 0, { speaker: UNRESOLVED, type: 'unresolved', quotes: a.unresolvedQuotes, share: share(a.unresolvedQuotes, a.quotes), articles: null });
  }
  return shownSection(
    base,
    barChart(list.slice(0, top + 1), 'speaker', 'quotes', 'quotes', { fill: 'type', fillKind: 'category', fillLabel: 'speaker' }),
    { columns: [text('speaker', 'speaker'), text('type', 'type'), num('quotes', 'quotes'), pct('share', 'share of all quotes'), num('articles', 'articles quoting')], rows: list },
  );
}

function genderSection(a: CoverageAggregator): Section {
  const base = {
    id: 'gender',
    title: "Speakers' gender, as the text states it",
    text: 'Quotes of people by the gender the article itself states for them: an honorific before the name (Mrs, Ms, Mr, Sir …) or a pronoun the attribution tied to them (she, he). A gender only guessed from a first name counts as "not stated", and so does a gender the text contradicts. Organisations and quotes with no resolved speaker are left out; people named counts each person once per article.',
  };
  const people = STATED_GENDERS.reduce((n, g) => n + a.speakerGender[g][0], 0);
  if (!people && !a.peopleGender['not stated'][0] && !a.peopleGender.female[0] && !a.peopleGender.male[0]) return emptySection(base, 'No people in these records.');
  const named = STATED_GENDERS.reduce((n, g) => n + a.peopleGender[g][0], 0);
  const row = (g: (typeof STATED_GENDERS)[number], q: GenderCounts, p: GenderCounts): Row => ({
    gender: g,
    quotes: q[g][0],
    share: share(q[g][0], people),
    byHonorific: q[g][1],
    byPronoun: q[g][2],
    people: p[g][0],
    peopleShare: share(p[g][0], named),
  });
  const list = STATED_GENDERS.map((g) => row(g, a.speakerGender, a.peopleGender));
  return shownSection(base, barChart(list, 'gender', 'quotes', 'quotes of people', { fill: 'gender', fillKind: 'category', fillLabel: null }, [...STATED_GENDERS]), {
    columns: [text('gender', 'gender'), num('quotes', 'quotes of people'), pct('share', 'share'), num('byHonorific', 'stated by an honorific'), num('byPronoun', 'stated by a pronoun'), num('people', 'people named'), pct('peopleShare', 'share of people named')],
    rows: list,
  });
}

function kindsSection(a: CoverageAggregator): Section {
  const base = { id: 'kinds', title: 'Quote kinds', text: 'Direct quotes (the words in quotation marks), indirect ones (reported speech: "she said that …") and mixed ones (a quoted fragment inside reported speech). Indirect speech is the reporter\'s wording.' };
  if (!a.quotes) return emptySection(base, 'No quotes in these records.');
  const order = ['direct', 'indirect', 'mixed'];
  const list = a.kinds.top().map(([kind, c]) => ({ kind, quotes: c[0]!, share: share(c[0]!, a.quotes) })).sort((x, y) => rank(order, x.kind) - rank(order, y.kind));
  return shownSection(base, barChart(list, 'kind', 'quotes', 'quotes', { fill: 'kind', fillKind: 'category', fillLabel: null }), { columns: [text('kind', 'kind'), num('quotes', 'quotes'), pct('share', 'share')], rows: list });
}

function methodsSection(a: CoverageAggregator): Section {
  const base = {
    id: 'methods',
    title: 'How speakers were found',
    text: 'The rule that attributed each quote (speaker.method) and its mean confidence. "explicit" (a name next to "said") and "according-to" rest on the text\'s own words; "pronoun", "description", "carry-forward" and the other rules infer the speaker from context and are wrong more often; "none": no speaker found. The shade is the mean confidence (0..1, a heuristic score).',
  };
  if (!a.quotes) return emptySection(base, 'No quotes in these records.');
  const list = a.methods.top().map(([method, c]) => ({ method, quotes: c[0]!, share: share(c[0]!, a.quotes), confidence: method === 'none' || !c[0] ? null : c[1]! / c[0]! }));
  return shownSection(base, barChart(list, 'method', 'quotes', 'quotes', { fill: 'confidence', fillKind: 'number', fillLabel: 'mean confidence' }), {
    columns: [text('method', 'method'), num('quotes', 'quotes'), pct('share', 'share'), dec('confidence', 'mean confidence')],
    rows: list,
  });
}

function entitySection(id: string, title: string, type: string, counter: BoundedCounter, articles: number, top: number, rows: number): Section {
  const base = { id, title, text: `Each ${type} by the articles that name them (once per article, under the name the article resolves them to), with their share of all articles and every mention, pronouns and descriptions included.` };
  const list = counter.top(rows).map(([key, c]) => ({ name: readEntityKey(key).name, articles: c[0]!, share: share(c[0]!, articles), mentions: c[1]! }));
  if (!list.length) return emptySection(base, `No ${type === 'person' ? 'people' : 'organisations'} in these records.`);
  return shownSection(base, barChart(list.slice(0, top), 'name', 'articles', 'articles'), { columns: [text('name', type), num('articles', 'articles'), pct('share', 'share of articles'), num('mentions', 'mentions')], rows: list });
}

function pairsSection(a: CoverageAggregator, rows: number): Section {
  const base = {
    id: 'cooccurrence',
    title: 'Who appears with whom',
    text: `People and organisations named in the same article (in each article its ${PAIRED_PER_ARTICLE} most mentioned). The grid crosses the ${GRID_ENTITIES} named in most articles; the table lists the pairs seen most often.`,
  };
  const list = a.pairs.top(rows).map(([key, c]) => {
    // the two by name, as a reader looks them up (the key orders them by type first)
    const [x, y] = key.split(JOIN).map(readEntityKey).sort((p, q) => p.name.localeCompare(q.name, 'en')) as [ReturnType<typeof readEntityKey>, ReturnType<typeof readEntityKey>];
    return { a: x.name, aType: x.type, b: y.name, bType: y.type, articles: c[0]! };
  });
  if (!list.length) return emptySection(base, 'No article names two people or organisations.');
  const entities = [...a.people.top(GRID_ENTITIES), ...a.organisations.top(GRID_ENTITIES)].sort((x, y) => y[1][0]! - x[1][0]! || (x[0] < y[0] ? -1 : 1)).slice(0, GRID_ENTITIES).map(([k]) => k);
  const names = [...new Set(entities.map((k) => readEntityKey(k).name))];
  const cells: Row[] = [];
  for (const x of entities)
    for (const y of entities) {
      if (x === y) continue;
      const n = a.pairs.get(x < y ? x + JOIN + y : y + JOIN + x)[0]!;
      if (n) cells.push({ x: readEntityKey(x).name, y: readEntityKey(y).name, articles: n });
    }
  return shownSection(base, cells.length ? { kind: 'cells', rows: cells, x: 'x', y: 'y', value: 'articles', valueLabel: 'articles together', xOrder: names, yOrder: names } : null, {
    columns: [text('a', 'one'), text('aType', 'type'), text('b', 'the other'), text('bType', 'type'), num('articles', 'articles together')],
    rows: list,
  });
}

function timeSections(a: CoverageAggregator, by: 'week' | 'month'): Section[] {
  const unit = by === 'week' ? 'week' : 'month';
  const over = { id: 'time', title: `Articles and quotes by ${unit}`, text: `Articles and their quotes by the ${unit} of the line's date (${by === 'week' ? 'weeks start on Monday' : 'calendar months'}); periods without articles count zero.` };
  const speakers = { id: 'time-speakers', title: `Top speakers by ${unit}`, text: `Quotes by ${unit} of the ${SPEAKERS_OVER_TIME} most-quoted speakers.` };
  if (!a.dated) {
    const why = 'No record has a date. Give each input line of batch a "date" (ISO: "2026-03-02" or a date-time): batch copies it to the record.';
    return [emptySection(over, why), emptySection(speakers, why)];
  }
  const periods = periodsBetween(a.firstDay!, a.lastDay!, by);
  const counts = by === 'week' ? a.weeks : a.months;
  const table = periods.map((p) => ({ period: p, articles: counts.get(p)?.[0] ?? 0, quotes: counts.get(p)?.[1] ?? 0 }));
  const overSection = shownSection(
    over,
    { kind: 'lines', rows: table.flatMap((r) => [{ period: r.period, series: 'articles', value: r.articles }, { period: r.period, series: 'quotes', value: r.quotes }]), x: 'period', y: 'value', yLabel: 'count', series: 'series' },
    { columns: [per('period', unit), num('articles', 'articles'), num('quotes', 'quotes')], rows: table },
  );
  const top = a.speakers.top(SPEAKERS_OVER_TIME).map(([k]) => k);
  if (!top.length) return [overSection, emptySection(speakers, 'No quote has a resolved speaker.')];
  const crossed = by === 'week' ? a.weekSpeakers : a.monthSpeakers;
  const rows = periods.flatMap((p) => top.map((k) => ({ period: p, speaker: readEntityKey(k).name, quotes: crossed.get(p + JOIN + k)[0]! })));
  // the table: a period a row, a speaker a column (s0, s1 …: names may repeat across types)
  return [
    overSection,
    shownSection(speakers, { kind: 'lines', rows, x: 'period', y: 'quotes', yLabel: 'quotes', series: 'speaker' }, {
      columns: [per('period', unit), ...top.map((k, i) => num(`s${i}`, readEntityKey(k).name))],
      rows: periods.map((p) => Object.fromEntries([['period', p], ...top.map((k, i) => [`s${i}`, crossed.get(p + JOIN + k)[0]!])])),
    }),
  ];
}

function outletSections(a: CoverageAggregator, top: number, rows: number): Section[] {
  const outlets = a.sources.top(rows);
  const base = [
    { id: 'outlets', title: 'Outlets', text: 'Articles and quotes by outlet (the line\'s "source").' },
    { id: 'outlet-speakers', title: 'Top speakers by outlet', text: `Quotes of the most-quoted speakers in the ${OUTLETS_CROSSED} outlets with most articles: who each outlet turns to.` },
    { id: 'outlet-gender', title: "Speakers' gender by outlet", text: `Quotes of people in the ${OUTLETS_CROSSED} outlets with most articles, by the gender the text states (as above).` },
  ];
  if (!outlets.length) {
    const why = 'No record has a source. Give each input line of batch a "source" (the outlet\'s name): batch copies it to the record.';
    return base.map((b) => emptySection(b, why));
  }
  const list = outlets.map(([name, c]) => ({ outlet: name, articles: c[0]!, quotes: c[1]!, perArticle: c[0] ? c[1]! / c[0]! : 0 }));
  const outletsSection = shownSection(base[0]!, barChart(list.slice(0, top), 'outlet', 'articles', 'articles'), {
    columns: [text('outlet', 'outlet'), num('articles', 'articles'), num('quotes', 'quotes'), dec('perArticle', 'quotes per article')],
    rows: list,
  });
  const crossedOutlets = outlets.slice(0, OUTLETS_CROSSED).map(([o]) => o);
  const speakers = a.speakers.top(Math.min(top, 15)).map(([k]) => k);
  const cells = crossedOutlets.flatMap((o) => speakers.map((k) => ({ outlet: o, speaker: readEntityKey(k).name, quotes: a.sourceSpeakers.get(o + JOIN + k)[0]! }))).filter((r) => r.quotes > 0);
  const speakersSection: Section = cells.length
    ? shownSection(
        base[1]!,
        { kind: 'cells', rows: cells, x: 'speaker', y: 'outlet', value: 'quotes', valueLabel: 'quotes', xOrder: [...new Set(speakers.map((k) => readEntityKey(k).name))], yOrder: crossedOutlets },
        { columns: [text('outlet', 'outlet'), text('speaker', 'speaker'), num('quotes', 'quotes')], rows: cells },
      )
    : emptySection(base[1]!, 'No quote with a resolved speaker has a source.');
  const genderRows = crossedOutlets.map((o) => {
    const [f, m, n] = STATED_GENDERS.map((g) => a.sourceGender.get(o + JOIN + g)[0]!) as [number, number, number];
    return { outlet: o, female: f, male: m, notStated: n, femaleOfStated: f + m ? f / (f + m) : null };
  });
  const genderSection: Section = genderRows.some((r) => r.female + r.male + r.notStated)
    ? shownSection(
        base[2]!,
        barChart(
          genderRows.flatMap((r) => STATED_GENDERS.map((g) => ({ outlet: r.outlet, gender: g, quotes: g === 'female' ? r.female : g === 'male' ? r.male : r.notStated }))),
          'outlet',
          'quotes',
          'quotes of people',
          { fill: 'gender', fillKind: 'category', fillLabel: 'gender' },
          crossedOutlets,
        ),
        { columns: [text('outlet', 'outlet'), num('female', 'female'), num('male', 'male'), num('notStated', 'not stated'), pct('femaleOfStated', 'female, of stated')], rows: genderRows },
      )
    : emptySection(base[2]!, 'No quote of a person has a source.');
  return [outletsSection, speakersSection, genderSection];
}

function categorySection(id: string, title: string, about: string, what: string, unit: 'articles' | 'quotes', counter: BoundedCounter, total: number, top: number, rows: number, label: (key: string) => string, note: string): Section {
  const list = counter.top(rows).map(([key, c]) => ({ [what]: label(key), [unit]: c[0]!, share: share(c[0]!, total) }));
  const base = { id, title, text: note ? `${about} ${note}` : about };
  if (!list.length) return emptySection(base, `No ${what} in these records.`);
  return shownSection(base, barChart(list.slice(0, top), what, unit, unit), { columns: [text(what, what), num(unit, unit), pct('share', `share of ${unit}`)], rows: list });
}

const text = (key: string, label: string): Column => ({ key, label, kind: 'text' });
const num = (key: string, label: string): Column => ({ key, label, kind: 'count' });
const pct = (key: string, label: string): Column => ({ key, label, kind: 'share' });
const dec = (key: string, label: string): Column => ({ key, label, kind: 'number' });
const per = (key: string, label: string): Column => ({ key, label, kind: 'period' });
const rank = (order: readonly string[], k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);

/** What a section says before its chart: id, title, how to read it. */
type SectionHead = Pick<Section, 'id' | 'title' | 'text'>;
/** A section the records hold nothing for, and why. */
const emptySection = (head: SectionHead, why: string): Section => ({ ...head, chart: null, table: null, empty: why });
/** A section with its chart (if any) and its table. */
const shownSection = (head: SectionHead, chart: Chart | null, table: Table): Section => ({ ...head, chart, table, empty: null });

type BarChart = Extract<Chart, { kind: 'bars' }>;
/** Bars of one colour. */
const NO_FILL: Pick<BarChart, 'fill' | 'fillKind' | 'fillLabel'> = { fill: null, fillKind: 'category', fillLabel: null };
/** Horizontal bars of `rows`: `x` along, one bar per `y` label, in the rows' order unless `order` says. */
const barChart = (rows: Row[], y: string, x: string, xLabel: string, fill = NO_FILL, order: string[] = rows.map((r) => r[y] as string)): BarChart => ({ kind: 'bars', rows, y, x, xLabel, order, ...fill });

/** Whole days from one YYYY-MM-DD to another. */
const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Every week (its Monday) or month from the one of `first` to the one of `last`. */
export function periodsBetween(first: string, last: string, by: 'week' | 'month'): string[] {
  const out: string[] = [];
  if (by === 'month') {
    let [y, m] = first.split('-').map(Number) as [number, number];
    const end = last.slice(0, 7);
    for (;;) {
      const p = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
      out.push(p);
      if (p >= end) return out;
      if (++m > 12) [y, m] = [y + 1, 1];
    }
  }
  const monday = (d: string) => {
    const t = Date.parse(d);
    return t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000;
  };
  for (let t = monday(first), end = monday(last); t <= end; t += 7 * 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
