/** Roles and titles of people: role nouns, honorifics, title abbreviations, the modifiers that
 *  widen a title, and the tests that read a word as a role. Lower case throughout. */
import { joinLists, wordList, wordPick, wordSet } from '../registry.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, PREPOSITIONS } from './function-words.js';

/** Nouns that name a position or occupation ("president", "editor-in-chief"). */
export const ROLE_NOUNS = wordSet('en/roles.ROLE_NOUNS', [
  'president', 'vice-president', 'vice president', 'head', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'director', 'director-general', 'minister', 'deputy', 'editor', 'editor-in-chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'senator', 'journalist', 'ambassador', 'governor', 'mayor',
  'secretary', 'secretary-general', 'ceo', 'cfo', 'founder', 'co-founder', 'professor', 'analyst',
  'expert', 'correspondent', 'member', 'leader', 'chief', 'commander', 'official', 'manager',
  'adviser', 'advisor', 'economist', 'lawyer', 'attorney', 'researcher', 'scientist', 'coach',
  'captain', 'prime minister', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'prosecutor', 'general', 'colonel', 'lieutenant', 'sergeant', 'officer', 'representative',
  'rep', 'sen', 'gov', 'congressman', 'congresswoman', 'lawmaker', 'legislator',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'commissioner', 'administrator',
  'executive', 'chancellor', 'vice-chancellor', 'rector', 'dean', 'principal', 'teacher',
  'doctor', 'physician', 'surgeon', 'nurse', 'engineer', 'architect', 'author', 'writer', 'poet',
  'artist', 'singer', 'actor', 'actress', 'producer', 'filmmaker', 'photographer', 'blogger',
  'activist', 'campaigner', 'organiser', 'organizer', 'coordinator', 'consultant', 'specialist',
  'inspector', 'auditor', 'treasurer', 'partner', 'owner', 'proprietor', 'farmer', 'worker',
  'student', 'pupil', 'resident', 'mp', 'akim', 'hokim', 'envoy', 'diplomat', 'consul', 'attaché',
  'marshal', 'admiral', 'bishop', 'archbishop', 'cardinal', 'imam', 'mufti', 'rabbi', 'priest',
  'sheikh', 'emir', 'sultan', 'khan', 'speaker', 'striker', 'defender', 'midfielder', 'goalkeeper',
  'forward', 'player', 'champion', 'glaciologist', 'meteorologist', 'historian', 'sociologist',
  'politician', 'candidate', 'nominee', 'aide', 'staffer', 'strategist', 'investor', 'trader',
  'banker', 'entrepreneur', 'businessman', 'businesswoman', 'host', 'presenter', 'anchor',
  'reporter', 'columnist', 'commentator', 'chef', 'designer', 'curator', 'head coach',
  'superintendent', 'sheriff', 'trooper', 'detective', 'firefighter', 'paramedic', 'pilot',
  'statistician', 'epidemiologist', 'virologist', 'fellow', 'lecturer',
  'head teacher', 'headmaster', 'vice-rector', 'first deputy', 'deputy head', 'deputy minister',
  'deputy chairman', 'deputy director', 'press secretary', 'chief executive', 'managing director',
]);

/** Titles written before a name ("Senator", "Mr", "President"); also role nouns. */
export const HONORIFICS = wordSet('en/roles.HONORIFICS', [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'hon', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'sgt', 'lt', 'mme', 'mlle', 'herr', 'frau',
  'sr', 'sra', 'srta', 'madam', 'madame', 'monsieur', 'sheikh', 'his', 'her', 'excellency',
  // abbreviated offices written before a name ("DP Ruto", "CM Sangma", "PM Modi")
  'dp', 'pm', 'cm', 'mp', 'cs', 'vp', 'ceo', 'cfo', 'coo', 'gm', 'dg', 'sg', 'mla', 'mna', 'mpa', 'ig', 'dcp', 'sp', 'acp',
]);

/** Titles abbreviated with a period before a name ("Dr.", "Rep.", "Gen."), lower case (in this
 *  order: quotes/index.ts builds a pattern from them). */
export const TITLE_ABBREVIATIONS = wordSet('en/roles.TITLE_ABBREVIATIONS', ['mr', 'mrs', 'ms', 'dr', 'prof', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'hon', 'insp', 'supt', 'cmdr', 'maj', 'pres', 'amb', 'brig', 'cpl', 'pvt', 'fr', 'sr']);
/** Is this word (any case, no period) a title abbreviation? "St" is not: "St." also abbreviates Street and Saint. */
export const isTitleAbbreviation = (word: string): boolean => TITLE_ABBREVIATIONS.has(word.toLowerCase());

/** Words that widen a title or role before its noun ("deputy minister", "former president",
 *  "Foreign Minister"): those both the title splitter and the role reader take. */
const MODIFIERS = wordList('en/roles.MODIFIERS', ['vice', 'deputy', 'first', 'acting', 'former', 'foreign', 'prime', 'interior', 'defence', 'defense', 'finance', 'economy', 'energy', 'health', 'education', 'transport', 'justice', 'trade', 'agriculture', 'culture', 'digital', 'state', 'opposition', 'chief', 'general', 'senior', 'junior', 'assistant', 'associate', 'executive', 'managing', 'co', 'federal', 'national', 'regional', 'city', 'county', 'district', 'supreme', 'high', 'army', 'police', 'press', 'presidential', 'parliamentary', 'special', 'permanent', 'honorary', 'interim', 'outgoing', 'incoming', 'retired']);
/** Modifiers only of a capitalised title before a name ("Senate Minority Leader", "White House
 *  Press Secretary", "then-Labour leader"). */
const TITLE_ONLY_MODIFIERS = wordList('en/roles.TITLE_ONLY_MODIFIERS', ['labour', 'labor', 'development', 'information', 'emergency', 'emergencies', 'minority', 'majority', 'grand', 'royal', 'crown', 'navy', 'air', 'team', 'white', 'house', 'senate', 'democratic', 'republican', 'conservative', 'liberal', 'communist', 'then']);
/** Modifiers only of a role phrase read before a name ("second secretary", "lead author",
 *  "party chairman", "top diplomat", "elected mayor"). */
const ROLE_ONLY_MODIFIERS = wordList('en/roles.ROLE_ONLY_MODIFIERS', ['second', 'lead', 'party', 'military', 'top', 'elected']);

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
export const HEAD_FUNCTION_WORDS = wordSet('en/roles.HEAD_FUNCTION_WORDS', ['by', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'the', 'a', 'an', 'and', 'or', 'but', 'as', 'that', 'who', 'which', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'met', 'told']);

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
