/** Names in English text: the small words inside organisation names ("Ministry of …",
 *  "Johnson & Johnson"), the particles the name tagger reads, and the lower-case words after a
 *  spaced dash that make a compound rather than a name syllable. Lower case. */
import { joinLists, wordList, wordPick, wordSet } from '../registry.js';
import { ARABIC_AND_TURKIC_NAME_PARTICLES, EUROPEAN_NAME_PARTICLES, PERSON_NAME_PARTICLES } from '../shared/names.js';
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

/** Lower-case words the name tagger reads inside names ("van", "bin", "of", "&"; any case), in
 *  the order its pattern tries them. */
export const TAGGER_NAME_PARTICLES: readonly string[] = joinLists(
  wordPick('en/names.TAGGER_EUROPEAN_PARTICLES', EUROPEAN_NAME_PARTICLES, ['de', 'da', 'van', 'von', 'der', 'den']),
  wordPick('en/names.TAGGER_ARABIC_PARTICLES', ARABIC_AND_TURKIC_NAME_PARTICLES, ['bin', 'al', 'el']),
  wordPick('en/names.TAGGER_MORE_EUROPEAN_PARTICLES', EUROPEAN_NAME_PARTICLES, ['la', 'le', 'du', 'del', 'dos']),
  wordPick('en/names.TAGGER_CONNECTORS', ORG_NAME_CONNECTORS, ['of', 'for', 'and', 'the', '&']),
);

/** Lower-case words after a spaced dash that make a compound, not a name syllable ("Kèrè -
 *  born", "Mukherjee - were arrested", "Warhol - like"), unlike "Lee Jae - myung". */
export const COMPOUND_TAILS = wordSet('en/names.COMPOUND_TAILS', ['born', 'based', 'led', 'owned', 'like', 'run', 'backed', 'funded', 'linked', 'made', 'style', 'era', 'free', 'old', 'were', 'was', 'are', 'is', 'has', 'had', 'and', 'or', 'the', 'room', 'winner', 'aged', 'type', 'class', 'level', 'wide']);
