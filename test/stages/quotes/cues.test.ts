/** One test per cue rule of the quote stage: on an invented sentence the rule is the first of
 *  its table that finds the cue, with the cue and speaker phrase expected. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/stages/normalize.js';
import { segment } from '../../../src/stages/segment.js';
import { scanQuoteMarks } from '../../../src/stages/quotes/marks.js';
import { accordingToSpeaker } from '../../../src/stages/quotes/cues/clause.js';
import { cueSite, HEADLINE_CUE_RULES, indirectSite, INDIRECT_CUE_RULES, MARKED_CUE_RULES, type QuoteAnnotation } from '../../../src/stages/quotes/cues/index.js';

/** The first marked-quote rule that finds a cue for the first quote of `input`, with what it found. */
function firstMarkedRule(input: string) {
  const { text } = normalize(input);
  const { paragraphs, sentences } = segment(normalize(input));
  const q = scanQuoteMarks(text, paragraphs).quotes[0]!;
  const para = paragraphs[q.paragraphs[q.paragraphs.length - 1]!]!;
  const site = cueSite(text, q, para, sentences, para.start);
  for (const rule of MARKED_CUE_RULES) {
    const m = rule.find(site);
    if (m) return { rule: rule.name, cue: text.slice(m.cue.start, m.cue.end), speaker: m.speaker && text.slice(m.speaker.start, m.speaker.end), method: m.method };
  }
  return null;
}

/** The first indirect rule that finds speech in the first sentence of `input`, with the reports. */
function firstIndirectRule(input: string) {
  const { text } = normalize(input);
  const { sentences } = segment(normalize(input));
  const site = indirectSite(text, sentences[0]!, [], [])!;
  for (const rule of INDIRECT_CUE_RULES) {
    const found = rule.find(site);
    if (found.length) return { rule: rule.name, quotes: found.map((q) => [text.slice(q.content.start, q.content.end), text.slice(q.cue!.start, q.cue!.end), q.speaker && text.slice(q.speaker.start, q.speaker.end)]) };
  }
  return null;
}

describe('cue rules of a marked quote (MARKED_CUE_RULES)', () => {
  it.each([
    ['dash-credit', '“Rules that nobody enforces protect nobody at all.” — Jane Okafor, spokeswoman', '—', 'Jane Okafor', 'dash-credit'],
    ['verb-after', '“The budget for the new school is approved,” said Asel Karaulova.', 'said', 'Asel Karaulova', 'explicit'],
    ['according-to-after', '“The storage will double by 2030,” according to Dr. Marat Zhunusov, a grain analyst.', 'according to', 'Dr. Marat Zhunusov', 'according-to'],
    ['speaker-verb-after', '“The budget for the new school is approved,” Asel Karaulova explained.', 'explained', 'Asel Karaulova', 'explicit'],
    // (an employer and a role before the name)
    ['speaker-verb-after', '“The budget for the new school is approved,” University of Central Asia economist Asel Karaulova said.', 'said', 'Asel Karaulova', 'explicit'],
    // ("began" is a cue between the parts of a split quote only)
    ['speaker-verb-after', '“After seven years in the post,” Asel Karaulova began, “I am leaving the ministry.”', 'began', 'Asel Karaulova', 'explicit'],
    ['according-to-before', 'According to Marat Zhunusov, “the storage of the region will double by 2030.”', 'According to', 'Marat Zhunusov', 'according-to'],
    ['verb-before', 'Asel Karaulova told reporters: “The budget for the new school is approved.”', 'told', 'Asel Karaulova', 'explicit'],
    ['colon-intro', 'Director General Dmitry Lapshin named the main task: “We must double our exports of grain by 2030.”', ':', 'Director General Dmitry Lapshin', 'colon-intro'],
    // (a verb in -ed the lexicon does not list, an opening adverbial clause)
    ['colon-intro', 'While reading the case file, the prosecutor hesitated before clarifying: “Well, death to the president.”', ':', 'the prosecutor', 'colon-intro'],
    // (a passive lead-in: the agent after "by")
    ['colon-intro', 'His conclusions were supported by Marina Petrova, an expert from the Ministry of Justice: “The phrase is a slogan.”', ':', 'Marina Petrova', 'colon-intro'],
    ['judged-fragment', 'Achieng Odhiambo thanked the seed traders for “a lifeline for small farms” on Monday.', 'thanked', 'Achieng Odhiambo', 'explicit'],
    ['mixed-fragment', 'Achieng Odhiambo called the seed scheme “a lifeline for small farms” on Monday.', 'called', 'Achieng Odhiambo', 'mixed'],
  ])('%s', (rule, input, cue, speaker, method) => {
    expect(firstMarkedRule(input)).toEqual({ rule, cue, speaker, method });
  });

  it('"began" after a quote that is not split is no cue', () => {
    expect(firstMarkedRule('“The roads will be repaired,” Asel Karaulova began.')).toBeNull();
  });

  it('no rule finds a cue for a quote that stands alone', () => {
    expect(firstMarkedRule('“The roads will be repaired before winter.”')).toBeNull();
  });
});

