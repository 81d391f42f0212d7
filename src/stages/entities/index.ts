/**
 * entities: people and organisations of the article body, clustered, with roles, plus the
 * dateline's agency as an organisation.
 */
import type { Doc, TextRange } from '../../document.js';
import type { Sentence } from '../segment.js';
import type { DatelineAnnotation } from '../layout/dateline.js';
import type { Layout } from '../layout/index.js';
import type { QuotesResult } from '../quotes/index.js';
import { defineStage } from '../../stage.js';
import type { ResolvedOptions } from '../../schema.js';
import { isLetter, isSpace, isUpper, runStart, someCodePoint } from '../../tails.js';
import { candidatesInSentence, HYPHENATED_GIVEN, isLoneWord, LONE_WORD_RULES, ORGANIZATION_RULES, PERSON_RULES, type Candidate, type OrganizationRule, type PersonRule } from './candidates.js';
import { clusterCandidates, initialsOf, type EntityCluster } from './cluster.js';
import { attachRoles } from './roles.js';
import { consistentTypes, spreadNames } from './consistency.js';
import { knownEntity } from './known-entities.js';
import { coordinatedNames, fixMentions } from './mention-fixes.js';
import { docWords, setRuleFeatures, tokenize, type Token } from './ner-features.js';
import { mentionsOf, tagDocument } from './ner-model.js';
import { bucketBySentence, overlapFinder, rangeAt, withoutOverlaps } from '../../ranges.js';
import { plainlyNotEnglish, writesNoEnglishWord } from '../language/detect.js';
import { OF_HEADS, ORG_DESCRIPTION_HEADS } from '../../lexicon/en/organisations.js';
import { COMPOUND_TAILS } from '../../lexicon/en/names.js';

/** Words the document writes in lower case: capitalised elsewhere, they are not names. */
function lowerCaseWords(text: string, sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{2,}/gu;
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    for (let m = re.exec(t); m; m = re.exec(t)) out.add(m[0]);
  }
  return out;
}

/** A name the tagger found: its CoNLL type, its margin (how much worse the best reading that
 *  tags it otherwise scores), in a table or all-capital line or not. */
export interface ModelMention extends TextRange {
  type: string;
  margin: number;
  inTable: boolean;
}

/** What the tagger made of the article: its names (all four types). */
export interface TaggerReading {
  mentions: ModelMention[];
}

/** A sentence the rules cannot read: a results table row or an all-capital line. */
function tableLike(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length > 2 && words.every((t) => t.text === t.text.toUpperCase())) return true;
  const numbers = tokens.filter((t) => /^\d/.test(t.text)).length;
  if (numbers >= 2 && numbers >= words.length / 3) return true;
  // a list of names: "Given , Breen , Staunton , Irwin , McAteer"
  const commas = tokens.filter((t) => t.text === ',').length;
  return commas >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= words.length * 0.6;
}

/**
 * The rules whose candidates stand where the tagger reads no person or organisation: names
 * from the knowledge list, quoted names after an acronym (RTK “Qazaqstan”, whose marks the
 * tagger does not read). The tagger has seen every rule's reading as a feature and learnt how
 * far to trust it, on CoNLL and worldwide news; on their dev splits the other rules' names it
 * leaves out are seldom names.
 */
const RULES_OVER_THE_TAGGER: ReadonlySet<string> = new Set(['known', 'quoted-name'] as const satisfies ReadonlyArray<PersonRule | OrganizationRule>);

/** An organisation's acronym before its name in quote marks (RTK “Qazaqstan”, JSC «Samruk»):
 *  the tagger reads neither the marks nor, often, the acronym. */
const acronymBeforeQuotedName = (text: string, r: Candidate): boolean => r.method === 'acronym' && /^\s?["“«„]\s?\p{Lu}/u.test(text.slice(r.end, r.end + 4));

/** A person's name of two or three words ending in a given name written with a hyphen ("Ham
 *  Sung-wook", "Lam Ting-kwok"): the shape is a person's, and the tagger, trained on text
 *  that spaces the hyphen, reads it otherwise. */
const koreanOrChineseName = (r: Candidate): boolean => {
  const words = r.text.split(' ');
  const last = words[words.length - 1]!;
  // ("New York-based", "Hong Kong-listed": a compound's tail, no syllable of a name)
  const tail = last.slice(last.indexOf('-') + 1);
  return r.type === 'person' && words.length >= 2 && words.length <= 3 && HYPHENATED_GIVEN.test(last) && !COMPOUND_TAILS.has(tail) && !/(?:ed|ing|ly|ic|al)$/.test(tail);
};

/** The acronyms an article's organisations stand for: the initials of each name of two words
 *  or more ("University of Southern Indiana": USI), and the acronyms read as organisations. */
function acronymsOfOrganisations(names: ReadonlyArray<{ text: string; organisation: boolean }>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    if (!n.organisation) continue;
    if (/\s/.test(n.text)) {
      const initials = initialsOf(n.text);
      if (initials.length >= 2) out.add(initials);
    } else if (/^\p{Lu}{2,8}$/u.test(n.text)) out.add(n.text);
  }
  return out;
}

