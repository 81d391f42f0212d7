import { describe, expect, it } from 'vitest';
import { findDateline, isoDate, parseDateline, titleCasePlace } from '../../../src/stages/layout/dateline.js';
import { canonicalAgency } from '../../../src/lexicon/shared/agencies.js';
import { normalize } from '../../../src/stages/normalize.js';
import { segment } from '../../../src/stages/segment.js';

interface Case {
  name: string;
  /** The dateline exactly as it should be cut. */
  dateline: string;
  /** Story text that follows it. */
  rest: string;
  location: string | null;
  agency: string | null;
  agencyText: string | null;
  iso: string | null;
}

const CASES: Case[] = [
  { name: 'AP legacy underscore', dateline: 'CHATHAM, Mass. (AP) _', rest: ' A lobster was found on the beach.', location: 'Chatham, Mass.', agency: 'AP', agencyText: 'AP', iso: null },
  { name: 'AP em dash, dotted state', dateline: 'SANTA FE, N.M. (AP) —', rest: ' The state budget passed on Friday.', location: 'Santa Fe, N.M.', agency: 'AP', agencyText: 'AP', iso: null },
  { name: 'Reuters with date', dateline: 'SEOUL, Oct 14 (Reuters) -', rest: ' Shares rose in early trade.', location: 'Seoul', agency: 'Reuters', agencyText: 'Reuters', iso: '--10-14' },
  { name: 'Reuters place-less', dateline: 'Jan 30 (Reuters) -', rest: ' Oil prices fell on Thursday.', location: null, agency: 'Reuters', agencyText: 'Reuters', iso: '--01-30' },
  { name: 'AFP with year', dateline: 'KATHMANDU, Nov 19, 2025 (AFP) -', rest: ' Heavy rain closed the main road.', location: 'Kathmandu', agency: 'AFP', agencyText: 'AFP', iso: '2025-11-19' },
  { name: 'Xinhua double hyphen', dateline: 'BEIJING, Dec. 23 (Xinhua) --', rest: ' A new rail line opened.', location: 'Beijing', agency: 'Xinhua', agencyText: 'Xinhua', iso: '--12-23' },
  { name: 'TASS English slashes', dateline: 'MURMANSK, November 26. /TASS/.', rest: ' A research ship left the port.', location: 'Murmansk', agency: 'TASS', agencyText: 'TASS', iso: '--11-26' },
  { name: 'TASS Cyrillic', dateline: 'МОСКВА, 26 ноября. /ТАСС/.', rest: ' Новый мост открыли в центре города.', location: 'Москва', agency: 'ТАСС', agencyText: 'ТАСС', iso: '--11-26' },
  { name: 'RIA Novosti Cyrillic', dateline: 'МОСКВА, 1 мар - РИА Новости.', rest: ' Новый мост открыли в центре города.', location: 'Москва', agency: 'РИА Новости', agencyText: 'РИА Новости', iso: '--03-01' },
  { name: 'Kazinform', dateline: 'ASTANA. KAZINFORM –', rest: ' The reading club met on Monday.', location: 'Astana', agency: 'Kazinform', agencyText: 'KAZINFORM', iso: null },
  { name: 'CNN credit only', dateline: '(CNN) --', rest: ' Police closed the bridge.', location: null, agency: 'CNN', agencyText: 'CNN', iso: null },
  { name: 'CNN glued to the text', dateline: 'Tokyo (CNN)', rest: 'Police closed the bridge.', location: 'Tokyo', agency: 'CNN', agencyText: 'CNN', iso: null },
  { name: 'ANSA agency first', dateline: '(ANSA) - Rome, October 11 -', rest: ' The minister met his counterpart.', location: 'Rome', agency: 'ANSA', agencyText: 'ANSA', iso: '--10-11' },
  { name: 'EFE dot-hyphen', dateline: 'Lima, Mar 3 (EFE).-', rest: ' The minister resigned on Sunday.', location: 'Lima', agency: 'EFE', agencyText: 'EFE', iso: '--03-03' },
  { name: 'PTI without separator', dateline: 'New Delhi, Jul 14 (PTI)', rest: ' The court adjourned the hearing.', location: 'New Delhi', agency: 'PTI', agencyText: 'PTI', iso: '--07-14' },
  { name: 'Kabar spaced slashes with year', dateline: 'Bishkek, Feb.20, 2018 / Kabar /.', rest: ' The president signed the decree.', location: 'Bishkek', agency: 'Kabar', agencyText: 'Kabar', iso: '2018-02-20' },
  { name: 'place only', dateline: 'BOSTON --', rest: ' The mayor opened the new park.', location: 'Boston', agency: null, agencyText: null, iso: null },
  { name: 'TASS region in slashes, capitalised', dateline: 'ORSK /Orenburg Region/, March 3. /TASS/.', rest: ' Officials said the bridge will reopen.', location: 'Orsk /Orenburg Region/', agency: 'TASS', agencyText: 'TASS', iso: '--03-03' },
  { name: 'TASS region in slashes, lower case', dateline: 'ORSK /Orenburg region/, March 3. /TASS/.', rest: ' Officials said the bridge will reopen.', location: 'Orsk /Orenburg region/', agency: 'TASS', agencyText: 'TASS', iso: '--03-03' },
  { name: 'em dash glued to the story', dateline: 'DENVER—', rest: 'Snow closed the interstate.', location: 'Denver', agency: null, agencyText: null, iso: null },
  { name: 'double hyphen glued to the story', dateline: 'DENVER --', rest: 'Snow closed the interstate.', location: 'Denver', agency: null, agencyText: null, iso: null },
  { name: 'double hyphen glued to the place', dateline: 'DENVER--', rest: ' Snow closed the interstate.', location: 'Denver', agency: null, agencyText: null, iso: null },
  { name: 'glued dash after a state qualifier', dateline: 'TULSA, Okla.—', rest: 'Snow closed the interstate.', location: 'Tulsa, Okla.', agency: null, agencyText: null, iso: null },
  { name: 'two places joined by a slash', dateline: 'Salzburg/Linz –', rest: ' Die Saison beginnt am Freitag.', location: 'Salzburg/Linz', agency: null, agencyText: null, iso: null },
];

