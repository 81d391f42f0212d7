/**
 * quotes: direct quotes from the mark scanner (marks.ts; names, titles and scare quotes set
 * aside by not-speech.ts), indirect and mixed quotes from reporting cues, and for each the cue
 * and the speaker phrase next to it, by the ordered cue rules of cues/index.ts. Resolving the
 * phrase to an entity is the attribution stage's job.
 */
import type { Doc, DocDiagnostic, TextRange } from '../../document.js';
import { overlaps } from '../../document.js';
import { bucketBySentence, rangeAt } from '../../ranges.js';
import { defineStage } from '../../stage.js';
import type { Layout } from '../layout/index.js';
import type { Paragraph, Segments, Sentence } from '../segment.js';
import { scanQuoteMarks, STRAIGHT_SINGLE, type MarkedQuote } from './marks.js';
import { notSpeech, NOT_SPEECH_ALWAYS, NOT_SPEECH_WITHOUT_CUE } from './not-speech.js';
import type { SpeakerNP } from './speaker-np.js';
import { wordsIn } from '../../words.js';
import { cueSite, HEADLINE_CUE_RULES, indirectSite, INDIRECT_CUE_RULES, MARKED_CUE_RULES, type CueMatch, type QuoteAnnotation } from './cues/index.js';
import { ABBREVIATED_WORD, CUE_WINDOW, trimContent } from './cues/clause.js';
import { speechVerbBase, WEAK_VERBS } from '../../lexicon/en/speech.js';
import { CLAUSE_AUXILIARIES } from '../../lexicon/en/clauses.js';

const CLAUSE_AUXILIARY = new Set(CLAUSE_AUXILIARIES);

export type { CueMethod, QuoteAnnotation } from './cues/index.js';

