/**
 * The word lists as the regular expressions the stages test them with: each pattern is built
 * here from its list (the words declared once, in the list), with the anchors, flags and
 * surroundings the stage's test needs. Built at load time, so they are exported as
 * BUILT_PATTERNS for the ReDoS check (scripts/redos.mjs).
 */
import { alternation, joinLists } from './registry.js';
import { HEADS_BEFORE_ANOTHER_COMPANY, LEGAL_FORMS } from './en/organisations.js';
import { ORGANISATION_ABBREVIATIONS } from './en/abbreviations.js';
import { ROLE_COMPLEMENT_PREPOSITIONS, ROLE_DETERMINERS, ROLES_BEFORE_NAME, SPORTS_ROLES } from './en/roles.js';
import { HEADLINE_VERBS, PARTICIPLE_CUES, REPORTING_ADVERBS, REPORTING_VERBS_AFTER_NAME } from './en/speech.js';
import { ADVERBIAL_SUBJECTS, CLAUSE_AUXILIARIES, VERBS_AFTER_SUBJECT } from './en/clauses.js';
import { CAPTION_CREDIT_WORDS, COOKIE_CONSENT_WORDS } from './en/furniture.js';
import { SELF_SOURCE_NOUNS } from './en/speakers.js';
import { PRESENT_RESULT_VERBS, RESULT_VERBS } from './en/sports.js';
import { HYPHENATED_NAME_ARTICLES } from './shared/names.js';
import { AUTHOR_WORDS, BYLINE_PREPOSITIONS, CYRILLIC_BYLINE_PREPOSITIONS } from './shared/function-words.js';
import { TAGGER_NAME_PARTICLES } from './en/names.js';
import { CAPITALISED_WEEKDAYS, DAY_WORDS, WEEKDAYS } from './en/time.js';

const BUILT: RegExp[] = [];
const pattern = (source: string, flags?: string): RegExp => {
  const re = new RegExp(source, flags);
  BUILT.push(re);
  return re;
};

/** A lower-case Arabic article, a hyphen and a capital at the start ("al-Shabaab"). */
export const CAPITALISED_OR_ARTICLE_NAME = pattern(`^(?:${alternation(HYPHENATED_NAME_ARTICLES)})-\\p{Lu}`, 'u');

/** A reporting verb right after a lone name (" said", " told"), at the start. */
export const REPORTING_VERB_AFTER = pattern(`^ (?:${alternation(REPORTING_VERBS_AFTER_NAME)})\\b`);
/** The whole word is a sports role ("captain", "striker"). */
export const SPORTS_ROLE_WORD = pattern(`^(?:${alternation(SPORTS_ROLES)})$`);
/** A role between a name and a capitalised word, at the start (" spokesman Per"); group 1 is
 *  the role. */
export const ROLE_BEFORE_NAME = pattern(`^ (${alternation(ROLES_BEFORE_NAME)}) \\p{Lu}\\p{Ll}`, 'u');
/** A result verb after a team, at the start (" beat", " drew with", " lost 2", " won 3"). */
export const RESULT_AFTER_TEAM = pattern(`^ (?:${alternation(joinLists(RESULT_VERBS, PRESENT_RESULT_VERBS))}|drew \\d|lost \\d|won \\d)`);
/** A result verb before a team, at the end ("beat ", "lost to "). */
export const RESULT_BEFORE_TEAM = pattern(`\\b(?:${alternation(RESULT_VERBS)}) $`);
/** The whole word is a company's legal form, its period optional ("inc", "gmbh."). */
export const LEGAL_FORM_WORD = pattern(`^(?:${alternation(LEGAL_FORMS)})\\.?$`);
/** The whole word is a head after which "and" starts another company ("inc", "group"). */
export const HEAD_BEFORE_ANOTHER_COMPANY = pattern(`^(?:${alternation(HEADS_BEFORE_ANOTHER_COMPANY)})$`);
/** A name ends with an organisation's abbreviation ("Apple Inc", "Lehman Bros"), as written. */
export const ENDS_WITH_ORGANISATION_ABBREVIATION = pattern(`(?:^|\\s)(?:${alternation(ORGANISATION_ABBREVIATIONS)})$`);

