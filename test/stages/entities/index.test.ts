import { describe, expect, it } from 'vitest';
import { candidatesInSentence, genderOfName, type Candidate, type DocContext, type PersonRule } from '../../../src/stages/entities/candidates.js';
import { clusterCandidates, foldSpelling, initialsOf } from '../../../src/stages/entities/cluster.js';
import { isRolePhrase } from '../../../src/stages/entities/roles.js';
import { jaroWinkler } from '../../../src/stages/entities/similarity.js';
import { findEntities, mergeWithModel, type EntityCluster, type ModelMention } from '../../../src/stages/entities/index.js';
import { normalize } from '../../../src/stages/normalize.js';
import { analyzeArticle } from '../../../src/index.js';
import { segment } from '../../../src/stages/segment.js';
import type { DatelineAnnotation } from '../../../src/stages/layout/dateline.js';

/** Entities of a small text, every sentence in scope, nothing excluded, no anchors. */
function entities(input: string) {
  const doc = normalize(input);
  const { sentences } = segment(doc);
  const clusters = findEntities(doc.text, sentences, [], [], null);
  const people = clusters.filter((c) => c.type === 'person');
  const orgs = clusters.filter((c) => c.type === 'organization');
  const named = (name: string): EntityCluster | undefined => clusters.find((c) => c.name === name);
  const t = (r: { start: number; end: number }) => doc.text.slice(r.start, r.end);
  return { text: doc.text, clusters, people, orgs, named, t };
}

const NO_CONTEXT: DocContext = { lowerWords: new Set() };

/** Candidates of a one-sentence text. */
function candidates(sentence: string, ctx: DocContext = NO_CONTEXT) {
  return candidatesInSentence(sentence, { start: 0, end: sentence.length }, [], [], ctx);
}

const names = (cs: readonly { mentions: { kind: string; text: string }[] }[]) => cs.map((c) => c.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

describe('candidatesInSentence: people', () => {
  it('types a run with a known first name as a person', () => {
    const cs = candidates('Sarah Collins opened the school on Friday.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ text: 'Sarah Collins', start: 0, end: 13, type: 'person', method: 'first-name', title: null, sentenceInitial: true });
  });

  it('finds an unknown non-Western two-word name in mid-sentence by its shape', () => {
    const s = 'Officials met Nurtore Zhusip on Monday.';
    const cs = candidates(s);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ text: 'Nurtore Zhusip', type: 'person', method: 'name-shape', sentenceInitial: false });
    expect(s.slice(cs[0]!.start, cs[0]!.end)).toBe('Nurtore Zhusip');
  });

  it('does not take a name the document writes in lower case elsewhere', () => {
    // the same sentence, but the document uses "zhusip" as an ordinary word
    expect(candidates('Officials met Nurtore Zhusip on Monday.', { lowerWords: new Set(['zhusip']) })).toEqual([]);
  });

  it('strips a title from the front of the name and keeps its range', () => {
    const s = 'Foreign Minister Aigerim Sultanova said the talks went well.';
    const cs = candidates(s);
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c).toMatchObject({ text: 'Aigerim Sultanova', type: 'person', method: 'title' });
    expect(c.title).not.toBeNull();
    expect(s.slice(c.title!.start, c.title!.end)).toBe('Foreign Minister');
  });

  it('strips an abbreviated title ("Rep.") from a hyphenated, accented name', () => {
    const s = 'Rep. Tomás Quintana-Reyes voted against the bill.';
    const cs = candidates(s);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ text: 'Tomás Quintana-Reyes', type: 'person' });
    expect(s.slice(cs[0]!.title!.start, cs[0]!.title!.end)).toMatch(/^Rep\.?$/);
  });
});

describe('candidatesInSentence: organisations', () => {
  it.each([
    ['Journalists from the Kazakhstan Press Club met officials.', 'Kazakhstan Press Club'],
    ['Officials of the Ministry of Energy met the workers.', 'Ministry of Energy'],
    ['Engineers from Daebo Microsystems visited the site.', 'Daebo Microsystems'],
  ])('types a run by its head word: %s', (s, org) => {
    const cs = candidates(s);
    expect(cs.map((c) => [c.text, c.type, c.method])).toEqual([[org, 'organization', 'org-head']]);
  });

  it('splits a run at an organisation head followed by a person', () => {
    const s = 'The forum was opened by the president of the Chief Editors’ Club Bibigul Zheksenbay on Tuesday.';
    const cs = candidates(s);
    expect(cs.map((c) => [c.text, c.type])).toEqual([
      ['Chief Editors’ Club', 'organization'],
      ['Bibigul Zheksenbay', 'person'],
    ]);
  });

  it('keeps a quoted name after an acronym as one organisation, marks included', () => {
    const s = 'The reports were aired by RTK “Qazaqstan” on Monday.';
    const cs = candidates(s);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ text: 'RTK “Qazaqstan”', type: 'organization', method: 'quoted-name' });
    expect(s.slice(cs[0]!.start, cs[0]!.end)).toBe('RTK “Qazaqstan”');
  });

  it('also finds RTK “Qazaqstan” through the whole pipeline (the quote stage does not exclude it)', () => {
    const r = analyzeArticle('The reports were aired by RTK “Qazaqstan” on Monday and repeated on Tuesday.');
    expect(r.organizations.map((o) => o.name)).toEqual(['RTK “Qazaqstan”']);
    expect(r.people).toEqual([]);
  });
});

