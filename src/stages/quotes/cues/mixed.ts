/** mixed-fragment: a marked fragment inside a reported clause ("Odhiambo called the scheme “a lifeline”"). */
import { speechVerbBase } from '../../../lexicon/en/speech.js';
import { rangeAt } from '../../../ranges.js';
import { speakerBefore } from '../speaker-np.js';
import { wordsIn } from '../../../words.js';
import { CUE_WINDOW, subjectAtStart } from './clause.js';
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
      const spk = speakerBefore(text, from, w.start) ?? (from === s.start ? subjectAtStart(text, words.slice(0, i)) : null);
      return spk ? { cue: { start: w.start, end: w.end }, speaker: spk, method: 'mixed' } : null;
    }
    return null;
  },
};
