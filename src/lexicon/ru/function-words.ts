/** Russian function words the rules read in the text. Lower case. */
import { wordList } from '../registry.js';

/** Russian prepositions of place ("в Москве", "под Киевом"): a capitalised word after one is a
 *  place, not a new name. */
export const RUSSIAN_LOCATIVES = wordList('ru/function-words.RUSSIAN_LOCATIVES', ['в', 'во', 'на', 'из', 'под', 'над', 'у', 'до']);
