/** Places: the words that end or open place names ("Pell County", "Lake Tana") and the
 *  prepositions of place before them. Lower case. */
import { derivedList, joinLists, wordList, wordPick, wordSet } from '../registry.js';
import { RUSSIAN_LOCATIVES } from '../ru/function-words.js';

/** Last words of place names ("Pell County", "Dobbs Creek", "Uttar Pradesh"). */
export const PLACE_HEADS = wordSet('en/places.PLACE_HEADS', [
  'county', 'province', 'region', 'oblast', 'krai', 'kray', 'district', 'raion', 'rayon', 'pradesh',
  'creek', 'basin', 'ravine', 'valley', 'river', 'lake', 'mountain', 'mountains', 'mount', 'hills',
  'island', 'islands', 'peninsula', 'bay', 'gulf', 'sea', 'ocean', 'coast', 'desert', 'plateau',
  'street', 'avenue', 'road', 'boulevard', 'square', 'lane', 'highway', 'bridge', 'canal', 'strait',
  'city', 'town', 'village', 'state', 'territory', 'prefecture', 'governorate', 'emirate', 'canton',
  'heights', 'springs', 'falls', 'beach', 'forest', 'park', 'reservoir', 'dam', 'glacier', 'pass',
  'oblysy', 'viloyati', 'shaary', 'ward', 'borough', 'parish', 'shire', 'steppe', 'delta', 'cape',
]);

/** First words of place names ("Lake Tana", "Mount Kenya", "Cape Town"), in several languages. */
export const PLACE_PREFIXES: ReadonlySet<string> = derivedList('en/places.PLACE_PREFIXES', new Set(joinLists(
  wordList('en/places.PLACE_PREFIXES', ['mt', 'port', 'fort', 'isle', 'san', 'santa', 'são', 'saint', 'st', 'sierra', 'puerto', 'porto', 'lac', 'mont', 'monte', 'rio', 'wadi', 'jebel', 'tel']),
  wordPick('en/places.HEADS_THAT_PREFIX', PLACE_HEADS, ['lake', 'mount', 'cape', 'gulf', 'bay', 'river']),
)));

/** English prepositions of place and direction ("in", "near", "across"): a capitalised word
 *  after one is a place or a surname, not a new name. */
export const LOCATIVE_PREPOSITIONS = wordList('en/places.LOCATIVE_PREPOSITIONS', ['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'around', 'through', 'towards', 'toward', 'into', 'throughout', 'within', 'via', 'along', 'between', 'off', 'beyond', 'opposite', 'nearby']);

/** Prepositions of place in English and Russian ("in Almaty", "в Москве"). */
export const LOCATIVES: ReadonlySet<string> = new Set(joinLists(LOCATIVE_PREPOSITIONS, RUSSIAN_LOCATIVES));

/** Nouns of a place before "of" and its name, besides the place heads ("the port of Murmansk",
 *  "the outskirts of Kabul"). */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set(joinLists(
  PLACE_HEADS,
  wordPick('en/places.PORT_PREFIX', PLACE_PREFIXES, ['port']),
  wordList('en/places.PLACE_OF_NOUNS', ['harbour', 'harbor', 'outskirts', 'suburbs', 'streets']),
));

/** Place prefixes that also open people's names ("San", "Santa", "St"). */
export const SAINT_PREFIXES: ReadonlySet<string> = new Set(wordPick('en/places.SAINT_PREFIXES', PLACE_PREFIXES, ['san', 'santa', 'saint', 'st', 'são']));
