/**
 * The quote stage's cue rules, as ordered tables: the first rule that finds a cue decides
 * (each rule's file says what it reads; its `method` names the attribution sieve that reads
 * the speaker phrase it finds).
 */
import type { HeadlineRule, IndirectRule, MarkedCueRule } from './rule.js';
import { dashCredit } from './dash.js';
import { accordingToAfter, speakerVerbAfter, verbAfter } from './after.js';
import { accordingToBefore, verbBefore } from './before.js';
import { colonIntro } from './colon.js';
import { judgedFragment, mixedFragment } from './mixed.js';
import { accordingToClause, asideClause, nounCue, postposed, reportedClause } from './indirect.js';
import { headlineLabel, headlineSays } from './headline.js';

/** For a marked quote: after its closing mark, then before its opening mark, then a fragment judged by a verb or inside a reported clause. */
export const MARKED_CUE_RULES: readonly MarkedCueRule[] = [dashCredit, verbAfter, accordingToAfter, speakerVerbAfter, accordingToBefore, verbBefore, colonIntro, judgedFragment, mixedFragment];

/** For indirect speech in a sentence. */
export const INDIRECT_CUE_RULES: readonly IndirectRule[] = [accordingToClause, asideClause, reportedClause, nounCue, postposed];

/** For a headline. */
export const HEADLINE_CUE_RULES: readonly HeadlineRule[] = [headlineLabel, headlineSays];

export { cueSite, indirectSite, type CueMethod, type QuoteAnnotation, type CueMatch } from './rule.js';
