/** Russian function words the rules read in the text. Lower case. */
import { wordPick } from '../registry.js';
import { CYRILLIC_FUNCTION_WORDS } from '../shared/function-words.js';

/** Russian prepositions of place ("в Москве", "под Киевом"): a capitalised word after one is a
 *  place, not a new name. */
export const RUSSIAN_LOCATIVES = wordPick('ru/function-words.RUSSIAN_LOCATIVES', CYRILLIC_FUNCTION_WORDS, ['в', 'во', 'на', 'из', 'под', 'над', 'у', 'до']);
