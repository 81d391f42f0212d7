/**
 * The attribution sieves in the order they are tried (CoreNLP's quote attribution runs its
 * sieves so): the first that decides names the speaker and is reported as `speaker.method`.
 */
import { continues } from './continues.js';
import { explicit } from './explicit.js';
import { accordingTo } from './according-to.js';
import { colonIntro } from './colon-intro.js';
import { dashCredit } from './dash-credit.js';
import { documentOwner } from './document-owner.js';
import { headline } from './headline.js';
import { pronoun } from './pronoun.js';
import { description } from './description.js';
import { carryForward } from './carry-forward.js';
import { digest } from './digest.js';
import { narrationSubject } from './narration-subject.js';
import { paragraphSubject } from './paragraph-subject.js';

export const SIEVES = [continues, explicit, accordingTo, colonIntro, dashCredit, documentOwner, headline, pronoun, description, digest, narrationSubject, carryForward, paragraphSubject] as const;

/** The name of a sieve. */
export type SieveName = (typeof SIEVES)[number]['name'];
/** What `speaker.method` can say: the sieve that decided. */
export type SpeakerMethod = SieveName;
/** The speaker methods, in sieve order. */
export const SPEAKER_METHODS: readonly SpeakerMethod[] = SIEVES.map((s) => s.name);
