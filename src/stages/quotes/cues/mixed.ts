/**
 * mixed-fragment: a marked fragment inside a reported clause ("Odhiambo called the scheme “a
 * lifeline”"); judged-fragment: a fragment that is the object of a verb of judging ("thanked the
 * police for “a complex operation”", "condemned the move as an “unlawful step”").
 */
import { FRAGMENT_CUE_VERBS, speechVerbBase } from '../../../lexicon/en/speech.js';
import { rangeAt } from '../../../ranges.js';
import { speakerBefore, type SpeakerNP } from '../speaker-np.js';
import { wordsIn, type Word } from '../../../words.js';
import type { TextRange } from '../../../document.js';
import { CUE_WINDOW, isParticipleCue, participleSpeaker, subjectAtStart } from './clause.js';
import type { MarkedCueRule } from './rule.js';

/** The words of the sentence before an opening mark, within CUE_WINDOW characters; null when
 *  none is a lower-case ASCII letter (the cue is a lower-case English verb: text in Chinese or
 *  Arabic is not read word by word per quote). */
function clauseBeforeMark(text: string, open: number, sentences: readonly TextRange[]): { from: number; words: Word[]; atSentenceStart: boolean } | null {
  const s = rangeAt(sentences, open);
  if (!s) return null;
  // (in a sentence longer than the window the words read do not start it: no subject at its start)
  const from = Math.max(s.start, open - CUE_WINDOW);
  if (!/[a-z]/.test(text.slice(from, open))) return null;
  return { from, words: wordsIn(text, from, open), atSentenceStart: from === s.start };
}

/** The speaker phrase before the cue word `i`, else the sentence's subject when the words start it. */
function subjectBefore(text: string, before: { from: number; words: Word[]; atSentenceStart: boolean }, i: number): SpeakerNP | null {
  return speakerBefore(text, before.from, before.words[i]!.start) ?? (before.atSentenceStart ? subjectAtStart(text, before.words.slice(0, i)) : null);
}

export const mixedFragment: MarkedCueRule = {
  name: 'mixed-fragment',
  summary: 'a quoted fragment inside a reported clause: Odhiambo called the scheme "a lifeline"',
  method: 'mixed',
  find({ text, q, sentences }) {
    const before = clauseBeforeMark(text, q.open, sentences);
    if (!before) return null;
    const { from, words } = before;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      if (!speechVerbBase(w.text.toLowerCase()) || /^\p{Lu}/u.test(w.text)) continue;
      // ", saying the war had been “…”": the participle's speaker is the sentence's, not the
      // object before the comma
      const participle = before.atSentenceStart && isParticipleCue(text, words, i, from);
      const spk = participle ? participleSpeaker(text, words, i) : subjectBefore(text, before, i);
      return spk ? { cue: { start: w.start, end: w.end }, speaker: spk, method: 'mixed' } : null;
    }
    return null;
  },
};

/** How many words may stand between a verb of judging and the fragment it quotes ("thanked the
 *  regional police authorities for “…”"). */
const JUDGED_REACH = 10;

export const judgedFragment: MarkedCueRule = {
  name: 'judged-fragment',
  summary: 'a fragment quoted as the object of a verb of judging: Berg thanked the police for "a complex operation"',
  method: 'explicit',
  find({ text, q, sentences }) {
    const before = clauseBeforeMark(text, q.open, sentences);
    if (!before) return null;
    const { words } = before;
    for (let i = words.length - 1; i >= Math.max(0, words.length - JUDGED_REACH); i--) {
      const w = words[i]!;
      // (within the clause: no sentence or clause punctuation between the verb and the mark)
      if (/[.;:!?"“”«»]/.test(text.slice(w.end, q.open))) return null;
      if (!FRAGMENT_CUE_VERBS.has(w.text)) continue;
      const spk = subjectBefore(text, before, i);
      return spk ? { cue: { start: w.start, end: w.end }, speaker: spk, method: 'explicit' } : null;
    }
    return null;
  },
};