/** An acronym rule's name that stands for an organisation of the article (acronymsOfOrganisations):
 *  "USI" after "the University of Southern Indiana", "KPA" after "Korean People's Army"; the
 *  tagger, which reads a word at a time, leaves a lone acronym out when its sentence says
 *  nothing of organisations. */
const acronymOfNamedOrganisation = (r: Candidate, acronyms: ReadonlySet<string>): boolean => r.method === 'acronym' && acronyms.has(r.text);

/** Rules whose reading of a name's type stands; a person rule's name the tagger reads as an
 *  organisation's keeps the rule in its method ('name-shape+model'). */
const STRONG_RULE_NAMES = ['agency', 'quoted-name', 'org-head', 'title', 'first-name', 'lexicon', 'known'] as const satisfies ReadonlyArray<PersonRule | OrganizationRule>;
const STRONG_RULES: ReadonlySet<string> = new Set(STRONG_RULE_NAMES);
/** A person rule the tagger can overrule: mergeWithModel retypes its name as an organisation. */
const isWeakPersonRule = (rule: PersonRule): rule is Exclude<PersonRule, (typeof STRONG_RULE_NAMES)[number]> => !STRONG_RULES.has(rule);

/** A person rule that can begin a person (clustering gives a lone word to a person named in full). */
const isClusterRule = (rule: PersonRule): rule is Exclude<PersonRule, (typeof LONE_WORD_RULES)[number]> => !(LONE_WORD_RULES as readonly string[]).includes(rule);

/** Every `method` of a person in the record: the rule that found the name first, or 'model' (the tagger). */
export const PERSON_METHODS = [...PERSON_RULES.filter(isClusterRule), 'model' as const];
/** Every `method` of an organisation in the record: the rule, 'model', or a weak person rule
 *  whose name the tagger reads as an organisation's, with "+model" ('name-shape+model'). */
export const ORGANIZATION_METHODS = [...ORGANIZATION_RULES, 'model' as const, ...PERSON_RULES.filter(isWeakPersonRule).map((rule) => `${rule}+model` as const)];
/** Every `method` of an entity: PERSON_METHODS and ORGANIZATION_METHODS. */
export const ENTITY_METHODS = [...new Set([...PERSON_METHODS, ...ORGANIZATION_METHODS])];
export type PersonMethod = (typeof PERSON_METHODS)[number];
export type OrganizationMethod = (typeof ORGANIZATION_METHODS)[number];
export type EntityMethod = (typeof ENTITY_METHODS)[number];

/** The method of a name the tagger reads as `type`: the rule that found the same name, when
 *  it reads it so (a lone word's rule is no method: the tagger vouches for the word); a weak
 *  person rule's name read as an organisation's, '<rule>+model'; else 'model'. */
function methodOf(same: Candidate | undefined, type: 'person' | 'organization'): Candidate['method'] | 'model' | `${string}+model` {
  if (!same) return 'model';
  if (same.type === type) return isLoneWord(same) ? 'model' : same.method;
  return same.type === 'person' && type === 'organization' && isWeakPersonRule(same.method as PersonRule) ? `${same.method}+model` : 'model';
}

/**
 * Where a rule's organisation stands for the tagger's names inside it: the tagger reads
 * names token by token and cuts a long one at a comma or an "of the"; these rules read the
 * whole ("Ministry of Trade, Industry and Energy", RTK “Qazaqstan”).
 */
