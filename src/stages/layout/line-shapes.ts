/**
 * Shapes of single page lines that the layout reads: cookie and newsletter banners, photo
 * captions, bylines and their name lists, date lines, prose, titles, kickers, teaser links,
 * site suffixes of titles, and the standfirst's sentence. The banners were each one regular
 * expression with `.*` or `[…]*` on both sides of a word, which backtracks quadratically on
 * long lines; here they are simple patterns combined in code (each function says which
 * pattern it replaces).
 */
import { trimRange } from '../../document.js';
import { codePoints, isSpace, isUpper, spaceStart } from '../../tails.js';
import { letterDigitRuns as wordCount } from '../../words.js';
import { canonicalAgency } from '../../lexicon/shared/agencies.js';
import { isFirstName, isPlaceName } from '../../lexicon/index.js';
import { DANGLING_WORDS, NOT_NAME_WORDS, TITLE_CASE_SMALL_WORDS } from '../../lexicon/en/function-words.js';
import { BYLINE_WORD_ANY_CASE as BYLINE_KEYWORD, CAPTION_CREDIT_WORD as CAPTION_CREDIT, CONTINUING_OPENER, COOKIE_CONSENT_WORD as COOKIE_ACTION, PAST_REPORTING_VERB } from '../../lexicon/patterns.js';

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

// "By Jane Doe", "By HANNAH OYELARAN", "Por María Pérez": the keyword case-insensitive,
// the name's capital case-sensitive (the /i flag would let "By experts and staff" pass)
/** A byline: "By …", or a bare name with a separator ("Emre Gurkan Abay |"). */
export function isByline(line: string): boolean {
  const t = line.trim();
  const m = BYLINE_KEYWORD.exec(t);
  if (m) return isNameList(t.slice(m[0].length));
  return /^[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’.-]*){1,3}\s*\|$/u.test(t) || CAPITALS_NAME_LIST.test(t);
}
/** Names in capitals joined by a lower-case "and" or commas ("MARTA LINDQVIST and OWEN PRICE"):
 *  a wire byline without "By" (a headline in capitals writes "AND"). */
const CAPITALS_NAME_LIST = /^[\p{Lu}][\p{Lu}'’.-]+(?: [\p{Lu}][\p{Lu}'’.-]+){1,2}(?:(?:, | and |, and )[\p{Lu}][\p{Lu}'’.-]+(?: [\p{Lu}][\p{Lu}'’.-]+){1,2})+$/u;
/** The byline keyword alone on its line ("By"), the name on the next line. */
export const isBylineKeyword = (line: string): boolean => BYLINE_KEYWORD.test(line.trim() + ' ') && wordCount(line) === 1;
const TIMESTAMP = /^(?:(?:published|updated|posted|last updated)\s*(?::\s*)?)?(?:\p{L}+,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[\sT,|-]+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|gmt|utc|[+-]\d{2}:?\d{2}))?)?.{0,40}$/iu;
/** A date or time line ("Tue, February 24, 2026 at 3:44 PM UTC", "14 November 2026, 16:42"). */
export const isTimestamp = (line: string): boolean => TIMESTAMP.test(line.trim());

