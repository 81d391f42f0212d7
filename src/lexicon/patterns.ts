/**
 * The word lists as the regular expressions the stages test them with: each pattern is built
 * here from its list (the words declared once, in the list), with the anchors, flags and
 * surroundings the stage's test needs. Built at load time, so they are exported as
 * BUILT_PATTERNS for the ReDoS check (scripts/redos.mjs).
 */
import { alternation, joinLists } from './registry.js';
import { HEADS_BEFORE_ANOTHER_COMPANY, LEGAL_FORMS } from './en/organisations.js';
import { ABBREVIATIONS_BEFORE_COMMA, ORGANISATION_ABBREVIATIONS, TOKEN_ABBREVIATIONS } from './en/abbreviations.js';
import { ROLE_COMPLEMENT_PREPOSITIONS, ROLE_DETERMINERS, ROLES_BEFORE_NAME, SPORTS_ROLES } from './en/roles.js';
import { HEADLINE_VERBS, PARTICIPLE_CUES, PAST_REPORTING_VERBS, REPORTING_ADVERBS, REPORTING_VERBS_AFTER_NAME } from './en/speech.js';
import {
  ACRONYM_SKIPPED_WORDS, ADVERBIAL_PREPOSITIONS, ADVERBIAL_SUBJECTS, APPOSITION_OPENERS, CLAUSE_AUXILIARIES, CLAUSE_OPENING_WORDS, CONTRACTED_SUBJECTS, DEFINITE_DETERMINERS,
  DESCRIPTION_BREAKS, DESCRIPTION_PREPOSITIONS, FOR_OR_OF, HEAD_PREPOSITIONS, INTRODUCTORY_WORDS, MORE_NAMELESS_WORDS, NAME_SMALL_FUNCTION_WORDS, NAMELESS_WORDS,
  NOT_NAME_OPENERS, NOUN_DETERMINERS, OF_OR_FROM, OWNER_DETERMINERS, POSSESSIVE_OPENERS, RELATIVE_PRONOUNS, SUBJECTS_AFTER_ADDED, TITLE_ASIDE_SMALL_WORDS,
  TITLE_COMPLEMENT_PREPOSITIONS, VERBS_AFTER_SUBJECT, VERBS_AFTER_THERE, REPORT_CONJUNCTIONS, PARTICIPLE_PREPOSITIONS, SUBORDINATORS, ADVERBIAL_OPENING_PREPOSITIONS, OPENERS_BEFORE_A_NAME, QUESTION_WORDS, NOT_NOUNS_AFTER_NO, RELATIVE_SUBJECTS, GENERIC_ANTECEDENTS, CLAUSE_OPENING_PREPOSITIONS, INDEFINITE_DETERMINERS, CLAUSE_CONJUNCTIONS,
} from './en/clauses.js';
import { ARTICLES, CONTINUING_CONNECTIVES, POSSESSIVE_DETERMINERS, QUANTITIES_AFTER_TOO } from './en/function-words.js';
import { CAPTION_CREDIT_WORDS, COOKIE_CONSENT_WORDS, HEADLINE_LABELS } from './en/furniture.js';
import { DIGEST_NOUNS, DIGEST_OPENERS, DOCUMENT_HEAD_BREAKS, ISSUING_VERBS, PASSIVE_AUXILIARIES, QUOTED_AUXILIARIES, SELF_SOURCE_NOUNS, STATEMENT_MEDIA } from './en/speakers.js';
import { POSSESSIVE_PRONOUNS } from './en/pronouns.js';
import { PRESENT_RESULT_VERBS, RESULT_VERBS } from './en/sports.js';
import { HYPHENATED_NAME_ARTICLES, JOINED_NAME_PARTICLES } from './shared/names.js';
import { AUTHOR_WORDS, BYLINE_PREPOSITIONS, CYRILLIC_BYLINE_PREPOSITIONS } from './shared/function-words.js';
import { CAPITALISED_WEEKDAYS, DAY_WORDS, WEEKDAYS } from './en/time.js';

const BUILT: RegExp[] = [];
const capitalised = (words: readonly string[]): string[] => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const pattern = (source: string, flags?: string): RegExp => {
  const re = new RegExp(source, flags);
  BUILT.push(re);
  return re;
};

/** A lower-case Arabic article, a hyphen and a capital at the start ("al-Shabaab"). */
export const CAPITALISED_OR_ARTICLE_NAME = pattern(`^(?:${alternation(HYPHENATED_NAME_ARTICLES)})-\\p{Lu}`, 'u');

/** A past-tense reporting verb ("stressed", "said", "pointed out"): in a long line, a sentence
 *  that reports, not a headline (headlines report in the present). */
