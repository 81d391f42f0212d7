/**
 * segment: paragraphs and sentences as ranges of the normalised text. A paragraph is a
 * line, except that hard-wrapped prose (fixed-width wire copy) is rejoined into one.
 */
import type { Doc, TextRange } from '../document.js';
import { isAbbreviation } from '../lexicon/index.js';
import { isTitleAbbreviation } from '../lexicon/en/roles.js';
import { PHRASE_OPENING_WORDS } from '../lexicon/en/function-words.js';
import { defineStage } from '../stage.js';
import { wordIndex, type WordIndex } from '../words.js';

export interface Paragraph extends TextRange {
  index: number;
  /** Index of the blank-line separated block the paragraph belongs to. */
  block: number;
}

export interface Sentence extends TextRange {
  paragraph: number;
}

export interface Segments {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The document's words, read once for every stage (wordsIn answers from it). */
  words: WordIndex;
}

/** The segment stage: paragraphs and sentences. */
export const segmentStage = defineStage({
  name: 'segment',
  needs: [],
  summary: 'paragraphs (hard-wrapped wire copy rejoined) and sentences',
  run: (doc: Doc): Segments => segment(doc),
});

/** Split the document into paragraphs and sentences. */
export function segment(doc: Doc): Segments {
  const paragraphs = findParagraphs(doc.text);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) splitSentences(doc.text, p.start, p.end, (start, end) => sentences.push({ start, end, paragraph: p.index }));
  return { paragraphs, sentences, words: wordIndex(doc.text) };
}

/** Lines grouped into paragraphs; hard-wrapped blocks (every line 50–90 wide) become one. */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let block = 0;
  let pos = 0;
  while (pos < text.length) {
    // one block: lines up to a blank line
    let end = text.indexOf('\n\n', pos);
    if (end < 0) end = text.length;
    const lines: TextRange[] = [];
    let ls = pos;
    while (ls <= end) {
      let le = text.indexOf('\n', ls);
      if (le < 0 || le > end) le = end;
      if (le > ls) lines.push({ start: ls, end: le });
      ls = le + 1;
    }
    if (lines.length) {
      if (isHardWrapped(text, lines)) out.push({ start: lines[0]!.start, end: lines[lines.length - 1]!.end, index: out.length, block });
      else for (const l of joinFragments(text, lines)) out.push({ start: l.start, end: l.end, index: out.length, block });
      block++;
    }
    pos = end;
    while (pos < text.length && text[pos] === '\n') pos++;
  }
  return out;
}

const PHRASE_OPENING = new Set(PHRASE_OPENING_WORDS);

/** How many words a line needs to be prose cut by a wrap, not a menu item ("Sign in"). */
const MIN_WRAPPED_WORDS = 6;

/**
 * Scraped pages break a sentence at every link: "The prime minister hit out at the Russian
 * president on" / "the fourth anniversary of the war". A line that ends without punctuation
 * joins the next when that one continues in lower case (or with punctuation), and a short
 * capitalised link text ("Donald Trump") joins both neighbours when the sentence goes on after it.
 */
function joinFragments(text: string, lines: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  const open = (l: TextRange) => /[\p{L}\d,]$/u.test(text.slice(Math.max(l.start, l.end - 1), l.end)) && /\s/.test(text.slice(l.start, l.end));
  const continues = (l: TextRange) => /^[\p{Ll},;.:)]/u.test(text.slice(l.start, l.start + 1));
  // "… 34 licensed banks and" / "254 registered firms …": a line of prose ending inside a
  // phrase goes on in the next one, whatever that one starts with (not an indented paragraph)
  const insidePhrase = (l: TextRange) => {
    const words = text.slice(l.start, l.end).trim().split(/\s+/);
    // (a sentence may open there: "… protection. The" / "(new) ordinance …"; a word in
    // capitals is a name or a table's cell: "Noblesville, IN", "N / A")
    const last = words[words.length - 1]!;
    return words.length >= MIN_WRAPPED_WORDS && (PHRASE_OPENING.has(last) || last === 'The');
  };
  const resumes = (l: TextRange) => /^[\p{L}\d(“"]/u.test(text.slice(l.start, l.start + 1));
  const shortLink = (l: TextRange) => {
    const t = text.slice(l.start, l.end);
    return t.length <= 40 && /^[\p{Lu}\d][\p{L}\d.'’ -]*$/u.test(t) && t.split(' ').length <= 4;
  };
  for (let i = 0; i < lines.length; i++) {
    let cur = lines[i]!; // replaced, never changed, when lines join
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      const after = lines[i + 2];
      if (open(cur) && (continues(next) || (insidePhrase(cur) && resumes(next)))) {
        cur = { start: cur.start, end: next.end };
        i++;
      } else if (open(cur) && shortLink(next) && after && continues(after) && /\p{Ll}/u.test(text.slice(cur.start, cur.end))) {
        cur = { start: cur.start, end: after.end };
        i += 2;
      } else break;
    }
    out.push(cur);
  }
  return out;
}

/** Fixed-width copy: at least three lines, all but the last 50–90 characters wide, and most
 *  of them not ending a sentence. */
function isHardWrapped(text: string, lines: TextRange[]): boolean {
  if (lines.length < 3) return false;
  let wide = 0;
  let open = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i]!;
    const w = l.end - l.start;
    if (w >= 50 && w <= 90) wide++;
    if (!/[.!?:"”»]$/.test(text.slice(l.end - 1, l.end))) open++;
  }
  return wide >= (lines.length - 1) * 0.8 && open >= (lines.length - 1) * 0.5;
}

const CLOSERS = new Set([...'"\'”’»)]›」』']);
const OPENERS_OR_UPPER = /[\p{Lu}\p{Lo}\d"“‘«„'([¿¡—–-]/u;

/** Sentence ranges inside [start, end): a boundary after . ! ? (and closing marks) followed
 *  by a space and an upper-case letter, digit or opening mark; abbreviations do not end one.
 *  Each range goes to `emit` when given (no intermediate list), else into the returned list. */
export function splitSentences(text: string, start: number, end: number, emit?: (start: number, end: number) => void): TextRange[] {
  const out: TextRange[] = [];
  const push = emit ?? ((a: number, b: number) => void out.push({ start: a, end: b }));
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    if (j >= end) break;
    if (text[j] !== ' ' && text[j] !== '\n') continue;
    let k = j;
    while (k < end && (text[k] === ' ' || text[k] === '\n')) k++;
    if (k >= end || !OPENERS_OR_UPPER.test(text[k]!)) continue;
    if (c === '.' && endsWithAbbreviation(text, s, i)) continue;
    push(s, j);
    s = k;
    i = k - 1;
  }
  if (s < end) push(s, end);
  return out;
}

/** Is the word before the period at `dot` an abbreviation or an initial ("Mr.", "U.S.", "J.")? */
function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  // text tokenised with spaces: "William H . Ellis", "Rep . Park Bum - kye"
  if (text[dot - 1] === ' ') {
    const m = /(?:^|[\s(])(\p{L}+) $/u.exec(text.slice(Math.max(from, dot - 12), dot));
    return !!m && (/^\p{Lu}$/u.test(m[1]!) || isTitleAbbreviation(m[1]!));
  }
  let w = dot;
  while (w > from && /[\p{L}.'’-]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, a.m
  return isAbbreviation(word.toLowerCase());
}