describe('candidatesInSentence: what is not a name', () => {
  it('drops sentence-opening function words and connectives', () => {
    expect(candidates('Moreover, the plan was approved.')).toEqual([]);
    expect(candidates('However, the plan failed on Monday.')).toEqual([]);
    expect(candidates('The committee agreed.')).toEqual([]);
    // and the name that follows them does not start with them
    expect(candidates('Moreover Nurtore Zhusip declined to comment.').map((c) => c.text)).toEqual(['Nurtore Zhusip']);
    expect(candidates('The Kazakhstan Press Club met on Monday.').map((c) => c.text)).toEqual(['Kazakhstan Press Club']);
    expect(candidates('Moreover, Daebo Microsystems agreed.').map((c) => c.text)).toEqual(['Daebo Microsystems']);
  });

  it.each([
    'Residents in Pell County fled the flood.',
    'A bridge near Dobbs Creek collapsed on Sunday.',
    'Farmers in the district of Los Aquijes waited for rain.',
  ])('does not take a place for a person: %s', (s) => {
    const cs = candidates(s);
    expect(cs.filter((c) => c.type === 'person')).toEqual([]);
    expect(cs).toEqual([]);
  });

  it('does not fold a sentence-initial common noun into an organisation ("Members of the …")', () => {
    expect(candidates('Members of the Kazakhstan Press Club met on Monday.').map((c) => c.text)).toEqual(['Kazakhstan Press Club']);
  });
});

describe('genderOfName', () => {
  it('uses a known first name', () => {
    expect(genderOfName('Sarah Collins')).toBe('female');
    expect(genderOfName('John Miller')).toBe('male');
    // the first name decides before the surname ending
    expect(genderOfName('John Sultanova')).toBe('male');
  });

  it('uses -ova / -ov surname endings when the first name is unknown', () => {
    expect(genderOfName('Ulbike Amanova')).toBe('female');
    expect(genderOfName('Aigerim Sultanova')).toBe('female');
    expect(genderOfName('Qoryqbai Tasov')).toBe('male');
    expect(genderOfName('Daniyar Seitkaliyev')).toBe('male');
  });

  it('gives null when neither tells, and for a bare surname', () => {
    expect(genderOfName('Nurtore Zhusip')).toBeNull();
    expect(genderOfName('Amanova')).toBeNull();
  });
});

