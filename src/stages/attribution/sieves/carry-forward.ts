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

/** Measured on real-dev and GGT (scripts/calibrate.mjs): right 0.79 and 0.90 of the time (0.88 both; the small real-dev sample weighs in). */
const confidence = { carried: 0.84 };

/** How many words a line of page furniture between two quotes may have ("WATCH: …"). */
const FURNITURE_WORDS = 20;

/** Whether the one paragraph between the previous quote's and this one is a line of furniture, a
 *  short line with no sentence end ("WATCH: Bomb threats investigated across Canada"): the story
 *  goes on past it. */
function furnitureBetween(text: string, from: number, to: number): boolean {
  const lines = text.slice(from, to).split(/\n\s*/).map((l) => l.trim()).filter(Boolean);
  // (the rest of the previous quote's paragraph, then the line)
  const line = lines[lines.length - 1] ?? '';
  // (an abbreviation's full stop ends no sentence: "… across Canada, U.S.")
  return lines.length <= 2 && line.split(/\s+/).length <= FURNITURE_WORDS && (!/[.!?…]["”’»]?$/u.test(line) || /(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(line));
}

export const carryForward = defineSieve({
  name: 'carry-forward',
  summary: 'a quote with no cue right after a quote: the previous speaker',
  confidence,
  apply(q, ctx, np) {
    const prev = ctx.previous;
    if (np || !prev || q.kind !== 'direct' || !prev.speaker.entity || !opensSentence(ctx.text, q)) return undefined;
    const gap = q.paragraph - prev.quote.paragraphs[prev.quote.paragraphs.length - 1]!;
    if (gap > 2 || (gap === 2 && !furnitureBetween(ctx.text, prev.quote.content.end, q.markRange ? q.markRange.start : q.content.start))) return undefined;
    return { ...prev.speaker, mention: null, method: 'carry-forward', confidence: confidence.carried };
  },
});
