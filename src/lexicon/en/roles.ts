/** Roles and titles of people: role nouns, honorifics, title abbreviations, the modifiers that
 *  widen a title, and the tests that read a word as a role. Lower case throughout. */
import { derivedList, joinLists, wordList, wordPick, wordSet } from '../registry.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, PREPOSITIONS } from './function-words.js';
import { ORG_HEADS } from './organisations.js';
import { PLACE_HEADS } from './places.js';
import { SPEECH_VERB_FORM_LIST } from './speech.js';

/** Titles abbreviated with a period before a name ("Dr.", "Rep.", "Gen."), lower case (in this
 *  order: quotes/index.ts builds a pattern from them). */
export const TITLE_ABBREVIATIONS = wordSet('en/roles.TITLE_ABBREVIATIONS', ['mr', 'mrs', 'ms', 'dr', 'prof', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'hon', 'insp', 'supt', 'cmdr', 'maj', 'pres', 'amb', 'brig', 'cpl', 'pvt', 'fr', 'sr']);

/** Role nouns written in full or as the abbreviations of offices ("mp", "ceo"). */
const WRITTEN_ROLE_NOUNS = wordList('en/roles.ROLE_NOUNS', [
  'president', 'vice-president', 'vice president', 'head', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'director', 'director-general', 'minister', 'deputy', 'editor', 'editor-in-chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'senator', 'journalist', 'ambassador', 'governor', 'mayor',
  'secretary', 'secretary-general', 'founder', 'co-founder', 'professor', 'analyst',
  'expert', 'correspondent', 'member', 'leader', 'chief', 'commander', 'official', 'manager',
  'adviser', 'advisor', 'economist', 'lawyer', 'attorney', 'researcher', 'scientist', 'coach',
  'captain', 'prime minister', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'prosecutor', 'general', 'colonel', 'lieutenant', 'sergeant', 'officer', 'representative',
  'congressman', 'congresswoman', 'lawmaker', 'legislator',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'commissioner', 'administrator',
  'executive', 'chancellor', 'vice-chancellor', 'rector', 'dean', 'principal', 'teacher',
  'doctor', 'physician', 'surgeon', 'nurse', 'engineer', 'architect', 'author', 'writer', 'poet',
  'artist', 'singer', 'actor', 'actress', 'producer', 'filmmaker', 'photographer', 'blogger',
  'activist', 'campaigner', 'organiser', 'organizer', 'coordinator', 'consultant', 'specialist',
  'inspector', 'auditor', 'treasurer', 'partner', 'owner', 'proprietor', 'farmer', 'worker',
  'student', 'pupil', 'resident', 'akim', 'hokim', 'envoy', 'diplomat', 'consul', 'attaché',
  'marshal', 'admiral', 'bishop', 'archbishop', 'cardinal', 'imam', 'mufti', 'rabbi', 'priest',
  'emir', 'sultan', 'khan', 'speaker', 'striker', 'defender', 'midfielder', 'goalkeeper',
  'forward', 'player', 'champion', 'glaciologist', 'meteorologist', 'historian', 'sociologist',
  'politician', 'candidate', 'nominee', 'aide', 'staffer', 'strategist', 'investor', 'trader',
  'banker', 'entrepreneur', 'businessman', 'businesswoman', 'host', 'presenter', 'anchor',
  'reporter', 'columnist', 'commentator', 'chef', 'designer', 'curator', 'head coach',
  'superintendent', 'sheriff', 'trooper', 'detective', 'firefighter', 'paramedic', 'pilot',
  'statistician', 'epidemiologist', 'virologist', 'fellow', 'lecturer',
  'head teacher', 'headmaster', 'vice-rector', 'first deputy', 'deputy head', 'deputy minister',
  'deputy chairman', 'deputy director', 'press secretary', 'chief executive', 'managing director',
]);
/** Offices whose abbreviation is their usual name ("MP", "CEO"), and "sheikh": role nouns that
 *  are written before a name too. */
const ROLE_NOUNS_BEFORE_NAMES = wordList('en/roles.ROLE_NOUNS_BEFORE_NAMES', ['sheikh', 'mp', 'ceo', 'cfo']);

