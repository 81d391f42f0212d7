import { describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema, OrganizationSchema, PersonSchema, type ArticleAnalysis, type Span } from '../../src/index.js';
import { expectValidRecord } from '../invariants.js';

/**
 * One small invented wire story written the awkward way: CRLF line ends, no-break spaces,
 * HTML entities (&quot; around the quotes, &rsquo; inside a quote and in a possessive) and an
 * emoji (a surrogate pair) right before the first quote.
 */
const MESSY =
  'ASTANA. KAZINFORM –\u00a0The city council of Astana met on Tuesday to discuss the new school.\r\n\r\n' +
  '🎉 &quot;We won&rsquo;t wait for the new school any longer,&quot; Sarah\u00a0Collins said at the meeting.\r\n\r\n' +
  'The Kazakhstan Press Club&rsquo;s members welcomed the plan, and Collins thanked them.\r\n\r\n' +
  '&quot;The Club has helped us from the start,&quot; she said.\r\n';

/** The same story written plainly. */
const PLAIN =
  'ASTANA. KAZINFORM – The city council of Astana met on Tuesday to discuss the new school.\n\n' +
  '“We won’t wait for the new school any longer,” Sarah Collins said at the meeting.\n\n' +
  'The Kazakhstan Press Club’s members welcomed the plan, and Collins thanked them.\n\n' +
  '“The Club has helped us from the start,” she said.\n';

/** Expect a span to be exactly `text` at its place in `input`. */
function expectSpan(input: string, s: Span | null | undefined, text: string, from = 0): void {
  expect(s, `span for ${JSON.stringify(text)}`).toBeTruthy();
  expect(s!.text).toBe(text);
  expect(input.slice(s!.start, s!.end)).toBe(text);
  expect(s!.start).toBe(input.indexOf(text, from));
}

/** Every {start, end, text} object anywhere in the result. */
function allSpans(r: ArticleAnalysis): Span[] {
  const out: Span[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as unknown as Span);
    Object.values(o).forEach(visit);
  };
  visit(r);
  return out;
}

describe('assemble: offsets refer to the original input', () => {
  const r = analyzeArticle(MESSY);

  it('produces a record the schema accepts, with every span a slice of the input', () => {
    expect(() => ArticleAnalysisSchema.parse(r)).not.toThrow();
    expectValidRecord(MESSY, r);
    const spans = allSpans(r);
    expect(spans.length).toBeGreaterThanOrEqual(13);
    for (const s of spans) expect(MESSY.slice(s.start, s.end)).toBe(s.text);
  });

  it('maps the dateline', () => {
    expectSpan(MESSY, r.dateline, 'ASTANA. KAZINFORM –');
    expect(r.dateline).toMatchObject({ location: 'Astana', agency: 'Kazinform', agencyText: 'KAZINFORM' });
  });

  it('maps a quote after an emoji and &quot; marks, keeping the entity inside it as written', () => {
    expect(r.quotes).toHaveLength(2);
    const q = r.quotes[0]!;
    expectSpan(MESSY, q, 'We won&rsquo;t wait for the new school any longer,');
    // right after the emoji and the &quot; entity, not shifted by either
    expect(MESSY.slice(q.start - '🎉 &quot;'.length, q.start)).toBe('🎉 &quot;');
    expect(MESSY.slice(q.end, q.end + '&quot;'.length)).toBe('&quot;');
    expect(q.kind).toBe('direct');
  });

  it('maps the cue and the speaker mention (with its no-break space)', () => {
    const q = r.quotes[0]!;
    expectSpan(MESSY, q.cue, 'said', q.end);
    expectSpan(MESSY, q.speaker!.mention, 'Sarah\u00a0Collins');
    expect(q.speaker!.name).toBe('Sarah Collins');
    const q2 = r.quotes[1]!;
    expectSpan(MESSY, q2, 'The Club has helped us from the start,');
    expectSpan(MESSY, q2.cue, 'said', q2.end);
    expectSpan(MESSY, q2.speaker!.mention, 'she', q2.end);
  });

  it('maps entity mentions of every kind', () => {
    const sarah = r.people.find((p) => p.name === 'Sarah Collins')!;
    expect(sarah.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['name', 'Sarah\u00a0Collins'],
      ['name', 'Collins'],
      ['pronoun', 'she'],
    ]);
    expectSpan(MESSY, sarah.mentions[0], 'Sarah\u00a0Collins');
    expectSpan(MESSY, sarah.mentions[1], 'Collins', MESSY.indexOf('and Collins'));
    expectSpan(MESSY, sarah.mentions[2], 'she', MESSY.indexOf('start,&quot;'));

    const club = r.organizations.find((o) => o.name === 'Kazakhstan Press Club')!;
    // the possessive entity "&rsquo;s" is not part of the name
    expectSpan(MESSY, club.mentions[0], 'Kazakhstan Press Club');
    expect(MESSY.slice(club.mentions[0]!.end, club.mentions[0]!.end + 8)).toBe('&rsquo;s');
    expect(club.mentions.map((m) => m.kind)).toEqual(['name', 'description']);
    expectSpan(MESSY, club.mentions[1], 'The Club');

    const agency = r.organizations.find((o) => o.name === 'Kazinform')!;
    expectSpan(MESSY, agency.mentions[0], 'KAZINFORM');
  });

  it('keeps the body within the input', () => {
    expect(r.body).not.toBeNull();
    expect(r.body!.start).toBe(0);
    expect(r.body!.end).toBeLessThanOrEqual(MESSY.length);
    expect(MESSY.slice(r.body!.end).trim()).toBe('');
  });

  it('finds the same things as in the plainly written story', () => {
    const p = analyzeArticle(PLAIN);
    const shape = (x: ArticleAnalysis) => ({
      dateline: x.dateline && { location: x.dateline.location, agency: x.dateline.agency },
      people: x.people.map((e) => [e.id, e.name, e.mentions.map((m) => m.kind)]),
      organizations: x.organizations.map((e) => [e.id, e.name, e.mentions.map((m) => m.kind)]),
      quotes: x.quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.entityId, q.speaker?.method, q.cue?.text]),
    });
    expect(shape(r)).toEqual(shape(p));
    // and the quotes differ only where the input does
    expect(p.quotes.map((q) => q.text)).toEqual(['We won’t wait for the new school any longer,', 'The Club has helped us from the start,']);
  });

  it('maps spans of an input with a lone CR and a no-break space in the dateline too', () => {
    const input = 'BOSTON\u00a0--\u00a0The mayor opened the new park near the river.\r\r“We waited ten years for this park,” Maria Lopez said.\r';
    const x = analyzeArticle(input);
    expectValidRecord(input, x);
    expectSpan(input, x.dateline, 'BOSTON\u00a0--');
    expect(x.dateline!.location).toBe('Boston');
    expect(x.quotes).toHaveLength(1);
    expectSpan(input, x.quotes[0], 'We waited ten years for this park,');
    expectSpan(input, x.quotes[0]!.speaker!.mention, 'Maria Lopez');
    expectSpan(input, x.people[0]!.mentions[0], 'Maria Lopez');
  });
});

