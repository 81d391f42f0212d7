/** What a sieve of the attribution is (sieves/index.ts lists them in the order they are tried). */
import type { QuoteAnnotation } from '../quotes/index.js';
import type { SpeakerNP } from '../quotes/speaker-np.js';
import type { AttributionContext, ResolvedSpeaker } from './context.js';

/**
 * A sieve: a rule that decides a quote's speaker, CoreNLP-style. `apply` returns the speaker,
 * `null` when the sieve decides there is none, or `undefined` when it does not apply (the next
 * sieve is tried). `phrase` is the speaker phrase the sieve reads: the quote's own, or a part
 * of it another sieve hands on ("the union" of "the union's release"). `confidence` names the
 * score of each outcome: how often the outcome is right on real news, as measured.
 */
export interface Sieve<Name extends string = string, Outcome extends string = string> {
  readonly name: Name;
  /** One line: what the sieve decides, with an example. */
  readonly summary: string;
  readonly confidence: Readonly<Record<Outcome, number>>;
  apply(q: QuoteAnnotation, ctx: SieveContext, phrase: SpeakerNP | null): ResolvedSpeaker | null | undefined;
}

/** The context a sieve reads, with a way to hand a phrase to the sieves that read phrases. */
export interface SieveContext extends AttributionContext {
  /** Resolve `phrase` for quote `q` with the phrase sieves, as if the quote's speaker phrase were it. */
  resolvePhrase(q: QuoteAnnotation, phrase: SpeakerNP): ResolvedSpeaker | null | undefined;
}

/** Declare a sieve (checks its shape, keeps its literal name). */
export function defineSieve<const Name extends string, Outcome extends string>(sieve: Sieve<Name, Outcome>): Sieve<Name, Outcome> {
  return sieve;
}

/** The speaker named by an entity. */
export const speakerOf = (entity: ResolvedSpeaker['entity'] & object, mention: SpeakerNP | null, method: string, confidence: number): ResolvedSpeaker => ({ name: entity.name, entity, mention, method, confidence });
