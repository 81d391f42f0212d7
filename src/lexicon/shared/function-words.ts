/** Function words of languages other than English that the rules read in the text itself
 *  (a Russian sentence's opening preposition, a German article before a place). Lower case. */
import { wordList } from '../registry.js';

/** Russian, Ukrainian and Kazakh function words that open sentences ("В Екатеринбурге …"):
 *  capitalised only for that. */
export const CYRILLIC_SENTENCE_OPENERS = wordList('shared/function-words.CYRILLIC_SENTENCE_OPENERS', [
  'в', 'во', 'на', 'по', 'из', 'с', 'со', 'к', 'ко', 'о', 'об', 'за', 'для', 'от', 'до', 'при',
  'после', 'перед', 'у', 'и', 'а', 'но', 'как', 'так', 'это', 'этот', 'эта', 'эти', 'он', 'она',
  'они', 'мы', 'также', 'однако', 'кроме', 'среди', 'через', 'над', 'под', 'між', 'та',
  'також', 'але', 'бұл', 'және',
]);
