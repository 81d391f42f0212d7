/**
 * The end of the story's text: a wire's sign-off on the text's last line, and a copyright
 * notice with teaser titles glued to a flattened page's last paragraph.
 */
import type { TextRange } from '../../document.js';
import { trimRange } from '../../document.js';
import { canonicalAgency } from '../../lexicon/shared/agencies.js';
import { letterDigitRuns as wordCount } from '../../words.js';
import type { Paragraph } from '../segment.js';
import type { FurnitureLine } from './furniture.js';
import { TEASER_MIN_WORDS } from './line-shapes.js';

/** The wire's sign-off: the text's last line is an agency's name alone (" REUTER", "AFP"),
 *  or null. Only the last line: a credit under a picture inside a page is no sign-off. */
export function wireSignOff(text: string, lastParagraph: Paragraph): TextRange | null {
  const lineStart = text.lastIndexOf('\n', lastParagraph.end - 1) + 1;
  const line = trimRange(text, Math.max(lineStart, lastParagraph.start), lastParagraph.end);
  const t = text.slice(line.start, line.end);
  return /^[\p{L}][\p{L}.-]{1,20}$/u.test(t) && canonicalAgency(t) ? line : null;
}

/** A copyright notice glued to the end of the last paragraph ("… tallies. Why X Y Z
 *  Copyright © 2025, Site" on a flattened page): the notice, and the teaser titles run
 *  together before it (no sentence ending among them), split off the story. */
export function gluedTrailer(text: string, para: TextRange): { lines: FurnitureLine[]; bodyEnd: number } | null {
  const t = text.slice(para.start, para.end);
  // the last "©" (or "(c)") and what follows it, with a "Copyright" before it
  const mark = Math.max(t.lastIndexOf('©'), t.toLowerCase().lastIndexOf('(c)'));
  if (mark < 0 || !/^(?:©|\(c\))\s*(?:19|20)\d{2}\b[^.!?\n]{0,60}$/iu.test(t.slice(mark))) return null;
  const word = /copyright\s*$/i.exec(t.slice(Math.max(0, mark - 12), mark));
  const noticeStart = word ? mark - word[0].length : mark;
  if (noticeStart === 0) return null;
  const notice = { index: noticeStart };
  const lines: FurnitureLine[] = [{ start: para.start + notice.index, end: para.end, reason: 'copyright' }];
  // the last sentence ending before the notice; the titles after it are teasers
  let storyEnd = -1;
  for (const m of t.slice(0, notice.index).matchAll(/[.!?…]["”’»)]?(?=\s)/gu)) storyEnd = m.index + m[0].length;
  if (storyEnd < 0) return null;
  const teaser = trimRange(text, para.start + storyEnd, para.start + notice.index);
  if (wordCount(text.slice(teaser.start, teaser.end)) >= TEASER_MIN_WORDS) lines.unshift({ ...teaser, reason: 'related-links' });
  else if (teaser.end > teaser.start) return null;
  return { lines, bodyEnd: para.start + storyEnd };
}

