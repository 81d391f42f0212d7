import { describe, expect, it } from 'vitest';
import { findFurniture, furnitureReason } from '../../../src/stages/layout/furniture.js';
import { findDateline } from '../../../src/stages/layout/dateline.js';
import { normalize } from '../../../src/stages/normalize.js';
import { segment } from '../../../src/stages/segment.js';
import type { TextRange } from '../../../src/document.js';

describe('furnitureReason', () => {
  it.each([
    ['Related news', 'related-links'],
    ['Related News:', 'related-links'],
    ['Read more', 'related-links'],
    ['READ MORE: Nova Scotia says hospital emergency departments closing more often', 'related-links'],
    ['WATCH: Authorities outline sextortion string involving inmates', 'related-links'],
    ['Leave a Reply', 'comment-form'],
    ['Your email address will not be published.', 'comment-form'],
    ['Required fields are marked *', 'comment-form'],
    ['Comments (3)', 'comment-form'],
    ['Back to top button', 'back-to-top'],
    ['Share', 'share'],
    ['Share on Facebook', 'share'],
    ['Follow us on Telegram', 'follow-us'],
    ['Tags: economy, trade', 'tags'],
    ['© 2026 Example Media', 'copyright'],
    ['Copyright 2026 Example Media. All rights reserved.', 'copyright'],
    ['This website uses cookies to improve your experience. Accept', 'cookie'],
    ['Accept all cookies', 'cookie'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['Subscribe to our newsletter to get the latest news', 'newsletter'],
    ['Advertisement', 'advertisement'],
    ['Reporting by Anna Smith; Editing by Tom Brown', 'credit'],
    ['(Additional reporting by Anna Smith in Astana)', 'credit'],
    ['Photo: Jane Doe', 'credit'],
    ['Photo Credit: Jane Doe', 'credit'],
    ['Edited By: Jane Doe', 'credit'],
    ['Search', 'navigation'],
    ['Home | World | Business', 'navigation'],
    ['English | Русский | Қазақша', 'navigation'],
    ['Home > News > Asia', 'breadcrumb'],
    ['Home › World › Europe', 'breadcrumb'],
    ['Home » Sport » Tennis', 'breadcrumb'],
    ['News • Sport • Weather', 'navigation'],
    ['Politics · Economy · Culture', 'navigation'],
    ['Home / Region / Harbour', 'navigation'],
    ['Our harbour news won’t survive without you', 'donate'],
    ['© River Trust, 2025 (photographer: Ana Lind)', 'credit'],
    ['© Harbour Board, 2024', 'credit'],
    ['© 2026 Example Media', 'copyright'],
    ['© Example Media 2026. All rights reserved.', 'copyright'],
    ['Read On The Harbour News App', 'promo'],
    ['Click Here To Download The Harbour News App', 'promo'],
    ['Page contents', 'navigation'],
    ['On this page', 'navigation'],
    ['Show 24 more items', 'navigation'],
    ['*Writing by Lena Moss in Kotor', 'credit'],
    ['Lena Moss created the graphic for this explainer.', 'credit'],
    ['Moss and Price reported from Kotor, Montenegro.', 'credit'],
    ['Creative Commons: Some rights reserved.', 'copyright'],
    ['This work is licensed under a Creative Commons licence.', 'copyright'],
  ])('%s -> %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });

  it('trims the line before matching', () => {
    expect(furnitureReason('   Related news   ')).toBe('related-links');
  });

  it.each([
    'The minister said the plan would cut costs.',
    'Prices rose sharply in the capital on Monday after the announcement.',
    'Share prices fell on Monday.',
    'The share of exports fell.',
    'Related talks ended without a deal.',
    'Home owners face higher taxes',
    'Club members discuss the future of the press',
    'Reading club marks its tenth year',
    'Fares on the harbour/ferry line rose by a third, and the 3/4 pass went up too.',
    '',
  ])('null for prose or a headline: %j', (line) => {
    expect(furnitureReason(line)).toBeNull();
  });

  it.each([
    'Sources said the talks would resume next week.',
    'Sources within the party said the vote was close.',
    'Video games are more popular than ever.',
    'Writing in a local newspaper, the mayor defended the plan.',
    'Photos showed crowds gathering in the main square.',
    'Reporting its results for the year, the airline made a profit.',
    'The mayor reported from the meeting that the quay would reopen in April.',
  ])('null for prose that starts with a credit keyword: %j', (line) => {
    expect(furnitureReason(line)).toBeNull();
  });
});

/** Run the head of the pipeline as analyzeArticle does: normalise, segment, dateline, furniture. */
function run(input: string) {
  const doc = normalize(input);
  const { paragraphs } = segment(doc);
  const dateline = findDateline(doc, paragraphs, (p) => furnitureReason(doc.text.slice(p.start, p.end)) !== null);
  const f = findFurniture(doc, paragraphs, dateline);
  const text = (r: TextRange | null) => (r ? doc.text.slice(r.start, r.end) : null);
  return { doc, paragraphs, dateline, f, text, boiler: f.boilerplate.map((b) => [text(b), b.reason]) };
}

const LEAD = 'The reading club marked its tenth anniversary on Monday with a public event in the city library.';
const SECOND = 'Members read poems and shared memories of the early meetings.';

describe('findFurniture', () => {
  it('separates kicker, headline, dateline body and trailing furniture', () => {
    const { f, text, boiler, dateline } = run(['News', 'Reading club marks its tenth year', `ASTANA. KAZINFORM – ${LEAD}`, SECOND, 'Related news', 'Share', '© 2026 Example Media'].join('\n\n'));
    expect(text(dateline)).toBe('ASTANA. KAZINFORM –');
    expect(text(f.kicker)).toBe('News');
    expect(text(f.headline)).toBe('Reading club marks its tenth year');
    expect(f.byline).toBeNull();
    expect(f.bodyFirst).toBe(2);
    expect(f.bodyLast).toBe(3);
    expect(text(f.body)).toBe(`ASTANA. KAZINFORM – ${LEAD}\n\n${SECOND}`);
    expect(boiler).toEqual([
      ['Related news', 'related-links'],
      ['Share', 'share'],
      ['© 2026 Example Media', 'copyright'],
    ]);
  });

  it('finds a byline between the headline and the dateline and keeps it out of the boilerplate', () => {
    const { f, text, boiler } = run(['Reading club marks its tenth year', 'By Jane Doe', `BOSTON -- ${LEAD}`, SECOND].join('\n\n'));
    expect(text(f.headline)).toBe('Reading club marks its tenth year');
    expect(text(f.byline)).toBe('By Jane Doe');
    expect(f.kicker).toBeNull();
    expect(text(f.body)).toBe(`BOSTON -- ${LEAD}\n\n${SECOND}`);
    expect([f.bodyFirst, f.bodyLast]).toEqual([2, 3]);
    expect(boiler).toEqual([]);
  });

  it('reports menus before the headline and starts a dateline-less body at the first prose paragraph', () => {
    const { f, text, boiler, dateline } = run(
      ['Home | World | Business', 'Home > News > Asia', 'Reading club marks its tenth year', LEAD, SECOND, 'Leave a Reply', 'Your email address will not be published.'].join('\n\n'),
    );
    expect(dateline).toBeNull();
    expect(text(f.headline)).toBe('Reading club marks its tenth year');
    expect(f.kicker).toBeNull();
    expect([f.bodyFirst, f.bodyLast]).toEqual([3, 4]);
    expect(text(f.body)).toBe(`${LEAD}\n\n${SECOND}`);
    expect(boiler).toEqual([
      ['Home | World | Business', 'navigation'],
      ['Home > News > Asia', 'breadcrumb'],
      ['Leave a Reply', 'comment-form'],
      ['Your email address will not be published.', 'comment-form'],
    ]);
  });

  it('marks a timestamp before the article and link lists after it', () => {
    const { f, text, boiler } = run(
      ['Published: 12.03.2026 10:15', 'Reading club marks its tenth year', `BOSTON -- ${LEAD}`, SECOND, 'Related news', 'Another club opens in the north', 'Library hours extended'].join('\n\n'),
    );
    expect(text(f.headline)).toBe('Reading club marks its tenth year');
    expect([f.bodyFirst, f.bodyLast]).toEqual([2, 3]);
    expect(boiler).toEqual([
      ['Published: 12.03.2026 10:15', 'timestamp'],
      ['Related news', 'related-links'],
      ['Another club opens in the north', 'after-article'],
      ['Library hours extended', 'after-article'],
    ]);
  });

  it('keeps the body going past an inline share bar when long prose resumes', () => {
    const resumed = 'The reading club also announced a series of evening lectures on modern poetry, a new programme for school pupils who want to write their own stories, and a competition for young translators that will be judged next spring.';
    expect(resumed.length).toBeGreaterThan(200);
    const { f, text, boiler } = run(['Reading club marks its tenth year', LEAD, 'Share', resumed, 'Members read poems.', 'Tags: books, clubs'].join('\n\n'));
    expect([f.bodyFirst, f.bodyLast]).toEqual([1, 4]);
    expect(text(f.body)!.endsWith('Members read poems.')).toBe(true);
    expect(boiler).toEqual([
      ['Share', 'share'],
      ['Tags: books, clubs', 'tags'],
    ]);
  });

  it('keeps prose that starts with "Sources" in the body and reports the credit line alone', () => {
    const { f, text, boiler } = run(
      ['Reading club marks its tenth year', `BOSTON -- ${LEAD}`, '(Reporting by Anna Smith; Editing by Tom Brown)', 'Sources said the club would open branches in three more cities next year.'].join('\n\n'),
    );
    expect([f.bodyFirst, f.bodyLast]).toEqual([1, 3]);
    expect(text(f.body)!.endsWith('three more cities next year.')).toBe(true);
    expect(boiler).toEqual([['(Reporting by Anna Smith; Editing by Tom Brown)', 'credit']]);
  });

  it('takes a short first line over prose as the headline when there is no dateline', () => {
    const { f, text } = run(['Reading club marks its tenth year', LEAD, SECOND].join('\n\n'));
    expect(text(f.headline)).toBe('Reading club marks its tenth year');
    expect([f.bodyFirst, f.bodyLast]).toEqual([1, 2]);
    expect(text(f.body)).toBe(`${LEAD}\n\n${SECOND}`);
  });

  it('returns an empty result for a document without paragraphs', () => {
    const doc = normalize('');
    expect(findFurniture(doc, segment(doc).paragraphs, null)).toEqual({
      kicker: null, headline: null, standfirst: null, byline: null, body: null, bodyFirst: -1, bodyLast: -1, scopeFirst: -1, boilerplate: [],
    });
  });
});

describe('findFurniture: the end of the story\'s text', () => {
  const story = ['HARBOUR CITY, March 3 - The port authority said it would reopen the old quay in April after two years of work.', 'Ferries will use the quay from the first week of May, it said.'];

  it('reports the wire\'s sign-off on its own line as the end mark, out of the body', () => {
    const { f, text, boiler } = run([...story, 'REUTER'].join('\n\n'));
    expect(text(f.body)!.endsWith('it said.')).toBe(true);
    expect(boiler).toEqual([['REUTER', 'end-mark']]);
  });

  it('reports a sign-off on the last line of a hard-wrapped paragraph, and cuts the body before it', () => {
    const wrapped = 'HARBOUR CITY, March 3 - The port authority said it would\nreopen the old quay in April after two years of work on\nthe sea wall, and ferries will use it from the first week\nof May, it said.\n Reuter';
    const { f, text, boiler } = run(wrapped);
    expect(text(f.body)!.endsWith('it said.')).toBe(true);
    expect(boiler).toEqual([['Reuter', 'end-mark']]);
  });

  it('reads no agency name inside the text as a sign-off', () => {
    const { boiler } = run([story[0], 'Reuters', story[1]].join('\n\n'));
    expect(boiler).toEqual([]);
  });

  it('splits a copyright notice and teaser titles glued to the last paragraph off the body', () => {
    const last = 'Ferries will use the quay from the first week of May, it said. Why ferries still matter to island towns Old lighthouse gets a new lamp Ten walks along the coast Copyright © 2025, Harbour Daily';
    const { f, text, boiler } = run([story[0], last].join('\n\n'));
    expect(text(f.body)!.endsWith('it said.')).toBe(true);
    expect(boiler).toEqual([
      ['Why ferries still matter to island towns Old lighthouse gets a new lamp Ten walks along the coast', 'related-links'],
      ['Copyright © 2025, Harbour Daily', 'copyright'],
    ]);
  });
});

describe('findFurniture: standfirst and headline', () => {
  const BODY = ['KOTOR, May 2. /TASS/. The harbour will reopen to cruise ships in April after the new quay is finished, the port authority said.', 'Work on the quay began two years ago and was delayed by winter storms.'];

  it.each([
    ['a past-tense report', 'The minister said the harbour would reopen in spring after the repairs to the old quay'],
    ['a report that closes the line', 'The harbour will reopen in spring once the repairs are done, the port authority stressed'],
    ['"According to"', 'According to the port authority, the harbour will reopen in spring after the repairs'],
    ['a line that goes on from a text', 'The ministers also discussed the ferry routes between the two coastal towns and the islands'],
    ['a connective that ties it to a sentence before', 'However, the harbour master warned that the repairs could take longer than planned this year'],
  ])('reads %s above the body as the standfirst, not the headline', (_kind, line) => {
    const { f, text } = run([line, ...BODY].join('\n\n'));
    expect(f.headline).toBeNull();
    expect(text(f.standfirst)).toBe(line);
    expect(text(f.body)!.startsWith('KOTOR, May 2.')).toBe(true);
  });

  it.each([
    'Harbour to reopen in spring, minister says',
    'Residents urged to leave the valley before the river floods the lower town tonight',
    'Minister said to quit',
  ])('keeps a title as the headline: %s', (line) => {
    const { f, text } = run([line, ...BODY].join('\n\n'));
    expect(text(f.headline)).toBe(line);
    expect(f.standfirst).toBeNull();
  });

  it('takes the shorter title over a sentence-long line under it, which is the standfirst', () => {
    const title = 'Harbour towns count the cost of the winter storms';
    const summary = 'Despite the repairs to the sea walls, the towns along the coast face a bleak spring, with the ferries idle and the quays closed to traffic until April at the earliest';
    const { f, text } = run([...Array.from({ length: 12 }, (_, i) => ['Home', 'World', 'Sport'][i % 3]!), title, summary, 'Lena Moss |', '14.03.2026 - Update : 14.03.2026', 'KOTOR', ...BODY.map((b) => b.replace('KOTOR, May 2. /TASS/. ', ''))].join('\n'));
    expect(text(f.headline)).toBe(title);
    expect(text(f.standfirst)).toBe(summary);
  });
});

describe('findFurniture on scraped pages', () => {
  const menu = Array.from({ length: 30 }, (_, i) => ['Home', 'World', 'Business', 'Sport', 'Culture', 'Weather'][i % 6]!);
  const article = [
    'Almaty metro extends its third line to the airport',
    'Dana Seitova',
    'Tue, February 24, 2026 at 3:44 PM UTC',
    'Passengers at a new station in Almaty, Kazakhstan, on Feb. 20, 2026. (AP Photo/Ruslan Pryanikov)',
    'The Almaty metro opened four new stations on Tuesday, extending its third line to the international airport for the first time since the network opened.',
    'City officials said the extension would cut the journey from the centre to the terminals to twenty-five minutes and relieve the roads to the east.',
    'Trains will run every eight minutes at peak hours, the operator said in a statement on its website.',
  ];

  it('finds the article between a menu wall and a trailer, without caption, byline or date', () => {
    const trailer = ['Show comments', 'In Other News', 'Bishkek opens a new bus station for long-distance routes', 'Steppe Daily', 'Tashkent Film Festival Announces Its Full Programme', 'Steppe Daily'];
    const page = ['Almaty metro extends its third line to the airport | Steppe Daily', ...menu, ...article, ...trailer].join('\n');
    const { f, text } = run(page);
    expect(text(f.headline)).toBe('Almaty metro extends its third line to the airport');
    expect(text(f.byline)).toBe('Dana Seitova');
    expect(text(f.body)!.startsWith('The Almaty metro opened')).toBe(true);
    expect(text(f.body)!.endsWith('on its website.')).toBe(true);
  });

  it('ends the body at endnotes, donation prompts and author bios', () => {
    for (const marker of ['References', 'Endnotes', 'About the Authors', 'Donate now to keep our reporting free', 'Support independent journalism in Central Asia']) {
      const page = [...article.slice(4), marker, 'Smith, J (2024), “Metro systems of Central Asia”, Transport Review 12: 40–61.', 'Jones, K and L Wu (2023), “Urban rail and growth in fast cities of the region”, Working Paper.'].join('\n');
      const { f, text } = run(page);
      expect(text(f.body)!.endsWith('on its website.'), marker).toBe(true);
    }
  });

  it('prefers one paragraph of prose over a list of teaser headlines', () => {
    const teasers = [
      'Bank holidays in March 2026: complete list with festival dates for every state',
      'Earthquake jolts Kolkata, panic among residents in the old quarter of the city',
      'We drove 2,000 km in an electric car across the country and this is what we found',
      'Former cricketers stand in solidarity with a young batsman after his loss this week',
      'Driving into the Gulf? New 90-day rule for vehicles explained in full detail here',
    ];
    const story = 'KYIV: The special envoy said on Friday that no territorial settlement would be imposed on Ukraine, and that talks on a ceasefire would continue next week in Geneva with both delegations present.';
    const { f, text } = run([...menu, story, 'Trending Stories', ...teasers].join('\n'));
    expect(text(f.body)).toBe(story);
  });

  it('weighs a widget\'s repeated copies as furniture: five copies of an appeal do not outweigh the article', () => {
    const appeal = ['Our reporting is free to read. Help us keep it that way by giving once or every month, whatever you can.', 'Every gift, large or small, pays for the reporters who cover the harbour towns and their councils.'];
    // the tabs' buttons, then each tab's copy of the appeal
    const widget = ['Support our newsroom', ...[1, 2, 3, 4, 5].map((n) => `> Donate ${n * 5} pounds`), ...[1, 2, 3, 4, 5].flatMap((n) => [...appeal, `Give ${n * 5} pounds`])];
    const page = [...menu, 'Lake district gets a new ferry', ...article.slice(4), ...widget, 'Home', 'Contact'].join('\n');
    const { f, text } = run(page);
    expect(text(f.body)!.startsWith('The Almaty metro opened')).toBe(true);
    expect(text(f.body)!.endsWith('on its website.')).toBe(true);
  });

  it('bridges a picture\'s copyright credit inside the article: it does not end the body', () => {
    const page = [...menu, 'Almaty metro extends its third line to the airport', article[4], '© Steppe Rail, 2025 (photographer: Ana Lind)', article[5], article[6], '© 2026 Steppe Daily. All rights reserved.', 'Home'].join('\n');
    const { f, text, boiler } = run(page);
    expect(text(f.body)!.startsWith('The Almaty metro opened')).toBe(true);
    expect(text(f.body)!.endsWith('on its website.')).toBe(true);
    expect(boiler).toContainEqual(['© Steppe Rail, 2025 (photographer: Ana Lind)', 'credit']);
    expect(boiler).toContainEqual(['© 2026 Steppe Daily. All rights reserved.', 'copyright']);
  });

  it('starts the body under the page\'s head: standfirst, byline, labels and date lines', () => {
    const summary = 'The city is adding four stations and a link to the airport, the biggest change to its metro since the network opened.';
    const page = [...menu, 'Almaty metro extends its third line to the airport', summary, 'By experts and staff', 'Updated', 'Feb 24, 2026 3:44 p.m.', 'By', 'Dana Seitova', 'Senior Writer, Central Asia', 'Share', ...article.slice(4), 'Related news', 'Bishkek opens a new bus station'].join('\n');
    const { f, text, boiler } = run(page);
    expect(text(f.headline)).toBe('Almaty metro extends its third line to the airport');
    expect(text(f.standfirst)).toBe(summary);
    expect(text(f.byline)).toBe('By\nDana Seitova');
    expect(text(f.body)!.startsWith('The Almaty metro opened')).toBe(true);
    expect(boiler).toContainEqual(['By experts and staff', 'before-article']);
    expect(boiler).toContainEqual(['Senior Writer, Central Asia', 'before-article']);
    expect(boiler.map(([t]) => t)).not.toContain(summary);
  });

  it('starts the body at a dateline under the standfirst, byline and date line', () => {
    const summary = 'The city is adding four stations and a link to the airport, the biggest change to its metro since the network opened.';
    const page = [...menu, 'Almaty metro extends its third line to the airport', summary, 'Dana Seitova |', '24.02.2026 - Update : 24.02.2026', 'ALMATY', ...article.slice(4)].join('\n');
    const doc = normalize(page);
    const { paragraphs } = segment(doc);
    const placeLine = paragraphs.find((p) => doc.text.slice(p.start, p.end) === 'ALMATY')!;
    const f = findFurniture(doc, paragraphs, { paragraph: placeLine.index, start: placeLine.start });
    expect(doc.text.slice(f.body!.start, f.body!.start + 6)).toBe('ALMATY');
    expect(doc.text.slice(f.standfirst!.start, f.standfirst!.end)).toBe(summary);
    expect(doc.text.slice(f.byline!.start, f.byline!.end)).toBe('Dana Seitova |');
  });

  it('reads names in capitals joined by "and" as the byline, and a place-led name line as no byline', () => {
    const page = [...menu, 'Almaty metro extends its third line to the airport', 'MARTA LINDQVIST and OWEN PRICE', 'Kazakhstan Metro Works', ...article.slice(4)].join('\n');
    expect(run(page).text(run(page).f.byline)).toBe('MARTA LINDQVIST and OWEN PRICE');
    const slugOnly = [...menu, 'Almaty metro extends its third line to the airport', 'Kazakhstan Metro Works', ...article.slice(4)].join('\n');
    expect(run(slugOnly).f.byline).toBeNull();
  });

  it('reports a page\'s teaser links inside the article without ending it; list items and subheads in sentence case stay', () => {
    const teaser = 'Mayor Vows To Reopen Old Quay As Storm Season Nears End';
    const item = '- Best new line - Almaty Metro for the airport link at the city awards';
    const page = [...menu, 'Almaty metro extends its third line to the airport', article[4], teaser, article[5], item, article[6], 'Related news', 'Bishkek opens a new bus station'].join('\n');
    const { f, text, boiler } = run(page);
    expect(boiler).toContainEqual([teaser, 'related-links']);
    expect(boiler.map(([t]) => t)).not.toContain(item);
    expect(text(f.body)!.startsWith('The Almaty metro opened')).toBe(true);
    expect(text(f.body)!.endsWith('on its website.')).toBe(true);
  });

  it('reads no teaser links in plain copy, and bridges an app prompt and a list control', () => {
    const teaser = 'Mayor Vows To Reopen Old Quay As Storm Season Nears End';
    expect(run([article[4], teaser, article[5]].join('\n\n')).boiler).toEqual([]);
    const page = [...menu, 'Almaty metro extends its third line to the airport', article[4], 'Read On The Steppe Daily App', article[5], 'Show 12 more items', article[6], 'Related news', 'Bishkek opens a new bus station'].join('\n');
    const { f, text } = run(page);
    expect(text(f.body)!.endsWith('on its website.')).toBe(true);
  });

  it('ends the body at a related-links heading with a short list under it, teasers written as sentences too', () => {
    const teasers = [
      'In March the city opened a new tram depot on the eastern edge of the old town, the first of three that are to serve the new lines planned for the next ten years.',
      'The airport is expecting a record number of passengers this summer, its director said, after two new airlines began flights to the Gulf and to three cities in Europe.',
    ];
    const page = [...menu, 'Almaty metro extends its third line to the airport', ...article.slice(4), 'Useful reading:', ...teasers, 'Tags:', 'metro'].join('\n');
    const { f, text, boiler } = run(page);
    expect(text(f.body)!.endsWith('on its website.')).toBe(true);
    expect(boiler).toContainEqual([teasers[0], 'after-article']);
  });

  it('goes on past a "Read more: <title>" link near the end: a link, not a heading', () => {
    const last = [
      'The line will be extended again in 2028, when a depot opens on the far side of the airport and the last two stations of the ring are finished, officials added.',
      'The city has spent more than it planned on the tunnels, which run under two rivers and the old market, and the council will vote on a new loan in the spring, the mayor said.',
    ];
    const page = [...menu, 'Almaty metro extends its third line to the airport', ...article.slice(4), 'READ MORE: Bishkek opens a new bus station for long-distance routes', ...last, 'Tags: metro'].join('\n');
    expect(run(page).text(run(page).f.body)!.endsWith('the mayor said.')).toBe(true);
  });

  it('reports the titles under a related-links heading the article goes on after', () => {
    const titles = ['Bishkek opens a new bus station for long-distance routes', 'World', 'Tashkent doubles its fleet of electric buses', 'World'];
    const more = [
      'The line will be extended again in 2028, when a depot opens on the far side of the airport and the last two stations of the ring are finished, officials added.',
      'The city has spent more than it planned on the tunnels, which run under two rivers and the old market, and the council will vote on a new loan for the work in the spring.',
    ];
    const page = [...menu, 'Almaty metro extends its third line to the airport', article[4], article[5], ...more, 'More to Read', ...titles, article[6], ...more.map((m) => m.replace('The', 'Still, the')), 'Tags: metro'].join('\n');
    const { f, text, boiler } = run(page);
    expect(text(f.body)!.startsWith('The Almaty metro opened')).toBe(true);
    expect(text(f.body)!.endsWith('in the spring.')).toBe(true);
    for (const t of titles) expect(boiler).toContainEqual([t, 'related-links']);
    expect(boiler.map(([t]) => t)).not.toContain(article[6]);
  });

  it('ends the body at the reporting credit that signs the story off', () => {
    const page = [...menu, 'Almaty metro extends its third line to the airport', ...article.slice(4), '*Writing by Dana Seitova in Almaty', 'Steppe Daily publishes only part of the stories it sends to its subscribers, in short form.', 'Please contact us for subscription options.', 'Home', 'Contact'].join('\n');
    const { f, text, boiler } = run(page);
    expect(text(f.body)!.endsWith('on its website.')).toBe(true);
    expect(boiler).toContainEqual(['Please contact us for subscription options.', 'after-article']);
  });

  it('takes no menu\'s last item for a kicker, but a section over the headline, past a date line', () => {
    const menuPage = [...menu, ...article].join('\n');
    expect(run(menuPage).f.kicker).toBeNull();
    const sectioned = ['Donate', 'Analysis', '24 February 2026, 15:44', ...article].join('\n');
    expect(run(sectioned).text(run(sectioned).f.kicker)).toBe('Analysis');
  });

  it('prefers a "By A, B and C" line to a bare name line above it, and reads no agency\'s name as a person\'s', () => {
    const page = [...menu, 'Almaty metro extends its third line to the airport', 'Steppe Wire', 'Example Reuters', 'Feb 26, 2026 | 9:05 AM', 'By Dana Seitova, Arman Ospanov and Lena Moss', ...article.slice(4)].join('\n');
    const { f, text } = run(page);
    expect(text(f.byline)).toBe('By Dana Seitova, Arman Ospanov and Lena Moss');
    const credit = [...menu, 'Almaty metro extends its third line to the airport', 'Associated Press', ...article.slice(4)].join('\n');
    expect(run(credit).f.byline).toBeNull();
  });

  it('reads no menu item as a byline: a name has no function words', () => {
    const page = [...menu, 'Almaty metro extends its third line to the airport', 'What We Do', ...article.slice(1)].join('\n');
    const { f, text } = run(page);
    expect(text(f.byline)).toBe('Dana Seitova');
  });

  it('counts no site name in a page title among the words it shares with the body', () => {
    const lede = 'Steppe Daily learned on Tuesday that the Almaty metro will open four new stations, extending its third line towards the airport.';
    const page = ['Almaty metro extends third line - Steppe Daily', ...menu, 'Almaty metro extends third line', 'Dana Seitova', 'Tue, February 24, 2026 at 3:44 PM UTC', 'Passengers at a new station in Almaty, Kazakhstan, on Feb. 20, 2026. (AP Photo/Ruslan Pryanikov)', 'Four stations open', lede, ...article.slice(5)].join('\n');
    expect(run(page).text(run(page).f.headline)).toBe('Almaty metro extends third line');
  });

  it('has no body for an error page', () => {
    const { f } = run('Access Denied\nYou don’t have permission to access this page on this server.\nReference #18.4b2f3e17.1772170511.1f0c2a');
    expect(f.body).toBeNull();
    expect(f.headline).toBeNull();
  });
});
