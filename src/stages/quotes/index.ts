/**
 * quotes: direct quotes from the mark scanner (titles, names and scare quotes removed),
 * indirect and mixed quotes from reporting cues, and for each the cue and the speaker noun
 * phrase next to it. Resolving that phrase to an entity is the attribution stage's job.
 */
import type { DocDiagnostic, TextRange } from '../../document.js';
import { overlaps } from '../../document.js';
import { bucketBySentence, lowerBound, rangeAt, rangeIndex } from '../../ranges.js';
import type { Paragraph, Sentence } from '../segment.js';
import { speechVerbBase, BARE_CLAUSE_VERBS, WEAK_VERBS, TELL_VERBS } from '../../lexicon/en/speech.js';
import { isVerbForm } from '../../lexicon/index.js';
import { PRONOUNS } from '../../lexicon/en/pronouns.js';
import { TITLE_ABBREVIATIONS } from '../../lexicon/en/roles.js';
import { scanQuoteMarks, type MarkedQuote } from './marks.js';
import { ADVERBIAL_START, NOT_CLAUSE_START } from '../../lexicon/en/clauses.js';
import { NAMING_WORDS, TITLE_SMALL_WORDS } from '../../lexicon/en/titles.js';
import { ADVERBIAL_PREPOSITION, ADVERBIAL_SUBJECT as SUBJECT_PRONOUNS, ARTICLE_WORD, AUXILIARY_OR_PAST as AUX_OR_PAST, CLAUSE_OPENING_WORD, CONTRACTED_SUBJECT, DAY_ADVERB as DAY_ADVERBS, FOR_OR_OF_WORD, HEADLINE_LABEL, HEADLINE_VERB as HEADLINE_VERBS, INTRODUCTORY_WORD, NAME_SMALL_FUNCTION_WORD, NOUN_DETERMINER, PARTICIPLE_CUE as PARTICIPLE_CUES, POSSESSIVE_OPENER_START, SELF_SOURCE as SELF_SOURCES, SENTENCE_END_OR_APPOSITION, SUBJECT_AFTER_ADDED, VERB_AFTER_THERE } from '../../lexicon/patterns.js';
import { accordingToBefore, endsLikeCue, typeWordBefore } from './cue-tails.js';
import { hasWords, isSpeakerHead, speakerAfter, speakerBefore, wordsIn, type SpeakerNP, type Word } from './speaker-np.js';
import type { Doc } from '../../document.js';
import { defineStage } from '../../stage.js';
import type { Segments } from '../segment.js';
import type { Layout } from '../layout/index.js';

/** Initials and title abbreviations with their period ("J.", "St.", "Dr."): no sentence end. */
const ABBREVIATED_WORD = new RegExp(`\\b(?:[A-Z][a-z]?|St|${[...TITLE_ABBREVIATIONS].map((t) => t[0]!.toUpperCase() + t.slice(1)).join('|')})\\.`, 'g');

/** The expressions built from parts at load time, for the ReDoS check (scripts/redos.mjs). */
export const BUILT_PATTERNS: ReadonlyArray<{ pattern: RegExp; maxInput?: number }> = [{ pattern: ABBREVIATED_WORD }];

/** The cue rules that find a speaker phrase next to a quote. */
export type CueMethod = 'explicit' | 'according-to' | 'colon-intro' | 'dash-credit' | 'headline';

export interface QuoteAnnotation {
  content: TextRange;
  kind: 'direct' | 'indirect' | 'mixed';
  marks: { open: string; close: string | null } | null;
  /** Mark positions of a direct quote (open mark, close mark). */
  markRange: TextRange | null;
  paragraph: number;
  paragraphs: number[];
  cue: TextRange | null;
  speaker: SpeakerNP | null;
  /** The rule that found the cue and speaker phrase (attribution's sieve of the same name reads it). */
  method: CueMethod | null;
  /** Index of an earlier quote this one continues ("A," he said, "B."). */
  continues: number | null;
}

export interface QuotesResult {
  quotes: QuoteAnnotation[];
  diagnostics: DocDiagnostic[];
  /** Marked spans judged to be names or titles rather than speech. */
  titles: TextRange[];
}

/**
 * How far before a quote mark (in characters, within its sentence) the cue and speaker are
 * looked for. Every quote reading from its sentence's start was quadratic in a sentence of a
 * megabyte with thousands of quotes; a cue clause is a few dozen words at most.
 */
const CUE_WINDOW = 400;

/** Is a marked span a name, title or scare quote rather than speech? */
function isTitleOrName(text: string, q: MarkedQuote): boolean {
  const content = text.slice(q.content.start, q.content.end);
  const words = content.split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  // RTK “Qazaqstan”, the law “On Mass Media”, a company called “X”
  // (no period in the name: after "Miller. " a quote opens a new sentence)
  // a kind of thing names it with a capital ("the project «Northern Lights»"); "called the
  // project «a major step»" quotes speech; a naming word takes any case ("so-called “deplorables”")
  const typeWord = typeWordBefore(before);
  const named = typeWord !== null && (NAMING_WORDS.has(typeWord) || /^[\p{Lu}\d]/u.test(content));
  if (words.length <= 8 && (/(?:^|\s)[\p{Lu}\d][\p{L}\d&-]*\s*$/u.test(before) || named)) return true;
  // All Title Case, no sentence punctuation: "Not My Stella's", "The Patient Harvest"
  const titleCase = words.every((w) => /^[\p{Lu}\d"“„«'‘(]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (titleCase && words.length <= 10 && !/[.!?…]["”»’]?$|[,;:]$/.test(content)) return true;
  return false;
}

