/**
 * The overlaps between lexicon lists that are meant: two lists share these words, for this
 * reason. Any other overlap fails test/lexicon/registry.test.ts: a word belongs to one list,
 * and a list that needs another's words picks them (wordPick) or joins the list (joinLists).
 * Words of a closed class (function words, en/function-words.ts and shared/function-words.ts)
 * may recur in any list and are not listed here. Words are compared lower-cased.
 */

export interface ExpectedOverlap {
  /** The two lists, by their declared names; a name ending in '*' stands for every list whose
   *  name starts with what comes before it (a family of lists). */
  readonly lists: readonly [string, string];
  /** The words they share (lower case), exactly; none for a family. */
  readonly words?: readonly string[];
  readonly reason: string;
}

export const EXPECTED_OVERLAPS: readonly ExpectedOverlap[] = [
  // Quote cues: verbs that make a statement named by the noun after them; verbs of judging
  { lists: ['en/speech.HEADLINE_VERBS', 'en/speech.FRAGMENT_CUE_VERBS'], words: ['blasts', 'dismisses', 'hails', 'praises', 'slams'], reason: 'a Title Case "Hails" ends a headline\'s subject; a lower-case "hails" cues a quoted fragment' },
  { lists: ['en/speech.FRAGMENT_CUE_VERBS', 'en/titles.NAMING_WORDS'], words: ['dubbed'], reason: '"dubbed him “a traitor”" quotes a judgement; "a ship dubbed “X”" names a thing' },
  { lists: ['en/speech.NOUN_CUE_VERBS', 'en/clauses.VERBS_AFTER_SUBJECT'], words: ['gave', 'made'], reason: '"made the suggestion that", "gave assurances that" make a statement; after a name they mark it a subject' },
  { lists: ['en/speech.NOUN_CUE_VERBS', 'en/names.COMPOUND_TAILS'], words: ['made'], reason: '"made the suggestion that" makes a statement; "-made" ends a compound ("home-made")' },
  { lists: ['en/speech.NOUN_CUE_VERBS', 'en/speakers.ISSUING_VERBS'], words: ['issued'], reason: '"issued a warning that" makes a statement; "issued by X" names a document\'s issuer' },

  // Function words of two languages spelt alike (both closed classes)
  { lists: ['en/function-words.ARTICLES', 'shared/function-words.EUROPEAN_FUNCTION_WORDS'], words: ['an'], reason: 'English "an" and German "an" (at) are spelt alike' },
  { lists: ['en/function-words.AUXILIARIES', 'shared/function-words.EUROPEAN_FUNCTION_WORDS'], words: ['am', 'do'], reason: 'English "am", "do" and German "am" (at the), Portuguese "do" (of the) are spelt alike' },

  // Language evidence: each language's words chosen per comparison
  {
    lists: ['shared/language-evidence.*', 'shared/language-evidence.*'],
    reason: 'a language\'s words are chosen per comparison (its frequent function words; its words against each close relative), so one language\'s lists share words, and related languages share spellings ("que", "para", "не")',
  },

  // Homographs across languages: a word of the language evidence spelt like an English one
  { lists: ['shared/language-evidence.FUNCTION_WORDS.spa', 'en/speakers.RELATION_HEADS'], words: ['son'], reason: 'Spanish "son" (they are) and English "son"' },
  { lists: ['shared/language-evidence.RELATIVES.por-spa.spa', 'en/speakers.RELATION_HEADS'], words: ['son'], reason: 'Spanish "son" (they are) and English "son"' },
  { lists: ['shared/language-evidence.FUNCTION_WORDS.por', 'en/places.PLACE_PREFIXES'], words: ['são'], reason: 'Portuguese "são" is both "they are" and "Saint" ("São Paulo")' },
  { lists: ['shared/language-evidence.RELATIVES.por-spa.por', 'en/places.PLACE_PREFIXES'], words: ['são'], reason: 'Portuguese "são" is both "they are" and "Saint" ("São Paulo")' },
  { lists: ['shared/language-evidence.FUNCTION_WORDS.nld', 'en/roles.HEAD_FUNCTION_WORDS'], words: ['met'], reason: 'Dutch "met" (with) and English "met"' },
  { lists: ['shared/language-evidence.RELATIVES.nob-dan.dan', 'en/abbreviations.NOT_ACRONYMS'], words: ['end'], reason: 'Danish "end" (than) and the wire slug "END"' },
  { lists: ['shared/language-evidence.RELATIVES.ces-slk.ces', 'en/organisations.NAME_ONLY_HEADS'], words: ['co'], reason: 'Czech "co" (what) and the legal form "Co"' },
  { lists: ['shared/language-evidence.RELATIVES.ces-slk.slk', 'en/organisations.NAME_ONLY_HEADS'], words: ['sa'], reason: 'Slovak "sa" (oneself) and the legal form "SA"' },
  { lists: ['shared/language-evidence.RELATIVES.spa-cat.cat', 'en/roles.TITLE_ABBREVIATIONS'], words: ['amb'], reason: 'Catalan "amb" (with) and "Amb." (Ambassador)' },
  { lists: ['shared/language-evidence.RELATIVES.spa-cat.cat', 'en/abbreviations.OTHER_NON_FINAL_ABBREVIATIONS'], words: ['va'], reason: 'Catalan "va" (goes) and "Va." (Virginia)' },
  { lists: ['shared/months.MONTH_FORMS', 'en/roles.TITLE_ABBREVIATIONS'], words: ['gen'], reason: 'Italian "gen." (gennaio) and "Gen." (General)' },

  // English homographs: one spelling, two words
  { lists: ['en/organisations.NAME_ONLY_HEADS', 'en/speech.SPEECH_VERBS'], words: ['post'], reason: '"… Post" ends a newspaper\'s name; "posted" reports' },
  { lists: ['en/organisations.NAME_ONLY_HEADS', 'en/places.PLACE_HEADS'], words: ['prefecture'], reason: 'a prefecture is an authority ("… Prefecture said") and a territory ("Fukushima Prefecture")' },
  { lists: ['en/organisations.NAME_ONLY_HEADS', 'en/places.PLACE_PREFIXES'], words: ['port'], reason: '"… Port" ends a port authority\'s name; "Port …" opens a town\'s ("Port Louis")' },
  { lists: ['en/organisations.NAME_ONLY_HEADS', 'shared/agencies.CREDITS'], words: ['spa'], reason: 'SPA (the Saudi Press Agency) and S.p.A. (an Italian company\'s legal form)' },
  { lists: ['en/organisations.NAME_ONLY_HEADS', 'en/furniture.SLUGS'], words: ['news'], reason: '"… News" ends an outlet\'s name; "NEWS" is a wire slug' },
  { lists: ['en/organisations.NAME_ONLY_HEADS', 'en/speakers.DOCUMENT_NOUNS'], words: ['post', 'records'], reason: '"… Post", "… Records" end a newspaper\'s and a label\'s names; a post and records speak for their authors' },
  { lists: ['en/speech.SPEECH_VERBS', 'en/places.PLACE_HEADS'], words: ['state'], reason: '"stated" reports; "Rivers State" is a place' },
  { lists: ['en/speech.SPEECH_VERBS', 'en/titles.TYPE_NOUNS'], words: ['show'], reason: '"figures show" reports; "the show «…»" names a programme' },
  { lists: ['en/speech.DOUBLING_VERBS', 'en/titles.TYPE_NOUNS'], words: ['plan'], reason: '"planning" doubles the consonant; "the plan «…»" names a document' },
  { lists: ['en/speech.SPEECH_VERBS', 'en/furniture.COOKIE_CONSENT_WORDS'], words: ['accept', 'agree'], reason: 'verbs of stated belief and a cookie banner\'s buttons' },
  { lists: ['en/places.PLACE_PREFIXES', 'en/abbreviations.OTHER_NON_FINAL_ABBREVIATIONS'], words: ['mont'], reason: '"Mont Blanc" and "Mont." (Montana)' },
  { lists: ['en/roles.HONORIFICS', 'en/abbreviations.OTHER_NON_FINAL_ABBREVIATIONS'], words: ['miss'], reason: '"Miss" before a name and "Miss." (Mississippi)' },
  { lists: ['shared/agencies.CREDITS', 'en/abbreviations.OTHER_NON_FINAL_ABBREVIATIONS'], words: ['pa'], reason: 'PA (the British agency) and "Pa." (Pennsylvania)' },
  { lists: ['shared/agencies.CREDITS', 'en/titles.TYPE_NOUNS'], words: ['app'], reason: 'APP (the Associated Press of Pakistan) and an app named in marks' },
  { lists: ['en/abbreviations.NOT_ACRONYMS', 'shared/names.ASSIMILATED_ARABIC_ARTICLES'], words: ['ad'], reason: 'AD (Anno Domini) and the Arabic article "ad-" ("ad-Din")' },
  { lists: ['en/abbreviations.NOT_ACRONYMS', 'en/names.COMPOUND_TAILS'], words: ['led'], reason: 'LED (the diode) and "- led" after a name ("Kenyan - led")' },
  { lists: ['en/clauses.VERBS_AFTER_SUBJECT', 'en/names.COMPOUND_TAILS'], words: ['made'], reason: '"Obama made …" makes a subject; "Kenyan - made" a compound' },

  // One word, two uses the rules read differently
  { lists: ['en/speech.DOUBLING_VERBS', 'en/speech.SPEECH_VERBS'], words: ['admit', 'quip'], reason: 'the spelling rule names the verbs whose consonant doubles ("admitting"); two of them are speech verbs it inflects' },
  { lists: ['en/speech.SPEECH_VERBS', 'en/speakers.DOCUMENT_NOUNS'], words: ['report', 'post', 'tweet', 'notice', 'claim', 'reply', 'comment', 'remark'], reason: 'a statement is named by the verb of making it: "she reported" and "the report said"' },
  { lists: ['en/speech.SPEECH_VERBS', 'en/furniture.SLUGS'], words: ['note', 'comment', 'share'], reason: 'verbs of saying that also label a page ("EDITORS NOTE", "Comment", "Share")' },
  { lists: ['en/speech.REPORTING_ADVERBS', 'en/clauses.VERBS_AFTER_SUBJECT'], words: ['later'], reason: '"said later" after a cue; "Tory later said" after a subject' },
  { lists: ['en/roles.ROLE_NOUNS', 'en/furniture.SLUGS'], words: ['editor'], reason: 'a role, and a wire slug ("EDITOR\'S NOTE")' },
  { lists: ['en/roles.ROLE_ONLY_MODIFIERS', 'en/furniture.SLUGS'], words: ['lead'], reason: '"lead author" is a role; "LEAD" a wire slug' },
  { lists: ['en/roles.MODIFIERS', 'en/clauses.ENGLISH_SENTENCE_OPENERS'], words: ['first'], reason: '"First" opens sentences and titles ("First Deputy Prime Minister")' },
  { lists: ['en/clauses.ENGLISH_SENTENCE_OPENERS', 'en/clauses.NOT_CLAUSE_START_WORDS'], words: ['next'], reason: '"Next" opens a sentence; "said next" opens no clause' },
  { lists: ['en/furniture.STORY_LABELS', 'en/speakers.DOCUMENT_NOUNS'], words: ['analysis'], reason: '"Analysis" labels a story; "the analysis found" speaks for its authors' },
  { lists: ['en/furniture.SLUGS', 'en/speakers.DOCUMENT_NOUNS'], words: ['review', 'advisory', 'comment'], reason: 'wire slugs that are also documents that speak' },
  { lists: ['en/furniture.SLUGS', 'en/speakers.MORE_GENERIC_SPEAKERS'], words: ['sources'], reason: '"SOURCES:" labels a page\'s notes; "sources said" speaks' },
  { lists: ['en/furniture.SLUGS', 'en/speakers.RELATION_HEADS'], words: ['source'], reason: '"Source:" labels a credit; "a source said" speaks' },
  { lists: ['en/furniture.SLUGS', 'en/speakers.INTERVIEW'], words: ['interview'], reason: '"INTERVIEW" is a wire slug; "in an interview" is where a statement was made' },
  { lists: ['en/speech.SPLIT_QUOTE_VERBS', 'en/clauses.VERBS_AFTER_SUBJECT'], words: ['began'], reason: '"he began, “…”" cues the second part of a split quote; "Tory began …" follows a subject' },
  { lists: ['en/organisations.NAME_ONLY_HEADS', 'en/speakers.SPEAKING_BODIES'], words: ['magazine', 'school', 'hospital', 'daily', 'army', 'navy'], reason: 'they end a name ("Harvard Medical School") and speak alone after "the" ("the school said")' },
  { lists: ['en/places.PLACE_HEADS', 'en/speakers.SPEAKING_BODIES'], words: ['city', 'county'], reason: 'the head of a place\'s name, and a body that speaks for it ("the city said in a statement")' },
  { lists: ['en/roles.MODIFIERS', 'en/speakers.SPEAKING_BODIES'], words: ['defence', 'defense'], reason: '"defence minister" is a role; "the defence argued" speaks in court' },
  { lists: ['en/roles.ROLE_ONLY_MODIFIERS', 'en/speakers.SPEAKING_BODIES'], words: ['military'], reason: '"military spokesman" is a role; "the military said" speaks' },
  { lists: ['en/speakers.SPEAKING_BODIES', 'en/titles.TYPE_NOUNS'], words: ['campaign', 'station'], reason: 'a campaign or a station speaks ("the campaign says"); a quoted title may name one ("the “Clean Air” campaign")' },

  // The HTML path's words (src/lexicon/shared/page-markup.ts)
  {
    lists: ['shared/page-markup.*', '*'],
    reason: 'words of page markup (class and id names such as "share", "related", "post") and of the date and byline lines a page prints, read only by the HTML path on markup and page lines: spelt like words of the text\'s lists, never read as theirs',
  },
  { lists: ['en/clauses.VERBS_AFTER_SUBJECT', 'en/clauses.EXISTENTIAL_VERBS'], words: ['remains'], reason: '"Tory remains …" follows a subject; "said there remains …" opens a reported clause' },
];
