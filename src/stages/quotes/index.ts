/**
 * quotes: direct quotes from the mark scanner (marks.ts; names, titles and scare quotes set
 * aside by not-speech.ts), indirect and mixed quotes from reporting cues, and for each the cue
 * and the speaker phrase next to it, by the ordered cue rules of cues/index.ts. Resolving the
 * phrase to an entity is the attribution stage's job.
 */
import type { Doc, DocDiagnostic, TextRange } from '../../document.js';
import { overlaps } from '../../document.js';
import { bucketBySentence } from '../../ranges.js';
import { defineStage } from '../../stage.js';
import type { Layout } from '../layout/index.js';
import type { Paragraph, Segments, Sentence } from '../segment.js';
import { scanQuoteMarks } from './marks.js';
import { notSpeech, NOT_SPEECH_ALWAYS, NOT_SPEECH_WITHOUT_CUE } from './not-speech.js';
import type { SpeakerNP } from './speaker-np.js';
import { wordsIn } from '../../words.js';
import { cueSite, HEADLINE_CUE_RULES, indirectSite, INDIRECT_CUE_RULES, MARKED_CUE_RULES, type CueMatch, type QuoteAnnotation } from './cues/index.js';
import { trimContent } from './cues/clause.js';

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
  for (const q of top) {
    if (q.content.end <= q.content.start) continue;
    if (notSpeech(NOT_SPEECH_ALWAYS, text, q, sentences)) {
      titles.push(q.content);
      continue;
    }
    const para = paragraphs[q.paragraphs[q.paragraphs.length - 1]!]!;
    const prevInPara = quotes.length && quotes[quotes.length - 1]!.paragraph === q.paragraphs[0] ? quotes[quotes.length - 1]! : null;
    // "A," he said, "B.": B continues A when only A's cue clause stands between them
    const continues = !!prevInPara?.markRange && !!prevInPara.cue && prevInPara.cue.start >= prevInPara.markRange.end && prevInPara.cue.end <= q.open && /^[^!?"“”«»]*[,:.]\s*$/.test(text.slice(prevInPara.markRange.end, q.open));
    let cue: CueMatch | null = null;
    if (!continues) {
      const site = cueSite(text, q, para, sentences, prevInPara?.markRange?.end ?? para.start);
      for (const rule of MARKED_CUE_RULES) if ((cue = rule.find(site))) break;
    }
    if (!cue && notSpeech(NOT_SPEECH_WITHOUT_CUE, text, q, sentences, continues)) {
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
    for (const f of findIndirect(text, s, local, cues[si]!)) {
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

/** Indirect speech in one sentence: the first cue rule that finds some decides. */
function findIndirect(text: string, s: Sentence, quotes: readonly QuoteAnnotation[], usedCues: readonly TextRange[]): QuoteAnnotation[] {
  const site = indirectSite(text, s, quotes, usedCues);
  if (!site) return [];
  for (const rule of INDIRECT_CUE_RULES) {
    const found = rule.find(site);
    if (found.length) return found;
  }
  return [];
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
