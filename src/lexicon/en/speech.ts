/**
 * Reporting cues: verbs of saying and believing with all their inflections, and the nouns
 * and prepositions that introduce reported speech ("according to", "in a statement").
 */
import { derivedList, joinLists, wordList, wordPick, wordSet } from '../registry.js';

// base -> irregular past (and participle when it differs: "past|participle")
const IRREGULAR: Record<string, string> = {
  say: 'said', tell: 'told', write: 'wrote|written', think: 'thought', tweet: 'tweeted',
  speak: 'spoke|spoken', feel: 'felt', hold: 'held', read: 'read', admit: 'admitted',
  quip: 'quipped', hit: 'hit', forecast: 'forecast', foresee: 'foresaw|foreseen', know: 'knew|known',
  see: 'saw|seen', swear: 'swore|sworn', understand: 'understood', teach: 'taught', show: 'showed|shown',
  predict: 'predicted', put: 'put', lay: 'laid', let: 'let',
};

/** Verbs whose final consonant doubles before -ing ("quipping", "admitting"). */
const DOUBLING_VERBS = wordSet('en/speech.DOUBLING_VERBS', ['quip', 'admit', 'plan', 'stop', 'regret', 'commit', 'submit', 'permit', 'omit', 'rebut']);

/** Verbs that introduce speech or stated belief ("told" too: its own forms "tolds" … are
 *  harmless, and "told" itself is tell's). */
export const SPEECH_VERBS = wordList('en/speech.SPEECH_VERBS', [
  'say', 'tell', 'add', 'explain', 'note', 'stress', 'emphasize', 'emphasise', 'underline',
  'underscore', 'warn', 'claim', 'insist', 'state', 'announce', 'argue', 'assert', 'report',
  'believe', 'think', 'write', 'tweet', 'post', 'declare', 'reply', 'respond', 'answer', 'ask',
  'remark', 'comment', 'observe', 'point', 'recall', 'recount', 'suggest', 'propose', 'predict',
  'forecast', 'estimate', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'reiterate',
  'repeat', 'maintain', 'contend', 'allege', 'complain', 'lament', 'boast', 'quip', 'joke',
  'vow', 'pledge', 'promise', 'assure', 'reassure', 'urge', 'caution', 'advise', 'recommend',
  'specify', 'clarify', 'indicate', 'mention', 'highlight', 'conclude', 'continue',
  'inform', 'disclose', 'reveal', 'testify', 'told', 'describe', 'cite', 'hope', 'expect',
  'fear', 'worry', 'feel', 'agree', 'disagree', 'counter', 'retort', 'shout', 'cry', 'whisper',
  'speak', 'elaborate', 'summarize', 'summarise', 'affirm', 'proclaim', 'signal', 'hint',
  'wonder', 'muse', 'charge', 'accuse', 'demand', 'call', 'assess', 'consider',
  'regard', 'know', 'understand', 'recognize', 'recognise', 'guarantee', 'opine', 'brief',
  'accept', 'share', 'notice', 'stipulate', 'rule', 'find', 'show',
]);

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  let s: string;
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) s = `${base}es`;
  else if (/[^aeiou]y$/.test(base)) s = `${base.slice(0, -1)}ies`;
  else s = `${base}s`;
  let ing: string;
  if (/ie$/.test(base)) ing = `${base.slice(0, -2)}ying`;
  else if (/[^aeiouy]e$/.test(base) && base !== 'be') ing = `${base.slice(0, -1)}ing`;
  else if (DOUBLING_VERBS.has(base)) ing = `${base}${base.slice(-1)}ing`;
  else ing = `${base}ing`;
  let ed: string[];
  if (irregular) ed = irregular.split('|');
  else if (/e$/.test(base)) ed = [`${base}d`];
  else if (/[^aeiou]y$/.test(base)) ed = [`${base.slice(0, -1)}ied`];
  else ed = [`${base}ed`];
  return [base, s, ing, ...ed];
}

/** Every inflected form -> its base verb. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const base of SPEECH_VERBS) for (const f of inflect(base)) if (!m.has(f)) m.set(f, base);
  return m;
})();

/** Every form of every speech verb ("said", "says", "saying"), for the lists that pick forms. */
export const SPEECH_VERB_FORM_LIST = derivedList('en/speech.SPEECH_VERB_FORM_LIST', [...SPEECH_VERB_FORMS.keys()]);

