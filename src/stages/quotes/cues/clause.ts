/**
 * What the cue rules share: how far they read, where a reported clause starts and ends, the
 * subject of a lead-in clause, the speaker after "according to".
 */
import type { TextRange } from '../../../document.js';
import { speechVerbBase, WEAK_VERBS } from '../../../lexicon/en/speech.js';
import { isDemonym, isVerbForm } from '../../../lexicon/index.js';
import { PRONOUNS } from '../../../lexicon/en/pronouns.js';
import { isTitleAbbreviation, TITLE_ABBREVIATIONS } from '../../../lexicon/en/roles.js';
import { CLAUSE_AUXILIARIES, HEARER_PRONOUNS, NOT_CLAUSE_START, VERB_PARTICLES, PARTICIPLE_PREPOSITIONS, REPORT_CONJUNCTIONS } from '../../../lexicon/en/clauses.js';
import { DOCUMENT_NOUNS, SPEAKER_DETERMINERS, WORDS_BEFORE_CUE } from '../../../lexicon/en/speakers.js';
import { ADVERBIAL_PREPOSITION, ADVERBIAL_SUBJECT as SUBJECT_PRONOUNS, ARTICLE_WORD, AUXILIARY_OR_PAST as AUX_OR_PAST, CLAUSE_OPENING_WORD, CONTRACTED_SUBJECT, DAY_ADVERB as DAY_ADVERBS, FOR_OR_OF_WORD, HEADLINE_VERB as HEADLINE_VERBS, INTRODUCTORY_WORD, NAME_SMALL_FUNCTION_WORD, CLAUSE_AFTER_SOURCE, PARTICIPLE_CUE as PARTICIPLE_CUES, POSSESSIVE_OPENER_START, QUANTITY_AFTER_TOO, VERB_AFTER_THERE } from '../../../lexicon/patterns.js';
import { isSpeakerHead, speakerAfter, speakerBefore, type SpeakerNP } from '../speaker-np.js';
import { hasWords, wordsIn, type Word } from '../../../words.js';

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
  let cut = end;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    // ", saying …", ", testifying …": a participle of a speech verb that needs no object
    if (m[1] && !PARTICIPLE_CUES.test(m[1]) && !reportsOnItsOwn(m[1])) continue;
    if (wordsIn(text, start, start + m.index).length >= 3) {
      cut = start + m.index;
      break;
    }
  }
  const second = secondReport(text, start, Math.min(cut, start + REPORT_REACH));
  if (second >= 0) return second;
  // "… could bring them back, a marine institute said": the reporter's own cue ends the sentence
  // (looked for in the last REPORT_REACH characters of the clause only: a final cue clause has a
  // few words, and a scan back to the clause's start was quadratic in a long sentence)
  const from = Math.max(start, cut - REPORT_REACH);
  const comma = text.slice(from, cut).lastIndexOf(',');
  const last = comma < 0 ? -1 : from + comma;
  if (last > start && hasWords(text, { start, end: last }, 3) && isFinalCue(text, last + 1, cut)) return last;
  return cut;
}

/** How many words a sentence-final cue clause may have (", a spokeswoman for the ministry said
 *  on Monday"). */
const FINAL_CUE_WORDS = 10;

/** Whether text[from, end) is only a cue clause: a subject, a speech verb that reports on its
 *  own and a short adverbial, no "that", no quote mark. */
