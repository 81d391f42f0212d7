/** Sieves for a name next to a cue: the entity named there (or the name as written). */
import { defineSieve, speakerOf, type Sieve } from '../sieve.js';
import type { EntityCluster } from '../../entities/cluster.js';

/** The name as written, without a possessive ("Karaulova's" -> "Karaulova"). */
export const cleanName = (s: string): string => s.replace(/['’]s$/, '').trim();

/** The one person whose name ends with the surname written alone where the tagger saw no name
 *  ("Irons, whose film …, said" after "Jeremy Irons"); null when none or several do. */
function bySurname(people: readonly EntityCluster[], written: string): EntityCluster | null {
  const surname = cleanName(written).toLowerCase();
  if (/\s/.test(surname)) return null;
  let found: EntityCluster | null = null;
  for (const c of people) {
    const words = c.name.toLowerCase().split(/\s+/);
    if (c.type !== 'person' || words.length < 2 || words[words.length - 1] !== surname) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

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
      const c = ctx.entityAt(np) ?? bySurname(ctx.people, np.text);
      if (c) return speakerOf(c, np, name, confidence.resolved);
      return { name: cleanName(np.text), entity: null, mention: np, method: name, confidence: confidence.unresolved };
    },
  });
}
