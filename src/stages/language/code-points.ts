/**
 * Counting the code points of a character class without listing them: `text.match(/…/gu)`
 * made an array of every letter it counted (every Latin letter of a segment, to know a share).
 * The class is tested once per code unit, kept in blocks of 256 filled on first use.
 */
import { codeUnitClass } from '../../code-unit-class.js';

/** A counter of the code points `cls` (a pattern of one code point, flag u, not global)
 *  matches in a text: what `(text.match(cls with g) ?? []).length` counts. */
export function codePointCounter(cls: RegExp): (text: string) => number {
  const isIn = codeUnitClass(cls);
  return (text) => {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // a surrogate pair is one code point (outside the BMP: rare, tested whole)
      if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (cls.test(text.slice(i, i + 2))) n++;
        i++;
      } else if (isIn(c)) n++;
    }
    return n;
  };
}

/** How many times `re` (flag g) matches in a text: for the rarer marks of a language. */
export const matchCount = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** Letters of the Latin script in a text (the share of a distinctive letter is over them). */
export const latinLetters = codePointCounter(/\p{Script=Latin}/u);
