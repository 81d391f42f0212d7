/** Document-level consistency of the tagger's names. */
import { describe, expect, it } from 'vitest';
import { consistentTypes, spreadNames, type TypedMention } from '../../../src/stages/entities/consistency.js';

/** Mentions of `names` (text, type, margin) at their first occurrences after the last one found. */
function mentionsIn(text: string, names: Array<[string, string, number]>): TypedMention[] {
  let from = 0;
  return names.map(([name, type, margin]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, type, margin };
  });
}
const typed = (text: string, ms: TypedMention[]) => consistentTypes(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe('consistentTypes', () => {
  it('makes a lone word that ends a person\'s full name that person', () => {
    const text = 'Senator Ivo Dorrell spoke. Dorrell later left.';
    expect(typed(text, mentionsIn(text, [['Ivo Dorrell', 'PER', 40], ['Dorrell', 'ORG', 12]]))).toEqual(['Ivo Dorrell:PER', 'Dorrell:PER']);
  });
  it('makes a lone word that opens an organisation\'s name that organisation, unless a person bears it', () => {
    const text = 'Kwellan Systems grew. Kwellan said sales rose.';
    expect(typed(text, mentionsIn(text, [['Kwellan Systems', 'ORG', 50], ['Kwellan', 'PER', 8]]))).toEqual(['Kwellan Systems:ORG', 'Kwellan:ORG']);
  });
  it('makes a lone word read as a person the place the words around it make it elsewhere (margin Infinity)', () => {
    const text = 'The port of Velmansk grew. Ships bypass Velmansk now.';
    const ms = mentionsIn(text, [['Velmansk', 'LOC', Infinity], ['Velmansk', 'PER', 30]]);
    expect(typed(text, ms)).toEqual(['Velmansk:LOC', 'Velmansk:LOC']);
    // a place the tagger alone reads, however surely, does not
    const sure = mentionsIn(text, [['Velmansk', 'LOC', 900], ['Velmansk', 'PER', 30]]);
    expect(typed(text, sure)).toEqual(['Velmansk:LOC', 'Velmansk:PER']);
  });
  it('gives one name read as a person here and an organisation there the type it is surer of, and leaves a place that is also a team', () => {
    const text = 'Morvid said no. Morvid agreed. In Leeds, Leeds won.';
    const ms = mentionsIn(text, [['Morvid', 'ORG', 5], ['Morvid', 'PER', 60], ['Leeds', 'LOC', 30], ['Leeds', 'ORG', 10]]);
    expect(typed(text, ms)).toEqual(['Morvid:PER', 'Morvid:PER', 'Leeds:LOC', 'Leeds:ORG']);
  });
});

describe('spreadNames', () => {
  /** Each line a sentence of tokens split at spaces (offsets into the joined text). */
  const sentencesOf = (text: string) => {
    let pos = 0;
    return text.split('\n').map((line) => {
      const words = line.split(' ').map((w) => {
        const t = { start: pos, end: pos + w.length, text: w };
        pos += w.length + 1;
        return t;
      });
      return words;
    });
  };
  const spread = (text: string, ms: TypedMention[]) => spreadNames(text, sentencesOf(text), ms).map((m) => `${m.start}:${text.slice(m.start, m.end)}:${m.type}`);

  it('gives a name written again outside any mention the type it has elsewhere, and a full name\'s last name to its person', () => {
    const text = 'Actor Tomas Verlaine met the Sea Guild .\nVerlaine , whose film won , left the Sea Guild .';
    const ms = mentionsIn(text, [['Tomas Verlaine', 'PER', 30], ['Sea Guild', 'ORG', 20]]);
    const at = (w: string) => text.lastIndexOf(w);
    expect(spread(text, ms)).toEqual([`${at('Verlaine ,')}:Verlaine:PER`, `${at('Sea Guild')}:Sea Guild:ORG`]);
  });
  it('spreads no piece of a longer capitalised name, no word the article writes in lower case, no title, and no person after "the"', () => {
    const text = 'Nadia Brook spoke to Ana Hale and the First Lady .\nBrook Street is closed ; the brook rose .\nThe Hale said the First Lady left .';
    const ms = mentionsIn(text, [['Nadia Brook', 'PER', 30], ['Ana Hale', 'PER', 30], ['First Lady', 'ORG', 30]]);
    expect(spread(text, ms)).toEqual([]);
    // nor a month or a weekday, nor a lone word after a preposition of place or time
    const t3 = 'Theresa May met Ivo Dane on Friday .\nThe vote was held in May .\nIt was moved to Dane .';
    expect(spread(t3, mentionsIn(t3, [['Theresa May', 'PER', 30], ['Ivo Dane', 'PER', 30]]))).toEqual([]);
    // nor over another mention
    const t2 = 'Mira Kotov spoke .\nKotov Bay is far .';
    expect(spread(t2, mentionsIn(t2, [['Mira Kotov', 'PER', 30], ['Kotov Bay', 'LOC', 30]]))).toEqual([]);
  });
});
