/**
 * Tokens and features of the name tagger (an averaged perceptron, see ner-model.ts). The
 * training script and the runtime share these functions, so the model sees the same
 * features in both.
 */
import { flagsOf } from '../../lexicon/index.js';
import { ORG_HEADS } from '../../lexicon/en/organisations.js';
import { ROLE_NOUNS, HONORIFICS } from '../../lexicon/en/roles.js';
import { speechVerbBase } from '../../lexicon/en/speech.js';
import { canonicalAgency } from '../../lexicon/shared/agencies.js';
import { TAGGER_NAME_PARTICLE as PARTICLE, TOKEN_ABBREVIATION } from '../../lexicon/patterns.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Features from outside the tagger: what the rules made of this token (ruleFeatures). */
  rules?: readonly string[];
}

// words (with inner apostrophes, periods, hyphens: "U.S.", "O'Neil", "Abu-Dhabi"), numbers,
// a possessive "'s" apart, any other symbol alone
const TOKEN = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?!s\b)[\p{L}]|[.\-&](?=[\p{L}\p{N}]))*\.?(?<=\p{L}\.|[\p{L}\p{M}\p{N}])|\p{N}+(?:[.,:/-]\p{N}+)*|['’]s\b|\S/gu;

/** Tokens of text[start, end), CoNLL-like: punctuation apart, "'s" apart. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    let t = m[0];
    // a sentence-final period is its own token unless the word is an abbreviation/initial
    if (t.length > 2 && t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !TOKEN_ABBREVIATION.test(t)) {
      t = t.slice(0, -1);
      TOKEN.lastIndex = m.index + t.length;
    }
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t });
  }
  return out;
}

/** Whether the tagger reads a token at all: a capital or digit first, or a name particle
 *  ("van", "bin", "&"); every other token is outside any name. */
export function taggable(text: string): boolean {
  return /^[\p{Lu}\d]/u.test(text) || PARTICLE.test(text);
}

/** Word shape: runs of character classes, e.g. "Xx", "X", "x-x", "d", "Xx.". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII without regular expressions (most tokens); the rest by Unicode class
    const c =
      code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd'
        : ch === '-' || ch === '.' || ch === "'" || ch === '’' || ch === '&' ? ch
          : code < 128 ? '#' : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'L' : '#';
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** What the whole document says about words: lower-cased forms it writes in lower case, and
 *  words it writes capitalised in mid-sentence. */
export interface DocWords {
  lower: ReadonlySet<string>;
  midCap: ReadonlySet<string>;
  /** For a capitalised word: the words before and after its occurrences in the article. */
  around: ReadonlyMap<string, { before: Set<string>; after: Set<string> }>;
}

/** Collect DocWords over the sentences (token lists) of one document. */
export function docWords(sentences: readonly Token[][]): DocWords {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  const around = new Map<string, { before: Set<string>; after: Set<string> }>();
  for (const s of sentences) {
    // a sentence without a letter counts as all capitals (as every() of nothing is true)
    let allCaps = true;
    for (const t of s) {
      if (/\p{L}/u.test(t.text) && t.text !== t.text.toUpperCase()) {
        allCaps = false;
        break;
      }
    }
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!.text;
      if (/^\p{Ll}/u.test(w)) {
        lower.add(w);
        continue;
      }
      if (allCaps || !/^\p{Lu}/u.test(w)) continue;
      const k = w.toLowerCase();
      if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w)) midCap.add(k);
      let a = around.get(k);
      if (!a) around.set(k, (a = { before: new Set<string>(), after: new Set<string>() }));
      if (i > 0) a.before.add(s[i - 1]!.text.toLowerCase());
      if (i + 1 < s.length) a.after.add(s[i + 1]!.text.toLowerCase());
    }
  }
  return { lower, midCap, around };
}

const lexClass = (lower: string): string => {
  const f = flagsOf(lower);
  return f ? f : '-';
};

/** Per-token values every feature of a sentence reuses (computed once per sentence). */
export interface Prepared {
  lower: string[];
  shape: string[];
  lex: string[];
}

/** Lower-case forms, shapes and lexicon classes of a sentence's tokens. */
export function prepare(tokens: readonly Token[]): Prepared {
  const lower = tokens.map((t) => t.text.toLowerCase());
  return { lower, shape: tokens.map((t) => shape(t.text)), lex: lower.map(lexClass) };
}

/** Features of token i (the previous tags are added by the tagger): those of the word
 *  itself (the same wherever it stands in the article) and those of its context. */
export function tokenFeatures(tokens: readonly Token[], i: number, doc: DocWords, allCaps: boolean, prep: Prepared = prepare(tokens)): string[] {
  return [...wordFeatures(tokens[i]!.text, prep.lower[i]!, prep.shape[i]!, prep.lex[i]!, doc, allCaps), ...contextFeatures(tokens, i, prep, doc)];
}

