/**
 * authors: the people a page credits, as a clean list of names. Bylines and author tags carry
 * more than names — "By", a date glued on, a role ("Staff Writer"), an agency after a bar,
 * profile addresses — and list several people in one string ("A, B and C").
 */
import { BYLINE_WORD_ANY_CASE } from '../../lexicon/patterns.js';
import { monthNumber } from '../../lexicon/shared/months.js';
import { AUTHOR_ROLE_WORDS } from '../../lexicon/shared/page-markup.js';
import { WEEKDAYS } from '../../lexicon/en/time.js';
import { trimEndOf, trimOf } from '../text.js';

/** Where one name of a list ends: a comma, semicolon, ampersand, bar, slash or "and". */
const SEPARATOR = /[,;&|/•·]|\b(?:and|und|et|y|e)\b/iu;

/** The text without its leading "By" (or "Por", "Von", …; alone, it leaves nothing). */
const withoutBylineWord = (s: string): string => `${s.trim()} `.replace(BYLINE_WORD_ANY_CASE, '').trim();

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
/** A month or weekday name ("November", "Nov.", "Monday"). */
/** Words that open a date line glued to a byline ("Jane Roe Published 10:48 p.m."). */
const DATE_LABEL = /^(?:published|updated|posted|modified)\b/i;
const isCalendarWord = (w: string): boolean => monthNumber(w.replace(/[.,]$/, '')) !== null || WEEKDAY_SET.has(w.replace(/[.,]$/, '').toLowerCase());

/** One name from a part of a byline, or null when the part is no name (a role, a date, an address). */
function cleanName(part: string): string | null {
  let s = part.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  s = withoutBylineWord(s);
  // a date glued on without a space, where the page's markup put it in an element of its own ("Jeff FoustMonday")
  s = s.replace(/(\p{Ll})(\p{Lu}\p{Ll}+)/gu, (m, a: string, b: string) => (isCalendarWord(b) ? `${a} ${b}` : m));
  // a date glued on: cut at its first month or weekday name or number
  const words = s.split(' ');
  // (a part that is only a date, "November 18", is no name; "April Ross" is)
  if (isCalendarWord(words[0]!) && (words.length === 1 || /^\d/.test(words[1]!))) return null;
  const dateAt = words.findIndex((w, i) => i > 0 && (isCalendarWord(w) || DATE_LABEL.test(w) || /^\d/.test(w)));
  if (dateAt > 0) s = words.slice(0, dateAt).join(' ');
  s = trimEndOf(trimOf(s, '-–—:'), '-–—:.,');
  if (!s || /^(?:https?:|www\.)|@|\d/.test(s)) return null;
  const ws = s.split(' ');
  if (ws.length > 5) return null;
  if (ws.some((w) => AUTHOR_ROLE_WORDS.has(w.toLowerCase()))) return null;
  // a name starts with a capital
  if (!/^\p{Lu}/u.test(s)) return null;
  return s;
}

/** The names in bylines and author values, in order, each once (compared case-insensitively). */
export function authorNames(values: ReadonlyArray<string | null | undefined>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (!v) continue;
    for (const part of withoutBylineWord(v).split(SEPARATOR)) {
      const name = cleanName(part);
      const key = name?.toLowerCase();
      if (name && key && !seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}
