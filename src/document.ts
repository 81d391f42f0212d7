/**
 * The Document every stage reads: the original input, its normalised text and the map
 * between them. Stages work on `text` and produce internal ranges into it; only `assemble`
 * turns them into spans of the original input.
 */
import type { Diagnostic } from './schema.js';

/** A range of the normalised text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Doc {
  /** The original input, never changed. */
  readonly input: string;
  /** Normalised text (whitespace folded, entities decoded); same characters otherwise. */
  readonly text: string;
  /** toInput[i]: index in `input` of text[i]; toInput[text.length] === input.length. */
  readonly toInput: Int32Array;
  /** toInputEnd[i]: index in `input` just after the source of text[i] (an entity ends later). */
  readonly toInputEnd: Int32Array;
  /** How many C0 control characters (but tab, form feed and line breaks) and DELs the input holds. */
  readonly controls: number;
}

/** Map a range of the normalised text to the original input (end after the last character). */
export function toInputRange(doc: Doc, r: TextRange): TextRange {
  if (r.end <= r.start) {
    const at = doc.toInput[r.start] ?? doc.input.length;
    return { start: at, end: at };
  }
  return { start: doc.toInput[r.start]!, end: doc.toInputEnd[r.end - 1]! };
}

/** Every diagnostic `code`. Written by analyzeArticle (analyze.ts): the input cut at maxLength,
 *  an empty input, control characters as in a binary file, too little text for a language, an
 *  exception caught so the call still returns a record; by the quotes stage (quotes/marks.ts):
 *  a quotation mark not closed in its paragraph. (Listed here: the schema cannot import
 *  analyze.ts, which imports it.) */
export const DIAGNOSTIC_CODES = ['input/truncated', 'input/empty', 'input/binary', 'language/undetermined', 'internal/error', 'model/unavailable', 'quote/unclosed'] as const;

/** A diagnostic on the normalised text; assemble maps its range. */
export interface DocDiagnostic extends Omit<Diagnostic, 'start' | 'end'> {
  range?: TextRange;
}

/** Shrink a range past whitespace at both ends. */
export function trimRange(text: string, start: number, end: number): TextRange {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** True when the two ranges share at least one character. */
export const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

/** True when `inner` lies within `outer`. */
export const contains = (outer: TextRange, inner: TextRange): boolean => inner.start >= outer.start && inner.end <= outer.end;
