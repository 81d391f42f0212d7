/** The knowledge list as a matcher over the tagger's tokens. */
import { describe, expect, it } from 'vitest';
import { knownEntity, knownMatches, knownTags } from '../../../src/stages/entities/known-entities.js';
import { tokenize } from '../../../src/stages/entities/ner-features.js';

const toks = (s: string) => tokenize(s, 0, s.length);
const found = (s: string, capitals = false) => {
  const t = toks(s);
  return knownMatches(t, capitals).map((m) => [t.slice(m.first, m.last + 1).map((x) => x.text).join(' '), m.entity.name]);
};

describe('knownMatches', () => {
  it('finds known names, acronyms and aliases as written, the longest first', () => {
    expect(found('The European Union and NATO warned Hezbollah , MI6 and the Pentagon .')).toEqual([
      ['European Union', 'European Union'],
      ['NATO', 'North Atlantic Treaty Organization'],
      ['Hezbollah', 'Hezbollah'],
      ['MI6', 'MI6'],
      ['Pentagon', 'Pentagon'],
    ]);
    expect(found('Procter & Gamble sued the Deutsche Welle reporter')).toEqual([['Procter & Gamble', 'Procter & Gamble'], ['Deutsche Welle', 'Deutsche Welle']]);
  });
  it('matches no form in another case in prose ("samsung" is no company name)', () => {
    expect(found('a samsung phone and a nato summit')).toEqual([]);
  });
  it('in a line of capitals, matches names in capitals but no acronym ("ICE HOCKEY")', () => {
    expect(found('ICE HOCKEY - SAMSUNG BEATS AL JAZEERA', true)).toEqual([['SAMSUNG', 'Samsung'], ['AL JAZEERA', 'Al Jazeera']]);
  });
  it('tags each token with the reading and the kind', () => {
    expect(knownTags(toks('Putin met Al Jazeera staff'), false)).toEqual(['B-person|person', null, 'B-organization|broadcaster', 'I-organization|broadcaster', null]);
  });
});

describe('knownEntity', () => {
  it('names the entity a whole text is, or null', () => {
    expect(knownEntity('Gazprom')).toMatchObject({ name: 'Gazprom', type: 'organization', kind: 'company' });
    expect(knownEntity('the Bundestag')).toBeNull();
    expect(knownEntity('Bundestag')).toMatchObject({ kind: 'parliament' });
    expect(knownEntity('Gazprom Neft Arena')).toBeNull();
  });
});
