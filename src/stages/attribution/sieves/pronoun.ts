/**
 * pronoun: he / she / her / they / it. A person of that gender named as a subject since the
 * previous quote (in this or the last paragraph), else the previous speaker if the gender
 * agrees, else the last person of that gender; "they" and "it" are the previous speaker when
 * that is an organisation.
 */
import { PRONOUNS } from '../../../lexicon/en/pronouns.js';
import { GENERIC_SPEAKERS } from '../../../lexicon/en/speakers.js';
import type { EntityCluster } from '../../entities/index.js';
import { isSubject } from '../subject.js';
import { defineSieve, speakerOf } from '../sieve.js';

/** How close (characters) a person named as a subject must be to win over the previous speaker. */
const RECENT_SUBJECT = 600;
/** How close (characters) after the previous quote "they" still refers to its speakers. */
const NEAR_PREVIOUS = 600;

/** A phrase naming people in the plural ("Foreign bankers", "officials", "the players"). */
const isPluralPhrase = (phrase: string): boolean => /[^s']s$/i.test(phrase.trim()) || GENERIC_SPEAKERS.has(phrase.trim().toLowerCase().split(/\s+/).pop() ?? '');

const confidence = { person: 0.8, organization: 0.6, group: 0.6, unresolved: 0.3 };

export const pronoun = defineSieve({
  name: 'pronoun',
  summary: 'he, she, they: the person of that gender just named as a subject, or the previous speaker',
  confidence,
  apply(q, ctx, np) {
    if (np?.kind !== 'pronoun') return undefined;
    const { previous } = ctx;
    const lower = np.text.toLowerCase();
    const p = PRONOUNS[lower];
    if (!p) return null;
    const unresolved = { name: np.text, entity: null, mention: np, method: 'pronoun', confidence: confidence.unresolved };
    if (p.plural || lower === 'it') {
      const prevEntity = previous?.speaker.entity;
      if (prevEntity && prevEntity.type === 'organization') {
        ctx.addMention(prevEntity, np);
        return speakerOf(prevEntity, np, 'pronoun', confidence.organization);
      }
      // "Foreign bankers said … They added …": people in general who spoke just before
      const prevPhrase = previous?.speaker.mention;
      if (p.plural && previous && !prevEntity && prevPhrase?.kind === 'description' && isPluralPhrase(prevPhrase.text) && np.start - previous.quote.content.end < NEAR_PREVIOUS) {
        return { name: previous.speaker.name, entity: null, mention: np, method: 'pronoun', confidence: confidence.group };
      }
      // "BC Hydro restored power … it said": the organisation just named as a subject
      // ("they" stays with people: an organisation is "it" far more often)
      const org = p.plural ? null : ctx.latestBefore(np.start, (m) => m.c.type === 'organization' && m.c.method !== 'agency' && np.start - m.start < RECENT_SUBJECT && isSubject(ctx.text, m));
      if (org) {
        ctx.addMention(org.c, np);
        return speakerOf(org.c, np, 'pronoun', confidence.organization);
      }
      // ("it" with no quote before it and no organisation named is not a speaker: "it said" of a report)
      return lower === 'it' && !previous ? null : unresolved;
    }
    const fits = (c: EntityCluster) => c.type === 'person' && (ctx.genderOf(c) === null || ctx.genderOf(c) === p.gender);
    const prevEntity = previous?.speaker.entity ?? null;
    const prevAt = previous ? previous.quote.content.start : -1;
    // the last person of this gender (or of none known) named as a subject since the previous
    // quote, in this or the last paragraph: "Guest said …", not "tell Mayor John Tory"
    // (not inside the words the pronoun attributes: "Labour was avoiding news conferences, he said")
    const outside = (m: { start: number }) => m.start < q.content.start || m.start >= q.content.end;
    const recent = ctx.lastPersonBefore(np.start, (x) => ctx.genderOf(x) === p.gender || ctx.genderOf(x) === null, (m) => isSubject(ctx.text, m) && outside(m));
    const recentAt = recent ? ctx.latestBefore(np.start, (m) => m.c === recent)?.start ?? -1 : -1;
    let c: EntityCluster | null;
    if (recent && recent !== prevEntity && recentAt > prevAt && np.start - recentAt < RECENT_SUBJECT) c = recent;
    else if (prevEntity && fits(prevEntity)) c = prevEntity;
    else c = recent ?? ctx.lastPersonBefore(np.start, fits, outside);
    if (!c) return unresolved;
    if (ctx.genderOf(c) === null && p.gender) ctx.setGender(c, p.gender);
    ctx.addMention(c, np);
    return speakerOf(c, np, 'pronoun', confidence.person);
  },
});