describe('parseDateline: wire forms', () => {
  it.each(CASES)('$name: $dateline', (c) => {
    const s = c.dateline + c.rest;
    const p = parseDateline(s);
    expect(p).not.toBeNull();
    expect(s.slice(0, p!.length)).toBe(c.dateline);
    expect(p!.location).toBe(c.location);
    expect(p!.agency).toBe(c.agency);
    expect(p!.agencyText).toBe(c.agencyText);
    if (c.agencyText) expect(s.slice(p!.agencyOffset, p!.agencyOffset + c.agencyText.length)).toBe(c.agencyText);
    else expect(p!.agencyOffset).toBe(-1);
    if (c.iso === null) expect(p!.date).toBeNull();
    else {
      expect(p!.date).not.toBeNull();
      // the date offset points at the date text inside the dateline
      expect(s.slice(p!.date!.offset, p!.date!.offset + p!.date!.text.length)).toBe(p!.date!.text);
      expect(isoDate(p!.date!.text)).toBe(c.iso);
    }
  });

  it('keeps the date text as written', () => {
    expect(parseDateline('KATHMANDU, Nov 19, 2025 (AFP) - Rain.')!.date!.text).toBe('Nov 19, 2025');
    expect(parseDateline('BEIJING, Dec. 23 (Xinhua) -- A line.')!.date!.text).toBe('Dec. 23');
    expect(parseDateline('Bishkek, Feb.20, 2018 / Kabar /. Text.')!.date!.text).toBe('Feb.20, 2018');
    expect(parseDateline('MURMANSK, November 26. /TASS/. A ship.')!.date!.text).toBe('November 26');
  });

  it('leaves the period after a full month name out of the date, but keeps an abbreviation\'s', () => {
    expect(parseDateline('МОСКВА, 26 ноября. /ТАСС/. Новый мост открыли.')!.date!.text).toBe('26 ноября');
    expect(parseDateline('МОСКВА, 1 мар. - РИА Новости. Новый мост открыли.')!.date!.text).toBe('1 мар.');
  });
});

