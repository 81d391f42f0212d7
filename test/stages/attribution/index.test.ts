import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleAnalysis, type Entity } from '../../../src/index.js';
import { isSubject } from '../../../src/stages/attribution/index.js';
import { normalize } from '../../../src/stages/normalize.js';
import { runPipeline } from '../../../src/pipeline.js';
import { AnalyzeOptionsSchema } from '../../../src/schema.js';

/** The stages as analyzeArticle runs them, each stage's annotations frozen before the next
 *  runs (a stage that changed another's would throw). */
function stages(input: string) {
  const doc = normalize(input);
  const a = runPipeline(doc, AnalyzeOptionsSchema.parse({}), { freeze: true });
  return { text: doc.text, quotes: a.attribution.quotes, clusters: a.entities, speakers: a.attribution.speakers, attribution: a.attribution };
}

const byId = (r: ArticleAnalysis, id: string | null | undefined): Entity | undefined => [...r.people, ...r.organizations].find((e) => e.id === id);
const person = (r: ArticleAnalysis, name: string): Entity => {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${r.people.map((x) => x.name).join(', ')}`);
  return p;
};
const speakerOf = (r: ArticleAnalysis, i: number) => {
  const q = r.quotes[i];
  if (!q) throw new Error(`no quote ${i}: ${r.quotes.length} quotes`);
  return q.speaker;
};

const SARAH_THEN_JOHN =
  '“The budget for the new school is already approved,” Sarah Collins said.\n\n' + '“The roads will be repaired before winter,” John Miller said.\n\n';

describe('attribution: names', () => {
  it('resolves an explicit name next to the cue to that person', () => {
    const r = analyzeArticle('“The budget for the new school is already approved,” Sarah Collins said.');
    expect(r.quotes).toHaveLength(1);
    const s = speakerOf(r, 0)!;
    const p = person(r, 'Sarah Collins');
    expect(s).toMatchObject({ name: 'Sarah Collins', entityId: p.id, method: 'explicit' });
    expect(s.mention!.text).toBe('Sarah Collins');
    expect(s.confidence).toBeGreaterThan(0.9);
  });

  it('resolves an explicit name with a title to the person, not to the title', () => {
    const r = analyzeArticle('“The talks were useful and open,” Foreign Minister Aigerim Sultanova said.');
    const p = person(r, 'Aigerim Sultanova');
    expect(speakerOf(r, 0)).toMatchObject({ name: 'Aigerim Sultanova', entityId: p.id, method: 'explicit' });
  });

  it('after an inverted cue, "X of Y" keeps the person X as the speaker, not the organisation Y', () => {
    const r = analyzeArticle('“We are close to a deal,” said Daniel Okafor of Harbour Freight Bank.');
    expect(speakerOf(r, 0)).toMatchObject({ name: 'Daniel Okafor', entityId: person(r, 'Daniel Okafor').id });
  });

  it('after an inverted cue, a title with its complement ("Ambassador to the United States") runs on to the name', () => {
    const r = analyzeArticle('“It is a good day,” said Ambassador to the United Nations Rustam Temirov.');
    expect(speakerOf(r, 0)!.mention!.text).toMatch(/Rustam Temirov$/);
  });
});

describe('attribution: pronouns', () => {
  it('"she" resolves to the only woman when a man spoke last', () => {
    const r = analyzeArticle(SARAH_THEN_JOHN + '“We will hire twenty new teachers,” she said.');
    expect(r.quotes).toHaveLength(3);
    const sarah = person(r, 'Sarah Collins');
    expect(speakerOf(r, 1)!.entityId).toBe(person(r, 'John Miller').id);
    expect(speakerOf(r, 2)).toMatchObject({ name: 'Sarah Collins', entityId: sarah.id, method: 'pronoun' });
    expect(speakerOf(r, 2)!.mention!.text).toBe('she');
  });

  it('"he" resolves to the previous male speaker', () => {
    const r = analyzeArticle(SARAH_THEN_JOHN + '“We have waited long enough for this,” he said.');
    const john = person(r, 'John Miller');
    expect(speakerOf(r, 2)).toMatchObject({ name: 'John Miller', entityId: john.id, method: 'pronoun' });
  });

  it('"he" skips a woman who spoke in between and finds the previous man', () => {
    const r = analyzeArticle(
      '“The roads will be repaired before winter,” John Miller said.\n\n' +
        '“The budget for the new school is already approved,” Sarah Collins said.\n\n' +
        '“We have waited long enough for this,” he said.',
    );
    expect(speakerOf(r, 2)).toMatchObject({ entityId: person(r, 'John Miller').id, method: 'pronoun' });
  });

  it('"he" is the man who was the subject since the last quote, not one named as an object', () => {
    const r = analyzeArticle(
      '“The roads will be repaired before winter,” John Miller said.\n\n' +
        'Daniel Okoro shrugged when reporters mentioned Mayor Peter Grant.\n\n' +
        '“Nobody at city hall listens to drivers,” he said.',
    );
    expect(r.quotes).toHaveLength(2);
    expect(speakerOf(r, 1)).toMatchObject({ entityId: person(r, 'Daniel Okoro').id, method: 'pronoun' });
  });

  it('isSubject: a name that opens its sentence or is followed by a verb, not a possessive or an object', () => {
    const t = 'Guest said the wait was long. Officials met Mayor Tory on Monday. Scheer found it odd. It was Ahmed’s plan.';
    const at = (w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
    expect(isSubject(t, at('Guest'))).toBe(true);
    expect(isSubject(t, at('Scheer'))).toBe(true);
    expect(isSubject(t, at('Tory'))).toBe(false);
    expect(isSubject(t, at('Ahmed'))).toBe(false);
  });

  it('"According to her, …" is an indirect quote resolved by the pronoun', () => {
    const r = analyzeArticle(SARAH_THEN_JOHN + 'According to her, the money will arrive in March.');
    const q = r.quotes[2]!;
    expect(q.kind).toBe('indirect');
    expect(q.text).toBe('the money will arrive in March');
    expect(q.cue!.text).toBe('According to');
    expect(q.speaker).toMatchObject({ name: 'Sarah Collins', entityId: person(r, 'Sarah Collins').id, method: 'pronoun' });
    expect(q.speaker!.mention!.text).toBe('her');
  });

  it('adds the resolved pronoun to the entity\'s mentions with kind "pronoun"', () => {
    const input = SARAH_THEN_JOHN + '“We will hire twenty new teachers,” she said.';
    const r = analyzeArticle(input);
    const sarah = person(r, 'Sarah Collins');
    const she = sarah.mentions.filter((m) => m.kind === 'pronoun');
    expect(she).toEqual([{ start: input.lastIndexOf('she'), end: input.lastIndexOf('she') + 3, text: 'she', kind: 'pronoun' }]);
    // and not to the man
    expect(person(r, 'John Miller').mentions.every((m) => m.kind === 'name')).toBe(true);
    // a pronoun is no alias
    expect(sarah.aliases).not.toContain('she');
  });
});

describe('attribution: descriptions', () => {
  it('"the speaker added" resolves to the previous speaker', () => {
    const r = analyzeArticle('“The budget for the new school is already approved,” Sarah Collins said.\n\n“We expect more pupils this year,” the speaker added.');
    expect(speakerOf(r, 1)).toMatchObject({ name: 'Sarah Collins', entityId: person(r, 'Sarah Collins').id, method: 'description' });
    expect(speakerOf(r, 1)!.mention!.text).toBe('the speaker');
  });

  it('"the minister said" resolves to the person whose role has "minister" although another person spoke in between', () => {
    const r = analyzeArticle(
      '“The talks were useful and open,” Foreign Minister Aigerim Sultanova said.\n\n' +
        '“The roads will be repaired before winter,” John Miller said.\n\n' +
        '“We will sign the agreement in May,” the minister said.',
    );
    const minister = person(r, 'Aigerim Sultanova');
    expect(minister.roles!.map((x) => x.title)).toEqual(['Foreign Minister']);
    expect(speakerOf(r, 2)).toMatchObject({ name: 'Aigerim Sultanova', entityId: minister.id, method: 'description' });
  });

  it('"the ministry said" resolves to the organisation "Ministry of Energy"', () => {
    const r = analyzeArticle('Officials of the Ministry of Energy met the workers to discuss fuel prices.\n\n“Prices will remain stable through the winter,” the ministry said.');
    const ministry = r.organizations.find((o) => o.name === 'Ministry of Energy');
    expect(ministry).toBeDefined();
    expect(r.quotes[0]).toMatchObject({ kind: 'direct', text: 'Prices will remain stable through the winter,' });
    expect(speakerOf(r, 0)).toMatchObject({ name: 'Ministry of Energy', entityId: ministry!.id, method: 'description' });
  });

  it('adds resolved descriptions to the entity\'s mentions with kind "description"', () => {
    const input = 'Officials of the Ministry of Energy met the workers to discuss fuel prices.\n\n“Prices will remain stable through the winter,” the ministry said.';
    const r = analyzeArticle(input);
    const ministry = r.organizations.find((o) => o.name === 'Ministry of Energy')!;
    const at = input.indexOf('the ministry');
    expect(ministry.mentions.filter((m) => m.kind === 'description')).toEqual([{ start: at, end: at + 12, text: 'the ministry', kind: 'description' }]);
  });

  it('"the company said" resolves to the organisation named last, never to the wire credit', () => {
    const r = analyzeArticle('MILAN (ANSA) - Brenta Robotics Corp. will open a second plant near Verona next year.\n\n“Demand for our arms has doubled since spring,” the company said.');
    const org = r.organizations.find((o) => /Brenta/.test(o.name));
    expect(org).toBeDefined();
    expect(speakerOf(r, 0)).toMatchObject({ entityId: org!.id, method: 'description' });
  });

  it('the owner of a document speaks for it: "according to the union\'s Friday release"', () => {
    const r = analyzeArticle('Workers at the plant voted to join the Northern Food Workers Union on Thursday.\n\nMost of them backed the move, according to the union\'s Friday release.');
    const union = r.organizations.find((o) => /Union/.test(o.name));
    expect(union).toBeDefined();
    expect(speakerOf(r, r.quotes.length - 1)).toMatchObject({ entityId: union!.id });
  });

  it('"The Canadian government said" is not the Australian Government named before', () => {
    const r = analyzeArticle('The Australian Government announced new visa rules on Monday.\n\nThe Canadian government said the detentions were arbitrary.');
    const q = r.quotes.find((x) => x.text === 'the detentions were arbitrary');
    expect(q?.speaker).toMatchObject({ name: 'The Canadian government', entityId: null, method: 'description' });
    expect(r.organizations.map((o) => o.name)).toEqual(['Australian Government']);
  });

  it('"the rookie defenceman said" after a paragraph about a player goes to that player', () => {
    const r = analyzeArticle('Edmonton answered two minutes later when Caleb Jones scored his first career goal.\n\n“It was a bad night for all of us,” said the rookie defenceman.');
    expect(speakerOf(r, 0)).toMatchObject({ entityId: person(r, 'Caleb Jones').id, method: 'description' });
  });

  it('an unnamed "a police spokesman said" stays as written, linked to nothing', () => {
    const r = analyzeArticle('“Two people were detained near the station,” a police spokesman said.');
    const s = speakerOf(r, 0)!;
    expect(s).toMatchObject({ name: 'a police spokesman', entityId: null, method: 'description' });
    expect(s.mention!.text).toBe('a police spokesman');
    expect(r.people).toEqual([]);
  });
});

describe('attribution: quotes without their own cue', () => {
  it('carries the speaker forward to a fully quoted follow-on paragraph', () => {
    const r = analyzeArticle('“The budget for the new school is already approved,” Sarah Collins said.\n\n“The money will go to the teachers and to the new library in the north.”');
    expect(r.quotes).toHaveLength(2);
    const q = r.quotes[1]!;
    expect(q.cue).toBeNull();
    expect(q.speaker).toMatchObject({ name: 'Sarah Collins', entityId: person(r, 'Sarah Collins').id, method: 'carry-forward', mention: null });
    expect(q.speaker!.confidence).toBeLessThan(speakerOf(r, 0)!.confidence);
  });

  it('does not carry a speaker across a paragraph of narration', () => {
    const r = analyzeArticle(
      '“The budget for the new school is already approved,” Sarah Collins said.\n\n' +
        'The school will open in the autumn with three hundred pupils and a new library.\n\n' +
        'The council met on Monday to discuss the roads and the new bridge.\n\n' +
        '“The money will go to the teachers and to the new library in the north.”',
    );
    const last = r.quotes[r.quotes.length - 1]!;
    expect(last.text).toBe('The money will go to the teachers and to the new library in the north.');
    expect(last.speaker).toBeNull();
  });

  it('gives the second part of a split quote the speaker of the first, by the continues sieve', () => {
    const r = analyzeArticle('“The budget for the new school is already approved,” Sarah Collins said, “and the money will go to the teachers.”');
    expect(r.quotes).toHaveLength(2);
    const [a, b] = [r.quotes[0]!, r.quotes[1]!];
    expect(b.text).toBe('and the money will go to the teachers.');
    expect(a.speaker!.method).toBe('explicit');
    expect(b.speaker).toMatchObject({ name: a.speaker!.name, entityId: a.speaker!.entityId, method: 'continues', mention: a.speaker!.mention });
  });

  it('continues the speaker to the next sentence after "said John Miller." in the same paragraph', () => {
    // "Miller. “…”": a sentence end before the mark, not a name like RTK “Qazaqstan”
    const r = analyzeArticle('“The budget for the new school is already approved,” said John Miller. “The money will go to the teachers first.”');
    expect(r.quotes.map((q) => q.text)).toEqual(['The budget for the new school is already approved,', 'The money will go to the teachers first.']);
    expect(speakerOf(r, 1)).toMatchObject({ entityId: person(r, 'John Miller').id, method: 'continues' });
  });

  it('keeps a paragraph-opening quote direct after a paragraph ending in a capitalised word', () => {
    // "Monday.\n\n“The …": a sentence end before the mark, not a name like RTK “Qazaqstan”
    const r = analyzeArticle('“The budget for the new school is already approved,” Sarah Collins said on Monday.\n\n“The roads will be repaired before winter,” John Miller said.');
    expect(r.quotes[1]).toMatchObject({ kind: 'direct', text: 'The roads will be repaired before winter,' });
    expect(speakerOf(r, 1)).toMatchObject({ entityId: person(r, 'John Miller').id, method: 'explicit' });
  });
});

describe('attribution: stage level and invariants', () => {
  it('resolves through the composed stages; the pronoun mention is its own annotation, the clusters stay as found', () => {
    const { text, quotes, clusters, speakers, attribution } = stages(SARAH_THEN_JOHN + '“We will hire twenty new teachers,” she said.');
    expect(speakers).toHaveLength(quotes.length);
    const sarah = clusters.find((c) => c.name === 'Sarah Collins')!;
    expect(speakers.map((s) => [s?.entity?.name ?? null, s?.method ?? null])).toEqual([
      ['Sarah Collins', 'explicit'],
      ['John Miller', 'explicit'],
      ['Sarah Collins', 'pronoun'],
    ]);
    expect(speakers[2]!.entity).toBe(sarah);
    expect(sarah.mentions.some((m) => m.kind === 'pronoun')).toBe(false);
    const pron = attribution.mentions.get(sarah)!.find((m) => m.kind === 'pronoun')!;
    expect(text.slice(pron.start, pron.end)).toBe('she');
    expect(attribution.genders.get(sarah) ?? sarah.gender).toBe('female');
  });

  it('a quote paragraph with no cue after a paragraph of narration goes to the person who was its subject', () => {
    const r = analyzeArticle('Terry Chapman has worked as a paramedic in the county for twenty years.\n\n“We cannot keep losing people while ambulances wait at the door.”');
    expect(speakerOf(r, 0)).toMatchObject({ entityId: person(r, 'Terry Chapman').id, method: 'paragraph-subject' });
    expect(speakerOf(r, 0)!.confidence).toBeLessThan(0.7);
  });

  it('returns null for a quote with no speaker at all', () => {
    const { text, speakers, quotes } = stages('The council met on Monday.\n\nIt discussed the “very difficult and expensive question of the old bridge across the river.”');
    expect(quotes.map((q) => [text.slice(q.content.start, q.content.end), q.kind])).toEqual([['very difficult and expensive question of the old bridge across the river.', 'direct']]);
    expect(speakers).toEqual([null]);
  });

  it('keeps every speaker confidence within 0..1 and every entityId pointing at an entity', () => {
    const articles = [
      SARAH_THEN_JOHN + '“We will hire twenty new teachers,” she said.\n\nAccording to her, the money will arrive in March.',
      '“Two people were detained near the station,” a police spokesman said.\n\n“They will appear in court on Friday,” they said.',
      'Officials of the Ministry of Energy met the workers to discuss fuel prices.\n\n“Prices will remain stable through the winter,” the ministry said.\n\n“It is a fair deal,” it said.',
      '“The budget for the new school is already approved,” Sarah Collins said, “and the money will go to the teachers.”\n\n“The rest will go to the library in the north of the city.”',
    ];
    let seen = 0;
    for (const a of articles) {
      const r = analyzeArticle(a);
      for (const q of r.quotes) {
        if (!q.speaker) continue;
        seen++;
        expect(q.speaker.confidence).toBeGreaterThanOrEqual(0);
        expect(q.speaker.confidence).toBeLessThanOrEqual(1);
        if (q.speaker.entityId !== null) expect(byId(r, q.speaker.entityId)).toBeDefined();
      }
    }
    expect(seen).toBeGreaterThanOrEqual(10);
  });

  it('is deterministic', () => {
    const a = SARAH_THEN_JOHN + '“We will hire twenty new teachers,” she said.';
    expect(JSON.stringify(analyzeArticle(a).quotes)).toBe(JSON.stringify(analyzeArticle(a).quotes));
  });
});

describe('what must work: headlines, dash credits, lead-ins, marks of other scripts', () => {
  const speakerOfLast = (t: string) => {
    const r = analyzeArticle(t);
    const q = r.quotes[r.quotes.length - 1];
    return { r, q, said: q ? t.slice(q.start, q.end) : null };
  };

  it('"Starmer: …" in a headline is an indirect quote by the person named in the story', () => {
    const { r, q, said } = speakerOfLast('Starmer: We will rebuild the country brick by brick\n\nLONDON (Reuters) - Prime Minister Keir Starmer on Monday promised voters a decade of renewal.');
    expect(r.quotes).toHaveLength(1);
    expect(said).toBe('We will rebuild the country brick by brick');
    expect(q).toMatchObject({ kind: 'indirect', speaker: { name: 'Keir Starmer', method: 'headline' } });
  });

  it('"…, minister says" in a headline goes to the minister of the story', () => {
    const t = 'Inflation will fall by spring, minister says\n\nBERLIN (Reuters) - Germany\'s finance minister Lars Klingbeil said on Monday prices would ease.';
    const q = analyzeArticle(t).quotes[0]!;
    expect(t.slice(q.start, q.end)).toBe('Inflation will fall by spring');
    expect(q.speaker).toMatchObject({ name: 'Lars Klingbeil', method: 'headline' });
  });

  it('"Obama on Climate Change: …" names Obama, not the topic', () => {
    const r = analyzeArticle('Obama on Climate Change: The Trends Are Terrifying\n\nWASHINGTON (AP) - President Barack Obama warned on Friday that the trends were alarming.');
    expect(r.quotes[0]?.speaker?.mention?.text).toBe('Obama');
  });

  it('a headline label that names no person or organisation of the story is a topic, not a speaker', () => {
    for (const t of [
      'Ukraine: Russian strikes hit the power grid overnight\n\nKYIV (Reuters) - Russian missiles hit power plants across the country on Friday, officials said.',
      'Markets: Stocks slip as investors weigh the outlook\n\nNEW YORK (AP) - Stocks slipped on Monday as traders waited for the jobs report.',
    ]) {
      expect(analyzeArticle(t).quotes.filter((q) => q.speaker?.method === 'headline')).toEqual([]);
    }
  });

  it('a dash credit after a quote names the speaker', () => {
    const { q } = speakerOfLast('The commission met on Thursday.\n\n“The rules protect consumers and must be enforced.” -Commissioner Geoffrey Starks');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Geoffrey Starks', method: 'dash-credit' } });
  });

  it('a colon lead-in standing as its own paragraph introduces the next quote', () => {
    const { q } = speakerOfLast('The commission voted 3-2 on Thursday to restore the rules after a long debate.\n\nAnd from Chairwoman Jessica Rosenworcel:\n\n“Today we take action to protect consumers.”');
    expect(q?.speaker?.name).toBe('Jessica Rosenworcel');
  });

  it('Japanese corner marks 「」 and 『』 enclose quotes, counted by characters', () => {
    const t = '政府は来月、新しい計画を発表する。首相は「これは非常に重要な決定です」と述べた。官房長官も『改革は続く』と語った。';
    expect(analyzeArticle(t).quotes.map((x) => t.slice(x.start, x.end))).toEqual(['これは非常に重要な決定です', '改革は続く']);
  });
});

describe('attribution: what a pronoun does not refer to', () => {
  it('a name inside the quoted words is not the speaker of "he said"', () => {
    const r = analyzeArticle('Council member Piet Adams defended the plan on Monday.\n\n“Omar Haddad has done excellent work on this budget,” he said.');
    expect(speakerOf(r, 0)).toMatchObject({ name: 'Piet Adams', method: 'pronoun' });
  });

  it('a name inside the reported clause is not the speaker of ", he said"', () => {
    const r = analyzeArticle('Kremlin aide Pavel Orlov spoke to reporters on Friday.\n\nMinister Ivan Sorokin has been receiving reports about the talks every day, he said.');
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['Minister Ivan Sorokin has been receiving reports about the talks every day', 'Pavel Orlov']]);
  });
});

describe('attribution: "they" and "it"', () => {
  it('"they" after people in general who spoke is those people', () => {
    const r = analyzeArticle('Foreign bankers said they expected the loans to be repaid by March.\n\nThey added that the interest rates would stay where they were for the whole year.');
    expect(r.quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name, q.speaker?.method])).toEqual([
      ['they expected the lo', 'Foreign bankers', 'description'],
      ['the interest rates w', 'Foreign bankers', 'pronoun'],
    ]);
  });

  it('"it" is the organisation just named as a subject', () => {
    const r = analyzeArticle('The Lakeland Water Board restored supplies to most homes on Friday after a week of repairs.\n\n“Crews worked through the night to finish the job,” it said.');
    expect(speakerOf(r, 0)).toMatchObject({ name: 'Lakeland Water Board', method: 'pronoun' });
  });
});

describe('attribution: descriptions that refer back', () => {
  it('an unnamed source keeps the words it was introduced with: "A senior diplomat said … the diplomat added"', () => {
    const r = analyzeArticle('Foreign Minister Ana Lind met her counterpart on Monday.\n\n“There is no movement at all,” Ana Lind said.\n\nA senior diplomat said the talks had stalled over the border question.\n\n“Nobody wants to give ground first,” the diplomat added.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'A senior diplomat', entityId: null, method: 'description' });
  });

  it('a nationality must agree: "the Russian leader" after Putin met Xi is Putin', () => {
    const r = analyzeArticle('Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday.\n\nThe Russian leader said the talks had been useful and frank.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'Vladimir Putin', method: 'description' });
  });

  it('people in the plural are no one person: "the players said"', () => {
    const r = analyzeArticle('Coach Jordan Stewart praised his team after the final on Sunday.\n\nThe players said the victory belonged to the whole town.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'The players', entityId: null });
  });
});

describe('attribution: a pronoun after a reported clause that names someone', () => {
  it('"X said he was surprised that Y became available. “…,” he said" is X\'s', () => {
    const r = analyzeArticle('Bajin said he was injured in January.\n\nFissette said he was "very surprised" that Bajin became available. “They had an excellent relationship,” he said.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'Fissette', method: 'pronoun' });
  });
});

describe('attribution: a described speaker is not someone named inside the previous quote', () => {
  it('"said the linguist" after a quote about the defendant: the linguist who spoke, not the defendant', () => {
    const r = analyzeArticle('“The phrase is an insult,” Yuri Khomyakov said, adding that Strukov was calling for violence.\n\n“The lexeme implies an end,” said the linguist.');
    expect(r.quotes.at(-1)!.speaker!.name).toBe('Yuri Khomyakov');
  });
});

describe('attribution: a pronoun after a sentence whose subject is a description', () => {
  it('"The prime minister used an address …" then "…," he said: the prime minister', () => {
    const r = analyzeArticle('Prime Minister Keir Starmer met his ministers on Monday. Defence Secretary John Healey spoke after him.\n\nThe prime minister used an address to the cabinet on Tuesday to praise the resilience of Ukraine.\n\n“It is about our values of freedom and democracy,” he said.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'Keir Starmer', method: 'pronoun' });
  });

  it('a description no one named fits is the speaker as written, not the person named last', () => {
    const r = analyzeArticle('Defence Secretary John Healey hit out at the Kremlin, saying the war had been "four years of failure" for it.\n\nThe prime minister used an address to the cabinet on Tuesday to praise the resilience of Ukraine.\n\n“It is about our values of freedom and democracy,” he said.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'The prime minister', entityId: null, method: 'pronoun' });
    expect(r.quotes.at(-1)!.speaker!.confidence).toBeLessThan(0.8);
  });
});

describe('attribution: an office one person holds is not the previous speaker of another role', () => {
  it('"the prime minister said" after Defence Secretary John Healey spoke: unresolved', () => {
    const r = analyzeArticle('“The war has been four years of failure,” Defence Secretary John Healey said on Tuesday.\n\nThe prime minister said the conflict was not a remote one.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'The prime minister', entityId: null, method: 'description' });
  });

  it('"said the Sale player" after a paragraph opened by another player: that player, not the previous speaker', () => {
    const r = analyzeArticle('“The whistle went and I let go of the ball,” Josh Lewsey told reporters.\n\nMark Cueto was also puzzled by the decision. “I was behind the ball,” said the Sale player.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'Mark Cueto', method: 'description' });
  });

  it('"the minister said" after an MP spoke is still that MP', () => {
    const r = analyzeArticle('“We will not back down,” Labour MP Hazel Grant said on Tuesday.\n\nThe minister said the bill would pass before the summer.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'Hazel Grant', method: 'description' });
  });
});

describe('attribution: a description that announces the person the story then names', () => {
  it('"The President stressed that …" before the story names President Vladimir Putin', () => {
    const r = analyzeArticle('The President stressed that Moscow would go on with its plans for the new year.\n\nMOSCOW, December 26. /TASS/. Russian President Vladimir Putin told reporters that the talks would continue.');
    expect(r.quotes[0]!.speaker).toMatchObject({ name: 'Vladimir Putin', method: 'description' });
  });
});

describe('attribution: a role in apposition before a name', () => {
  it('"The prosecutor, Svetlana Tarasova, asked …" then "the prosecutor said": Tarasova', () => {
    const r = analyzeArticle('The prosecutor, Svetlana Tarasova, asked for six years in prison.\n\n“The court must be strict,” the prosecutor said.');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'Svetlana Tarasova', method: 'description' });
    expect(r.people[0]!.roles!.map((x) => x.title)).toContain('prosecutor');
  });
});

describe('attribution: subjects after an opening clause, and narration between quotes', () => {
  it('"While reading …, the prosecutor paused before clarifying: “…”": the prosecutor', () => {
    const r = analyzeArticle('Prosecutor Svetlana Tarasova read the case aloud.\n\nWhile reading the case files in court, the prosecutor paused before clarifying: “Well, I mean the president.”');
    expect(r.quotes.at(-1)!.speaker).toMatchObject({ name: 'Svetlana Tarasova' });
  });

  it('a quote with no cue after narration about another person is theirs, not the previous speaker\'s', () => {
    const r = analyzeArticle('“The budget is fine,” said Mayor Tom Ruiz.\n\nCouncillor Ada Park disagrees. “We cannot afford a second arena.”');
    expect(r.quotes.map((q) => [q.speaker?.name, q.speaker?.method])).toEqual([
      ['Tom Ruiz', 'explicit'],
      ['Ada Park', 'narration-subject'],
    ]);
  });
});
