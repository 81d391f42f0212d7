/** Curated word tables: role nouns, organisation heads, pronouns. Lower case throughout. */

/** Nouns that name a position or occupation ("president", "editor-in-chief"). */
export const ROLE_NOUNS = new Set([
  'president', 'vice-president', 'vice president', 'head', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'director', 'director-general', 'minister', 'deputy', 'editor', 'editor-in-chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'senator', 'journalist', 'ambassador', 'governor', 'mayor',
  'secretary', 'secretary-general', 'ceo', 'cfo', 'founder', 'co-founder', 'professor', 'analyst',
  'expert', 'correspondent', 'member', 'leader', 'chief', 'commander', 'official', 'manager',
  'adviser', 'advisor', 'economist', 'lawyer', 'attorney', 'researcher', 'scientist', 'coach',
  'captain', 'prime minister', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'prosecutor', 'general', 'colonel', 'lieutenant', 'sergeant', 'officer', 'representative',
  'rep', 'sen', 'gov', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'deputy',
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
  'reporter', 'columnist', 'commentator', 'chef', 'designer', 'curator', 'historian', 'head coach',
  'superintendent', 'sheriff', 'trooper', 'detective', 'firefighter', 'paramedic', 'pilot',
  'economist', 'statistician', 'epidemiologist', 'virologist', 'researcher', 'fellow', 'lecturer',
  'head teacher', 'headmaster', 'vice-rector', 'first deputy', 'deputy head', 'deputy minister',
  'deputy chairman', 'deputy director', 'press secretary', 'chief executive', 'managing director',
]);

/** Titles written before a name ("Senator", "Mr", "President"); also role nouns. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'hon', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'sgt', 'lt', 'mme', 'mlle', 'herr', 'frau',
  'sr', 'sra', 'srta', 'madam', 'madame', 'monsieur', 'sheikh', 'his', 'her', 'excellency',
  // abbreviated offices written before a name ("DP Ruto", "CM Sangma", "PM Modi")
  'dp', 'pm', 'cm', 'mp', 'cs', 'vp', 'ceo', 'cfo', 'coo', 'gm', 'dg', 'sg', 'mla', 'mna', 'mpa', 'ig', 'dcp', 'sp', 'acp',
]);

/** Titles abbreviated with a period before a name ("Dr.", "Rep.", "Gen."), lower case. */
export const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'hon', 'insp', 'supt', 'cmdr', 'maj', 'pres', 'amb', 'brig', 'cpl', 'pvt', 'fr', 'sr']);
/** Is this word (any case, no period) a title abbreviation? "St" is not: "St." also abbreviates Street and Saint. */
export const isTitleAbbreviation = (word: string): boolean => TITLE_ABBREVIATIONS.has(word.toLowerCase());

/** Head words that end an organisation name ("… Club", "… Ministry", "… FC"). */
export const ORG_HEADS = new Set([
  'club', 'association', 'ministry', 'agency', 'party', 'council', 'corp', 'corporation', 'inc',
  'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'fc', 'united', 'bank', 'university', 'committee',
  'commission', 'company', 'group', 'institute', 'institution', 'foundation', 'service', 'services',
  'department', 'office', 'court', 'parliament', 'senate', 'assembly', 'congress', 'federation',
  'union', 'organization', 'organisation', 'authority', 'board', 'bureau', 'center', 'centre',
  'fund', 'trust', 'society', 'academy', 'college', 'school', 'hospital', 'clinic', 'church',
  'army', 'navy', 'force', 'forces', 'police', 'guard', 'command', 'front', 'movement', 'alliance',
  'coalition', 'league', 'network', 'channel', 'television', 'radio', 'times', 'post', 'news',
  'herald', 'journal', 'gazette', 'tribune', 'press', 'daily', 'weekly', 'magazine', 'holding',
  'holdings', 'industries', 'systems', 'technologies', 'airlines', 'airways', 'railways', 'motors',
  'partners', 'capital', 'securities', 'exchange', 'chamber', 'administration',
  'secretariat', 'mission', 'embassy', 'consulate', 'cabinet', 'government', 'directorate',
  'inspectorate', 'prosecutor’s office', 'akimat', 'mazhilis', 'majilis', 'duma', 'kremlin',
  'co', 'group', 'fund', 'programme', 'program', 'initiative', 'project', 'team', 'brigade',
  'regiment', 'division', 'battalion', 'observatory', 'laboratory', 'lab', 'museum', 'library',
  'theatre', 'theater', 'orchestra', 'choir', 'institute', 'council', 'tribunal',
  'ombudsman', 'registry', 'customs', 'treasury', 'reserve', 'cooperative', 'co-operative',
  'semiconductor', 'semiconductors', 'microsystems', 'electronics', 'analytics',
  'investment', 'investments', 'steel', 'mining', 'pharmaceuticals', 'pharma',
  'logistics', 'shipping', 'telecom', 'telecommunications', 'insurance', 'consulting', 'foods',
  'textiles', 'chemicals', 'construction', 'engineering', 'solutions', 'software', 'labs',
  'ventures', 'resources', 'petroleum', 'airport', 'port', 'terminal', 'grid', 'energy',
  'media', 'broadcasting', 'publishing', 'studios', 'entertainment', 'enterprises', 'llp', 'jsc',
  'ojsc', 'pjsc', 'cjsc', 'nv', 'bv', 'spa', 'srl', 'kk', 'pty', 'limited', 'incorporated',
  'brotherhood', 'syndicate', 'commissariat', 'prefecture', 'municipality', 'ministries',
  'products', 'robotics', 'farms', 'mills', 'lumber', 'timber', 'apparel', 'pharmaceutical',
  'biotech', 'dynamics', 'aerospace', 'automotive', 'power', 'fertilizers', 'cement', 'metals',
  'shipyard', 'shipbuilding', 'tech', 'technology', 'networks', 'communications', 'games',
  'records', 'manufacturing', 'machinery', 'instruments', 'devices', 'materials', 'packaging',
  'logistic', 'transport', 'trading', 'exports', 'imports', 'brewing', 'distillery', 'winery',
]);

