/**
 * Marked spans that are not speech: a name or title in quote marks (RTK “Qazaqstan”, the law
 * “On Mass Media”), and, when no cue stands beside it, a short term or scare quote. Each rule
 * named; findQuotes reports the spans they take as titles.
 */
import { rangeAt } from '../../ranges.js';
import { NAMING_WORDS, TITLE_SMALL_WORDS } from '../../lexicon/en/titles.js';
import type { Sentence } from '../segment.js';
import type { MarkedQuote } from './marks.js';
import { typeWordBefore } from './cue-tails.js';
import { wordsIn } from '../../words.js';
import { CUE_WINDOW } from './cues/clause.js';

/** A rule that judges a marked span to be no speech. */
export interface NotSpeechRule {
  readonly name: string;
  readonly summary: string;
  test(text: string, q: MarkedQuote, sentences: readonly Sentence[], context: { continues: boolean }): boolean;
}

const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{5}/u;

/** A name, title or named thing in marks, whatever stands beside it. */
export const titleOrName: NotSpeechRule = {
  name: 'title-or-name',
  summary: 'a name or title: RTK “Qazaqstan”, the law “On Mass Media”, “The Patient Harvest”',
  test(text, q) {
    const content = text.slice(q.content.start, q.content.end);
    const words = content.split(/\s+/).filter(Boolean);
    if (!words.length) return true;
    // (within the mark's line: a word ending the line above, "Article Continued Below", is no type word)
    const line = text.slice(Math.max(0, q.open - 40), q.open);
    const before = line.slice(line.lastIndexOf('\n') + 1);
    // RTK “Qazaqstan”, the law “On Mass Media”, a company called “X”
    // (no period in the name: after "Miller. " a quote opens a new sentence)
    // a kind of thing names it with a capital ("the project «Northern Lights»"); "called the
    // project «a major step»" quotes speech; a naming word takes any case ("so-called “deplorables”")
    const typeWord = typeWordBefore(before);
    const named = typeWord !== null && (NAMING_WORDS.has(typeWord) || /^[\p{Lu}\d]/u.test(content));
    if (words.length <= 8 && (/(?:^|\s)[\p{Lu}\d][\p{L}\d&-]*\s*$/u.test(before) || named)) return true;
    // All Title Case, no sentence punctuation: "Not My Stella's", "The Patient Harvest"
    const titleCase = words.every((w) => /^[\p{Lu}\d"“„«'‘(]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
    return titleCase && words.length <= 10 && !/[.!?…]["”»’]?$|[,;:]$/.test(content);
  },
};

/** Short marked phrases inside a sentence (scare quotes), when no cue stands beside them. */
export const shortFragment: NotSpeechRule = {
  name: 'short-fragment',
  summary: 'fewer than four words with no cue: a “so-called” term (not the rest of a quote whose cue stands before it)',
  test(text, q, _sentences, { continues }) {
    if (continues) return false;
    // Chinese, Japanese and Thai write no spaces: count characters, not words
    if (UNSPACED_RUN.test(text.slice(q.content.start, q.content.end))) return false;
    return wordsIn(text, q.content.start, q.content.end).length < 4;
  },
};

/** A marked phrase of fewer than ten words inside a sentence of narration, after no colon:
 *  a term or scare quote ("a classic example of the “boys will be boys” trope"), not speech. */
export const midSentencePhrase: NotSpeechRule = {
  name: 'mid-sentence-phrase',
  summary: 'under ten words inside a sentence of narration, after no colon, with no cue',
  test(text, q, sentences, { continues }) {
    if (continues) return false;
    const s = rangeAt(sentences, q.open);
    if (!s) return false;
    const before = text.slice(Math.max(s.start, q.open - CUE_WINDOW), q.open);
    // (a quote in another script is foreign speech, not an English term)
    return /[\p{L}\d]/u.test(before) && !/[:;)]\s*$/.test(before) && /^\P{L}*\p{Script=Latin}/u.test(text.slice(q.content.start, q.content.end)) && wordsIn(text, q.content.start, q.content.end).length < 10;
  },
};

/** Rules tried on a marked span before its cue is looked for. */
export const NOT_SPEECH_ALWAYS: readonly NotSpeechRule[] = [titleOrName];
/** Rules tried on a marked span that has no cue. */
export const NOT_SPEECH_WITHOUT_CUE: readonly NotSpeechRule[] = [shortFragment, midSentencePhrase];

/** The first rule of `rules` that judges the span no speech, or null. */
export function notSpeech(rules: readonly NotSpeechRule[], text: string, q: MarkedQuote, sentences: readonly Sentence[], continues = false): NotSpeechRule | null {
  return rules.find((r) => r.test(text, q, sentences, { continues })) ?? null;
}
