/** colon-intro: X …: "…" — the subject of a lead-in clause that ends in a colon ("Lapshin named the task:"). */
import { wordsIn } from '../../../words.js';
import { subjectAtStart } from './clause.js';
import type { MarkedCueRule } from './rule.js';

export const colonIntro: MarkedCueRule = {
  name: 'colon-intro',
  summary: 'the subject of a lead-in clause ending in a colon: Lapshin named the main task: "…"',
  method: 'colon-intro',
  find(site) {
    const b = site.before();
    if (!b || !/:\s*$/.test(b.before)) return null;
    const colon = b.start + b.before.lastIndexOf(':');
    const first = wordsIn(site.text, b.start, colon);
    if (first.length < 2) return null;
    const spk = subjectAtStart(site.text, first);
    return spk ? { cue: { start: colon, end: colon + 1 }, speaker: spk, method: 'colon-intro' } : null;
  },
};