export interface QuotesResult {
  quotes: QuoteAnnotation[];
  diagnostics: DocDiagnostic[];
  /** Marked spans judged to be names or titles rather than speech. */
  titles: TextRange[];
}

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
  for (const q of marked) if (q.depth > 0 && notSpeech(NOT_SPEECH_ALWAYS, text, q, sentences)) titles.push(q.content);
  const top = marked.filter((q) => q.depth === 0);
  // the quote each one continues (its speaker goes on), by reference: indexes are made last
  const parentOf = new Map<QuoteAnnotation, QuoteAnnotation>();
  let previous: QuoteAnnotation | null = null; // the quote kept for the previous marked span
  const fragments = new Set<QuoteAnnotation>(); // short fragments whose cue follows them
  for (const q of top) {
    const before = previous;
    previous = null;
    if (q.content.end <= q.content.start) continue;
    if (notSpeech(NOT_SPEECH_ALWAYS, text, q, sentences)) {
      titles.push(q.content);
      continue;
    }
    const para = paragraphs[q.paragraphs[q.paragraphs.length - 1]!]!;
    const last = quotes.length ? quotes[quotes.length - 1]! : null;
    const prevInPara = last && last.paragraph === q.paragraphs[0] ? last : null;
    // the quote's own cue first: a cue of its own beats a speaker carried from the quote before
    const site = cueSite(text, q, para, sentences, prevInPara?.markRange?.end ?? para.start);
    let cue: CueMatch | null = null;
    for (const rule of MARKED_CUE_RULES) if ((cue = rule.find(site))) break;
    // the quote it continues: the one it re-opens (`"A. "B."`, a paragraph opening with a mark),
    // or, in its paragraph, the one whose cue clause alone stands between ("A," he said, "B.")
    const reopens = q.reopened && before && before === last ? before : null;
    const split = !reopens && prevInPara && splitByCue(text, prevInPara, q.open) ? prevInPara : null;
    let parent: QuoteAnnotation | null = null;
    if (reopens && !cue) parent = reopens;
    // (a fragment's cue found before it, "told reporters …, “but …”", is the split quote's own)
    else if (split && (!cue || cue.method === 'mixed' || sameRange(cue.cue, split.cue))) {
      parent = split;
      // the two parts of a quote split by its cue share the cue
      if (!cue || cue.method === 'mixed') cue = { cue: split.cue!, speaker: split.speaker, method: split.method ?? 'explicit' };
    }
    // '…,' in single straight marks is speech only beside its cue ('We will stay,' he said):
    // elsewhere such marks name things ('Gone Girl')
    if (q.openMark === STRAIGHT_SINGLE && (!cue || cue.method === 'mixed' || (parent && parent.marks?.open !== STRAIGHT_SINGLE))) continue;
    if (!cue && notSpeech(NOT_SPEECH_WITHOUT_CUE, text, q, sentences, !!parent)) {
      titles.push(q.content);
      continue;
    }
    const a: QuoteAnnotation = {
      content: q.content,
      kind: cue?.method === 'mixed' ? 'mixed' : 'direct',
      marks: { open: q.openMark, close: q.closeMark },
      markRange: { start: q.open, end: q.closeMark ? q.close + q.closeMark.length : q.close },
      paragraph: q.paragraphs[0]!,
      paragraphs: q.paragraphs,
      cue: cue?.cue ?? null,
      speaker: cue?.speaker ?? null,
      method: cue?.method === 'mixed' ? 'explicit' : cue?.method ?? null,
      continues: null,
    };
    if (parent) parentOf.set(a, parent);
    // "Europe's role is “indispensable,” Kim said.": a short fragment inside a sentence, its
    // cue after it, is the end of a reported clause; the clause with that cue is the quote
    // (a mixed one), the fragment alone only when no clause is found
    const fragment = !parent && cue?.method === 'explicit' && cue.cue.start >= a.markRange!.end && endsClause(text, q, sentences);
    if (fragment) {
      a.kind = 'mixed';
      fragments.add(a);
    }
    // "A.¶"B," she said.": the part re-opened takes the cue after it back to the part before
    if (reopens && cue && cue.method !== 'mixed' && !reopens.cue && !parentOf.has(reopens) && cue.cue.start >= a.markRange!.end) {
      reopens.cue = cue.cue;
      reopens.speaker = cue.speaker;
      reopens.method = a.method;
    }
    // a fragment's cue stays free: the reported clause around the fragment is the quote
    if (cue && cue.method !== 'mixed' && !fragment) usedCues.push(cue.cue);
    quotes.push(a);
    previous = a;
  }

  // Indirect and mixed speech, sentence by sentence; each sentence sees only the marked quotes
  // and used cues that touch it (a scan of all of them per sentence was quadratic)
  const markedIn = bucketBySentence(sentences, quotes.filter((q) => q.markRange), (q) => q.markRange!);
  const cues = bucketBySentence(sentences, usedCues, (c) => c);
  const absorbed = new Set<QuoteAnnotation>();
  const absorbedInto = new Map<QuoteAnnotation, QuoteAnnotation>();
  sentences.forEach((s, si) => {
    const p = paragraphs[s.paragraph]!;
    if (!inScope(p)) return;
    const local = markedIn[si]!.filter((q) => !absorbed.has(q));
    for (const f of findIndirect(text, s, local, cues[si]!)) {
      // a marked fragment inside the reported clause makes the quote mixed (also one opening or
      // closing it: "…, adding that “they will go.”"); a quote that is the whole clause stays direct
      const inner = local.filter((q) => q.kind !== 'indirect' && !absorbed.has(q) && insideClause(text, q, f.content));
      if (inner.length) {
        f.kind = 'mixed';
        for (const q of inner) {
          absorbed.add(q);
          absorbedInto.set(q, f);
          if (q.content.end > f.content.end) f.content = { start: f.content.start, end: q.content.end };
        }
      }
      // a direct quote it overlaps, or a fragment covering most of it, is the quote already
      if (local.some((q) => !absorbed.has(q) && (q.kind === 'direct' ? overlaps(q.content, f.content) : q.kind === 'mixed' && coversHalf(q.content, f.content)))) continue;
      usedCues.push(f.cue!);
      quotes.push(f);
    }
  });
  if (absorbed.size) quotes = quotes.filter((q) => !absorbed.has(q));
  // a fragment no reported clause took is a direct quote with its cue
  for (const q of fragments) if (!absorbed.has(q)) q.kind = 'direct';
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
  // `continues` indexes the final, sorted list (a parent absorbed into a mixed quote is that quote)
  const index = new Map(quotes.map((q, i) => [q, i]));
  for (const [q, parent] of parentOf) {
    const i = index.get(absorbedInto.get(parent) ?? parent);
    if (index.has(q) && i !== undefined && i < index.get(q)!) q.continues = i;
  }
  return { quotes, diagnostics, titles };
}