describe('indirect speech rules (INDIRECT_CUE_RULES)', () => {
  it.each([
    ['according-to-clause', 'According to Marat Zhunusov, the storage capacity of the region will double by 2030.', [['the storage capacity of the region will double by 2030', 'According to', 'Marat Zhunusov']]],
    ['aside-cue', 'Grain exports, the agriculture minister said, will double by the end of the decade.', [['Grain exports, the agriculture minister said, will double by the end of the decade', 'said', 'the agriculture minister']]],
    ['reported-clause', 'The agriculture ministry said on Tuesday that grain exports would double by 2030.', [['grain exports would double by 2030', 'said', 'The agriculture ministry']]],
    // a second verb after "and": the subject of the first, past its objects and infinitives
    ['reported-clause', 'The prime minister used an address to his cabinet on Tuesday to praise the farmers and warned the harvest was at risk.', [['the harvest was at risk', 'warned', 'The prime minister']]],
    ['noun-cue', 'The agriculture minister made the suggestion that grain exports would double by 2030.', [['grain exports would double by 2030', 'suggestion', 'The agriculture minister']]],
    ['postposed-cue', 'Grain exports will double by the end of the decade, the agriculture minister said.', [['Grain exports will double by the end of the decade', 'said', 'the agriculture minister']]],
  ])('%s', (rule, input, quotes) => {
    expect(firstIndirectRule(input)).toEqual({ rule, quotes });
  });

  it('an aside cue: the report runs on both sides, after an opening subordinate clause or into the report\'s own "until"; a title\'s full stop is inside the aside', () => {
    expect(firstIndirectRule('Even if the harvest fails, Mr. Ochieng said, the cooperative will repay its loans.')).toEqual({ rule: 'aside-cue', quotes: [['Even if the harvest fails, Mr. Ochieng said, the cooperative will repay its loans', 'said', 'Mr. Ochieng']] });
    expect(firstIndirectRule('The mill was the largest in the valley, Dr. Ann B. Lee said, until it closed in 1998.')).toEqual({ rule: 'aside-cue', quotes: [['The mill was the largest in the valley, Dr. Ann B. Lee said, until it closed in 1998', 'said', 'Dr. Ann B. Lee']] });
  });

  it('an aside with a tell-verb\'s hearer; an inverted cue whose speaker has a long apposition', () => {
    expect(firstIndirectRule('The difference now, he told me on Friday, is that the station pays its bills.')!.quotes[0]![0]).toBe('The difference now, he told me on Friday, is that the station pays its bills');
    expect(firstIndirectRule('The first television advertisement could run this week, said Ann Berg, a longtime adviser to the Morales family who runs the group\'s campaign to stop the dam.')!.quotes[0]).toEqual(['The first television advertisement could run this week', 'said', 'Ann Berg']);
  });

  it('"says there needs …", "says too much is …": clauses that open with "there" and a verb of existing, or "too" and a quantity', () => {
    expect(firstIndirectRule('The mayor says there needs to be a law that requires every landlord to register.')!.quotes[0]).toEqual(['there needs to be a law that requires every landlord to register', 'says', 'The mayor']);
    expect(firstIndirectRule('Ann Berg says too much is made of the council’s minutes.')!.quotes[0]).toEqual(['too much is made of the council’s minutes', 'says', 'Ann Berg']);
  });

  it('"said, until …" opens no report of its own', () => {
    const found = firstIndirectRule('The mill was the largest in the valley, the mayor said on Monday, until it closed.');
    expect(found?.quotes.map((q) => q[0])).not.toContain('until it closed');
  });

  it('narration with no cue is no speech', () => {
    expect(firstIndirectRule('Farmers in the north planted more wheat this spring than last year.')).toBeNull();
  });
});