describe('assemble: ids', () => {
  const article =
    'Sarah Collins of Daebo Microsystems met Nurtore Zhusip and officials of the Ministry of Energy to discuss fuel prices.\n\n' +
    '“The talks were useful and open,” Sarah Collins said.\n\n' +
    '“We will sign the agreement in May,” Nurtore Zhusip said.\n\n' +
    '“Prices will remain stable through the winter,” the ministry said.';
  const r = analyzeArticle(article);

  it('numbers people p1.. and organisations o1.. in the order they are first named, quotes q1.. in text order', () => {
    expect(r.people.map((e) => [e.id, e.name])).toEqual([['p1', 'Sarah Collins'], ['p2', 'Nurtore Zhusip']]);
    expect(r.organizations.map((e) => [e.id, e.name])).toEqual([['o1', 'Daebo Microsystems'], ['o2', 'Ministry of Energy']]);
    expect(r.quotes.map((q) => [q.id, q.text])).toEqual([
      ['q1', 'The talks were useful and open,'],
      ['q2', 'We will sign the agreement in May,'],
      ['q3', 'Prices will remain stable through the winter,'],
    ]);
  });

  it('points every speaker entityId at an existing entity that the mention belongs to', () => {
    const all = [...r.people, ...r.organizations];
    const linked = r.quotes.filter((q) => q.speaker?.entityId);
    expect(linked.length).toBe(3);
    for (const q of linked) {
      const e = all.find((x) => x.id === q.speaker!.entityId);
      expect(e, q.id).toBeDefined();
      expect(e!.name).toBe(q.speaker!.name);
      const m = q.speaker!.mention!;
      expect(e!.mentions.some((x) => x.start === m.start && x.end === m.end), `${q.id} mention among ${e!.id}'s mentions`).toBe(true);
    }
    expect(linked.map((q) => all.find((x) => x.id === q.speaker!.entityId)!.name)).toEqual(['Sarah Collins', 'Nurtore Zhusip', 'Ministry of Energy']);
  });

  it('points every role organizationId at an existing organisation', () => {
    const x = analyzeArticle('Asel Karaulova, president of the Kazakhstan Press Club and head of the National Association for Public Relations, said the law was outdated.');
    const roles = x.people.flatMap((p) => p.roles ?? []);
    expect(roles.map((ro) => ro.title)).toEqual(['president of the Kazakhstan Press Club', 'head of the National Association for Public Relations']);
    for (const ro of roles) expect(x.organizations.some((o) => o.id === ro.organizationId)).toBe(true);
    expect(roles.map((ro) => x.organizations.find((o) => o.id === ro.organizationId)!.name)).toEqual(['Kazakhstan Press Club', 'National Association for Public Relations']);
  });

  it('writes people with roles and gender, organisations with neither (the fields of PersonSchema and OrganizationSchema)', () => {
    for (const p of r.people) expect(Object.keys(p).sort(), p.id).toEqual(Object.keys(PersonSchema.shape).sort());
    for (const o of r.organizations) expect(Object.keys(o).sort(), o.id).toEqual(Object.keys(OrganizationSchema.shape).sort());
    expect(Object.keys(PersonSchema.shape)).toEqual(expect.arrayContaining(['roles', 'gender', 'genderStatedBy']));
    expect(Object.keys(OrganizationSchema.shape)).not.toContain('roles');
  });

  it('says when the text states a person\'s gender: an honorific before the name, a pronoun tied to the person, never a first name alone', () => {
    const x = analyzeArticle('Sir Kit Brandle, the minister, disagreed. "No," he said.\n\nTomas Berg spoke next. "Fine," he said.\n\nSarah Collins arrived late and left early.');
    const stated = Object.fromEntries(x.people.map((p) => [p.name, [p.gender, p.genderStatedBy]]));
    expect(stated['Kit Brandle']).toEqual(['male', 'honorific']);
    expect(stated['Tomas Berg']).toEqual(['male', 'pronoun']);
    // a first name is a guess: the gender stays, the text states none
    expect(stated['Sarah Collins']).toEqual(['female', null]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyzeArticle(article))).toBe(JSON.stringify(r));
    expect(JSON.stringify(analyzeArticle(MESSY))).toBe(JSON.stringify(analyzeArticle(MESSY)));
  });
});
