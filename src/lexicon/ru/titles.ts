/** Russian words around titles and names in marks ("закон «О СМИ»", "фильм под названием
 *  «…»"). Lower case. */
import { wordList, wordPick } from '../registry.js';
import { CYRILLIC_FUNCTION_WORDS } from '../shared/function-words.js';

/** Kinds of things a title in marks names ("закон «…»", "компания «…»"). */
export const RUSSIAN_TYPE_NOUNS = wordList('ru/titles.RUSSIAN_TYPE_NOUNS', ['закон', 'кодекс', 'программа', 'проект', 'компания', 'партия', 'движение', 'фонд', 'телеканал', 'газета', 'журнал', 'агентство', 'операция', 'форум', 'премия', 'конкурс', 'стратегия', 'концепция', 'завод', 'маршрут']);

/** Words that introduce a name or term ("под названием «…»", "так называемый «…»"). */
export const RUSSIAN_NAMING_WORDS = wordList('ru/titles.RUSSIAN_NAMING_WORDS', ['под названием', 'называемый', 'названием']);

/** Russian conjunction and prepositions a Title Case title keeps in lower case. */
export const RUSSIAN_TITLE_SMALL_WORDS = wordPick('ru/titles.RUSSIAN_TITLE_SMALL_WORDS', CYRILLIC_FUNCTION_WORDS, ['и', 'в', 'на', 'о', 'об']);
