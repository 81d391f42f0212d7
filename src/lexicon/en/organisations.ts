/** Organisations: the head words that end their names ("… Club", "… Ministry", "… FC"), those
 *  that also stand alone after "the", and the legal forms of companies. Lower case. */
import { derivedList, joinLists, wordList, wordPick } from '../registry.js';

/** Heads that end an organisation's name and also name one alone after "the" ("the Ministry
 *  said"). */
const DESCRIBING_HEADS = wordList('en/organisations.DESCRIBING_HEADS', [
  'association', 'ministry', 'agency', 'club', 'council', 'committee', 'commission', 'company', 'corporation', 'foundation', 'institute', 'party',
  'federation', 'union', 'bank', 'university', 'department', 'court', 'parliament', 'organization', 'organisation', 'authority', 'board', 'bureau',
  'centre', 'center', 'fund', 'group', 'academy', 'alliance', 'coalition', 'league', 'network', 'channel', 'service', 'office',
  'government', 'administration', 'embassy', 'team', 'senate', 'assembly', 'chamber', 'cabinet', 'secretariat', 'mission',
]);

/** Heads that end an organisation's name but name none alone ("… FC", "… Holdings", "… Times"). */
const NAME_ONLY_HEADS = wordList('en/organisations.NAME_ONLY_HEADS', [
  'corp', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'fc', 'united', 'institution', 'services',
  'congress', 'trust', 'society', 'college', 'school', 'hospital', 'clinic', 'church', 'army', 'navy', 'force', 'forces',
  'police', 'guard', 'command', 'front', 'movement', 'television', 'radio', 'times', 'post', 'news', 'herald', 'journal',
  'gazette', 'tribune', 'press', 'daily', 'weekly', 'magazine', 'holding', 'holdings', 'industries', 'systems', 'technologies', 'airlines',
  'airways', 'railways', 'motors', 'partners', 'capital', 'securities', 'exchange', 'consulate', 'directorate', 'inspectorate', 'prosecutor’s office', 'akimat',
  'mazhilis', 'majilis', 'duma', 'kremlin', 'co', 'programme', 'program', 'initiative', 'project', 'brigade', 'regiment', 'division',
  'battalion', 'observatory', 'laboratory', 'lab', 'museum', 'library', 'theatre', 'theater', 'orchestra', 'choir', 'tribunal', 'ombudsman',
  'registry', 'customs', 'treasury', 'reserve', 'cooperative', 'co-operative', 'semiconductor', 'semiconductors', 'microsystems', 'electronics', 'analytics', 'investment',
  'investments', 'steel', 'mining', 'pharmaceuticals', 'pharma', 'logistics', 'shipping', 'telecom', 'telecommunications', 'insurance', 'consulting', 'foods',
  'textiles', 'chemicals', 'construction', 'engineering', 'solutions', 'software', 'labs', 'ventures', 'resources', 'petroleum', 'airport', 'port',
  'terminal', 'grid', 'energy', 'media', 'broadcasting', 'publishing', 'studios', 'entertainment', 'enterprises', 'llp', 'jsc', 'ojsc',
  'pjsc', 'cjsc', 'nv', 'bv', 'spa', 'srl', 'kk', 'pty', 'limited', 'incorporated', 'brotherhood', 'syndicate',
  'commissariat', 'prefecture', 'municipality', 'ministries', 'products', 'robotics', 'farms', 'mills', 'lumber', 'timber', 'apparel', 'pharmaceutical',
  'biotech', 'dynamics', 'aerospace', 'automotive', 'power', 'fertilizers', 'cement', 'metals', 'shipyard', 'shipbuilding', 'tech', 'technology',
  'networks', 'communications', 'games', 'records', 'manufacturing', 'machinery', 'instruments', 'devices', 'materials', 'packaging', 'logistic', 'transport',
  'trading', 'exports', 'imports', 'brewing', 'distillery', 'winery',
]);

/** "the firm": a description of a company that ends no name. */
const DESCRIPTION_ONLY_HEADS = wordList('en/organisations.DESCRIPTION_ONLY_HEADS', ['firm']);

/** Head words that end an organisation name ("… Club", "… Ministry", "… FC"). */
export const ORG_HEADS: ReadonlySet<string> = derivedList('en/organisations.ORG_HEADS', new Set(joinLists(DESCRIBING_HEADS, NAME_ONLY_HEADS)));

/** Head nouns of organisations that also work alone after "the" ("the Association", "the firm"). */
export const ORG_DESCRIPTION_HEADS: ReadonlySet<string> = derivedList('en/organisations.ORG_DESCRIPTION_HEADS', new Set(joinLists(DESCRIBING_HEADS, DESCRIPTION_ONLY_HEADS)));

/** Heads that only end a name ("Manchester United"), never open one ("United States"). */
export const ENDING_ONLY_HEADS: ReadonlySet<string> = new Set(wordPick('en/organisations.ENDING_ONLY_HEADS', NAME_ONLY_HEADS, ['united']));

/** Legal forms of a company, after which "of" starts its place ("Daniels Pharmaceuticals Inc of
 *  St. Petersburg"), any order (a whole-word test); "bhd" is none of the name heads. */
export const LEGAL_FORMS = joinLists(
  wordPick('en/organisations.LEGAL_FORMS', NAME_ONLY_HEADS, ['inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'pty']),
  wordList('en/organisations.LEGAL_FORMS_BEYOND_HEADS', ['bhd']),
);

/** Heads after which "and" starts another company, not more of this one's name ("Johnson
 *  Controls Inc and Lear Corp"). */
export const HEADS_BEFORE_ANOTHER_COMPANY = wordPick('en/organisations.HEADS_BEFORE_ANOTHER_COMPANY', ORG_HEADS, ['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'sa', 'ag', 'gmbh', 'holdings', 'bank']);

/** Heads of an organisation whose name goes on with "of" or "for" ("Ministry of Energy of the
 *  Kyrgyz Republic", "Office of the UN High Commissioner for Human Rights"). */
export const OF_HEADS: ReadonlySet<string> = new Set(wordPick('en/organisations.OF_HEADS', ORG_HEADS, ['ministry', 'department', 'office', 'government', 'embassy', 'committee', 'commission', 'council', 'secretariat', 'directorate', 'agency', 'bureau', 'authority', 'board', 'court']));