export const PAST_REPORTING_VERB = pattern(`\\b(?:${alternation(PAST_REPORTING_VERBS)}|pointed out)\\b`);
/** A connective and its comma at the start ("However, …", "Meanwhile, …"): a sentence that goes
 *  on from another, not a headline. */
export const CONTINUING_OPENER = pattern(`^(?:${alternation(capitalised(CONTINUING_CONNECTIVES))}),\\s`);

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

/** A name's particle joined to its next, capitalised part: "al-Sharif", "ud-Din", "d'Alema". */
export const JOINED_NAME_PARTICLE = pattern(`^(?:${alternation(JOINED_NAME_PARTICLES)})[-‐'’]\\p{Lu}`, 'u');

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

// Single words and short phrases the stages test ("the whole word is …", "starts with …")

/** The whole word is an article, any case ("The", "an"). */
export const ARTICLE_WORD = pattern(`^(?:${alternation(ARTICLES)})$`, 'i');
/** An article and white space at the start, any case ("The "). */
export const ARTICLE_START = pattern(`^(?:${alternation(ARTICLES)})\\s+`, 'i');
/** A determiner and a space at the start of a possessive owner, any case ("the union"). */
export const OWNER_DETERMINER_START = pattern(`^(?:${alternation(OWNER_DETERMINERS)})\\s`, 'i');
/** The whole word is a preposition after a description's head ("for", "of"). */
export const HEAD_PREPOSITION = pattern(`^(?:${alternation(HEAD_PREPOSITIONS)})$`);
/** The whole word is "the", "this" or "that". */
export const DEFINITE_DETERMINER = pattern(`^(?:${alternation(DEFINITE_DETERMINERS)})$`);
/** The white space, pronoun and space that open a relative clause (" who ", " which "); a match
 *  starts only where a white-space run starts (linear). */
