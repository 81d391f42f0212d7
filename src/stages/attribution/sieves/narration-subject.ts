/**
 * narration-subject: "“The budget is fine,” said Mayor Tom Ruiz. Councillor Ada Park disagrees.
 * “We cannot afford a second arena.”": a quote with no cue after the previous quote, when the
 * narration between them has a person of its own as its subject, is that person's (not the
 * previous speaker's: carry-forward comes after).
 */
import { isSubject } from '../subject.js';
import { defineSieve, speakerOf } from '../sieve.js';
import { opensSentence } from './carry-forward.js';

const confidence = { subject: 0.7 };

export const narrationSubject = defineSieve({
  name: 'narration-subject',
  summary: 'a quote with no cue after narration whose subject is another person: that person',
  confidence,
  apply(q, ctx, np) {
    const prev = ctx.previous;
    if (np || !prev || q.kind !== 'direct' || !opensSentence(ctx.text, q)) return undefined;
    if (q.paragraph - prev.quote.paragraphs[prev.quote.paragraphs.length - 1]! > 1) return undefined;
    const from = prev.quote.markRange?.end ?? prev.quote.content.end;
    const at = q.markRange ? q.markRange.start : q.content.start;
    // (the previous quote's own cue clause is no narration: "…," said Ruiz. “…”)
    const cueEnd = Math.max(from, prev.quote.cue?.end ?? from, prev.speaker.mention?.end ?? from);
    const m = ctx.latestBefore(at, (x) => x.start >= cueEnd && x.c.type === 'person' && isSubject(ctx.text, x));
    if (!m || m.c === prev.speaker.entity) return undefined;
    return speakerOf(m.c, null, 'narration-subject', confidence.subject);
  },
});