describe('parseDateline: openings that are not datelines', () => {
  it.each([
    ['a sentence starting with an abbreviation', 'US crude prices rose on Monday as stocks fell.'],
    ['an all-caps headline ending in a period', 'OIL PRICES FALL. Markets were calm on Monday.'],
    ['an all-caps headline of two words', 'STORM WARNING. Residents fled the coast.'],
    ['a photo credit, not an agency', 'Mosca (Depositphotos) Il presidente ha parlato.'],
    ['a Russian sentence starting with a date', '10 марта у президента была встреча.'],
    ['an update slug', 'UPDATE: 5/12 — x'],
    ['a sentence starting with a place name', 'Nairobi has become a hub for startups.'],
    ['a death notice: a surname with a glued dash', 'MILLER--Anne, 84, of Dayton, died on Sunday.'],
    ['a time stamp that opens with a weekday', 'Friday 2 May 2025 - 10:15 Officials met again.'],
    ['a capitalised word before a typewriter dash', 'Gardening -- a hobby that grows on anyone.'],
    ['an unknown capitalised word with a glued dash', 'Breaking—Officials met again.'],
    ['a body and its acronym, with no terminator', 'The Harbour Safety Board (HSB) said the quay was closed.'],
    ['a title, a name and a party, with no terminator', 'Sen. Lena Moss (D-Ore.) said the bill would pass.'],
  ])('%s', (_name, s) => {
    expect(parseDateline(s)).toBeNull();
  });
});

