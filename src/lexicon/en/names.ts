/** Names in English text: the small words inside organisation names ("Ministry of …",
 *  "Johnson & Johnson"), the particles the name tagger reads, and the lower-case words after a
 *  spaced dash that make a compound rather than a name syllable. Lower case. */
import { joinLists, wordList, wordPick, wordSet } from '../registry.js';
import { ARABIC_AND_TURKIC_NAME_PARTICLES, EUROPEAN_NAME_PARTICLES, MORE_EUROPEAN_NAME_PARTICLES, PERSON_NAME_PARTICLES, URDU_NAME_ARTICLES } from '../shared/names.js';
import { EUROPEAN_FUNCTION_WORDS } from '../shared/function-words.js';
import { PREPOSITIONS } from './function-words.js';

/** English words that join the capitalised words of an organisation's name ("Ministry of
 *  Trade", "Bank for Development", "Party of the Regions", "Johnson & Johnson"). */
export const ORG_NAME_CONNECTORS = wordList('en/names.ORG_NAME_CONNECTORS', ['of', 'for', 'and', 'the', 'to', 'on', '&']);

/** Lower-case words a run of capitalised words may hold ("Ministry of Trade", "Lula da
 *  Silva"): the organisation connectors and the person-name particles. */
export const RUN_CONNECTORS: ReadonlySet<string> = new Set(joinLists(ORG_NAME_CONNECTORS, PERSON_NAME_PARTICLES));

/** Small words of an organisation's name that its initials skip ("Bank of Korea" -> "BK",
 *  "Office in the Presidency"): the organisation connectors and "in", "at". */
export const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(joinLists(ORG_NAME_CONNECTORS, wordPick('en/names.NAME_SMALL_PREPOSITIONS', PREPOSITIONS, ['in', 'at'])));

/** Lower-case words the name tagger reads between two parts of a name, in any case: the small
 *  words of organisations' names ("Bank of England", "Panel on Climate Change", "Office in the
 *  Presidency"), the particles of people's ("Osama bin Laden", "Ursula von der Leyen", "ter
 *  Stegen"), the Arabic articles written apart ("Shams ud - Dawlah") and the possessive of a
 *  name inside a name ("Children 's Fund"). */
export const TAGGER_NAME_JOINERS: ReadonlySet<string> = new Set(joinLists(
  ORG_NAME_CONNECTORS,
  wordPick('en/names.TAGGER_JOINING_PREPOSITIONS', PREPOSITIONS, ['in', 'at']),
  EUROPEAN_NAME_PARTICLES,
  MORE_EUROPEAN_NAME_PARTICLES,
  wordPick('en/names.TAGGER_MORE_EUROPEAN_PARTICLES', EUROPEAN_FUNCTION_WORDS, ['des']),
  ARABIC_AND_TURKIC_NAME_PARTICLES,
  URDU_NAME_ARTICLES,
  wordList('en/names.NAME_POSSESSIVES', ["'s", '’s']),
));

/** Lower-case words after a spaced dash that make a compound, not a name syllable ("Kèrè -
 *  born", "Mukherjee - were arrested", "Warhol - like"), unlike "Lee Jae - myung". */
export const COMPOUND_TAILS = wordSet('en/names.COMPOUND_TAILS', ['born', 'based', 'led', 'owned', 'like', 'run', 'backed', 'funded', 'linked', 'made', 'style', 'era', 'free', 'old', 'were', 'was', 'are', 'is', 'has', 'had', 'and', 'or', 'the', 'room', 'winner', 'aged', 'type', 'class', 'level', 'wide']);
