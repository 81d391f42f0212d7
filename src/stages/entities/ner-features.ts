/**
 * Tokens and features of the name tagger (ner-model.ts). A feature is a template and one or
 * two values; values are ids in the model's vocabulary (Vocabulary), so the tagger looks a
 * feature up by integers (ner-feature-index.ts), never by a string built per token. The
 * training script and the runtime call the same functions, with a vocabulary that grows
 * (training) or answers -1 for a value the model never saw (runtime: the feature is absent).
 */
import { flagsOf } from '../../lexicon/index.js';
import { ORG_HEADS } from '../../lexicon/en/organisations.js';
import { ROLE_NOUNS, HONORIFICS } from '../../lexicon/en/roles.js';
import { LOCATIVE_PREPOSITIONS, PLACE_HEADS } from '../../lexicon/en/places.js';
import { TAGGER_NAME_JOINERS } from '../../lexicon/en/names.js';
import { TITLE_CASE_SMALL_WORDS } from '../../lexicon/en/clauses.js';
import { speechVerbBase } from '../../lexicon/en/speech.js';
import { canonicalAgency } from '../../lexicon/shared/agencies.js';
import { JOINED_NAME_PARTICLE, TOKEN_ABBREVIATION } from '../../lexicon/patterns.js';
import { knownTags } from './known-entities.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** What the rules made of this token (setRuleFeatures): its reading ("B-person"), the rule
   *  and B/I ("title|B"), the readings of the previous and next token. */
  rules?: readonly [string, string, string, string];
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
    // `rules` made here though set later (setRuleFeatures): every token has one shape, so the
    // tagger's reads of a token stay monomorphic and setting it allocates nothing
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t, rules: undefined });
  }
  return out;
}

const isCapital = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(text));
};

/** Whether the tagger may read a token whatever its neighbours: a capital or a digit first. */
export function taggable(text: string): boolean {
  const c = text.charCodeAt(0);
  // ASCII first (most tokens)
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return /^[\p{Lu}\p{N}]/u.test(text);
}

/** The readable tokens of each token list seen (setRuleFeatures and the tagger both ask). */
const READABLE = new WeakMap<readonly Token[], Uint8Array>();

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/**
 * Which tokens the tagger reads (1) in a sentence: those with a capital or digit first, and
 * between parts of a name the small words and particles that join them ("Bank of England",
 * "Osama bin Laden", "Uganda 's Supreme Court"), and the marks and syllables of text
 * tokenised with spaces ("Kim Hee - sun", "Mustafa al - Kadhimi", "James O ’ Brien",
 * "K . Will") or of a nickname ("Luis ‘ Buba ’ López"). Every other token is outside any
 * name (most tokens: the tagger never scores them).
 */
export function readableTokens(tokens: readonly Token[]): Uint8Array {
  const seen = READABLE.get(tokens);
  if (seen && seen.length === tokens.length) return seen;
  const n = tokens.length;
  const out = new Uint8Array(n);
  READABLE.set(tokens, out);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    if (taggable(t)) {
      out[i] = 1;
      continue;
    }
    // only after a token the tagger reads, before a word
    if (i === 0 || i + 1 >= n || !out[i - 1]) continue;
    const prev = tokens[i - 1]!.text;
    const next = tokens[i + 1]!.text;
    if (JOINED_NAME_PARTICLE.test(t)) {
      // "Ahmed al-Sharif": after a part of a name only ("al-Qaeda" alone is no person's)
      if (isCapital(prev)) out[i] = 1;
    } else if (TAGGER_NAME_JOINERS.has(t.toLowerCase())) {
      // a capitalised word next, or after one more small word or a hyphen ("of the", "van
      // der", "al - Kadhimi")
      const after = i + 2 < n ? tokens[i + 2]!.text : '';
      if (isCapital(next) || ((TAGGER_NAME_JOINERS.has(next) || next === '-') && /^\p{L}/u.test(after) && (isCapital(after) || TAGGER_NAME_JOINERS.has(after) || next === '-'))) out[i] = 1;
    } else if (t === '-' || t === '‐' || QUOTE_MARKS.has(t)) {
      if (/^\p{L}/u.test(next) && /\p{L}$/u.test(prev)) out[i] = 1;
    } else if (t === '.') {
      // an initial spaced from its period: "K . Will"
      if (prev.length === 1 && isCapital(prev) && isCapital(next)) out[i] = 1;
    } else if (i > 1 && (((prev === '-' || prev === '‐') && /^\p{Ll}{1,8}$/u.test(t)) || (QUOTE_MARKS.has(prev) && /^\p{Ll}{1,2}$/u.test(t)))) {
      // a lower-case syllable after such a mark: "Hee - sun", "Imad - ul - Mulk", "Abu ’ l - Fath"
      out[i] = 1;
    }
  }
  return out;
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

