import { describe, expect, it } from 'vitest';
import { scanQuoteMarks } from '../../../src/stages/quotes/marks.js';
import { speakerAfter } from '../../../src/stages/quotes/speaker-np.js';
import { findQuotes } from '../../../src/stages/quotes/index.js';
import { normalize } from '../../../src/stages/normalize.js';
import { segment, type Paragraph } from '../../../src/stages/segment.js';
import type { TextRange } from '../../../src/document.js';

function scan(input: string) {
  const doc = normalize(input);
  const { paragraphs } = segment(doc);
  const r = scanQuoteMarks(doc.text, paragraphs);
  const t = (x: TextRange) => doc.text.slice(x.start, x.end);
  return { ...r, text: doc.text, t, contents: r.quotes.map((q) => t(q.content)) };
}

function quotes(input: string, inScope: (p: Paragraph) => boolean = () => true) {
  const doc = normalize(input);
  const { paragraphs, sentences } = segment(doc);
  const r = findQuotes(doc.text, paragraphs, sentences.filter((s) => inScope(paragraphs[s.paragraph]!)), inScope);
  const t = (x: TextRange | null) => (x ? doc.text.slice(x.start, x.end) : null);
  return { ...r, t };
}

describe('scanQuoteMarks', () => {
  it('pairs curly double marks and records their positions', () => {
    const r = scan('“We are ready,” she said.');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(r.t(q.content)).toBe('We are ready,');
    expect([q.open, q.close, q.openMark, q.closeMark, q.depth, q.paragraphs]).toEqual([0, 14, '“', '”', 0, [0]]);
    expect(r.diagnostics).toEqual([]);
  });

  it('nests same-type curly marks: the inner quote has depth 1 inside the outer one', () => {
    const r = scan('“The law “On Media” was adopted,” he said.');
    expect(r.quotes.map((q) => [r.t(q.content), q.depth])).toEqual([
      ['The law “On Media” was adopted,', 0],
      ['On Media', 1],
    ]);
    expect(r.quotes.filter((q) => q.depth === 0)).toHaveLength(1);
  });

  it('pairs German „…“ marks', () => {
    const r = scan('„Wir sind bereit“, sagte sie, „und wir warten.“');
    expect(r.quotes.map((q) => [q.openMark, q.closeMark, r.t(q.content)])).toEqual([
      ['„', '“', 'Wir sind bereit'],
      ['„', '“', 'und wir warten.'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('nests German single marks ‚…‘ inside „…“', () => {
    const r = scan('Er sagte: „Das Gesetz ‚Über Medien‘ ist gut.“');
    expect(r.quotes.map((q) => [r.t(q.content), q.depth])).toEqual([
      ['Das Gesetz ‚Über Medien‘ ist gut.', 0],
      ['Über Medien', 1],
    ]);
  });

  it('pairs spaced guillemets « … » and trims the content', () => {
    const r = scan('Il a dit : « Nous sommes prêts. »');
    expect(r.quotes.map((q) => [q.openMark, q.closeMark, r.t(q.content)])).toEqual([['«', '»', 'Nous sommes prêts.']]);
  });

  it('pairs straight double quotes', () => {
    const r = scan('He said "We are ready." Then he left.');
    expect(r.quotes.map((q) => [q.openMark, q.closeMark, r.t(q.content)])).toEqual([['"', '"', 'We are ready.']]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(scan('It’s the Editors’ Club, he said.').quotes).toEqual([]);
    const inside = scan('“It’s the Editors’ Club,” he said.');
    expect(inside.contents).toEqual(['It’s the Editors’ Club,']);
    const single = scan('The players’ union and the Editors’ Club called it ‘the deal’ on Monday.');
    expect(single.contents).toEqual(['the deal']);
    expect(single.diagnostics).toEqual([]);
  });

  it('continues a quote into the next paragraph when that paragraph opens with a mark', () => {
    const r = scan('“We will rebuild the bridge by spring.\n\n“Then we will open a school,” she said.');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.paragraphs).toEqual([0, 1]);
    expect(q.closeMark).toBe('”');
    expect(r.t(q.content).startsWith('We will rebuild the bridge by spring.')).toBe(true);
    expect(r.t(q.content).endsWith('Then we will open a school,')).toBe(true);
    expect(r.diagnostics).toEqual([]);
  });

  it('reports an unclosed curly quote and keeps it up to the paragraph end', () => {
    const r = scan('“This quote never closes.\n\nThe next paragraph is plain.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.closeMark).toBeNull();
    expect(r.contents).toEqual(['This quote never closes.']);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.code).toBe('quote/unclosed');
    expect(d.severity).toBe('warning');
    expect(r.t(d.range!)).toBe('“This quote never closes.');
  });

  it('reports an unclosed straight quote without inventing a quote', () => {
    const r = scan('He said: "It is unclosed and never ends.');
    expect(r.quotes).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, r.t(d.range!)])).toEqual([['quote/unclosed', '"It is unclosed and never ends.']]);
  });
});

describe('findQuotes: titles and scare quotes', () => {
  it('treats a title in marks after "the law" as a title, not a quote', () => {
    const r = quotes('The parliament passed the law “On Mass Media and Public Information” last year.');
    expect(r.quotes).toEqual([]);
    expect(r.titles.map(r.t)).toEqual(['On Mass Media and Public Information']);
  });

  it('treats a name in marks after an acronym as a title, not a quote', () => {
    const r = quotes('He works at the channel RTK “Qazaqstan” in the capital.');
    expect(r.quotes).toEqual([]);
    expect(r.titles.map(r.t)).toEqual(['Qazaqstan']);
  });

  it('drops a short scare quote with no cue', () => {
    const r = quotes('The plan was a “total success” for the city.');
    expect(r.quotes).toEqual([]);
    expect(r.titles.map(r.t)).toEqual(['total success']);
  });

  it('keeps a short quote that has a cue', () => {
    const r = quotes('“Never,” she said.');
    expect(r.quotes.map((q) => [q.kind, r.t(q.content), r.t(q.cue)])).toEqual([['direct', 'Never,', 'said']]);
  });

  it('does not make a separate quote of nested marks', () => {
    const r = quotes('“The law “On Media” was adopted last year,” he said.');
    expect(r.quotes).toHaveLength(1);
    expect(r.t(r.quotes[0]!.content)).toBe('The law “On Media” was adopted last year,');
    expect(r.t(r.quotes[0]!.speaker)).toBe('he');
  });
});

describe('findQuotes: direct quotes', () => {
  it('finds an inverted cue and the speaker name after it', () => {
    const r = quotes('“We will open a new school next year,” said Asel Karaulova, president of the Readers’ Club.');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.marks).toEqual({ open: '“', close: '”' });
    expect(r.t(q.content)).toBe('We will open a new school next year,');
    expect(r.t(q.markRange)).toBe('“We will open a new school next year,”');
    expect(r.t(q.cue)).toBe('said');
    expect(q.speaker).toMatchObject({ kind: 'name', text: 'Asel Karaulova' });
    expect(r.t(q.speaker)).toBe('Asel Karaulova');
    expect(q.method).toBe('explicit');
    expect(q.continues).toBeNull();
  });

  it('finds a pronoun speaker before the cue', () => {
    const r = quotes('“We will open a new school next year,” she said.');
    expect(r.quotes).toHaveLength(1);
    expect(r.t(r.quotes[0]!.cue)).toBe('said');
    expect(r.quotes[0]!.speaker).toMatchObject({ kind: 'pronoun', text: 'she' });
  });

  it('finds a description speaker before the cue', () => {
    const r = quotes('“This will be a hard winter for the farmers of the region,” the minister warned.');
    expect(r.t(r.quotes[0]!.cue)).toBe('warned');
    expect(r.quotes[0]!.speaker).toMatchObject({ kind: 'description', text: 'the minister' });
  });

  it('finds the cue of a split quote once, for its first part', () => {
    const r = quotes('“We will open a school,” he said, “and then a library.”');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['We will open a school,', 'and then a library.']);
    expect(r.t(r.quotes[0]!.cue)).toBe('said');
    expect(r.quotes[0]!.speaker).toMatchObject({ kind: 'pronoun', text: 'he' });
    expect(r.quotes[0]!.continues).toBeNull();
  });

  it('links the second part of a split quote “A,” he said, “B.” to the first', () => {
    const r = quotes('“We will open a school,” he said, “and then a library.”');
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[1]!.continues).toBe(0);
  });

  it('links a quote that continues in the next sentence after the cue', () => {
    const r = quotes('“We will open a school,” he said. “Then we will build a library.”');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['We will open a school,', 'Then we will build a library.']);
    expect(r.quotes[1]!.continues).toBe(0);
    expect(r.quotes[1]!.speaker).toBeNull();
  });

  it('finds a colon lead-in: X said: “…”', () => {
    const r = quotes('The mayor said: “We will rebuild the bridge by spring.”');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(r.t(q.content)).toBe('We will rebuild the bridge by spring.');
    expect(r.t(q.cue)).toBe('said');
    expect(q.speaker).toMatchObject({ kind: 'description', text: 'The mayor' });
  });

  it('takes the subject of a verb-less lead-in clause ending in a colon as the colon-intro cue', () => {
    const r = quotes('The minister named the priorities: “Schools, roads and hospitals come first.”');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.method).toBe('colon-intro');
    expect(r.t(r.quotes[0]!.cue)).toBe(':');
  });

  // quotes/index.ts subjectAtStart: speakerBefore over the single word "The" returns the
  // capitalised run "The" as a name, which is accepted before "minister" is reached.
  it('takes the whole subject "The minister" as the colon-intro speaker', () => {
    const r = quotes('The minister named the priorities: “Schools, roads and hospitals come first.”');
    expect(r.quotes[0]!.speaker).toMatchObject({ kind: 'description', text: 'The minister' });
  });

  it('keeps a multi-paragraph quote as one quote over both paragraphs', () => {
    const r = quotes('“We will rebuild the bridge by spring.\n\n“Then we will open a school,” she said.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.paragraphs).toEqual([0, 1]);
    expect(r.quotes[0]!.speaker).toMatchObject({ kind: 'pronoun', text: 'she' });
    expect(r.diagnostics).toEqual([]);
  });

  it('passes on the quote/unclosed diagnostic', () => {
    const r = quotes('“We will rebuild the bridge by spring and open it in summer.\n\nNobody will stop the work.');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['quote/unclosed']);
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => [r.t(q.content), q.marks])).toEqual([
      ['We will rebuild the bridge by spring and open it in summer.', { open: '“', close: null }],
    ]);
  });

  it('ignores paragraphs out of scope', () => {
    const r = quotes('“We are ready for the vote,” she said.\n\n“We are not ready at all,” he said.', (p) => p.index === 1);
    expect(r.quotes.map((q) => [r.t(q.content), q.paragraph])).toEqual([['We are not ready at all,', 1]]);
  });
});

