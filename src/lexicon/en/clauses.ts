/** Clauses and sentences: the words that open them, or cannot. Lower case. */
import { joinLists, wordList } from '../registry.js';
import { CYRILLIC_SENTENCE_OPENERS } from '../shared/function-words.js';

/** English sentence adverbs, connectives and function words capitalised only because they
 *  open a sentence ("However", "The", "Speaking"). */
const ENGLISH_SENTENCE_OPENERS = wordList('en/clauses.ENGLISH_SENTENCE_OPENERS', [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then', 'when',
  'while', 'although', 'though', 'however', 'moreover', 'therefore', 'furthermore', 'meanwhile',
  'besides', 'also', 'according', 'as', 'at', 'in', 'on', 'for', 'from', 'by', 'with', 'after',
  'before', 'since', 'during', 'under', 'over', 'but', 'and', 'or', 'so', 'yet', 'if', 'some',
  'many', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'no', 'not', 'one',
  'two', 'three', 'first', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow',
  'now', 'still', 'even', 'only', 'just', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why',
  'how', 'thus', 'hence', 'indeed', 'instead', 'overall', 'nevertheless', 'nonetheless',
  'additionally', 'consequently', 'finally', 'currently', 'recently', 'previously', 'notably',
  'amendments', 'speaking', 'asked', 'despite', 'among', 'amid', 'to', 'into', 'of', 'about',
  'against', 'between', 'through', 'without', 'within', 'upon', 'once', 'unlike', 'like',
  'whether', 'because', 'unless', 'until', 'more', 'less', 'several', 'few', 'any', 'none',
  'nor', 'either', 'neither', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'let', 'please', 'yes', 'well', 'oh', 'dear', 'mr', 'mrs', 'ms',
]);

/** Sentence adverbs and connectives that are capitalised only because they open a sentence,
 *  in English and (Russian, Ukrainian, Kazakh) in Cyrillic. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(joinLists(ENGLISH_SENTENCE_OPENERS, CYRILLIC_SENTENCE_OPENERS));
