/** Particles of personal and place names in many languages ("de", "van", "bin", "uulu",
 *  "sur"): lower-case words inside a capitalised name. */
import { derivedList, joinLists, wordList, wordPick, wordSet } from '../registry.js';
import { PREPOSITIONS } from '../en/function-words.js';
import { EUROPEAN_FUNCTION_WORDS } from './function-words.js';

/** Particles of European (Romance, Dutch, German) surnames: "Lula da Silva", "van Gogh",
 *  "Ortega y Gasset". */
export const EUROPEAN_NAME_PARTICLES = wordPick('shared/names.EUROPEAN_NAME_PARTICLES', EUROPEAN_FUNCTION_WORDS, ['de', 'da', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y']);

/** More European particles that a speaker's name may hold ("dos Santos das Neves", "ter Stegen",
 *  "Eça e Queiroz"). */
export const MORE_EUROPEAN_NAME_PARTICLES = wordPick('shared/names.MORE_EUROPEAN_NAME_PARTICLES', EUROPEAN_FUNCTION_WORDS, ['das', 'ter', 'e']);

/** Particles of Arabic and Central Asian names, never vocabulary ("Al - Sabah", "bin Salman",
 *  "Bakyt uulu", "Aliyev oglu"). */
export const ARABIC_AND_TURKIC_NAME_PARTICLES = wordSet('shared/names.ARABIC_AND_TURKIC_NAME_PARTICLES', ['al', 'el', 'bin', 'ibn', 'bint', 'binti', 'abu', 'uulu', 'kyzy', 'uly', 'ogly', 'oglu', 'qizi']);

/** Lower-case Arabic articles joined by a hyphen to a capitalised name ("al-Shabaab",
 *  "el-Sisi", "ash-Shami", "ibn-Saud"), in the order the pattern tries them. */
export const HYPHENATED_NAME_ARTICLES: readonly string[] = joinLists(
  wordPick('shared/names.HYPHENATED_ARTICLES', ARABIC_AND_TURKIC_NAME_PARTICLES, ['al', 'el']),
  /** "al-" assimilated to the name's first consonant ("ad-Din", "an-Nur", "ash-Shami") */
  wordList('shared/names.ASSIMILATED_ARABIC_ARTICLES', ['ad', 'an', 'ar', 'as', 'at', 'az', 'ash']),
  wordPick('shared/names.HYPHENATED_PATRONYMICS', ARABIC_AND_TURKIC_NAME_PARTICLES, ['ibn', 'bin']),
);

/** The Arabic article as Urdu and Persian names write it, joined or apart ("Inzamam-ul-Haq",
 *  "Mujib ur - Rahman", "Shams ud - Dawlah"). */
export const URDU_NAME_ARTICLES = wordList('shared/names.URDU_NAME_ARTICLES', ['ul', 'ur', 'ud']);

/** Particles written joined to the next part of a name by a hyphen or apostrophe, in the
 *  order the tagger's pattern tries them ("al-Sharif", "ud-Din", "d'Alema", "van-Dijk"). */
export const JOINED_NAME_PARTICLES: readonly string[] = joinLists(
  HYPHENATED_NAME_ARTICLES,
  URDU_NAME_ARTICLES,
  wordPick('shared/names.JOINED_OPENING_PARTICLES', ARABIC_AND_TURKIC_NAME_PARTICLES, ['abu']),
  wordPick('shared/names.JOINED_EUROPEAN_PARTICLES', EUROPEAN_FUNCTION_WORDS, ['de', 'da', 'di', 'du', 'van', 'von']),
  wordList('shared/names.ELIDED_PARTICLES', ['d']),
);

/** Particles of place names after the name's first word ("Frankfurt am Main", "Newcastle upon
 *  Tyne", "Boulogne-sur-Mer", "Alphen aan den Rijn", "Aix-en-Provence"). */
export const PLACE_NAME_PARTICLES = derivedList('shared/names.PLACE_NAME_PARTICLES', joinLists(
  wordPick('shared/names.EUROPEAN_PLACE_NAME_PARTICLES', EUROPEAN_FUNCTION_WORDS, ['am', 'im', 'an', 'sur', 'en', 'aan', 'ob', 'pri', 'na']),
  wordPick('shared/names.ENGLISH_PLACE_NAME_PARTICLES', PREPOSITIONS, ['upon', 'on', 'of']),
));

/** Particles a person's name carries inside it ("Lula da Silva", "Mohammed bin Salman",
 *  "Bakyt uulu"): the European ones and the Arabic and Turkic ones that join two names. */
export const PERSON_NAME_PARTICLES: ReadonlySet<string> = new Set(joinLists(
  EUROPEAN_NAME_PARTICLES,
  wordPick('shared/names.JOINING_ARABIC_AND_TURKIC_PARTICLES', ARABIC_AND_TURKIC_NAME_PARTICLES, ['bin', 'ibn', 'al', 'el', 'uulu', 'kyzy', 'uly']),
));

/** "abu" ("father of") opens a name rather than joining two. */
const OPENING_NAME_PARTICLES = wordPick('shared/names.OPENING_NAME_PARTICLES', ARABIC_AND_TURKIC_NAME_PARTICLES, ['abu']);

/** Particles a speaker's name may hold between capitalised words: the European ones and the
 *  Arabic and Turkic ones but those that open a name. */
export const SPEAKER_NAME_PARTICLES: ReadonlySet<string> = new Set(joinLists(
  EUROPEAN_NAME_PARTICLES,
  MORE_EUROPEAN_NAME_PARTICLES,
  [...ARABIC_AND_TURKIC_NAME_PARTICLES].filter((w) => !OPENING_NAME_PARTICLES.includes(w)),
));

/** Lower-case words a dateline's place may hold, in the order its pattern tries them ("Rio de
 *  Janeiro", "Frankfurt am Main", "Ras al Khaimah", "Boulogne sur Mer"). */
export const DATELINE_PLACE_PARTICLES: readonly string[] = joinLists(
  wordPick('shared/names.DATELINE_EUROPEAN_PARTICLES', EUROPEAN_NAME_PARTICLES, ['de', 'del', 'da', 'do', 'dos', 'di', 'du', 'la', 'le']),
  wordPick('shared/names.DATELINE_ARTICLE_EL', ARABIC_AND_TURKIC_NAME_PARTICLES, ['el']),
  wordPick('shared/names.DATELINE_GERMAN_AND_ENGLISH_PARTICLES', PLACE_NAME_PARTICLES, ['am', 'im', 'an', 'upon', 'on', 'of']),
  wordPick('shared/names.DATELINE_ARABIC_PARTICLES', ARABIC_AND_TURKIC_NAME_PARTICLES, ['al', 'bin']),
  wordPick('shared/names.DATELINE_OTHER_PARTICLES', PLACE_NAME_PARTICLES, ['sur', 'en', 'aan', 'ob', 'pri', 'na']),
);
