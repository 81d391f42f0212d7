/**
 * byline: the page's printed byline ("By Dana Whitfield and Marco Ellery"), looked for in the
 * page before Readability runs — Readability drops a story's <header> with the byline in it as
 * an unlikely candidate, and takes only the first byline-like element it walks past.
 */
import type { DomDocument } from './dom.js';
import { foldSpace } from './dom.js';
import { BYLINE_WORD_ANY_CASE } from '../lexicon/patterns.js';
import { isNameList } from '../stages/layout/line-shapes.js';

/** Elements that may hold a byline: a rel=author link, an itemprop=author, a class or id with "byline". */
const CANDIDATES = '[rel="author"], [itemprop~="author"], [class*="byline"], [class*="Byline"], [id*="byline"]';

/** The first byline the page prints: "By" (or "Por", "Von", …) and a list of names; null when none. */
export function findByline(document: DomDocument): string | null {
  const els = document.body?.querySelectorAll(CANDIDATES) ?? [];
  for (let i = 0; i < els.length && i < 20; i++) {
    const text = foldSpace(els[i]!.textContent ?? '');
    if (text.length < 4 || text.length > 100) continue;
    const m = BYLINE_WORD_ANY_CASE.exec(text);
    if (m && isNameList(text.slice(m[0].length).trim())) return text;
  }
  return null;
}
