/**
 * layout: where the article is on the page. The dateline (dateline.ts), the furniture around
 * the body — kicker, headline, byline, menus, related links, comment forms — and the body
 * itself (furniture.ts), and from them the sentences the later stages read.
 *
 * Each paragraph's furniture reason is computed once (readLines) and serves the dateline
 * search (furniture is skipped) and the furniture split. A page whose dateline opens the
 * body only after its navigation is read in a second pass that reuses that reading.
 */
import type { Doc, TextRange } from '../../document.js';
import { trimRange } from '../../document.js';
import { defineStage } from '../../stage.js';
import type { Paragraph, Segments, Sentence } from '../segment.js';
import { findDateline, loneDatelinePlace, type DatelineAnnotation } from './dateline.js';
import { findFurniture, readLines, type Furniture } from './furniture.js';
import { isByline, isProse, isTimestamp } from './line-shapes.js';

export interface Layout {
  dateline: DatelineAnnotation | null;
  furniture: Furniture;
  /** Per paragraph (by index): read as the article's text, i.e. in the body window and not
   *  furniture, or the standfirst (which reports like the body: "The President stressed that …"). */
  inBody: readonly boolean[];
  /** The body's paragraphs, the first without its dateline (not the standfirst). */
  bodyParagraphs: readonly TextRange[];
  /** The sentences read as the article's text, where quotes are looked for: the standfirst's
   *  and the body's, without the dateline. */
  bodySentences: readonly Sentence[];
  /** Sentences outside the body that name people and organisations too: the headline, in
   *  plain copy its slug and table lines (not the kicker, byline or furniture), and the titles
   *  of teaser links inside the body. */
  frontSentences: readonly Sentence[];
}

/** The layout stage. */
export const layoutStage = defineStage({
  name: 'layout',
  needs: ['segment'],
  summary: 'dateline, headline, kicker, standfirst, byline, page furniture and the body',
  run: (doc: Doc, up: { segment: Segments }): Layout => readLayout(doc, up.segment),
});

/** Find the dateline, the furniture and the body of a segmented document. */
export function readLayout(doc: Doc, { paragraphs, sentences }: Segments): Layout {
  const read = readLines(doc, paragraphs);
  const isFurniture = (p: Paragraph) => read.reasons[p.index] !== null;
  let dateline = findDateline(doc, paragraphs, isFurniture);
  let furniture = findFurniture(doc, paragraphs, dateline, read);
  // a page: the dateline may open the body only after its navigation
  if (!dateline && furniture.bodyFirst >= 0) {
    const late = lateDateline(doc, paragraphs, furniture.bodyFirst, isFurniture);
    if (late) {
      dateline = late;
      furniture = findFurniture(doc, paragraphs, dateline, read);
    }
  }

  const boiler = new Set(furniture.boilerplate.map((b) => b.start));
  const standfirst = furniture.standfirst;
  const inside = (r: TextRange | null) => (p: Paragraph) => !!r && p.start >= r.start && p.end <= r.end;
  const isStandfirst = inside(standfirst);
  const inWindow = (p: Paragraph) => p.index >= furniture.bodyFirst && p.index <= furniture.bodyLast && !boiler.has(p.start);
  const inBody = paragraphs.map((p) => inWindow(p) || isStandfirst(p));
  // names before the body — the headline, and in plain copy its slug and table lines — are
  // mentions too (quotes there are not: a headline paraphrases; the standfirst is read with the body)
  // (the byline's names are people of the story too — "By Jane Doe and Omar Haddad" — the kicker's words are none)
  const frontMatter = new Set([furniture.kicker?.start]);
  // (and the titles of teaser links inside the body: their names are mentions, their words no quotes)
  const teaser = new Set(furniture.boilerplate.filter((b) => b.reason === 'related-links').map((b) => b.start));
  const inBodyTeaser = (p: Paragraph) => p.index > furniture.bodyFirst && p.index < furniture.bodyLast && teaser.has(p.start);
  const frontSentences = sentences.filter((s) => {
    const p = paragraphs[s.paragraph]!;
    return (s.paragraph >= furniture.scopeFirst && s.paragraph < furniture.bodyFirst && !boiler.has(p.start) && !frontMatter.has(p.start) && !isStandfirst(p)) || inBodyTeaser(p);
  });
  // the dateline is not part of the first sentence
  // (the body may end inside its last paragraph: a sign-off or a glued copyright after it)
  const bodyEnd = furniture.body?.end ?? doc.text.length;
  const clip = (s: Sentence): Sentence => (s.end > bodyEnd ? { ...s, end: trimRange(doc.text, s.start, bodyEnd).end } : s);
  const bodySentences = sentences
    .filter((s) => inBody[s.paragraph]! && !(dateline && s.end <= dateline.end && s.start >= dateline.start) && s.start < bodyEnd)
    .map((s) => clip(dateline && s.start < dateline.end && s.end > dateline.end ? { ...s, start: trimRange(doc.text, dateline.end, s.end).start } : s));
  const bodyParagraphs = paragraphs.filter(inWindow).map((p) => ({ start: dateline && dateline.paragraph === p.index ? dateline.end : p.start, end: Math.min(p.end, bodyEnd) }));
  return { dateline, furniture, inBody, bodyParagraphs, bodySentences, frontSentences };
}

/** How many paragraphs above the body window a page's dateline may open the story: the window
 *  drops a first paragraph that links broke into unpunctuated pieces ("GENEVA (AP) — The talks
 *  between" / "Kyiv and Moscow" / "ended on Tuesday."). */
const LATE_ABOVE = 3;
/** How many paragraphs into the body window a lone place line may stand: under a standfirst,
 *  the byline and the date line come first ("By …" / "27.02.2026 - Update" / "MOSCOW" / prose). */
const LATE_BELOW = 3;

/**
 * The dateline of a page, looked for around the body window once the page's navigation is
 * known: any dateline form in the paragraphs just above the window or at its start; a lone
 * place line just above it; or a lone place line inside the window's first paragraphs that
 * comes right after a byline or a date line and right before prose (the position cue).
 */
function lateDateline(doc: Doc, paragraphs: readonly Paragraph[], bodyFirst: number, isFurniture: (p: Paragraph) => boolean): DatelineAnnotation | null {
  const from = Math.max(0, bodyFirst - LATE_ABOVE);
  const found = findDateline(doc, paragraphs.slice(from, bodyFirst + 1), isFurniture);
  if (found && found.paragraph >= from && found.paragraph <= bodyFirst) return found;
  const before = paragraphs[bodyFirst - 1];
  const lone = before ? loneDatelinePlace(doc, before) : null;
  if (lone) return lone;
  const line = (i: number) => doc.text.slice(paragraphs[i]!.start, paragraphs[i]!.end);
  for (let i = Math.max(1, bodyFirst); i <= bodyFirst + LATE_BELOW && i < paragraphs.length - 1; i++) {
    if ((!isByline(line(i - 1)) && !isTimestamp(line(i - 1))) || !isProse(line(i + 1))) continue;
    const place = loneDatelinePlace(doc, paragraphs[i]!);
    if (place) return place;
  }
  return null;
}