describe('findQuotes: indirect quotes', () => {
  it('reads "According to her, …" as an indirect quote of what follows the comma', () => {
    const r = quotes('According to her, business in the region has grown rapidly this year.');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.kind).toBe('indirect');
    expect(q.marks).toBeNull();
    expect(r.t(q.cue)).toBe('According to');
    expect(q.speaker).toMatchObject({ kind: 'pronoun', text: 'her' });
    expect(r.t(q.content)).toBe('business in the region has grown rapidly this year');
    expect(q.method).toBe('according-to');
  });

  it('a marked fragment inside a reported clause makes the whole clause one mixed quote', () => {
    const r = quotes('She said the council was responsive and "very committed" to hearing the residents.');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.kind).toBe('mixed');
    expect(r.t(q.cue)).toBe('said');
    expect(q.speaker).toMatchObject({ kind: 'pronoun', text: 'She' });
    expect(r.t(q.content)).toBe('the council was responsive and "very committed" to hearing the residents');
  });

  it.each([
    ['Dennis Brooks says there are no warm places for people on the street.', 'there are no warm places for people on the street'],
    ['Stubbs said there\'s no timeline for the review of the operation.', 'there\'s no timeline for the review of the operation'],
    ['Dr. Robert Strang says it\'s long been known that the drugs are overused.', 'it\'s long been known that the drugs are overused'],
    ['Howell says about 550 students attend the school every single day.', 'about 550 students attend the school every single day'],
    ['Traeger said roughly 65 per cent of the employees voted in favour.', 'roughly 65 per cent of the employees voted in favour'],
    ['Kevin Desmond said Thursday one of the suggestions could save money.', 'one of the suggestions could save money'],
    ['Kim said in his New Year\'s speech he was ready to meet at any time.', 'he was ready to meet at any time'],
  ])('reads a clause without "that" after the cue: %s', (input, content) => {
    const r = quotes(input);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.kind).toBe('indirect');
    expect(r.t(r.quotes[0]!.content)).toBe(content);
  });

  it('", saying …": the participle reports what follows, said by the subject of the sentence', () => {
    const r = quotes('Roy Graf protested the two bills, saying they are limiting the industry.');
    expect(r.quotes).toHaveLength(1);
    expect(r.t(r.quotes[0]!.content)).toBe('they are limiting the industry');
    expect(r.quotes[0]!.speaker).toMatchObject({ kind: 'name', text: 'Roy Graf' });
  });

  it('the name opening the sentence speaks past a long apposition with commas of its own', () => {
    const r = quotes('Will Young, a locomotive mechanic based in Kansas City, and an organizer at the union, said cold weather takes a toll on trains.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toMatchObject({ kind: 'name', text: 'Will Young' });
  });

  it('documents and described people with an age speak: "The suit says …", "The 32-year-old labourer says …"', () => {
    const a = quotes('The suit says the player was involved in more than 70 fights during his career.');
    expect(a.quotes[0]?.speaker).toMatchObject({ kind: 'description', text: 'The suit' });
    const b = quotes('The 32-year-old labourer says each day he learns new words from his co-workers.');
    expect(b.quotes[0]?.speaker).toMatchObject({ kind: 'description', text: 'The 32-year-old labourer' });
  });

  it('does not read a preposition or a lone adverb after the cue as a clause', () => {
    expect(quotes('The minister said goodbye to the delegation at the airport.').quotes).toHaveLength(0);
    expect(quotes('The mayor spoke in the hall and said in the end nothing at all.').quotes).toHaveLength(0);
  });

  it('reads "X believes that …" with the clause after "that" as content', () => {
    const r = quotes('The speaker believes that prices will rise again soon.');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.kind).toBe('indirect');
    expect(r.t(q.cue)).toBe('believes');
    expect(q.speaker).toMatchObject({ kind: 'description', text: 'The speaker' });
    expect(r.t(q.content)).toBe('prices will rise again soon');
  });

  it('reads "X said …" without "that"', () => {
    const r = quotes('She said the bridge would reopen in the spring after repairs.');
    expect(r.quotes.map((q) => [q.kind, r.t(q.cue), r.t(q.speaker), r.t(q.content)])).toEqual([
      ['indirect', 'said', 'She', 'the bridge would reopen in the spring after repairs'],
    ]);
  });

  it('reads a post-posed cue: "…, the minister said."', () => {
    const r = quotes('The economy will grow by five percent next year, the minister said.');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.kind).toBe('indirect');
    expect(r.t(q.cue)).toBe('said');
    expect(q.speaker).toMatchObject({ kind: 'description', text: 'the minister' });
    expect(r.t(q.content)).toBe('The economy will grow by five percent next year');
  });

  it('finds nothing in a sentence without a cue', () => {
    expect(quotes('The club was founded in 2015 and has forty members.').quotes).toEqual([]);
  });
});