/** Short marked phrases inside a sentence (scare quotes) unless a cue stands beside them. */
function isShortFragment(text: string, q: MarkedQuote): boolean {
  // Chinese, Japanese and Thai write no spaces: count characters, not words
  if (UNSPACED_RUN.test(text.slice(q.content.start, q.content.end))) return false;
  const words = wordsIn(text, q.content.start, q.content.end);
  return words.length < 4;
}
/** A marked phrase of fewer than ten words inside a sentence of narration, after no colon:
 *  a term or scare quote ("a classic example of the “boys will be boys” trope"), not speech. */
function midSentencePhrase(text: string, q: MarkedQuote, sentences: readonly Sentence[]): boolean {
  const s = rangeAt(sentences, q.open);
  if (!s) return false;
  const before = text.slice(Math.max(s.start, q.open - CUE_WINDOW), q.open);
  // (a quote in another script is foreign speech, not an English term)
  return /[\p{L}\d]/u.test(before) && !/[:;)]\s*$/.test(before) && /^\P{L}*\p{Script=Latin}/u.test(text.slice(q.content.start, q.content.end)) && wordsIn(text, q.content.start, q.content.end).length < 10;
}

const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{5}/u;

/** The quotes stage: the body's quotes, and a headline that attributes a claim. */
export const quotesStage = defineStage({
  name: 'quotes',
  needs: ['segment', 'layout'],
  summary: 'direct, indirect and mixed quotes with their cues and speaker phrases; titles in quote marks',
  run(doc: Doc, { segment, layout }: { segment: Segments; layout: Layout }): QuotesResult {
    const { paragraphs } = segment;
    const result = findQuotes(doc.text, paragraphs, layout.bodySentences, (p) => layout.inBody[p.index]!);
    // a headline that attributes ("Starmer: …", "…, minister says") reports its speaker's claim
    const headline = layout.furniture.headline;
    const headlineParagraph = headline ? paragraphs.findIndex((p) => p.start <= headline.start && p.end >= headline.end) : -1;
    const headlineQuote = headline && headlineParagraph >= 0 ? findHeadlineQuote(doc.text, headline, headlineParagraph) : null;
    if (headlineQuote) result.quotes.unshift(headlineQuote);
    return result;
  },
});

