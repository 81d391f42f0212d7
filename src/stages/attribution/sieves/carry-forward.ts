/** carry-forward: a direct quote with no cue that opens a sentence, in the paragraph of the
 *  previous quote or the next one, takes the previous quote's speaker. */
import type { QuoteAnnotation } from '../../quotes/index.js';
import { defineSieve } from '../sieve.js';

/** A floating quote stands as its own sentence: only a mark or sentence end before it. */
export function opensSentence(text: string, q: QuoteAnnotation): boolean {
  const at = q.markRange ? q.markRange.start : q.content.start;
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:^|[.!?…"”»:]\s*|\n)$/.test(before) || /\n[^\S\n]*$/.test(before);
}

/** Measured on real-dev and GGT (scripts/calibrate.mjs): right 0.75 and 0.88 of the time. */
const confidence = { carried: 0.82 };

export const carryForward = defineSieve({
  name: 'carry-forward',
  summary: 'a quote with no cue right after a quote: the previous speaker',
  confidence,
  apply(q, ctx, np) {
    const prev = ctx.previous;
    if (np || !prev || q.kind !== 'direct' || !prev.speaker.entity || !opensSentence(ctx.text, q)) return undefined;
    if (q.paragraph - prev.quote.paragraphs[prev.quote.paragraphs.length - 1]! > 1) return undefined;
    return { ...prev.speaker, mention: null, method: 'carry-forward', confidence: confidence.carried };
  },
});
