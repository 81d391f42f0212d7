/** carry-forward: a direct quote with no cue that opens a sentence, in the paragraph of the
 *  previous quote or the next one, takes the previous quote's speaker. */
import type { QuoteAnnotation } from '../../quotes/index.js';
import { defineSieve } from '../sieve.js';

/** A floating quote stands as its own sentence: only a mark or sentence end before it. */
function opensSentence(text: string, q: QuoteAnnotation): boolean {
  const at = q.markRange ? q.markRange.start : q.content.start;
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:^|[.!?…"”»:]\s*|\n)$/.test(before) || /\n[^\S\n]*$/.test(before);
}

const confidence = { carried: 0.7, unnamed: 0.6 };

export const carryForward = defineSieve({
  name: 'carry-forward',
  summary: 'a quote with no cue right after a quote: the previous speaker',
  confidence,
  apply(q, ctx, np) {
    const prev = ctx.previous;
    if (np || !prev || q.kind !== 'direct' || !opensSentence(ctx.text, q)) return undefined;
    // an unnamed speaker carries as written ("said a local fisherman"), a bare pronoun does not
    const unnamed = !prev.speaker.entity && prev.speaker.mention?.kind === 'description';
    if (!prev.speaker.entity && !unnamed) return undefined;
    if (q.paragraph - prev.quote.paragraphs[prev.quote.paragraphs.length - 1]! > 1) return undefined;
    return { ...prev.speaker, mention: null, method: 'carry-forward', confidence: unnamed ? confidence.unnamed : confidence.carried };
  },
});