/** How many words a quoted fragment that ends a reported clause may have ("… is “indispensable,” Kim said"). */
const FRAGMENT_WORDS = 10;

/** Whether the marked quote `q` is a short fragment ending a clause that starts before it in its
 *  sentence (not after a colon or comma lead-in: "Kim said: “…”"). */
function endsClause(text: string, q: MarkedQuote, sentences: readonly Sentence[]): boolean {
  const s = rangeAt(sentences, q.open);
  if (!s || wordsIn(text, q.content.start, q.content.end).length >= FRAGMENT_WORDS) return false;
  const before = text.slice(Math.max(s.start, q.open - CUE_WINDOW), q.open);
  // (after "." the mark opens a sentence the segmenter did not split: "… in the U.S. “Forget it,” he said")
  return !/[:,;(—–.!?-]\s*$/.test(before) && wordsIn(text, q.open - before.length, q.open).length >= 3;
}

/** Whether the marked quote `q` is a fragment of the reported clause `clause`: its content
 *  within the clause (or running past its end only by punctuation), and words of the clause
 *  around it. Not a whole utterance: one ending in "!" or "?", one after a lead-in of its own
 *  ("…, he said, “…”"), one that opens the clause and is a sentence of its own ("“A,” alluding …"). */
function insideClause(text: string, q: QuoteAnnotation, clause: TextRange): boolean {
  if (q.content.start < clause.start || q.content.start >= clause.end) return false;
  if (q.content.end > clause.end && !/^[\s.,;:!?…"“”«»]*$/.test(text.slice(clause.end, q.content.end))) return false;
  if (/[!?]$/.test(text.slice(q.content.start, q.content.end))) return false;
  // (after a comma only a fragment that goes on in lower case and ends the clause: "…on Putin,
  // “and, in that sense, for terrorist activity.”")
  if (q.content.start > clause.start) return !/[,:]\s*$/.test(text.slice(clause.start, q.markRange!.start)) || (/^\p{Ll}/u.test(text.slice(q.content.start, q.content.start + 1)) && q.markRange!.end >= clause.end);
  // the fragment opens the clause: the clause goes on after it without a break ("“Too many fakes” are spread …")
  return q.markRange!.end < clause.end && !/[,.;:]$/.test(text.slice(q.content.start, q.content.end)) && /^\s+[\p{L}\d]/u.test(text.slice(q.markRange!.end, clause.end));
}

/** Whether `a` covers more than half of `b`. */
const coversHalf = (a: TextRange, b: TextRange): boolean => 2 * (Math.min(a.end, b.end) - Math.max(a.start, b.start)) > b.end - b.start;

/** Whether `a` lies within `b`. */
const within = (a: TextRange, b: TextRange): boolean => a.start >= b.start && a.end <= b.end;

/** A lower-case form of a speech verb that reports on its own ("said", "added"; not the noun
 *  "briefing" nor "post"). */
function reportsAlone(w: string): boolean {
  const base = speechVerbBase(w);
  return base !== null && !WEAK_VERBS.has(base);
}

const sameRange = (a: TextRange | null, b: TextRange | null): boolean => !!a && !!b && a.start === b.start && a.end === b.end;

/** How many words may follow a cue clause between the two parts of a split quote ("A," he told
 *  reporters at the party's headquarters in Turin, "B."), and how many when they are the speaker's
 *  apposition after a comma ("A," said Jo Park, president and chief executive of X, "B."). */
const SPLIT_TAIL_WORDS = 12;
const SPLIT_APPOSITION_WORDS = 20;

/** Whether only `prev`'s cue clause stands between it and a quote opening at `open`: its speaker
 *  and cue, a short adverbial, and a comma, colon or period ("A," he said. "B." / "A," said
 *  Kim on Monday, "B."), not a sentence of narration with a subject of its own. */
function splitByCue(text: string, prev: QuoteAnnotation, open: number): boolean {
  const from = prev.markRange?.end;
  if (from === undefined || !prev.cue || prev.cue.start < from || prev.cue.end > open) return false;
  const between = text.slice(from, open);
  if (/[!?"“”«»]/.test(between) || !/[,:.]\s*$/.test(between)) return false;
  const clauseStart = Math.min(prev.cue.start, prev.speaker?.start ?? prev.cue.start);
  const clauseEnd = Math.max(prev.cue.end, prev.speaker && prev.speaker.start >= from ? prev.speaker.end : prev.cue.end);
  if (clauseStart < from || !/^[\s,.]*$/.test(text.slice(from, clauseStart))) return false;
  // what follows the cue clause: a hearer or an adverbial, not a new sentence nor a clause
  // ("told reporters at the group's headquarters in Turin, “…”")
  const tail = text.slice(clauseEnd, open);
  if (/[.!?]\s+\S/.test(tail.replace(ABBREVIATED_WORD, ''))) return false;
  if (wordsIn(text, clauseEnd, open).some((w) => /^\p{Ll}/u.test(w.text) && (reportsAlone(w.text) || CLAUSE_AUXILIARY.has(w.text)))) return false;
  return wordsIn(text, clauseEnd, open).length <= (/^\s*,/.test(tail) ? SPLIT_APPOSITION_WORDS : SPLIT_TAIL_WORDS);
}

/** Indirect speech in one sentence: every cue rule in order, each adding the reports that
 *  overlap none found before and use another cue ("A, X said, adding that B": the post-posed
 *  report A after the participle's B). */
function findIndirect(text: string, s: Sentence, quotes: readonly QuoteAnnotation[], usedCues: readonly TextRange[]): QuoteAnnotation[] {
  const site = indirectSite(text, s, quotes, usedCues);
  if (!site) return [];
  const out: QuoteAnnotation[] = [];
  for (const rule of INDIRECT_CUE_RULES) {
    const earlier = out.slice();
    for (const f of rule.find(site)) {
      const clashes = earlier.filter((o) => out.includes(o) && (overlaps(o.content, f.content) || sameRange(o.cue, f.cue) || overlaps(f.cue!, o.content) || overlaps(o.cue!, f.content)));
      // "[Scientists … but warn that Y], the institute said": a report with its cue after it
      // whose content holds the earlier ones, cues and all, is the outer report; they are
      // reports inside it
      const outer = clashes.length > 0 && f.cue!.start >= f.content.end && clashes.every((o) => o.cue && within(o.cue, f.content) && within(o.content, f.content));
      if (outer) for (const o of clashes) out.splice(out.indexOf(o), 1);
      if (!clashes.length || outer) out.push(f);
    }
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

/**
 * A headline that attributes ("Starmer: We will rebuild the country", "Inflation will fall
 * by spring, minister says"): an indirect quote of the headline's claim by the named
 * speaker (headlines paraphrase, so never `direct`). Null for other headlines.
 */
export function findHeadlineQuote(text: string, headline: TextRange, paragraph: number): QuoteAnnotation | null {
  const make = (content: TextRange | null, cue: TextRange, speaker: SpeakerNP | null): QuoteAnnotation | null =>
    content && speaker && wordsIn(text, content.start, content.end).length >= 3
      ? { content, kind: 'indirect', marks: null, markRange: null, paragraph, paragraphs: [paragraph], cue, speaker, method: 'headline', continues: null }
      : null;
  for (const rule of HEADLINE_CUE_RULES) {
    const found = rule.find(text, headline, make);
    if (found !== undefined) return found;
  }
  return null;
}
