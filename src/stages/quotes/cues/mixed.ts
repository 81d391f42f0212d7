/**
 * mixed-fragment: a marked fragment inside a reported clause ("Odhiambo called the scheme “a
 * lifeline”"); judged-fragment: a fragment that is the object of a verb of judging ("thanked the
 * police for “a complex operation”", "condemned the move as an “unlawful step”").
 */
import { FRAGMENT_CUE_VERBS, speechVerbBase } from '../../../lexicon/en/speech.js';
import { rangeAt } from '../../../ranges.js';
import { speakerBefore } from '../speaker-np.js';
import { wordsIn } from '../../../words.js';
import { CUE_WINDOW, isParticipleCue, participleSpeaker, subjectAtStart } from './clause.js';
import type { MarkedCueRule } from './rule.js';

export const mixedFragment: MarkedCueRule = {
  name: 'mixed-fragment',
  summary: 'a quoted fragment inside a reported clause: Odhiambo called the scheme "a lifeline"',
  method: 'mixed',
  find({ text, q, sentences }) {
    const s = rangeAt(sentences, q.open);
    if (!s) return null;
    // (in a sentence longer than the window the words read do not start it: no subject at its start)
    const from = Math.max(s.start, q.open - CUE_WINDOW);
    // the cue is a lower-case English speech verb: none without a lower-case ASCII letter (text
    // in Chinese or Arabic is not read word by word per quote)
    if (!/[a-z]/.test(text.slice(from, q.open))) return null;
    const words = wordsIn(text, from, q.open);
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      if (!speechVerbBase(w.text.toLowerCase()) || /^\p{Lu}/u.test(w.text)) continue;
      // ", saying the war had been “…”": the participle's speaker is the sentence's, not the
      // object before the comma
      const participle = from === s.start && isParticipleCue(text, words, i, from);
      const spk = participle ? participleSpeaker(text, words, i) : speakerBefore(text, from, w.start) ?? (from === s.start ? subjectAtStart(text, words.slice(0, i)) : null);
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
    const s = rangeAt(sentences, q.open);
    if (!s || !/[a-z]/.test(text.slice(Math.max(s.start, q.open - CUE_WINDOW), q.open))) return null;
    const from = Math.max(s.start, q.open - CUE_WINDOW);
    const words = wordsIn(text, from, q.open);
    for (let i = words.length - 1; i >= Math.max(0, words.length - JUDGED_REACH); i--) {
      const w = words[i]!;
      // (within the clause: no sentence or clause punctuation between the verb and the mark)
      if (/[.;:!?"“”«»]/.test(text.slice(w.end, q.open))) return null;
      if (!FRAGMENT_CUE_VERBS.has(w.text)) continue;
      const spk = speakerBefore(text, from, w.start) ?? (from === s.start ? subjectAtStart(text, words.slice(0, i)) : null);
      return spk ? { cue: { start: w.start, end: w.end }, speaker: spk, method: 'explicit' } : null;
    }
    return null;
  },
};
