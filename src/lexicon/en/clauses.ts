/** Clauses and sentences: the words that open them, or cannot. Lower case. */
import { derivedList, joinLists, wordList, wordPick } from '../registry.js';
import { TITLE_ABBREVIATIONS } from './roles.js';
import { AUXILIARIES, EXISTENTIALS, PERSONAL_PRONOUNS } from './function-words.js';
import { MORE_REPORTING_ADVERBS, REPORTING_ADVERBS } from './speech.js';
import { DAY_WORDS, TIME_QUALIFIERS, WEEKDAYS } from './time.js';
import { CYRILLIC_FUNCTION_WORDS, EUROPEAN_ARTICLES } from '../shared/function-words.js';

/** English sentence adverbs, connectives and function words capitalised only because they
 *  open a sentence ("However", "The", "Speaking"). */
export const ENGLISH_SENTENCE_OPENERS: readonly string[] = derivedList('en/clauses.ENGLISH_SENTENCE_OPENERS', joinLists(
  wordList('en/clauses.ENGLISH_SENTENCE_OPENERS', ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then', 'when', 'while', 'although', 'though', 'however', 'moreover', 'therefore', 'furthermore', 'meanwhile', 'besides', 'also', 'according', 'as', 'at', 'in', 'on', 'for', 'from', 'by', 'with', 'after', 'before', 'since', 'during', 'under', 'over', 'but', 'and', 'or', 'so', 'yet', 'if', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'no', 'not', 'one', 'two', 'three', 'first', 'next', 'tomorrow', 'now', 'still', 'even', 'only', 'just', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'thus', 'hence', 'indeed', 'instead', 'overall', 'nevertheless', 'nonetheless', 'additionally', 'consequently', 'finally', 'currently', 'notably', 'amendments', 'speaking', 'asked', 'despite', 'among', 'amid', 'to', 'into', 'of', 'about', 'against', 'between', 'through', 'without', 'within', 'upon', 'once', 'unlike', 'like', 'whether', 'because', 'unless', 'until', 'more', 'less', 'several', 'few', 'any', 'none', 'nor', 'either', 'neither', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'please', 'yes', 'well', 'oh', 'dear']),
  wordPick('en/clauses.OPENING_REPORTING_ADVERBS', REPORTING_ADVERBS, ['earlier', 'later', 'recently', 'previously']),
  wordPick('en/clauses.OPENING_DAY_WORDS', DAY_WORDS, ['today', 'yesterday']),
  wordPick('en/clauses.OPENING_TIME_QUALIFIERS', TIME_QUALIFIERS, ['last']),
  wordPick('en/clauses.OPENING_TITLES', TITLE_ABBREVIATIONS, ['mr', 'mrs', 'ms']),
));

/** Sentence adverbs and connectives that are capitalised only because they open a sentence,
 *  in English and (the Russian, Ukrainian and Kazakh function words) in Cyrillic. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(joinLists(ENGLISH_SENTENCE_OPENERS, CYRILLIC_FUNCTION_WORDS));

/** Words opening an adverbial between a cue and its "that" ("said on Monday that", "said
 *  earlier this week that", "said in a statement that"). */
export const ADVERBIAL_START: ReadonlySet<string> = new Set(joinLists(
  WEEKDAYS,
  wordPick('en/clauses.ADVERBIAL_DAY_WORDS', DAY_WORDS, ['yesterday', 'today']),
  REPORTING_ADVERBS,
  MORE_REPORTING_ADVERBS,
  TIME_QUALIFIERS,
  wordList('en/clauses.ADVERBIAL_START_WORDS', ['in', 'on', 'at', 'during', 'after', 'before', 'this', 'via', 'through', 'while', 'when', 'over', 'from']),
));

/** Words that cannot open a reported clause without "that" ("said in", "said goodbye to",
 *  "said Monday"): prepositions, conjunctions, time words and adverbs of the cue, interjections. */
export const NOT_CLAUSE_START: ReadonlySet<string> = new Set(joinLists(
  WEEKDAYS,
  DAY_WORDS,
  REPORTING_ADVERBS,
  TIME_QUALIFIERS,
  wordList('en/clauses.NOT_CLAUSE_START_WORDS', [
    'in', 'on', 'at', 'to', 'for', 'with', 'by', 'about', 'from', 'of', 'after', 'before', 'during', 'as', 'so', 'and', 'or', 'but',
    'then', 'next', 'goodbye', 'hello', 'nothing', 'something', 'anything', 'yes', 'no', 'not', 'thanks', 'sorry', 'what', 'when',
    'where', 'why', 'how', 'who', 'whether', 'if', 'while', 'that', 'than', 'otherwise', 'once', 'twice', 'here', 'there', 'too',
    'very', 'much', 'little', 'enough', 'instead',
  ]),
));

/** Subjects that may follow an adverbial after a cue ("said in his speech he …"), in the order
 *  the pattern tries them. */
export const ADVERBIAL_SUBJECTS: readonly string[] = joinLists(
  wordPick('en/clauses.ADVERBIAL_SUBJECT_PRONOUNS', PERSONAL_PRONOUNS, ['he', 'she', 'they', 'it', 'we', 'i']),
  wordPick('en/clauses.ADVERBIAL_SUBJECT_THERE', EXISTENTIALS, ['there']),
);

/** Auxiliaries after which a verb-like noun is the subject of a clause ("said prices rose" —
 *  no; "said demand is …" — yes), in the order the pattern tries them. */
export const CLAUSE_AUXILIARIES = wordPick('en/clauses.CLAUSE_AUXILIARIES', AUXILIARIES, ['is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'has', 'have', 'had']);

/** Words that open a sentence in German, French, Spanish, Italian and English: never a
 *  dateline's place ("Die Regierung –", "The ministry –", "But …"). */
export const OPENERS_NEVER_PLACES: ReadonlySet<string> = new Set(joinLists(
  EUROPEAN_ARTICLES,
  wordPick('en/clauses.ENGLISH_OPENERS_NEVER_PLACES', ENGLISH_SENTENCE_OPENERS, ['the', 'a', 'an', 'this', 'that', 'we', 'he', 'she', 'it', 'they', 'i', 'but', 'and', 'or', 'so', 'yes', 'no']),
));

/** Words after a name that make it the subject of its clause ("Guest was …", "Tory later …",
 *  "Obama thought …"): auxiliaries, adverbs before a verb, frequent past forms. */
export const VERBS_AFTER_SUBJECT = wordList('en/clauses.VERBS_AFTER_SUBJECT', ['is', 'was', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'also', 'then', 'now', 'who', 'later', 'still', 'never', 'only', 'may', 'might', 'must', 'should', 'shall', 'remains', 'became', 'began', 'went', 'got', 'took', 'made', 'gave', 'saw', 'came', 'knew', 'thought', 'felt']);