describe('jaroWinkler', () => {
  it('is 1 for identical strings', () => {
    expect(jaroWinkler('Karaulova', 'Karaulova')).toBe(1);
  });

  it('gives the textbook value for MARTHA / MARHTA', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
  });

  it('gives the textbook values for DWAYNE / DUANE and DIXON / DICKSONX', () => {
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
  });

  it('is 0 with no letters in common or an empty string', () => {
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('is symmetric and within 0..1', () => {
    for (const [a, b] of [['asel', 'assel'], ['zhanar', 'janar'], ['abc', 'cba']] as const) {
      const x = jaroWinkler(a, b);
      expect(x).toBe(jaroWinkler(b, a));
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('initialsOf and foldSpelling', () => {
  it('takes the initials of the capitalised words, skipping small words', () => {
    expect(initialsOf('Korea Trade Association')).toBe('KTA');
    expect(initialsOf('National Association for Public Relations')).toBe('NAPR');
    expect(initialsOf('Ministry of Energy')).toBe('ME');
    expect(initialsOf('Kazakh-British Technical University')).toBe('KBTU');
  });

  it('folds transliteration variants to one key', () => {
    expect(foldSpelling('zhanar')).toBe(foldSpelling('janar'));
    expect(foldSpelling('assel')).toBe(foldSpelling('asel'));
    expect(foldSpelling('yerlan')).toBe(foldSpelling('erlan'));
    expect(foldSpelling('mukhammed')).toBe(foldSpelling('muhammed'));
    expect(foldSpelling('tomás')).toBe('tomas');
    expect(foldSpelling('karaulova')).not.toBe(foldSpelling('karimova'));
  });
});

describe('isRolePhrase', () => {
  it.each(['president of the Kazakhstan Press Club', 'journalist', 'Senator', 'chairman', 'head of the National Association for Public Relations', 'spokesman for the ministry'])(
    'accepts %s',
    (p) => expect(isRolePhrase(p)).toBe(true),
  );

  it.each(['', 'the country', 'he said', 'Moreover', 'the new bridge across the river'])('rejects %j', (p) => expect(isRolePhrase(p)).toBe(false));
});

describe('clusterCandidates', () => {
  it('joins a surname-only later mention to the full name', () => {
    const e = entities('Asel Karaulova spoke first. Later Karaulova left the room.');
    expect(e.people).toHaveLength(1);
    expect(e.people[0]!.name).toBe('Asel Karaulova');
    expect(names(e.people)).toEqual([['Asel Karaulova', 'Karaulova']]);
    // the surname mention points at the later occurrence
    const later = e.people[0]!.mentions[1]!;
    expect(e.t(later)).toBe('Karaulova');
    expect(later.start).toBe(e.text.lastIndexOf('Karaulova'));
  });

  it('joins the surname of an unknown name too', () => {
    const e = entities('Nurtore Zhusip spoke. Later Zhusip left.');
    expect(names(e.people)).toEqual([['Nurtore Zhusip', 'Zhusip']]);
  });

  it('merges two spellings of one person: Asel / Assel', () => {
    const e = entities('Asel Karaulova spoke first. Later Assel Karaulova left the room.');
    expect(e.people).toHaveLength(1);
    expect(names(e.people)).toEqual([['Asel Karaulova', 'Assel Karaulova']]);
  });

  it('merges two spellings of one person: Zhanar / Janar', () => {
    const e = entities('Zhanar Bekova arrived on Monday. Janar Bekova left on Friday.');
    expect(e.people).toHaveLength(1);
    expect(names(e.people)).toEqual([['Zhanar Bekova', 'Janar Bekova']]);
  });

  it('keeps two different people apart', () => {
    const e = entities('Zhanar Bekova arrived on Monday. Ulbike Amanova left on Friday.');
    expect(e.people.map((p) => p.name)).toEqual(['Zhanar Bekova', 'Ulbike Amanova']);
  });

  it('joins an acronym to its expansion and names the cluster by the expansion', () => {
    const e = entities('Exports grew, the Korea Trade Association (KTA) said. KTA expects more growth next year.');
    expect(e.orgs).toHaveLength(1);
    expect(e.orgs[0]!.name).toBe('Korea Trade Association');
    expect(names(e.orgs)).toEqual([['Korea Trade Association', 'KTA', 'KTA']]);
  });

  it('adds "the Association" as a description mention of the one organisation with that head', () => {
    const e = entities('The National Association for Public Relations held a meeting. The Association will meet again in May.');
    expect(e.orgs).toHaveLength(1);
    const org = e.orgs[0]!;
    expect(org.name).toBe('National Association for Public Relations');
    expect(org.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['name', 'National Association for Public Relations'],
      ['description', 'The Association'],
    ]);
    const d = org.mentions[1]!;
    expect(e.t(d)).toBe('The Association');
  });

  it('works on hand-made candidates: a single surname with no full name and no title starts nothing', () => {
    const text = 'Karaulova left.';
    const clusters = clusterCandidates(text, [{ start: 0, end: 9, text: 'Karaulova', type: 'person', title: null, method: 'single', sentenceInitial: true }]);
    expect(clusters).toEqual([]);
  });

  it('sets gender from the first name or the surname ending', () => {
    const e = entities('Sarah Collins met Ulbike Amanova and Qoryqbai Tasov. Nurtore Zhusip was late.');
    const g = Object.fromEntries(e.people.map((p) => [p.name, p.gender]));
    expect(g).toEqual({ 'Sarah Collins': 'female', 'Ulbike Amanova': 'female', 'Qoryqbai Tasov': 'male', 'Nurtore Zhusip': null });
  });
});

describe('roles (attachRoles via findEntities)', () => {
  it('keeps a stripped title as a role', () => {
    const e = entities('Foreign Minister Aigerim Sultanova said the talks went well.');
    const p = e.named('Aigerim Sultanova')!;
    expect(p.type).toBe('person');
    expect(p.roles.map((r) => r.title)).toEqual(['Foreign Minister']);
    expect(p.roles[0]!.organization).toBeNull();
    expect(e.t(p.roles[0]!.range)).toBe('Foreign Minister');
  });

  it('keeps an abbreviated title as a role', () => {
    const e = entities('Rep. Tomás Quintana-Reyes voted against the bill on Thursday.');
    const p = e.named('Tomás Quintana-Reyes')!;
    expect(p.type).toBe('person');
    expect(p.roles).toHaveLength(1);
    expect(p.roles[0]!.title).toMatch(/^Rep\.?$/);
  });

  it('reads an apposition with two roles, each linked to its organisation', () => {
    const e = entities('Asel Karaulova, president of the Kazakhstan Press Club and head of the National Association for Public Relations, said the law was outdated.');
    const p = e.named('Asel Karaulova')!;
    const club = e.named('Kazakhstan Press Club')!;
    const assoc = e.named('National Association for Public Relations')!;
    expect([club.type, assoc.type]).toEqual(['organization', 'organization']);
    expect(p.roles.map((r) => r.title)).toEqual(['president of the Kazakhstan Press Club', 'head of the National Association for Public Relations']);
    expect(p.roles[0]!.organization).toBe(club);
    expect(p.roles[1]!.organization).toBe(assoc);
    for (const r of p.roles) expect(e.t(r.range)).toBe(r.title);
    // organisations have no roles
    expect(club.roles).toEqual([]);
  });

  it('reads a role phrase right before the name, after a comma', () => {
    const e = entities('On Tuesday, president of the Chief Editors’ Club Bibigul Zheksenbay opened the forum.');
    const p = e.named('Bibigul Zheksenbay')!;
    const club = e.named('Chief Editors’ Club')!;
    expect(p.roles.map((r) => [r.title, r.organization])).toEqual([['president of the Chief Editors’ Club', club]]);
  });

  it('finds the role phrase before a name inside a longer clause', () => {
    const e = entities('The forum was opened by the president of the Chief Editors’ Club Bibigul Zheksenbay on Tuesday.');
    const p = e.named('Bibigul Zheksenbay')!;
    expect(p.roles.map((r) => r.title)).toEqual(['president of the Chief Editors’ Club']);
  });

  it('does not take the start of a clause for a role ("The mayor met Nurtore Zhusip")', () => {
    // a role phrase ends in its role noun: "The mayor met" does not
    expect(entities('The mayor met Nurtore Zhusip on Monday.').named('Nurtore Zhusip')!.roles).toEqual([]);
    expect(entities('Yesterday officials met Nurtore Zhusip on Monday.').named('Nurtore Zhusip')!.roles).toEqual([]);
  });
});

describe('findEntities', () => {
  it('finds people and organisations of a small story, in text order, each once', () => {
    const e = entities(
      'Sarah Collins of Daebo Microsystems met Nurtore Zhusip at the Ministry of Energy on Monday. Collins said the talks with the Ministry of Energy went well.',
    );
    expect(e.clusters.map((c) => [c.type, c.name])).toEqual([
      ['person', 'Sarah Collins'],
      ['organization', 'Daebo Microsystems'],
      ['person', 'Nurtore Zhusip'],
      ['organization', 'Ministry of Energy'],
    ]);
    expect(names([e.named('Sarah Collins')!])).toEqual([['Sarah Collins', 'Collins']]);
    expect(names([e.named('Ministry of Energy')!])).toEqual([['Ministry of Energy', 'Ministry of Energy']]);
    // every mention is the text at its range
    for (const c of e.clusters) for (const m of c.mentions) expect(e.t(m)).toBe(m.text);
  });

  it('keeps a lone acronym of an organisation the article names, where the tagger reads none', () => {
    const text = 'The Kessel Valley Water Authority opened a station. Farmers said KVWA had raised its fees.';
    const at = (w: string, type: 'person' | 'organization', method: string): Candidate => {
      const start = text.indexOf(w);
      return { start, end: start + w.length, text: w, type, title: null, method, sentenceInitial: false } as Candidate;
    };
    const org = at('Kessel Valley Water Authority', 'organization', 'org-head');
    const acronym = at('KVWA', 'organization', 'acronym');
    const kept = (rules: Candidate[], mentions: ModelMention[] = []) => mergeWithModel(text, rules, { mentions }).map((c) => c.text);
    // a rule's organisation the tagger leaves out gives its initials all the same
    expect(kept([org, acronym])).toEqual(['KVWA']);
    // the tagger's organisation gives the initials as well
    expect(kept([acronym], [{ start: org.start, end: org.end, type: 'ORG', margin: 3, inTable: false }])).toEqual(['Kessel Valley Water Authority', 'KVWA']);
    // initials of no organisation the article names: the tagger's silence stands
    expect(kept([acronym])).toEqual([]);
    expect(kept([at('Kessel Valley', 'person', 'name-shape'), acronym])).toEqual([]);
  });

  it('adds the dateline agency as an organisation', () => {
    const input = 'ASTANA. KAZINFORM – The reading club met on Monday.';
    const doc = normalize(input);
    const { sentences } = segment(doc);
    const dateline: DatelineAnnotation = { start: 0, end: 19, paragraph: 0, location: 'Astana', agency: 'Kazinform', agencyText: 'KAZINFORM', agencyRange: { start: 8, end: 17 }, date: null };
    expect(doc.text.slice(8, 17)).toBe('KAZINFORM');
    const clusters = findEntities(doc.text, sentences, [dateline], [], dateline);
    expect(clusters.map((c) => [c.type, c.name, c.method])).toEqual([['organization', 'Kazinform', 'agency']]);
    expect(clusters[0]!.fixedName).toBe(true);
  });

  it('is deterministic', () => {
    const s = 'Asel Karaulova, president of the Kazakhstan Press Club, met Nurtore Zhusip. Karaulova left.';
    expect(JSON.stringify(entities(s).clusters)).toBe(JSON.stringify(entities(s).clusters));
  });
});

describe('names in text tokenised with spaces (CoNLL-style)', () => {
  it('keeps spaced hyphens and apostrophes inside names', () => {
    const s = 'South Korean President Yoon Suk - yeol met President Nana Addo Dankwa Akufo - Addo and chef Damian D ’ Silva on Friday .';
    expect(candidates(s).filter((c) => c.type === 'person').map((c) => c.text)).toEqual(['Yoon Suk - yeol', 'Nana Addo Dankwa Akufo - Addo', 'Damian D ’ Silva']);
  });

  it('does not join places across a spaced dash', () => {
    expect(candidates('Talks between Kazakhstan - Russia delegations resumed on Monday .').filter((c) => c.type === 'person')).toEqual([]);
  });

  it('strips abbreviated offices and ignores Roman numerals', () => {
    const e = entities('DP William Ruto spoke first. Later, CM Conrad Sangma said the plan was fair. Part II of the plan follows.');
    expect(e.named('William Ruto')?.type).toBe('person');
    expect(e.named('Conrad Sangma')?.type).toBe('person');
    expect(e.named('II')).toBeUndefined();
  });
});

describe('multi-word places', () => {
  it('are not people, as a whole or by their first word', () => {
    const people = candidates('The team beat Sri Lanka in a match near Lake Tana after a week in Tel Aviv , said coach Ravi Menon .').filter((c) => c.type === 'person').map((c) => c.text);
    expect(people).toEqual(['Ravi Menon']);
  });
});

describe('coordinated names', () => {
  it('splits two surnames joined by "and" when no organisation head is in the run', () => {
    const e = entities('Raila Odinga and William Ruto campaigned in Nakuru. Later, Ruto and Odinga met again.');
    expect(e.named('William Ruto')!.mentions.map((m) => m.text)).toContain('Ruto');
    expect(e.named('Raila Odinga')!.mentions.map((m) => m.text)).toContain('Odinga');
  });
});

describe('long and abbreviated names', () => {
  it('keeps initials and Arabic particles inside names', () => {
    const people = candidates('Chief minister Conrad K Sangma met the Amir Sheikh Nawaf Al - Ahmad Al - Jaber Al - Sabah and journalist Paul P . Kennedy on Monday .').filter((c) => c.type === 'person').map((c) => c.text);
    expect(people).toEqual(['Conrad K Sangma', 'Nawaf Al - Ahmad Al - Jaber Al - Sabah', 'Paul P . Kennedy']);
  });
  it('does not read a German article as a name particle', () => {
    // "der" is written in lower case in the article: vocabulary, not a particle like "Al"
    const e = entities('Der Kanal der Verkehrsbehörde bleibt gesperrt, sagte der Sprecher.');
    expect(e.named('Kanal der Verkehrsbehörde')).toBeUndefined();
  });
});

describe('spaced dashes in tokenised text', () => {
  it('keeps a lower-case name syllable ("Wong Kwok - kin") but not a compound tail ("Mukherjee - were")', () => {
    expect(candidates('Wong Kwok - kin of the union won a seat .').map((c) => c.text)).toContain('Wong Kwok - kin');
    expect(candidates('Partha Chatterjee and his aide Arpita Mukherjee - were arrested .').map((c) => c.text)).toContain('Arpita Mukherjee');
  });
});

describe('spelt-out letters', () => {
  it('takes "U . S ." for no person, and keeps initials inside a name ("W . Gyude Moore")', () => {
    expect(candidates('Charges were filed in the U . S . on Monday .')).toEqual([]);
    expect(candidates('The former minister W . Gyude Moore said the plan failed .').map((c) => c.text)).toEqual(['W . Gyude Moore']);
  });
});

describe('long names', () => {
  it('keeps a five-word name whole when every word is name-like ("Mattar bin Salim Al Balushi")', () => {
    expect(candidates('Major general Mattar bin Salim Al Balushi , commander of the force , said so .').map((c) => c.text)).toContain('Mattar bin Salim Al Balushi');
  });
});

describe('teams named by their town', () => {
  it('takes a place that beats or loses to another for a team, and a place elsewhere for no entity', () => {
    expect(candidates('Leicestershire beat Somerset by an innings on Friday .').map((c) => [c.text, c.type])).toEqual([
      ['Leicestershire', 'organization'],
      ['Somerset', 'organization'],
    ]);
    expect(candidates('The rain fell on Somerset all week .')).toEqual([]);
  });
});

describe('whose role it is', () => {
  it('takes the name before "spokesman Per …" or "captain Chris …" for an organisation, but not a nationality, an adjective or a country before "president"', () => {
    const orgs = (t: string) => candidates(t).filter((c) => c.type === 'organization').map((c) => c.text);
    expect(orgs('Ericsson spokesman Per Zetterquist declined to comment .')).toEqual(['Ericsson']);
    expect(orgs('Surrey captain Chris Lewis was out for 12 .')).toEqual(['Surrey']);
    expect(orgs('Swedish captain Andreas Granqvist scored .')).toEqual([]);
    expect(orgs('Former president Andrew Leung spoke .')).toEqual([]);
    expect(orgs('Kenya president William Ruto spoke .')).toEqual([]);
  });
});

describe('places before names', () => {
  it('does not join a place to a name across a spaced dash ("Nairobi - Wanjiru Kamau has been named")', () => {
    expect(candidates('Nairobi - Wanjiru Kamau has been named chair of the board .').map((c) => c.text)).toEqual(['Wanjiru Kamau']);
  });
});

describe('organisation aliases and acronym prefixes', () => {
  it('ends a company name at its legal suffix before "of" and a place', () => {
    expect(candidates('It bought Harlow Pharmaceuticals Inc of St. Petersburg for $30 million.').filter((c) => c.type === 'organization').map((c) => c.text)).toEqual(['Harlow Pharmaceuticals Inc']);
  });

  it('takes no acronyms from a line set all in capitals, but does in prose', () => {
    expect(candidates('CRICKET - SURREY WIN TITLE AFTER RAIN DELAY .').filter((c) => c.method === 'acronym')).toEqual([]);
    expect(candidates('The deal was approved by the KTSA on Friday.').map((c) => [c.text, c.method])).toEqual([['KTSA', 'acronym']]);
  });


  it('joins a bracketed short name to the organisation before it', () => {
    const e = entities('The African Export-Import Bank (Afreximbank) signed the deal. Afreximbank will fund two plants.');
    const org = e.named('African Export-Import Bank')!;
    expect(org.type).toBe('organization');
    expect(org.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Afreximbank']));
  });
  it('splits an acronym off a titled person after it', () => {
    const people = candidates('ICC Prosecutor Fatou Bensouda said the inquiry would continue .').filter((c) => c.type === 'person').map((c) => c.text);
    expect(people).toEqual(['Fatou Bensouda']);
  });
});

describe('lone surnames', () => {
  it('gives a surname two people share to the one named last before it', () => {
    const e = entities('Enoch Tulugak also hunts near the bay. His cousin Randall Tulugak runs the camp. Tulugak said the season was long.');
    const mentionTexts = (n: string) => e.named(n)!.mentions.map((m) => m.text);
    expect(mentionTexts('Randall Tulugak')).toContain('Tulugak');
    expect(mentionTexts('Enoch Tulugak')).not.toContain('Tulugak');
  });

  it('makes a lone unknown name that speaks a person: "Ngata said", "according to Haddadi"', () => {
    expect(entities('The board met on Friday. Ngata said the vote would wait.').people.map((p) => p.name)).toContain('Ngata');
    expect(entities('The index rose again. According to Haddadi, the rise will last.').people.map((p) => p.name)).toContain('Haddadi');
  });

  it('gives a surname after a preposition to the person named in full ("astonishment to Bennett")', () => {
    const e = entities('Prime Minister Naftali Bennett met the envoy. The chief expressed astonishment to Bennett about the leak.');
    expect(e.named('Naftali Bennett')!.mentions.map((m) => m.text)).toContain('Bennett');
    // but a preposition before an unknown word alone does not make a person
    expect(entities('The team flew to Tarakan on Monday.').people).toHaveLength(0);
  });

  it('gives a vocabulary-word surname to the person named in full, unless the article writes the word in lower case', () => {
    const withPerson = entities('John Gates opened the fund in May. Like Adeyanju, Gates wants more vaccines.');
    expect(withPerson.named('John Gates')!.mentions.map((m) => m.text)).toContain('Gates');
    const lower = entities('Senator Ann Brown toured the region. The brown hills were dry, and Brown stayed inside.');
    expect(lower.named('Ann Brown')!.mentions.map((m) => m.text)).not.toContain('Brown');
  });

  it('gives a lone surname-only word to a family name written first ("Wang" of Wang Donghai), never to a given name', () => {
    const text = 'Wang Donghai was held. Wang wrote. Chelsea Morgan left. In Chelsea it rained.';
    const at = (w: string, from = 0) => text.indexOf(w, from);
    const cand = (w: string, start: number, method: PersonRule) => ({ start, end: start + w.length, text: w, type: 'person' as const, title: null, method, sentenceInitial: false });
    const clusters = clusterCandidates(text, [cand('Wang Donghai', 0, 'name-shape'), cand('Wang', at('Wang', 5), 'single-surname'), cand('Chelsea Morgan', at('Chelsea'), 'first-name'), cand('Chelsea', at('Chelsea', 50), 'single-surname')]);
    expect(clusters.map((c) => c.mentions.map((m) => m.text))).toEqual([['Wang Donghai', 'Wang'], ['Chelsea Morgan']]);
  });

  it('leaves a nationality in front out of the name ("Australian Tom Moody"), but keeps it in an organisation', () => {
    const e = entities('Australian Tom Moody took six wickets. The Australian Broadcasting Corporation showed the match.');
    expect(e.people.map((p) => p.name)).toEqual(['Tom Moody']);
    expect(e.orgs.map((o) => o.name)).toContain('Australian Broadcasting Corporation');
  });

  it('does not give a month after a preposition to a person of that name', () => {
    const e = entities('Theresa May spoke on Friday. The vote was held in May, and May lost it.');
    const month = e.text.indexOf('May,');
    expect(e.named('Theresa May')!.mentions.map((m) => m.start)).not.toContain(month);
  });

  it('drops an opening connective after a closing quote mark ("… circle. ” Though Arce was")', () => {
    const e = entities('President Luis Arce spoke on Monday. “We were wrong about the old circle.” Though Arce was chosen, he kept his distance.');
    expect(e.named('Luis Arce')!.mentions.map((m) => m.text)).toContain('Arce');
    expect(e.people.map((p) => p.name)).not.toContain('Though Arce');
  });

  it('keeps a lone unknown word that does not speak out of the people', () => {
    expect(entities('The board met on Friday. Ngata was the venue.').people.map((p) => p.name)).not.toContain('Ngata');
  });
});

describe('peoples and faiths', () => {
  it('does not make "the British" or "Rohingya" a person, nor a short name of something named in full', () => {
    const british = entities('In the 18th century, the British had contact with India. The British Empire grew. Later, the British left.');
    expect(british.clusters.flatMap((c) => c.mentions.map((m) => m.text))).not.toContain('British');
    expect(british.people).toHaveLength(0);
    const rohingya = entities('Human Rights Watch said the Rohingya are among the most persecuted. Many Rohingya Al Jazeera spoke to said so. The Rohingya fled.');
    expect(rohingya.people.map((p) => p.name).join(' ')).not.toMatch(/Rohingya/);
  });
});

describe('one entity named two ways', () => {
  it('a two-word family name and the full name it ends are one person: Lorena Paz Akin, Paz Akin', () => {
    const r = analyzeArticle('Lorena Paz Akin opened the clinic in March.\n\n“We treat forty patients a day,” Paz Akin said.');
    expect(r.people.map((p) => [p.name, p.aliases])).toEqual([['Lorena Paz Akin', ['Paz Akin']]]);
  });

  it('an organisation\'s short name is the first word of its full name: Brenta Robotics, Brenta', () => {
    const r = analyzeArticle('Brenta Robotics opened a second plant near Verona.\n\nBrenta said the plant would employ 300 people.');
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([['Brenta Robotics', ['Brenta']]]);
  });
});

/** People's and organisations' names (and aliases) of a whole article. */
function article(text: string) {
  const r = analyzeArticle(text);
  return { people: r.people.map((p) => p.name), orgs: r.organizations.map((o) => o.name), record: r };
}

describe('error kinds of real text (invented sentences)', () => {
  it('finds organisations named without a head word (the knowledge list)', () => {
    const a = article('Hezbollah fired rockets on Monday, and the Bundestag debated the strike. Gazprom and Samsung shares fell, Al Jazeera and Deutsche Welle reported. MI6 and the Pentagon declined to comment.');
    expect(a.orgs).toEqual(expect.arrayContaining(['Hezbollah', 'Bundestag', 'Gazprom', 'Samsung', 'Al Jazeera', 'Deutsche Welle', 'MI6', 'Pentagon']));
    expect(a.people).toEqual([]);
  });
  it('reads coordinated organisations as two, "&" inside one name as one', () => {
    const a = article('Sanctions by the European Union and NATO were discussed. The Treasury and State Department issued a joint note. Procter & Gamble said prices would rise.');
    expect(a.orgs).toEqual(expect.arrayContaining(['European Union', 'NATO', 'Treasury', 'State Department', 'Procter & Gamble']));
    expect(a.orgs.filter((o) => / and /.test(o))).toEqual([]);
  });
  it('finds a famous person named by the surname alone', () => {
    expect(article('Putin told reporters in Moscow that the talks would go on. Putin added that he was ready.').people).toEqual(['Putin']);
  });
  it('keeps middle initials and particles inside a name', () => {
    const a = article('Maria T. Okafor, a lawyer, met Ursula von der Leyen in Brussels. Ahmed al-Sharif and Mohammed bin Rashid joined them later.');
    expect(a.people).toEqual(expect.arrayContaining(['Maria T. Okafor', 'Ursula von der Leyen', 'Ahmed al-Sharif', 'Mohammed bin Rashid']));
  });
  it('keeps a nickname in quote marks inside the person', () => {
    const a = article('The actor Dwayne "The Rock" Johnson arrived on Monday. Johnson said he was happy to be back.');
    expect(a.people).toEqual(['Dwayne "The Rock" Johnson']);
  });
  it('makes no second alias of a name an invisible character splits (soft hyphen, zero-width non-joiner)', () => {
    const a = article('Officials said Hamid Ra\u00ADhimi would attend. Hamid Rahimi later confirmed it. Hamid Ra\u200Chimi also spoke.');
    expect(a.people).toEqual(['Hamid Rahimi']);
    expect(a.record.people[0]!.aliases).toEqual([]);
    // the mentions still give the input's own text
    expect(a.record.people[0]!.mentions.map((m) => m.text)).toContain('Hamid Ra\u00ADhimi');
  });
  it('takes no capitalised non-name for a person: a disease, a mountain, a question\'s modal', () => {
    const a = article('Cases of Hepatitis B rose near Mount Kenya, health officials said on Tuesday. Will the plan work? Nobody knows yet.');
    expect(a.people).toEqual([]);
    expect(a.orgs).toEqual([]);
  });
  it('keeps a Korean or Chinese name with a hyphenated given name the tagger reads otherwise, not a compound ("New York-based")', () => {
    const a = article('"The birds die every winter," Ham Sung-wook, head of the Korea Layer Farmers Council, told reporters. The New York-based fund agreed.');
    expect(a.people).toEqual(['Ham Sung-wook']);
  });
  it('joins an acronym to an organisation named in full after a shorter first mention', () => {
    const a = article('The Varuna rose on Monday. Officials of the Varuna Basin Monitoring Authority (VBMA) said the VBMA would warn villages.');
    const org = a.record.organizations.find((o) => o.name === 'Varuna Basin Monitoring Authority');
    expect(org?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Varuna Basin Monitoring Authority', 'VBMA']));
    expect(a.orgs.filter((o) => o === 'VBMA')).toEqual([]);
  });
  it('reads a listed ministry whole in text tokenised with spaces, and two organisations joined by "and" as two', () => {
    const spaced = article('Officials of the Ministry of Education , Tertiary Education , Science and Technology met on Monday .');
    expect(spaced.orgs).toEqual(['Ministry of Education , Tertiary Education , Science and Technology']);
    const two = article('The Ministry of Finance and the Bank of Ghana agreed on the plan on Monday.');
    expect(two.orgs).toEqual(expect.arrayContaining(['Ministry of Finance', 'Bank of Ghana']));
  });
});

describe('seats of government', () => {
  it('the Kremlin, the White House speak as organisations, though the tagger reads them as places', () => {
    const r = analyzeArticle('MOSCOW (Reuters) - The Kremlin said on Tuesday that the talks in Geneva would continue. Kremlin spokesman Ivan Orlov said the date was not set.\n\nWASHINGTON - The White House said it would respond to the offer next week.');
    const orgs = r.organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(['Kremlin', 'White House']));
    expect(r.quotes[0]!.speaker?.entityId).toBe(r.organizations.find((o) => o.name === 'Kremlin')!.id);
  });
});