const RULE_OVER_PIECES: ReadonlyArray<(text: string, r: Candidate, inside: readonly ModelMention[]) => boolean> = [
  // a quoted name after an acronym or capitalised word: RTK “Qazaqstan”; or before an
  // organisation's head word: “Jana Qadam” Foundation
  (_text, r) => r.method === 'quoted-name' || (r.method === 'org-head' && /^["“«„]/u.test(r.text)),
  // "Ministry of Trade, Industry and Energy": a head's listed name, read as pieces
  (text, r, inside) => r.method === 'org-head' && text.slice(r.start, r.end).includes(',') && inside.every((m) => m.type === 'ORG'),
  // "Ministry of Energy of the Kyrgyz Republic": a head's name going on past the tagger's
  // (not two organisations joined by "and": "Ministry of Finance and the Bank of Ghana")
  (text, r, inside) => r.method === 'org-head' && inside[0]!.start === r.start && inside[0]!.type === 'ORG' && /^(\p{L}+) (?:of|for) /u.test(text.slice(r.start, r.end)) && OF_HEADS.has(/^\p{L}+/u.exec(text.slice(r.start, r.end))![0].toLowerCase()) && !coordinatedNames(text.slice(r.start, r.end)),
];

/** Rules that find where one name ends and the next begins (an organisation's head word, a
 *  title, a full name). */
const SPLITTING_RULES: ReadonlySet<string> = new Set(['org-head', 'name-shape', 'title', 'first-name', 'known', 'agency'] as const satisfies ReadonlyArray<PersonRule | OrganizationRule>);

/**
 * Where the rules' names stand for one name of the tagger's that runs them together ("Chief
 * Editors’ Club Bibigul Zheksenbay", "Ministry of Culture’s Bureau of Cultural Heritage"): two
 * or more names of splitting rules, one of them an organisation ending in its head word.
 */
const RULES_OVER_JOINED = (m: ModelMention, inside: readonly Candidate[]): boolean => m.type === 'ORG' && inside.every((r) => SPLITTING_RULES.has(r.method)) && inside.some((r) => r.method === 'org-head');

/**
 * Combine the tagger's reading with the rule candidates. The tagger decides: it has seen the
 * rules' readings as features and learnt how far to trust each. Its people and organisations
 * are the names (with the title the rule found before the same name); of the rule
 * candidates it did not read as a person or organisation only those of RULES_OVER_THE_TAGGER
 * and Korean and Chinese names stand; a rule's longer organisation stands for the tagger's
 * pieces of it (RULE_OVER_PIECES), and its names for one of the tagger's that joins them
 * (RULES_OVER_JOINED).
 */
export function mergeWithModel(text: string, rules: readonly Candidate[], reading: TaggerReading): Candidate[] {
  const names = reading.mentions.filter((m) => m.type === 'PER' || m.type === 'ORG').sort((a, b) => a.start - b.start);
  const others = reading.mentions.filter((m) => m.type !== 'PER' && m.type !== 'ORG').sort((a, b) => a.start - b.start);
  const sortedRules = [...rules].sort((a, b) => a.start - b.start);
  const rulesAt = overlapFinder(sortedRules);
  const namesAt = overlapFinder(names);
  const othersAt = overlapFinder(others);
  const out: Candidate[] = [];
  // a rule's longer organisation over the tagger's pieces of it (RULE_OVER_PIECES)
  const pieces = new Set<ModelMention>();
  for (const r of sortedRules) {
    const hit = namesAt(r);
    if (!hit.length || hit.some((m) => m.start < r.start || m.end > r.end) || hit.every((m) => m.start === r.start && m.end === r.end)) continue;
    if (!RULE_OVER_PIECES.some((rule) => rule(text, r, hit))) continue;
    for (const m of hit) pieces.add(m);
    out.push(r);
  }
  // the rules' names over one name of the tagger's joining them (RULES_OVER_JOINED)
  for (const m of names) {
    if (pieces.has(m)) continue;
    const inside = rulesAt(m).filter((r) => r.start >= m.start && r.end <= m.end);
    if (inside.length < 2 || !RULES_OVER_JOINED(m, inside)) continue;
    pieces.add(m);
    for (const r of inside) out.push(r);
  }
  // words of the organisations named so far (for "the Association" after "National Association …")
  const orgWords = new Set<string>();
  for (const m of names) {
    if (pieces.has(m)) continue;
    const words = text.slice(m.start, m.end).toLowerCase().split(/\s+/);
    // "the Association": a head noun after "the" naming an organisation named before refers
    // back to it (clustering makes it a description of that one)
    const head = words.length === 2 && words[0] === 'the' ? words[1]! : words.length === 1 && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) ? words[0]! : null;
    if (m.type === 'ORG' && head && ORG_DESCRIPTION_HEADS.has(head) && orgWords.has(head)) continue;
    if (m.type === 'ORG' && words.length > 1) for (const w of words) orgWords.add(w);
    const hit = rulesAt(m);
    // the rule that found the same name, one that reads it as the tagger does first ("(YBMA)":
    // the short name in brackets, before the acronym rule)
    const sameSpan = hit.filter((r) => r.start === m.start && r.end === m.end);
    const same = sameSpan.find((r) => r.method === 'org-alias') ?? sameSpan.find((r) => r.type === (m.type === 'PER' ? 'person' : 'organization')) ?? sameSpan[0];
    // the knowledge list says which kind of name it is
    const type = same?.method === 'known' ? same.type : m.type === 'PER' ? 'person' : 'organization';
    // the title a rule stripped from the front of the same name
    const titled = hit.find((r) => r.title && r.start === m.start);
    out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type, title: type === 'person' ? (same?.title ?? titled?.title ?? null) : null, method: methodOf(same, type), sentenceInitial: same?.sentenceInitial ?? false });
  }
  const acronyms = acronymsOfOrganisations([
    ...names.map((m) => ({ text: text.slice(m.start, m.end), organisation: m.type === 'ORG' })),
    ...sortedRules.filter((r) => r.method !== 'acronym').map((r) => ({ text: r.text, organisation: r.type === 'organization' })),
  ]);
  for (const r of sortedRules) {
    if (namesAt(r).length) continue;
    if (!RULES_OVER_THE_TAGGER.has(r.method) && !koreanOrChineseName(r) && !acronymBeforeQuotedName(text, r) && !acronymOfNamedOrganisation(r, acronyms)) continue;
    // a known name stands against the tagger's other name, not against a place ("Amazon" the
    // river); a seat of government is the institution news lets speak ("the Kremlin said")
    if (r.method === 'known' && knownEntity(r.text)?.kind !== 'government' && othersAt(r).some((m) => m.type === 'LOC')) continue;
    out.push(r);
  }
  return out;
}