/** Nouns that name a position or occupation ("president", "editor-in-chief", "rep"). */
export const ROLE_NOUNS: ReadonlySet<string> = derivedList('en/roles.ROLE_NOUNS (all)', new Set(joinLists(
  WRITTEN_ROLE_NOUNS,
  ROLE_NOUNS_BEFORE_NAMES,
  wordPick('en/roles.ABBREVIATED_ROLE_NOUNS', TITLE_ABBREVIATIONS, ['rep', 'sen', 'gov']),
)));

/** Titles written before a name ("Senator", "Mr", "President"); also role nouns. */
export const HONORIFICS: ReadonlySet<string> = derivedList('en/roles.HONORIFICS (all)', new Set(joinLists(
  wordList('en/roles.HONORIFICS', [
    'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'reverend', 'mme', 'mlle', 'herr', 'frau',
    'sra', 'srta', 'madam', 'madame', 'monsieur', 'his', 'her', 'excellency',
    // abbreviated offices written before a name ("DP Ruto", "CM Sangma", "PM Modi")
    'dp', 'pm', 'cm', 'cs', 'vp', 'coo', 'gm', 'dg', 'sg', 'mla', 'mna', 'mpa', 'ig', 'dcp', 'sp', 'acp',
  ]),
  wordPick('en/roles.ABBREVIATED_HONORIFICS', TITLE_ABBREVIATIONS, ['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'hon', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'sgt', 'lt', 'sr']),
  ROLE_NOUNS_BEFORE_NAMES,
)));

/** Honorifics that say a woman is meant ("Mrs", "Ms", "Dame", "Frau"): the gender the text
 *  states (Person.genderStatedBy), unlike a first name's, which is a guess. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(wordPick('en/roles.FEMALE_HONORIFICS', HONORIFICS, ['mrs', 'ms', 'miss', 'dame', 'lady', 'mme', 'mlle', 'frau', 'sra', 'srta', 'madam', 'madame']));
/** Honorifics that say a man is meant ("Mr", "Sir", "Herr"); "Mx" and offices ("Dr") say neither. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(wordPick('en/roles.MALE_HONORIFICS', HONORIFICS, ['mr', 'sir', 'lord', 'herr', 'monsieur']));

/** Is this word (any case, no period) a title abbreviation? "St" is not: "St." also abbreviates Street and Saint. */
export const isTitleAbbreviation = (word: string): boolean => TITLE_ABBREVIATIONS.has(word.toLowerCase());

/** Words that widen a title or role before its noun ("deputy minister", "former president",
 *  "Foreign Minister"): those both the title splitter and the role reader take. */
const MODIFIERS = joinLists(
  wordList('en/roles.MODIFIERS', ['vice', 'first', 'acting', 'former', 'foreign', 'prime', 'interior', 'defence', 'defense', 'finance', 'economy', 'health', 'education', 'justice', 'trade', 'agriculture', 'culture', 'digital', 'opposition', 'senior', 'junior', 'assistant', 'associate', 'managing', 'federal', 'national', 'regional', 'supreme', 'high', 'presidential', 'parliamentary', 'special', 'permanent', 'honorary', 'interim', 'outgoing', 'incoming', 'retired']),
  wordPick('en/roles.ROLE_NOUNS_AS_MODIFIERS', ROLE_NOUNS, ['deputy', 'chief', 'general', 'executive']),
  wordPick('en/roles.PLACE_HEADS_AS_MODIFIERS', PLACE_HEADS, ['county', 'district', 'city', 'state']),
  wordPick('en/roles.ORG_HEADS_AS_MODIFIERS', ORG_HEADS, ['energy', 'transport', 'co', 'army', 'police', 'press']),
);
/** Modifiers only of a capitalised title before a name ("Senate Minority Leader", "White House
 *  Press Secretary", "then-Labour leader"). */
const TITLE_ONLY_MODIFIERS = joinLists(
  wordList('en/roles.TITLE_ONLY_MODIFIERS', ['labour', 'labor', 'development', 'information', 'emergency', 'emergencies', 'minority', 'majority', 'grand', 'royal', 'crown', 'air', 'white', 'house', 'democratic', 'republican', 'conservative', 'liberal', 'communist', 'then']),
  wordPick('en/roles.ORG_HEADS_AS_TITLE_MODIFIERS', ORG_HEADS, ['navy', 'team', 'senate']),
);
/** Modifiers only of a role phrase read before a name ("second secretary", "lead author",
 *  "party chairman", "top diplomat", "elected mayor"). */
const ROLE_ONLY_MODIFIERS = joinLists(
  wordList('en/roles.ROLE_ONLY_MODIFIERS', ['second', 'lead', 'military', 'top', 'elected']),
  wordPick('en/roles.ORG_HEADS_AS_ROLE_MODIFIERS', ORG_HEADS, ['party']),
);

/** Title words before a name that are not its role noun ("Foreign", "Deputy", "Senate"): the
 *  capitalised-run splitter (entities/candidates.ts). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(joinLists(MODIFIERS, TITLE_ONLY_MODIFIERS));
/** Words that widen a role phrase ("deputy minister", "former president", "acting director"):
 *  the role reader (entities/roles.ts). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(joinLists(MODIFIERS, ROLE_ONLY_MODIFIERS));

/** Sports roles after which a place is a team's ("Surrey captain Chris Lewis"). */
export const SPORTS_ROLES = wordPick('en/roles.SPORTS_ROLES', ROLE_NOUNS, ['captain', 'coach', 'manager', 'striker', 'goalkeeper', 'midfielder', 'defender']);
/** Other roles written between an organisation and a person's name ("Ericsson spokesman Per
 *  Zetterquist"); with the sports roles, ROLES_BEFORE_NAME. */
const OFFICE_ROLES_BEFORE_NAME = wordPick('en/roles.OFFICE_ROLES_BEFORE_NAME', ROLE_NOUNS, ['owner', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'chief executive', 'president', 'director', 'analyst', 'economist']);
/** "boss": a role before a name the role nouns lack (it heads no role phrase). */
const INFORMAL_ROLES_BEFORE_NAME = wordList('en/roles.INFORMAL_ROLES_BEFORE_NAME', ['boss']);
/** Roles written between an organisation or place and a person's name. */
export const ROLES_BEFORE_NAME: readonly string[] = joinLists(SPORTS_ROLES, OFFICE_ROLES_BEFORE_NAME, INFORMAL_ROLES_BEFORE_NAME);

/** Prepositions that open a role's complement ("president of X", "a glaciologist at Y"), in
 *  the order the pattern tries them. */
export const ROLE_COMPLEMENT_PREPOSITIONS = wordPick('en/roles.ROLE_COMPLEMENT_PREPOSITIONS', PREPOSITIONS, ['of', 'at', 'for', 'to', 'in', 'with', 'from']);
/** ROLE_COMPLEMENT_PREPOSITIONS as a Set. */
export const ROLE_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(ROLE_COMPLEMENT_PREPOSITIONS);

/** Words that are never a modifier in a role's head ("The mayor met …" is no role phrase):
 *  prepositions, articles, conjunctions, relative pronouns, auxiliaries, reporting verbs. */
export const HEAD_FUNCTION_WORDS: ReadonlySet<string> = new Set(joinLists(
  wordList('en/roles.HEAD_FUNCTION_WORDS', ['by', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'the', 'a', 'an', 'and', 'or', 'but', 'as', 'that', 'who', 'which', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'met']),
  wordPick('en/roles.HEAD_SPEECH_FORMS', SPEECH_VERB_FORM_LIST, ['said', 'says', 'told']),
));

/** Determiners that may open a role phrase ("the president of …", "their adviser"). */
export const ROLE_DETERMINERS: readonly string[] = joinLists(ARTICLES, wordPick('en/roles.ROLE_POSSESSIVES', POSSESSIVE_DETERMINERS, ['its', 'their', 'his', 'her', 'our']));

/** A lower-case word that is a role noun or honorific as it stands, or an "-ologist"
 *  ("minister", "mr", "glaciologist"; not "ministers", not "Minister"). */
export const isRoleWordAsWritten = (lower: string): boolean => ROLE_NOUNS.has(lower) || HONORIFICS.has(lower) || /ologist$/.test(lower);

/** A word (as split at white space) that can end a role's head: in any case, with a final
 *  period dropped ("Gen."), a role noun or honorific, a role noun in the plural ("ministers"),
 *  or an "-ologist". */
export function isRoleWordInAnyForm(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return ROLE_NOUNS.has(w) || HONORIFICS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')) || /ologist$/.test(w);
}

/** Roles of whoever leads a country or government: "the leader", "the head of state" refer to any of them. */
export const LEADER_ROLES: ReadonlySet<string> = new Set(wordPick('en/roles.LEADER_ROLES', ROLE_NOUNS, ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'leader']));
