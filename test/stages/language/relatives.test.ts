import { describe, expect, it } from 'vitest';
import { kazakhLatinEvidence, serbianLatinEvidence, settlePair } from '../../../src/stages/language/relatives.js';
import { Reading } from '../../../src/stages/language/reading.js';

describe('language relatives', () => {
  it('settlePair puts the relative whose own words the text has first, keeping the scores in place', () => {
    const ranked: Array<[string, number]> = [['dan', 1], ['nob', 0.98], ['swe', 0.9]];
    expect(settlePair(new Reading('Regjeringen sier at det blir mye vanskeligere for meg etter valget.'), ranked)).toEqual([['nob', 1], ['dan', 0.98], ['swe', 0.9]]);
    expect(settlePair(new Reading('Regeringen siger at det bliver meget sværere for mig efter valget.'), ranked)).toEqual(ranked);
  });

  it('tells Kazakh and Serbian written in Latin letters by their own words', () => {
    expect(kazakhLatinEvidence(new Reading('Qazaqstan men Qytaı arasyndaǵy saýda kólemi ósti jáne eki el kelisti.'))).toBe(true);
    expect(kazakhLatinEvidence(new Reading('Kazakhstan and China signed a trade deal on Monday.'))).toBe(false);
    expect(serbianLatinEvidence(new Reading('Vlada Srbije je posle sednice rekla da je reke u Beogradu potrebno čistiti.'))).toBe(true);
    expect(serbianLatinEvidence(new Reading('Vlada je poslije sjednice rekla da rijeke treba očistiti prije zime.'))).toBe(false);
  });
});