/** Find quotes in the body paragraphs. */
export function findQuotes(text: string, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], inScope: (p: Paragraph) => boolean): QuotesResult {
  const scoped = paragraphs.filter(inScope);
  const { quotes: marked, diagnostics } = scanQuoteMarks(text, scoped);
  const titles: TextRange[] = [];
  let quotes: QuoteAnnotation[] = [];
  const usedCues: TextRange[] = [];

  // nested marks are never separate quotes; those naming something are titles, not names
  for (const q of marked) if (q.depth > 0 && isTitleOrName(text, q)) titles.push(q.content);
  const top = marked.filter((q) => q.depth === 0);
  for (const q of top) {
    if (q.content.end <= q.content.start) continue;
    if (isTitleOrName(text, q)) {
      titles.push(q.content);
      continue;
    }
    const para = paragraphs[q.paragraphs[q.paragraphs.length - 1]!]!;
    const prevInPara = quotes.length && quotes[quotes.length - 1]!.paragraph === q.paragraphs[0] ? quotes[quotes.length - 1]! : null;
    // "A," he said, "B.": B continues A when only A's cue clause stands between them
    const continues = !!prevInPara?.markRange && !!prevInPara.cue && prevInPara.cue.start >= prevInPara.markRange.end && prevInPara.cue.end <= q.open && /^[^!?"“”«»]*[,:.]\s*$/.test(text.slice(prevInPara.markRange.end, q.open));
    const cue = continues ? null : findDirectCue(text, q, para, sentences, prevInPara?.markRange?.end ?? para.start) ?? mixedCue(text, q, sentences);
    if (!cue && (isShortFragment(text, q) || (!continues && midSentencePhrase(text, q, sentences)))) {
      titles.push(q.content);
      continue;
    }
    const a: QuoteAnnotation = {
      content: q.content,
      kind: cue?.method === 'mixed' ? 'mixed' : 'direct',
      marks: { open: q.openMark, close: q.closeMark },
      markRange: { start: q.open, end: q.closeMark ? q.close + 1 : q.close },
      paragraph: q.paragraphs[0]!,
      paragraphs: q.paragraphs,
      cue: cue?.cue ?? null,
      speaker: cue?.speaker ?? null,
      method: cue?.method === 'mixed' ? 'explicit' : cue?.method ?? null,
      continues: continues ? quotes.length - 1 : null,
    };
    // a fragment's cue stays free: the reported clause around the fragment is the quote
    if (cue && cue.method !== 'mixed') usedCues.push(cue.cue);
    quotes.push(a);
  }

  // Indirect and mixed speech, sentence by sentence; each sentence sees only the marked quotes
  // and used cues that touch it (a scan of all of them per sentence was quadratic)
  const markedIn = bucketBySentence(sentences, quotes.filter((q) => q.markRange), (q) => q.markRange!);
  const cues = bucketBySentence(sentences, usedCues, (c) => c);
  const absorbed = new Set<QuoteAnnotation>();
  sentences.forEach((s, si) => {
    const p = paragraphs[s.paragraph]!;
    if (!inScope(p)) return;
    const local = markedIn[si]!.filter((q) => !absorbed.has(q));
    const found = findIndirect(text, s, local, cues[si]!);
    for (const f of found) {
      // a marked fragment inside the reported clause makes the quote mixed
      const inner = local.filter((q) => q.kind !== 'indirect' && q.markRange!.start >= f.content.start && q.markRange!.end <= f.content.end + 1 && !absorbed.has(q));
      if (inner.length) {
        f.kind = 'mixed';
        for (const q of inner) absorbed.add(q);
      }
      if (local.some((q) => q.kind === 'direct' && !absorbed.has(q) && overlaps(q.content, f.content))) continue;
      usedCues.push(f.cue!);
      quotes.push(f);
    }
  });
  if (absorbed.size) quotes = quotes.filter((q) => !absorbed.has(q));
  // a fragment whose cue takes no clause ("called half of his supporters “deplorables”",
  // "said the statement was “true”"): the mixed quote runs from the cue to the fragment
  for (const q of quotes) {
    if (q.kind !== 'mixed' || !q.cue || !q.markRange || q.cue.end > q.markRange.start) continue;
    const between = text.slice(q.cue.end, q.markRange.start);
    if (/[.!?;:"“”«»]/.test(between) || wordsIn(text, q.cue.end, q.markRange.start).length > 30) continue;
    const start = q.cue.end + (/^\s*that\b/.exec(between)?.[0].length ?? 0);
    const c = trimContent(text, start, q.markRange.end);
    if (c && c.start < q.content.start) q.content = { start: c.start, end: q.markRange.end };
  }
  quotes.sort((a, b) => a.content.start - b.content.start);
  // continues indexes refer to the direct list; recompute them after sorting
  return { quotes: relink(quotes), diagnostics, titles };
}

function relink(quotes: QuoteAnnotation[]): QuoteAnnotation[] {
  // `continues` was set against the direct-quote order; re-derive it by position.
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.continues === null) continue;
    let j = i - 1;
    while (j >= 0 && quotes[j]!.kind !== 'direct') j--;
    q.continues = j >= 0 ? j : null;
  }
  return quotes;
}

/** A marked fragment inside a reported clause: "Odhiambo called the scheme “a lifeline”". */
function mixedCue(text: string, q: MarkedQuote, sentences: readonly Sentence[]): CueMatch | null {
  const s = rangeAt(sentences, q.open);
  if (!s) return null;
  // (in a sentence longer than the window the words read do not start it: no subject at its start)
  const from = Math.max(s.start, q.open - CUE_WINDOW);
  // the cue is a lower-case English speech verb: none without a lower-case ASCII letter (text
  // in Chinese or Arabic is not read word by word per quote)
  if (!/[a-z]/.test(text.slice(from, q.open))) return null;
  const words = wordsIn(text, from, q.open);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!speechVerbBase(w.text.toLowerCase()) || /^\p{Lu}/u.test(w.text)) continue;
    const spk = speakerBefore(text, from, w.start) ?? (from === s.start ? subjectAtStart(text, words.slice(0, i)) : null);
    if (spk) return { cue: { start: w.start, end: w.end }, speaker: spk, method: 'mixed' };
    return null;
  }
  return null;
}

interface CueMatch {
  cue: TextRange;
  speaker: SpeakerNP | null;
  /** 'mixed': a fragment quoted inside a reported clause (the quote's kind; its method is 'explicit') */
  method: CueMethod | 'mixed';
}

/** The cue of a direct quote: after the closing mark ("…," said X / X said), or before the
 *  opening mark (X said: "…" / According to X, "…" / X …: "…"). */
function findDirectCue(text: string, q: MarkedQuote, para: Paragraph, sentences: readonly Sentence[], limit: number): CueMatch | null {
  if (q.closeMark) {
    const after = cueAfter(text, q, para);
    if (after) return after;
  }
  return cueBefore(text, q, sentences, limit);
}

