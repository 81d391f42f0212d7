/** Document-level consistency of the tagger's names. */
import { describe, expect, it } from 'vitest';
import { consistentTypes, type TypedMention } from '../../../src/stages/entities/consistency.js';

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
