/** Sieves for a name next to a cue: the entity named there (or the name as written). */
import { defineSieve, speakerOf, type Sieve } from '../sieve.js';

/** The name as written, without a possessive ("Karaulova's" -> "Karaulova"). */
export const cleanName = (s: string): string => s.replace(/['’]s$/, '').trim();

/**
 * A sieve for a name phrase found by the quote cue rule of the same name (explicit,
 * according-to, colon-intro, dash-credit): the entity named there, else the name as written.
 */
export function namedSieve<const Name extends string>(name: Name, resolved: number, summary: string): Sieve<Name, 'resolved' | 'unresolved'> {
  // (an unresolved name is right 0.61 of the time on real-dev and GGT: scripts/calibrate.mjs)
  const confidence = { resolved, unresolved: 0.6 };
  return defineSieve({
    name,
    summary,
    confidence,
    apply(q, ctx, np) {
      if (np?.kind !== 'name' || (q.method ?? 'explicit') !== name) return undefined;
      const c = ctx.entityAt(np);
      if (c) return speakerOf(c, np, name, confidence.resolved);
      return { name: cleanName(np.text), entity: null, mention: np, method: name, confidence: confidence.unresolved };
    },
  });
}
