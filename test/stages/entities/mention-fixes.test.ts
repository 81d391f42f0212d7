/** Fixes of the tagger's names by the words around them (invented sentences). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixMentions, isNicknamed, MENTION_FIXES } from '../../../src/stages/entities/mention-fixes.js';
import type { TypedMention } from '../../../src/stages/entities/consistency.js';

/** Mentions of `names` (text, type), each found after the previous one, margin 20. */
function mentionsIn(text: string, names: Array<[string, string]>): TypedMention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`no ${name}`);
    from = start + name.length;
    return { start, end: start + name.length, type, margin: 20 };
  });
}
const fixed = (text: string, names: Array<[string, string]>) => fixMentions(text, mentionsIn(text, names)).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe('fixMentions', () => {
  it('splits two complete organisations joined by "and", never "&" inside one', () => {
    expect(fixed('Sanctions by the European Union and NATO hit Procter & Gamble.', [['European Union and NATO', 'ORG'], ['Procter & Gamble', 'ORG']])).toEqual(['European Union:ORG', 'NATO:ORG', 'Procter & Gamble:ORG']);
    expect(fixed('The Treasury and State Department said so.', [['Treasury and State Department', 'ORG']])).toEqual(['Treasury:ORG', 'State Department:ORG']);
    expect(fixed('The Kolvar Police Department and the Tesh County Sheriff\'s Office met.', [["Kolvar Police Department and the Tesh County Sheriff's Office", 'ORG']])).toEqual(['Kolvar Police Department:ORG', "Tesh County Sheriff's Office:ORG"]);
    // a listed name is one organisation
    expect(fixed('The Ministry of Trade, Industry and Energy said.', [['Ministry of Trade, Industry and Energy', 'ORG']])).toEqual(['Ministry of Trade, Industry and Energy:ORG']);
  });
  it('keeps a name\'s quote marks in pairs: a mark alone ends or starts the name', () => {
    expect(fixed('Editor of the RTK “Qazaqstan” Bolat Mursalim spoke.', [['Qazaqstan” Bolat Mursalim', 'PER']])).toEqual(['Bolat Mursalim:PER']);
    expect(fixed('He met Dana Orlov “who said no”.', [['Dana Orlov “who', 'PER']])).toEqual(['Dana Orlov:PER']);
    expect(fixed('Actor Dwayne "The Rock" Johnson spoke.', [['Dwayne "The Rock" Johnson', 'PER']])).toEqual(['Dwayne "The Rock" Johnson:PER']);
  });
  it('makes a person listed between two places a place, not one next to a single place', () => {
    expect(fixed('Floods hit Varsen, Tolim, Okaru and Bessa this week.', [['Varsen', 'LOC'], ['Tolim', 'PER'], ['Okaru', 'PER'], ['Bessa', 'LOC']])).toEqual(['Varsen:LOC', 'Tolim:PER', 'Okaru:PER', 'Bessa:LOC']);
    expect(fixed('Floods hit Varsen, Tolim, Okaru and Bessa this week.', [['Varsen', 'LOC'], ['Tolim', 'LOC'], ['Okaru', 'PER'], ['Bessa', 'LOC']])).toEqual(['Varsen:LOC', 'Tolim:LOC', 'Okaru:LOC', 'Bessa:LOC']);
    expect(fixed('He flew to Varsen, Dana Orlov said, and to Bessa.', [['Varsen', 'LOC'], ['Dana Orlov', 'PER'], ['Bessa', 'LOC']])).toEqual(['Varsen:LOC', 'Dana Orlov:PER', 'Bessa:LOC']);
  });
  it('keeps a nickname in quote marks inside the person it names', () => {
    expect(fixed('Actor Dwayne "The Rock" Johnson spoke.', [['Dwayne', 'PER'], ['Johnson', 'PER']])).toEqual(['Dwayne "The Rock" Johnson:PER']);
    expect(fixed('Boxer Luis ‘Buba’ Morales won.', [['Luis', 'PER'], ['Buba', 'MISC'], ['Morales', 'PER']])).toEqual(['Luis ‘Buba’ Morales:PER']);
    expect(fixed("Singer Sean 'Puffy' O'Neill sang.", [['Sean', 'PER'], ["O'Neill", 'PER']])).toEqual(["Sean 'Puffy' O'Neill:PER"]);
    expect(fixed('Lawyer Ana Ruiz "said no" Tuesday.', [['Ana Ruiz', 'PER'], ['Tuesday', 'MISC']])).toEqual(['Ana Ruiz:PER', 'Tuesday:MISC']);
  });
  it('reads as places the names after a place head and "of", or listed before one', () => {
    expect(fixed('Ships reach the port of Velmansk daily.', [['Velmansk', 'PER']])).toEqual(['Velmansk:LOC']);
    expect(fixed('Meltwater feeds the Korshi, Gandivar and Telmi rivers.', [['Korshi', 'PER'], ['Gandivar', 'PER'], ['Telmi', 'ORG']])).toEqual(['Korshi:LOC', 'Gandivar:LOC', 'Telmi:LOC']);
  });
  it('reads as a place a one-word name joined by "and" to a place the tagger is surer of, not one after a comma', () => {
    const text = 'Graduates move to Kostava and Tervan, and to Paris, Rady said.';
    const ms = mentionsIn(text, [['Kostava', 'LOC'], ['Tervan', 'ORG'], ['Paris', 'LOC'], ['Rady', 'PER']]);
    ms[0]!.margin = 70;
    ms[2]!.margin = 70;
    expect(fixMentions(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`)).toEqual(['Kostava:LOC', 'Tervan:LOC', 'Paris:LOC', 'Rady:PER']);
  });
  it('takes no capitalised word for a place head ("the United States of the Ortega government")', () => {
    expect(fixed('He was envoy to the United States of the Orvega government.', [['United States', 'LOC'], ['Orvega', 'PER']])).toEqual(['United States:LOC', 'Orvega:PER']);
    expect(fixed('He dined with Tsao and Tarchung city councillors.', [['Tsao', 'PER'], ['Tarchung', 'LOC']])).toEqual(['Tsao:PER', 'Tarchung:LOC']);
  });
  it('reads as a place one word after a person and "of", and a name after a place\'s first word', () => {
    expect(fixed('Leader Idris Farrow of Tamington said no.', [['Idris Farrow', 'PER'], ['Tamington', 'PER']])).toEqual(['Idris Farrow:PER', 'Tamington:LOC']);
    expect(fixed('Climbers left Mount Kenya early.', [['Kenya', 'PER']])).toEqual(['Kenya:LOC']);
    expect(fixed('Climbers left Lake Tarsa early.', [['Lake Tarsa', 'PER']])).toEqual(['Lake Tarsa:LOC']);
  });
  it('drops what is no name: a title\'s words, acronyms of things, a word and a letter, a question\'s modal', () => {
    expect(fixed('Senate Minority Leader Idris Farrow spoke.', [['Senate Minority', 'ORG'], ['Idris Farrow', 'PER']])).toEqual(['Idris Farrow:PER']);
    expect(fixed('DRAM prices rose at the UN.', [['DRAM', 'ORG'], ['UN', 'ORG']])).toEqual(['UN:ORG']);
    expect(fixed('Hepatitis B spread. Group D met. Vitamin E helps.', [['Hepatitis B', 'PER'], ['Group D', 'ORG'], ['Vitamin E', 'PER']])).toEqual([]);
    expect(fixed('Will the plan work? Will Orlen agreed.', [['Will', 'PER'], ['Will Orlen', 'PER']])).toEqual(['Will Orlen:PER']);
  });
  it('strips a sentence\'s opening adverb from the person after it', () => {
    expect(fixed('Asel Karaulova spoke. Later Karaulova left.', [['Asel Karaulova', 'PER'], ['Later Karaulova', 'PER']])).toEqual(['Asel Karaulova:PER', 'Karaulova:PER']);
  });
  it('are named table entries, each one tried', () => {
    expect(MENTION_FIXES.map((f) => f.name)).toEqual(expect.arrayContaining(['coordinated-names', 'nickname-inside-a-name', 'place-prefix', 'word-and-letter', 'question-opener']));
  });
});

describe('isNicknamed', () => {
  /** The search without its character test: every opening and closing mark tried. */
  function plainNicknamed(s: string): boolean {
    const NAME = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)*$/u;
    const words = (from: number, to: number) => s.slice(from, to).replace(/^ /, '').replace(/ $/, '');
    for (let open = 1; open < s.length; open++) {
      if (!'"“‘\''.includes(s[open]!) || !NAME.test(words(0, open))) continue;
      for (let close = open + 2; close < s.length - 1; close++) {
        if (!'"”’\''.includes(s[close]!)) continue;
        const nick = words(open + 1, close);
        if (NAME.test(nick) && nick.split(' ').length <= 3 && NAME.test(words(close + 1, s.length))) return true;
      }
    }
    return false;
  }

  it('answers as the plain search over every pair of marks, and rejects spans with other characters at once', () => {
    expect(isNicknamed('Dwayne "The Rock" Johnson')).toBe(true);
    expect(isNicknamed('Luis ‘Buba’ López')).toBe(true);
    expect(isNicknamed('Maria Lopez said "no, never" to John Smith')).toBe(false);
    const piece = fc.constantFrom('Dwayne', 'The', 'Rock', 'O’Neil', 'al-Amin', 'J.', 'the', ' ', ' ', '"', '“', '”', '‘', '’', "'", ',', '(', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(isNicknamed(s)).toBe(plainNicknamed(s));
    }), { numRuns: 3000, seed: 7 });
  });
});
