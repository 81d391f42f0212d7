/** Titles and names in marks: the kinds of things a title names ("the law «…»", "a film called
 *  "…""), the words that introduce a name, and the small words a Title Case title keeps in
 *  lower case. */
import { joinLists, wordList } from '../registry.js';
import { RUSSIAN_NAMING_WORDS, RUSSIAN_TITLE_SMALL_WORDS, RUSSIAN_TYPE_NOUNS } from '../ru/titles.js';
import { EUROPEAN_TITLE_SMALL_WORDS } from '../shared/function-words.js';

/** Kinds of things a title in marks names ("the law «…»", "the company «X»", "the song "…""). */
const TYPE_NOUNS = wordList('en/titles.TYPE_NOUNS', [
  'law', 'act', 'bill', 'code', 'decree', 'programme', 'program', 'project', 'operation', 'campaign', 'initiative', 'film',
  'movie', 'book', 'novel', 'song', 'album', 'show', 'series', 'newspaper', 'magazine', 'channel', 'station', 'company',
  'firm', 'brand', 'party', 'movement', 'group', 'club', 'team', 'foundation', 'fund', 'centre', 'center', 'agency',
  'association', 'app', 'platform', 'ship', 'plant', 'corporation', 'holding', 'organization', 'organisation', 'society', 'union', 'journal',
  'portal', 'festival', 'forum', 'award', 'prize', 'contest', 'competition', 'exhibition', 'conference', 'summit', 'plan', 'strategy',
  'concept', 'doctrine', 'treaty', 'agreement', 'accord', 'pact',
]);

/** English words that introduce a name or term in any case (a so-called "deplorables"). */
const NAMING_VERBS_AND_NOUNS = wordList('en/titles.NAMING_WORDS', ['called', 'named', 'dubbed', 'titled', 'entitled', 'so-called', 'known as', 'nicknamed', 'label', 'slogan', 'word', 'words', 'term', 'phrase', 'hashtag', 'motto', 'theme']);

/** Type words that introduce a name or term in any case: a so-called "deplorables", "под
 *  названием «…»". */
export const NAMING_WORDS: ReadonlySet<string> = new Set(joinLists(NAMING_VERBS_AND_NOUNS, RUSSIAN_NAMING_WORDS));

/** Words that name the kind of thing a title in marks is: the law «…», a film called "…"
 *  (English and Russian; the naming words too). */
export const TYPE_WORDS: readonly string[] = joinLists(TYPE_NOUNS, NAMING_VERBS_AND_NOUNS, RUSSIAN_TYPE_NOUNS, RUSSIAN_NAMING_WORDS);

/** Small words a Title Case title keeps in lower case ("Not My Stella's", "On Mass Media", "Le
 *  Monde et la Politique"), in English, French, Spanish, German and Russian. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(joinLists(
  wordList('en/titles.ENGLISH_TITLE_SMALL_WORDS', ['of', 'and', 'the', 'on', 'in', 'for', 'a', 'an', 'to', 'at', 'by', 'with']),
  EUROPEAN_TITLE_SMALL_WORDS,
  RUSSIAN_TITLE_SMALL_WORDS,
));