/** Looks like running prose: long enough, several words, ends like a sentence. */
export function isProse(s: string): boolean {
  const t = s.trim();
  const words = wordCount(t);
  return (words >= 8 && /[.!?…"”»’)\]]$/.test(t)) || words >= 25;
}

/** Looks like a title: a few words, no sentence ending other than ? or ! (or an all-caps line). */
export function isTitleLike(s: string): boolean {
  const t = s.trim();
  const words = wordCount(t);
  if (words < 2 || words > 40 || t.length > 300) return false;
  if (/[.:;,]$/.test(t) && !(t === t.toUpperCase() && /\p{Lu}{3}/u.test(t))) return false;
  return /^[\p{L}\d"“‘«(]/u.test(t);
}

/** Kicker: a one-to-four-word section label ("News", "World | Asia"). */
export function isKickerLike(s: string): boolean {
  const t = s.trim();
  return t.length <= 40 && t.split(/\s+/).length <= 4 && !/[.!?]$/.test(t) && /^[\p{Lu}]/u.test(t);
}

/** A bare name line ("Ashley Carnahan"): the author under a headline. A place that is no
 *  first name does not open one ("Russia Ukraine War" is a photo's slug). */
export function isNameLine(s: string): boolean {
  const t = s.trim();
  if (!/^[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}]\.?)?(?: [\p{Lu}][\p{Ll}'’-]+){1,2}$/u.test(t)) return false;
  if (canonicalAgency(t)) return false; // "Thomson Reuters": the agency's credit
  const words = t.toLowerCase().split(' ');
  // ("What We Do" is a menu item: a name has no function word that is no first name)
  if (words.some((w) => NOT_NAME_WORDS.has(w) && !isFirstName(w))) return false;
  return !isPlaceName(words[0]!) || isFirstName(words[0]!);
}

/** Most words capitalised: a title, a teaser or a menu, not running text. */
export function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  if (content.length < 3) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.75;
}

/**
 * A line that reads as a story's first sentence, not as its title, though it has no final
 * period (TASS opens with such a standfirst): headlines report in the present ("…, minister
 * says") and start afresh. Tried on lines of STANDFIRST_MIN_WORDS words or more.
 */
const STANDFIRST_RULES = [
  // "The President stressed that Moscow would …", "…, the Russian president said"
  ['reports', PAST_REPORTING_VERB],
  // "According to the minister, talks are possible"
  ['according-to', /^According to\b/],
  // "The presidents also talked about …", "Pumping also continues …": it goes on from a text
  ['goes-on', /^(?:\S+\s+){1,4}also\s/],
  // "However, the minister noted …"
  ['connective', CONTINUING_OPENER],
] as const satisfies ReadonlyArray<readonly [rule: string, test: RegExp]>;
/** A line this long is a sentence, not a title (a headline seldom runs past fifteen words). */
export const SENTENCE_WORDS = 20;
/** Shorter lines are titles whatever their verbs ("Minister said to quit"). */
export const STANDFIRST_MIN_WORDS = 10;

/** The STANDFIRST_RULES rule a line meets, or null. */
export function standfirstShape(line: string): (typeof STANDFIRST_RULES)[number][0] | null {
  const t = line.trim();
  if (wordCount(t) < STANDFIRST_MIN_WORDS) return null;
  for (const [rule, test] of STANDFIRST_RULES) if (test.test(t)) return rule;
  return null;
}

/** One whole line of text: not pieces that links broke and the segmenter rejoined ("… on\nthe
 *  fourth anniversary"), nor a line cut after a function word ("… has left more than"). */
export function isWholeLine(line: string): boolean {
  const t = line.trim();
  // (the last word, read backwards: a pattern /[\p{L}']+$/ would retry at every letter)
  let w = t.length;
  while (w > 0 && /[\p{L}']/u.test(t[w - 1]!)) w--;
  return !t.includes('\n') && !DANGLING_WORDS.has(t.slice(w).toLowerCase());
}

/** Fewer words are no list of teasers. */
export const TEASER_MIN_WORDS = 6;

/**
 * A teaser link inside a page's article: a headline in title case ("Mayor Vows To Reopen Old
 * Quay As Storm Season Nears End"), six words or more, no sentence ending, not a list item,
 * with a capitalised function word after its first — title case that prose and names do not
 * write ("Russian President Vladimir Putin" has none).
 */
export function isTeaserLink(line: string): boolean {
  const t = line.trim();
  if (t.includes('\n') || /^[-•*–]/.test(t) || /[.!?:;,)\]"'”»’]$/.test(t) || wordCount(t) < TEASER_MIN_WORDS || !isTitleCase(t)) return false;
  return t.split(/\s+/).slice(1).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && TITLE_CASE_SMALL_WORDS.has(w.toLowerCase()));
}