/** The tagger's people and organisations alone (for evaluation). */
function modelOnly(text: string, reading: TaggerReading): Candidate[] {
  return reading.mentions.filter((m) => m.type === 'PER' || m.type === 'ORG').map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type === 'PER' ? ('person' as const) : ('organization' as const), title: null, method: 'model', sentenceInitial: false }));
}

/**
 * The sentences as the tagger reads them: tokens of each sentence outside the excluded ranges,
 * each given the rule candidates' reading of it (setRuleFeatures). Also the tagger's training
 * input (scripts/train-ner.ts), so that it learns from what it will see.
 */
export function taggerSentences(text: string, sentences: readonly Sentence[], exclude: readonly TextRange[], rules: readonly Candidate[]): Token[][] {
  const inRange = bucketBySentence(sentences, rules, (r) => r);
  const excluded = bucketBySentence(sentences, exclude, (r) => r);
  return sentences.map((s, i) => {
    // a sentence with no letter or digit has nothing to tag and no word to count
    if (!/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))) return [];
    const ex = excluded[i]!;
    const all = tokenize(text, s.start, s.end);
    const tokens = ex.length ? withoutOverlaps(all, ex) : all;
    setRuleFeatures(tokens, inRange[i]!);
    return tokens;
  });
}

/** Name mentions the tagger finds in the sentences (all four CoNLL types), and its margins. */
export function modelMentions(text: string, sentences: readonly Sentence[], exclude: readonly TextRange[], rules: readonly Candidate[]): TaggerReading {
  const toks = taggerSentences(text, sentences, exclude, rules);
  const dw = docWords(toks);
  const margins: Float64Array[] = [];
  const tags = tagDocument(toks, dw, margins);
  const mentions: ModelMention[] = [];
  toks.forEach((t, i) => {
    const found = mentionsOf(t, tags[i]!);
    const inTable = found.length > 0 && tableLike(t);
    for (const m of found) {
      let margin = Infinity;
      for (let k = m.first; k <= m.last; k++) margin = Math.min(margin, margins[i]![k] ?? Infinity);
      mentions.push({ start: m.start, end: m.end, type: m.type, margin, inTable });
    }
  });
  const consistent = consistentTypes(text, fixMentions(text, mentions));
  const spread = spreadNames(text, toks, consistent, dw.lower).map((m) => ({ ...m, inTable: false }));
  return { mentions: spread.length ? [...consistent, ...spread].sort((a, b) => a.start - b.start) : consistent };
}

/** Text the tagger is not to read: plainly another language, or a few words with none only
 *  English writes ("Han började bygga gravmonumentet": every sentence's first word is
 *  capitalised, and the tagger would take it for a name). */
const notEnglishForTheTagger = (text: string): boolean => plainlyNotEnglish(text) || writesNoEnglishWord(text);

