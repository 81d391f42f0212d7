/**
 * digest: "Below are Putin's key statements that TASS put together." The quotes with no cue of
 * their own that follow such a heading, to the end of the article, are the words of the person
 * it names (wire digests list them paragraph by paragraph, without a cue each).
 */
import { DIGEST_HEADING } from '../../../lexicon/patterns.js';
import { DIGEST_OPENERS } from '../../../lexicon/en/speakers.js';
import type { SpeakerNP } from '../../quotes/speaker-np.js';
import { defineSieve, type SieveContext } from '../sieve.js';

const confidence = { listed: 0.9 };

/** The digest headings of an article (read once per article, not per quote). */
const headingsOf = new WeakMap<SieveContext, SpeakerNP[]>();

/** The owner phrase of the last digest heading before `pos`, or null. */
function digestOwnerBefore(ctx: SieveContext, pos: number): SpeakerNP | null {
  let headings = headingsOf.get(ctx);
  if (!headings) {
    headings = [];
    const { text } = ctx;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // (a heading opens its line: a cheap test first, the pattern on the few that pass)
      if (DIGEST_OPENERS.includes(text.slice(start, start + 6).split(' ')[0]!.toLowerCase())) {
        const m = DIGEST_HEADING.exec(text.slice(start, Math.min(end, start + 200)));
        if (m) headings.push({ start: start + m[0].indexOf(m[1]!), end: start + m[0].indexOf(m[1]!) + m[1]!.length, kind: 'name', text: m[1]! });
      }
      start = end + 1;
    }
    headingsOf.set(ctx, headings);
  }
  let best: SpeakerNP | null = null;
  for (const h of headings) if (h.end <= pos) best = h;
  return best;
}

export const digest = defineSieve({
  name: 'digest',
  summary: "a quote with no cue after a heading \"Below are X's key statements\": X's words",
  confidence,
  apply(q, ctx, np) {
    if (np || q.kind === 'indirect') return undefined;
    const owner = digestOwnerBefore(ctx, q.content.start);
    if (!owner) return undefined;
    const r = ctx.resolvePhrase({ ...q, method: 'explicit' }, owner);
    if (!r) return undefined;
    return { name: r.name, entity: r.entity, mention: null, method: 'digest', confidence: r.entity ? confidence.listed : 0.5 };
  },
});
