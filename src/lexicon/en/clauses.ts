/** Clauses and sentences: the words that open them, or cannot. Lower case. */
import { derivedList, joinLists, wordList, wordPick } from '../registry.js';
import { TITLE_ABBREVIATIONS } from './roles.js';
import { ARTICLES, AUXILIARIES, CONJUNCTIONS, EXISTENTIALS, PERSONAL_PRONOUNS, PREPOSITIONS } from './function-words.js';
import { MORE_REPORTING_ADVERBS, REPORTING_ADVERBS, SPEECH_VERB_FORM_LIST } from './speech.js';
import { DAY_WORDS, TIME_QUALIFIERS, WEEKDAYS } from './time.js';
import { CYRILLIC_FUNCTION_WORDS, EUROPEAN_ARTICLES } from '../shared/function-words.js';

/** English sentence adverbs, connectives and function words capitalised only because they
 *  open a sentence ("However", "The", "Speaking"). */
export const ENGLISH_SENTENCE_OPENERS: readonly string[] = derivedList('en/clauses.ENGLISH_SENTENCE_OPENERS', joinLists(
  wordList('en/clauses.ENGLISH_SENTENCE_OPENERS', [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
    'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then', 'when', 'while',
    'although', 'though', 'however', 'moreover', 'therefore', 'furthermore', 'meanwhile', 'besides',
    'also', 'according', 'as', 'at', 'in', 'on', 'for', 'from', 'by', 'with', 'after', 'before',
    'since', 'during', 'under', 'over', 'but', 'and', 'or', 'so', 'yet', 'if', 'some', 'many',
    'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'no', 'not', 'one', 'two',
    'three', 'first', 'next', 'tomorrow', 'now', 'still', 'even', 'only', 'just', 'what', 'which',
    'who', 'whom', 'whose', 'where', 'why', 'how', 'thus', 'hence', 'indeed', 'instead', 'overall',
    'nevertheless', 'nonetheless', 'additionally', 'consequently', 'finally', 'currently',
    'notably', 'amendments', 'speaking', 'asked', 'despite', 'among', 'amid', 'to', 'into', 'of',
    'about', 'against', 'between', 'through', 'without', 'within', 'upon', 'once', 'unlike', 'like',
    'whether', 'because', 'unless', 'until', 'more', 'less', 'several', 'few', 'any', 'none', 'nor',
    'either', 'neither', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
    'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let',
    'please', 'yes', 'well', 'oh', 'dear',
  ]),
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

/** Auxiliaries after a noun that is also a verb form that make it a reported clause's subject
 *  ("said demand is …", "said prices have …"), in the order the pattern tries them. */
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

// Small selections of function words that single patterns read (lexicon/patterns.ts), in the
// order the patterns try them. Closed-class words: they may recur in any list.

/** Determiners that open a possessive owner's phrase ("the union's release"). */
export const OWNER_DETERMINERS = wordList('en/clauses.OWNER_DETERMINERS', ['the', 'a', 'an', 'this', 'that']);
/** Prepositions after a description's head ("the lawyer for …"). */
export const HEAD_PREPOSITIONS = wordList('en/clauses.HEAD_PREPOSITIONS', ['for', 'of', 'at', 'with', 'from', 'in', 'on']);
/** Determiners of a definite description ("the minister", "this official"). */
export const DEFINITE_DETERMINERS = wordList('en/clauses.DEFINITE_DETERMINERS', ['the', 'this', 'that']);
/** Words that open a relative clause after an apposition ("…, who …"). */
export const RELATIVE_PRONOUNS = wordList('en/clauses.RELATIVE_PRONOUNS', ['who', 'which', 'that', 'whose', 'where', 'when']);
/** Words after a comma that start an apposition or a relative clause (", a doctor", ", who"). */
export const APPOSITION_OPENERS = wordList('en/clauses.APPOSITION_OPENERS', ['a', 'an', 'the', 'who', 'which']);
/** Determiners after which a speech verb is a noun ("the report said", "his statement"). */
export const NOUN_DETERMINERS = wordList('en/clauses.NOUN_DETERMINERS', ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their']);
/** Determiners that open a phrase naming its owner ("its director, X", "the ministry's"). */
export const POSSESSIVE_OPENERS = wordList('en/clauses.POSSESSIVE_OPENERS', ['its', 'his', 'her', 'their', 'the']);
/** Small words of a name that are never its verb ("of", "the"). */
export const NAME_SMALL_FUNCTION_WORDS = wordList('en/clauses.NAME_SMALL_FUNCTION_WORDS', ['of', 'the', 'and', 'for']);
/** Small words of an organisation's name that its acronym skips ("The", "Of", "And", "For"). */
export const ACRONYM_SKIPPED_WORDS = wordList('en/clauses.ACRONYM_SKIPPED_WORDS', ['the', 'of', 'and', 'for']);
/** Subjects that report without "that" after "added" ("added he", "added there …"). */
export const SUBJECTS_AFTER_ADDED = wordList('en/clauses.SUBJECTS_AFTER_ADDED', ['he', 'she', 'it', 'they', 'we', 'i', 'there', 'this', 'that']);
/** Subjects written with a contracted verb ("it's", "there's", "she's", "everyone's"). */
export const CONTRACTED_SUBJECTS = wordList('en/clauses.CONTRACTED_SUBJECTS', ['it', 'there', 'he', 'she', 'they', 'we', 'i', 'that', 'what', 'who', 'this', 'everyone', 'everybody', 'nobody', 'no-one', 'someone']);
/** Verbs after "there" that make a clause ("there are", "there seems"). */
export const VERBS_AFTER_THERE: readonly string[] = joinLists(CLAUSE_AUXILIARIES, wordList('en/clauses.VERBS_OF_SEEMING', ['seems', 'appears', 'seem', 'appear']), wordList('en/clauses.EXISTENTIAL_VERBS', ['needs', 'need', 'remains', 'remain', 'exists', 'exist']));
/** Words that open a reported clause without "that" ("said the plan …", "said nearly half …"). */
export const CLAUSE_OPENING_WORDS = wordList('en/clauses.CLAUSE_OPENING_WORDS', ['the', 'a', 'an', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'some', 'many', 'most', 'all', 'more', 'nearly', 'almost', 'only', 'every', 'each', 'any', 'both', 'several', 'such', 'one', 'two', 'three']);
/** "for", "of" after a verb-like noun ("demand for", "prices of"). */
export const FOR_OR_OF = wordList('en/clauses.FOR_OR_OF', ['for', 'of']);
/** Prepositions that open an adverbial after a cue ("said in his speech he …"). */
export const ADVERBIAL_PREPOSITIONS = wordList('en/clauses.ADVERBIAL_PREPOSITIONS', ['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'over']);
/** Small words inside a title between commas ("…, Deputy Minister of Agriculture, said"). */
export const TITLE_ASIDE_SMALL_WORDS = wordList('en/clauses.TITLE_ASIDE_SMALL_WORDS', ['of', 'for', 'the', 'and', 'at', 'to', 'on', 'in']);
/** Capitalised words that alone name nobody ("A", "The", "This", "What", "Such"). */
export const NAMELESS_WORDS = wordList('en/clauses.NAMELESS_WORDS', ['a', 'an', 'the', 'this', 'that']);
/** "What", "Such": more capitalised words that alone name nobody. */
export const MORE_NAMELESS_WORDS = wordList('en/clauses.MORE_NAMELESS_WORDS', ['what', 'such']);
/** Capitalised words that open no name ("The …", "In …", "However …"). */
export const NOT_NAME_OPENERS = wordList('en/clauses.NOT_NAME_OPENERS', ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'still', 'yet']);
/** "of", "from" between a person and a place ("Idris Farouk of Farmington"). */
export const OF_OR_FROM = wordList('en/clauses.OF_OR_FROM', ['of', 'from']);
/** Words that end a description read backwards from its head ("… and the minister"). */
export const DESCRIPTION_BREAKS: readonly string[] = joinLists(
  wordList('en/clauses.DESCRIPTION_BREAKS', ['and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'as', 'if', 'because', 'after', 'before', 'since', 'than']),
  wordPick('en/clauses.SPEECH_FORMS_THAT_BREAK', SPEECH_VERB_FORM_LIST, ['said', 'says', 'told']),
);
/** Prepositions between a description and its organisation ("a spokesman for the …"). */
export const DESCRIPTION_PREPOSITIONS = wordList('en/clauses.DESCRIPTION_PREPOSITIONS', ['for', 'of', 'at', 'from', 'with']);
/** Prepositions of a title's complement before a name ("Ambassador to the United States X"). */
export const TITLE_COMPLEMENT_PREPOSITIONS = wordList('en/clauses.TITLE_COMPLEMENT_PREPOSITIONS', ['to', 'of', 'for', 'at']);
/** Words that open an introductory phrase before the subject ("In an interview …, X said",
 *  "Speaking to …", "Meanwhile, …"). */


/** Conjunctions that join a second report to a first in one sentence ("… and demanded that",
 *  "… but he added that"). */
export const REPORT_CONJUNCTIONS = wordList('en/clauses.REPORT_CONJUNCTIONS', ['and', 'but']);

/** Prepositions before a participle that opens a second report ("… before noting that"). */
export const PARTICIPLE_PREPOSITIONS = wordList('en/clauses.PARTICIPLE_PREPOSITIONS', ['before', 'after', 'while', 'when', 'by']);

/** Object pronouns that can be the hearer after "told" ("told them the plan …"). */
export const HEARER_PRONOUNS = wordList('en/clauses.HEARER_PRONOUNS', ['him', 'her', 'them', 'us', 'me', 'you']);

/** Subordinators that open an adverbial clause before the main one ("When he left, …",
 *  "Although the plan failed, …"). */
export const SUBORDINATORS = wordList('en/clauses.SUBORDINATORS', ['when', 'whenever', 'while', 'as', 'although', 'though', 'if', 'because', 'once', 'until', 'unless', 'whereas']);

/** Subordinators that go on with the speaker's report after an aside cue ("It was a giant, he
 *  said, until it went bankrupt"): not the time words that date the saying itself (", the
 *  company said Tuesday, after the vote …", "…, she said, as the crowd …"). */
export const REPORT_SUBORDINATORS: ReadonlySet<string> = new Set(wordPick('en/clauses.REPORT_SUBORDINATORS', SUBORDINATORS, ['although', 'though', 'because', 'until', 'unless', 'whereas']));

/** The first words of an opening subordinate clause, before the main clause it leads to ("Even
 *  if the venture fails, he said, it has …"). */
export const OPENING_SUBORDINATE = wordPick('en/clauses.OPENING_SUBORDINATE', SUBORDINATORS, ['if', 'although', 'though', 'because', 'unless', 'while', 'when', 'once', 'whereas']);

/** Words that open an adverbial before a sentence's subject ("In an interview …, X praised …"). */
export const INTRODUCTORY_WORDS: readonly string[] = joinLists(
  wordList('en/clauses.INTRODUCTORY_WORDS', ['in', 'on', 'at', 'after', 'before', 'during', 'since', 'following', 'despite', 'this', 'meanwhile', 'however']),
  wordPick('en/clauses.INTRODUCTORY_PARTICIPLES', ENGLISH_SENTENCE_OPENERS, ['asked', 'speaking']),
  wordPick('en/clauses.INTRODUCTORY_ADVERBS', REPORTING_ADVERBS, ['earlier', 'later']),
  wordPick('en/clauses.INTRODUCTORY_TIME_QUALIFIERS', TIME_QUALIFIERS, ['last']),
  // "While reading the case materials, the prosecutor …": a subordinate clause before the subject
  wordPick('en/clauses.INTRODUCTORY_SUBORDINATORS', SUBORDINATORS, ['when', 'while', 'as', 'although', 'though', 'because', 'once']),
);

/** Prepositions that open an adverbial before a sentence's main clause ("In Paris on Monday, …",
 *  "After the vote, …"). */
export const ADVERBIAL_OPENING_PREPOSITIONS = wordList('en/clauses.ADVERBIAL_OPENING_PREPOSITIONS', ['in', 'on', 'at', 'after', 'before', 'during', 'since', 'despite', 'amid', 'for', 'with', 'within', 'beyond', 'besides']);

/** Capitalised words that open a clause before a speaker's name and are no part of it ("But
 *  Mr. Fry said", "While the prosecutor …", "The Salford MP"). */
export const OPENERS_BEFORE_A_NAME = wordPick('en/clauses.OPENERS_BEFORE_A_NAME', ENGLISH_SENTENCE_OPENERS, ['but', 'and', 'or', 'so', 'yet', 'while', 'when', 'until', 'although', 'though', 'however', 'meanwhile', 'still', 'as', 'if', 'because', 'once', 'unless', 'whether', 'the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Question words that open a reported question ("explains how …", "asked whether …"). */
export const QUESTION_WORDS = wordList('en/clauses.QUESTION_WORDS', ['how', 'why', 'whether', 'what', 'when', 'where', 'who', 'if']);

/** Words after "no" that make it no noun phrase ("no longer", "no more", "no doubt"). */
export const NOT_NOUNS_AFTER_NO = wordList('en/clauses.NOT_NOUNS_AFTER_NO', ['longer', 'more', 'less', 'thanks', 'way', 'doubt']);

/** Relative pronouns that are a clause's subject ("demonstrators who say …"). */
export const RELATIVE_SUBJECTS = wordList('en/clauses.RELATIVE_SUBJECTS', ['who', 'which']);

/** Words that alone name people in general, never a source ("those who believe …"). */
export const GENERIC_ANTECEDENTS = wordList('en/clauses.GENERIC_ANTECEDENTS', ['those', 'these', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'others', 'many', 'some', 'few']);

/** Particles that make a verb a phrasal verb with an object, not a cue with a hearer ("wrote off
 *  assets", "told off"). */
export const VERB_PARTICLES = wordList('en/clauses.VERB_PARTICLES', ['off', 'up', 'down', 'out', 'back', 'away']);

/** Words that introduce someone not named before ("a senior diplomat", "one source", "another supporter"). */
export const INDEFINITE_DETERMINERS = wordPick('en/clauses.INDEFINITE_DETERMINERS', ENGLISH_SENTENCE_OPENERS, ['a', 'an', 'one', 'another']);

/** The words a title-case headline leaves in lower case ("Talks on the Border"). */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(joinLists(
  ARTICLES,
  wordPick('en/clauses.TITLE_CASE_CONJUNCTIONS', CONJUNCTIONS, ['and', 'or', 'but', 'as']),
  wordPick('en/clauses.TITLE_CASE_PREPOSITIONS', PREPOSITIONS, ['of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'into', 'over', 'after']),
));

/** Modals and auxiliaries that open a question ("Will the plan work?"), also given names. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(wordPick('en/clauses.QUESTION_OPENERS', AUXILIARIES, ['will', 'may', 'can', 'could', 'would', 'should', 'must', 'shall', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had']));

/** Prepositions that open the reporter's own adverbial after a cue, not the report going on
 *  (", the company said Tuesday, after the government …"). */
export const CLAUSE_OPENING_PREPOSITIONS = wordList('en/clauses.CLAUSE_OPENING_PREPOSITIONS', ['after', 'before', 'amid', 'despite', 'since']);

/** Conjunctions that open a clause of their own after a source (", but Kiev announced …"). */
export const CLAUSE_CONJUNCTIONS = wordPick('en/clauses.CLAUSE_CONJUNCTIONS', ENGLISH_SENTENCE_OPENERS, ['but', 'and', 'while', 'although', 'though', 'as']);