/** Features of the word alone, given the article (cacheable per word and capitals flag). */
export function wordFeatures(w: string, l: string, sh: string, lex: string, doc: DocWords, allCaps: boolean): string[] {
  const f: string[] = [BIAS.prefix, WORD.prefix + l, SHAPE.prefix + sh, P1.prefix + l.slice(0, 1), P3.prefix + l.slice(0, 3), S2.prefix + l.slice(-2), S3.prefix + l.slice(-3), S4.prefix + l.slice(-4), LEX.prefix + lex];
  if (allCaps) f.push(CAPS_WORD.prefix + l, CAPS.prefix);
  if (doc.lower.has(l)) f.push(DOC_LOWER.prefix);
  if (doc.midCap.has(l)) f.push(DOC_MIDCAP.prefix);
  if (ORG_HEADS.has(l)) f.push(ORGHEAD.prefix);
  if (ROLE_NOUNS.has(l)) f.push(ROLE.prefix);
  if (w.length > 2 && canonicalAgency(w)) f.push(AGENCY.prefix);
  if (w.length === 1) f.push(LEN1.prefix);
  return f;
}

/** The name part of a feature ("pw=", "sh|nsh=", or a whole feature such as "caps"),
 *  numbered so that the tagger can keep a memo per template in an array. Every feature is
 *  named by a template: the model's fingerprint (ner-fingerprint.ts) lists their names. */
export interface FeatureTemplate {
  readonly prefix: string;
  readonly id: number;
}

/** Every template, by id. */
export const TEMPLATES: FeatureTemplate[] = [];
/** A new template, numbered after the others. */
export const template = (prefix: string): FeatureTemplate => {
  const t = { prefix, id: TEMPLATES.length };
  TEMPLATES.push(t);
  return t;
};
// the word's own features (wordFeatures)
const BIAS = template('b');
const WORD = template('w=');
const SHAPE = template('sh=');
const P1 = template('p1=');
const P3 = template('p3=');
const S2 = template('s2=');
const S3 = template('s3=');
const S4 = template('s4=');
const LEX = template('lex=');
const CAPS_WORD = template('caps|w=');
const CAPS = template('caps');
const DOC_LOWER = template('doc-lower');
const DOC_MIDCAP = template('doc-midcap');
const ORGHEAD = template('orghead');
const ROLE = template('role');
const AGENCY = template('agency');
const LEN1 = template('len1');
// the context's (emitContextFeatures)
const PW = template('pw=');
const NW = template('nw=');
const PW2 = template('pw2=');
const NW2 = template('nw2=');
const PSH = template('psh=');
const NSH = template('nsh=');
const PLEX = template('plex=');
const NLEX = template('nlex=');
const SH_NSH = template('sh|nsh=');
const PSH_SH = template('psh|sh=');
const PAREN = template('paren');
const FIRST = template('first');
const FIRST_ONLY = template('first-only');
const AB = template('ab=');
const AA = template('aa=');
const N_ORGHEAD = template('n-orghead');
const N2_ORGHEAD = template('n2-orghead');
const P_ROLE = template('p-role');
const N_SPEECH = template('n-speech');
const P_SPEECH = template('p-speech');
/** The rules' features (setRuleFeatures), whole strings after an empty name. */
const RULE = template('');
// what setRuleFeatures writes into those strings
const RULE_LABEL = template('r=');
const RULE_METHOD = template('rm=');
const RULE_PREVIOUS = template('r-1=');
const RULE_NEXT = template('r+1=');

/**
 * Receives one feature as its parts: the feature is `template.prefix + a`, or
 * `template.prefix + a + '|' + b` when b is given. The tagger looks rows up by the parts
 * (no string built per token).
 */
export type EmitFeature = (template: FeatureTemplate, a: string, b?: string) => void;

/** Features of the token's place: its neighbours, the sentence start, the article's other uses. */
export function contextFeatures(tokens: readonly Token[], i: number, prep: Prepared, doc?: DocWords): string[] {
  const f: string[] = [];
  emitContextFeatures(tokens, i, prep, doc, (t, a, b) => f.push(b === undefined ? t.prefix + a : `${t.prefix}${a}|${b}`));
  return f;
}

