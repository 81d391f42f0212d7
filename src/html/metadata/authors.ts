/**
 * authors: the people a page credits, as a clean list of names. Bylines and author tags carry
 * more than names — "By", a date glued on, a role ("Staff Writer"), an agency after a bar,
 * profile addresses — and list several people in one string ("A, B and C").
 */
import { BYLINE_WORD_ANY_CASE } from '../../lexicon/patterns.js';
import { monthNumber } from '../../lexicon/shared/months.js';
import { AUTHOR_ROLE_WORDS } from '../../lexicon/shared/page-markup.js';
import { trimEndOf, trimOf } from '../text.js';

/** Where one name of a list ends: a comma, semicolon, ampersand, bar, slash or "and". */
const SEPARATOR = /[,;&|/•·]|\b(?:and|und|et|y|e)\b/iu;

/** The text without its leading "By" (or "Por", "Von", …; alone, it leaves nothing). */
const withoutBylineWord = (s: string): string => `${s.trim()} `.replace(BYLINE_WORD_ANY_CASE, '').trim();

/** One name from a part of a byline, or null when the part is no name (a role, a date, an address). */
function cleanName(part: string): string | null {
  let s = part.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  s = withoutBylineWord(s);
  // a date glued on: cut at its first month name or number
  const words = s.split(' ');
  const dateAt = words.findIndex((w, i) => i > 0 && (monthNumber(w.replace(/[.,]$/, '')) !== null || /^\d/.test(w)));
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
