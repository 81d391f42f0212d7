/**
 * prose-window: where the article is among a whole page's blocks, read as the plain-text
 * layout stage reads a scraped page — each line weighted by how much it reads like prose
 * (menus, teasers and furniture cost, sentences count by their words), and the article is the
 * heaviest run of lines. The HTML path falls back on it when Readability finds no article or
 * a scrap of one (a poll, a teaser box) on a page that has a longer text.
 */
import type { Block } from './blocks.js';
import { normalize } from '../stages/normalize.js';
import { findParagraphs } from '../stages/segment.js';
import { readLines } from '../stages/layout/furniture.js';

/** The first and last index of the heaviest run of prose blocks, or null when there is none. */
export function proseWindow(blocks: readonly Block[]): { first: number; last: number } | null {
  if (!blocks.length) return null;
  // one paragraph per block: blank lines between blocks, none inside
  const doc = normalize(blocks.map((b) => b.text.replace(/\s+/g, ' ')).join('\n\n'));
  const paragraphs = findParagraphs(doc.text);
  if (paragraphs.length !== blocks.length) return null;
  const { first, last } = readLines(doc, paragraphs);
  return first <= last ? { first, last } : null;
}