/** The rule candidates of the sentences (also the tagger's training input, scripts/train-ner.ts). */
export function ruleCandidates(text: string, sentences: readonly Sentence[], exclude: readonly TextRange[], anchors: readonly TextRange[]): Candidate[] {
  const ctx = { lowerWords: lowerCaseWords(text, sentences) };
  const rules: Candidate[] = [];
  // each sentence sees only the excluded ranges and speaker phrases that touch it
  const ex = bucketBySentence(sentences, exclude, (r) => r);
  const an = bucketBySentence(sentences, anchors, (r) => r);
  sentences.forEach((s, i) => rules.push(...candidatesInSentence(text, s, ex[i]!, an[i]!, ctx)));
  return rules;
}

export type { EntityCluster, EntityMention, RoleAnnotation } from './cluster.js';

/** The entities stage: people and organisations of the front matter and body, clustered. */
export const entitiesStage = defineStage({
  name: 'entities',
  needs: ['layout', 'quotes'],
  summary: 'people and organisations (rules and the name tagger), clustered, with roles',
  run(doc: Doc, { layout, quotes }: { layout: Layout; quotes: QuotesResult }, options: ResolvedOptions): EntityCluster[] {
    const { sentences, exclude, anchors } = entityInputs(doc.text, layout, quotes);
    return findEntities(doc.text, sentences, exclude, anchors, layout.dateline, options.names);
  },
});

/**
 * What the entity search reads: the front matter's and body's sentences, the ranges that
 * are not names (the dateline, titles in quote marks), and the speaker phrases of quotes (a
 * name there is a person or organisation). Also the tagger's training input (scripts/train-ner.ts).
 */
export function entityInputs(text: string, layout: Layout, quotes: QuotesResult): { sentences: Sentence[]; exclude: TextRange[]; anchors: TextRange[] } {
  // Titles in marks are not names ("the law “On Mass Media”"), except a quoted name right
  // after an acronym or capitalised word, which is part of an organisation: RTK “Qazaqstan”.
  const exclude: TextRange[] = quotes.titles.filter((t) => !namedBeforeMark(text.slice(Math.max(0, t.start - 30), t.start)) && !/^\s?["”»]?\s[\p{Lu}]/u.test(text.slice(t.end, t.end + 4)));
  if (layout.dateline) exclude.push(layout.dateline);
  const anchors = quotes.quotes.flatMap((q) => (q.speaker && q.speaker.kind === 'name' ? [q.speaker] : []));
  return { sentences: [...layout.frontSentences, ...layout.bodySentences], exclude, anchors };
}

/** A capitalised word, then an opening mark, at the end of `s` ("RTK “"): as
 *  /[\p{Lu}][\p{L}\d.&-]*\s?["“«„]\s?$/u tests, scanning back once. */
export function namedBeforeMark(s: string): boolean {
  let i = s.length;
  if (i && isSpace(s[i - 1]!)) i--;
  if (!i || !'"“«„'.includes(s[i - 1]!)) return false;
  i--;
  if (i && isSpace(s[i - 1]!)) i--;
  const start = runStart(s, i, (cp) => isLetter(cp) || /[\d.&-]/.test(cp));
  return someCodePoint(s, start, i, isUpper);
}

/**
 * Find the entities of the sentences in scope.
 * @param exclude ranges that are not names (titles in quote marks, the dateline)
 * @param anchors speaker phrases of quotes (a name there is a person or organisation)
 */
export function findEntities(text: string, sentences: readonly Sentence[], exclude: readonly TextRange[], anchors: readonly TextRange[], dateline: DatelineAnnotation | null, mode: 'rules+tagger' | 'rules' | 'tagger' = 'rules+tagger'): EntityCluster[] {
  const candidates: Candidate[] = [];
  if (dateline?.agency && dateline.agencyRange) {
    candidates.push({ ...dateline.agencyRange, text: text.slice(dateline.agencyRange.start, dateline.agencyRange.end), type: 'organization', title: null, method: 'agency', sentenceInitial: false });
  }
  const rules = ruleCandidates(text, sentences, exclude, anchors);
  // The rules decide; the tagger (ner-model.ts) adds what it is sure of (mergeWithModel).
  // the tagger learnt English capitalisation; in German every noun is capitalised
  if (mode === 'rules+tagger' && sentences.length && notEnglishForTheTagger(text.slice(sentences[0]!.start, sentences[sentences.length - 1]!.end))) mode = 'rules';
  candidates.push(...(mode === 'rules' ? rules : mode === 'tagger' ? modelOnly(text, modelMentions(text, sentences, exclude, rules)) : mergeWithModel(text, rules, modelMentions(text, sentences, exclude, rules))));
  const clusters = clusterCandidates(text, candidates);
  // sentences are in text order: a binary search (a linear scan per mention was quadratic)
  const sentenceOf = (pos: number) => rangeAt(sentences, pos);
  attachRoles(text, clusters, sentenceOf);
  return clusters;
}