/** Prepositions of place ("in Amethi", "from Garissa"), as a set. */
const LOCATIVE_PREPOSITION_SET: ReadonlySet<string> = new Set(LOCATIVE_PREPOSITIONS);

const START = '<s>';
const END = '</s>';

/** How a sentence is cased: prose, a headline in title case, or all capitals. Capitals say
 *  little about names in the last two. */
export const enum Casing {
  Prose = 0,
  Title = 1,
  Caps = 2,
}
const CASING_NAMES = ['prose', 'title', 'caps'] as const;

/** The casing of a sentence: all capitals (three letter words or more, none in lower case);
 *  title case (five words or more, every word capitalised but small function words); prose. */
export function casingOf(tokens: readonly Token[]): Casing {
  const known = CASINGS.get(tokens);
  if (known !== undefined) return known;
  let words = 0;
  let smallLower = 0;
  let upperOnly = true;
  let casing: Casing | null = null;
  for (const t of tokens) {
    const w = t.text;
    const c = w.charCodeAt(0);
    const lowerFirst = c >= 97 && c <= 122;
    const letter = lowerFirst || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(w[0]!));
    if (!letter) continue;
    words++;
    if (lowerFirst || (c > 127 && w[0] !== w[0]!.toUpperCase())) {
      // a lower-case word other than a small one: prose (most sentences say so early)
      if (!TITLE_CASE_SMALL_WORDS.has(w)) {
        casing = Casing.Prose;
        break;
      }
      smallLower++;
      upperOnly = false;
    } else if (upperOnly && w !== w.toUpperCase()) upperOnly = false;
  }
  casing ??= words > 2 && upperOnly ? Casing.Caps : words - smallLower >= 5 ? Casing.Title : Casing.Prose;
  CASINGS.set(tokens, casing);
  return casing;
}

/** The casing of each sentence seen (docWords and prepare both ask). */
const CASINGS = new WeakMap<readonly Token[], Casing>();

/** What the whole document says about words: lower-cased forms it writes in lower case, and
 *  words it writes capitalised in mid-sentence. */
export interface DocWords {
  lower: ReadonlySet<string>;
  midCap: ReadonlySet<string>;
  /** For a capitalised word: the words before and after its occurrences in the article. */
  around: ReadonlyMap<string, { before: Set<string>; after: Set<string> }>;
  /** For a capitalised word: what stands next to any of its occurrences (DOC_CUES). */
  cues: ReadonlyMap<string, Set<string>>;
}

/**
 * What the words next to a capitalised word say of it, gathered over the article: after a
 * title or honorific ("Mr Tagore", "President Ruto"), after a preposition of place ("in
 * Amethi"), before an organisation head ("Douban Group"), before a speech verb ("Denis said"),
 * before a place head ("Gandaki river"). A name is the same kind of name throughout: one
 * telling neighbour anywhere speaks for every occurrence.
 */
function cuesAround(prev: string, next: string): string[] {
  const out: string[] = [];
  const p = prev.endsWith('.') ? prev.slice(0, -1) : prev;
  if (HONORIFICS.has(p) || ROLE_NOUNS.has(p)) out.push('title');
  if (LOCATIVE_PREPOSITION_SET.has(p)) out.push('place-prep');
  if (ORG_HEADS.has(next)) out.push('org-head');
  if (PLACE_HEADS.has(next)) out.push('place-head');
  if (speechVerbBase(next)) out.push('speech');
  if (next === "'s" || next === '’s') out.push('possessive');
  return out;
}

