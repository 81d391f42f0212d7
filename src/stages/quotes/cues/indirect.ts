/**
 * Indirect speech in a sentence, tried in this order (the first rule that finds a report
 * decides): According to X, CONTENT / CONTENT, according to X; X VERB [object] [that]
 * CONTENT; CONTENT, X said / CONTENT, said X.
 */
import type { TextRange } from '../../../document.js';
import { BARE_CLAUSE_VERBS, NOUN_CUE_VERBS, QUESTION_CLAUSE_VERBS, SPEECH_ADJECTIVES, SPEECH_NOUNS, speechVerbBase, TELL_VERBS, WEAK_VERBS } from '../../../lexicon/en/speech.js';
import { PRONOUNS } from '../../../lexicon/en/pronouns.js';
import { INDEFINITE_PRONOUNS } from '../../../lexicon/en/function-words.js';
import { ADVERBIAL_START, CLAUSE_AUXILIARIES, NOT_CLAUSE_START } from '../../../lexicon/en/clauses.js';

const CLAUSE_AUXILIARY = new Set(CLAUSE_AUXILIARIES);
const INDEFINITE_PRONOUN = new Set(INDEFINITE_PRONOUNS);
import { ADVERBIAL_OPENER, CLAUSE_OPENING_PREPOSITION, CLAUSE_OPENING_WORD, GENERIC_ANTECEDENT, NOT_A_NOUN_AFTER_NO, NOUN_DETERMINER, QUESTION_WORD, RELATIVE_SUBJECT, PARTICIPLE_PREPOSITION, SUBORDINATOR, REPORT_CONJUNCTION, SELF_SOURCE as SELF_SOURCES, SUBJECT_AFTER_ADDED } from '../../../lexicon/patterns.js';
import { isSpeakerHead, speakerAfter, speakerBefore, type SpeakerNP } from '../speaker-np.js';
import { ORG_DESCRIPTION_HEADS } from '../../../lexicon/en/organisations.js';
import { hasWords, wordsIn, type Word } from '../../../words.js';
import { isVerbForm } from '../../../lexicon/index.js';
import { accordingToSpeaker, afterAdverbial, afterHearer, clauseEnd, isClauseStart, isParticipleCue, mainSubject, participleSpeaker, SUBJECT_WORDS, THAT, trimContent } from './clause.js';
import type { IndirectRule, QuoteAnnotation } from './rule.js';

export const accordingToClause: IndirectRule = {
  name: 'according-to-clause',
  summary: 'According to X, CONTENT / CONTENT, according to X',
  find({ text, s, sText, end, inDirect, isUsed, make }) {
    const out: QuoteAnnotation[] = [];
    const acc = /\b[Aa]ccording to\s+/.exec(sText);
    if (!acc) return out;
    const cue = { start: s.start + acc.index, end: s.start + acc.index + 'according to'.length };
    if (inDirect(cue.start) || isUsed(cue)) return out;
    const afterNp = s.start + acc.index + acc[0].length;
    const comma = text.indexOf(',', afterNp);
    const headPart = text.slice(s.start, cue.start);
    if (comma > 0 && comma < end && /^(?:[\p{L}]+,\s*)?$/u.test(headPart.trim() ? headPart.trim() + ' ' : '')) {
      const spk = accordingToSpeaker(text, afterNp, comma);
      // "According to Yuri Khomyakov, an FSB linguistic expert, Strukov was …": the name's
      // apposition is not what was said
      const apposition = spk?.kind === 'name' ? appositionEnd(text, comma, end) : -1;
      const content = trimContent(text, (apposition > 0 ? apposition : comma) + 1, end);
      if (spk && content && wordsIn(text, content.start, content.end).length >= 3) out.push(make(content, cue, spk, 'according-to'));
    } else if (/,\s*$/.test(headPart) && comma > 0 && comma < end && wordsIn(text, s.start, cue.start).length <= 5 && /^\s*\p{Ll}/u.test(text.slice(comma + 1, end))) {
      // "The harsh truth, according to addiction experts, is an ill-equipped system": a short
      // subject, the source, the predicate: both parts are reported (GGT: two quotes)
      const spk = accordingToSpeaker(text, afterNp, comma);
      const first = trimContent(text, s.start, s.start + headPart.lastIndexOf(','));
      const rest = trimContent(text, comma + 1, end);
      if (spk && first && wordsIn(text, first.start, first.end).length >= 2) out.push(make(first, cue, spk, 'according-to'));
      if (spk && rest && wordsIn(text, rest.start, rest.end).length >= 3) out.push(make(rest, cue, spk, 'according-to'));
    } else if (/,\s*$/.test(headPart)) {
      const spk = accordingToSpeaker(text, afterNp, end);
      const content = trimContent(text, s.start, s.start + headPart.lastIndexOf(','));
      if (spk && content && wordsIn(text, content.start, content.end).length >= 3) out.push(make(content, cue, spk, 'according-to'));
    }
    return out;
  },
};

