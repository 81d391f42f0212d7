import { describe, expect, it } from 'vitest';
import { CoverageAggregator, readDay } from '../../src/report/aggregate.js';
import { buildReport, periodsBetween, type Section } from '../../src/report/report-data.js';

/** A hand-made record line, as batch writes it, with only what the report reads. */
interface Q {
  kind?: string;
  by?: string | null;
  method?: string;
  confidence?: number;
  lang?: string;
}
interface P {
  id: string;
  name: string;
  gender?: 'female' | 'male' | null;
  statedBy?: 'honorific' | 'pronoun' | null;
  mentions?: number;
}
function line(o: { id?: string; people?: P[]; orgs?: P[]; quotes?: Q[]; date?: unknown; source?: string; place?: string; agency?: string; language?: string }): Record<string, unknown> {
  const entity = (e: P) => ({ id: e.id, name: e.name, aliases: [], mentions: Array.from({ length: e.mentions ?? 1 }, () => ({ start: 0, end: 1, text: 'x', kind: 'name' })) });
  const all = [...(o.people ?? []), ...(o.orgs ?? [])];
  return {
    id: o.id ?? 'a',
    ...(o.date !== undefined ? { date: o.date } : {}),
    ...(o.source ? { source: o.source } : {}),
    dateline: o.place || o.agency ? { location: o.place ?? null, agency: o.agency ?? null } : null,
    language: { iso6393: o.language ?? 'eng' },
    people: (o.people ?? []).map((p) => ({ ...entity(p), roles: [], gender: p.gender ?? null, genderStatedBy: p.statedBy ?? null })),
    organizations: (o.orgs ?? []).map(entity),
    quotes: (o.quotes ?? []).map((q, i) => ({
      id: `q${i + 1}`,
      kind: q.kind ?? 'direct',
      speaker: q.by === null ? null : { name: all.find((e) => e.id === q.by)?.name ?? q.by ?? 'someone', entityId: q.by && all.some((e) => e.id === q.by) ? q.by : null, method: q.method ?? 'explicit', confidence: q.confidence ?? 0.9 },
      ...(q.lang ? { language: { iso6393: q.lang, iso6391: null } } : {}),
    })),
  };
}

const aggregate = (...lines: unknown[]): CoverageAggregator => {
  const a = new CoverageAggregator();
  for (const l of lines) a.add(l);
  return a;
};
const section = (a: CoverageAggregator, id: string, options = {}): Section => buildReport(a, options).sections.find((s) => s.id === id)!;

const ADA: P = { id: 'p1', name: 'Ada Kestrel', gender: 'female', statedBy: 'pronoun' };
const BORIS: P = { id: 'p2', name: 'Boris Tallow', gender: 'male', statedBy: null };
const MINISTRY: P = { id: 'o1', name: 'Ministry of Water' };

describe('CoverageAggregator: speakers', () => {
  const a = aggregate(
    line({ people: [ADA, BORIS], orgs: [MINISTRY], quotes: [{ by: 'p1' }, { by: 'p1' }, { by: 'o1' }, { by: null, method: undefined }] }),
    // another article's ids: p1 is Boris there; speakers are counted by name, not by id
    line({ people: [{ ...BORIS, id: 'p1' }, { ...ADA, id: 'p2' }], quotes: [{ by: 'p2' }, { by: 'p1' }, { by: 'a spokesman' }] }),
  );

  it('counts quotes by resolved entity name and type, with their share of all quotes and the articles quoting', () => {
    const s = section(a, 'speakers');
    const rows = s.table!.rows.map((r) => [r.speaker, r.type, r.quotes, r.articles]);
    expect(rows).toEqual([
      ['Ada Kestrel', 'person', 3, 2],
      ['(no resolved speaker)', 'unresolved', 2, null],
      ['Boris Tallow', 'person', 1, 1],
      ['Ministry of Water', 'organisation', 1, 1],
    ]);
    expect(s.table!.rows[0]!.share).toBeCloseTo(3 / 7);
    expect(s.table!.rows[1]!.share).toBeCloseTo(2 / 7);
  });

  it('charts the quotes with no resolved speaker (none, or one that is no named entity) as their own bar', () => {
    const chart = section(a, 'speakers').chart!;
    expect(chart.kind).toBe('bars');
    expect(chart.kind === 'bars' && chart.order).toEqual(['Ada Kestrel', '(no resolved speaker)', 'Boris Tallow', 'Ministry of Water']);
    expect(a.unresolvedQuotes).toBe(2);
  });

  it('counts methods with their mean confidence, "none" for a quote without a speaker', () => {
    const rows = section(a, 'methods').table!.rows;
    expect(rows.map((r) => [r.method, r.quotes])).toEqual([['explicit', 6], ['none', 1]]);
    expect(rows[0]!.confidence).toBeCloseTo(0.9);
    expect(rows[1]!.confidence).toBeNull();
  });
});

