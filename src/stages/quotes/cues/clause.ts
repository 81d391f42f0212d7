/**
 * What the cue rules share: how far they read, where a reported clause starts and ends, the
 * subject of a lead-in clause, the speaker after "according to".
 */
import type { TextRange } from '../../../document.js';
import { speechVerbBase } from '../../../lexicon/en/speech.js';
import { isVerbForm } from '../../../lexicon/index.js';
import { PRONOUNS } from '../../../lexicon/en/pronouns.js';
import { TITLE_ABBREVIATIONS } from '../../../lexicon/en/roles.js';
import { NOT_CLAUSE_START } from '../../../lexicon/en/clauses.js';
import { ADVERBIAL_PREPOSITION, ADVERBIAL_SUBJECT as SUBJECT_PRONOUNS, ARTICLE_WORD, AUXILIARY_OR_PAST as AUX_OR_PAST, CLAUSE_OPENING_WORD, CONTRACTED_SUBJECT, DAY_ADVERB as DAY_ADVERBS, FOR_OR_OF_WORD, HEADLINE_VERB as HEADLINE_VERBS, INTRODUCTORY_WORD, NAME_SMALL_FUNCTION_WORD, PARTICIPLE_CUE as PARTICIPLE_CUES, POSSESSIVE_OPENER_START, VERB_AFTER_THERE } from '../../../lexicon/patterns.js';
import { speakerAfter, speakerBefore, type SpeakerNP } from '../speaker-np.js';
import { wordsIn, type Word } from '../../../words.js';

/**
 * How far before a quote mark (in characters, within its sentence) the cue and speaker are
 * looked for. Every quote reading from its sentence's start was quadratic in a sentence of a
 * megabyte with thousands of quotes; a cue clause is a few dozen words at most.
 */
export const CUE_WINDOW = 400;

/** Initials and title abbreviations with their period ("J.", "St.", "Dr."): no sentence end. */
export const ABBREVIATED_WORD = new RegExp(`\\b(?:[A-Z][a-z]?|St|${[...TITLE_ABBREVIATIONS].map((t) => t[0]!.toUpperCase() + t.slice(1)).join('|')})\\.`, 'g');

/** The expressions built from parts at load time, for the ReDoS check (scripts/redos.mjs). */
export const BUILT_PATTERNS: ReadonlyArray<{ pattern: RegExp; maxInput?: number }> = [{ pattern: ABBREVIATED_WORD }];

/** "that" opening a reported clause (", that" too). */
export const THAT = /^(?:that|,?\s*that)$/i;

/** Trim a content range of spaces, a leading comma and trailing punctuation. */
export function trimContent(text: string, start: number, end: number): TextRange | null {
  while (start < end && /[\s,"“”„«»]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?…"“”«»]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** How far into a reported clause a participle cue that ends it is looked for. */
const REPORT_REACH = 3000;

/** Where the reported clause starting at `start` ends, at most `end`: before a participle
 *  cue that opens a report of its own (", saying …", ", noting …") or "and added …". A dash
 *  or bracketed aside stays inside: the gold sets keep it as often as not (measured). */
export function clauseEnd(text: string, start: number, end: number): number {
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

/** Words that can open a reported clause without "that" (`next` is the word after): a subject,
 *  "there are", "about 550"; not a verb form, preposition or adverb of the cue itself ("said
 *  in", "said goodbye to" are not clauses). */
export function isClauseStart(w: string, next?: string): boolean {
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
export function afterAdverbial(words: readonly Word[], j: number): number {
  let k = j;
  while (k < words.length && DAY_ADVERBS.test(words[k]!.text.toLowerCase())) k++;
  if (ADVERBIAL_PREPOSITION.test(words[k]?.text ?? '')) {
    for (let m = k + 1; m < Math.min(words.length, k + 7); m++) if (SUBJECT_PRONOUNS.test(words[m]!.text)) return m;
  }
  return k;
}

/** In a Title Case line ("Obama on Climate Change", "Trump Addresses Munich Attack",
 *  "Warren Hammers Wells Fargo CEO"), the index of the word that ends the subject: "on" or a
 *  capitalised verb in -s; -1 when there is none. */
export function titleCaseBreak(words: readonly Word[]): number {
  return words.findIndex((w, i) => {
    if (i === 0) return false;
    if (/^on$/i.test(w.text)) return true;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(w.text)) return false;
    const l = w.text.toLowerCase();
    return HEADLINE_VERBS.test(l) || speechVerbBase(l) !== null || isVerbForm(l);
  });
}

/** How many words from a sentence's start subjectAtStart reads (its verb must come within 14,
 *  after an opening adverbial up to a comma). */
export const SUBJECT_WORDS = 64;

/** The subject of a clause ("Director General of X company Dmitry Lapshin named the task:"):
 *  the words before its first verb; the last name there, else a pronoun or description. */
export function subjectAtStart(text: string, words: Word[]): SpeakerNP | null {
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
export function accordingToSpeaker(text: string, from: number, end: number): SpeakerNP | null {
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