describe('speaker phrases', () => {
  it('after an inverted cue, skips up to five lower-case description words before the name', () => {
    const t = '“We are being ignored,” said oil and gas worker Mike Wipf.';
    const np = speakerAfter(t, t.indexOf('said') + 4, t.length);
    expect(np).toMatchObject({ kind: 'name', text: 'Mike Wipf' });
  });
  it('does not take a lower-case clause for a speaker', () => {
    const t = '“We are being ignored,” said the crowd that was gathered outside the hall.';
    expect(speakerAfter(t, t.indexOf('said') + 4, t.length)?.kind).not.toBe('name');
  });
  it.each([
    ['“We did not compete,” said Oilers head coach Ken Hitchcock.', 'Ken Hitchcock'],
    ['Tim Guest with the Nova Scotia Health Authority says there are many reasons for the delays.', 'Tim Guest'],
    ['A statement said the director was among those killed in the attack.', 'A statement'],
    ['In an interview with CNBC on Monday, Secretary of State Mike Pompeo praised China and said the talks were going well.', 'Mike Pompeo'],
    ['Samsung said demand for memory chips had slowed sharply in the quarter.', 'Samsung'],
  ])('finds the speaker phrase of %s', (input, speaker) => {
    const r = quotes(input);
    expect(r.quotes).toHaveLength(1);
    expect(r.t(r.quotes[0]!.speaker)).toContain(speaker);
  });

  it('a day name before the cue is when, not who: "… late Friday said" names no "Friday"', () => {
    const r = quotes('A release sent from the union office late Friday said the workers voted to join.');
    expect(r.quotes.map((q) => r.t(q.speaker))).not.toContain('Friday');
  });
  it.each([
    'Ties between China and the United States have frayed over the past year of talks.',
    'Carolina added three more unanswered goals before the end of the period.',
    'A claim the city debt is higher than reported could support further cuts.',
  ])('reads no reported speech in %s', (input) => {
    expect(quotes(input).quotes).toHaveLength(0);
  });

  it('"added" reports a clause opened by a subject pronoun', () => {
    const r = quotes('The coach added he was proud of how the team responded in the third period.');
    expect(r.quotes).toHaveLength(1);
    expect(r.t(r.quotes[0]!.content)).toBe('he was proud of how the team responded in the third period');
  });
  it('ends a reported clause before ", saying …" and reads the participle as a second report', () => {
    const r = quotes('Vickers said he will step down as leader earlier than planned, saying the party needs to move on.');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['he will step down as leader earlier than planned', 'the party needs to move on']);
    expect(r.quotes.map((q) => r.t(q.speaker))).toEqual(['Vickers', 'Vickers']);
  });

  it('ends a reported clause before "and added …"', () => {
    const r = quotes('He said unionization is overdue in the restaurant industry, and added he expects more votes soon.');
    expect(r.t(r.quotes[0]!.content)).toBe('unionization is overdue in the restaurant industry');
  });
  it.each([
    ['“Infrastructure is not always a good investment,” the report said.', 'the report'],
    ['“This is an outrage,” a citizen, whose name is redacted, wrote on Aug. 29.', 'a citizen'],
    ['“The combination can be lethal,” according to Dr. Keith Ahamad, a family doctor.', 'Dr. Keith Ahamad'],
    ['“We have to act now,” he was quoted as saying in the press release.', 'he'],
    ['In its statement, al-Shabaab said: “The operation was a response to the decision.”', 'al-Shabaab'],
    ['“Nobody makes money in this category,” the lanky, bespectacled professor said.', 'the lanky, bespectacled professor'],
    ['Nick Sandmann, the Covington Catholic student seen smiling in the videos as he stood face-to-face with Native American activist Nathan Phillips, has said he heard no one chant anything hateful.', 'Nick Sandmann'],
    ['Ben Myers, the president of advisory firm Bullpen Research & Consulting Inc., told HuffPost Canada the issue is related to rent control.', 'Ben Myers'],
    ['Trains are shortened when temperatures dip below freezing to keep the pressure even, the report said.', 'the report'],
  ])('finds the speaker of a direct quote or reported clause in %s', (input, speaker) => {
    const r = quotes(input);
    expect(r.quotes).toHaveLength(1);
    expect(r.t(r.quotes[0]!.speaker)).toBe(speaker);
  });
  it('"X, according to Y, PREDICATE" gives both parts as quotes of Y; a name after the comma stays in Y', () => {
    const r = quotes('The harsh truth, according to addiction experts, is an ill-equipped health-care system.');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['The harsh truth', 'is an ill-equipped health-care system']);
    expect(r.t(r.quotes[0]!.speaker)).toBe('addiction experts');
    const n = quotes('The institute will add six buoys this spring, according to its director, Mehmet Ali Sarıkaya.');
    expect(n.quotes).toHaveLength(1);
  });
  it('a cue clause inside the sentence ("X, Mr. Obama said, Y") gives both sides as quotes', () => {
    const r = quotes('Acts of protest, Mr. Obama said, are acts of patriotism in the end.');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['Acts of protest', 'are acts of patriotism in the end']);
    expect(r.quotes.every((q) => r.t(q.speaker) === 'Mr. Obama')).toBe(true);
  });

  it('a party affiliation in brackets does not hide the speaker: "Sen. David Perdue (R-Ga.) said"', () => {
    const r = quotes("Sen. David Perdue (R-Ga.) said he didn't believe those characterizations.");
    expect(r.quotes).toHaveLength(1);
    expect(r.t(r.quotes[0]!.speaker)).toBe('Sen. David Perdue');
  });
  it('a fragment whose cue takes an object, not a clause, is a mixed quote from the cue on', () => {
    const r = quotes('Clinton called half of Donald Trump\'s supporters "deplorables" at the fundraiser.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.kind).toBe('mixed');
    expect(r.t(r.quotes[0]!.content)).toBe('half of Donald Trump\'s supporters "deplorables"');
  });
  it('an inverted cue\'s apposition is not a second quote: "…, said Marty Puranik, CEO of …"', () => {
    const r = quotes('Companies are slow to patch their servers, said Marty Puranik, CEO and founder of a cloud hosting company.');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['Companies are slow to patch their servers']);
  });

  it('a capitalised word is never the cue after a comma ("…, pending extradition to the United States, has …")', () => {
    expect(quotes('The arrest of the executive, pending her extradition to the United States, has strained ties.').quotes).toHaveLength(0);
  });
  it('a cue-less marked phrase inside narration is a term, not a quote; a foreign-script one stays', () => {
    expect(quotes('Fighting is a classic example of the "boys will be boys" trope called out in the advert.').quotes).toHaveLength(0);
    const r = quotes('Guests must register by 5 pm the day before; “Периодически подходит и пытается помочь нам.” The hall opens at nine.');
    expect(r.quotes).toHaveLength(1);
  });
});