function cueAfter(text: string, q: MarkedQuote, para: Paragraph): CueMatch | null {
  const from = q.close + 1;
  // "“…” -Commissioner Geoffrey Starks", "“…” — Jane Doe, spokeswoman": a dash credit
  const dash = /^\s*[-—–]{1,2}\s*(?=\p{Lu})/u.exec(text.slice(from, para.end));
  if (dash) {
    const spk = speakerAfter(text, from + dash[0].length - 1, para.end);
    if (spk && spk.kind === 'name') return { cue: { start: from + dash[0].search(/[-—–]/), end: from + dash[0].search(/[-—–]/) + 1 }, speaker: spk, method: 'dash-credit' };
  }
  // every cue from here on is an English word ("said", "ACCORDING TO"): none without an ASCII
  // letter in reach (text in Chinese or Arabic is not read word by word per quote)
  const reach = Math.min(para.end, from + 240);
  if (!/[A-Za-z]/.test(text.slice(from, reach))) return null;
  const words = wordsIn(text, from, reach);
  if (!words.length) return null;
  const lead = text.slice(from, words[0]!.start);
  if (/[“”"«»„]/.test(lead)) return null;
  const content = text.slice(q.content.start, q.content.end);
  const sentenceEnded = /[.!?]$/.test(content) || /^\s*[.!?]/.test(lead);
  const w0 = words[0]!;
  // a new sentence after the quote must start with the cue clause itself
  if (sentenceEnded && !/^[,\s]*$/.test(lead.replace(/^\s*[.!?]/, ''))) return null;
  // inverted: "…," said Asel Karaulova
  if (speechVerbBase(w0.text.toLowerCase())) {
    const spk = speakerAfter(text, w0.end, para.end);
    if (spk) return { cue: { start: w0.start, end: w0.end }, speaker: spk, method: 'explicit' };
  }
  // normal order: "…," Assel Karaulova explained / she said / the speaker added /
  // Sabitri Gurung, a glaciologist at the X Institute, said / KSEA vice chairman Oh said
  // "…," according to Dr. Keith Ahamad, a family doctor.
  const acc = /^\s*(?:,\s*)?according to\s+/i.exec(text.slice(from, para.end));
  if (acc) {
    const npStart = from + acc[0].length;
    // (the phrase ends within the window: a paragraph-long search per quote was quadratic)
    const until = Math.min(para.end, npStart + CUE_WINDOW);
    const stop = text.slice(npStart, until).replace(ABBREVIATED_WORD, (m) => m.replace('.', '_')).search(SENTENCE_END_OR_APPOSITION);
    const spk = accordingToSpeaker(text, npStart, stop < 0 ? until : npStart + stop);
    const cueStart = from + acc[0].toLowerCase().indexOf('according');
    if (spk) return { cue: { start: cueStart, end: cueStart + 'according to'.length }, speaker: spk, method: 'according-to' };
  }
  for (let i = 1; i < Math.min(words.length, 30); i++) {
    const w = words[i]!;
    const base = speechVerbBase(w.text.toLowerCase());
    if (!base) continue;
    // "the report said": after an article the word is a noun
    if (NOUN_DETERMINER.test(words[i - 1]!.text)) continue;
    // a sentence ends between the quote and the verb: not at a period inside a word ("e.GO's")
    // or before a comma or a lower-case word ("Associates Inc., said")
    if (/[!?;"“”«»]|\.(?=\s+[\p{Lu}\d"“‘«])/u.test(text.slice(from, w.start).replace(/^\s*[,.!?]/, '').replace(ABBREVIATED_WORD, ''))) break;
    const spk = speakerBefore(text, w0.start, w.start);
    if (!spk) break;
    const lead = wordsIn(text, w0.start, spk.start);
    const leadOk = spk.start === w0.start || (lead.length <= 5 && !/[,;:]/.test(text.slice(w0.start, spk.start)) && spk.kind === 'name');
    if (leadOk) return { cue: { start: w.start, end: w.end }, speaker: spk, method: 'explicit' };
    break;
  }
  return null;
}

function cueBefore(text: string, q: MarkedQuote, sentences: readonly Sentence[], limit: number): CueMatch | null {
  const s = rangeAt(sentences, q.open);
  // a quote opening its own sentence may follow a lead-in sentence ending with ":"
  let start = Math.max(limit, s ? s.start : limit, q.open - CUE_WINDOW);
  let before = text.slice(start, q.open);
  if (!before.trim() && s) {
    // (by binary search: indexOf per quote was quadratic in a text of thousands of sentences)
    const prev = sentences[lowerBound(sentences, s.start) - 1];
    if (prev && prev.paragraph >= s.paragraph - 1 && /:\s*$/.test(text.slice(prev.start, prev.end))) {
      // "And from Chairwoman Rosenworcel:" may stand as a paragraph of its own
      start = prev.paragraph < s.paragraph && limit <= s.start ? prev.start : Math.max(limit, prev.start);
      before = text.slice(start, q.open);
    }
  }
  if (!endsLikeCue(before)) return null;
  const words = wordsIn(text, start, q.open);
  if (!words.length) return null;
  // According to X, "…"
  const acc = accordingToBefore(before);
  if (acc) {
    const cueStart = start + acc.at;
    const spk = accordingToSpeaker(text, cueStart + 'according to'.length, start + acc.comma);
    if (spk) return { cue: { start: cueStart, end: cueStart + 'according to'.length }, speaker: spk, method: 'according-to' };
  }
  // X said: "…" / X told reporters, "…" / X said in a statement: "…"
  for (let i = words.length - 1; i >= Math.max(0, words.length - 7); i--) {
    const w = words[i]!;
    const base = speechVerbBase(w.text.toLowerCase());
    if (!base) continue;
    const tail = text.slice(w.end, q.open);
    if (!/^(?:\s+[\p{L}\d'’-]+){0,5}\s*(?:[,:]\s*)?$/u.test(tail)) continue;
    if (i < words.length - 1 && !/[,:]\s*$/.test(tail)) continue;
    const spk = speakerBefore(text, start, w.start) ?? speakerAfter(text, w.end, q.open);
    if (spk) return { cue: { start: w.start, end: w.end }, speaker: spk, method: 'explicit' };
  }
  // X …: "…" — the subject of the lead-in clause
  if (/:\s*$/.test(before)) {
    const colon = start + before.lastIndexOf(':');
    const first = wordsIn(text, start, colon);
    if (first.length >= 2) {
      const spk = subjectAtStart(text, first);
      if (spk) return { cue: { start: colon, end: colon + 1 }, speaker: spk, method: 'colon-intro' };
    }
  }
  return null;
}

/** In a Title Case line ("Obama on Climate Change", "Trump Addresses Munich Attack",
 *  "Warren Hammers Wells Fargo CEO"), the index of the word that ends the subject: "on" or a
 *  capitalised verb in -s; -1 when there is none. */
function titleCaseBreak(words: readonly Word[]): number {
  return words.findIndex((w, i) => {
    if (i === 0) return false;
    if (/^on$/i.test(w.text)) return true;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(w.text)) return false;
    const l = w.text.toLowerCase();
    return HEADLINE_VERBS.test(l) || speechVerbBase(l) !== null || isVerbForm(l);
  });
}

/** The subject of a clause ("Director General of X company Dmitry Lapshin named the task:"):
 *  the words before its first verb; the last name there, else a pronoun or description. */
/** How many words from a sentence's start subjectAtStart reads (its verb must come within 14,
 *  after an opening adverbial up to a comma). */
const SUBJECT_WORDS = 64;

function subjectAtStart(text: string, words: Word[]): SpeakerNP | null {
  // "In an interview with CNBC on Monday, U.S. Secretary … Pompeo praised …": after the comma
  if (words.length > 2 && INTRODUCTORY_WORD.test(words[0]!.text)) {
    const comma = words.findIndex((w, k) => k > 0 && /^\s*,/.test(text.slice(words[k - 1]!.end, w.start)));
    if (comma > 0) words = words.slice(comma);
  }
  if (!words.length) return null;
  const w0 = words[0]!;
  const l0 = w0.text.toLowerCase();
  if (PRONOUNS[l0] && !PRONOUNS[l0].possessive && l0 !== 'it') return { start: w0.start, end: w0.end, kind: 'pronoun', text: w0.text };
  let v = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w.text) && (isVerbForm(w.text.toLowerCase()) || speechVerbBase(w.text.toLowerCase()) !== null) && !NAME_SMALL_FUNCTION_WORD.test(w.text));
  if (v < 0) v = words.length;
  const t = titleCaseBreak(words);
  if (t > 0 && t < v) v = t;
  if (v === 0 || v > 14) return null;
  return speakerBefore(text, w0.start, words[v - 1]!.end) ?? null;
}

/** The speaker after "according to" up to `end`: a pronoun (him, her), name or description. */
function accordingToSpeaker(text: string, from: number, end: number): SpeakerNP | null {
  const words = wordsIn(text, from, end);
  if (!words.length || words.length > 12) return null;
  const w0 = words[0]!;
  const l0 = w0.text.toLowerCase();
  if (words.length === 1 && PRONOUNS[l0]) return { start: w0.start, end: w0.end, kind: 'pronoun', text: w0.text };
  // "its director, Mehmet Ali Sarıkaya": the name after the comma is the speaker
  const named = /,\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})\s*$/u.exec(text.slice(from, end));
  if (named && POSSESSIVE_OPENER_START.test(text.slice(from, end))) {
    const at = end - named[0].length + named[0].indexOf(named[1]!);
    return { start: at, end: at + named[1]!.length, kind: 'name', text: named[1]! };
  }
  const spk = speakerAfter(text, from, end);
  if (spk && spk.kind === 'name') {
    // keep the whole name run; an appositive after a comma is not part of it
    return spk;
  }
  const last = words[words.length - 1]!;
  const phrase = { start: w0.start, end: last.end, text: text.slice(w0.start, last.end) };
  if (/^[\p{Lu}]/u.test(w0.text) && !ARTICLE_WORD.test(w0.text)) return { ...phrase, kind: 'name' };
  return { ...phrase, kind: 'description' };
}