/** Collect DocWords over the sentences (token lists) of one document; headlines in capitals
 *  or title case tell nothing of which words are names. */
export function docWords(sentences: readonly Token[][]): DocWords {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  const around = new Map<string, { before: Set<string>; after: Set<string> }>();
  const cues = new Map<string, Set<string>>();
  for (const s of sentences) {
    const prose = casingOf(s) === Casing.Prose;
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!.text;
      const c = w.charCodeAt(0);
      // ASCII by code (most tokens), the rest by Unicode class
      const upper = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
      if (c < 128 ? c >= 97 && c <= 122 : !upper && /^\p{Ll}/u.test(w)) {
        lower.add(w);
        continue;
      }
      if (!prose || !upper) continue;
      const k = w.toLowerCase();
      if (i > 0 && w.length > 1 && /^.\p{Ll}/u.test(w)) midCap.add(k);
      let a = around.get(k);
      if (!a) around.set(k, (a = { before: new Set<string>(), after: new Set<string>() }));
      const prev = i > 0 ? s[i - 1]!.text.toLowerCase() : START;
      const next = i + 1 < s.length ? s[i + 1]!.text.toLowerCase() : END;
      if (i > 0) a.before.add(prev);
      if (i + 1 < s.length) a.after.add(next);
      for (const c of cuesAround(prev, next)) {
        let set = cues.get(k);
        if (!set) cues.set(k, (set = new Set()));
        set.add(c);
      }
    }
  }
  return { lower, midCap, around, cues };
}

/** A feature value's id in the model's vocabulary; -1 when the model has none such (the
 *  runtime then leaves the feature out). Training's vocabulary adds every value it is asked. */
export type Vocabulary = (value: string) => number;

/** Receives one feature: template number and value ids (b is -1 for one value). */
export type EmitFeature = (template: number, a: number, b: number) => void;

/** The name part of a feature ("pw=", "sh|nsh=", or a flag such as "caps"), numbered; every
 *  feature is named by a template: the model's fingerprint (ner-fingerprint.ts) lists them. */
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
/** The value of a flag (a feature without a value): the empty string, id 0 in every vocabulary. */
export const FLAG = '';

// the word's own features (wordFeatures): the same wherever it stands in a sentence so cased
const BIAS = template('b').id;
const WORD = template('w=').id;
const SHAPE = template('sh=').id;
const P1 = template('p1=').id;
const P2 = template('p2=').id;
const P3 = template('p3=').id;
const P4 = template('p4=').id;
const S1 = template('s1=').id;
const S2 = template('s2=').id;
const S3 = template('s3=').id;
const S4 = template('s4=').id;
const LEX = template('lex=').id;
const CASING_WORD = template('sc|w=').id;
const CASING_SHAPE = template('sc|sh=').id;
const ORGHEAD = template('orghead').id;
const ROLE = template('role').id;
const AGENCY = template('agency').id;
const LEN1 = template('len1').id;
// the article's (docWordFeatures): the same wherever the word stands in the article
const DOC_LOWER = template('doc-lower').id;
const DOC_MIDCAP = template('doc-midcap').id;
const AB = template('ab=').id;
const AA = template('aa=').id;
const DOC_CUE = template('doc-cue=').id;
// the context's (contextFeatures)
const PW = template('pw=').id;
const NW = template('nw=').id;
const PW2 = template('pw2=').id;
const NW2 = template('nw2=').id;
const PW_W = template('pw|w=').id;
const W_NW = template('w|nw=').id;
const PSH = template('psh=').id;
const NSH = template('nsh=').id;
const PLEX = template('plex=').id;
const NLEX = template('nlex=').id;
const SH_NSH = template('sh|nsh=').id;
const PSH_SH = template('psh|sh=').id;
const CASING = template('sc=').id;
const PAREN = template('paren').id;
const FIRST = template('first').id;
const FIRST_ONLY = template('first-only').id;
const N_ORGHEAD = template('n-orghead').id;
const N2_ORGHEAD = template('n2-orghead').id;
const P_ROLE = template('p-role').id;
const N_SPEECH = template('n-speech').id;
const P_SPEECH = template('p-speech').id;
const KNOWN = template('kb=').id;
const KNOWN_KIND = template('kb-kind=').id;
const RUN_BEFORE = template('run-before=').id;
const RUN_AFTER = template('run-after=').id;
const RULE_LABEL = template('r=').id;
const RULE_METHOD = template('rm=').id;
const RULE_PREVIOUS = template('r-1=').id;
const RULE_NEXT = template('r+1=').id;
// the second pass's (labelFeatures): what the first pass made of the word elsewhere in the article
const D1 = template('d1=').id;
const D1_SH = template('d1|sh=').id;
const D1_PREVIOUS = template('d1-1=').id;
const D1_NEXT = template('d1+1=').id;