/** How many words an apposition after a source's name may have. */
const APPOSITION_WORDS = 10;

/** Where an apposition that starts at the comma `comma` ends (its closing comma), or -1: an
 *  indefinite or definite noun phrase with no verb (", an FSB linguistic expert,"). */
function appositionEnd(text: string, comma: number, end: number): number {
  const close = text.indexOf(',', comma + 1);
  if (close < 0 || close >= end) return -1;
  const words = wordsIn(text, comma + 1, close);
  if (words.length < 2 || words.length > APPOSITION_WORDS || !/^(?:an?|the)$/i.test(words[0]!.text) || /[.;:!?"“”«»()]/.test(text.slice(comma + 1, close))) return -1;
  // (a person's noun last: "the ministry, which runs the port, failed" is the content's subject)
  const head = words[words.length - 1]!.text.toLowerCase();
  if (!isSpeakerHead(head) || ORG_DESCRIPTION_HEADS.has(head) || /^\s*(?:which|who|whose|that)\b/i.test(text.slice(close + 1, close + 8))) return -1;
  return words.slice(1).some((w) => /^\p{Ll}/u.test(w.text) && (isVerbForm(w.text) || speechVerbBase(w.text) !== null || CLAUSE_AUXILIARIES.includes(w.text))) ? -1 : close;
}

/** A lower-case form of a speech verb that reports on its own (not "show", "post", "briefing"). */
function reportsAlone(w: string): boolean {
  const base = /^\p{Ll}/u.test(w) ? speechVerbBase(w) : null;
  return base !== null && !WEAK_VERBS.has(base);
}

/** How many words a relative pronoun's antecedent read as a plain phrase may have. */
const ANTECEDENT_WORDS = 4;

/** The antecedent of "who say" read as a plain description ("demonstrators", "many local
 *  farmers"): a few words right before the pronoun, with no verb and no punctuation, or null. */
function antecedent(text: string, ws: readonly Word[]): SpeakerNP | null {
  if (!ws.length || ws.length > ANTECEDENT_WORDS || /[,.;:!?"“”«»()]/.test(text.slice(ws[0]!.start, ws[ws.length - 1]!.end))) return null;
  // "those who believe …", "anyone who says …": people in general are no source
  if (ws.length === 1 && GENERIC_ANTECEDENT.test(ws[0]!.text)) return null;
  if (ws.some((w) => /^\p{Ll}/u.test(w.text) && (isVerbForm(w.text) || CLAUSE_AUXILIARY.has(w.text)))) return null;
  const start = ws[0]!.start;
  const end = ws[ws.length - 1]!.end;
  return { start, end, kind: 'description', text: text.slice(start, end) };
}

/** Whether `w` (then `next`) opens a reported clause after the cue `base` though it cannot
 *  after every cue: "no" and a noun ("said no decision had been taken"; not "said no to"), and
 *  after explain or ask a question word ("explains how he …", "asked why it …"). */
function opensReportedClause(base: string, w: string, next: string | undefined): boolean {
  const l = w.toLowerCase();
  if (l === 'no') return !!next && /^\p{Ll}{3,}$/u.test(next) && !NOT_CLAUSE_START.has(next) && !NOT_A_NOUN_AFTER_NO.test(next);
  return QUESTION_CLAUSE_VERBS.has(base) && QUESTION_WORD.test(l) && !!next && !/^to$/i.test(next);
}

/** How many words may stand between a tell-verb and its "that" (the hearer and an adverbial:
 *  "told NBC's “Today” show on Wednesday that"). */
const TELL_HEARER_WORDS = 8;

export const reportedClause: IndirectRule = {
  name: 'reported-clause',
  summary: 'X VERB [object] [that] CONTENT: The ministry said that prices would rise',
  find({ text, s, words, end, inDirect, isUsed, make }) {
    const out: QuoteAnnotation[] = [];
    for (let i = 0; i < words.length - 2; i++) {
      const w = words[i]!;
      const base = speechVerbBase(w.text.toLowerCase());
      if (!base || inDirect(w.start) || isUsed(w)) continue;
      // a capitalised "verb" is part of a name ("United States", "Lake Superior State"); after a
      // determiner or a possessive the word is a noun ("his claim that", "Kim's claim that")
      if (/^[\p{Lu}]/u.test(w.text)) continue;
      if (i > 0 && text.slice(words[i - 1]!.end, w.start) === ' ' && (NOUN_DETERMINER.test(words[i - 1]!.text) || /\p{L}['’]s?$/u.test(words[i - 1]!.text))) continue;
      // "Roy Graf protested the bills, saying they …", "… before noting that …": the
      // participle's speaker is the subject
      const participle = isParticipleCue(text, words, i, s.start) || (/ing$/.test(w.text) && i > 0 && PARTICIPLE_PREPOSITION.test(words[i - 1]!.text));
      // (the subject is among the first words: SUBJECT_WORDS of them are read, not all before the cue)
      let spk = participle ? participleSpeaker(text, words, i) : speakerBefore(text, s.start, w.start);
      // "Odhiambo called the scheme … and said it was …" (or "but said"): the subject of the first verb
      if (!spk && i > 0 && REPORT_CONJUNCTION.test(words[i - 1]!.text)) spk = mainSubject(text, words.slice(0, Math.min(i - 1, SUBJECT_WORDS)));
      // "demonstrators who say they …", "Sussock, an economist, who believes that …": the
      // relative pronoun's antecedent speaks
      // (read from the last preposition on: "carried by demonstrators who say")
      const relative = !spk && i > 0 && RELATIVE_SUBJECT.test(words[i - 1]!.text);
      if (relative) {
        let from = i - 2;
        while (from >= 0 && !NOT_CLAUSE_START.has(words[from]!.text.toLowerCase())) from--;
        spk = speakerBefore(text, from >= 0 ? words[from]!.end : s.start, words[i - 1]!.start) ?? antecedent(text, words.slice(from + 1, i - 1));
      }
      if (!spk || SELF_SOURCES.test(spk.text)) continue;
      // skip an object or adverbial ("told reporters", "said in a statement", "said on Monday");
      // a "that" after any other noun is a relative pronoun ("announced a scheme that will …")
      let j = i + 1;
      let thatAt = -1;
      const reach = ADVERBIAL_START.has(words[j]?.text.toLowerCase() ?? '') ? 16 : TELL_VERBS.has(base) ? TELL_HEARER_WORDS + 2 : 9;
      for (let k = j; k < Math.min(words.length, i + reach); k++) {
        if (THAT.test(words[k]!.text)) {
          const between = words.slice(i + 1, k).map((x) => x.text.toLowerCase());
          if (between.length === 0 || (TELL_VERBS.has(base) && between.length <= TELL_HEARER_WORDS) || ADVERBIAL_START.has(between[0]!)) thatAt = k;
          break;
        }
        // (a hearer may be a title in marks: told NBC's “Today” show that …; no comma or other
        // cue in it: "who writes about the Kremlin, noted that" is noted's)
        if (/[.;:!?]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
        if (k > i + 1 && !ADVERBIAL_START.has(words[i + 1]!.text.toLowerCase()) && (/,/.test(text.slice(words[k - 1]!.end, words[k]!.start)) || reportsAlone(words[k]!.text))) break;
        if (/["“”«»]/.test(text.slice(words[k - 1]!.end, words[k]!.start)) && !TELL_VERBS.has(base)) break;
      }
      let contentStart: number;
      if (thatAt >= 0) contentStart = words[thatAt]!.end;
      else {
        const questionOnly = !BARE_CLAUSE_VERBS.has(base) || WEAK_VERBS.has(base);
        if (questionOnly && !QUESTION_CLAUSE_VERBS.has(base)) continue;
        if (TELL_VERBS.has(base)) {
          // "told reporters the plan …", "told the council the road …": skip the hearer
          j = afterAdverbial(words, j);
          const h = afterHearer(text, words, j);
          if (h < 0 || (base === 'tell' && h === j)) continue;
          j = afterAdverbial(words, h);
        } else j = afterAdverbial(words, j);
        const nxt = words[j];
        // "said no decision had been taken", "explains how he …": clauses that start with words
        // that otherwise follow a cue as its object or adverbial ("said no to", "said how")
        const opens = nxt && (questionOnly ? QUESTION_WORD.test(nxt.text) && opensReportedClause(base, nxt.text, words[j + 1]?.text) : isClauseStart(nxt.text, words[j + 1]?.text) || opensReportedClause(base, nxt.text, words[j + 1]?.text));
        if (!nxt || !opens) continue;
        // after "who VERB" a clause must plainly start ("who say they …"; not "who writes
        // extensively about …")
        if (relative && !CLAUSE_OPENING_WORD.test(nxt.text.toLowerCase())) continue;
        // "Carolina added three more goals", "the Kospi added 0.4 per cent": 'add' takes an
        // object; only "added he/it/there …" reports without "that" (", adding the government
        // approved …": the participle is speech)
        if (base === 'add' && !SUBJECT_AFTER_ADDED.test(nxt.text) && !(participle && CLAUSE_OPENING_WORD.test(nxt.text.toLowerCase()))) continue;
        if (/[,;:"“”«»]/.test(text.slice(w.end, nxt.start)) && !/^\s*,\s*$/.test(text.slice(w.end, nxt.start))) continue;
        // ("explains how he …": the question word opens the clause as "that" does)
        contentStart = questionOnly || (QUESTION_WORD.test(nxt.text) && QUESTION_CLAUSE_VERBS.has(base)) ? nxt.end : nxt.start;
      }
      const cut = clauseEnd(text, contentStart, end);
      const content = trimContent(text, contentStart, cut);
      if (!content || !hasWords(text, content, 3)) continue;
      out.push(make(content, { start: w.start, end: w.end }, spk, 'explicit'));
      // ", saying the party needs to move on": the participle after the cut reports again
      if (cut === end) return out;
      while (i + 1 < words.length && words[i + 1]!.start < cut) i++;
    }
    return out;
  },
};

const NOUN_CUE_VERB = new Set(NOUN_CUE_VERBS);

/** The speaker of a speech noun at words[i] ("his claim", "Kim's claim", "made the suggestion",
 *  "expressed confidence"), or null: its owner, or the subject of a verb that makes it. */
function nounCueSpeaker(text: string, s: { start: number }, words: readonly Word[], i: number): SpeakerNP | null {
  const prev = words[i - 1];
  if (!prev || text.slice(prev.end, words[i]!.start) !== ' ') return null;
  const l = prev.text.toLowerCase();
  // "his claim", "their allegations"
  if (PRONOUNS[l]?.possessive && l !== 'its') return { start: prev.start, end: prev.end, kind: 'pronoun', text: prev.text };
  // "Kim's claim", "the minister's claim"
  const owner = /^(.+?)['’]s?$/u.exec(prev.text);
  if (owner && /['’]s?$/u.test(prev.text) && prev.text.length > 2) {
    // (the phrase ends before the possessive: words are read whole, "Kim’s")
    const ownerEnd = prev.start + owner[1]!.length;
    const spk = speakerBefore(text, s.start, ownerEnd);
    return spk && spk.end > ownerEnd ? { ...spk, end: ownerEnd, text: text.slice(spk.start, ownerEnd) } : spk;
  }
  // "made the suggestion", "expressed confidence", "voiced his concern"
  let v = i - 1;
  if (NOUN_DETERMINER.test(words[v]!.text)) v--;
  if (v >= 0 && NOUN_CUE_VERB.has(words[v]!.text.toLowerCase())) return speakerBefore(text, s.start, words[v]!.start);
  return null;
}

export const nounCue: IndirectRule = {
  name: 'noun-cue',
  summary: 'a noun or adjective of saying and "that": his claim that …, X made the suggestion that …, X was adamant that …',
  find({ text, s, words, end, inDirect, isUsed, make }) {
    const out: QuoteAnnotation[] = [];
    for (let i = 1; i < words.length - 3; i++) {
      const w = words[i]!;
      const l = w.text.toLowerCase();
      if (!THAT.test(words[i + 1]!.text) || text.slice(w.end, words[i + 1]!.start) !== ' ' || inDirect(w.start) || isUsed(w)) continue;
      let spk: SpeakerNP | null = null;
      if (SPEECH_NOUNS.has(l)) spk = nounCueSpeaker(text, s, words, i);
      // "was adamant that"
      else if (SPEECH_ADJECTIVES.has(l) && CLAUSE_AUXILIARY.has(words[i - 1]!.text.toLowerCase())) spk = speakerBefore(text, s.start, words[i - 1]!.start);
      if (!spk || SELF_SOURCES.test(spk.text)) continue;
      const from = words[i + 1]!.end;
      const content = trimContent(text, from, clauseEnd(text, from, end));
      if (!content || !hasWords(text, content, 3)) continue;
      out.push(make(content, { start: w.start, end: w.end }, spk, 'explicit'));
      while (i + 1 < words.length && words[i + 1]!.start < content.end) i++;
    }
    return out;
  },
};

/** ", X said [adverbial]" or ", said X" right after a comma, or null. */
function postposedCue(text: string, tail: Word[], commaPos: number, end: number): { cue: TextRange; speaker: SpeakerNP } | null {
  for (let i = 0; i < Math.min(tail.length, 10); i++) {
    const base = speechVerbBase(tail[i]!.text.toLowerCase());
    if (!base || /^\p{Lu}/u.test(tail[i]!.text)) continue;
    // ", the report said": after an article the word is a noun
    if (i > 0 && NOUN_DETERMINER.test(tail[i - 1]!.text)) continue;
    if (WEAK_VERBS.has(base)) return null;
    // ", saying they …": the participle introduces what follows, not what went before
    if (i === 0 && /ing$/.test(tail[0]!.text)) return null;
    // ", told Trend": after "told" stands the hearer, never the speaker
    if (i === 0 && TELL_VERBS.has(base)) return null;
    const spk = i === 0 ? speakerAfter(text, tail[0]!.end, end) : speakerBefore(text, commaPos + 1, tail[i]!.start);
    if (!spk || SELF_SOURCES.test(spk.text)) return null;
    const lead = i === 0 ? 0 : wordsIn(text, commaPos + 1, spk.start).length;
    if (lead > (tail[0]!.text.toLowerCase() === 'the' ? 1 : 0) && !(lead <= 6 && !/[,;:]/.test(text.slice(commaPos + 1, spk.start)))) return null;
    // what follows the cue must not be a new clause with its own verb and object, nor what the
    // cue introduces (", he told her “…”", ", X says: …", ", X said that …")
    const after = i === 0 ? spk.end : tail[i]!.end;
    // ", Ushakov said, adding that …": a participle of the same speaker goes on
    if (/^\s*,\s*\p{Ll}+ing\b/u.test(text.slice(after, end))) return { cue: { start: tail[i]!.start, end: tail[i]!.end }, speaker: spk };
    const rest = wordsIn(text, after, end);
    if (rest.length > 14) return null;
    if (/^\s*:|["“”«»]/.test(text.slice(after, end)) || rest.some((w) => THAT.test(w.text))) return null;
    // ", the minister said nothing": the cue takes an object, it reports no clause before it
    if (rest.length && INDEFINITE_PRONOUN.has(rest[0]!.text.toLowerCase())) return null;
    return { cue: { start: tail[i]!.start, end: tail[i]!.end }, speaker: spk };
  }
  return null;
}

/** How many words the cue clause of an aside may have, with its adverbial (", he said in a
 *  video posted on Monday,"). */
const ASIDE_WORDS = 12;

/** How many words of an adverbial may follow the cue inside an aside (", he said in the video,"). */
const ASIDE_ADVERBIAL_WORDS = 6;

/** Whether the word after an aside continues the report with its predicate ("Her death, he
 *  said, is …", "…, she says, and lost …"): a verb, an adverb or a conjunction, in lower case;
 *  not a participle (", marking …") nor a preposition or subordinator that opens the
 *  reporter's own adverbial (", the company said Tuesday, after the government …"). */
function continuesReport(next: string, before: 'adverbial' | 'verb' | 'subject' = 'subject'): boolean {
  const l = next.toLowerCase();
  if (/ing$/.test(l) || SUBORDINATOR.test(next.charAt(0).toUpperCase() + l) || CLAUSE_OPENING_PREPOSITION.test(l)) return false;
  // after an opening adverbial the report is a whole clause ("Within minutes, she recalled,
  // her feed was …"); after a verb, its complement ("It was, he said, one of …")
  if (before !== 'subject') return !NOT_CLAUSE_START.has(l) || REPORT_CONJUNCTION.test(l) || before === 'verb';
  if (!/^\p{Ll}/u.test(next)) return false;
  // a preposition goes on with the report ("… left, they claim, by the last government")
  return NOT_CLAUSE_START.has(l) || CLAUSE_AUXILIARY.has(l) || /ly$/.test(l) || /n['’]t$/.test(l) || isVerbForm(l) || /(?:ed|s)$/.test(l);
}

/** How the words before an aside end: an opening adverbial, a verb (whose complement follows
 *  the aside), or a subject (whose predicate follows it). */
function beforeAside(text: string, s: { start: number }, commaPos: number): 'adverbial' | 'verb' | 'subject' {
  const ws = wordsIn(text, s.start, commaPos);
  if (ws.length && ADVERBIAL_OPENER.test(ws[0]!.text) && ws.length <= ASIDE_ADVERBIAL_WORDS) return 'adverbial';
  const last = ws[ws.length - 1]?.text.toLowerCase() ?? '';
  return CLAUSE_AUXILIARY.has(last) ? 'verb' : 'subject';
}

/** Whether an aside's report is one quote with the cue clause inside it ("Her death, he said,
 *  is a loss": real-dev's and PolNeAR's convention), not one quote on each side (GGT's). */
export const ASIDE_AS_ONE_QUOTE = true;

/**
 * The cue clause of an aside that starts at the comma `commaPos` ("Her death, he said, is a
 * loss …", "The tone, said Mr Milburn, would be …", "Fraudsters, he said in the video, do not
 * last"): its cue, speaker and where the report goes on after it, or null. The report must go
 * on with a predicate, not a participle (", marking …") nor, after an inverted cue, the
 * speaker's apposition (", said Ann Lee, the head of …").
 */
function asideCue(text: string, commaPos: number, end: number, before: 'adverbial' | 'verb' | 'subject'): { cue: TextRange; speaker: SpeakerNP; resume: number } | null {
  const close = text.indexOf(',', commaPos + 1);
  if (close < 0 || close >= end) return null;
  const words = wordsIn(text, commaPos + 1, close);
  if (words.length < 2 || words.length > ASIDE_WORDS || /[.;:!?"“”«»()]/.test(text.slice(commaPos + 1, close))) return null;
  const i = words.findIndex((w) => /^\p{Ll}/u.test(w.text) && speechVerbBase(w.text) !== null);
  if (i < 0 || i > 4) return null;
  const base = speechVerbBase(words[i]!.text)!;
  // (after an inverted tell-verb stands its hearer: ", told Reuters the plan …,")
  if (WEAK_VERBS.has(base) || /ing$/.test(words[i]!.text) || (i === 0 && TELL_VERBS.has(base))) return null;
  const speaker = i === 0 ? speakerAfter(text, words[0]!.end, close) : speakerBefore(text, commaPos + 1, words[i]!.start);
  if (!speaker || SELF_SOURCES.test(speaker.text) || (i > 0 && speaker.start !== words[0]!.start)) return null;
  // the cue clause ends with the cue (and the speaker after it) or an adverbial: no object, no
  // "that" clause (", Nova Scotia added the drug to its list,", ", says his son grew up …,")
  const tail = wordsIn(text, Math.max(words[i]!.end, speaker.end), close);
  if (tail.length > 0 && (tail.length > ASIDE_ADVERBIAL_WORDS || !ADVERBIAL_START.has(tail[0]!.text.toLowerCase()))) return null;
  const next = /^\s*([\p{L}'’]+)/u.exec(text.slice(close + 1, end))?.[1];
  if (!next || !continuesReport(next, before)) return null;
  // after an inverted cue a predicate goes on, not the speaker's apposition (", said Ann Lee,
  // executive director of …", ", said Ann Lee, since …")
  if (i === 0 && !(CLAUSE_AUXILIARY.has(next) || (/^\p{Ll}/u.test(next) && isVerbForm(next)))) return null;
  return { cue: { start: words[i]!.start, end: words[i]!.end }, speaker, resume: close + 1 };
}

export const asideClause: IndirectRule = {
  name: 'aside-cue',
  summary: 'CONTENT, X said, CONTENT: a cue clause between commas inside the report (Her death, he said, is a loss …)',
  find({ text, s, sText, end, inDirect, isUsed, make }) {
    // (the first commas only: an aside stands near the subject it interrupts)
    let comma = sText.indexOf(',');
    for (let tries = 0; comma > 0 && tries < 3 && s.start + comma < end; tries++, comma = sText.indexOf(',', comma + 1)) {
      const commaPos = s.start + comma;
      if (inDirect(commaPos)) return [];
      const shape = beforeAside(text, s, commaPos);
      const adverbialFirst = shape === 'adverbial';
      const found = asideCue(text, commaPos, end, shape);
      if (!found || isUsed(found.cue)) continue;
      const before = trimContent(text, s.start, commaPos);
      const after = trimContent(text, found.resume, clauseEnd(text, found.resume, end));
      if (!before || !after || wordsIn(text, after.start, after.end).length < 2) continue;
      // "The mayor said the budget, he added, would …": the aside sits in a report of its own
      if ((!adverbialFirst && opensWithAdverbialOnly(text, before)) || wordsIn(text, before.start, before.end).some((w) => /^\p{Ll}/u.test(w.text) && speechVerbBase(w.text) !== null)) return [];
      if (ASIDE_AS_ONE_QUOTE) return [make({ start: before.start, end: after.end }, found.cue, found.speaker, 'explicit')];
      return [make(before, found.cue, found.speaker, 'explicit'), make(after, found.cue, found.speaker, 'explicit')];
    }
    return [];
  },
};

/** Whether `content` is only an opening adverbial: a subordinator, preposition or participle
 *  first ("When …", "In …", "Speaking …", "Asked …") and no comma after which a main clause could stand. */
function opensWithAdverbialOnly(text: string, content: TextRange): boolean {
  const c = text.slice(content.start, content.end);
  if (c.includes(',')) return false;
  const first = /^[\p{L}'’]+/u.exec(c)?.[0] ?? '';
  if (SUBORDINATOR.test(first)) return true;
  // a preposition or participle opens an adverbial when no auxiliary makes the phrase a clause
  // ("At least 48 people were reported dead", "Being in office can be hard" are clauses)
  const opener = ADVERBIAL_OPENER.test(first) || (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first) && isVerbForm(first.toLowerCase()));
  return opener && !wordsIn(text, content.start, content.end).some((w) => CLAUSE_AUXILIARY.has(w.text.toLowerCase()));
}

export const postposed: IndirectRule = {
  name: 'postposed-cue',
  summary: 'CONTENT, X said / CONTENT, said X (the cue clause may hold commas: said co-author Liv Haugland of …)',
  find({ text, s, sText, end, inDirect, isUsed, make }) {
    const out: QuoteAnnotation[] = [];
    let comma = sText.lastIndexOf(',');
    for (let tries = 0; comma > 0 && tries < 4; tries++, comma = sText.lastIndexOf(',', comma - 1)) {
      const commaPos = s.start + comma;
      if (inDirect(commaPos)) break;
      const tail = wordsIn(text, commaPos + 1, end);
      if (tail.length < 2 || tail.length > 24) continue;
      const found = postposedCue(text, tail, commaPos, end);
      if (!found) continue;
      const content = trimContent(text, s.start, commaPos);
      // "Speaking in Leeds on Monday, Rahman denied …", "When he left, he told her …": an
      // opening adverbial alone is no report
      if (content && opensWithAdverbialOnly(text, content)) break;
      // "Acts of protest, Mr. Obama said, are acts of patriotism": a cue clause closed by a
      // comma inside the sentence; the report runs on both sides of it (not into ", marking …",
      // nor into the apposition of an inverted "…, said Marty Puranik, CEO of …")
      const cueClauseEnd = Math.max(found.cue.end, found.speaker.end);
      const afterComma = /^\s*,\s*([\p{L}'’]+)/u.exec(text.slice(cueClauseEnd, end))?.[1];
      const aside = found.speaker.end <= found.cue.start && afterComma && continuesReport(afterComma, beforeAside(text, s, commaPos)) ? trimContent(text, text.indexOf(',', cueClauseEnd) + 1, end) : null;
      const minWords = aside ? 2 : 4;
      if (content && wordsIn(text, content.start, content.end).length >= minWords && !isUsed(found.cue)) {
        const rest = aside && wordsIn(text, aside.start, aside.end).length >= 2 ? aside : null;
        if (rest && ASIDE_AS_ONE_QUOTE) out.push(make({ start: content.start, end: rest.end }, found.cue, found.speaker, 'explicit'));
        else {
          out.push(make(content, found.cue, found.speaker, 'explicit'));
          if (rest) out.push(make(rest, found.cue, found.speaker, 'explicit'));
        }
      }
      break;
    }
    return out;
  },
};
