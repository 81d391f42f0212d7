/**
 * How the library reads words, in one place. Three readings, each for what it measures:
 * `wordsIn` (below) for the rules that read phrases; `letterDigitRuns` for the length of a line
 * (layout); `letterRuns` for function words (language). The name tagger reads tokens of its
 * own (entities/ner-features.ts: CoNLL tokens, punctuation included), as it was trained.
 *
 * The words of a document, made once and shared by the stages: a word is a run of letters,
 * marks and digits, joined across ' ’ - . when a letter or digit follows ("Ha-eun", "U.S",
 * "e.GO's"). The segment stage makes the index of the document's text; `wordsIn` and
 * `hasWords` answer from it (a binary search and a slice, no regular expression per call),
 * reading a range exactly as the pattern run on that range alone would.
 */
import type { TextRange } from './document.js';
import { lowerBoundOf } from './ranges.js';
import { codeUnitClass } from './code-unit-class.js';

/** A word with its offsets. */
export interface Word extends TextRange {
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
/** The same pattern, for reading a cut word's parts (WORD may be mid-scan). */
const PART = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text` (all of them, in order), with their starts for binary search. */
export class WordIndex {
  readonly text: string;
  readonly words: readonly Word[];
  private readonly starts: Int32Array;

  constructor(text: string) {
    this.text = text;
    const words: Word[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    this.words = words;
    this.starts = Int32Array.from(words, (w) => w.start);
  }

  /** Index of the first word starting at or after `pos`. */
  private firstFrom(pos: number): number {
    return lowerBoundOf(this.starts, pos);
  }

  /** The words of text[start, end) as the word pattern run on that slice reads them: whole
   *  words inside, and the parts of a word the range cuts read as words of their own. */
  between(start: number, end: number): Word[] {
    if (end <= start) return [];
    let i = this.firstFrom(start);
    const out: Word[] = [];
    // a word that starts before the range and reaches into it: its part inside
    const cut = i > 0 ? this.words[i - 1]! : undefined;
    if (cut && cut.end > start) out.push(...this.partsOf(start, Math.min(cut.end, end)));
    for (; i < this.words.length; i++) {
      const w = this.words[i]!;
      if (w.start >= end) break;
      if (w.end <= end) out.push(w);
      else out.push(...this.partsOf(w.start, end));
    }
    return out;
  }

  /** Whether the word pattern, run on the whole text from `r.start`, finds at least `n` words
   *  starting before `r.end` (a word that runs past the end counts). */
  atLeast(r: TextRange, n: number): boolean {
    let k = 0;
    let i = this.firstFrom(r.start);
    const cut = i > 0 ? this.words[i - 1]! : undefined;
    if (cut && cut.end > r.start) for (const p of this.partsOf(r.start, cut.end)) if (p.start < r.end && ++k >= n) return true;
    for (; i < this.words.length && this.starts[i]! < r.end; i++) if (++k >= n) return true;
    return false;
  }

  /** The matches of the word pattern on text[start, end) alone (a word cut by a range). */
  private partsOf(start: number, end: number): Word[] {
    const out: Word[] = [];
    const s = this.text.slice(start, end);
    PART.lastIndex = 0;
    for (let m = PART.exec(s); m; m = PART.exec(s)) out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
    return out;
  }
}

/** The index of the last document read, reused while the stages read the same text. */
let current: WordIndex | null = null;

/** The word index of `text`: the one the segment stage made for this document, or a new one. */
export function wordIndex(text: string): WordIndex {
  if (current === null || current.text !== text) current = new WordIndex(text);
  return current;
}

/** Words of text[start, end) with their offsets. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  return wordIndex(text).between(start, end);
}

/** Whether text[r.start, r.end) holds at least `n` words, as wordsIn counts them (a word
 *  running past the end counts). */
export function hasWords(text: string, r: TextRange, n: number): boolean {
  return wordIndex(text).atLeast(r, n);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether a code unit of the Basic Multilingual Plane is a letter or digit (news is full of
 *  ’ “ ” – —: a table, where the pattern built a string per character). */
const isWordCharUnit = codeUnitClass(WORD_CHAR);

/** How many runs of letters and digits `s` holds (as /[\p{L}\p{N}]+/gu would match): the
 *  length of a line in words as layout measures it ("e.GO's" is three), counted without
 *  building a list (every line of the input is measured). */
export function letterDigitRuns(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // a surrogate pair is one code point, tested whole
      w = WORD_CHAR.test(s.slice(i, i + 2));
      i++;
    } else w = isWordCharUnit(c);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const LETTER = /\p{L}/u;
/** Whether a code unit of the Basic Multilingual Plane is a letter (\p{L}). */
const isLetterUnit = codeUnitClass(LETTER);

/** Whether `s` holds fewer than `n` letters, counted in UTF-16 units as
 *  `s.replace(/[^\p{L}]/gu, '').length` counts them, reading only until the n-th (an article
 *  reaches 400 within its first lines). */
export function fewerLettersThan(s: string, n: number): boolean {
  let k = 0;
  for (let i = 0; i < s.length && k < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) k++;
      continue;
    }
    if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // a surrogate pair is one code point, tested whole (a letter: two units)
      if (LETTER.test(s.slice(i, i + 2))) k += 2;
      i++;
    } else if (isLetterUnit(c)) k++;
  }
  return k < n;
}

/** The runs of letters of `s` (lower-case it first for a case-blind reading), at most `max`
 *  of them: the words as language detection reads them, where "l'homme" is "l" and "homme"
 *  (function words). Read as /[\p{L}]+/gu matches, by code unit: the pattern's scan was 2.5
 *  times slower on Cyrillic text, and is read on every paragraph. */
export function letterRuns(s: string, max = Infinity): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length && out.length < max; i++) {
    const c = s.charCodeAt(i);
    // a surrogate pair is one code point (a letter outside the BMP, or not), tested whole
    const pair = (c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const letter = c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : pair ? LETTER.test(s.slice(i, i + 2)) : isLetterUnit(c);
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0 && out.length < max) out.push(s.slice(start));
  return out;
}

/** Where the last whole-word occurrence of `word` (lower case) in text[from, to) starts, any
 *  case, or -1. */
export function lastWordAt(text: string, word: string, from: number, to: number): number {
  const hay = text.slice(from, to).toLowerCase();
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = hay.lastIndexOf(word); i >= 0; i = i > 0 ? hay.lastIndexOf(word, i - 1) : -1) {
    if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + word.length])) return from + i;
  }
  return -1;
}
