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

  it('re-opens a quote in the next paragraph when that paragraph opens with a mark: one quote per paragraph', () => {
    const r = scan('“We will rebuild the bridge by spring.\n\n“Then we will open a school,” she said.');
    expect(r.quotes.map((q) => [r.t(q.content), q.closeMark, q.paragraphs, q.reopened])).toEqual([
      ['We will rebuild the bridge by spring.', null, [0], false],
      ['Then we will open a school,', '”', [1], true],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('re-opens a straight quote after a sentence whose paragraph break was lost: "A. "B."', () => {
    const r = scan('"The ferry was late again. We waited an hour. "Nobody told us anything," said Omar Velez.');
    expect(r.quotes.map((q) => [r.t(q.content), q.closeMark, q.reopened])).toEqual([
      ['The ferry was late again. We waited an hour.', null, false],
      ['Nobody told us anything,', '"', true],
    ]);
  });

  it('nests a straight pair inside an open straight quote after a word: a "measure" of', () => {
    const r = scan('"The new rules give a "measure" of protection to savers," the regulator said.');
    expect(r.quotes.map((q) => [r.t(q.content), q.depth])).toEqual([
      ['The new rules give a "measure" of protection to savers,', 0],
      ['measure', 1],
    ]);
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

  it('keeps an unclosed straight quote after a lead-in, and reports it', () => {
    const r = scan('He said: "It is unclosed and never ends.');
    expect(r.contents).toEqual(['It is unclosed and never ends.']);
    expect(r.quotes[0]!.closeMark).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, r.t(d.range!)])).toEqual([['quote/unclosed', '"It is unclosed and never ends.']]);
  });

  it('reports a stray straight mark inside a sentence without inventing a quote', () => {
    const r = scan('The club sold 40 "premium seats and nothing else this year.');
    expect(r.quotes).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['quote/unclosed']);
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

  it('links a quote that continues in the next sentence after the cue, with the same cue', () => {
    const r = quotes('“We will open a school,” he said. “Then we will build a library.”');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['We will open a school,', 'Then we will build a library.']);
    expect(r.quotes[1]!.continues).toBe(0);
    expect([r.t(r.quotes[1]!.cue), r.quotes[1]!.speaker?.text]).toEqual(['said', 'he']);
  });

  it('a short second part of a split quote is speech, not a term: “A!” insists X. “B.”', () => {
    const r = quotes('“We love this town!” insists Dana Morrow. “We truly do.”');
    expect(r.quotes.map((q) => [r.t(q.content), q.continues])).toEqual([
      ['We love this town!', null],
      ['We truly do.', 0],
    ]);
  });

  it('a quote with a cue of its own is not the continuation of the quote before it', () => {
    const r = quotes('“We will appeal the ruling,” Anna Berg wrote on her blog. “The ruling is unfair to every tenant,” said Tomas Lind.');
    expect(r.quotes.map((q) => [r.t(q.content), q.speaker?.text, q.continues])).toEqual([
      ['We will appeal the ruling,', 'Anna Berg', null],
      ['The ruling is unfair to every tenant,', 'Tomas Lind', null],
    ]);
  });

  it('a narrative sentence between two quotes is not a cue clause: the second quote is not continued', () => {
    const r = quotes('“We will appeal,” Anna Berg said. Her lawyer met the judges on Friday afternoon in the city. “The hearing went well.”');
    expect(r.quotes.find((q) => r.t(q.content) === 'The hearing went well.')!.continues).toBeNull();
  });

  it('the cue of the next sentence is not taken when that sentence reports something of its own', () => {
    const r = quotes('Mara Quist said, “The bridge will open in May.” Another engineer said the date was far too optimistic.');
    expect(r.quotes.map((q) => [q.kind, r.t(q.content), q.speaker?.text])).toEqual([
      ['direct', 'The bridge will open in May.', 'Mara Quist'],
      ['indirect', 'the date was far too optimistic', 'Another engineer'],
    ]);
  });

  it('the cue of the next sentence is taken when only an adverbial follows it: “….” Kim said on Monday.', () => {
    const r = quotes('“The bridge will open in May.” Ines Kim said on Monday.');
    expect(r.quotes.map((q) => [r.t(q.content), q.speaker?.text])).toEqual([['The bridge will open in May.', 'Ines Kim']]);
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

  it('a multi-paragraph quote is one quote per paragraph; the cue after the last part is the first part\'s too', () => {
    const r = quotes('“We will rebuild the bridge by spring.\n\n“Then we will open a school,” she said.');
    expect(r.quotes.map((q) => [r.t(q.content), q.paragraphs, q.speaker?.text])).toEqual([
      ['We will rebuild the bridge by spring.', [0], 'she'],
      ['Then we will open a school,', [1], 'she'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('a paragraph re-opening a quote without a cue of its own continues it', () => {
    const r = quotes('Jo Reyes said: “We will rebuild the bridge by spring.\n\n“Then we will open a school.”');
    expect(r.quotes.map((q) => [r.t(q.content), q.continues, q.cue && r.t(q.cue)])).toEqual([
      ['We will rebuild the bridge by spring.', null, 'said'],
      ['Then we will open a school.', 0, null],
    ]);
  });

  it('a quote re-opened inside a paragraph ("A. "B.") continues the first part', () => {
    const r = quotes('"I was behind the ball," said Mark Dunne. "The move was planned. We rehearse it every week. "I would not say we were robbed, some calls go against you."');
    expect(r.quotes.map((q) => [r.t(q.content), q.continues])).toEqual([
      ['I was behind the ball,', null],
      ['The move was planned. We rehearse it every week.', 0],
      ['I would not say we were robbed, some calls go against you.', 1],
    ]);
  });

  it('a word on the line above a mark is not a name before it ("Article Continued Below")', () => {
    const r = quotes('The cartoonist draws every night.\n\nArticle Continued Below\n\n“Every publisher rejected me,” says cartoonist Andre Campbell.');
    expect(r.quotes.map((q) => [q.kind, r.t(q.content)])).toEqual([['direct', 'Every publisher rejected me,']]);
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

describe('findQuotes: mixed quotes (a fragment at the edge of its reported clause)', () => {
  const kinds = (input: string) => {
    const r = quotes(input);
    return r.quotes.map((q) => [q.kind, r.t(q.content), r.t(q.speaker)]);
  };

  it('a fragment closing the clause with punctuation inside its marks is absorbed: one mixed quote', () => {
    expect(kinds('Wu Lin told the council that the plan would cost more than the budget and “taxpayers will pay for it.”')).toEqual([
      ['mixed', 'the plan would cost more than the budget and “taxpayers will pay for it.', 'Wu Lin'],
    ]);
  });

  it('a short fragment before a post-posed cue ends the reported clause: the clause is the quote', () => {
    expect(kinds('Europe’s part in the talks is “essential,” Ana Costa said.')).toEqual([['mixed', 'Europe’s part in the talks is “essential,', 'Ana Costa']]);
  });

  it('a fragment opening the clause is absorbed when the clause goes on after it', () => {
    expect(kinds('“Too many false rumours” about the union are spread online, Ravi Nair noted.')).toEqual([
      ['mixed', 'Too many false rumours” about the union are spread online', 'Ravi Nair'],
    ]);
  });

  it('a fragment after a comma that goes on in lower case and ends the clause is absorbed', () => {
    expect(kinds('According to Yuri Khomyakov, an FSB linguistic expert, the defendant was calling for an attack on the president, “and, in that sense, for terrorist activity.”')).toEqual([
      ['mixed', 'the defendant was calling for an attack on the president, “and, in that sense, for terrorist activity.', 'Yuri Khomyakov'],
    ]);
  });

  it('a quote after a lead-in of its own inside a clause stays direct', () => {
    const r = quotes('When told of the report, he said, “I have never seen such a study in my life.”');
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => r.t(q.content))).toEqual(['I have never seen such a study in my life.']);
    expect(r.quotes.filter((q) => q.kind === 'mixed')).toEqual([]);
  });

  it('an exclamation in marks is an utterance, not a fragment of the clause around it', () => {
    const r = quotes('Tom Avery said he heard students shout “Go back to your homes now!” at the rally.');
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => r.t(q.content))).toEqual(['Go back to your homes now!']);
  });
});

describe('findQuotes: where a reported clause ends', () => {
  const contents = (input: string) => {
    const r = quotes(input);
    return r.quotes.map((q) => [r.t(q.content), r.t(q.cue), r.t(q.speaker)]);
  };

  it('a second report joined by "and" ends the first ("… and demanded that …")', () => {
    expect(contents('The union says wages have fallen for years and demanded that the board reopen the talks.')).toEqual([
      ['wages have fallen for years', 'says', 'The union'],
      ['the board reopen the talks', 'demanded', 'The union'],
    ]);
  });

  it('a second report joined by "but" with its own subject ends the first', () => {
    expect(contents('The minister says the rules are unchanged, but she explains the warning is due to local laws.')).toEqual([
      ['the rules are unchanged', 'says', 'The minister'],
      ['the warning is due to local laws', 'explains', 'she'],
    ]);
  });

  it('a participle after a preposition opens a second report ("… before noting that …")', () => {
    expect(contents('The firm said the plant would close next year, before noting that no jobs would be lost.')).toEqual([
      ['the plant would close next year', 'said', 'The firm'],
      ['no jobs would be lost', 'noting', 'The firm'],
    ]);
  });

  it('a participle of any speech verb ends the clause (", testifying …")', () => {
    const r = quotes('Gibson also said the road dips near the bridge, testifying that it was anything but flat.');
    expect(r.quotes.map((q) => r.t(q.content))).toEqual(['the road dips near the bridge', 'it was anything but flat']);
  });

  it('an aside cue (", he added,") inside a reported clause is not a second report', () => {
    const r = quotes('The mayor said the budget for roads, he added, would be cut by half next year.');
    expect(r.quotes.map((q) => r.t(q.cue))).toEqual(['said']);
  });
});

describe('findQuotes: a fragment quoted as the object of a verb of judging', () => {
  it('"thanked the police for “…”" quotes the thanker\'s words', () => {
    const r = quotes('Prime Minister Ana Berg thanked the police for “a particularly complex and careful operation” on Saturday.');
    expect(r.quotes.map((q) => [q.kind, r.t(q.content), r.t(q.cue), r.t(q.speaker)])).toEqual([['direct', 'a particularly complex and careful operation', 'thanked', 'Prime Minister Ana Berg']]);
  });

  it('a participle lead-in after such a fragment still cues the next quote ("thanked “…”, adding: “…”")', () => {
    const r = quotes('Singer Tom Hale thanked “all the fans who stayed”, adding: “We would not be here without you.”');
    expect(r.quotes.map((q) => [q.kind, r.t(q.cue), r.t(q.speaker)])).toEqual([
      ['direct', 'thanked', 'Singer Tom Hale'],
      ['direct', 'adding', 'Singer Tom Hale'],
    ]);
  });
});

describe('findQuotes: single straight quotes (British copy)', () => {
  it('\'…,\' he said is a direct quote, and its second part continues it', () => {
    const r = quotes("'We are not going anywhere,' said Tom Reid. 'The club is our home.'");
    expect(r.quotes.map((q) => [q.kind, r.t(q.content), r.t(q.speaker), q.continues])).toEqual([
      ['direct', 'We are not going anywhere,', 'Tom Reid', null],
      ['direct', 'The club is our home.', 'Tom Reid', 0],
    ]);
  });

  it('single straight marks without a cue beside them name things, and apostrophes are no marks', () => {
    expect(quotes("She loved the film 'Gone Girl' and the book 'Sharp Objects.' It's the players' choice.").quotes).toEqual([]);
  });
});

describe('findQuotes: a report across a hard-wrapped line', () => {
  it('the report runs across a line that ends inside a phrase', async () => {
    const { analyzeArticle } = await import('../../../src/index.js');
    const r = analyzeArticle('There were 34 licensed banks and 12 savings companies and\n254 registered firms at the end of the year, the regulator said.');
    expect(r.quotes.map((q) => [q.text, q.speaker?.mention?.text])).toEqual([
      ['There were 34 licensed banks and 12 savings companies and\n254 registered firms at the end of the year', 'the regulator'],
    ]);
  });
});

describe('findQuotes: two people in a sentence (a participle speaks for the subject)', () => {
  const speakers = (input: string) => {
    const r = quotes(input);
    return r.quotes.map((q) => [q.kind, r.t(q.cue), r.t(q.speaker)]);
  };

  it('", saying …" after an object is the subject\'s report, not the object\'s', () => {
    expect(speakers('Defence Secretary Jon Hale also hit out at Moscow, saying the war had been “years of failure” for it.')).toEqual([['mixed', 'saying', 'Defence Secretary Jon Hale']]);
    expect(speakers('General Ruth Amos likened the siege to the last years of the Korean War, saying the outcome would be the same.')).toEqual([['indirect', 'saying', 'General Ruth Amos']]);
  });

  it('", X said, adding that …" is X\'s, and the report before the cue is found too', () => {
    const r = quotes('The two states will join the bloc as partners, Ushakov said, adding that from next year “they will acquire the status.”');
    expect(r.quotes.map((q) => [q.kind, r.t(q.content), r.t(q.speaker)])).toEqual([
      ['indirect', 'The two states will join the bloc as partners', 'Ushakov'],
      ['mixed', 'from next year “they will acquire the status.', 'Ushakov'],
    ]);
  });

  it('the subject named in an apposition speaks for the participle ("A respected elder, Ann Lowe, launched …, saying …")', () => {
    expect(speakers('A respected elder and artist, Ann Lowe, officially launched the book, saying she was proud of it.')).toEqual([['indirect', 'saying', 'Ann Lowe']]);
  });

  it('a noun that looks like a cue before the comma is not the participle\'s speaker ("declined comment to the Post, saying …")', () => {
    expect(speakers('She had earlier declined comment to the Post, saying the matter was between her and the ministry.')).toEqual([['indirect', 'saying', 'She']]);
  });
});

describe('findQuotes: reports after "told" and where they start', () => {
  const contents = (input: string) => {
    const r = quotes(input);
    return r.quotes.map((q) => [r.t(q.content), r.t(q.speaker)]);
  };

  it.each([
    ['She told reporters the plan would fail.', 'the plan would fail'],
    ['She told the council the road would open in May.', 'the road would open in May'],
    ['He told them he would resign before June.', 'he would resign before June'],
    ['She told reporters prices would rise.', 'prices would rise'],
    ['The minister told the Sunday Times Mr Hale would lead the campaign.', 'Mr Hale would lead the campaign'],
    ['The agent told The Daily Post by email the player was feeling much better.', 'the player was feeling much better'],
    ['The official told reporters more than 90 per cent of requests go through.', 'more than 90 per cent of requests go through'],
  ])('the hearer after "told" is not the report: %s', (input, content) => {
    expect(contents(input).map(([c]) => c)).toEqual([content]);
  });

  it('a hearer that ends the sentence leaves the report to the post-posed cue', () => {
    expect(contents('Lena Ford spoke on Monday. Prices will rise again next year, she told a parliamentary committee.')).toEqual([
      ['Prices will rise again next year', 'she'],
    ]);
  });

  it.each([
    ['The mayor said no decision had been taken on the new bridge.', 'no decision had been taken on the new bridge', 'The mayor'],
    ['The driver explains how he now earns more than before.', 'he now earns more than before', 'The driver'],
    ['Signs were carried by students who say they want cleaner air.', 'they want cleaner air', 'students'],
    ['Ana Ruiz said banks want new offices, adding the city approved three permits.', 'the city approved three permits', 'Ana Ruiz'],
  ])('a report that starts unlike most: %s', (input, content, speaker) => {
    expect(contents(input)).toContainEqual([content, speaker]);
  });

  it.each([
    ['The singer sued the promoter over his allegations that she had missed six shows.', 'she had missed six shows', 'his'],
    ['He expressed confidence that the new status would help the island.', 'the new status would help the island', 'He'],
    ['Asked about Kim’s claim that the war is nearly over, the minister said nothing.', 'the war is nearly over', 'Kim'],
    ['The engineer was adamant that the bridge should not be confused with a toy.', 'the bridge should not be confused with a toy', 'The engineer'],
  ])('a noun or adjective of saying with "that" reports: %s', (input, content, speaker) => {
    expect(contents(input)).toContainEqual([content, speaker]);
  });

  it('a report with its cue after it holds the reports inside it: the outer one is the quote', () => {
    expect(contents('Divers have counted fewer jellyfish this year, but warn that warm water could bring them back, a marine institute said.')).toEqual([
      ['Divers have counted fewer jellyfish this year, but warn that warm water could bring them back', 'a marine institute'],
    ]);
  });

  it('a cue that takes an object reports nothing before it ("…, the minister said nothing")', () => {
    expect(contents('Asked about the plan to close the port, the minister said nothing.')).toEqual([]);
  });

  it('the second part of a split quote after a long hearer shares the cue (“A,” X told reporters at …, “B.”)', () => {
    const r = quotes('“We are not leaving,” Ana Vela told reporters at the union headquarters in the old port district, “but we cannot wait for ever.”');
    expect(r.quotes.map((q) => [q.kind, r.t(q.content), r.t(q.cue), q.continues])).toEqual([
      ['direct', 'We are not leaving,', 'told', null],
      ['direct', 'but we cannot wait for ever.', 'told', 0],
    ]);
  });

  it('a claim nobody owns here is no report ("rejected the claim that …")', () => {
    expect(contents('Officials rejected the claim that the dam was unsafe.')).toEqual([]);
  });

  it.each([
    'She said no to the new plan on Monday.',
    'Rallies were held by those who say the plan is flawed.',
    'The firm wrote off assets worth millions from its former Gulf operations.',
    'The guide was describing how she found the old road.',
  ])('no report: %s', (input) => {
    expect(contents(input)).toEqual([]);
  });

  it('"wrote in a report" takes no hearer and no clause', () => {
    expect(contents('Sales fell by a fifth this year and will fall again next year, the company wrote in a report.')).toEqual([
      ['Sales fell by a fifth this year and will fall again next year', 'the company'],
    ]);
  });

  it('an opening adverbial alone is no report of a post-posed cue', () => {
    expect(contents('Speaking in Leeds on Monday, Rahman denied the report about the budget.')).toEqual([]);
    expect(contents('Whenever he left the house, he told her the door would be locked.').map(([c]) => c)).toEqual(['the door would be locked']);
  });

  it('a gerund or preposition opening a clause with an auxiliary is still a report', () => {
    expect(contents('Being in office as a young person can be hard, Lonechild said.')).toEqual([['Being in office as a young person can be hard', 'Lonechild']]);
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
  it('a cue clause inside the sentence ("X, Mr. Obama said, Y") is inside one quote of the whole report', () => {
    const r = quotes('Acts of protest, Mr. Obama said, are acts of patriotism in the end.');
    expect(r.quotes.map((q) => [r.t(q.content), r.t(q.cue), r.t(q.speaker)])).toEqual([['Acts of protest, Mr. Obama said, are acts of patriotism in the end', 'said', 'Mr. Obama']]);
  });

  it.each([
    ['Ali Khan spoke at the funeral. Her death, he said, is a loss for the whole country.', 'Her death, he said, is a loss for the whole country', 'he'],
    ['Fraudsters, she said in the video, do not last long.', 'Fraudsters, she said in the video, do not last long', 'she'],
    ['The tone of the campaign, said Ann Lowe, would be calmer than last time.', 'The tone of the campaign, said Ann Lowe, would be calmer than last time', 'Ann Lowe'],
    ['Preparations for a spring offensive, she explained, suggest the army expects a long war.', 'Preparations for a spring offensive, she explained, suggest the army expects a long war', 'she'],
  ])('an aside\'s report runs on both sides of it, the speaker of the aside speaks: %s', (input, content, speaker) => {
    const r = quotes(input);
    expect(r.quotes.map((q) => [r.t(q.content), r.t(q.speaker)])).toEqual([[content, speaker]]);
  });

  it.each([
    'It is too early to count the cost, said Mark Hale, director of the brewers guild.',
    'This fall, the province added the drug group to its monitoring list, which tracks prescriptions.',
    'The coach’s father, Joe, says his son grew up in Leeds, trained in Madrid and now lives in Rome.',
  ])('no aside where the commas hold an apposition or a clause with an object: %s', (input) => {
    const r = quotes(input);
    expect(r.quotes.filter((q) => r.t(q.content)!.includes(',') && r.t(q.content)!.split(',').length > 2)).toEqual([]);
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