/** compromise's flags of a lower-case word, '-' when it has none. */
const lexClass = (lower: string): string => flagsOf(lower) || '-';

/** What a word says of its neighbour (bits of TokenCode.cues): an organisation's head word
 *  next ("Douban Group"), a role or honorific before ("President Ruto", "Mr. Kato"), a speech
 *  verb next or before. The sentence's ends ("<s>", "</s>") are none of these. */
const enum NeighbourCue {
  OrgHead = 1,
  RoleBefore = 2,
  Speech = 4,
}

/** The NeighbourCue bits of a lower-case word. */
function neighbourCues(lower: string): number {
  return (ORG_HEADS.has(lower) ? NeighbourCue.OrgHead : 0)
    | (ROLE_NOUNS.has(lower) || HONORIFICS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) ? NeighbourCue.RoleBefore : 0)
    | (speechVerbBase(lower) ? NeighbourCue.Speech : 0);
}

/** A token's lower-case form, the vocabulary ids of that form, its shape and its lexicon
 *  class (-1: a value the model lacks), and what it says of its neighbours (NeighbourCue). */
export interface TokenCode {
  lower: string;
  low: number;
  shape: number;
  lex: number;
  cues: number;
}

/** Codes a token's text (the runtime memoises it: the same words recur across articles). */
export type TokenCoder = (text: string) => TokenCode;

/** A coder reading `vocab` afresh for every token. */
export const tokenCoder = (vocab: Vocabulary): TokenCoder => (text) => {
  const lower = text.toLowerCase();
  return { lower, low: vocab(lower), shape: vocab(shape(text)), lex: vocab(lexClass(lower)), cues: neighbourCues(lower) };
};

/** Per-token values every feature of a sentence reuses (computed once per sentence). */
export interface Prepared {
  lower: string[];
  /** Vocabulary ids of the lower-case forms, shapes and lexicon classes (-1: unknown). */
  low: Int32Array;
  shape: Int32Array;
  lex: Int32Array;
  /** NeighbourCue bits of each token (those within two of a read token). */
  cues: Uint8Array;
  casing: Casing;
  /** The tokens the tagger reads (readableTokens). */
  readable: Uint8Array;
  /** Vocabulary ids of the token before and after the run of read tokens (a list of names
   *  joined by commas included) that token i stands in: "the Koshi, Gandaki and Karnali
   *  rivers", "in Murmansk", "Ruto said". */
  before: Int32Array;
  after: Int32Array;
  /** The knowledge list's reading of each token ("B-organization|agency"), or null. */
  known: Array<string | null>;
  /** Ids of the values every sentence uses: its ends, "no lexicon class", its casing. */
  ids: { start: number; end: number; noLex: number; casing: number };
}

/** Lower-case forms, shapes, lexicon classes, runs and known names of a sentence's tokens, as
 *  ids of `vocab` (each token coded by `code`, the same values `vocab` gives). */