/** Reporting verbs in the past tense that a news sentence uses and a headline does not
 *  (headlines report in the present: "…, minister says"): "The President stressed that …",
 *  "…, the ministry said". Passives that headlines do use ("urged to", "told to") are left out. */
export const PAST_REPORTING_VERBS = wordPick('en/speech.PAST_REPORTING_VERBS', SPEECH_VERB_FORM_LIST, [
  'said', 'added', 'noted', 'stressed', 'emphasized', 'emphasised', 'explained', 'recalled', 'stated', 'announced',
  'underlined', 'underscored', 'reiterated', 'insisted', 'argued', 'confirmed', 'claimed', 'remarked', 'observed', 'acknowledged',
]);

/** Reporting verbs after a lone name that make it a speaker ("Pokiak said", "Omran added"), in
 *  the order the pattern tries them. */
export const REPORTING_VERBS_AFTER_NAME = wordPick('en/speech.REPORTING_VERBS_AFTER_NAME', SPEECH_VERB_FORM_LIST, ['said', 'says', 'told', 'added', 'noted', 'stressed', 'explained', 'argued', 'insisted', 'recalled', 'wrote', 'tweeted', 'urged', 'asked', 'replied', 'admitted', 'acknowledged']);

/** Participles that open a report of their own after a comma (", saying …", ", noting …"); not
 *  a pick of the forms above, which spell "argue" + "ing" as "argueing". */
export const PARTICIPLE_CUES = wordList('en/speech.PARTICIPLE_CUES', ['saying', 'noting', 'adding', 'insisting', 'arguing', 'explaining', 'stressing', 'warning', 'claiming', 'denying', 'suggesting', 'acknowledging', 'admitting', 'pointing', 'calling', 'describing', 'urging', 'asking']);

/** Verbs in -s that end a Title Case headline's subject ("Trump Addresses Munich Attack",
 *  "Warren Hammers Wells Fargo CEO"): headline verbs of attack and praise. */
export const HEADLINE_VERBS = wordList('en/speech.HEADLINE_VERBS', ['slams', 'blasts', 'hits', 'praises', 'hammers', 'addresses', 'rips', 'mocks', 'backs', 'defends', 'attacks', 'accuses', 'responds', 'reacts', 'talks', 'rejects', 'hails', 'touts', 'knocks', 'jabs', 'torches', 'shreds', 'unloads', 'grills', 'lashes', 'scolds', 'trolls', 'thanks', 'pans', 'bashes', 'targets', 'dismisses', 'sounds', 'weighs']);

/** Adverbs that stand between a cue and its speaker or clause ("said again", "also said",
 *  "said publicly"), in the order the patterns try them. */
export const REPORTING_ADVERBS = wordList('en/speech.REPORTING_ADVERBS', ['earlier', 'later', 'again', 'also', 'recently', 'previously', 'repeatedly', 'publicly', 'privately']);

/** More adverbs of how or when something was said that may follow a cue ("said separately",
 *  "said further", "said firmly", "said once"). */
export const MORE_REPORTING_ADVERBS = wordList('en/speech.MORE_REPORTING_ADVERBS', ['separately', 'further', 'firmly', 'clearly', 'once']);

/** Verbs that can open reported speech without "that" ("she said the plan …"). */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(wordPick('en/speech.BARE_CLAUSE_VERBS', SPEECH_VERBS, ['say', 'tell', 'write', 'add', 'think', 'believe', 'warn', 'claim', 'insist', 'argue', 'note', 'explain', 'tweet', 'announce', 'state', 'report', 'estimate', 'predict', 'expect', 'hope', 'fear', 'feel', 'know', 'suggest', 'stress', 'confirm', 'acknowledge', 'admit', 'contend', 'maintain', 'assert']));

/** Verbs whose object (the hearer) may stand between them and "that": "told reporters that"
 *  ("remind" is no speech verb of its own: a hearer after it never reaches this test). */
export const TELL_VERBS: ReadonlySet<string> = new Set(joinLists(
  wordPick('en/speech.TELL_VERBS', SPEECH_VERBS, ['tell', 'inform', 'assure', 'reassure', 'warn', 'brief', 'advise', 'caution', 'promise', 'ask', 'urge', 'write', 'tweet']),
  wordList('en/speech.TELL_VERBS_BEYOND_SPEECH', ['remind']),
));

/** Verbs that need a reported clause to be speech: "called" in "called for" is not ("read" is
 *  no speech verb of its own). */
