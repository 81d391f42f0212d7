/**
 * Shapes of single page lines that furniture.ts reads: cookie and newsletter banners, photo
 * captions, bylines' name lists, site suffixes of titles. Each was one regular expression with
 * `.*` or `[…]*` on both sides of a word, which backtracks quadratically on long lines; here
 * they are simple patterns combined in code (each function says which pattern it replaces).
 */
import { trimRange } from '../../document.js';
import { codePoints, isSpace, isUpper, spaceStart } from '../../tails.js';
import { CAPTION_CREDIT_WORD as CAPTION_CREDIT, COOKIE_CONSENT_WORD as COOKIE_ACTION } from '../../lexicon/patterns.js';

/** `.` of a regular expression: any character but a line terminator. */
const hasLineBreak = (s: string): boolean => /[\n\r\u2028\u2029]/.test(s);

const COOKIE = /\bcookies?\b/i;
const COOKIE_BUTTON = /^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|settings)|i agree|got it)$/i;

/** A cookie banner line: "cookie(s)" and, after it, accept/consent/policy/…; or a button. As
 *  /^(?:.*\bcookies?\b.*\b(?:accept|…|experience)\b.*|accept(?: all)?(?: cookies)?|…|got it)$/i. */
export function isCookieLine(t: string): boolean {
  if (COOKIE_BUTTON.test(t)) return true;
  if (hasLineBreak(t)) return false;
  const c = COOKIE.exec(t);
  // after the first "cookie": the word after it ends on a boundary, so \b reads the same on the slice
  return !!c && COOKIE_ACTION.test(t.slice(c.index + c[0].length));
}

const NEWSLETTER = /\bnewsletters?\b/i;
const SUBSCRIBE = /^(?:subscribe(?: now)?|sign up)\b.{0,80}$/i;
const LATEST_INBOX = /^get the latest\b.{0,80}\binbox\b/i;

/** A newsletter box line. As /^(?:.*\bnewsletters?\b.*|subscribe(?: now)?\b.{0,80}|sign up\b.{0,80}|get the latest\b.{0,80}\binbox\b.*)$/i. */
export function isNewsletterLine(t: string): boolean {
  if (SUBSCRIBE.test(t)) return true;
  return !hasLineBreak(t) && (NEWSLETTER.test(t) || LATEST_INBOX.test(t));
}

/**
 * A photo caption: the line ends with a credit in parentheses or brackets ("(AFP)",
 * "[Gleb Garanich/Reuters]"), a period after it allowed. As /[([][^()[\]]*\b(?:photos?|…|anadolu)\b[^()[\]]*[)\]]\.?$/i
 * on the trimmed line: only the last bracket pair can hold it (its content has no bracket).
 */
export function isCaption(s: string): boolean {
  const t = s.trim();
  const end = t.endsWith('.') ? t.length - 1 : t.length;
  if (t[end - 1] !== ')' && t[end - 1] !== ']') return false;
  let open = end - 2;
  while (open >= 0 && !'()[]'.includes(t[open]!)) open--;
  return open >= 0 && (t[open] === '(' || t[open] === '[') && CAPTION_CREDIT.test(t.slice(open + 1, end - 1));
}

const SITE_SEPARATOR = '|–—-';

/**
 * "Title | Site", "Title - The Washington Post" -> "Title": as
 * l.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, '') — the last separator, white space on both sides,
 * 2 to 40 characters after the space(s).
 */
export function stripSiteName(l: string): string {
  let sep = l.length - 1;
  while (sep >= 0 && !SITE_SEPARATOR.includes(l[sep]!)) sep--;
  if (sep < 1) return l;
  const before = spaceStart(l, sep);
  if (before === sep) return l;
  const spaces = trimRange(l, sep + 1, l.length).start - sep - 1;
  // (in code points, as the /u pattern counts)
  const rest = codePoints(l.slice(sep + 1));
  // some split of the spaces (at least one kept before the name) leaves 2 to 40 characters
  if (spaces < 1 || Math.max(1, rest - 40) > Math.min(spaces, rest - 2)) return l;
  return l.slice(0, before);
}

const NAME_CHAR = (cp: string) => /[\p{L}.'’-]/u.test(cp);

/**
 * Names after "By": "Jane Doe", "A, B and C", "Jane Doe | Reuters", "Jane Doe, staff". As
 * /^[\p{Lu}][\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?[\p{Lu}][\p{L}.'’-]*){0,8}(?:\s*[,|;]\s*.{0,60})?$/u,
 * read left to right: every part is a whole run, so there is one reading only.
 */
export function isNameList(s: string): boolean {
  let i = nameEnd(s, 0);
  if (i < 0) return false;
  for (let names = 1; ; names++) {
    if (i === s.length || nameListTail(s, i)) return true;
    if (names > 8) return false;
    // a separator: white space and commas, then "and " or "& "
    let j = i;
    while (j < s.length && (s[j] === ',' || isSpace(s[j]!))) j++;
    if (j === i) return false;
    const conj = /^(?:and|&)\s+/.exec(s.slice(j, j + 12));
    if (conj) {
      j += conj[0].length;
      while (j < s.length && isSpace(s[j]!)) j++;
    }
    i = nameEnd(s, j);
    if (i < 0) return false;
  }
}

/** The end of a name (a capital, then letters . ' ’ -) starting at `at`, or -1. */
function nameEnd(s: string, at: number): number {
  const first = s.codePointAt(at);
  if (first === undefined || !isUpper(String.fromCodePoint(first))) return -1;
  let i = at + String.fromCodePoint(first).length;
  while (i < s.length) {
    const cp = String.fromCodePoint(s.codePointAt(i)!);
    if (!NAME_CHAR(cp)) break;
    i += cp.length;
  }
  return i;
}

/** "…, staff writer" / "… | Reuters": a separator , | ; then up to 60 characters of one line. */
function nameListTail(s: string, at: number): boolean {
  const mark = trimRange(s, at, s.length).start;
  if (!',|;'.includes(s[mark] ?? 'x')) return false;
  const i = trimRange(s, mark + 1, s.length).start;
  // (60 code points, as the /u pattern counts)
  return codePoints(s.slice(i)) <= 60 && !hasLineBreak(s.slice(i));
}

