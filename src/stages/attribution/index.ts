/**
 * attribution: each quote's speaker, by ordered sieves (sieves/index.ts), CoreNLP-style: the
 * first sieve that decides names the speaker and is reported as `speaker.method`, with the
 * confidence of its outcome. The sieves read the quote's speaker phrase (found by the quote
 * stage's cue rules) and the entities; what they learn on the way (pronoun and description
 * mentions, genders from pronouns) is returned, never written into the entities.
 *
 *   continues          "A," he said, "B."          B takes A's speaker
 *   explicit           a name next to a speech verb, according-to, colon-intro, dash-credit:
 *                      the entity named there (the cue rule of the same name found it)
 *   document-owner     "the union's release"        the owner speaks (handed to the others)
 *   headline           "Starmer: …", "…, minister says"
 *   pronoun            he / she / they              the person just named, or the previous speaker
 *   description        "the minister", "the company", "the speaker"
 *   carry-forward      a quote with no cue right after a quote: the previous speaker
 *   paragraph-subject  a quote paragraph after narration about one person: that person
 */
import type { Doc } from '../../document.js';
import type { Gender } from '../../lexicon/en/pronouns.js';
import { defineStage } from '../../stage.js';
import type { EntityCluster, EntityMention } from '../entities/index.js';
import type { QuoteAnnotation, QuotesResult } from '../quotes/index.js';
import type { SpeakerNP } from '../quotes/speaker-np.js';
import { attributionContext, type ResolvedSpeaker } from './context.js';
import type { Sieve, SieveContext } from './sieve.js';
import { SIEVES } from './sieves/index.js';

export type { ResolvedSpeaker } from './context.js';
export { SIEVES, SPEAKER_METHODS, type SpeakerMethod } from './sieves/index.js';
export { isSubject, opensClause } from './subject.js';

/** What attribution finds: each quote's speaker, and what it learns of the entities. */
export interface Attribution {
  /** The quotes, in text order: the quote stage's less headline labels that name nobody of the story. */
  quotes: QuoteAnnotation[];
  /** The speaker of each quote (same order), or null. */
  speakers: Array<ResolvedSpeaker | null>;
  /** Pronoun and description mentions of entities ("she", "the ministry") that speak, in the order found. */
  mentions: ReadonlyMap<EntityCluster, readonly EntityMention[]>;
  /** The gender a pronoun gave a person whose name told none. */
  genders: ReadonlyMap<EntityCluster, Gender>;
}

/** The attribution stage. */
export const attributionStage = defineStage({
  name: 'attribution',
  needs: ['quotes', 'entities'],
  summary: "each quote's speaker, resolved to a person or organisation by ordered sieves",
  run(doc: Doc, { quotes, entities }: { quotes: QuotesResult; entities: readonly EntityCluster[] }): Attribution {
    const found = attributeQuotes(doc.text, quotes.quotes, entities);
    return { ...withoutTopicLabels(quotes.quotes, found.speakers), mentions: found.mentions, genders: found.genders };
  },
});

/** Resolve the speakers of all quotes (in text order), with the pronoun and description
 *  mentions and genders learnt on the way (the clusters are not changed). `sieves` defaults
 *  to SIEVES (tests try a sieve's part by leaving it out). */
export function attributeQuotes(text: string, quotes: readonly QuoteAnnotation[], clusters: readonly EntityCluster[], sieves: readonly Sieve[] = SIEVES): Pick<Attribution, 'speakers' | 'mentions' | 'genders'> {
  const article = attributionContext(text, quotes, clusters);
  /** The first sieve's decision for quote `q` read with speaker phrase `phrase`. */
  const decide = (q: QuoteAnnotation, phrase: SpeakerNP | null): ResolvedSpeaker | null | undefined => {
    for (const sieve of sieves) {
      const r = sieve.apply(q, ctx, phrase);
      if (r !== undefined) return r;
    }
    return undefined;
  };
  const ctx: SieveContext = Object.assign(Object.create(article.ctx) as SieveContext, { resolvePhrase: decide });
  for (const q of quotes) article.step(q, decide(q, q.speaker) ?? null);
  return { speakers: [...article.ctx.resolved], mentions: article.mentions, genders: article.genders };
}

/**
 * The quotes and their speakers without headline labels that name nobody of the story:
 * "Ukraine: …", "Markets: …" are topics, not speakers (a headline quote whose named speaker
 * resolved to no person or organisation).
 */
export function withoutTopicLabels(quotes: readonly QuoteAnnotation[], speakers: ReadonlyArray<ResolvedSpeaker | null>): { quotes: QuoteAnnotation[]; speakers: Array<ResolvedSpeaker | null> } {
  const topic = quotes.map((q, i) => q.method === 'headline' && q.speaker?.kind === 'name' && !speakers[i]?.entity);
  return { quotes: quotes.filter((_, i) => !topic[i]), speakers: speakers.filter((_, i) => !topic[i]) };
}
