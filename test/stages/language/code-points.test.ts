/** codePointCounter counts what the class's global match would list. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointCounter } from '../../../src/stages/language/code-points.js';

// Latin letters of many blocks (ª ʰ ᴀ ﬀ Ⅻ Ａ are Latin too), other scripts, marks, Latin
// letters outside the BMP (𐞀 𝼀), a non-letter outside it (😀) and lone surrogates
const PIECES = ['a', 'Z', 'é', 'ß', 'ı', 'ǵ', 'ń', 'ª', 'ʰ', 'ᴀ', 'ﬀ', 'Ⅻ', 'Ａ', 'ж', 'ә', 'ا', '東', 'α', '\u0301', '1', ' ', '’', '𐞀', '𝼀', '😀', '\ud800', '\udc00'];
const mixed = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('codePointCounter', () => {
  it('counts the code points of a class as its global match lists them, on any text', () => {
    for (const [cls, all] of [[/\p{Script=Latin}/u, /\p{Script=Latin}/gu], [/\p{Script=Cyrillic}/u, /\p{Script=Cyrillic}/gu], [/[ǵń]/u, /[ǵń]/gu]] as const) {
      const count = codePointCounter(cls);
      fc.assert(
        fc.property(fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
          expect(count(s)).toBe((s.match(all) ?? []).length);
        }),
      );
    }
  });
});
