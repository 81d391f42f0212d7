/**
 * English function words by closed class: articles, pronouns, prepositions, conjunctions,
 * auxiliaries, quantifiers. They are the syntax every rule reads, so the rule lists name them
 * freely (a rule's list of "words that open a clause" is mostly function words); these classes
 * say once what each one is, and the lexicon's overlap test lets them recur. Lower case.
 */
import { joinLists, wordList, wordPick } from '../registry.js';
import { SPEECH_VERB_FORM_LIST } from './speech.js';

const closedClass = { closedClass: true } as const;

/** "the", "a", "an". */
export const ARTICLES = wordList('en/function-words.ARTICLES', ['the', 'a', 'an'], closedClass);
/** "this", "that", "these", "those". */
export const DEMONSTRATIVES = wordList('en/function-words.DEMONSTRATIVES', ['this', 'that', 'these', 'those'], closedClass);
/** "my", "his", "their" …: the possessives before a noun. */
export const POSSESSIVE_DETERMINERS = wordList('en/function-words.POSSESSIVE_DETERMINERS', ['my', 'your', 'his', 'her', 'its', 'our', 'their'], closedClass);
/** Personal pronouns, subject and object forms ("he", "him"). */
export const PERSONAL_PRONOUNS = wordList('en/function-words.PERSONAL_PRONOUNS', ['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them'], closedClass);
/** "there is", "here is": the pronoun-like adverbs of place. */
export const EXISTENTIALS = wordList('en/function-words.EXISTENTIALS', ['there', 'here'], closedClass);
/** "everyone", "nobody", "something" …. */
export const INDEFINITE_PRONOUNS = wordList('en/function-words.INDEFINITE_PRONOUNS', ['everyone', 'everybody', 'nobody', 'no-one', 'someone', 'something', 'anything', 'nothing'], closedClass);
/** Question and relative words ("what", "who", "whether"). */
export const INTERROGATIVES = wordList('en/function-words.INTERROGATIVES', ['what', 'which', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how', 'whether'], closedClass);
/** Prepositions ("of", "in", "despite"). */
export const PREPOSITIONS = wordList('en/function-words.PREPOSITIONS', [
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'after', 'before', 'during', 'since',
  'under', 'over', 'into', 'through', 'between', 'against', 'among', 'amid', 'within', 'without', 'upon',
  'via', 'across', 'near', 'outside', 'inside', 'around', 'towards', 'toward', 'throughout', 'along', 'off',
  'beyond', 'opposite', 'despite', 'like', 'unlike',
], closedClass);
/** Conjunctions, and the ampersand that writes "and" in names ("Johnson & Johnson"). */
export const CONJUNCTIONS = wordList('en/function-words.CONJUNCTIONS', ['and', '&', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'although', 'though', 'while', 'unless', 'until', 'as', 'than', 'once'], closedClass);
/** Forms of be, have and do, and the modals. */
export const AUXILIARIES = wordList('en/function-words.AUXILIARIES', [
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
], closedClass);
/** Quantifiers and the determiners like them ("some", "every", "such", "no"). */
export const QUANTIFIERS = wordList('en/function-words.QUANTIFIERS', [
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'any', 'none', 'several', 'few', 'more', 'less',
  'other', 'another', 'such', 'either', 'neither', 'no', 'much', 'little', 'enough',
], closedClass);
/** Connective, focusing and degree adverbs ("however", "also", "then", "only", "nearly"). */
export const CONNECTIVE_ADVERBS = wordList('en/function-words.CONNECTIVE_ADVERBS', [
  'then', 'now', 'still', 'only', 'even', 'just', 'also', 'however', 'moreover', 'therefore', 'furthermore', 'meanwhile',
  'besides', 'thus', 'hence', 'indeed', 'instead', 'otherwise', 'additionally', 'consequently', 'nevertheless', 'nonetheless',
  'too', 'very', 'never', 'nearly', 'almost',
], closedClass);
/** Connectives that tie a sentence to the one before ("However, …"): a text goes on. */
export const CONTINUING_CONNECTIVES = wordPick('en/function-words.CONTINUING_CONNECTIVES', CONNECTIVE_ADVERBS, [
  'however', 'moreover', 'therefore', 'furthermore', 'meanwhile', 'besides', 'thus', 'hence', 'indeed', 'instead', 'additionally', 'consequently', 'nevertheless', 'nonetheless',
]);
/** "not". */
export const NEGATIONS = wordList('en/function-words.NEGATIONS', ['not'], closedClass);
/** The numbers one to five in words. */
export const SMALL_NUMBERS = wordList('en/function-words.SMALL_NUMBERS', ['one', 'two', 'three', 'four', 'five'], closedClass);
/** Interjections and formulas of politeness ("yes", "hello", "sorry"). */
export const INTERJECTIONS = wordList('en/function-words.INTERJECTIONS', ['yes', 'oh', 'hello', 'goodbye', 'thanks', 'sorry', 'please'], closedClass);

/** Frequent words of four letters or more that two texts share without being about the same
 *  thing (a headline and the paragraph under it). */
export const STOP_WORDS: ReadonlySet<string> = new Set(joinLists(
  wordList('en/function-words.STOP_WORDS', ['that', 'this', 'with', 'from', 'have', 'will', 'were', 'been', 'their', 'they', 'what', 'when', 'which', 'about', 'after', 'into', 'than', 'more', 'over', 'also', 'would', 'could', 'there', 'where', 'while']),
  wordPick('en/function-words.STOP_SPEECH_FORMS', SPEECH_VERB_FORM_LIST, ['said', 'says']),
));

/** Words that leave a phrase open at a line's end ("… deposit-taking companies and" / "254
 *  registered …", "… the chair of the" / "House Intelligence Committee"): a hard-wrapped line,
 *  not a paragraph's end. */
export const PHRASE_OPENING_WORDS: readonly string[] = joinLists(
  ARTICLES,
  wordPick('en/function-words.PHRASE_OPENING_CONJUNCTIONS', CONJUNCTIONS, ['and', 'or', 'than']),
  wordPick('en/function-words.PHRASE_OPENING_PREPOSITIONS', PREPOSITIONS, ['of', 'to', 'in', 'for', 'with', 'by', 'at', 'from', 'on']),
  wordPick('en/function-words.PHRASE_OPENING_POSSESSIVES', POSSESSIVE_DETERMINERS, ['its', 'his', 'her', 'their', 'our']),
);
/** Words a sentence cannot end on (articles, prepositions, conjunctions, possessives): a line
 *  that ends on one was cut, by a link or a page break ("… has left more than"). */
export const DANGLING_WORDS: ReadonlySet<string> = new Set(joinLists(ARTICLES, PREPOSITIONS, CONJUNCTIONS, POSSESSIVE_DETERMINERS));
/** Function words that title case capitalises and prose does not ("Races To Bolster", "Talks
 *  Could Unlock"): articles, prepositions, conjunctions, auxiliaries. */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(joinLists(ARTICLES, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES));
/** Closed-class words no person's name is made of ("What We Do", "About Us"): title-case
 *  small words, pronouns, interrogatives, demonstratives. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(joinLists(TITLE_CASE_SMALL_WORDS, PERSONAL_PRONOUNS, INTERROGATIVES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS));

/** Quantities after "too" that make a noun phrase ("too much", "too many"). */
export const QUANTITIES_AFTER_TOO = wordPick('en/function-words.QUANTITIES_AFTER_TOO', QUANTIFIERS, ['much', 'many', 'few', 'little']);