export const RELATIVE_CLAUSE_START = pattern(`(?<!\\s)\\s+(?:${alternation(RELATIVE_PRONOUNS)})\\s`);
/** A sentence end, or a comma and an apposition's first word (", a ", ", who "). */
export const SENTENCE_END_OR_APPOSITION = pattern(`[.;!?]|,\\s+(?:${alternation(APPOSITION_OPENERS)})\\s`);
/** The whole word is a determiner after which a verb form is a noun, any case ("the", "his"). */
export const NOUN_DETERMINER = pattern(`^(?:${alternation(NOUN_DETERMINERS)})$`, 'i');
/** A possessive or "the" and a space at the start, any case ("its director"). */
export const POSSESSIVE_OPENER_START = pattern(`^(?:${alternation(POSSESSIVE_OPENERS)})\\s`, 'i');
/** The whole word is "of", "the", "and" or "for". */
export const NAME_SMALL_FUNCTION_WORD = pattern(`^(?:${alternation(NAME_SMALL_FUNCTION_WORDS)})$`);
/** The whole word is a capitalised small word an acronym skips ("The", "Of"). */
export const ACRONYM_SKIPPED_WORD = pattern(`^(?:${alternation(capitalised(ACRONYM_SKIPPED_WORDS))})$`);
/** The whole word is a subject that reports after "added", with a contraction ("he", "it's"), any case. */
/** "and", "but" before a second report in a sentence (any case). */
export const REPORT_CONJUNCTION = pattern(`^(?:${alternation(REPORT_CONJUNCTIONS)})$`, 'i');
/** "before", "after", "while" … before a participle that reports ("before noting that"). */
export const PARTICIPLE_PREPOSITION = pattern(`^(?:${alternation(PARTICIPLE_PREPOSITIONS)})$`, 'i');
export const SUBJECT_AFTER_ADDED = pattern(`^(?:${alternation(SUBJECTS_AFTER_ADDED)})(?:['’]\\p{Ll}+)?$`, 'iu');
/** The whole word is a subject that takes a contracted verb ("it", "there", "everyone"). */
export const CONTRACTED_SUBJECT = pattern(`^(?:${alternation(CONTRACTED_SUBJECTS)})$`);
/** The whole word is a verb after "there" ("are", "seems"). */
export const VERB_AFTER_THERE = pattern(`^(?:${alternation(VERBS_AFTER_THERE)})$`);
/** The whole word opens a reported clause without "that" ("the", "nearly", "three"). */
export const CLAUSE_OPENING_WORD = pattern(`^(?:${alternation(CLAUSE_OPENING_WORDS)})$`);
/** The whole word is "for" or "of". */
export const FOR_OR_OF_WORD = pattern(`^(?:${alternation(FOR_OR_OF)})$`);
/** The whole word is a preposition that opens an adverbial after a cue ("in", "during"). */
export const ADVERBIAL_PREPOSITION = pattern(`^(?:${alternation(ADVERBIAL_PREPOSITIONS)})$`);
/** The whole word, capitalised, opens an introductory phrase ("In", "Speaking", "However"). */
/** A word that alone names people in general ("those", "anyone"; any case). */
export const GENERIC_ANTECEDENT = pattern(`^(?:${alternation(GENERIC_ANTECEDENTS)})$`, 'i');
/** A preposition that opens the reporter's adverbial after a cue ("after", "amid"; lower case). */
export const CLAUSE_OPENING_PREPOSITION = pattern(`^(?:${alternation(CLAUSE_OPENING_PREPOSITIONS)})$`);
/** A question word opening a reported question (lower case). */
export const QUESTION_WORD = pattern(`^(?:${alternation(QUESTION_WORDS)})$`);
/** A word after "no" that makes it no noun phrase ("no longer", "no comment"). */
export const NOT_A_NOUN_AFTER_NO = pattern(`^(?:${alternation(NOT_NOUNS_AFTER_NO)})$`, 'i');
/** A relative pronoun that is its clause's subject ("who", "which"; any case). */
export const RELATIVE_SUBJECT = pattern(`^(?:${alternation(RELATIVE_SUBJECTS)})$`, 'i');
/** A capitalised preposition that opens an adverbial before the main clause ("In", "After"). */
export const ADVERBIAL_OPENER = pattern(`^(?:${alternation(capitalised(ADVERBIAL_OPENING_PREPOSITIONS))})$`);
/** A capitalised subordinator that opens an adverbial clause ("When", "Although"). */
export const SUBORDINATOR = pattern(`^(?:${alternation(capitalised(SUBORDINATORS))})$`);
export const INTRODUCTORY_WORD = pattern(`^(?:${alternation(capitalised(INTRODUCTORY_WORDS))})$`);
/** A headline's label before its colon, at the start, any case ("Update", "Q&A", "Photos"). */
export const HEADLINE_LABEL = pattern(`^(?:${alternation(HEADLINE_LABELS)})\\b`, 'i');
/** The whole word is a small word of a title between commas ("of", "the"). */
export const TITLE_ASIDE_SMALL_WORD = pattern(`^(?:${alternation(TITLE_ASIDE_SMALL_WORDS)})$`);
/** The whole run is a capitalised word that names nobody ("The", "It's", "Such"). */
export const NAMELESS_RUN = pattern(`^(?:${alternation(capitalised(NAMELESS_WORDS))}|It['’]s|There['’]s|${alternation(capitalised(MORE_NAMELESS_WORDS))})$`);
/** A capitalised word that opens no name, at the start ("The", "However"). */
export const NOT_NAME_OPENER = pattern(`^(?:${alternation(capitalised(NOT_NAME_OPENERS))})\\b`);
/** The whole word is "of" or "from", any case. */
export const OF_OR_FROM_WORD = pattern(`^(?:${alternation(OF_OR_FROM)})$`, 'i');
/** The whole word ends a description read backwards ("and", "said", "because"). */
export const DESCRIPTION_BREAK = pattern(`^(?:${alternation(DESCRIPTION_BREAKS)})$`);
/** The whole word is a preposition between a description and its organisation ("for"). */
export const DESCRIPTION_PREPOSITION = pattern(`^(?:${alternation(DESCRIPTION_PREPOSITIONS)})$`);
/** The whole word is a preposition of a title's complement ("to", "of"). */
export const TITLE_COMPLEMENT_PREPOSITION = pattern(`^(?:${alternation(TITLE_COMPLEMENT_PREPOSITIONS)})$`);
/** The whole word is an abbreviation (or an initial) whose period before a comma ends no
 *  sentence ("Inc", "LLC", "S.A", "J"). */
export const ABBREVIATION_BEFORE_COMMA = pattern(`^(?:${alternation(ABBREVIATIONS_BEFORE_COMMA)}|[A-Z])$`);
/** The whole token is an abbreviation with its period ("Mr.", "Corp.", "Jan."). */
export const TOKEN_ABBREVIATION = pattern(`^(?:${alternation(TOKEN_ABBREVIATIONS)})\\.$`, 'u');
/** An aside between a speaker and the cue, at the end: ", in a statement,", " was quoted as",
 *  " is heard (saying)",
 *  " (R-Ga.)" (any case; each alternative starts only where a white-space run starts). */
