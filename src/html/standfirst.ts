/**
 * standfirst: the sentence a page prints under its headline to sum up the story, looked for
 * before Readability runs — Readability drops the story's <header>, where it usually sits.
 */
import { foldSpace, tagOf, type DomDocument, type DomElement } from './dom.js';
import { markParts } from './rules.js';
import { STANDFIRST_CLASS_WORDS } from '../lexicon/shared/page-markup.js';

/** Elements whose class or id may name a standfirst (the words are checked on markParts). */
const CANDIDATES = '[class*="standfirst"], [class*="dek"], [class*="Dek"], [class*="subtitle"], [class*="subhead"], [class*="Subhead"], [class*="strapline"], [class*="summary"], [class*="excerpt"], [class*="lede"]';
/** A standfirst is a sentence: this many words at least (fewer is a kicker or a label) … */
const MIN_WORDS = 6;
/** … and at most this many (more is the body or a box of teasers). */
const MAX_WORDS = 80;
/** The candidates looked at, in document order (the standfirst is near the page's top). */
const MAX_CANDIDATES = 12;
/** A clock time, which no standfirst gives ("1:35 a.m."). */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;
/** The standfirst sits with the headline: an element at most this many levels above it holds the <h1>. */
const HEADLINE_LEVELS = 3;

/** The page's standfirst: the text of the first element marked as one that reads as a sentence; null when none. */
export function findStandfirst(document: DomDocument): string | null {
  const h1 = document.body?.querySelector('h1');
  if (!h1) return null;
  const els = document.body!.querySelectorAll(CANDIDATES);
  for (let i = 0; i < els.length && i < MAX_CANDIDATES; i++) {
    const e = els[i]!;
    if (!markParts(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`).some((w) => STANDFIRST_CLASS_WORDS.has(w))) continue;
    // (a summary far from the headline is another story's teaser or the author's box)
    if (!withHeadline(e, h1)) continue;
    // (a box of links that a site calls a summary is no standfirst)
    if (e.querySelectorAll('a, li').length > 1) continue;
    const text = foldSpace(e.textContent ?? '');
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    // (a date line marked as the headline's subtitle: "Jane Roe Nov. 20, 2019 Updated: 1:35 a.m.")
    if (words >= MIN_WORDS && words <= MAX_WORDS && !CLOCK_TIME.test(text)) return text;
  }
  return null;
}

/** Does an element a few levels above `e` (not the body) hold the headline, after which `e` comes? */
function withHeadline(e: DomElement, h1: DomElement): boolean {
  // (compareDocumentPosition: 2 = h1 precedes e)
  if (!((e as DomElement & { compareDocumentPosition(o: DomElement): number }).compareDocumentPosition(h1) & 2)) return false;
  let up: DomElement | null = e.parentElement;
  for (let i = 0; up && i < HEADLINE_LEVELS && tagOf(up) !== 'body'; i++, up = up.parentElement) {
    if ((up as DomElement & { contains(o: DomElement): boolean }).contains(h1)) return true;
  }
  return false;
}
