/**
 * Function words of languages other than English that the rules read in the text itself (a
 * Russian sentence's opening preposition, a German article before a place, a French "et" in a
 * title), by closed class: like the English classes (en/function-words.ts) they may recur in
 * any rule's list. Lower case.
 */
import { joinLists, wordList, wordPick } from '../registry.js';
import { PREPOSITIONS } from '../en/function-words.js';
import { FUNCTION_WORDS_BY_LANGUAGE } from './language-evidence.js';

const closedClass = { closedClass: true } as const;

/** Russian, Ukrainian and Kazakh prepositions, conjunctions, pronouns and connectives (all of
 *  them open sentences: "В Екатеринбурге …", "Також …", "Бұл …"). */
export const CYRILLIC_FUNCTION_WORDS = wordList('shared/function-words.CYRILLIC_FUNCTION_WORDS', [
  'в', 'во', 'на', 'по', 'из', 'с', 'со', 'к', 'ко', 'о', 'об', 'за', 'для', 'от', 'до', 'при',
  'после', 'перед', 'у', 'и', 'а', 'но', 'как', 'так', 'это', 'этот', 'эта', 'эти', 'он', 'она',
  'они', 'мы', 'также', 'однако', 'кроме', 'среди', 'через', 'над', 'под', 'між', 'та',
  'також', 'але', 'бұл', 'және',
], closedClass);

/** Articles, prepositions and conjunctions of German, French, Spanish, Italian, Portuguese,
 *  Dutch and Slavic languages in Latin letters that the rules name (as name particles, as
 *  small words of titles, as sentence openers that are no place). */
export const EUROPEAN_FUNCTION_WORDS = wordList('shared/function-words.EUROPEAN_FUNCTION_WORDS', [
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'und', 'am', 'im', 'an', 'von',
  // French
  'le', 'la', 'les', 'un', 'une', 'et', 'du', 'de', 'sur', 'en', 'par',
  // Spanish, Italian, Portuguese
  'el', 'los', 'las', 'y', 'e', 'il', 'lo', 'gli', 'una', 'uno', 'da', 'do', 'dos', 'del', 'della', 'di', 'por',
  // Dutch
  'van', 'aan', 'ter',
  // Slovene, Czech, Slovak
  'ob', 'pri', 'na',
], closedClass);

/** French, Spanish and German small words a Title Case title keeps in lower case ("Le Monde et
 *  la Politique"). */
export const EUROPEAN_TITLE_SMALL_WORDS = wordPick('shared/function-words.EUROPEAN_TITLE_SMALL_WORDS', EUROPEAN_FUNCTION_WORDS, ['de', 'du', 'la', 'le', 'et', 'y', 'und', 'der', 'die', 'das']);

/** German, French, Spanish and Italian articles that open a sentence: never a dateline place
 *  ("Die Regierung –"). */
export const EUROPEAN_ARTICLES = wordPick('shared/function-words.EUROPEAN_ARTICLES', EUROPEAN_FUNCTION_WORDS, ['die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'un', 'une', 'il', 'lo', 'gli', 'una', 'uno']);

/** The word before a byline's names in English, Spanish and Portuguese, German and French
 *  ("By Jane Doe", "Por María Pérez", "Von …", "Par …"), in the order the patterns try them. */
export const BYLINE_PREPOSITIONS: readonly string[] = joinLists(
  wordPick('shared/function-words.ENGLISH_BYLINE_PREPOSITION', PREPOSITIONS, ['by']),
  wordPick('shared/function-words.EUROPEAN_BYLINE_PREPOSITIONS', EUROPEAN_FUNCTION_WORDS, ['por', 'von', 'par']),
);

/** Ukrainian "від" ("by"): a byline's word in Cyrillic. */
export const CYRILLIC_BYLINE_PREPOSITIONS = wordPick('shared/function-words.CYRILLIC_BYLINE_PREPOSITIONS', FUNCTION_WORDS_BY_LANGUAGE.ukr!, ['від']);

/** "Автор:" (Russian and Ukrainian "author"), written before a byline's names. */
export const AUTHOR_WORDS = wordList('shared/function-words.AUTHOR_WORDS', ['автор']);