describe('CoverageAggregator: what else the records say', () => {
  it('counts quote kinds in the order direct, indirect, mixed', () => {
    const a = aggregate(line({ quotes: [{ kind: 'mixed', by: null }, { kind: 'indirect', by: null }, { kind: 'indirect', by: null }] }));
    expect(section(a, 'kinds').table!.rows.map((r) => [r.kind, r.quotes])).toEqual([['indirect', 2], ['mixed', 1]]);
  });

  it('counts people and organisations once per article naming them, with all their mentions', () => {
    const a = aggregate(line({ people: [{ ...ADA, mentions: 4 }], orgs: [MINISTRY] }), line({ people: [{ ...ADA, mentions: 2 }, BORIS] }));
    expect(section(a, 'people').table!.rows.map((r) => [r.name, r.articles, r.mentions])).toEqual([['Ada Kestrel', 2, 6], ['Boris Tallow', 1, 1]]);
    expect(section(a, 'people').table!.rows[0]!.share).toBe(1);
    expect(section(a, 'organisations').table!.rows.map((r) => r.name)).toEqual(['Ministry of Water']);
  });

  it('pairs the entities named in one article, both ways in the grid', () => {
    const a = aggregate(line({ people: [ADA, BORIS], orgs: [MINISTRY] }), line({ people: [ADA], orgs: [MINISTRY] }), line({ people: [BORIS] }));
    const s = section(a, 'cooccurrence');
    expect(s.table!.rows.map((r) => [r.a, r.b, r.articles])).toEqual([
      ['Ada Kestrel', 'Ministry of Water', 2],
      ['Ada Kestrel', 'Boris Tallow', 1],
      ['Boris Tallow', 'Ministry of Water', 1],
    ]);
    const cells = s.chart!.rows.filter((r) => r.articles === 2).map((r) => [r.x, r.y]);
    expect(cells).toEqual(expect.arrayContaining([['Ada Kestrel', 'Ministry of Water'], ['Ministry of Water', 'Ada Kestrel']]));
  });

  it('reads gender only as the text states it: a first name\'s guess is "not stated"', () => {
    const a = aggregate(line({ people: [ADA, BORIS, { id: 'p3', name: 'Ima Nobody' }, { id: 'p4', name: 'Sir Kit Brandle', gender: 'male', statedBy: 'honorific' }], orgs: [MINISTRY], quotes: [{ by: 'p1' }, { by: 'p2' }, { by: 'p2' }, { by: 'p4' }, { by: 'o1' }, { by: null }] }));
    const rows = Object.fromEntries(section(a, 'gender').table!.rows.map((r) => [r.gender, [r.quotes, r.byHonorific, r.byPronoun, r.people]]));
    expect(rows).toEqual({ female: [1, 0, 1, 1], male: [1, 1, 0, 1], 'not stated': [2, 0, 0, 2] });
    // organisations and unresolved quotes are not people
    expect(section(a, 'gender').table!.rows[2]!.share).toBeCloseTo(2 / 4);
  });

  it('counts dateline places and agencies, article and quote languages', () => {
    const a = aggregate(line({ place: 'Bishkek', agency: 'Kabar', language: 'kir', quotes: [{ by: null, lang: 'rus' }] }), line({ place: 'Bishkek', language: 'eng' }), line({}));
    expect(section(a, 'places').table!.rows.map((r) => [r.place, r.articles])).toEqual([['Bishkek', 2]]);
    expect(section(a, 'places').text).toMatch(/1 articles have no dateline/);
    expect(section(a, 'agencies').table!.rows.map((r) => r.agency)).toEqual(['Kabar']);
    expect(section(a, 'article-languages').table!.rows.map((r) => [r.language, r.articles])).toEqual([['English (eng)', 2], ['Kyrgyz (kir)', 1]]);
    expect(section(a, 'quote-languages').table!.rows.map((r) => r.language)).toEqual(['Russian (rus)']);
  });

  it('counts error lines by code and lines that are no record, and charts neither', () => {
    const a = aggregate(line({ quotes: [{ by: null }] }), { id: 'x', error: { code: 'input/no-text', message: 'm' } }, { id: 'y', error: { code: 'input/no-text', message: 'm' } }, [1, 2], 'text');
    a.addUnreadable();
    expect(a.records).toBe(1);
    expect(a.errors.top()).toEqual([['input/no-text', [2]]]);
    expect(a.unreadable).toBe(3);
    const report = buildReport(a);
    expect(report.summary).toEqual(expect.arrayContaining([{ label: 'articles', value: '1' }, { label: 'error lines', value: '2' }, { label: 'unreadable lines', value: '3' }]));
    expect(report.notes.join(' ')).toMatch(/input\/no-text 2/);
  });
});

