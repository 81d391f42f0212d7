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
import { candidatesInSentence, isLoneWord, LONE_WORD_RULES, ORGANIZATION_RULES, PERSON_RULES, type Candidate, type OrganizationRule, type PersonRule } from './candidates.js';
import { clusterCandidates, type EntityCluster } from './cluster.js';
import { attachRoles } from './roles.js';
import { docWords, setRuleFeatures, tokenize, type Token } from './ner-features.js';
import { mentionsOf, tagDocument } from './ner-model.js';
import { bucketBySentence, overlapFinder, rangeAt, withoutOverlaps } from '../../ranges.js';
import { plainlyNotEnglish } from '../language/detect.js';

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

/**
 * The tagger's margin (best class over the runner-up, in perceptron units) above which its
 * reading stands against the rules' silence or a weak rule. Chosen on CoNLL testa, the
 * worldwide set, the fixtures and the seed: lower values gain CoNLL organisations (sports
 * clubs) and lose as many on worldwide news and the fixtures.
 */
const SURE_MARGIN = 35;
/** The margin that suffices in a results table or an all-capital line. */
const TABLE_MARGIN = 0;
/** The margin at which the tagger's ORG overrides a bare two-capitalised-words person guess. */
const NAME_SHAPE_ORG_MARGIN = 30;

/** Whether the last word of a multi-word candidate also stands elsewhere in the text (a surname); false for one word. */
function lastWordRecurs(text: string, r: TextRange): boolean {
  const words = text.slice(r.start, r.end).split(' ');
  if (words.length < 2) return true;
  const last = words[words.length - 1]!;
  for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
    if (i >= r.start && i < r.end) continue;
    if (!/\p{L}/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + last.length] ?? ' ')) return true;
  }
  return false;
}

/** A name the tagger found: its CoNLL type, its margin over the runner-up, in a table or all-capital line or not. */
interface ModelMention extends TextRange {
  type: string;
  margin: number;
  inTable: boolean;
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

/** How much a rule's decision is worth against the tagger's. */
const STRONG_RULE_NAMES = ['agency', 'quoted-name', 'org-head', 'title', 'first-name', 'lexicon'] as const satisfies ReadonlyArray<PersonRule | OrganizationRule>;
const STRONG_RULES: ReadonlySet<string> = new Set(STRONG_RULE_NAMES);
/** A person rule the tagger can overrule: mergeWithModel retypes its name as an organisation. */
const isWeakPersonRule = (rule: PersonRule): rule is Exclude<PersonRule, (typeof STRONG_RULE_NAMES)[number]> => !STRONG_RULES.has(rule);

/** A person rule that can begin a person (clustering gives a lone word to a person named in full). */
const isClusterRule = (rule: PersonRule): rule is Exclude<PersonRule, (typeof LONE_WORD_RULES)[number]> => !(LONE_WORD_RULES as readonly string[]).includes(rule);

/** Every `method` of a person in the record: the rule that found the name first, or 'model' (the tagger). */
export const PERSON_METHODS = [...PERSON_RULES.filter(isClusterRule), 'model' as const];
/** Every `method` of an organisation in the record: the rule, 'model', or a weak person rule
 *  whose name the tagger surely reads as an organisation's, with "+model" ('name-shape+model'). */
export const ORGANIZATION_METHODS = [...ORGANIZATION_RULES, 'model' as const, ...PERSON_RULES.filter(isWeakPersonRule).map((rule) => `${rule}+model` as const)];
/** Every `method` of an entity: PERSON_METHODS and ORGANIZATION_METHODS. */
export const ENTITY_METHODS = [...new Set([...PERSON_METHODS, ...ORGANIZATION_METHODS])];
export type PersonMethod = (typeof PERSON_METHODS)[number];
export type OrganizationMethod = (typeof ORGANIZATION_METHODS)[number];
export type EntityMethod = (typeof ENTITY_METHODS)[number];

/**
 * Combine the rule candidates with the tagger's mentions (the tagger has seen the rules'
 * readings as features): a weak rule candidate (a name by shape alone, a single word) that
 * the tagger surely reads as a place or other name is dropped, or takes the tagger's type;
 * the tagger's people and organisations that no rule found are added where it is sure of
 * them, and wherever it reads the same name the same way in the article.
 */
function mergeWithModel(text: string, rules: readonly Candidate[], model: readonly ModelMention[]): Candidate[] {
  const names = [...model].sort((a, b) => a.start - b.start);
  const sure = (x: ModelMention, margin: number) => x.margin >= (x.inTable ? TABLE_MARGIN : margin);
  const out: Candidate[] = [];
  const overlapping = overlapFinder(names);
  for (const r of rules) {
    const m = overlapping(r);
    if (!STRONG_RULES.has(r.method) && m.length) {
      const same = m.find((x) => x.start === r.start && x.end === r.end);
      const covering = m.filter((x) => x.start <= r.start && x.end >= r.end);
      // a place or other name, surely, by the tagger, over the whole candidate
      if (covering.length && covering.every((x) => (x.type === 'LOC' || x.type === 'MISC') && sure(x, SURE_MARGIN)) && !m.some((x) => x.type === 'PER' || x.type === 'ORG')) continue;
      // a two-word "name" the tagger reads as a club or company ("Lada Togliatti", "Cincinnati Reds"),
      // unless its last word recurs alone, as a surname does ("Raila Odinga … Odinga met")
      if (same && r.type === 'person' && same.type === 'ORG' && (sure(same, SURE_MARGIN) || (r.method === 'name-shape' && same.margin >= NAME_SHAPE_ORG_MARGIN && !lastWordRecurs(text, r)))) {
        out.push({ ...r, type: 'organization', method: `${r.method}+model` });
        continue;
      }
    }
    out.push(r);
  }
  // a name the tagger is sure of somewhere is that kind of name wherever it reads it so
  const key = (m: ModelMention) => `${m.type}|${text.slice(m.start, m.end)}`;
  const sureNames = new Set(names.filter((m) => sure(m, SURE_MARGIN)).map(key));
  const fromRules = overlapFinder([...out].sort((a, b) => a.start - b.start));
  const dropped = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const m of names) {
    if ((m.type !== 'PER' && m.type !== 'ORG') || !(sure(m, SURE_MARGIN) || sureNames.has(key(m)))) continue;
    // "the Association": a head noun after "the" refers back to an organisation (clustering)
    if (m.type === 'ORG' && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && !/\s/.test(text.slice(m.start, m.end))) continue;
    // a lone word the rules only kept in case a full name claims it does not block the tagger
    const hit = fromRules(m).filter((r) => !dropped.has(r));
    if (hit.some((r) => !isLoneWord(r))) continue;
    for (const r of hit) dropped.add(r);
    added.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type === 'PER' ? 'person' : 'organization', title: null, method: 'model', sentenceInitial: false });
  }
  return [...out.filter((r) => !dropped.has(r)), ...added];
}

