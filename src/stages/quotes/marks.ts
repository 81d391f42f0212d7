/**
 * Quotation-mark scanner: pairs marks by type (not by order) with a stack per paragraph, so
 * directional marks nest (“… the law “On Mass Media” …”), German „…“ and French « … » pair,
 * and a quote left open at a paragraph's end is re-opened when the next paragraph opens with a
 * mark (the newsroom convention for multi-paragraph quotes: one quote per paragraph, the later
 * ones `reopened`); otherwise it is reported.
 */
import type { DocDiagnostic, TextRange } from '../../document.js';
import type { Paragraph } from '../segment.js';

export interface MarkedQuote {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or the end of the paragraph when unclosed. */
  close: number;
  openMark: string;
  closeMark: string | null;
  /** Content without the marks, trimmed. */
  content: TextRange;
  /** Nesting depth: 0 for top-level quotes. */
  depth: number;
  /** Paragraph indexes the quote runs over. */
  paragraphs: number[];
  /** Opened again where the quote before it was left open: the same voice goes on (a new
   *  paragraph opening with a mark, or a sentence re-opened with a mark as in `"A. "B."`). */
  reopened: boolean;
}

type Family = 'double' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner' | 'straight' | 'single';

interface Open {
  pos: number;
  mark: string;
  family: Family;
  closers: string;
  depth: number;
  firstParagraph: number;
  paragraphs: number[];
  reopened: boolean;
}

const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s([{\-—–/]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Scan all paragraphs; returns quotes in text order and diagnostics for unclosed marks. */
export function scanQuoteMarks(text: string, paragraphs: readonly Paragraph[]): { quotes: MarkedQuote[]; diagnostics: DocDiagnostic[] } {
  const quotes: MarkedQuote[] = [];
  const diagnostics: DocDiagnostic[] = [];
  let carried: Open | null = null; // a top-level quote continuing into the next paragraph
  // only quote marks can open or close: visit their positions, not every character
  const marks: number[] = [];
  for (let m = ANY_MARK.exec(text); m; m = ANY_MARK.exec(text)) marks.push(m.index);
  let mk = 0;

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const stack: Open[] = [];
    let i = p.start;
    if (carried) {
      // Continuation: the paragraph must open with a mark of the same family.
      const c = text[i];
      const fam = c === undefined ? null : openerFamily(c, text[i - 1], text[i + 1]);
      if (fam && sameVoice(fam, carried.family)) {
        stack.push({ pos: i, mark: c!, family: fam, closers: closersOf(c!), depth: 0, firstParagraph: p.index, paragraphs: [p.index], reopened: true });
        i++;
      } else {
        diagnostics.push(unclosed(carried, paragraphs));
      }
      carried = null;
    }
    while (mk < marks.length && marks[mk]! < i) mk++;
    for (; mk < marks.length && marks[mk]! < p.end; mk++) {
      const i = marks[mk]!;
      const c = text[i]!;
      const prev = text[i - 1];
      const next = text[i + 1];
      const top = stack[stack.length - 1];
      // 1. does it close the innermost open quote?
      if (top && top.closers.includes(c) && closesHere(c, top, prev, next)) {
        stack.pop();
        quotes.push(makeQuote(text, top, i, c));
        continue;
      }
      // an outer quote closing while an inner one is still open: close both
      const outerIdx = findOuter(stack, c, prev, next);
      if (outerIdx >= 0) {
        const outer = stack[outerIdx]!;
        stack.length = outerIdx;
        quotes.push(makeQuote(text, outer, i, c));
        continue;
      }
      // 2. does it open a quote?
      const fam = openerFamily(c, prev, next);
      // `"A. "B."`: an opening double mark after a sentence inside an open quote of its family
      // re-opens it (a paragraph break lost, its continuation mark kept): A ends unclosed
      if ((fam === 'straight' || fam === 'double') && top?.family === fam && reopensAfter(text, top.pos, i)) {
        stack.pop();
        quotes.push(makeQuote(text, top, i, null));
        stack.push({ pos: i, mark: c, family: fam, closers: closersOf(c), depth: top.depth, firstParagraph: p.index, paragraphs: [p.index], reopened: true });
        continue;
      }
      // (beyond MAX_OPEN open quotes a mark is a stray: text never nests so deep, and every
      // mark looks through the open ones)
      if (fam && stack.length < MAX_OPEN) {
        stack.push({ pos: i, mark: c, family: fam, closers: closersOf(c), depth: stack.length, firstParagraph: p.index, paragraphs: [p.index], reopened: false });
      }
    }
    if (stack.length) {
      const outer = stack[0]!;
      const nextP = paragraphs[pi + 1];
      const c = nextP ? text[nextP.start] : undefined;
      const fam = c === undefined ? null : openerFamily(c, undefined, text[nextP!.start + 1]);
      if (nextP && fam && sameVoice(fam, outer.family) && outer.depth === 0) {
        // the next paragraph re-opens it: this paragraph's part is a quote of its own
        quotes.push(makeQuote(text, outer, p.end, null));
        carried = outer;
      } else if ((outer.family !== 'single' && outer.family !== 'straight') || (outer.family === 'straight' && (outer.reopened || opensSpeech(text, p.start, outer.pos)))) {
        // an unclosed curly or angle quote, or a straight one that opens its paragraph or
        // follows a lead-in ("X said: "…", a stray straight mark elsewhere is dropped): report
        // it, and keep it up to the paragraph end
        diagnostics.push(unclosed(outer, paragraphs));
        quotes.push(makeQuote(text, outer, p.end, null));
      } else diagnostics.push(unclosed(outer, paragraphs));
    }
  }
  if (carried) diagnostics.push(unclosed(carried, paragraphs));
  // '…,' in single straight marks (British copy; findQuotes keeps one only beside its cue),
  // where no quote of the marks above is (''…'' and ``…'' are double marks after normalize)
  const taken = quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.open, end: q.close + (q.closeMark?.length ?? 0) }));
  for (const q of straightSingleQuotes(text, paragraphs)) if (!taken.some((r) => q.open < r.end && r.start < q.close + 1)) quotes.push(q);
  quotes.sort((a, b) => a.open - b.open);
  return { quotes, diagnostics };
}