describe('findDateline', () => {
  const run = (input: string) => {
    const doc = normalize(input);
    const { paragraphs } = segment(doc);
    return { doc, paragraphs, d: findDateline(doc, paragraphs) };
  };

  it('finds the dateline in the third paragraph, after a kicker and a headline', () => {
    const { doc, d } = run('News\n\nReading club marks its tenth year\n\nASTANA. KAZINFORM – The reading club met on Monday.\n\nMembers read poems.');
    expect(d).not.toBeNull();
    expect(d!.paragraph).toBe(2);
    expect(doc.text.slice(d!.start, d!.end)).toBe('ASTANA. KAZINFORM –');
    expect(d!.location).toBe('Astana');
    expect(d!.agency).toBe('Kazinform');
    expect(d!.agencyText).toBe('KAZINFORM');
    expect(doc.text.slice(d!.agencyRange!.start, d!.agencyRange!.end)).toBe('KAZINFORM');
    expect(d!.date).toBeNull();
  });

  it('returns the date with its iso form', () => {
    const { doc, d } = run('Headline over the story\n\nKATHMANDU, Nov 19, 2025 (AFP) - Heavy rain closed the main road.');
    expect(doc.text.slice(d!.start, d!.end)).toBe('KATHMANDU, Nov 19, 2025 (AFP) -');
    expect(d!.date).toEqual({ text: 'Nov 19, 2025', iso: '2025-11-19' });
  });

  it('accepts a dateline alone on its line when the story follows (press releases, 1987 wire copy)', () => {
    const { doc, d } = run('LONDON, Feb. 1, 2017 /PRNewswire/ --\n\nFour engineers won the prize.');
    expect(doc.text.slice(d!.start, d!.end)).toBe('LONDON, Feb. 1, 2017 /PRNewswire/ --');
    expect(d!.agency).toBe('PRNewswire');
  });

  it('needs story text after the dateline', () => {
    expect(run('ASTANA. KAZINFORM –').d).toBeNull();
    expect(run('Headline over the story\n\nASTANA. KAZINFORM –\n\n').d).toBeNull();
  });

  it('skips an inline byline, a feed credit and markup residue before the dateline', () => {
    expect(run('By Shirish B Pradhan Kathmandu, Oct 17 (PTI) The floods were worse.').d?.location).toBe('Kathmandu');
    const feed = run('Canadian Press - OTTAWA (CP) - Paul Martin announced a shake-up.');
    expect(feed.doc.text.slice(feed.d!.start, feed.d!.end)).toBe('OTTAWA (CP) -');
    expect(run('&LR; NORTH HOLLYWOOD, CALIF. _ Frank Ruiz was shocked.').d?.location).toBe('North Hollywood, Calif.');
  });

  it('finds a dateline after a standfirst sentence only with a credit or a long dash', () => {
    expect(run('Debakel im Cup-Halbfinale. Barcelona – Valencia ist am Mittwoch ausgeschieden.').d?.location).toBe('Barcelona');
    expect(run('Die Regierung bleibt. Bundeskanzlerin Angela Merkel (CDU) schloss das aus.').d).toBeNull();
  });

  it('reads a credit with no place (AG News style) and a place after a dated credit', () => {
    expect(run('SPACE.com - A second team announced a launch date.').d).toMatchObject({ location: null, agency: 'SPACE.com' });
    expect(run('SEPTEMBER 27, 2004 (COMPUTERWORLD) - CHICAGO -- The company said.').d).toMatchObject({ location: 'Chicago', agency: 'COMPUTERWORLD' });
  });

  it('searches only the given candidate paragraphs', () => {
    const doc = normalize('Headline over the story\n\nBOSTON -- The mayor opened the park.');
    const { paragraphs } = segment(doc);
    expect(findDateline(doc, paragraphs.slice(0, 1))).toBeNull();
    expect(findDateline(doc, paragraphs)!.location).toBe('Boston');
  });

  it('skips a feed time stamp before the place', () => {
    const { doc, d } = run('(03-02) 07:45 PST FRESNO -- A levee gave way overnight after the storm.');
    expect(doc.text.slice(d!.start, d!.end)).toBe('FRESNO --');
    expect(d!.location).toBe('Fresno');
    expect(run('9:30 a.m. EDT TRENTON -- The hearing began late.').d?.location).toBe('Trenton');
  });

  it('reads a date with its year that opens the text as a date-only dateline', () => {
    const { doc, d } = run('May 4, 2025 Farmers in the valley said the harvest was late this year.');
    expect(doc.text.slice(d!.start, d!.end)).toBe('May 4, 2025');
    expect(d).toMatchObject({ location: null, agency: null, date: { text: 'May 4, 2025', iso: '2025-05-04' } });
    expect(run('June 9, 2024 . The class looks at the week in science.').d?.date?.iso).toBe('2024-06-09');
  });

  it('reads no date-only dateline past the text\'s first paragraph, nor without a year', () => {
    // a timeline's entries open with dates too
    expect(run('What happened, step by step.\n\nMay 4, 2025 Farmers in the valley said the harvest was late.').d).toBeNull();
    expect(run('May 4 Farmers in the valley said the harvest was late this year.').d).toBeNull();
  });

  it('reads no title-case place and dash as a dateline after two paragraphs of prose', () => {
    const prose = ['The forum on impact investing met in the capital this week, with seven hundred experts from twenty countries.', 'Moss is the founder of a fund that has invested more than ten million dollars in small firms across the region.'];
    expect(run([...prose, 'Moss – wearing a bright red coat – spoke about the projects with great calm.'].join('\n\n')).d).toBeNull();
    expect(run([prose[0], 'Wien – Die Regierung hat am Montag ein neues Gesetz beschlossen.'].join('\n\n')).d?.location).toBe('Wien');
    // a dateline in capitals is read wherever the story opens
    expect(run([...prose, 'BOSTON -- The mayor opened the new park on Sunday with a concert.'].join('\n\n')).d?.location).toBe('Boston');
  });

  it('returns null when no paragraph opens with a dateline', () => {
    expect(run('Nairobi has become a hub for startups.\n\nInvestors are arriving.').d).toBeNull();
  });
});

