/**
 * Speaker noun phrases next to a cue: the name, pronoun or description that says something
 * ("Asel Karaulova", "she", "the speaker", "a police spokesman"). Pure string work on the
 * normalised text; entity resolution happens in the attribution stage.
 */
import type { TextRange } from '../../document.js';
import { windowStart } from '../../tails.js';
import { isVerbForm } from '../../lexicon/index.js';
import { wordsIn, type Word } from '../../words.js';
import { DOCUMENT_NOUNS, GENERIC_SPEAKERS, RELATION_HEADS, SPEAKER_DETERMINERS as DETERMINERS, WORDS_BEFORE_CUE as ADVERBS } from '../../lexicon/en/speakers.js';
import { SPEAKER_NAME_PARTICLES as NAME_CONNECTORS } from '../../lexicon/shared/names.js';
import { SENTENCE_OPENERS } from '../../lexicon/en/clauses.js';
import { LEADING_OPENER, ABBREVIATION_BEFORE_COMMA, ASIDE_BEFORE_CUE, CAPITALISED_WEEKDAY as DAYS, DESCRIPTION_BREAK, DESCRIPTION_PREPOSITION, NAMELESS_RUN, NOT_NAME_OPENER, OF_OR_FROM_WORD, TITLE_ASIDE_SMALL_WORD, TITLE_COMPLEMENT_PREPOSITION } from '../../lexicon/patterns.js';
import { isCapitalisedOrArticleName as isCap } from '../../lexicon/shapes.js';
import { PRONOUNS } from '../../lexicon/en/pronouns.js';
import { ROLE_NOUNS, isTitleAbbreviation } from '../../lexicon/en/roles.js';
import { ORG_DESCRIPTION_HEADS } from '../../lexicon/en/organisations.js';

/** A word written with a period inside a name: a title, or "St." ("St. Petersburg"). */
const isTitleWithPeriod = (w: string): boolean => isTitleAbbreviation(w) || w === 'St';
/** A middle initial with its period inside a name ("Heather C. Briccetti"): a capital letter
 *  after a name word, before a name word that opens no sentence. */
const isMiddleInitial = (prev: string | undefined, w: string, next: string | undefined): boolean =>
  /^\p{Lu}$/u.test(w) && !!prev && /^\p{Lu}\p{Ll}/u.test(prev) && !!next && /^\p{Lu}\p{Ll}/u.test(next) && !SENTENCE_OPENERS.has(next.toLowerCase());

export type SpeakerKind = 'name' | 'pronoun' | 'description';

export interface SpeakerNP extends TextRange {
  kind: SpeakerKind;
  text: string;
}



/** ", Craig Prater." after a description: two to four capitalised words, then the clause's end. */
const APPOSITIVE_NAME = /^,\s+([\p{Lu}][\p{L}'’-]+(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{L}'’-]+)){1,3})\s*(?:[,.;!?]|$)/u;

/** How far before a cue (characters) its speaker phrase is read: a name with an aside of a
 *  title and an organisation ("Sabitri Gurung, a glaciologist at the …, said") fits well. */
const SPEAKER_WINDOW = 300;

const isLower = (w: string): boolean => /^[\p{Ll}]/u.test(w);

/** Nouns that can head a speaking description. */
export function isSpeakerHead(lower: string): boolean {
  const one = lower.replace(/s$/, '');
  return RELATION_HEADS.has(one) || DOCUMENT_NOUNS.has(one) || ROLE_NOUNS.has(lower) || GENERIC_SPEAKERS.has(lower) || ORG_DESCRIPTION_HEADS.has(lower) || ROLE_NOUNS.has(lower.replace(/s$/, '')) || ORG_DESCRIPTION_HEADS.has(lower.replace(/s$/, '')) || /(?:man|woman|person|ist|er|or|ian|ant|ent)s?$/.test(lower) && lower.length > 4;
}

/** How many words a relative clause between a speaker and the cue may have. */
const RELATIVE_ASIDE_WORDS = 40;

/** "Fissette, who was formerly alongside Kim Clijsters, Simona Halep and …, said": the name
 *  before a relative clause with commas of its own that runs to the cue's comma. */