/** The mark of a quote written with single straight quotes ('…,' he said). */
export const STRAIGHT_SINGLE = "'";

/** '…,' quotes in the paragraphs, at depth 0: a ' opens before a letter at a word start and
 *  closes after the quote's own punctuation before a space (an apostrophe inside a word, "it's",
 *  is no mark). */
function straightSingleQuotes(text: string, paragraphs: readonly Paragraph[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end);
    if (!para.includes(STRAIGHT_SINGLE)) continue;
    for (let i = para.indexOf(STRAIGHT_SINGLE); i >= 0; i = para.indexOf(STRAIGHT_SINGLE, i + 1)) {
      if (!isSpaceOrStart(para[i - 1]) || !/\p{L}/u.test(para[i + 1] ?? '')) continue;
      const close = singleCloser(para, i + 1);
      if (close < 0) continue;
      const o: Open = { pos: p.start + i, mark: STRAIGHT_SINGLE, family: 'straight', closers: '', depth: 0, firstParagraph: p.index, paragraphs: [p.index], reopened: false };
      out.push(makeQuote(text, o, p.start + close, STRAIGHT_SINGLE));
      i = close;
    }
  }
  return out;
}

/** How far a single straight quote's closing mark is looked for (characters). */
const SINGLE_REACH = 600;

/** Where the single straight quote whose content starts at `from` closes: a ' after the
 *  quote's own punctuation and before a space or the end ('We will stay,' he said); -1 when a
 *  double mark, a line break or another closing-shaped ' comes first, or none is in reach. */
function singleCloser(para: string, from: number): number {
  for (let k = from; k < Math.min(para.length, from + SINGLE_REACH); k++) {
    const c = para[k]!;
    if (c === '"' || c === '“' || c === '”' || c === '\n') return -1;
    if (c !== "'") continue;
    if (/\p{L}/u.test(para[k + 1] ?? '')) continue; // it's, don't
    return /[,.!?]/.test(para[k - 1] ?? '') && (k + 1 === para.length || /\s/.test(para[k + 1]!)) ? k : -1;
  }
  return -1;
}

function unclosed(o: Open, paragraphs: readonly Paragraph[]): DocDiagnostic {
  // paragraphs may be a subset: find the last one by its index, not by position
  const lastIndex = o.paragraphs[o.paragraphs.length - 1]!;
  const p = paragraphs.find((x) => x.index === lastIndex);
  return { code: 'quote/unclosed', message: `quotation mark ${o.mark} is not closed in its paragraph`, severity: 'warning', range: { start: o.pos, end: Math.max(o.pos + 1, p ? p.end : o.pos + 1) } };
}

function makeQuote(text: string, o: Open, closePos: number, closeMark: string | null): MarkedQuote {
  let s = o.pos + 1;
  let e = closePos;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { open: o.pos, close: closePos, openMark: o.mark, closeMark, content: { start: s, end: e }, depth: o.depth, paragraphs: o.paragraphs, reopened: o.reopened };
}