export const ASIDE_BEFORE_CUE = pattern(
  `,?(?<!\\s)\\s+in\\s+an?\\s+(?:${alternation(STATEMENT_MEDIA)})\\s*(?:,\\s*)?$|(?<!\\s)\\s+(?:${alternation(QUOTED_AUXILIARIES)})\\s+(?:quoted\\s+as|heard|(?:can|could)\\s+be\\s+heard)\\s*$|(?<!\\s)\\s*\\([^()]{1,24}\\)\\s*$`,
  'i',
);

/** The expressions built from the lists at load time, for the ReDoS check (scripts/redos.mjs). */
/** A capitalised word that opens a clause, then white space, at the start of a name run ("But ", "While "). */
export const LEADING_OPENER = pattern(`^(${alternation(capitalised(OPENERS_BEFORE_A_NAME))})\\s+`);
/** ", but …", ", and …", ", while …" after a source: a clause of its own begins (at the comma). */
export const CLAUSE_AFTER_SOURCE = pattern(`,\\s+(?=(?:${alternation(CLAUSE_CONJUNCTIONS)})\\s)`, 'u');
/** "a", "an", "one", "another" opening a phrase, any case. */
export const INDEFINITE_START = pattern(`^(?:${alternation(INDEFINITE_DETERMINERS)})\\s`, 'i');
/** "the", "this", "that" opening a phrase, any case. */
export const DEFINITE_DETERMINER_START = pattern(`^(?:${alternation(DEFINITE_DETERMINERS)})\\s`, 'i');
/** A paragraph that heads a digest of someone's words: "Below are Putin's key statements …" (the
 *  owner as group 1). */
export const DIGEST_HEADING = pattern(`^(?:${alternation(capitalised(DIGEST_OPENERS))})\\s+(?:are|is)\\s+(?:some\\s+of\\s+)?([\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,4})['’]s?\\s+(?:[\\p{Ll}]+\\s+){0,2}(?:${alternation(DIGEST_NOUNS)})\\b`, 'u');
/** A word that ends a document's head ("from", "issued", …), the whole word. */
export const DOCUMENT_HEAD_BREAK = pattern(`^(?:${alternation(DOCUMENT_HEAD_BREAKS)})$`, 'i');
/** "from X" or "issued|released … by X" after a document noun: X, capitalised, with "the" before it kept. */
export const DOCUMENT_ISSUER = pattern(`\\b(?:from|(?:${alternation(ISSUING_VERBS)})(?:\\s+\\p{Lu}?\\p{Ll}+)?\\s+by)\\s+((?:the\\s+)?[\\p{Lu}][\\p{L}\\p{N}&.'’-]*(?:\\s+(?:of|and|for|the|[\\p{Lu}][\\p{L}\\p{N}&.'’-]*))*)`, 'u');
/** A possessive pronoun opening a phrase ("Her lawsuit"). */
export const POSSESSIVE_PRONOUN_START = pattern(`^(${alternation(Object.keys(POSSESSIVE_PRONOUNS))})\\s`, 'i');
/** A determiner, then capitalised words before the document noun ("the RCMP statement", "the
 *  Department of Public Safety statement"). */
export const NAME_BEFORE_DOCUMENT = pattern(`^(?:${alternation([...OWNER_DETERMINERS, ...capitalised(OWNER_DETERMINERS)])})\\s+([\\p{Lu}][\\p{L}\\p{N}&.'’-]*(?:\\s+(?:(?:of|and|for|the)\\s+)?[\\p{Lu}][\\p{L}\\p{N}&.'’-]*)*)\\s+`, 'u');

/** A passive verb and "by" before the agent ("were supported by", "was echoed by"). */
export const PASSIVE_AGENT = pattern(`\\b(?:${alternation(PASSIVE_AUXILIARIES)})\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+(?:ed|en)\\s+by\\s+`, 'u');

/** Between a quote's cue and a document it introduces: an adverbial and "in a|its …" ("said
 *  Tuesday in a written statement"). */
export const CUE_THEN_DOCUMENT = pattern(`^\\s+(?:[\\p{L}]+\\s+){0,3}?in\\s+(?:${alternation([...ARTICLES, ...POSSESSIVE_DETERMINERS])})\\s+(?:[\\p{Ll}-]+\\s+)?$`, 'u');

/** The quantity after "too" that opens a clause's subject ("too much is made of …"). */
export const QUANTITY_AFTER_TOO = pattern(`^(?:${alternation(QUANTITIES_AFTER_TOO)})$`);

export const BUILT_PATTERNS: ReadonlyArray<{ pattern: RegExp; maxInput?: number }> = BUILT.map((re) => ({ pattern: re }));