function isFinalCue(text: string, from: number, end: number): boolean {
  const words = wordsIn(text, from, end);
  if (!words.length || words.length > FINAL_CUE_WORDS || /["“”«»]/.test(text.slice(from, end))) return false;
  const v = words.findIndex((w) => /^\p{Ll}/u.test(w.text) && !/ing$/.test(w.text) && reportsOnItsOwn(w.text));
  return v > 0 && words.length - v - 1 <= 4 && !words.some((w) => THAT.test(w.text));
}

const COORDINATOR = new Set(REPORT_CONJUNCTIONS);
const BEFORE_PARTICIPLE = new Set(PARTICIPLE_PREPOSITIONS);

/** Where a second report starts inside a reported clause running from `start` to `end`, or -1:
 *  a conjunction, maybe a subject, and a speech verb ("… and demanded that …", "… but he added
 *  that …", "… but it now explains …"), a comma, a subject and a speech verb with its clause
 *  ("…, WikiLeaks said that …"), or a preposition and a participle ("… before noting that …").
 *  The verb must take a clause here: one followed by a comma is an aside ("…, he said, …"). */
function secondReport(text: string, start: number, end: number): number {
  const words = wordsIn(text, start, end);
  for (let k = 3; k < words.length - 1; k++) {
    const w = words[k]!;
    const l = w.text.toLowerCase();
    const base = speechVerbBase(l);
    if (!base || !/^\p{Ll}/u.test(w.text)) continue;
    const next = words[k + 1]!;
    if (/[,.;:!?"“”«»()—–]/.test(text.slice(w.end, next.start))) continue;
    if (WEAK_VERBS.has(base) && !THAT.test(next.text)) continue;
    const before = words[k - 1]!;
    if (/ing$/.test(l)) {
      // "… before noting that …"
      if (BEFORE_PARTICIPLE.has(before.text.toLowerCase()) && text.slice(before.end, w.start) === ' ' && k - 1 >= 3) return before.start;
      continue;
    }
    // the subject back from the verb: a pronoun, a name, or a determiner and its nouns (and
    // an adverb: "it now explains")
    let j = k - 1;
    let subject = 0;
    while (j >= 0 && subject < 5 && text.slice(words[j]!.end, words[j + 1]!.start) === ' ' && isSubjectWord(words[j]!.text)) {
      j--;
      subject++;
    }
    if (subject > 0 && !opensSubject(words[j + 1]!.text)) continue;
    const gap = j >= 0 ? text.slice(words[j]!.end, words[j + 1]!.start) : '';
    let at = -1;
    // with no subject of its own and no "that" the verb is not one coordinated with the verb
    // before the conjunction ("trained to operate and maintain the line")
    if (subject === 0 && !THAT.test(next.text) && j >= 1 && /^\s+$/.test(text.slice(words[j - 1]!.end, words[j]!.start)) && /^\p{Ll}/u.test(words[j - 1]!.text) && isVerbForm(words[j - 1]!.text)) continue;
    if (j >= 0 && COORDINATOR.has(words[j]!.text.toLowerCase())) {
      // "…, and demanded that" / "… but said he …": the cut goes before the comma too
      const comma = /,\s*$/.exec(text.slice(words[j - 1]?.end ?? start, words[j]!.start));
      at = comma ? (words[j - 1]?.end ?? start) + comma.index : words[j]!.start;
    } else if (subject > 0 && /^\s*,\s+$/.test(gap)) at = words[j]!.end + gap.indexOf(',');
    if (at >= 0 && wordsIn(text, start, at).length >= 3) return at;
  }
  return -1;
}

/** A word of a short subject before a speech verb: a pronoun, a capitalised word, a determiner,
 *  a lower-case noun after one, or an adverb between subject and verb. */
function isSubjectWord(w: string): boolean {
  const l = w.toLowerCase();
  if (COORDINATOR.has(l) || THAT.test(l) || speechVerbBase(l)) return false;
  return !!PRONOUNS[l] || /^\p{Lu}/u.test(w) || SPEAKER_DETERMINERS.has(l) || WORDS_BEFORE_CUE.has(l) || /^\p{Ll}+$/u.test(l);
}

/** Whether a subject may start with this word: a subject pronoun, a name, a determiner. */
function opensSubject(w: string): boolean {
  const l = w.toLowerCase();
  return (!!PRONOUNS[l] && !PRONOUNS[l].possessive && l !== 'him' && l !== 'them' && l !== 'me' && l !== 'us') || /^\p{Lu}/u.test(w) || SPEAKER_DETERMINERS.has(l);
}

/** A speech verb's form that reports without help ("testifying", "writing"), not one that
 *  needs a clause to be speech ("showing", "continuing"). */
function reportsOnItsOwn(form: string): boolean {
  const base = speechVerbBase(form);
  return base !== null && !WEAK_VERBS.has(base);
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
  // "says too much is made of …", "said too many people …": a quantity opens the subject
  if (l === 'too' && QUANTITY_AFTER_TOO.test(nl)) return true;
  l = l.replace(/['’]s$/, '');
  if (NOT_CLAUSE_START.has(l)) return false;
  if (/^[\p{Lu}\d]/u.test(w)) return true;
  if (CLAUSE_OPENING_WORD.test(l)) return true;
  // "said demand for chips had slowed", "said prices rose": a noun that is also a verb
  if (isVerbForm(l)) return !/(?:ed|ing)$/.test(l) && (FOR_OR_OF_WORD.test(nl) || AUX_OR_PAST.test(nl));
  return /^\p{Ll}{2,}$/u.test(w) && !/ly$/.test(l);
}

const HEARER_PRONOUN = new Set(HEARER_PRONOUNS);
const PARTICLE = new Set(VERB_PARTICLES);
const CLAUSE_AUXILIARY = new Set(CLAUSE_AUXILIARIES);

/** How many words the hearer after "told" and the subject after it are looked for in. */
const HEARER_WORDS = 10;

/** A word that opens a clause's subject after a hearer: a determiner, a subject pronoun
 *  ("it's" too), "there", a title, a number, or a name after a lower-case noun ("told
 *  reporters Kim would …"). */
function opensClauseAfterHearer(words: readonly Word[], k: number): boolean {
  const w = words[k]!.text;
  const l = w.toLowerCase().replace(/['’]\p{Ll}+$/u, '');
  const prev = words[k - 1]!.text;
  // (the object of a preposition is no subject: "by the post", "in Paris")
  if (NOT_CLAUSE_START.has(prev.toLowerCase()) && prev.toLowerCase() !== 'there') return false;
  if (SPEAKER_DETERMINERS.has(l) || CLAUSE_OPENING_WORD.test(l) || l === 'there' || /^\d/.test(w) || isTitleAbbreviation(l)) return true;
  if (PRONOUNS[l] && !PRONOUNS[l].possessive && !HEARER_PRONOUN.has(l)) return true;
  if (CONTRACTED_SUBJECT.test(l) && l !== w.toLowerCase()) return true;
  // (not after a determiner, "the Sunday Times", nor a role word between names, "CNN affiliate WKOW")
  return /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(prev) && !SPEAKER_DETERMINERS.has(prev) && !(k >= 2 && /^\p{Lu}/u.test(words[k - 2]!.text));
}

/**
 * After a tell-verb at words[j - 1] ("told the council the road …", "told reporters prices
 * would …", "told them he …", "told the Sunday Times Mr Hale …"), the index of the word that
 * opens the reported clause after the hearer; j when no hearer stands there ("warned the plan
 * would …"), -1 when the hearer ends the sentence ("…, she told a parliamentary committee.").
 */
export function afterHearer(text: string, words: readonly Word[], j: number): number {
  if (j >= words.length) return -1;
  const first = words[j]!.text.toLowerCase();
  // "wrote in a report", "warned about the risks", "wrote off assets": no hearer, no clause
  if (NOT_CLAUSE_START.has(first) || PARTICLE.has(first)) return -1;
  // "told them he …" ("told her staff the plan …": "her" a determiner)
  if (HEARER_PRONOUN.has(first) && (first !== 'her' || (j + 1 < words.length && opensClauseAfterHearer(words, j + 1)))) return j + 1;
  for (let k = j + 1; k < Math.min(words.length, j + HEARER_WORDS); k++) {
    if (/[,.;:!?()]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) return -1;
    const l = words[k]!.text.toLowerCase();
    // (an adverbial after the hearer is read through: "told The Canadian Press by email the golfer …")
    if (opensClauseAfterHearer(words, k)) return k;
    // "told reporters prices would rise": the word before the auxiliary is the subject, back
    // to its determiner ("wrote the plan was …": no hearer)
    if (CLAUSE_AUXILIARY.has(l)) {
      let d = k - 1;
      while (d > j && !SPEAKER_DETERMINERS.has(words[d]!.text.toLowerCase())) d--;
      return SPEAKER_DETERMINERS.has(words[d]!.text.toLowerCase()) ? d : k - 1;
    }
  }
  return -1;
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

/** How many words back from a participle cue the cue it follows is looked for (", Ushakov said
 *  on Monday, adding that …"). */
const PARTICIPLE_REACH = 6;

/** Whether words[i] is a participle cue after a comma (", saying …", "…,” adding that …"). */
export function isParticipleCue(text: string, words: readonly Word[], i: number, from: number): boolean {
  return /ing$/.test(words[i]!.text) && /,["”’]?\s*$/.test(text.slice(Math.max(from, words[i]!.start - 4), words[i]!.start));
}

/**
 * The speaker of a participle cue at words[i] (words run from the sentence's start): the
 * speaker of the cue just before it ("…, Ushakov said, adding that …"), else the subject of
 * the sentence ("Healey hit out at Putin, saying …" is Healey's, not Putin's).
 */
export function participleSpeaker(text: string, words: readonly Word[], i: number): SpeakerNP | null {
  for (let k = i - 1; k >= Math.max(0, i - PARTICIPLE_REACH); k--) {
    const w = words[k]!;
    if (!/^\p{Ll}/u.test(w.text) || /ing$/.test(w.text) || !speechVerbBase(w.text)) continue;
    // ("X said, adding", "…, said X, adding"; not "declined comment to the Globe, saying")
    const after = speakerAfter(text, w.end, words[i]!.start);
    const inverted = after && /^\s+$/.test(text.slice(w.end, after.start)) && /^\s*,\s*$/.test(text.slice(after.end, words[i]!.start));
    const spk = speakerBefore(text, words[0]!.start, w.start) ?? (inverted ? after : null);
    if (spk) return spk;
    break;
  }
  return mainSubject(text, words.slice(0, Math.min(i, SUBJECT_WORDS)) as Word[]);
}

/** How many words into a sentence its subject's verb is looked for. */
const MAIN_VERB_REACH = 14;

/** The subject of a sentence's main clause: the phrase before the first word shaped as its verb
 *  (a known verb form, a past in -ed, an auxiliary, an adverb before a verb: "General Smith
 *  likened …", "John Healey also hit …"), else subjectAtStart's reading. */
export function mainSubject(text: string, words: Word[]): SpeakerNP | null {
  if (words.length > 2 && INTRODUCTORY_WORD.test(words[0]!.text)) {
    const comma = words.findIndex((w, k) => k > 0 && /^\s*,/.test(text.slice(words[k - 1]!.end, w.start)));
    if (comma > 0) words = words.slice(comma);
  }
  // (across commas: "Respected elder and artist, Auntie Vicki West, officially launched …")
  let last = 0; // the last word before the verb that is no adverb
  for (let k = 1; k < Math.min(words.length, MAIN_VERB_REACH); k++) {
    const w = words[k]!.text;
    if (/[;:]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    const l = w.toLowerCase();
    if (!/^\p{Ll}/u.test(w) || NAME_SMALL_FUNCTION_WORD.test(w)) {
      last = k;
      continue;
    }
    if (/\p{Ll}ly$/u.test(l)) continue;
    if (isVerbForm(l) || /\p{Ll}ed$/u.test(l) || CLAUSE_AUXILIARY.has(l) || WORDS_BEFORE_CUE.has(l)) {
      const spk = speakerBefore(text, words[0]!.start, words[last]!.end);
      if (spk && spk.start >= words[0]!.start) return spk;
      break;
    }
    last = k;
  }
  return subjectAtStart(text, words);
}

/** The speaker after "according to" up to `end`: a pronoun (him, her), name or description. */
export function accordingToSpeaker(text: string, from: number, end: number): SpeakerNP | null {
  // "according to the president, but Kiev announced …": the source ends where a clause begins
  const clause = CLAUSE_AFTER_SOURCE.exec(text.slice(from, end));
  if (clause) end = from + clause.index;
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
  // "according to Israeli tallies": a nationality before a noun is a description, no name
  const demonymBeforeNoun = spk?.kind === 'name' && !/\s/.test(spk.text) && isDemonym(spk.text.toLowerCase()) && words.length > 1 && /^\p{Ll}/u.test(words[1]!.text);
  // "according to Strukov’s lawyer": a possessive before a noun names another, described person
  const possessor = spk?.kind === 'name' && /['’]s?$/u.test(text.slice(spk.start, spk.end) + (/^['’]s?/u.exec(text.slice(spk.end, end))?.[0] ?? '')) && /^(?:['’]s?)?\s+\p{Ll}/u.test(text.slice(spk.end, end));
  // (a document keeps its owner as the source: "according to Infrastructure Canada’s database")
  const ownHead = words[words.length - 1]!.text.toLowerCase();
  const possessed = possessor && isSpeakerHead(ownHead) && !DOCUMENT_NOUNS.has(ownHead.replace(/s$/, ''));
  if (spk && spk.kind === 'name' && !demonymBeforeNoun && !possessed) {
    // keep the whole name run; an appositive after a comma is not part of it
    return spk;
  }
  const last = words[words.length - 1]!;
  const phrase = { start: w0.start, end: last.end, text: text.slice(w0.start, last.end) };
  if (/^[\p{Lu}]/u.test(w0.text) && !ARTICLE_WORD.test(w0.text) && !demonymBeforeNoun && !possessed) return { ...phrase, kind: 'name' };
  return { ...phrase, kind: 'description' };
}
