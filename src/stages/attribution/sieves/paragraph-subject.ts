/** paragraph-subject: "Chapman admits there were fatalities. // “…”": a quote paragraph with
 *  no cue after a paragraph of narration (no quote in it) whose subject is a person: that person. */
import type { EntityCluster } from '../../entities/index.js';
import type { QuoteAnnotation } from '../../quotes/index.js';
import { isSubject } from '../subject.js';
import { defineSieve, speakerOf, type SieveContext } from '../sieve.js';

/** A quote that opens its paragraph. */
function opensParagraph(text: string, q: QuoteAnnotation): boolean {
  const at = q.markRange ? q.markRange.start : q.content.start;
  return at === 0 || /\n[^\S\n]*$/.test(text.slice(Math.max(0, at - 4), at));
}

/** The person named last as a subject in the paragraph before the quote's, when that paragraph holds no quote. */
function previousParagraphSubject(ctx: SieveContext, q: QuoteAnnotation): EntityCluster | null {
  const { text } = ctx;
  const at = q.markRange ? q.markRange.start : q.content.start;
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (end <= start || ctx.quotes.some((o) => o !== q && o.content.start < end && o.content.end > start)) return null;
  let best: { c: EntityCluster; at: number } | null = null;
  for (const c of ctx.people) for (const m of c.mentions) if (m.kind === 'name' && m.start >= start && m.end <= end && (!best || m.start > best.at) && isSubject(text, m)) best = { c, at: m.start };
  return best?.c ?? null;
}

/** Right 5 times in 5 on GGT (scripts/calibrate.mjs): few cases, so kept under the named sieves'. */
const confidence = { subject: 0.65 };

export const paragraphSubject = defineSieve({
  name: 'paragraph-subject',
  summary: 'a quote paragraph with no cue after narration about one person: that person',
  confidence,
  apply(q, ctx, np) {
    if (np || q.kind !== 'direct' || !opensParagraph(ctx.text, q)) return undefined;
    const c = previousParagraphSubject(ctx, q);
    return c ? speakerOf(c, null, 'paragraph-subject', confidence.subject) : null;
  },
});
