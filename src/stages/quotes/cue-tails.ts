/**
 * How the text before a quote mark ends: a cue ("said:", "told reporters,"), "according to X,",
 * a type word ("the law «…»"). Backward scans instead of unanchored `…$` patterns (those
 * backtrack quadratically on long runs; see src/tails.ts).
 */
import { trimRange } from '../../document.js';
import { isLetter, isWordUnit, runStart, spaceStart } from '../../tails.js';
import { TYPE_WORDS } from '../../lexicon/en/titles.js';

/**
 * Whether `before` ends, but for white space, with ',' or ':' or a word: as
 * /[,:]\s*$|\b\p{L}+\s*$/u tests (a word is a run of letters with a `\b` word boundary, in
 * the ASCII sense of `\b`, at its start or inside it).
 */
export function endsLikeCue(before: string): boolean {
  const e = spaceStart(before);
  if (e > 0 && (before[e - 1] === ',' || before[e - 1] === ':')) return true;
  const r = runStart(before, e, isLetter);
  for (let p = r; p < e; p += String.fromCodePoint(before.codePointAt(p)!).length) if (isWordUnit(before[p - 1]) !== isWordUnit(before[p])) return true;
  return false;
}

/** "according to" (any case) as a whole word, followed by white space. */
const ACCORDING = /\baccording to\s/gi;

/**
 * "…, according to Dr. Ahamad, “…”": where "according to" starts and where the comma closing
 * its noun phrase is, or null. As /\b(according to)\s+([^,]{1,80}),\s*$/i finds them (its
 * leftmost match): the phrase, 1 to 80 characters without a comma after the space(s), then a
 * comma and only white space to the end.
 */
export function accordingToBefore(before: string): { at: number; comma: number } | null {
  const e = spaceStart(before);
  const comma = e - 1;
  if (comma < 0 || before[comma] !== ',') return null;
  const previous = before.lastIndexOf(',', comma - 1);
  ACCORDING.lastIndex = previous + 1;
  for (let m = ACCORDING.exec(before); m && m.index < comma; m = ACCORDING.exec(before)) {
    const phrase = m.index + 'according to'.length;
    if (phrase >= comma) break;
    // the space run after it (at least one), of which the phrase may take all but the first
    const spaces = trimRange(before, phrase, comma).start - phrase;
    const len = comma - phrase;
    // a split k (1 <= k <= spaces) with 1 <= len - k <= 80
    if (spaces >= 1 && Math.max(1, len - 80) <= Math.min(spaces, len - 1)) return { at: m.index, comma };
  }
  return null;
}

/** TYPE_WORDS by length, longest first. */
const TYPE_WORDS_BY_LENGTH: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [...new Set(TYPE_WORDS.map((w) => w.length))]
  .sort((a, b) => b - a)
  .map((n) => [n, new Set(TYPE_WORDS.filter((w) => w.length === n))] as const);

/**
 * The type word `before` ends with, but for white space (any case, as a whole word: not
 * "outlaw", not "-law" after a letter), or null. (The pattern this replaces required `\b`
 * before the word, which in JavaScript is an ASCII boundary: no Cyrillic word ever matched.)
 */
export function typeWordBefore(before: string): string | null {
  const e = spaceStart(before);
  // one slice per length of type word, not one per word
  for (const [length, words] of TYPE_WORDS_BY_LENGTH) {
    const at = e - length;
    if (at < 0) continue;
    const w = before.slice(at, e).toLowerCase();
    if (!words.has(w)) continue;
    const prev = before[at - 1];
    if (/^[a-z]/.test(w) ? !isWordUnit(prev) : prev === undefined || !isLetter(prev)) return w;
  }
  return null;
}