describe('reading windows (bounded look-back before cues and marks)', () => {
  it('still finds a speaker with a long aside, and a cue far into a long sentence', () => {
    const aside = 'Sabitri Gurung, a glaciologist at the International Centre for Integrated Mountain Development in Kathmandu who has studied the retreating glaciers of the Hindu Kush for two decades, said the melting would speed up.';
    const r = quotes(aside);
    expect(r.quotes.map((q) => [r.t(q.content), q.speaker?.text])).toEqual([['the melting would speed up', 'Sabitri Gurung']]);
    // 2,000 characters of narration in the same sentence before "X said: “…”"
    const long = `${'and the river rose over the old bridge '.repeat(50)}while Asel Karaulova said: “We will rebuild it.”`;
    const q = quotes(long).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.text).toBe('Asel Karaulova');
  });
  it('windowStart starts a window at a word start, never inside a word', async () => {
    const { windowStart } = await import('../../../src/tails.js');
    const text = 'alpha beta gamma delta epsilon';
    expect(windowStart(text, 0, text.length, 100)).toBe(0);
    const at = windowStart(text, 0, text.length, 12);
    expect(text.slice(at)).toBe('epsilon');
    expect(text[at - 1]).toBe(' ');
  });
});

describe('a speaker named after the quote, with an apposition before the verb', () => {
  it('reads past periods that end no sentence ("e.GO’s", "Associates Inc., said")', () => {
    for (const [input, speaker] of [
      ['“We will make money from the start,” Guenther Schuh, e.GO’s founder, said inside his factory.', 'Guenther Schuh'],
      ['“Rates will stay low,” David Rosenberg, chief economist at Gluskin Sheff + Associates Inc., said in an interview.', 'David Rosenberg'],
    ] as const) {
      const r = quotes(input);
      expect(r.quotes.find((q) => q.kind === 'direct')?.speaker?.text).toBe(speaker);
    }
    // a real sentence end still stops the search: the verb belongs to another sentence
    const r = quotes('“We are ready,” the statement read. Then Asel Karaulova said nothing.');
    expect(r.quotes.find((q) => q.kind === 'direct')?.speaker?.text).not.toBe('Asel Karaulova');
  });
});