export const WEAK_VERBS: ReadonlySet<string> = new Set(joinLists(
  wordPick('en/speech.WEAK_VERBS', SPEECH_VERBS, ['report', 'call', 'continue', 'share', 'find', 'show', 'rule', 'charge', 'accuse', 'demand', 'consider', 'regard', 'know', 'understand', 'accept', 'notice', 'recognize', 'recognise', 'hope', 'expect', 'fear', 'worry', 'feel', 'agree', 'disagree', 'cite', 'describe', 'brief', 'inform', 'assess', 'signal', 'hint', 'wonder', 'guarantee', 'post', 'point', 'ask', 'promise', 'pledge', 'vow', 'urge', 'advise', 'recommend', 'propose', 'mention', 'highlight', 'reply', 'respond', 'answer', 'speak', 'think']),
  wordList('en/speech.WEAK_VERBS_BEYOND_SPEECH', ['read']),
));

/** The base verb of a speech-verb form, or null. */
export const speechVerbBase = (lower: string): string | null => SPEECH_VERB_FORMS.get(lower) ?? null;

/** Verbs whose reported clause may open with a question word ("explains how he …", "revealed
 *  why it …"; not "asked why": a question is no claim; not "describing how", "recalls how":
 *  narration more often than a report, measured on GGT). */
export const QUESTION_CLAUSE_VERBS: ReadonlySet<string> = new Set(wordPick('en/speech.QUESTION_CLAUSE_VERBS', SPEECH_VERBS, ['explain', 'reveal', 'disclose']));

/** Nouns of saying that introduce a reported clause with "that" ("his claim that …", "made the
 *  suggestion that …", "expressed confidence that …"), singular and plural; not attitudes
 *  ("expressed concern that", "their hope that": GGT leaves attitudes out). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(joinLists(
  // (verbs that are nouns too, and the participle "warning")
  wordPick('en/speech.SPEECH_NOUNS_ALSO_VERBS', SPEECH_VERBS, ['claim', 'promise', 'pledge', 'charge']),
  wordPick('en/speech.SPEECH_NOUNS_ALSO_PARTICIPLES', PARTICIPLE_CUES, ['warning']),
  wordList('en/speech.SPEECH_NOUNS', [
    'claims', 'allegation', 'allegations', 'assertion', 'assertions', 'suggestion', 'suggestions', 'assurance', 'assurances',
    'warnings', 'insistence', 'confidence', 'contention', 'argument', 'arguments', 'promises', 'pledges',
    'prediction', 'predictions', 'admission', 'accusation', 'accusations', 'charges', 'denial',
  ]),
));

/** Verbs whose subject makes the statement named by the noun after them ("made the suggestion
 *  that", "expressed confidence that", "voiced concern that", "repeated his claim that"). */
export const NOUN_CUE_VERBS = wordList('en/speech.NOUN_CUE_VERBS', ['made', 'make', 'makes', 'expressed', 'expresses', 'voiced', 'voices', 'gave', 'gives', 'offered', 'offers', 'repeated', 'repeats', 'reiterated', 'reiterates', 'renewed', 'issued', 'issues']);

/** Adjectives of saying after "be" that introduce a reported clause with "that" ("was adamant
 *  that …"). */
export const SPEECH_ADJECTIVES: ReadonlySet<string> = new Set(wordList('en/speech.SPEECH_ADJECTIVES', ['adamant', 'insistent', 'emphatic', 'categorical']));

/** Verbs of judging whose object quotes someone's words as a fragment ("thanked the police for
 *  “a complex operation”", "denounced the raid as “repression”"): cues of a fragment only,
 *  never of a reported clause. */
export const FRAGMENT_CUE_VERBS: ReadonlySet<string> = new Set(wordList('en/speech.FRAGMENT_CUE_VERBS', [
  'thanked', 'thanks', 'thanking', 'praised', 'praises', 'praising', 'denounced', 'denounces', 'denouncing', 'condemned', 'condemns', 'condemning',
  'hailed', 'hails', 'hailing', 'slammed', 'slams', 'blasted', 'blasts', 'criticised', 'criticized', 'criticises', 'criticizes', 'dismissed', 'dismisses',
  'labelled', 'labeled', 'branded', 'brands', 'dubbed', 'dubs', 'termed', 'terms', 'shouted', 'shouts', 'chanted', 'chants',
]));
