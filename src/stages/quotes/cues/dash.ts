/** dash-credit: "“…” -Commissioner Geoffrey Starks", "“…” — Jane Doe, spokeswoman": a name credited after a dash. */
import { speakerAfter } from '../speaker-np.js';
import type { MarkedCueRule } from './rule.js';

export const dashCredit: MarkedCueRule = {
  name: 'dash-credit',
  summary: 'a name after a dash that follows the closing mark: "…" — Jane Doe',
  method: 'dash-credit',
  find({ text, q, para }) {
    if (!q.closeMark) return null;
    const from = q.close + q.closeMark.length;
    const dash = /^\s*[-—–]{1,2}\s*(?=\p{Lu})/u.exec(text.slice(from, para.end));
    if (!dash) return null;
    const spk = speakerAfter(text, from + dash[0].length - 1, para.end);
    if (!spk || spk.kind !== 'name') return null;
    const at = from + dash[0].search(/[-—–]/);
    return { cue: { start: at, end: at + 1 }, speaker: spk, method: 'dash-credit' };
  },
};
