/** Cues before the opening mark: According to X, "…" / X said: "…" / X told reporters, "…". */
import { speechVerbBase } from '../../../lexicon/en/speech.js';
import { speakerAfter, speakerBefore } from '../speaker-np.js';
import { accordingToBefore as accordingToEnding } from '../cue-tails.js';
import { accordingToSpeaker, CUE_WINDOW, isParticipleCue, participleSpeaker } from './clause.js';
import { rangeAt } from '../../../ranges.js';
import { wordsIn, type Word } from '../../../words.js';
import type { SpeakerNP } from '../speaker-np.js';
import type { CueSite, MarkedCueRule } from './rule.js';

export const accordingToBefore: MarkedCueRule = {
  name: 'according-to-before',
  summary: '"according to" and its source before the quote: According to Omran, "…"',
  method: 'according-to',
  find(site) {
    const b = site.before();
    if (!b) return null;
    const acc = accordingToEnding(b.before);
    if (!acc) return null;
    const cueStart = b.start + acc.at;
    const spk = accordingToSpeaker(site.text, cueStart + 'according to'.length, b.start + acc.comma);
    return spk ? { cue: { start: cueStart, end: cueStart + 'according to'.length }, speaker: spk, method: 'according-to' } : null;
  },
};

export const verbBefore: MarkedCueRule = {
  name: 'verb-before',
  summary: 'a speaker and speech verb before the quote: X said: "…" / X told reporters, "…"',
  method: 'explicit',
  find(site) {
    const b = site.before();
    if (!b) return null;
    const { text, q } = site;
    const { words } = b;
    for (let i = words.length - 1; i >= Math.max(0, words.length - 7); i--) {
      const w = words[i]!;
      const base = speechVerbBase(w.text.toLowerCase());
      if (!base) continue;
      const tail = text.slice(w.end, q.open);
      if (!/^(?:\s+[\p{L}\d'’-]+){0,5}\s*(?:[,:]\s*)?$/u.test(tail)) continue;
      if (i < words.length - 1 && !/[,:]\s*$/.test(tail)) continue;
      const spk = speakerBefore(text, b.start, w.start) ?? speakerAfter(text, w.end, q.open) ?? participleLeadIn(site, w);
      if (spk) return { cue: { start: w.start, end: w.end }, speaker: spk, method: 'explicit' };
    }
    return null;
  },
};

/** The speaker of a participle lead-in (…, adding: “…”), read over the quote's sentence: the
 *  cue before it or the sentence's subject (after a quote of the same sentence, the lead-in
 *  starts after that quote, without the subject). */
function participleLeadIn(site: CueSite, w: Word): SpeakerNP | null {
  const { text, q, sentences } = site;
  const s = rangeAt(sentences, q.open);
  if (!s || !/ing$/.test(w.text)) return null;
  const words = wordsIn(text, Math.max(s.start, q.open - CUE_WINDOW), w.end);
  const i = words.length - 1;
  return i > 0 && isParticipleCue(text, words, i, s.start) ? participleSpeaker(text, words, i) : null;
}
