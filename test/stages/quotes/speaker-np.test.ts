/** Speaker phrases next to a cue: which words name the speaker, and what kind of phrase it is. */
import { describe, expect, it } from 'vitest';
import { speakerAfter, speakerBefore } from '../../../src/stages/quotes/speaker-np.js';

/** The phrase before the cue word `cue` of `text`, as [text, kind]. */
const before = (text: string, cue: string) => {
  const at = text.indexOf(cue);
  const np = speakerBefore(text, 0, at);
  return np && [np.text, np.kind];
};
/** The phrase after the cue word `cue` of `text`, as [text, kind]. */
const after = (text: string, cue: string) => {
  const np = speakerAfter(text, text.indexOf(cue) + cue.length, text.length);
  return np && [np.text, np.kind];
};

describe('speaker phrases', () => {
  it('a word that opens the clause is no part of the name: "But Mr. Fry said"', () => {
    expect(before('But Mr. Fry said the vote would go ahead.', ' said')).toEqual(['Mr. Fry', 'name']);
    expect(before('While Ms. Okafor said she would vote against it, others agreed.', ' said')).toEqual(['Ms. Okafor', 'name']);
  });

  it('a capitalised run that ends in a role noun is a description, with its determiner: "the Leeds MP told"', () => {
    expect(before('“We need more buses on every route,” the Leeds MP told the committee.', ' told')).toEqual(['the Leeds MP', 'description']);
    expect(before('Labour MP said the buses were late.', ' said')).toEqual(['Labour MP', 'description']);
  });

  it('a relative clause with commas of its own between the speaker and the cue: "Fissette, who coached Clijsters, Halep and Lisicki, said"', () => {
    expect(before('Fissette, who coached Kim Clijsters, Simona Halep and Sabine Lisicki when they won grand slams, said he was surprised.', ' said')).toEqual(['Fissette', 'name']);
    expect(before('The coach, who has worked with Halep, Clijsters and Lisicki, said the team was ready.', ' said')).toEqual(['The coach', 'description']);
  });

  it('a place or employer and a role before the name: "says Cambridge cartoonist Andre Campbell"', () => {
    expect(after('“Every publisher rejected me,” says Cambridge cartoonist Andre Campbell.', 'says')).toEqual(['Andre Campbell', 'name']);
  });

  it('a name in apposition to the description speaks: "said the festival\'s executive director, Craig Prater."', () => {
    expect(after('“We have turned a page,” said the festival’s executive director, Craig Prater.', 'said')).toEqual(['Craig Prater', 'name']);
    expect(after('“We have turned a page,” said the festival’s executive director.', 'said')).toEqual(['the festival’s executive director', 'description']);
  });

  it('people in general: a plural head with its modifiers, a lone generic plural, without a date or an earlier noun before them', () => {
    expect(before('Foreign bankers said they expected the loans to be repaid.', ' said')).toEqual(['Foreign bankers', 'description']);
    expect(before('Prosecutors said the man had left the country.', ' said')).toEqual(['Prosecutors', 'description']);
    expect(before('March 3, 2026 Italian prosecutors said on Saturday that the ship had been seized.', ' said')).toEqual(['Italian prosecutors', 'description']);
    expect(before('In another statement, police said two men were arrested.', ' said')).toEqual(['police', 'description']);
  });

  it('a speaker heard saying: "the man is heard saying"', () => {
    expect(before('“I forbid you to film this,” the man is heard saying.', ' saying')).toEqual(['the man', 'description']);
  });

  it('a lone word that opens a clause names nobody: "Some said", "Nonetheless, …"', () => {
    expect(before('Some said the plan would fail.', ' said')).toBeNull();
  });

  it('a middle initial stays inside the name: "said Heather C. Briccetti"; a letter ending a sentence does not join the next', () => {
    expect(after('“We will wait and see,” said Heather C. Briccetti, president of the council.', 'said')).toEqual(['Heather C. Briccetti', 'name']);
    expect(before('Maria T. Okafor said the plan was ready.', ' said')).toEqual(['Maria T. Okafor', 'name']);
    expect(after('“It is a good plan,” said Plan B. The vote is on Monday.', 'said')).toEqual(['Plan B', 'name']);
  });
});
