/**
 * Indirect speech in a sentence, tried in this order (the first rule that finds a report
 * decides): According to X, CONTENT / CONTENT, according to X; X VERB [object] [that]
 * CONTENT; CONTENT, X said / CONTENT, said X.
 */
import type { TextRange } from '../../../document.js';
import { BARE_CLAUSE_VERBS, speechVerbBase, TELL_VERBS, WEAK_VERBS } from '../../../lexicon/en/speech.js';
import { ADVERBIAL_START } from '../../../lexicon/en/clauses.js';
import { NOUN_DETERMINER, SELF_SOURCE as SELF_SOURCES, SUBJECT_AFTER_ADDED } from '../../../lexicon/patterns.js';
import { speakerAfter, speakerBefore, type SpeakerNP } from '../speaker-np.js';
import { hasWords, wordsIn, type Word } from '../../../words.js';
import { accordingToSpeaker, afterAdverbial, clauseEnd, isClauseStart, subjectAtStart, SUBJECT_WORDS, THAT, trimContent } from './clause.js';
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
      const content = trimContent(text, comma + 1, end);
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

export const reportedClause: IndirectRule = {
  name: 'reported-clause',
  summary: 'X VERB [object] [that] CONTENT: The ministry said that prices would rise',
  find({ text, s, words, end, inDirect, isUsed, make }) {
    const out: QuoteAnnotation[] = [];
    for (let i = 0; i < words.length - 2; i++) {
      const w = words[i]!;
      const base = speechVerbBase(w.text.toLowerCase());
      if (!base || inDirect(w.start) || isUsed(w)) continue;
      // a capitalised "verb" is part of a name ("United States", "Lake Superior State")
      if (/^[\p{Lu}]/u.test(w.text)) continue;
      // "Roy Graf protested the bills, saying they …": the participle's speaker is the subject
      const participle = /ing$/.test(w.text) && /,\s*$/.test(text.slice(Math.max(s.start, w.start - 3), w.start));
      // (the subject is among the first words: SUBJECT_WORDS of them are read, not all before the cue)
      let spk = participle ? subjectAtStart(text, words.slice(0, Math.min(i, SUBJECT_WORDS))) : speakerBefore(text, s.start, w.start);
      // "Odhiambo called the scheme … and said it was …": the subject of the first verb
      if (!spk && i > 0 && words[i - 1]!.text.toLowerCase() === 'and') spk = subjectAtStart(text, words.slice(0, Math.min(i - 1, SUBJECT_WORDS)));
      if (!spk || SELF_SOURCES.test(spk.text)) continue;
      // skip an object or adverbial ("told reporters", "said in a statement", "said on Monday");
      // a "that" after any other noun is a relative pronoun ("announced a scheme that will …")
      let j = i + 1;
      let thatAt = -1;
      const reach = ADVERBIAL_START.has(words[j]?.text.toLowerCase() ?? '') ? 16 : 9;
      for (let k = j; k < Math.min(words.length, i + reach); k++) {
        if (THAT.test(words[k]!.text)) {
          const between = words.slice(i + 1, k).map((x) => x.text.toLowerCase());
          if (between.length === 0 || (TELL_VERBS.has(base) && between.length <= 4) || ADVERBIAL_START.has(between[0]!)) thatAt = k;
          break;
        }
        if (/[.;:!?"“”«»]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
      }
      let contentStart: number;
      if (thatAt >= 0) contentStart = words[thatAt]!.end;
      else {
        if (!BARE_CLAUSE_VERBS.has(base) || WEAK_VERBS.has(base)) continue;
        if (base === 'tell') {
          // "told reporters the plan …": skip a one-to-four-word object
          while (j < words.length && j < i + 4 && !isClauseStart(words[j]!.text, words[j + 1]?.text)) j++;
        } else j = afterAdverbial(words, j);
        const nxt = words[j];
        if (!nxt || !isClauseStart(nxt.text, words[j + 1]?.text)) continue;
        // "Carolina added three more goals", "the Kospi added 0.4 per cent": 'add' takes an
        // object; only "added he/it/there …" reports without "that"
        if (base === 'add' && !SUBJECT_AFTER_ADDED.test(nxt.text)) continue;
        if (/[,;:"“”«»]/.test(text.slice(w.end, nxt.start)) && !/^\s*,\s*$/.test(text.slice(w.end, nxt.start))) continue;
        contentStart = nxt.start;
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
    // what follows the cue must not be a new clause with its own verb and object
    const after = i === 0 ? spk.end : tail[i]!.end;
    const rest = wordsIn(text, after, end);
    if (rest.length > 14) return null;
    return { cue: { start: tail[i]!.start, end: tail[i]!.end }, speaker: spk };
  }
  return null;
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
      // "Acts of protest, Mr. Obama said, are acts of patriotism": a cue clause closed by a
      // comma inside the sentence; the report runs on both sides of it (not into ", marking …",
      // nor into the apposition of an inverted "…, said Marty Puranik, CEO of …")
      const cueClauseEnd = Math.max(found.cue.end, found.speaker.end);
      const aside = found.speaker.end <= found.cue.start && /^\s*,\s*(?!\p{Ll}+ing\b)\S/u.test(text.slice(cueClauseEnd, end)) ? trimContent(text, text.indexOf(',', cueClauseEnd) + 1, end) : null;
      const minWords = aside ? 2 : 4;
      if (content && wordsIn(text, content.start, content.end).length >= minWords && !isUsed(found.cue)) {
        out.push(make(content, found.cue, found.speaker, 'explicit'));
        if (aside && wordsIn(text, aside.start, aside.end).length >= 2) out.push(make(aside, found.cue, found.speaker, 'explicit'));
      }
      break;
    }
    return out;
  },
};
