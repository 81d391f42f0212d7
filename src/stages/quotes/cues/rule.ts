/**
 * What a cue rule is. Three tables use them (cues/index.ts): the rules that find the cue and
 * speaker phrase of a marked quote, the rules that find indirect speech in a sentence, and the
 * rules that read a headline that attributes. Each rule has a name and the `method` its
 * speaker phrase is read by (the attribution sieve of that name).
 */
import type { TextRange } from '../../../document.js';
import { lowerBound, rangeAt, rangeIndex } from '../../../ranges.js';
import type { Paragraph, Sentence } from '../../segment.js';
import type { MarkedQuote } from '../marks.js';
import type { SpeakerNP } from '../speaker-np.js';
import { wordsIn, type Word } from '../../../words.js';
import { endsLikeCue } from '../cue-tails.js';
import { CUE_WINDOW } from './clause.js';

/** The attribution sieve that reads the speaker phrase a cue rule finds (sieves of the same name). */
export type CueMethod = 'explicit' | 'according-to' | 'colon-intro' | 'dash-credit' | 'headline';

/** A quote as the quotes stage finds it: its content, marks, cue and speaker phrase. */
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
  /** The method of the cue rule that found the cue and speaker phrase. */
  method: CueMethod | null;
  /** Index of an earlier quote this one continues ("A," he said, "B."). */
  continues: number | null;
}

/** A cue and speaker phrase found for a marked quote. */
export interface CueMatch {
  cue: TextRange;
  speaker: SpeakerNP | null;
  /** 'mixed': a fragment quoted inside a reported clause (the quote's kind; its method is 'explicit') */
  method: CueMethod | 'mixed';
}

/** The words after a closing mark as the rules after it read them. */
export interface AfterReading {
  /** Just after the closing mark. */
  from: number;
  /** The words within reach (240 characters, the paragraph). */
  words: Word[];
  /** The quote ends its sentence with a period: the words after it open the next one (a
   *  question or exclamation, "…?" she asked, is followed by its cue as often as not). */
  statementEnded: boolean;
}

/** The lead-in before an opening mark ("Karaulova said:", "According to her,"). */
export interface BeforeReading {
  start: number;
  before: string;
  words: Word[];
}

/** A marked quote where its cue is looked for, with the readings the rules share (made once). */
export interface CueSite {
  readonly text: string;
  readonly q: MarkedQuote;
  /** The paragraph the quote ends in. */
  readonly para: Paragraph;
  readonly sentences: readonly Sentence[];
  /** Where the lead-in may start: after the previous quote of the paragraph, or the paragraph's start. */
  readonly limit: number;
  /** The words after the closing mark, or null when no rule after the quote may apply. */
  after(): AfterReading | null;
  /** The lead-in before the opening mark, or null when it cannot end in a cue. */
  before(): BeforeReading | null;
}

/** A rule that finds the cue of a marked quote. */
export interface MarkedCueRule {
  readonly name: string;
  readonly summary: string;
  readonly method: CueMethod | 'mixed';
  find(site: CueSite): CueMatch | null;
}

/** A sentence where indirect speech is looked for. */
export interface IndirectSite {
  readonly text: string;
  readonly s: Sentence;
  readonly sText: string;
  /** The sentence's end before its final punctuation and closing marks. */
  readonly end: number;
  readonly words: Word[];
  /** Whether a position is inside a direct quote's marks. */
  inDirect(pos: number): boolean;
  /** Whether a cue was used by a quote already. */
  isUsed(r: TextRange): boolean;
  /** An indirect quote of this sentence. */
  make(content: TextRange, cue: TextRange, speaker: SpeakerNP | null, method: CueMethod): QuoteAnnotation;
}

/** A rule that finds indirect speech in a sentence (the first that finds some decides). */
export interface IndirectRule {
  readonly name: string;
  readonly summary: string;
  find(site: IndirectSite): QuoteAnnotation[];
}

/** A rule that reads a headline that attributes: a quote, null when it decides there is none,
 *  undefined when it does not apply. */
export interface HeadlineRule {
  readonly name: string;
  readonly summary: string;
  find(text: string, headline: TextRange, make: (content: TextRange | null, cue: TextRange, speaker: SpeakerNP | null) => QuoteAnnotation | null): QuoteAnnotation | null | undefined;
}

/** The site of a marked quote, its readings made on first use. */
export function cueSite(text: string, q: MarkedQuote, para: Paragraph, sentences: readonly Sentence[], limit: number): CueSite {
  let after: AfterReading | null | undefined;
  let before: BeforeReading | null | undefined;
  return {
    text,
    q,
    para,
    sentences,
    limit,
    after: () => (after === undefined ? (after = readAfter(text, q, para)) : after),
    before: () => (before === undefined ? (before = readBefore(text, q, sentences, limit)) : before),
  };
}

function readAfter(text: string, q: MarkedQuote, para: Paragraph): AfterReading | null {
  if (!q.closeMark) return null;
  const from = q.close + q.closeMark.length;
  // every cue after the quote is an English word ("said", "ACCORDING TO"): none without an
  // ASCII letter in reach (text in Chinese or Arabic is not read word by word per quote)
  const reach = Math.min(para.end, from + 240);
  if (!/[A-Za-z]/.test(text.slice(from, reach))) return null;
  const words = wordsIn(text, from, reach);
  if (!words.length) return null;
  const lead = text.slice(from, words[0]!.start);
  if (/[“”"«»„]/.test(lead)) return null;
  const content = text.slice(q.content.start, q.content.end);
  const sentenceEnded = /[.!?]$/.test(content) || /^\s*[.!?]/.test(lead);
  // a new sentence after the quote must start with the cue clause itself
  if (sentenceEnded && !/^[,\s]*$/.test(lead.replace(/^\s*[.!?]/, ''))) return null;
  const statementEnded = sentenceEnded && !/[!?]$/.test(content) && !/^\s*[!?]/.test(lead);
  return { from, words, statementEnded };
}

function readBefore(text: string, q: MarkedQuote, sentences: readonly Sentence[], limit: number): BeforeReading | null {
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
  return words.length ? { start, before, words } : null;
}

/** The site of a sentence, or null when it is too short to report anything (under four words). */
export function indirectSite(text: string, s: Sentence, quotes: readonly QuoteAnnotation[], usedCues: readonly TextRange[]): IndirectSite | null {
  const sText = text.slice(s.start, s.end);
  let end = s.end;
  while (end > s.start && /[\s.!?…"”»’]/.test(text[end - 1]!)) end--;
  const words = wordsIn(text, s.start, end);
  if (words.length < 4) return null;
  // (indexed: a scan of every quote and cue per word was quadratic in a sentence of thousands)
  const direct = rangeIndex(quotes.flatMap((q) => (q.kind === 'direct' && q.markRange ? [q.markRange] : [])));
  const used = rangeIndex(usedCues);
  return {
    text,
    s,
    sText,
    end,
    words,
    inDirect: (pos) => direct.contains(pos),
    isUsed: (r) => used.overlaps(r),
    make: (content, cue, speaker, method) => ({ content, kind: 'indirect', marks: null, markRange: null, paragraph: s.paragraph, paragraphs: [s.paragraph], cue, speaker, method, continues: null }),
  };
}