const THAT = /^(?:that|,?\s*that)$/i;

/** Indirect speech in one sentence: "According to X, …", "X said (that) …", "…, X said". */
function findIndirect(text: string, s: Sentence, quotes: readonly QuoteAnnotation[], usedCues: readonly TextRange[]): QuoteAnnotation[] {
  const out: QuoteAnnotation[] = [];
  const sText = text.slice(s.start, s.end);
  let end = s.end;
  while (end > s.start && /[\s.!?…"”»’]/.test(text[end - 1]!)) end--;
  const words = wordsIn(text, s.start, end);
  if (words.length < 4) return out;
  // (indexed: a scan of every quote and cue per word was quadratic in a sentence of thousands)
  const direct = rangeIndex(quotes.flatMap((q) => (q.kind === 'direct' && q.markRange ? [q.markRange] : [])));
  const used = rangeIndex(usedCues);
  const inDirect = (pos: number) => direct.contains(pos);
  const isUsed = (r: TextRange) => used.overlaps(r);
  const make = (content: TextRange, cue: TextRange, speaker: SpeakerNP | null, method: CueMethod): QuoteAnnotation => ({
    content, kind: 'indirect', marks: null, markRange: null, paragraph: s.paragraph, paragraphs: [s.paragraph], cue, speaker, method, continues: null,
  });

  // 1. According to X, CONTENT. / CONTENT, according to X.
  const acc = /\b[Aa]ccording to\s+/.exec(sText);
  if (acc) {
    const cue = { start: s.start + acc.index, end: s.start + acc.index + 'according to'.length };
    if (!inDirect(cue.start) && !isUsed(cue)) {
      const afterNp = s.start + acc.index + acc[0].length;
      const comma = text.indexOf(',', afterNp);
      const headPart = text.slice(s.start, cue.start);
      if (comma > 0 && comma < end && /^(?:[\p{L}]+,\s*)?$/u.test(headPart.trim() ? headPart.trim() + ' ' : '')) {
        const spk = accordingToSpeaker(text, afterNp, comma);
        const content = trimContent(text, comma + 1, end);
        if (spk && content && wordsIn(text, content.start, content.end).length >= 3) out.push(make(content, cue, spk, 'according-to'));
      } else if (/,\s*$/.test(headPart) && comma > 0 && comma < end && wordsIn(text, s.start, cue.start).length <= 5 && /^\s*\p{Ll}/u.test(text.slice(comma + 1, end))) {
        // "The harsh truth, according to addiction experts, is an ill-equipped system": a short
        // subject, the source, the predicate: both parts are reported (GGT: two quotes)
        const spk = accordingToSpeaker(text, afterNp, comma);
        const first = trimContent(text, s.start, s.start + headPart.lastIndexOf(','));
        const rest = trimContent(text, comma + 1, end);
        if (spk && first && wordsIn(text, first.start, first.end).length >= 2) out.push(make(first, cue, spk, 'according-to'));
        if (spk && rest && wordsIn(text, rest.start, rest.end).length >= 3) out.push(make(rest, cue, spk, 'according-to'));
      } else if (/,\s*$/.test(headPart)) {
        const spk = accordingToSpeaker(text, afterNp, end);
        const content = trimContent(text, s.start, s.start + headPart.lastIndexOf(','));
        if (spk && content && wordsIn(text, content.start, content.end).length >= 3) out.push(make(content, cue, spk, 'according-to'));
      }
      if (out.length) return out;
    }
  }

  // 2. X VERB [object] [that] CONTENT
  for (let i = 0; i < words.length - 2; i++) {
    const w = words[i]!;
    const base = speechVerbBase(w.text.toLowerCase());
    if (!base || inDirect(w.start) || isUsed(w)) continue;
    // a capitalised "verb" is part of a name ("United States", "Lake Superior State")
    if (/^[\p{Lu}]/u.test(w.text)) continue;
    // "Roy Graf protested the bills, saying they …": the participle's speaker is the subject
    const participle = /ing$/.test(w.text) && /,\s*$/.test(text.slice(Math.max(s.start, w.start - 3), w.start));
    // (the subject is among the first words: SUBJECT_WORDS of them are read, not all before the cue)
    let spk = participle ? subjectAtStart(text, words.slice(0, Math.min(i, SUBJECT_WORDS))) : speakerBefore(text, s.start, w.start);
    // "Odhiambo called the scheme … and said it was …": the subject of the first verb
    if (!spk && i > 0 && words[i - 1]!.text.toLowerCase() === 'and') spk = subjectAtStart(text, words.slice(0, Math.min(i - 1, SUBJECT_WORDS)));
    if (!spk || SELF_SOURCES.test(spk.text)) continue;
    // skip an object or adverbial ("told reporters", "said in a statement", "said on Monday");
    // a "that" after any other noun is a relative pronoun ("announced a scheme that will …")
    let j = i + 1;
    let thatAt = -1;
    const reach = ADVERBIAL_START.has(words[j]?.text.toLowerCase() ?? '') ? 16 : 9;
    for (let k = j; k < Math.min(words.length, i + reach); k++) {
      if (THAT.test(words[k]!.text)) {
        const between = words.slice(i + 1, k).map((x) => x.text.toLowerCase());
        if (between.length === 0 || (TELL_VERBS.has(base) && between.length <= 4) || ADVERBIAL_START.has(between[0]!)) thatAt = k;
        break;
      }
      if (/[.;:!?"“”«»]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    }
    let contentStart: number;
    if (thatAt >= 0) contentStart = words[thatAt]!.end;
    else {
      if (!BARE_CLAUSE_VERBS.has(base) || WEAK_VERBS.has(base)) continue;
      if (base === 'tell') {
        // "told reporters the plan …": skip a one-to-four-word object
        while (j < words.length && j < i + 4 && !isClauseStart(words[j]!.text, words[j + 1]?.text)) j++;
      } else j = afterAdverbial(words, j);
      const nxt = words[j];
      if (!nxt || !isClauseStart(nxt.text, words[j + 1]?.text)) continue;
      // "Carolina added three more goals", "the Kospi added 0.4 per cent": 'add' takes an
      // object; only "added he/it/there …" reports without "that"
      if (base === 'add' && !SUBJECT_AFTER_ADDED.test(nxt.text)) continue;
      if (/[,;:"“”«»]/.test(text.slice(w.end, nxt.start)) && !/^\s*,\s*$/.test(text.slice(w.end, nxt.start))) continue;
      contentStart = nxt.start;
    }
    const cut = clauseEnd(text, contentStart, end);
    const content = trimContent(text, contentStart, cut);
    if (!content || !hasWords(text, content, 3)) continue;
    out.push(make(content, { start: w.start, end: w.end }, spk, 'explicit'));
    // ", saying the party needs to move on": the participle after the cut reports again
    if (cut === end) return out;
    while (i + 1 < words.length && words[i + 1]!.start < cut) i++;
  }

  if (out.length) return out;

  // 3. CONTENT, X said. / CONTENT, said X. — the cue clause may itself contain commas
  //    ("…, said co-author Liv Haugland of the Centre in Tromsø, Norway.")
  let comma = sText.lastIndexOf(',');
  for (let tries = 0; comma > 0 && tries < 4; tries++, comma = sText.lastIndexOf(',', comma - 1)) {
    const commaPos = s.start + comma;
    if (inDirect(commaPos)) break;
    const tail = wordsIn(text, commaPos + 1, end);
    if (tail.length < 2 || tail.length > 24) continue;
    const found = postposedCue(text, tail, commaPos, end);
    if (!found) continue;
    const content = trimContent(text, s.start, commaPos);
    // "Acts of protest, Mr. Obama said, are acts of patriotism": a cue clause closed by a
    // comma inside the sentence; the report runs on both sides of it (not into ", marking …",
    // nor into the apposition of an inverted "…, said Marty Puranik, CEO of …")
    const clauseEnd = Math.max(found.cue.end, found.speaker.end);
    const aside = found.speaker.end <= found.cue.start && /^\s*,\s*(?!\p{Ll}+ing\b)\S/u.test(text.slice(clauseEnd, end)) ? trimContent(text, text.indexOf(',', clauseEnd) + 1, end) : null;
    const minWords = aside ? 2 : 4;
    if (content && wordsIn(text, content.start, content.end).length >= minWords && !isUsed(found.cue)) {
      out.push(make(content, found.cue, found.speaker, 'explicit'));
      if (aside && wordsIn(text, aside.start, aside.end).length >= 2) out.push(make(aside, found.cue, found.speaker, 'explicit'));
    }
    break;
  }
  return out;
}

/** How far into a reported clause a participle cue that ends it is looked for. */
const REPORT_REACH = 3000;

/** Where the reported clause starting at `start` ends, at most `end`: before a participle
 *  cue that opens a report of its own (", saying …", ", noting …") or "and added …". A dash
 *  or bracketed aside stays inside: the gold sets keep it as often as not (measured). */
function clauseEnd(text: string, start: number, end: number): number {
  // (looked for in the first REPORT_REACH characters: one scan to the sentence end per cue was
  // quadratic in a sentence of thousands of cues)
  const t = text.slice(start, Math.min(end, start + REPORT_REACH));
  const re = /,\s+(?:and\s+)?(\p{Ll}+ing)\b|,?(?<!\s)\s+and\s+(?:added|said|noted|told|stressed|warned|insisted|says|adds)\b/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m[1] && !PARTICIPLE_CUES.test(m[1])) continue;
    if (wordsIn(text, start, start + m.index).length >= 3) return start + m.index;
  }
  return end;
}

/** ", X said [adverbial]" or ", said X" right after a comma, or null. */
function postposedCue(text: string, tail: Word[], commaPos: number, end: number): { cue: TextRange; speaker: SpeakerNP } | null {
  for (let i = 0; i < Math.min(tail.length, 10); i++) {
    const base = speechVerbBase(tail[i]!.text.toLowerCase());
    if (!base || /^\p{Lu}/u.test(tail[i]!.text)) continue;
    // ", the report said": after an article the word is a noun
    if (i > 0 && NOUN_DETERMINER.test(tail[i - 1]!.text)) continue;
    if (WEAK_VERBS.has(base)) return null;
    // ", saying they …": the participle introduces what follows, not what went before
    if (i === 0 && /ing$/.test(tail[0]!.text)) return null;
    // ", told Trend": after "told" stands the hearer, never the speaker
    if (i === 0 && TELL_VERBS.has(base)) return null;
    const spk = i === 0 ? speakerAfter(text, tail[0]!.end, end) : speakerBefore(text, commaPos + 1, tail[i]!.start);
    if (!spk || SELF_SOURCES.test(spk.text)) return null;
    const lead = i === 0 ? 0 : wordsIn(text, commaPos + 1, spk.start).length;
    if (lead > (tail[0]!.text.toLowerCase() === 'the' ? 1 : 0) && !(lead <= 6 && !/[,;:]/.test(text.slice(commaPos + 1, spk.start)))) return null;
    // what follows the cue must not be a new clause with its own verb and object
    const after = i === 0 ? spk.end : tail[i]!.end;
    const rest = wordsIn(text, after, end);
    if (rest.length > 14) return null;
    return { cue: { start: tail[i]!.start, end: tail[i]!.end }, speaker: spk };
  }
  return null;
}

/** Words that can open a reported clause without "that" (`next` is the word after): a subject,
 *  "there are", "about 550"; not a verb form, preposition or adverb of the cue itself ("said
 *  in", "said goodbye to" are not clauses). */
function isClauseStart(w: string, next?: string): boolean {
  let l = w.toLowerCase();
  const nl = next?.toLowerCase() ?? '';
  // "it's", "there's", "she's", "they're": a subject with its verb
  const contracted = /^(\p{Ll}+)['’](?:s|re|ve|ll|d|m)$/u.exec(l);
  if (contracted && CONTRACTED_SUBJECT.test(contracted[1]!)) return true;
  // "said there are", "said about 550 students", "said roughly 65 per cent"
  if (l === 'there' && VERB_AFTER_THERE.test(nl)) return true;
  if ((l === 'about' || l === 'around' || l === 'over' || l === 'under' || /ly$/.test(l)) && /^\d/.test(nl)) return true;
  l = l.replace(/['’]s$/, '');
  if (NOT_CLAUSE_START.has(l)) return false;
  if (/^[\p{Lu}\d]/u.test(w)) return true;
  if (CLAUSE_OPENING_WORD.test(l)) return true;
  // "said demand for chips had slowed", "said prices rose": a noun that is also a verb
  if (isVerbForm(l)) return !/(?:ed|ing)$/.test(l) && (FOR_OR_OF_WORD.test(nl) || AUX_OR_PAST.test(nl));
  return /^\p{Ll}{2,}$/u.test(w) && !/ly$/.test(l);
}

/** Index of the first word after an adverbial following a cue ("said Thursday", "said in his
 *  New Year's speech he …": only up to a subject pronoun); j itself when there is none. */
function afterAdverbial(words: readonly Word[], j: number): number {
  let k = j;
  while (k < words.length && DAY_ADVERBS.test(words[k]!.text.toLowerCase())) k++;
  if (ADVERBIAL_PREPOSITION.test(words[k]?.text ?? '')) {
    for (let m = k + 1; m < Math.min(words.length, k + 7); m++) if (SUBJECT_PRONOUNS.test(words[m]!.text)) return m;
  }
  return k;
}

/** Trim a content range of spaces, a leading comma and trailing punctuation. */
function trimContent(text: string, start: number, end: number): TextRange | null {
  while (start < end && /[\s,"“”„«»]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?…"“”«»]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * A headline that attributes ("Starmer: We will rebuild the country", "Inflation will fall
 * by spring, minister says"): an indirect quote of the headline's claim by the named
 * speaker (headlines paraphrase, so never `direct`). Null for other headlines.
 */
export function findHeadlineQuote(text: string, headline: TextRange, paragraph: number): QuoteAnnotation | null {
  const h = text.slice(headline.start, headline.end);
  const make = (content: TextRange | null, cue: TextRange, speaker: SpeakerNP | null): QuoteAnnotation | null =>
    content && speaker && wordsIn(text, content.start, content.end).length >= 3
      ? { content, kind: 'indirect', marks: null, markRange: null, paragraph, paragraphs: [paragraph], cue, speaker, method: 'headline', continues: null }
      : null;
  // "Starmer: …", "UN chief Guterres: …" — a name (after optional title words) and a colon
  const colon = /^((?:[\p{L}'’.-]+\s+){0,3}?[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,2})\s*:\s+\S/u.exec(h);
  if (colon && !HEADLINE_LABEL.test(colon[1]!)) {
    const at = headline.start + colon[0].indexOf(':');
    // "Obama on Climate Change:", "Trump Addresses Munich Attack:", "Warren Hammers CEO:": the
    // speaker is the name before "on" or before a Title Case verb
    const ws = wordsIn(text, headline.start, at);
    const k = titleCaseBreak(ws);
    const spk = speakerBefore(text, headline.start, k > 0 ? ws[k - 1]!.end : at);
    if (spk && spk.kind === 'name') return make(trimContent(text, at + 1, headline.end), { start: at, end: at + 1 }, spk);
  }
  // "…, minister says" / "…, UN chief warns": headlines drop the article before the speaker
  const post = /,\s*((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(\p{Ll}+)\s*[.!?]?$/u.exec(h);
  if (post && speechVerbBase(post[2]!) && !WEAK_VERBS.has(speechVerbBase(post[2]!)!)) {
    const spkAt = headline.start + post.index + post[0].indexOf(post[1]!);
    const cueAt = headline.start + post.index + post[0].lastIndexOf(post[2]!);
    const kind = /^\p{Lu}/u.test(post[1]!) && !isSpeakerHead(post[1]!.split(/\s+/).pop()!.toLowerCase()) ? 'name' : 'description';
    return make(trimContent(text, headline.start, headline.start + post.index), { start: cueAt, end: cueAt + post[2]!.length }, { start: spkAt, end: spkAt + post[1]!.length, kind, text: post[1]! });
  }
  return null;
}
