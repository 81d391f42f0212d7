/**
 * page-layout: the layout stage's annotations for a page's text, from what the page's markup
 * already told: where the headline, standfirst, byline and body are. The plain-text layout
 * stage guesses these from line shapes; here they are known, so the later stages (quotes,
 * entities, attribution, language) read exactly the page's body, and its headline and
 * standfirst for names. Only the dateline is still searched for, at the body's start.
 */
import type { Doc, TextRange } from '../document.js';
import { trimRange } from '../document.js';
import type { Layout } from '../stages/layout/index.js';
import { findDateline } from '../stages/layout/dateline.js';
import type { Segments } from '../stages/segment.js';

/** Where the page's parts are in its text (ranges of the normalised text). */
export interface PageParts {
  headline: TextRange | null;
  byline: TextRange | null;
  /** the standfirst and other lines above the body that name people (no quotes are read there) */
  front: readonly TextRange[];
  /** the standfirst among them, reported in the record; read like the other front lines,
   *  since its quotes and people are the body's again (a version that read it with the body, and
   *  the other header lines not at all, lowered the agreement of the page's people with its
   *  body's from 0.974 to 0.939 on the benchmark's dev split) */
  standfirst: TextRange | null;
  body: TextRange | null;
}

const within = (outer: TextRange, inner: TextRange): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The layout of a page's text whose parts are known. */
export function pageLayout(doc: Doc, { paragraphs, sentences }: Segments, parts: PageParts): Layout {
  const body = parts.body;
  const inBody = paragraphs.map((p) => body !== null && within(body, p));
  const bodyParas = paragraphs.filter((p) => inBody[p.index]);
  const dateline = bodyParas.length ? findDateline(doc, bodyParas.slice(0, 1)) : null;
  const bodyFirst = bodyParas[0]?.index ?? -1;
  const bodyLast = bodyParas[bodyParas.length - 1]?.index ?? -1;
  const front = [parts.headline, ...parts.front].filter((r): r is TextRange => r !== null);
  const headlineIndex = parts.headline ? paragraphs.findIndex((p) => within(parts.headline!, p)) : -1;
  const furniture = {
    kicker: null,
    headline: parts.headline,
    standfirst: parts.standfirst,
    byline: parts.byline,
    body: body && bodyFirst >= 0 ? { start: dateline ? dateline.start : paragraphs[bodyFirst]!.start, end: paragraphs[bodyLast]!.end } : null,
    bodyFirst,
    bodyLast,
    scopeFirst: headlineIndex >= 0 ? headlineIndex : bodyFirst,
    boilerplate: [],
  };
  // (as the plain-text layout does: the dateline is not part of the first sentence)
  const bodySentences = sentences
    .filter((s) => inBody[s.paragraph]! && !(dateline && s.end <= dateline.end && s.start >= dateline.start))
    .map((s) => (dateline && s.start < dateline.end && s.end > dateline.end ? { ...s, start: trimRange(doc.text, dateline.end, s.end).start } : s));
  const frontSentences = sentences.filter((s) => front.some((r) => within(r, s)));
  const bodyParagraphs = bodyParas.map((p) => (dateline && dateline.paragraph === p.index ? { start: dateline.end, end: p.end } : { start: p.start, end: p.end }));
  return { dateline, furniture, inBody, bodyParagraphs, bodySentences, frontSentences };
}
