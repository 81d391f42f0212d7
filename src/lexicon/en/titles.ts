/** Titles and names in marks: the kinds of things a title names ("the law «…»", "a film called
 *  "…""), the words that introduce a name, and the small words a Title Case title keeps in
 *  lower case. */
import { joinLists, wordList, wordPick } from '../registry.js';
import { ORG_DESCRIPTION_HEADS, ORG_HEADS } from './organisations.js';
import { RUSSIAN_NAMING_WORDS, RUSSIAN_TITLE_SMALL_WORDS, RUSSIAN_TYPE_NOUNS } from '../ru/titles.js';
import { EUROPEAN_TITLE_SMALL_WORDS } from '../shared/function-words.js';

/** Kinds of things a title in marks names ("the law «…»", "the company «X»", "the song "…""). */
const TYPE_NOUNS = joinLists(
  wordList('en/titles.TYPE_NOUNS', ['law', 'act', 'bill', 'code', 'decree', 'operation', 'campaign', 'film', 'movie', 'book', 'novel', 'song', 'album', 'show', 'series', 'newspaper', 'station', 'brand', 'app', 'platform', 'ship', 'plant', 'portal', 'festival', 'forum', 'award', 'prize', 'contest', 'competition', 'exhibition', 'conference', 'summit', 'plan', 'strategy', 'concept', 'doctrine', 'treaty', 'agreement', 'accord', 'pact']),
  wordPick('en/titles.ORGANISATION_TYPE_NOUNS', ORG_DESCRIPTION_HEADS, ['channel', 'company', 'party', 'group', 'club', 'team', 'foundation', 'fund', 'centre', 'center', 'agency', 'association', 'corporation', 'organization', 'organisation', 'union', 'firm']),
  wordPick('en/titles.NAMED_UNDERTAKINGS', ORG_HEADS, ['programme', 'program', 'project', 'initiative', 'magazine', 'movement', 'holding', 'society', 'journal']),
);

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
