/**
 * headline: a headline that attributes ("Starmer: …", "…, minister says"). A name is the
 * entity named so, or the person the story names in full with that surname ("Obama on …:");
 * a bare role ("minister") is the person of the story with that role.
 */
import { defineSieve, speakerOf } from '../sieve.js';
import { descriptionHead, hasRoleWord } from './description.js';
import { cleanName } from './named.js';

const confidence = { resolved: 0.8, role: 0.6, unresolved: 0.5 };

export const headline = defineSieve({
  name: 'headline',
  summary: 'the speaker a headline names: "Starmer: …", "…, minister says"',
  confidence,
  apply(q, ctx, np) {
    if (!np || q.method !== 'headline') return undefined;
    if (np.kind === 'name') {
      // a headline names by surname a person the story names in full ("Obama on …: …")
      const c = ctx.entityAt(np) ?? ctx.people.find((p) => p.name.split(/\s+/).length > 1 && p.name.endsWith(` ${cleanName(np.text)}`)) ?? null;
      if (c) return speakerOf(c, np, 'headline', confidence.resolved);
      return { name: cleanName(np.text), entity: null, mention: np, method: 'headline', confidence: confidence.unresolved };
    }
    if (np.kind !== 'description') return undefined;
    // a headline drops its articles ("…, minister says"): the person of that role in the story
    const { head } = descriptionHead(np.text);
    const c = ctx.people.find((p) => hasRoleWord(ctx.text, p, head));
    if (!c) return undefined;
    ctx.addMention(c, np);
    return speakerOf(c, np, 'headline', confidence.role);
  },
});
