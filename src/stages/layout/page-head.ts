/**
 * The page's head between the headline and the body: where the body starts below the
 * standfirst, byline, date lines and labels that a page puts over its article, and which
 * sentence is the standfirst.
 */
import { letterDigitRuns as wordCount } from '../../words.js';
import { isByline, isBylineKeyword, isCaption, isNameLine, isProse, isTimestamp, isTitleCase, isWholeLine, SENTENCE_WORDS, STANDFIRST_MIN_WORDS, standfirstShape } from './line-shapes.js';

/** How many lines at the top of the body window may be the page's head matter: a standfirst,
 *  the byline, date lines, labels, the dateline's place. */
export const HEAD_ZONE = 8;
/** A label of the head ("Updated", "Senior Writer/Editor, Latin America"): a few words, no sentence. */
const HEAD_LABEL_WORDS = 6;

/** A line of a page's head: a byline, a date line, a name, the byline keyword, furniture, or a label. */
export function isHeadLine(line: string, reason: string | null): boolean {
  const t = line.trim();
  return reason !== null || isByline(t) || isTimestamp(t) || isNameLine(t) || isBylineKeyword(t) || isCaption(t) || (wordCount(t) <= HEAD_LABEL_WORDS && !/[.!?]["”»’]?$/.test(t));
}

/**
 * Where the body starts when the window's top holds the head: a standfirst, then the byline,
 * the date line, labels and the dateline ("Summary sentence." / "By Jane Doe" / "Updated" /
 * "12.03.2026 10:15" / "OSLO" / prose). The body starts at the dateline; on a page with no
 * dateline there, at the first prose line after the last byline or date line (plain copy
 * keeps its "Name" / "PLACE 1996-08-30" lines in the story). Only the window's first line
 * may be a sentence (the standfirst), the others are head lines. Else `first` as it is.
 */
export function belowHeadMatter(lines: readonly string[], reasons: ReadonlyArray<string | null>, first: number, last: number, datelineParagraph: number, plainCopy: boolean): number {
  const zoneEnd = Math.min(last - 1, first + HEAD_ZONE);
  const head = (i: number) => isHeadLine(lines[i]!, reasons[i]!);
  // (the standfirst, a sentence, may only be the window's first line)
  const allHead = (from: number, to: number) => lines.slice(from, to).every((_, k) => k + from === first || head(k + from));
  if (datelineParagraph > first && datelineParagraph <= zoneEnd + 1 && allHead(first, datelineParagraph)) return datelineParagraph;
  if (plainCopy || datelineParagraph === first) return first;
  let marker = -1;
  for (let i = first; i <= zoneEnd; i++) {
    if (i > first && !head(i)) break;
    const t = lines[i]!.trim();
    if (isByline(t) || isTimestamp(t) || isBylineKeyword(t) || (isNameLine(t) && i > first)) marker = i;
  }
  if (marker < 0) return first;
  let start = marker + 1;
  while (start <= last && (isCaption(lines[start]!) || (!isProse(lines[start]!) && head(start)))) start++;
  return start <= last && isProse(lines[start]!) ? start : first;
}

/**
 * The standfirst: the first sentence under the headline (a repeated title, the byline, date
 * lines and labels may come between) when it stands above the body; with no headline, the
 * line right above the body when it is shaped like a standfirst (STANDFIRST_RULES), or when
 * it is a sentence and the body opens with the dateline. -1 when there is none.
 */
export function findStandfirst(lines: readonly string[], reasons: ReadonlyArray<string | null>, headlineIdx: number, first: number, datelineOpens: boolean): number {
  if (headlineIdx < 0) {
    const above = lines[first - 1];
    // (a shorter sentence over the dateline is a title written with a period)
    return above !== undefined && !reasons[first - 1] && isWholeLine(above) && (standfirstShape(above) || (datelineOpens && wordCount(above) >= SENTENCE_WORDS && !isTitleCase(above))) ? first - 1 : -1;
  }
  for (let i = headlineIdx + 1; i < first; i++) {
    const t = lines[i]!.trim();
    if (reasons[i] || isByline(t) || isTimestamp(t) || isNameLine(t) || isCaption(t) || wordCount(t) <= HEAD_LABEL_WORDS) continue;
    return wordCount(t) >= STANDFIRST_MIN_WORDS && !isTitleCase(t) && isWholeLine(t) ? i : -1;
  }
  return -1;
}