/** Last words of place names ("Pell County", "Dobbs Creek", "Uttar Pradesh"). */
export const PLACE_HEADS = new Set([
  'county', 'province', 'region', 'oblast', 'krai', 'kray', 'district', 'raion', 'rayon', 'pradesh',
  'creek', 'basin', 'ravine', 'valley', 'river', 'lake', 'mountain', 'mountains', 'mount', 'hills',
  'island', 'islands', 'peninsula', 'bay', 'gulf', 'sea', 'ocean', 'coast', 'desert', 'plateau',
  'street', 'avenue', 'road', 'boulevard', 'square', 'lane', 'highway', 'bridge', 'canal', 'strait',
  'city', 'town', 'village', 'state', 'territory', 'prefecture', 'governorate', 'emirate', 'canton',
  'heights', 'springs', 'falls', 'beach', 'forest', 'park', 'reservoir', 'dam', 'glacier', 'pass',
  'oblysy', 'viloyati', 'shaary', 'ward', 'borough', 'parish', 'shire', 'steppe', 'delta', 'cape',
]);

/** Head nouns of organisations that also work alone after "the" ("the Association"). */
/**
 * Documents and statements that speak for whoever issued them: "the report said", "the union's
 * Friday release", "the suit says". Read as speaker heads (quotes) and as what a possessive
 * owner speaks through (attribution).
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'release', 'statement', 'report', 'post', 'tweet', 'letter', 'website', 'email', 'e-mail', 'memo', 'notice', 'announcement', 'filing', 'complaint', 'lawsuit', 'suit', 'claim',
  'study', 'survey', 'poll', 'data', 'figures', 'records', 'document', 'documents', 'findings', 'assessment', 'review', 'audit', 'research', 'investigation', 'analysis', 'summary',
  'account', 'page', 'blog', 'article', 'paper', 'newsletter', 'bulletin', 'advisory', 'guideline', 'guidance', 'reply', 'response', 'comment', 'comments', 'remark', 'remarks', 'message',
  'indictment', 'ruling', 'judgment', 'judgement', 'decision', 'petition', 'motion', 'affidavit', 'warrant', 'press service', 'press office', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Whether a phrase ends with a document noun ("Facebook's statement", "the ministry's press service"). */
export function endsWithDocumentNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  return DOCUMENT_NOUNS.has(words[words.length - 1] ?? '') || DOCUMENT_NOUNS.has(words.slice(-2).join(' '));
}

export const ORG_DESCRIPTION_HEADS = new Set([
  'association', 'ministry', 'agency', 'club', 'council', 'committee', 'commission', 'company',
  'corporation', 'foundation', 'institute', 'party', 'federation', 'union', 'bank', 'university',
  'department', 'court', 'parliament', 'organization', 'organisation', 'authority', 'board',
  'bureau', 'centre', 'center', 'fund', 'group', 'academy', 'alliance', 'coalition', 'league',
  'network', 'channel', 'service', 'office', 'firm', 'government', 'administration', 'embassy',
  'team', 'senate', 'assembly', 'chamber', 'cabinet', 'secretariat', 'mission',
]);

export type Gender = 'female' | 'male';

/** Third-person pronouns that can stand for a speaker, with gender and number. */
export const PRONOUNS: Record<string, { gender: Gender | null; plural: boolean; possessive: boolean }> = {
  he: { gender: 'male', plural: false, possessive: false },
  him: { gender: 'male', plural: false, possessive: false },
  his: { gender: 'male', plural: false, possessive: true },
  she: { gender: 'female', plural: false, possessive: false },
  her: { gender: 'female', plural: false, possessive: false },
  they: { gender: null, plural: true, possessive: false },
  them: { gender: null, plural: true, possessive: false },
  their: { gender: null, plural: true, possessive: true },
  it: { gender: null, plural: false, possessive: false },
};

/** Sentence adverbs and connectives that are capitalised only because they open a sentence. */
export const SENTENCE_OPENERS = new Set([
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
  // Russian, Ukrainian and Kazakh function words that open sentences ("В Екатеринбурге …")
  'в', 'во', 'на', 'по', 'из', 'с', 'со', 'к', 'ко', 'о', 'об', 'за', 'для', 'от', 'до', 'при',
  'после', 'перед', 'у', 'и', 'а', 'но', 'как', 'так', 'это', 'этот', 'эта', 'эти', 'он', 'она',
  'они', 'мы', 'также', 'однако', 'кроме', 'среди', 'через', 'над', 'под', 'між', 'та',
  'також', 'але', 'бұл', 'және',
]);