/** The tagger's people and organisations alone (for evaluation). */
function modelOnly(text: string, model: readonly ModelMention[]): Candidate[] {
  return model.filter((m) => m.type === 'PER' || m.type === 'ORG').map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type === 'PER' ? ('person' as const) : ('organization' as const), title: null, method: 'model', sentenceInitial: false }));
}

/** Name mentions the tagger finds in the sentences (all four CoNLL types). */
function modelMentions(text: string, sentences: readonly Sentence[], exclude: readonly TextRange[], rules: readonly Candidate[]): ModelMention[] {
  const inRange = bucketBySentence(sentences, rules, (r) => r);
  const excluded = bucketBySentence(sentences, exclude, (r) => r);
  const toks: Token[][] = sentences.map((s, i) => {
    // a sentence with no letter or digit has nothing to tag and no word to count
    if (!/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))) return [];
    const ex = excluded[i]!;
    const all = tokenize(text, s.start, s.end);
    const tokens = ex.length ? withoutOverlaps(all, ex) : all;
    setRuleFeatures(tokens, inRange[i]!);
    return tokens;
  });
  const dw = docWords(toks);
  const margins: number[][] = [];
  const tags = tagDocument(toks, dw, margins);
  const out: ModelMention[] = [];
  toks.forEach((t, i) => {
    const mentions = mentionsOf(t, tags[i]!);
    const inTable = mentions.length > 0 && tableLike(t);
    for (const m of mentions) {
      let margin = Infinity;
      for (let k = m.first; k <= m.last; k++) margin = Math.min(margin, margins[i]![k] ?? Infinity);
      out.push({ start: m.start, end: m.end, type: m.type, margin, inTable });
    }
  });
  return out;
}

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
  if (mode === 'rules+tagger' && sentences.length && plainlyNotEnglish(text.slice(sentences[0]!.start, sentences[sentences.length - 1]!.end))) mode = 'rules';
  candidates.push(...(mode === 'rules' ? rules : mode === 'tagger' ? modelOnly(text, modelMentions(text, sentences, exclude, rules)) : mergeWithModel(text, rules, modelMentions(text, sentences, exclude, rules))));
  const clusters = clusterCandidates(text, candidates);
  // sentences are in text order: a binary search (a linear scan per mention was quadratic)
  const sentenceOf = (pos: number) => rangeAt(sentences, pos);
  attachRoles(text, clusters, sentenceOf);
  return clusters;
}
