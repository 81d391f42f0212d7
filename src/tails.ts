/**
 * Tests on how a string ends, as backward scans. The regular expressions they replace ended
 * in `…$` without a start anchor: the engine tries every start and scans to the end from each,
 * quadratic on a long run of the characters they accept (the ReDoS check flags them).
 */

const SPACE = /\s/;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Whether one character (a code point) is white space, as `\s` reads it. */
export const isSpace = (ch: string): boolean => SPACE.test(ch);
/** Whether a code point is a letter (`\p{L}`). */
export const isLetter = (ch: string): boolean => LETTER.test(ch);
/** Whether a code point is an upper-case letter (`\p{Lu}`). */
export const isUpper = (ch: string): boolean => UPPER.test(ch);
/** Whether a UTF-16 unit is a word character of `\b` and `\w` (ASCII letters, digits, _). */
export const isWordUnit = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_]/.test(ch);

/** The code point ending at `end` (one or two UTF-16 units), '' at the start. */
function codePointBefore(s: string, end: number): string {
  if (end <= 0) return '';
  const lo = s.charCodeAt(end - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && end >= 2) {
    const hi = s.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(end - 2, end);
  }
  return s[end - 1]!;
}

/** How many code points `s` holds (what a /u pattern's {m,n} counts). */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Where the white space ending at `end` (default: the string's end) begins. */
export function spaceStart(s: string, end = s.length): number {
  let i = end;
  while (i > 0 && isSpace(s[i - 1]!)) i--;
  return i;
}

/** Where the run of code points accepted by `accept` that ends at `end` begins (`end` when none). */
export function runStart(s: string, end: number, accept: (cp: string) => boolean): number {
  let i = end;
  for (let cp = codePointBefore(s, i); cp && accept(cp); cp = codePointBefore(s, i)) i -= cp.length;
  return i;
}

/** Whether any code point of s[start, end) is accepted by `accept`. */
export function someCodePoint(s: string, start: number, end: number, accept: (cp: string) => boolean): boolean {
  for (let i = start; i < end; ) {
    const cp = String.fromCodePoint(s.codePointAt(i)!);
    if (accept(cp)) return true;
    i += cp.length;
  }
  return false;
}

/** `limit`, or, when `pos` is further than `width` from it, the first word start in the last
 *  `width` characters before `pos` (a window never cuts a word). */
export function windowStart(text: string, limit: number, pos: number, width: number): number {
  if (pos - limit <= width) return limit;
  const space = text.slice(pos - width, pos).search(/\s/);
  return space < 0 ? pos - width : pos - width + space + 1;
}