/** The context features of token i, one `emit` call each, in the order contextFeatures lists them. */
export function emitContextFeatures(tokens: readonly Token[], i: number, prep: Prepared, doc: DocWords | undefined, emit: EmitFeature): void {
  const w = tokens[i]!.text;
  const l = prep.lower[i]!;
  // bounds checked, not `?? '<s>'`: reading index -1 leaves V8's fast path
  const n = tokens.length;
  const prevRaw = i > 0 ? tokens[i - 1]!.text : '<s>';
  const nextRaw = i + 1 < n ? tokens[i + 1]!.text : '</s>';
  const prev = i > 0 ? prep.lower[i - 1]! : '<s>';
  const next = i + 1 < n ? prep.lower[i + 1]! : '</s>';
  const prev2 = i > 1 ? prep.lower[i - 2]! : '<s>';
  const next2 = i + 2 < n ? prep.lower[i + 2]! : '</s>';
  const sh = prep.shape[i]!;
  const psh = i > 0 ? prep.shape[i - 1]! : START_SHAPE;
  const nsh = i + 1 < tokens.length ? prep.shape[i + 1]! : END_SHAPE;
  emit(PW, prev);
  emit(NW, next);
  emit(PW2, prev2);
  emit(NW2, next2);
  emit(PSH, psh);
  emit(NSH, nsh);
  emit(PLEX, i > 0 ? prep.lex[i - 1]! : '-');
  emit(NLEX, i + 1 < n ? prep.lex[i + 1]! : '-');
  emit(SH_NSH, sh, nsh);
  emit(PSH_SH, psh, sh);
  if (prevRaw === '(' || nextRaw === ')') emit(PAREN, '');
  if (i === 0) {
    emit(FIRST, '');
    if (doc && /^\p{Lu}/u.test(w) && !doc.lower.has(l) && !doc.midCap.has(l)) emit(FIRST_ONLY, '');
  }
  // what the word's other occurrences stand next to ("Mr Kato" once makes "Kato" a person)
  const ctx = doc?.around.get(l);
  if (ctx) {
    // the first four of each set: stop there (a frequent word's sets hold thousands)
    let k = 0;
    for (const b of ctx.before) {
      if (k === 4) break;
      if (b === prev) continue;
      emit(AB, b);
      k++;
    }
    k = 0;
    for (const a of ctx.after) {
      if (k === 4) break;
      if (a === next) continue;
      emit(AA, a);
      k++;
    }
  }
  if (ORG_HEADS.has(next)) emit(N_ORGHEAD, '');
  if (ORG_HEADS.has(next2)) emit(N2_ORGHEAD, '');
  if (ROLE_NOUNS.has(prev) || HONORIFICS.has(prev.endsWith('.') ? prev.slice(0, -1) : prev)) emit(P_ROLE, '');
  if (speechVerbBase(next)) emit(N_SPEECH, '');
  if (speechVerbBase(prev)) emit(P_SPEECH, '');
  for (const r of tokens[i]!.rules ?? []) emit(RULE, r);
}

/** A rule candidate as the tagger sees it: a range with a type and the rule that typed it. */
export interface RuleSpan {
  start: number;
  end: number;
  type: string;
  method: string;
}

/**
 * Set each token's `rules` features from the rule candidates: the reading of the token
 * ("r=B-person"), the rule that made it ("rm=title|B"), and the readings of its neighbours.
 * The tagger learns on CoNLL how far each rule is to be trusted (stacking).
 */
export function setRuleFeatures(tokens: readonly Token[], rules: readonly RuleSpan[]): void {
  const label: string[] = [];
  const method: string[] = [];
  // the first rule (in the given order) containing each token, by one sweep: rules by start,
  // the ones still open at the token kept aside (a scan of all rules per token was quadratic
  // on a 1 MB sentence)
  const byStart = rules.map((_, k) => k).sort((a, b) => rules[a]!.start - rules[b]!.start);
  let next = 0;
  let open: number[] = [];
  tokens.forEach((t, i) => {
    while (next < byStart.length && rules[byStart[next]!]!.start <= t.start) open.push(byStart[next++]!);
    if (open.length) open = open.filter((k) => rules[k]!.end > t.start);
    let first = -1;
    for (const k of open) if (t.end <= rules[k]!.end && (first < 0 || k < first)) first = k;
    const r = first >= 0 ? rules[first] : undefined;
    // inside the candidate after its first token (tokens are in order: the previous one tells)
    const bi = r && i > 0 && tokens[i - 1]!.start >= r.start ? 'I' : 'B';
    label.push(r ? `${bi}-${r.type}` : 'O');
    method.push(r ? `${r.method}|${bi}` : 'none');
  });
  tokens.forEach((t, i) => {
    // only the tokens the tagger reads get features (1 MB of quote marks is a million tokens)
    if (!taggable(t.text)) return;
    t.rules = [RULE_LABEL.prefix + label[i], RULE_METHOD.prefix + method[i], RULE_PREVIOUS.prefix + (i > 0 ? label[i - 1] : '<s>'), RULE_NEXT.prefix + (i + 1 < label.length ? label[i + 1] : '</s>')];
  });
}

const START_SHAPE = shape('<s>');
const END_SHAPE = shape('</s>');
