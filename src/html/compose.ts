/**
 * compose: the page's text as the HTML path analyses it — the headline, the standfirst and the
 * byline first, then the body's blocks, one paragraph each, a blank line between. Furniture the
 * rules found inside the article element is left out, so the body is one range of the text.
 */
import type { TextRange } from '../document.js';
import type { Extraction } from './extract.js';
import { BYLINE_WORD_ANY_CASE } from '../lexicon/patterns.js';

/** The page's text and where its parts are in it. */
export interface ComposedPage {
  text: string;
  headline: TextRange | null;
  byline: TextRange | null;
  /** the paragraphs of the article's header under the headline (standfirst, kicker) */
  front: TextRange[];
  /** the standfirst: the first of them that is a sentence long, not a kicker or a label */
  standfirst: TextRange | null;
  /** the body; null when the page has no article */
  body: TextRange | null;
}

/** Fewer words than this above the body is a kicker or a label, not a standfirst. */
const STANDFIRST_MIN_WORDS = 6;

const words = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Is this block the headline again (the article element repeats its title)? */
function repeatsHeadline(block: string, headline: string | null): boolean {
  if (!headline) return false;
  const a = words(block).join(' ');
  const b = words(headline).join(' ');
  return a.length > 0 && (a === b || (a.length > 20 && b.startsWith(a)) || (b.length > 20 && a.startsWith(b) && a.length - b.length < 30));
}

/**
 * Compose the text of a page from its headline and the extraction's blocks.
 * @param printedStandfirst the standfirst the page prints (standfirst.ts), used when the
 *   article element has none above its body and does not hold that text itself
 */
export function composePage(extraction: Extraction, headline: string | null, printedStandfirst: string | null = null): ComposedPage {
  let text = '';
  const add = (s: string): TextRange => {
    if (text) text += '\n\n';
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  const blocks = extraction.blocks;
  const firstBody = blocks.findIndex((b) => !b.reason && !repeatsHeadline(b.text, headline));
  const page: ComposedPage = { text: '', headline: null, byline: null, front: [], standfirst: null, body: null };
  if (headline) page.headline = add(headline.replace(/\s+/g, ' ').trim());
  const before = firstBody < 0 ? blocks : blocks.slice(0, firstBody);
  const printed = printedStandfirst ? words(printedStandfirst).join(' ') : '';
  if (printed && !before.some((b) => b.reason === 'front' && b.words >= STANDFIRST_MIN_WORDS) && !blocks.some((b) => words(b.text).join(' ').includes(printed)) && !repeatsHeadline(printedStandfirst!, headline)) {
    page.standfirst = add(printedStandfirst!);
    page.front.push(page.standfirst);
  }
  for (const b of before) {
    if (b.reason !== 'front' || repeatsHeadline(b.text, headline)) continue;
    const r = add(b.text);
    page.front.push(r);
    if (!page.standfirst && b.words >= STANDFIRST_MIN_WORDS) page.standfirst = r;
  }
  // the page's "By …" line, else the byline Readability took out of the article (its names)
  const byline = before.find((b) => b.reason === 'byline' && b.words > 1 && BYLINE_WORD_ANY_CASE.test(b.text))?.text ?? (extraction.byline ? extraction.byline.replace(/\s+/g, ' ').trim() : null);
  if (byline) page.byline = add(byline);
  if (firstBody >= 0) {
    let body: TextRange | null = null;
    for (const b of blocks.slice(firstBody)) {
      if (b.reason) continue;
      const r = add(b.text);
      body = body ? { start: body.start, end: r.end } : r;
    }
    page.body = body;
  }
  page.text = text;
  return page;
}