function relativeAsideOwner(text: string, limit: number, pos: number): SpeakerNP | null {
  const t = text.slice(limit, pos);
  const at = t.lastIndexOf(', who');
  if (at < 0 || !/^,\s+who(?:se)?\s/.test(t.slice(at, at + 8)) || /[.;:!?"“”«»()]/.test(t.slice(at)) || wordsIn(text, limit + at, pos).length > RELATIVE_ASIDE_WORDS) return null;
  const owner = speakerBefore(text, limit, limit + at);
  return owner && owner.kind !== 'pronoun' && owner.end === limit + at ? owner : null;
}

/** The speaker right before `pos` (the cue), looking back no further than `limit`. */
export function speakerBefore(text: string, limit: number, pos: number): SpeakerNP | null {
  // only the last SPEAKER_WINDOW characters, from a word start: a cue far into a megabyte-long
  // sentence read it all from the sentence start, for every cue (quadratic)
  limit = windowStart(text, limit, pos, SPEAKER_WINDOW);
  // "X, in a statement, said" / "X in an interview said" / "X was quoted as saying" /
  // "Sen. David Perdue (R-Ga.) said"
  const phrase = ASIDE_BEFORE_CUE.exec(text.slice(limit, pos));
  if (phrase) pos = limit + phrase.index;
  let words = wordsIn(text, limit, pos);
  // the cue may follow "Name, a doctor at X," or "Name, who …," — skip one such aside
  const between = (a: number, b: number) => text.slice(a, b);
  // drop trailing adverbs and auxiliaries ("she also said", "he has said")
  while (words.length && ADVERBS.has(words[words.length - 1]!.text.toLowerCase()) && (!isCap(words[words.length - 1]!.text) || DAYS.test(words[words.length - 1]!.text))) {
    const w = words[words.length - 1]!;
    if (/[,;:.!?"“”«»]/.test(between(w.end, pos))) break;
    words = words.slice(0, -1);
    pos = w.start;
  }
  if (!words.length) return null;
  // "… Consulting Inc., told": the period of an abbreviation is no sentence end
  const gap = between(words[words.length - 1]!.end, pos).replace(/^\.(?=\s*,)/, (m) => (ABBREVIATION_BEFORE_COMMA.test(words[words.length - 1]!.text) ? '' : m));
  if (/[.!?;:"“”«»()]/.test(gap)) return null;
  if (/,/.test(gap)) {
    // "…, Gulnara Seitkali, said": a name between commas
    const run = capitalisedRunEndingAt(text, words, words.length - 1);
    const commaBefore = text.lastIndexOf(',', words[words.length - 1]!.start);
    const aside = commaBefore > limit ? wordsIn(text, commaBefore, pos) : [];
    // "…, Deputy Minister of Agriculture, said": a title between commas is an aside too
    const titleAside = aside.length > 0 && aside.length <= 16 && ROLE_NOUNS.has(aside.map((w) => w.text.toLowerCase()).find((w) => ROLE_NOUNS.has(w)) ?? '') && aside.every((w) => isCap(w.text) || TITLE_ASIDE_SMALL_WORD.test(w.text));
    if (run && /,\s*$/.test(between(limit, run.start)) && !titleAside) return run;
    // "Will Young, a mechanic based in Kansas City, and an organizer at the union, said": the
    // name that opens the clause, before its first comma, is the speaker
    const opening = leadingName(text, limit, commaBefore + 1);
    if (opening && aside.length && (isLower(aside[0]!.text) || /^\d+$/.test(aside[0]!.text) || titleAside)) return opening;
    // "Hugh Hill, a doctor, said": skip the lower-case aside back to the previous comma
    if (aside.length && aside.length <= 16 && (isLower(aside[0]!.text) || /^\d+$/.test(aside[0]!.text) || titleAside)) return speakerBefore(text, limit, commaBefore);
    return relativeAsideOwner(text, limit, pos);
  }
  const last = words[words.length - 1]!;
  const lower = last.text.toLowerCase();
  if (PRONOUNS[lower] && !PRONOUNS[lower].possessive && lower !== 'him' && lower !== 'them') return { start: last.start, end: last.end, kind: 'pronoun', text: last.text };
  if (lower === 'her' || lower === 'it') return null;
  if (isCap(last.text)) {
    const run = capitalisedRunEndingAt(text, words, words.length - 1);
    if (!run) return null;
    // "A claim …", "It's believed": an article or pronoun alone names nobody
    if (NAMELESS_RUN.test(run.text)) return null;
    // "a spokesman for the Kenya Seed Traders Association": the description owns the name
    const desc = descriptionEndingBefore(text, words, run);
    if (desc) return desc;
    // "the Association", "the Ministry": a definite description with a capitalised head
    const prevIdx = words.findIndex((w) => w.start === run.start) - 1;
    const prev = prevIdx >= 0 ? words[prevIdx] : undefined;
    if (prev && prev.text.toLowerCase() === 'the' && run.text.split(/\s+/).length === 1 && ORG_DESCRIPTION_HEADS.has(run.text.toLowerCase()) && !/[,.;:]/.test(between(prev.end, run.start))) {
      return { start: prev.start, end: run.end, kind: 'description', text: between(prev.start, run.end) };
    }
    return nameOrRoleDescription(text, run, prev && DETERMINERS.has(prev.text.toLowerCase()) && between(prev.end, run.start) === ' ' ? prev : null);
  }
  return descriptionEndingAt(text, words, words.length - 1);
}

/**
 * A capitalised run read as a speaker: the words that open a clause ("But Mr. Fry", "While …")
 * are no part of a name, and a run that ends in a role noun names nobody ("the Salford MP",
 * "Labour MP"): it is a description, with the determiner before it.
 */
function nameOrRoleDescription(text: string, run: SpeakerNP, determiner: Word | null): SpeakerNP | null {
  let r = run;
  for (let m = LEADING_OPENER.exec(r.text); m && m[0].length < r.text.length; m = LEADING_OPENER.exec(r.text)) {
    // a determiner opening the run ("The Kentucky Republican") stays with a description
    if (DETERMINERS.has(m[1]!.toLowerCase()) && !determiner) determiner = { start: r.start, end: r.start + m[1]!.length, text: m[1]! };
    r = { start: r.start + m[0].length, end: r.end, kind: 'name', text: r.text.slice(m[0].length) };
  }
  const words = r.text.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  // "Some said", "When asked, …", "Nonetheless, …": a word that opens a clause names nobody
  if (words.length === 1 && SENTENCE_OPENERS.has(last)) return null;
  // "Prosecutors said", "Police said" at a sentence's start: people in general, not a name
  if (words.length === 1 && GENERIC_SPEAKERS.has(last)) return { start: determiner ? determiner.start : r.start, end: r.end, kind: 'description', text: text.slice(determiner ? determiner.start : r.start, r.end) };
  if (ROLE_NOUNS.has(last) && (determiner || words.length >= 2)) {
    const start = determiner ? determiner.start : r.start;
    return { start, end: r.end, kind: 'description', text: text.slice(start, r.end) };
  }
  return r;
}

/** A name run (two words or more, or one after a title) opening text[from, to) and closed
 *  by a comma, or null. */
function leadingName(text: string, from: number, to: number): SpeakerNP | null {
  const m = /^\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’-]+),/u.exec(text.slice(from, to));
  if (!m || NOT_NAME_OPENER.test(m[1]!)) return null;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, kind: 'name', text: m[1]! };
}

/** The capitalised name run whose last word is words[i] ("Foreign Minister Sergei Lavrov"). */
function capitalisedRunEndingAt(text: string, words: Word[], i: number): SpeakerNP | null {
  if (!isCap(words[i]!.text)) return null;
  let j = i;
  while (j > 0) {
    const prev = words[j - 1]!;
    const gap = text.slice(prev.end, words[j]!.start);
    if (gap !== ' ' && !(gap === '. ' && (isTitleWithPeriod(prev.text) || isMiddleInitial(words[j - 2]?.text, prev.text, words[j]!.text)))) break;
    if (isCap(prev.text) || (NAME_CONNECTORS.has(prev.text.toLowerCase()) && j - 1 > 0 && isCap(words[j - 2]!.text))) j--;
    else break;
  }
  // "Idris Farouk of Farmington said": the person before "of"/"from" is the speaker
  if (j >= 2 && j === i && OF_OR_FROM_WORD.test(words[j - 1]!.text) && isCap(words[j - 2]!.text) && text.slice(words[j - 2]!.end, words[j]!.start) === ` ${words[j - 1]!.text} `) {
    const earlier = capitalisedRunEndingAt(text, words, j - 2);
    if (earlier) return earlier;
  }
  // "Tim Guest with the Nova Scotia Health Authority says": a person named in full before "with"
  const the = j >= 1 && words[j - 1]!.text === 'the' ? 1 : 0;
  if (j - the >= 2 && words[j - the - 1]!.text === 'with' && isCap(words[j - the - 2]!.text)) {
    const earlier = capitalisedRunEndingAt(text, words, j - the - 2);
    const n = earlier ? earlier.text.split(/\s+/) : [];
    if (earlier && n.length >= 2 && n.length <= 4 && !n.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return earlier;
  }
  const start = words[j]!.start;
  const end = words[i]!.end;
  return { start, end, kind: 'name', text: text.slice(start, end) };
}

/** A description like "the minister", "a police spokesman" ending at words[i]. */
function descriptionEndingAt(text: string, words: Word[], i: number): SpeakerNP | null {
  const head = words[i]!.text.toLowerCase();
  if (!isSpeakerHead(head)) return null;
  let j = i;
  let k = 0;
  while (j > 0 && k < 5) {
    const prev = words[j - 1]!;
    const gap = text.slice(prev.end, words[j]!.start);
    // "the lanky, bespectacled professor": a comma between adjectives after an article
    // (not after a noun: "In another statement, police said")
    const adjectiveComma = gap === ', ' && isLower(prev.text) && !isSpeakerHead(prev.text.toLowerCase()) && j >= 2 && DETERMINERS.has(words[j - 2]!.text.toLowerCase());
    if (/[,;:.!?"“”«»()]/.test(gap) && !adjectiveComma) break;
    const pl = prev.text.toLowerCase();
    if (DETERMINERS.has(pl)) {
      j--;
      break;
    }
    if (!isLower(prev.text) && !isCap(prev.text) && !/^\d/.test(prev.text)) break;
    if (PRONOUNS[pl] && !PRONOUNS[pl].possessive) break;
    if (DESCRIPTION_BREAK.test(pl)) break;
    j--;
    k++;
  }
  // "2025 Italian prosecutors": a year before the phrase is a date's, not the speaker's
  while (j < i && /^\d{4}$/.test(words[j]!.text)) j++;
  const first = words[j]!.text.toLowerCase();
  // bare plural or collective ("officials", "police") or a determiner-led phrase; a plural head
  // with its modifiers speaks too ("Foreign bankers said", "Muslim groups have claimed")
  const modifiedPlural = j < i && /[^s]s$/.test(head) && !isVerbForm(head);
  if (!DETERMINERS.has(first) && !GENERIC_SPEAKERS.has(head) && !(j < i)) return null;
  if (!DETERMINERS.has(first) && !GENERIC_SPEAKERS.has(head) && !ROLE_NOUNS.has(head) && !modifiedPlural) return null;
  const start = words[j]!.start;
  return { start, end: words[i]!.end, kind: 'description', text: text.slice(start, words[i]!.end) };
}

/** "a spokesman for the X Association": the description before a capitalised run. */
function descriptionEndingBefore(text: string, words: Word[], run: SpeakerNP): SpeakerNP | null {
  const idx = words.findIndex((w) => w.start === run.start);
  let k = idx - 1;
  if (k >= 0 && words[k]!.text.toLowerCase() === 'the') k--;
  if (k < 1 || !DESCRIPTION_PREPOSITION.test(words[k]!.text.toLowerCase())) return null;
  const d = descriptionEndingAt(text, words, k - 1);
  if (!d) return null;
  return { start: d.start, end: run.end, kind: 'description', text: text.slice(d.start, run.end) };
}

/** The speaker right after `pos` (after an inverted cue: "said Asel Karaulova, president …"). */
export function speakerAfter(text: string, pos: number, limit: number): SpeakerNP | null {
  const words = wordsIn(text, pos, Math.min(limit, pos + 200));
  if (!words.length) return null;
  if (/[.!?;:"“”«»]/.test(text.slice(pos, words[0]!.start))) return null;
  const w0 = words[0]!;
  const l0 = w0.text.toLowerCase();
  if (PRONOUNS[l0] && !PRONOUNS[l0].possessive && l0 !== 'him' && l0 !== 'them' && l0 !== 'it') return { start: w0.start, end: w0.end, kind: 'pronoun', text: w0.text };
  // skip lower-case role words before a name ("said co-author Liv Haugland")
  let i = 0;
  if (isLower(w0.text) && !DETERMINERS.has(l0)) {
    while (i < words.length && i < 5 && isLower(words[i]!.text) && !/[,.;:]/.test(text.slice(words[i]!.end, words[i + 1]?.start ?? words[i]!.end))) i++;
    if (i >= words.length || !isCap(words[i]!.text)) return null;
  }
  if (isCap(words[i]!.text)) {
    const extend = (from: number): number => {
      let k = from;
      while (k + 1 < words.length && (text.slice(words[k]!.end, words[k + 1]!.start) === ' ' || (text.slice(words[k]!.end, words[k + 1]!.start) === '. ' && (isTitleWithPeriod(words[k]!.text) || isMiddleInitial(words[k - 1]?.text, words[k]!.text, words[k + 1]?.text)))) && (isCap(words[k + 1]!.text) || (NAME_CONNECTORS.has(words[k + 1]!.text.toLowerCase()) && k + 2 < words.length && isCap(words[k + 2]!.text)))) k++;
      return k;
    };
    let j = extend(i);
    // "said Oilers head coach Ken Hitchcock": a team or company, its role word, then the name
    let r = j + 1;
    while (r < words.length && r <= j + 3 && isLower(words[r]!.text) && text.slice(words[r - 1]!.end, words[r]!.start) === ' ') r++;
    // ("says Cambridge cartoonist Andre Campbell": an agent noun is a role too)
    if (r > j + 1 && r < words.length && isCap(words[r]!.text) && text.slice(words[r - 1]!.end, words[r]!.start) === ' ' && words.slice(j + 1, r).some((w) => ROLE_NOUNS.has(w.text.toLowerCase()) || isSpeakerHead(w.text.toLowerCase()))) {
      i = r;
      j = extend(r);
    }
    // "Afghan Ambassador to the United States Hamdullah Mohib": a title's complement, then the name
    // (only after a lexicon title word, not the suffix guess, so "Daniel Okafor of X Bank" stays Okafor)
    while (j + 2 < words.length && ROLE_NOUNS.has(words[j]!.text.toLowerCase()) && TITLE_COMPLEMENT_PREPOSITION.test(words[j + 1]!.text) && text.slice(words[j]!.end, words[j + 2]!.start).length <= 9) {
      const k = words[j + 2]!.text === 'the' ? j + 3 : j + 2;
      if (k >= words.length || !isCap(words[k]!.text) || text.slice(words[j + 1]!.end, words[k]!.start).length > 5) break;
      j = extend(k);
    }
    return { start: words[i]!.start, end: words[j]!.end, kind: 'name', text: text.slice(words[i]!.start, words[j]!.end) };
  }
  if (DETERMINERS.has(l0)) {
    // "said the speaker", "said a spokesman for the ministry"
    let j = 1;
    while (j < words.length && j < 6 && text.slice(words[j - 1]!.end, words[j]!.start) === ' ' && !isSpeakerHead(words[j]!.text.toLowerCase())) j++;
    if (j < words.length && isSpeakerHead(words[j]!.text.toLowerCase())) {
      // "the festival's executive director": the head runs over its nouns
      while (j + 1 < words.length && text.slice(words[j]!.end, words[j + 1]!.start) === ' ' && isLower(words[j + 1]!.text) && isSpeakerHead(words[j + 1]!.text.toLowerCase())) j++;
      // "said the festival's executive director, Craig Prater.": the name in apposition speaks
      const named = APPOSITIVE_NAME.exec(text.slice(words[j]!.end, limit));
      if (named) {
        const at = words[j]!.end + named[0].indexOf(named[1]!);
        return { start: at, end: at + named[1]!.length, kind: 'name', text: named[1]! };
      }
      return { start: w0.start, end: words[j]!.end, kind: 'description', text: text.slice(w0.start, words[j]!.end) };
    }
  }
  if (GENERIC_SPEAKERS.has(l0)) return { start: w0.start, end: w0.end, kind: 'description', text: w0.text };
  return null;
}