describe('CoverageAggregator: over time and by outlet', () => {
  const dated = [
    line({ date: '2026-03-02', source: 'Harbour Daily', people: [ADA], quotes: [{ by: 'p1' }, { by: 'p1' }] }),
    line({ date: '2026-03-08T23:30:00-05:00', source: 'Harbour Daily', people: [BORIS], quotes: [{ by: 'p2' }] }),
    line({ date: '2026-03-09 08:00', source: 'Valley Courier', people: [ADA], quotes: [{ by: 'p1' }] }),
    line({ date: '2026-04-20', source: 'Valley Courier' }),
    line({ date: 'March 9, 2026' }),
    line({}),
  ];

  it('reads the day as written in an ISO date or date-time, and no other date', () => {
    expect(readDay('2026-03-08T23:30:00-05:00')).toEqual({ day: '2026-03-08', week: '2026-03-02', month: '2026-03' });
    expect(readDay('2026-03-09')?.week).toBe('2026-03-09');
    expect([readDay('2026-02-30'), readDay('March 9, 2026'), readDay('2026-03'), readDay(20260309)]).toEqual([null, null, null, null]);
  });

  it('counts articles and quotes by week (from Monday) when the dates span 26 weeks or less, periods without articles at zero', () => {
    const s = section(aggregate(...dated), 'time');
    expect(s.title).toMatch(/week/);
    expect(s.table!.rows.slice(0, 3)).toEqual([{ period: '2026-03-02', articles: 2, quotes: 3 }, { period: '2026-03-09', articles: 1, quotes: 1 }, { period: '2026-03-16', articles: 0, quotes: 0 }]);
    expect(s.table!.rows.at(-1)).toEqual({ period: '2026-04-20', articles: 1, quotes: 0 });
  });

  it('counts by month when asked, and by month on its own when the dates span more than 26 weeks', () => {
    expect(section(aggregate(...dated), 'time', { by: 'month' }).table!.rows).toEqual([{ period: '2026-03', articles: 3, quotes: 4 }, { period: '2026-04', articles: 1, quotes: 0 }]);
    const long = section(aggregate(...dated, line({ date: '2027-01-05' })), 'time');
    expect(long.title).toMatch(/month/);
    expect(long.table!.rows).toHaveLength(11);
  });

  it('follows the top speakers by period, and says which articles had no date or none it could read', () => {
    const a = aggregate(...dated);
    const s = section(a, 'time-speakers', { by: 'month' });
    expect(s.table!.columns.map((c) => c.label)).toEqual(['month', 'Ada Kestrel', 'Boris Tallow']);
    expect(s.table!.rows).toEqual([{ period: '2026-03', s0: 3, s1: 1 }, { period: '2026-04', s0: 0, s1: 0 }]);
    expect([a.dated, a.undated, a.badDates]).toEqual([4, 1, 1]);
    expect(buildReport(a).notes.join(' ')).toMatch(/1 articles have no date and 1 a date that is no ISO date/);
  });

  it('counts by outlet: articles and quotes, speakers, and stated genders', () => {
    const a = aggregate(...dated);
    expect(section(a, 'outlets').table!.rows.map((r) => [r.outlet, r.articles, r.quotes])).toEqual([['Harbour Daily', 2, 3], ['Valley Courier', 2, 1]]);
    expect(section(a, 'outlet-speakers').table!.rows).toEqual([
      { outlet: 'Harbour Daily', speaker: 'Ada Kestrel', quotes: 2 },
      { outlet: 'Harbour Daily', speaker: 'Boris Tallow', quotes: 1 },
      { outlet: 'Valley Courier', speaker: 'Ada Kestrel', quotes: 1 },
    ]);
    expect(section(a, 'outlet-gender').table!.rows.map((r) => [r.outlet, r.female, r.male, r.notStated])).toEqual([['Harbour Daily', 2, 0, 1], ['Valley Courier', 1, 0, 0]]);
  });

  it('says what to add when no line has a date or a source, instead of a chart', () => {
    const a = aggregate(line({ people: [ADA], quotes: [{ by: 'p1' }] }));
    for (const id of ['time', 'time-speakers', 'outlets', 'outlet-speakers', 'outlet-gender']) {
      const s = section(a, id);
      expect([s.chart, s.table]).toEqual([null, null]);
      expect(s.empty).toMatch(/"date"|"source"/);
    }
  });

  it('lists every week or month between two days', () => {
    expect(periodsBetween('2025-12-31', '2026-01-12', 'week')).toEqual(['2025-12-29', '2026-01-05', '2026-01-12']);
    expect(periodsBetween('2025-11-30', '2026-02-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
