/** colon-intro: X …: "…" — the subject of a lead-in clause that ends in a colon ("Lapshin named the task:"). */
import { wordsIn } from '../../../words.js';
import { mainSubject } from './clause.js';
import type { MarkedCueRule } from './rule.js';
import { speakerAfter } from '../speaker-np.js';
import { PASSIVE_AGENT } from '../../../lexicon/patterns.js';


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
    // "His conclusions were supported by Marina Petrova, an expert from the ministry:": the agent
    const passive = PASSIVE_AGENT.exec(site.text.slice(b.start, colon));
    const agent = passive ? speakerAfter(site.text, b.start + passive.index + passive[0].length, colon) : null;
    const spk = agent && agent.kind !== 'pronoun' ? agent : mainSubject(site.text, first);
    return spk ? { cue: { start: colon, end: colon + 1 }, speaker: spk, method: 'colon-intro' } : null;
  },
};