export function prepare(tokens: readonly Token[], vocab: Vocabulary, code: TokenCoder = tokenCoder(vocab), readable: Uint8Array = readableTokens(tokens)): Prepared {
  const n = tokens.length;
  const lower: string[] = new Array(n).fill('');
  // the five id columns share one buffer: a typed array per column per sentence showed in profiles
  const columns = new Int32Array(5 * n).fill(-1);
  const low = columns.subarray(0, n);
  const shp = columns.subarray(n, 2 * n);
  const lex = columns.subarray(2 * n, 3 * n);
  const before = columns.subarray(3 * n, 4 * n);
  const after = columns.subarray(4 * n);
  const cues = new Uint8Array(n);
  // only tokens within two of a read one are any feature's neighbours (most are not)
  let last = -3;
  for (let i = 0; i < n; i++) {
    if (readable[i]) last = i;
    else if (i - last > 2 && !(i + 1 < n && readable[i + 1]) && !(i + 2 < n && readable[i + 2])) continue;
    const c = code(tokens[i]!.text);
    lower[i] = c.lower;
    low[i] = c.low;
    shp[i] = c.shape;
    lex[i] = c.lex;
    cues[i] = c.cues;
  }
  const casing = casingOf(tokens);
  const ids = { start: vocab(START), end: vocab(END), noLex: vocab('-'), casing: vocab(CASING_NAMES[casing]) };
  // runs of read tokens, through ", " between two of them
  const joins = (j: number) => readable[j] || (tokens[j]!.text === ',' && j > 0 && j + 1 < n && readable[j - 1] && readable[j + 1] && isCapital(tokens[j + 1]!.text));
  for (let i = 0; i < n; ) {
    if (!readable[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && joins(j + 1)) j++;
    const b = i > 0 ? low[i - 1]! : ids.start;
    const a = j + 1 < n ? low[j + 1]! : ids.end;
    for (let k = i; k <= j; k++) {
      before[k] = b;
      after[k] = a;
    }
    i = j + 1;
  }
  return { lower, low, shape: shp, lex, cues, casing, readable, before, after, known: knownTags(tokens, casing === Casing.Caps), ids };
}

/** Features of the word alone in a sentence so cased (cacheable per word and casing). */
export function wordFeatures(w: string, l: string, casing: Casing, vocab: Vocabulary, emit: EmitFeature): void {
  const sh = shape(w);
  const lw = vocab(l);
  emit(BIAS, 0, -1);
  emit(WORD, lw, -1);
  emit(SHAPE, vocab(sh), -1);
  // affixes of the word (what carries over to a name the training data never saw)
  const n = l.length;
  emit(P1, vocab(l.slice(0, 1)), -1);
  if (n > 2) emit(P2, vocab(l.slice(0, 2)), -1);
  if (n > 3) emit(P3, vocab(l.slice(0, 3)), -1);
  if (n > 4) emit(P4, vocab(l.slice(0, 4)), -1);
  emit(S1, vocab(l.slice(-1)), -1);
  if (n > 2) emit(S2, vocab(l.slice(-2)), -1);
  if (n > 3) emit(S3, vocab(l.slice(-3)), -1);
  if (n > 4) emit(S4, vocab(l.slice(-4)), -1);
  emit(LEX, vocab(lexClass(l)), -1);
  if (casing !== Casing.Prose) {
    const c = vocab(CASING_NAMES[casing]);
    emit(CASING_WORD, c, lw);
    emit(CASING_SHAPE, c, vocab(sh));
  }
  if (ORG_HEADS.has(l)) emit(ORGHEAD, 0, -1);
  if (ROLE_NOUNS.has(l)) emit(ROLE, 0, -1);
  if (w.length > 2 && canonicalAgency(w)) emit(AGENCY, 0, -1);
  if (w.length === 1) emit(LEN1, 0, -1);
}

/** Features of the word in this article: written in lower case or capitalised mid-sentence
 *  elsewhere, and the words around its other occurrences ("Mr Kato" once makes "Kato" a person). */
export function docWordFeatures(l: string, doc: DocWords, vocab: Vocabulary, emit: EmitFeature): void {
  if (doc.lower.has(l)) emit(DOC_LOWER, 0, -1);
  if (doc.midCap.has(l)) emit(DOC_MIDCAP, 0, -1);
  for (const c of doc.cues.get(l) ?? []) emit(DOC_CUE, vocab(c), -1);
  const ctx = doc.around.get(l);
  if (!ctx) return;
  // the first four of each set: a frequent word's sets hold thousands
  let k = 0;
  for (const b of ctx.before) {
    if (k++ === 4) break;
    emit(AB, vocab(b), -1);
  }
  k = 0;
  for (const a of ctx.after) {
    if (k++ === 4) break;
    emit(AA, vocab(a), -1);
  }
}

/** The features of token i's place: its neighbours, the sentence, the knowledge list, the rules. */
export function contextFeatures(tokens: readonly Token[], i: number, prep: Prepared, vocab: Vocabulary, emit: EmitFeature): void {
  const n = tokens.length;
  // bounds checked, not `?? '<s>'`: reading index -1 leaves V8's fast path
  const lw = prep.low[i]!;
  const { start, end } = prep.ids;
  const pw = i > 0 ? prep.low[i - 1]! : start;
  const nw = i + 1 < n ? prep.low[i + 1]! : end;
  const sh = prep.shape[i]!;
  const psh = i > 0 ? prep.shape[i - 1]! : start;
  const nsh = i + 1 < n ? prep.shape[i + 1]! : end;
  emit(PW, pw, -1);
  emit(NW, nw, -1);
  emit(PW2, i > 1 ? prep.low[i - 2]! : start, -1);
  emit(NW2, i + 2 < n ? prep.low[i + 2]! : end, -1);
  emit(PW_W, pw, lw);
  emit(W_NW, lw, nw);
  emit(PSH, psh, -1);
  emit(NSH, nsh, -1);
  emit(PLEX, i > 0 ? prep.lex[i - 1]! : prep.ids.noLex, -1);
  emit(NLEX, i + 1 < n ? prep.lex[i + 1]! : prep.ids.noLex, -1);
  emit(SH_NSH, sh, nsh);
  emit(PSH_SH, psh, sh);
  emit(CASING, prep.ids.casing, -1);
  if ((i > 0 && tokens[i - 1]!.text === '(') || (i + 1 < n && tokens[i + 1]!.text === ')')) emit(PAREN, 0, -1);
  if (i === 0) emit(FIRST, 0, -1);
  // the neighbours' cues, read when the sentence was prepared (beyond its ends: none)
  const prev = i > 0 ? prep.cues[i - 1]! : 0;
  const next = i + 1 < n ? prep.cues[i + 1]! : 0;
  const next2 = i + 2 < n ? prep.cues[i + 2]! : 0;
  if (next & NeighbourCue.OrgHead) emit(N_ORGHEAD, 0, -1);
  if (next2 & NeighbourCue.OrgHead) emit(N2_ORGHEAD, 0, -1);
  if (prev & NeighbourCue.RoleBefore) emit(P_ROLE, 0, -1);
  if (next & NeighbourCue.Speech) emit(N_SPEECH, 0, -1);
  if (prev & NeighbourCue.Speech) emit(P_SPEECH, 0, -1);
  emit(RUN_BEFORE, prep.before[i]!, -1);
  emit(RUN_AFTER, prep.after[i]!, -1);
  const known = prep.known[i];
  if (known) {
    const bar = known.indexOf('|');
    emit(KNOWN, vocab(known.slice(0, bar)), -1);
    emit(KNOWN_KIND, vocab(known.slice(bar + 1)), -1);
  }
  const r = tokens[i]!.rules;
  if (r) {
    emit(RULE_LABEL, vocab(r[0]), -1);
    emit(RULE_METHOD, vocab(r[1]), -1);
    emit(RULE_PREVIOUS, vocab(r[2]), -1);
    emit(RULE_NEXT, vocab(r[3]), -1);
  }
}

/** A sentence-initial capitalised word the article never writes otherwise (a feature of the
 *  word in its place, split out because it reads the article). */
export function firstOnlyFeature(tokens: readonly Token[], i: number, prep: Prepared, doc: DocWords, emit: EmitFeature): void {
  if (i !== 0) return;
  const l = prep.lower[0]!;
  if (/^\p{Lu}/u.test(tokens[0]!.text) && !doc.lower.has(l) && !doc.midCap.has(l)) emit(FIRST_ONLY, 0, -1);
}

/**
 * The second pass's reading of each token of a sentence, for labelFeatures: the vocabulary id
 * of the type the first pass gave the token's word elsewhere in the article (`labels`:
 * lower-case word -> type; 'none'). With `only`, just for those tokens and their neighbours
 * (-1 elsewhere): the labels of a word are looked up once, not once per feature that reads
 * them. Ids are asked of `vocab` in the order the features read them (training's vocabulary
 * numbers values as it first sees them).
 */
export function labelIds(prep: Prepared, labels: ReadonlyMap<string, string>, vocab: Vocabulary, only?: Uint8Array): Int32Array {
  const n = prep.lower.length;
  const ids = new Int32Array(n).fill(-1);
  const of = (k: number) => {
    if (k >= 0 && k < n && ids[k] === -1) ids[k] = vocab(labels.get(prep.lower[k]!) ?? 'none');
  };
  for (let i = 0; i < n; i++) {
    if (only && !only[i]) continue;
    of(i);
    of(i - 1);
    of(i + 1);
  }
  return ids;
}

/** The second pass's features of token i: the type the first pass gave this word, and its
 *  neighbours, elsewhere in the article (`ids`: labelIds of the sentence). */
export function labelFeatures(tokens: readonly Token[], i: number, prep: Prepared, ids: Int32Array, emit: EmitFeature): void {
  const n = tokens.length;
  const id = ids[i]!;
  emit(D1, id, -1);
  emit(D1_SH, id, prep.shape[i]!);
  emit(D1_PREVIOUS, i > 0 ? ids[i - 1]! : prep.ids.start, id);
  emit(D1_NEXT, id, i + 1 < n ? ids[i + 1]! : prep.ids.end);
}

/** The one copy of each rule reading's string: the tagger looks it up in its vocabulary per
 *  token, and a string seen before has its hash (few distinct values, bounded). */
const INTERNED = new Map<string, string>();
const interned = (s: string): string => {
  let t = INTERNED.get(s);
  if (t === undefined) {
    if (INTERNED.size > 10_000) INTERNED.clear();
    INTERNED.set(s, (t = s));
  }
  return t;
};

/** A rule candidate as the tagger sees it: a range with a type and the rule that typed it. */
export interface RuleSpan {
  start: number;
  end: number;
  type: string;
  method: string;
}

/**
 * Set each token's `rules` from the rule candidates: the reading of the token ("B-person"),
 * the rule that made it ("title|B"), and the readings of its neighbours. The tagger learns
 * on its training data how far each rule is to be trusted (stacking).
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
    label.push(r ? interned(`${bi}-${r.type}`) : 'O');
    method.push(r ? interned(`${r.method}|${bi}`) : 'none');
  });
  const readable = readableTokens(tokens);
  tokens.forEach((t, i) => {
    // only the tokens the tagger reads get features (1 MB of quote marks is a million tokens)
    if (!readable[i]) return;
    t.rules = [label[i]!, method[i]!, i > 0 ? label[i - 1]! : START, i + 1 < label.length ? label[i + 1]! : END];
  });
}

/** Every feature of token i as text ("pw=the", "sh|nsh=Xx|x"), for tests and for reading a
 *  model: what the tagger looks up by ids. `labels` adds the second pass's features. */
export function featureStrings(tokens: readonly Token[], i: number, doc: DocWords, labels?: ReadonlyMap<string, string>): string[] {
  const values: string[] = [FLAG];
  const ids = new Map<string, number>([[FLAG, 0]]);
  const vocab: Vocabulary = (v) => {
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = values.push(v) - 1));
    return id;
  };
  const out: string[] = [];
  const emit: EmitFeature = (t, a, b) => out.push(TEMPLATES[t]!.prefix + values[a]! + (b >= 0 ? `|${values[b]!}` : ''));
  const prep = prepare(tokens, vocab);
  wordFeatures(tokens[i]!.text, prep.lower[i]!, prep.casing, vocab, emit);
  docWordFeatures(prep.lower[i]!, doc, vocab, emit);
  contextFeatures(tokens, i, prep, vocab, emit);
  firstOnlyFeature(tokens, i, prep, doc, emit);
  if (labels) labelFeatures(tokens, i, prep, labelIds(prep, labels, vocab), emit);
  return out;
}