/** The whole word is a determiner of a role phrase, any case ("The", "their"). */
export const ROLE_DETERMINER_WORD = pattern(`^(?:${alternation(ROLE_DETERMINERS)})$`, 'i');
/** The white space and preposition before a role's complement (" of ", " at "); a match starts
 *  only where a white-space run starts (linear). */
export const ROLE_COMPLEMENT = pattern(`(?<!\\s)\\s+(?:${alternation(ROLE_COMPLEMENT_PREPOSITIONS)})\\s+`);

/** The whole word is a particle the name tagger reads inside names, any case ("van", "Of"). */
export const TAGGER_NAME_PARTICLE = pattern(`^(?:${alternation(TAGGER_NAME_PARTICLES)})$`, 'i');

/** The whole word is a weekday as written ("Monday"). */
export const CAPITALISED_WEEKDAY = pattern(`^(?:${alternation(CAPITALISED_WEEKDAYS)})$`);

/** The whole word is a headline verb in -s, lower-cased ("slams", "hails"). */
export const HEADLINE_VERB = pattern(`^(?:${alternation(HEADLINE_VERBS)})$`);
/** The whole word is a participle that opens a report of its own ("saying", "noting"). */
export const PARTICIPLE_CUE = pattern(`^(?:${alternation(PARTICIPLE_CUES)})$`);
/** The whole word is an auxiliary, "remain(s)" or a past form in -ed ("is", "rose" no, "slowed"). */
export const AUXILIARY_OR_PAST = pattern(`^(?:${alternation(CLAUSE_AUXILIARIES)}|remains?|\\p{Ll}+ed)$`, 'u');
/** The whole word, lower-cased, is a weekday, a day word or a reporting adverb ("Thursday",
 *  "yesterday", "again"): an adverbial right after a cue. */
export const DAY_ADVERB = pattern(`^(?:${alternation(joinLists(WEEKDAYS, DAY_WORDS, REPORTING_ADVERBS))})$`);
/** The whole word is a subject pronoun or "there", as written ("he", not "He"). */
export const ADVERBIAL_SUBJECT = pattern(`^(?:${alternation(ADVERBIAL_SUBJECTS)})$`);
/** A speaker phrase that ends with the outlet's own people ("our correspondent", "reporters"). */
export const SELF_SOURCE = pattern(`\\b(?:${alternation(SELF_SOURCE_NOUNS)})s?$`, 'i');

/** A byline's first word as a wire writes it ("By ", "BY ", "Por ", "VON "), at the start. */
export const BYLINE_WORD = pattern(`^(?:${alternation(BYLINE_PREPOSITIONS.flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]))})\\s+`);
/** A byline's first word in any case, Cyrillic too ("by ", "Від ", "Автор: "), at the start. */
export const BYLINE_WORD_ANY_CASE = pattern(`^(?:${alternation(joinLists(BYLINE_PREPOSITIONS, CYRILLIC_BYLINE_PREPOSITIONS))}|${alternation(AUTHOR_WORDS)}:?)\\s+`, 'i');

/** The whole word is one after which a name is its clause's subject ("was", "later", "thought"). */
export const VERB_AFTER_SUBJECT = pattern(`^(?:${alternation(VERBS_AFTER_SUBJECT)})$`);
/** A cookie banner's consent word, as a whole word, any case ("Accept", "policy"). */
export const COOKIE_CONSENT_WORD = pattern(`\\b(?:${alternation(COOKIE_CONSENT_WORDS)})\\b`, 'i');
/** A photo credit's word, as a whole word, any case ("AFP", "Getty", "handout"). */
export const CAPTION_CREDIT_WORD = pattern(`\\b(?:${alternation(CAPTION_CREDIT_WORDS)})\\b`, 'i');

/** The expressions built from the lists at load time, for the ReDoS check (scripts/redos.mjs). */
export const BUILT_PATTERNS: ReadonlyArray<{ pattern: RegExp; maxInput?: number }> = BUILT.map((re) => ({ pattern: re }));