describe('isoDate', () => {
  it.each([
    ['Nov 19, 2025', '2025-11-19'],
    ['Dec. 23', '--12-23'],
    ['26 ноября', '--11-26'],
    ['1 мар', '--03-01'],
    ['Feb.20, 2018', '2018-02-20'],
    ['October 11', '--10-11'],
    ['Sept 3', '--09-03'],
    ['21 ene', '--01-21'],
    ['June 29th', '--06-29'],
    ['OCTOBER 14, 2004', '2004-10-14'],
  ])('%s -> %s', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });

  it('returns null for an unknown month or an impossible day', () => {
    expect(isoDate('Foo 3')).toBeNull();
    expect(isoDate('Oct 32')).toBeNull();
    expect(isoDate('Oct 0')).toBeNull();
  });
});

describe('titleCasePlace', () => {
  it('title-cases all-capital words and leaves the rest', () => {
    expect(titleCasePlace('ST. PETERSBURG, Fla.')).toBe('St. Petersburg, Fla.');
    expect(titleCasePlace('NUR-SULTAN')).toBe('Nur-Sultan');
    expect(titleCasePlace('МОСКВА')).toBe('Москва');
    expect(titleCasePlace('New Delhi')).toBe('New Delhi');
    expect(titleCasePlace('SANTA FE, N.M.')).toBe('Santa Fe, N.M.');
  });
});

describe('canonicalAgency', () => {
  it.each([
    ['KAZINFORM', 'Kazinform'],
    ['Reuter', 'Reuters'],
    ['Associated  Press', 'AP'],
    ['ap', 'AP'],
    ['XINHUA', 'Xinhua'],
    ['ITAR-TASS', 'TASS'],
    ['RIA', 'RIA Novosti'],
    ['tca/dpa', 'tca/dpa'], // a partner credit is its own agency
    ['Xinhuanet', 'Xinhuanet'],
    ['Reuters, Bloomberg', 'Reuters'],
  ])('%s -> %s', (credit, canonical) => {
    expect(canonicalAgency(credit)).toBe(canonical);
  });

  it('keeps a Cyrillic credit in its own script', () => {
    expect(canonicalAgency('ТАСС')).toBe('ТАСС');
    expect(canonicalAgency('ИТАР-ТАСС')).toBe('ТАСС');
    expect(canonicalAgency('РИА Новости')).toBe('РИА Новости');
    expect(canonicalAgency('Казинформ')).toBe('Казинформ');
  });

  it('returns null for a credit that is not an agency', () => {
    expect(canonicalAgency('Depositphotos')).toBeNull();
    expect(canonicalAgency('')).toBeNull();
  });
});

describe('datelines on pages', () => {
  const run = (input: string) => {
    const doc = normalize(input);
    return { d: findDateline(doc, segment(doc).paragraphs) };
  };

  it('is not an organisation followed by its own acronym', () => {
    expect(parseDateline('The International Atomic Energy Agency (IAEA) - said on Friday that inspectors would return.')).toBeNull();
  });

  it('needs a sentence after a bare place: a menu item with a dash is no dateline', () => {
    expect(run('THE DAILY TRIBUNE -\nHome\nWorld\nBusiness').d).toBeNull();
    expect(run('BOSTON -\nThe mayor opened the new park on Sunday with a concert for the neighbourhood.').d?.location).toBe('Boston');
  });

  it('reads a lone capitalised place line before the body (Anadolu pages)', async () => {
    const { loneDatelinePlace } = await import('../../../src/stages/layout/dateline.js');
    const doc = normalize('MOSCOW\nThe city council met on Tuesday to discuss the new bus lanes.');
    const [p] = segment(doc).paragraphs;
    expect(loneDatelinePlace(doc, p!)).toMatchObject({ location: 'Moscow', agency: null, start: 0, end: 6 });
    const menu = normalize('Home');
    expect(loneDatelinePlace(menu, segment(menu).paragraphs[0]!)).toBeNull();
  });
});
