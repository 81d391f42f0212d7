/**
 * description: "the minister", "the ministry", "the company", "the speaker" — the entity the
 * description denotes: for "the speaker" and "the source" the previous speaker; the person
 * named last whose role has the head noun; the organisation named with that word; for "the
 * company" the organisation named last, not far back; a person described right after a
 * paragraph about them; for another role noun the previous speaker. An indefinite description
 * ("a police spokesman") stays as written, linked to nothing.
 */
import { DOCUMENT_NOUNS } from '../../../lexicon/en/speakers.js';
import { ORG_DESCRIPTION_HEADS } from '../../../lexicon/en/organisations.js';
import { ROLE_NOUNS } from '../../../lexicon/en/roles.js';
import { DEFINITE_DETERMINER, HEAD_PREPOSITION } from '../../../lexicon/patterns.js';
import type { EntityCluster } from '../../entities/index.js';
import { isSpeakerHead } from '../../quotes/speaker-np.js';
import { isSubject } from '../subject.js';
import { defineSieve, speakerOf } from '../sieve.js';

/** A description's head noun and the words before its preposition ("the lawyer for X" -> lawyer). */
export function descriptionHead(phrase: string): { words: string[]; head: string; prep: number } {
  const all = phrase.toLowerCase().split(/\s+/);
  // "the lawyer for Animal Protection Services": the head stands before the preposition
  const prep = all.findIndex((w, k) => k > 0 && HEAD_PREPOSITION.test(w));
  const words = prep > 0 ? all.slice(0, prep) : all;
  const head = words[words.length - 1]!.replace(/s$/, (m) => (ROLE_NOUNS.has(words[words.length - 1]!) ? m : ''));
  return { words, head, prep };
}

/** Whether a person's roles or titles name `head` ("minister" in "Foreign Minister"). */
export function hasRoleWord(text: string, c: EntityCluster, head: string): boolean {
  return c.roles.some((ro) => ro.title.toLowerCase().split(/[\s,]+/).includes(head)) || c.titles.some((t) => text.slice(t.start, t.end).toLowerCase().split(/\s+/).includes(head));
}

const confidence = { role: 0.75, 'previous-speaker': 0.75, 'organization-named': 0.7, 'last-organization': 0.6, 'described-subject': 0.5, 'previous-person': 0.6, unresolved: 0.6 };

export const description = defineSieve({
  name: 'description',
  summary: 'a definite description: the minister, the ministry, the company, the speaker',
  confidence,
  apply(q, ctx, np) {
    if (np?.kind !== 'description') return undefined;
    const { text, previous } = ctx;
    const { words, head, prep } = descriptionHead(np.text);
    // "The Canadian government": capitalised modifiers the organisation's name must echo
    const modifiers = np.text.split(/\s+/).slice(1, prep > 0 ? prep : undefined).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, '').slice(0, 5));
    const echoes = (o: EntityCluster) => modifiers.every((m) => o.name.toLowerCase().split(/[\s-]+/).some((w) => w.startsWith(m)));
    const resolved = (c: EntityCluster, outcome: keyof typeof confidence) => {
      ctx.addMention(c, np);
      return speakerOf(c, np, 'description', confidence[outcome]);
    };
    if (DEFINITE_DETERMINER.test(words[0]!)) {
      if (head === 'speaker' || head === 'source' || head === 'interlocutor') {
        const c = previous?.speaker.entity ?? null;
        if (c) return resolved(c, 'previous-speaker');
      }
      const orgHead = ORG_DESCRIPTION_HEADS.has(head) && !ROLE_NOUNS.has(head);
      const byRole = orgHead ? null : ctx.lastPersonBefore(np.start, (c) => hasRoleWord(text, c, head));
      if (byRole) return resolved(byRole, 'role');
      const o = ctx.orgNamedBefore(head, np.start, echoes);
      if (o) return resolved(o, 'organization-named');
      // "The company said": the organisation named last, not far back (not the wire credit);
      // "the regional agriculture department", "the Agriculture Ministry" name another
      const lastOrg = orgHead && words.length === 2 ? ctx.lastOrgBefore(np.start) : null;
      if (lastOrg && np.start - lastOrg.at < 1500) return resolved(lastOrg.c, 'last-organization');
      // "the rookie defenceman said", "The 32-year-old labourer says": a person described,
      // not named, right after a paragraph about them: the person last named as a subject
      if (!orgHead && !DOCUMENT_NOUNS.has(head) && isSpeakerHead(head) && !ROLE_NOUNS.has(head)) {
        const subj = ctx.lastPersonBefore(np.start, () => true, (m) => isSubject(text, m) && np.start - m.start < 600);
        if (subj) return resolved(subj, 'described-subject');
      }
      // "the official added": a definite person noun with no matching role is the last speaker
      const prevEntity = previous?.speaker.entity;
      if (ROLE_NOUNS.has(head) && prevEntity && prevEntity.type === 'person') return resolved(prevEntity, 'previous-person');
    }
    return { name: np.text, entity: null, mention: np, method: 'description', confidence: confidence.unresolved };
  },
});