describe('headline rules (HEADLINE_CUE_RULES)', () => {
  const read = (h: string) => {
    const make = (content: { start: number; end: number } | null, cue: { start: number; end: number }, speaker: QuoteAnnotation['speaker']) =>
      content && speaker ? ({ content, cue, speaker } as unknown as QuoteAnnotation) : null;
    for (const rule of HEADLINE_CUE_RULES) {
      const q = rule.find(h, { start: 0, end: h.length }, make);
      if (q !== undefined) return q && { rule: rule.name, content: h.slice(q.content.start, q.content.end), speaker: h.slice(q.speaker!.start, q.speaker!.end), kind: q.speaker!.kind };
    }
    return null;
  };
  it('headline-label: "Name: claim"', () => {
    expect(read('Karaulova: Press freedom needs new laws')).toEqual({ rule: 'headline-label', content: 'Press freedom needs new laws', speaker: 'Karaulova', kind: 'name' });
  });
  it('headline-says: "claim, minister says"', () => {
    expect(read('Grain exports will double by 2030, minister says')).toEqual({ rule: 'headline-says', content: 'Grain exports will double by 2030', speaker: 'minister', kind: 'description' });
  });
  it('headline-says: a Title Case headline capitalises the verb too', () => {
    expect(read('Grain Exports Will Double by 2030, Farm Minister Says')).toMatchObject({ rule: 'headline-says', content: 'Grain Exports Will Double by 2030', speaker: 'Farm Minister' });
  });
  it('a topic label is no speaker', () => {
    expect(read('Analysis: why grain prices are falling')).toBeNull();
  });
});

describe('the source after "according to"', () => {
  /** text, the source's start (after "According to") and its end (the comma) */
  const site = (text: string): [string, number, number] => [text, 'According to'.length, text.indexOf(',')];
  it('a possessive before a person noun names another, described person; before a document, its owner', () => {
    expect(accordingToSpeaker(...site('According to Strukov’s lawyer, the ruling adds a year.'))).toMatchObject({ text: 'Strukov’s lawyer', kind: 'description' });
    expect(accordingToSpeaker(...site('According to Infrastructure Canada’s public database, most gaps are filled.'))).toMatchObject({ kind: 'name' });
    expect(accordingToSpeaker(...site('According to Strukov, the ruling adds a year.'))).toMatchObject({ text: 'Strukov', kind: 'name' });
  });

  it('the apposition after the source\'s name is not what was said; a subject with a relative clause is', () => {
    expect(firstIndirectRule('According to Yuri Khomyakov, an FSB linguistic expert, the defendant was calling for violence.')!.quotes[0]).toEqual(['the defendant was calling for violence', 'According to', 'Yuri Khomyakov']);
    expect(firstIndirectRule('According to Anna Berg, the ministry, which runs the port, failed to act.')!.quotes[0]).toEqual(['the ministry, which runs the port, failed to act', 'According to', 'Anna Berg']);
  });

  it('ends where a clause of its own begins, and a nationality before a noun is no name', () => {
    expect(firstIndirectRule('Grain exports will double by 2030, according to the minister, but farmers say the roads are too poor.')!.quotes[0]).toEqual(['Grain exports will double by 2030', 'according to', 'the minister']);
    expect(firstIndirectRule('The ceasefire was broken twice on Sunday, according to Israeli tallies.')!.quotes[0]).toEqual(['The ceasefire was broken twice on Sunday', 'according to', 'Israeli tallies']);
  });
});