/** Marks of two families that continue the same quote across a paragraph (straight and curly
 *  doubles mix in copy that was edited twice). */
function sameVoice(a: Family, b: Family): boolean {
  return a === b || (a === 'double' && b === 'straight') || (a === 'straight' && b === 'double');
}

/** Whether an open straight quote from `openPos` is re-opened by the mark at `pos`: its text so
 *  far ends a sentence (`.`, `?`, `!`, `…`, maybe a bracket) before the space. A mark after a
 *  word (`a "measure" of`) nests instead. */
function reopensAfter(text: string, openPos: number, pos: number): boolean {
  return pos - openPos > 2 && /[.?!…][)\]]?\s+$/.test(text.slice(Math.max(openPos + 1, pos - 4), pos));
}

/** Whether an unclosed straight quote at `pos` is speech: it opens its paragraph, or follows a
 *  lead-in ending in a colon or comma ("X said: "…", "X told reporters, "…"). */
function opensSpeech(text: string, paragraphStart: number, pos: number): boolean {
  return !text.slice(paragraphStart, pos).trim() || /[:,]\s*$/.test(text.slice(Math.max(paragraphStart, pos - 8), pos));
}

/** How many quotes may be open at once (nested, or unclosed within a paragraph). */
const MAX_OPEN = 16;

/** Every mark that openerFamily may open with or closersOf may close with. */
const ANY_MARK = /[“„‟”«»‹›「」『』"‘‚’]/g;

/** Which marks may close a quote opened with `m`. */
function closersOf(m: string): string {
  switch (m) {
    case '“': return '”“"';
    case '„': return '“”"';
    case '‟': return '”';
    case '«': return '»';
    case '»': return '«';
    case '‹': return '›';
    case '「': return '」';
    case '『': return '』';
    case '"': return '"”“';
    case '‘': return '’';
    case '‚': return '‘’';
    case '”': return '”';
    default: return '';
  }
}

/** The family of an opening mark at this position, or null when it does not open here. */
function openerFamily(c: string, prev: string | undefined, next: string | undefined): Family | null {
  switch (c) {
    case '“':
    case '„':
    case '‟':
      return next !== undefined && !/\s/.test(next) ? 'double' : null;
    case '”':
      // Swedish/Finnish ”…” or a stray: opens only at a word start
      return isSpaceOrStart(prev) && isWordChar(next) ? 'double' : null;
    case '«':
    case '»':
      if (c === '»' && !(isSpaceOrStart(prev) && isWordChar(next))) return null;
      return next !== undefined && (!/\s/.test(next) || next === '\u00a0' || next === ' ') ? 'guillemet' : null;
    case '‹':
      return 'single-guillemet';
    case '「':
      return 'corner';
    case '『':
      return 'white-corner';
    case '"':
      return isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next) ? 'straight' : prev === undefined ? 'straight' : null;
    case '‘':
    case '‚':
      return isSpaceOrStart(prev) && isWordChar(next) ? 'single' : null;
    default:
      return null;
  }
}

/** Does `c` close the open quote `o` here? Apostrophes and word-internal marks do not. */
function closesHere(c: string, o: Open, prev: string | undefined, next: string | undefined): boolean {
  if (o.family === 'single') return c === '’' || c === '‘' ? !isWordChar(next) && prev !== undefined && !/\s/.test(prev) : false;
  // a straight mark closes an open straight quote unless it is shaped as an opener (after a
  // space, before a word): then it nests (`a "measure" of`) or re-opens (`"A. "B.`)
  if (c === '"' && o.family === 'straight') return !(isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next));
  if (c === '“' && o.mark === '“') {
    // “ closes “ only in the lax style “…“ followed by space/punctuation
    return !isWordChar(next) && prev !== undefined && !/\s/.test(prev);
  }
  if (c === '"' && o.family === 'double') return !isWordChar(next);
  return true;
}

/** An outer quote that `c` closes while inner quotes are open (an unclosed inner mark). */
function findOuter(stack: Open[], c: string, prev: string | undefined, next: string | undefined): number {
  for (let k = stack.length - 2; k >= 0; k--) {
    const o = stack[k]!;
    if (o.family === 'single' || o.family === 'straight') continue;
    if (o.closers.includes(c) && c !== '“' && c !== '"' && !isWordChar(next) && prev !== undefined && !/\s/.test(prev)) {
      // only when every inner open quote is a single quote (likely an apostrophe) or a stray
      if (stack.slice(k + 1).every((x) => x.family === 'single' || x.family === 'straight')) return k;
    }
  }
  return -1;
}
