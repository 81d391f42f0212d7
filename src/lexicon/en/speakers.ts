/** Who speaks in news copy besides named people: documents, relations, groups ("the report
 *  said", "her mother said", "officials said"). Lower case. */
import { derivedList, joinLists, wordList, wordPick } from '../registry.js';
import { ARTICLES, AUXILIARIES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS, SMALL_NUMBERS } from './function-words.js';
import { MORE_REPORTING_ADVERBS, REPORTING_ADVERBS, SPEECH_VERB_FORM_LIST } from './speech.js';
import { ORG_HEADS } from './organisations.js';
import { DAY_WORDS, TIME_NOUNS, TIME_QUALIFIERS, WEEKDAYS } from './time.js';
import { ROLE_NOUNS } from './roles.js';

/** The people who speak for an organisation ("the ministry's spokesman" speaks for the ministry). */
const SPOKESPEOPLE = wordPick('en/speakers.SPOKESPEOPLE', ROLE_NOUNS, ['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * Documents and statements that speak for whoever issued them: "the report said", "the union's
 * Friday release", "the suit says". Read as speaker heads (quotes) and as what a possessive
 * owner speaks through (attribution).
 */
const DOCUMENT_NOUN_LIST = wordList('en/speakers.DOCUMENT_NOUNS', ['release', 'statement', 'report', 'post', 'tweet', 'letter', 'website', 'email', 'e-mail', 'memo', 'notice', 'announcement', 'filing', 'complaint', 'lawsuit', 'suit', 'claim', 'study', 'survey', 'poll', 'data', 'figures', 'records', 'document', 'documents', 'findings', 'assessment', 'review', 'audit', 'research', 'investigation', 'analysis', 'summary', 'account', 'page', 'blog', 'article', 'paper', 'newsletter', 'bulletin', 'advisory', 'guideline', 'guidance', 'reply', 'response', 'comment', 'comments', 'remark', 'remarks', 'message', 'indictment', 'ruling', 'judgment', 'judgement', 'decision', 'petition', 'motion', 'affidavit', 'warrant', 'press service', 'press office']);
export const DOCUMENT_NOUNS: ReadonlySet<string> = derivedList('en/speakers.DOCUMENT_NOUNS', new Set(joinLists(DOCUMENT_NOUN_LIST, SPOKESPEOPLE)));

/** Whether a phrase ends with a document noun ("Facebook's statement", "the ministry's press service"). */
export function endsWithDocumentNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  return DOCUMENT_NOUNS.has(words[words.length - 1] ?? '') || DOCUMENT_NOUNS.has(words.slice(-2).join(' '));
}

/** People in the plural who both head a phrase ("Members of the Club") and speak without a
 *  determiner ("officials said"). */
const PEOPLE_IN_GROUPS = wordList('en/speakers.PEOPLE_IN_GROUPS', ['members', 'residents', 'employees', 'staff', 'workers', 'students', 'leaders', 'representatives', 'delegates', 'experts', 'officials', 'officers', 'supporters', 'activists', 'volunteers', 'scientists', 'researchers', 'parents', 'teachers', 'doctors', 'critics', 'opponents', 'participants']);

/** Plural person nouns that head a phrase ("Members of the Club", "Residents of X"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(joinLists(
  PEOPLE_IN_GROUPS,
  wordList('en/speakers.MORE_GROUP_NOUNS', ['heads', 'chiefs', 'fans', 'veterans', 'graduates', 'alumni', 'citizens', 'friends', 'players', 'shareholders', 'investors', 'customers', 'users', 'guests', 'visitors']),
));

/** Plural or collective nouns that speak without a determiner ("officials said", "polls show"). */
export const GENERIC_SPEAKERS: ReadonlySet<string> = new Set(joinLists(
  PEOPLE_IN_GROUPS,
  wordList('en/speakers.MORE_GENERIC_SPEAKERS', ['analysts', 'sources', 'witnesses', 'authorities', 'observers', 'organizers', 'organisers', 'economists', 'investigators', 'prosecutors', 'lawmakers', 'legislators', 'protesters', 'people', 'locals', 'farmers', 'diplomats', 'producers', 'traders', 'rescuers', 'survivors', 'victims', 'families', 'managers', 'executives', 'owners', 'merchants', 'engineers', 'specialists', 'forecasters', 'meteorologists', 'firefighters', 'paramedics', 'troops', 'soldiers', 'militants', 'rebels', 'insurgents', 'pollsters', 'polls', 'studies', 'reports', 'statistics']),
  wordPick('en/speakers.GENERIC_SPOKESPEOPLE', ROLE_NOUNS, ['spokesperson', 'spokesman', 'spokeswoman']),
  wordPick('en/speakers.GENERIC_DOCUMENTS', DOCUMENT_NOUNS, ['data', 'figures', 'documents', 'records']),
  wordPick('en/speakers.GENERIC_POLICE', ORG_HEADS, ['police']),
));

/** People by relation who "say" things in news copy ("a citizen wrote", "her mother said"),
 *  and a utility; documents are DOCUMENT_NOUNS. */
export const RELATION_HEADS: ReadonlySet<string> = new Set(joinLists(
  wordList('en/speakers.RELATION_HEADS', ['man', 'woman', 'person', 'citizen', 'neighbour', 'neighbor', 'friend', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'child', 'boy', 'girl', 'fan', 'victim', 'witness', 'source', 'insider', 'ally', 'rival', 'customer', 'voter', 'patient', 'guest', 'veteran', 'colleague', 'relative', 'utility']),
  wordPick('en/speakers.RELATIONS_AS_ROLES', ROLE_NOUNS, ['member', 'judge', 'chief', 'expert', 'nurse', 'aide', 'partner']),
));

/** Words dropped between a speaker and the cue after it ("she also said", "he has said",
 *  "Obama on Monday said", "the minister bluntly told"): adverbs, auxiliaries, time words. */
export const WORDS_BEFORE_CUE: ReadonlySet<string> = new Set(joinLists(
  REPORTING_ADVERBS,
  MORE_REPORTING_ADVERBS,
  wordList('en/speakers.ADVERBS_BEFORE_CUE', ['then', 'additionally', 'however', 'reportedly', 'quickly', 'bluntly', 'simply', 'frankly', 'candidly', 'proudly', 'angrily', 'calmly', 'flatly', 'openly']),
  wordList('en/speakers.AUXILIARIES_BEFORE_CUE', ['has', 'have', 'had', 'was', 'is', 'will', 'would', 'on', 'this']),
  wordPick('en/speakers.TOLD_BEFORE_CUE', SPEECH_VERB_FORM_LIST, ['told']),
  WEEKDAYS,
  DAY_WORDS,
  TIME_NOUNS,
  TIME_QUALIFIERS,
));

/** Determiners that open a speaker's description ("the minister", "two officials", "several
 *  witnesses"). */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set(joinLists(
  ARTICLES,
  DEMONSTRATIVES,
  wordPick('en/speakers.SPEAKER_POSSESSIVES', POSSESSIVE_DETERMINERS, ['his', 'her', 'their', 'its', 'our']),
  SMALL_NUMBERS,
  wordPick('en/speakers.SPEAKER_QUANTIFIERS', QUANTIFIERS, ['several', 'many', 'some', 'other', 'another', 'both', 'most', 'few']),
));

/** The news outlet's own people, never a source of the story ("our correspondent", "the
 *  reporter"). */
export const SELF_SOURCE_NOUNS = wordPick('en/speakers.SELF_SOURCE_NOUNS', ROLE_NOUNS, ['correspondent', 'reporter']);

/** What a statement is made in, after "in a"/"in an" ("in a statement", "in an interview"). */
export const STATEMENT_MEDIA: readonly string[] = joinLists(
  wordPick('en/speakers.STATEMENT_DOCUMENTS', DOCUMENT_NOUNS, ['statement']),
  wordList('en/speakers.INTERVIEW', ['interview']),
  wordPick('en/speakers.STATEMENT_POSTS', DOCUMENT_NOUNS, ['email', 'e-mail', 'letter', 'post', 'tweet']),
);
/** Auxiliaries of "… was quoted as saying" ("has been quoted as"). */
export const QUOTED_AUXILIARIES = wordList('en/speakers.QUOTED_AUXILIARIES', ['was', 'is', 'were', 'has been']);

/** Verbs whose "by X" names a document's issuer ("released by Civic Action"; not "reviewed by Reuters"). */
export const ISSUING_VERBS = wordList('en/speakers.ISSUING_VERBS', ['issued', 'released', 'published', 'filed', 'posted', 'put out', 'sent']);

/** Words after a document noun that end its head ("a statement from …", "a report issued by …"). */
export const DOCUMENT_HEAD_BREAKS: readonly string[] = joinLists(wordList('en/speakers.DOCUMENT_HEAD_BREAKS', ['from', 'by', 'of', 'which', 'that', 'reviewed', 'obtained', 'seen']), ISSUING_VERBS);

/** Heads of a person who speaks for an organisation: people, never documents. */
export const SPOKESPEOPLE_HEADS: ReadonlySet<string> = new Set(SPOKESPEOPLE);

/** What a digest of someone's words is called ("Below are Putin's key statements"). */
export const DIGEST_NOUNS: readonly string[] = joinLists(wordList('en/speakers.DIGEST_NOUNS', ['statements', 'quotes', 'theses', 'points', 'takeaways']), wordPick('en/speakers.DIGEST_DOCUMENT_NOUNS', DOCUMENT_NOUN_LIST, ['remarks', 'comments']));
/** Words that introduce such a digest ("Below are", "Here are"). */
export const DIGEST_OPENERS = wordList('en/speakers.DIGEST_OPENERS', ['below', 'here']);

/** Forms of "be" before a passive participle and "by" ("were supported by X:"). */
export const PASSIVE_AUXILIARIES = wordPick('en/speakers.PASSIVE_AUXILIARIES', AUXILIARIES, ['was', 'were', 'is', 'are', 'been', 'being']);
