/**
 * Cues after the closing mark: "…," said Asel Karaulova (inverted); "…," according to Dr.
 * Keith Ahamad; "…," Assel Karaulova explained / she said / the speaker added / Sabitri
 * Gurung, a glaciologist at the X Institute, said.
 */
import { speechVerbBase, WEAK_VERBS } from '../../../lexicon/en/speech.js';
import { CLAUSE_AUXILIARIES } from '../../../lexicon/en/clauses.js';
import { ADVERBIAL_SUBJECT, NOUN_DETERMINER, PARTICIPLE_CUE, SENTENCE_END_OR_APPOSITION } from '../../../lexicon/patterns.js';
import { rangeAt } from '../../../ranges.js';
import { speakerAfter, speakerBefore } from '../speaker-np.js';
import { wordsIn } from '../../../words.js';
import { ABBREVIATED_WORD, accordingToSpeaker, CUE_WINDOW } from './clause.js';
import type { CueSite, MarkedCueRule } from './rule.js';

/** How many words may follow a cue in the sentence after a quote ("…." Kim said in a
 *  statement on Monday.). */
const NEXT_SENTENCE_TAIL_WORDS = 8;

const AUXILIARY = new Set(CLAUSE_AUXILIARIES);

/**
 * Whether a cue in the sentence after a quote that ended its own is that quote's: only an
 * adverbial or an object follows the cue clause there ("…." Kim said on Monday. / "…?" she
 * told reporters.), or a participle of the same speaker (", adding …"). Not a report of its
 * own ("…." Kim said the plan had failed.), a "that" clause or a new quote: that sentence
 * says something else.
 */
function cueClauseEndsSentence(site: CueSite, at: number): boolean {
  const { text } = site;
  const s = rangeAt(site.sentences, Math.max(0, at - 1));
  const end = Math.min(site.para.end, s ? s.end : site.para.end);
  if (at >= end) return true;
  const rest = text.slice(at, end);
  if (/["“”«»„]/.test(rest)) return false;
  const words = wordsIn(text, at, end);
  if (!words.length) return true;
  if (/^\s*,/.test(rest) && PARTICIPLE_CUE.test(words[0]!.text)) return true;
  if (words.length > NEXT_SENTENCE_TAIL_WORDS) return false;
  return !words.some((w) => {
    const l = w.text.toLowerCase();
    return l === 'that' || ADVERBIAL_SUBJECT.test(w.text) || AUXILIARY.has(l) || speechVerbBase(l) !== null;
  });
}

export const verbAfter: MarkedCueRule = {
  name: 'verb-after',
  summary: 'a speech verb, then its speaker, right after the quote: "…," said Asel Karaulova',
  method: 'explicit',
  find(site) {
    const a = site.after();
    const w0 = a?.words[0];
    const base = w0 && speechVerbBase(w0.text.toLowerCase());
    // a participle opens no inverted cue ("…." Calling her a leader, X said …)
    if (!w0 || !base || /ing$/i.test(w0.text)) return null;
    const spk = speakerAfter(site.text, w0.end, site.para.end);
    if (!spk) return null;
    if (a.statementEnded && (WEAK_VERBS.has(base) || !cueClauseEndsSentence(site, spk.end))) return null;
    return { cue: { start: w0.start, end: w0.end }, speaker: spk, method: 'explicit' };
  },
};

export const accordingToAfter: MarkedCueRule = {
  name: 'according-to-after',
  summary: '"according to" and its source right after the quote: "…," according to Dr. Keith Ahamad',
  method: 'according-to',
  find(site) {
    const a = site.after();
    // "…." According to X, …: a new sentence with a source of its own
    if (!a || a.statementEnded) return null;
    const { text, para } = site;
    const acc = /^\s*(?:,\s*)?according to\s+/i.exec(text.slice(a.from, para.end));
    if (!acc) return null;
    const npStart = a.from + acc[0].length;
    // (the phrase ends within the window: a paragraph-long search per quote was quadratic)
    const until = Math.min(para.end, npStart + CUE_WINDOW);
    const stop = text.slice(npStart, until).replace(ABBREVIATED_WORD, (m) => m.replace('.', '_')).search(SENTENCE_END_OR_APPOSITION);
    const spk = accordingToSpeaker(text, npStart, stop < 0 ? until : npStart + stop);
    const cueStart = a.from + acc[0].toLowerCase().indexOf('according');
    return spk ? { cue: { start: cueStart, end: cueStart + 'according to'.length }, speaker: spk, method: 'according-to' } : null;
  },
};

export const speakerVerbAfter: MarkedCueRule = {
  name: 'speaker-verb-after',
  summary: 'a speaker, then a speech verb, after the quote: "…," Assel Karaulova explained / she said',
  method: 'explicit',
  find(site) {
    const a = site.after();
    if (!a) return null;
    const { text } = site;
    const { from, words } = a;
    const w0 = words[0]!;
    for (let i = 1; i < Math.min(words.length, 30); i++) {
      const w = words[i]!;
      const base = speechVerbBase(w.text.toLowerCase());
      if (!base) continue;
      // "the report said": after an article the word is a noun
      if (NOUN_DETERMINER.test(words[i - 1]!.text)) continue;
      // a sentence ends between the quote and the verb: not at a period inside a word ("e.GO's")
      // or before a comma or a lower-case word ("Associates Inc., said")
      if (/[!?;"“”«»]|\.(?=\s+[\p{Lu}\d"“‘«])/u.test(text.slice(from, w.start).replace(/^\s*[,.!?]/, '').replace(ABBREVIATED_WORD, ''))) return null;
      const spk = speakerBefore(text, w0.start, w.start);
      if (!spk) return null;
      const lead = wordsIn(text, w0.start, spk.start);
      const leadOk = spk.start === w0.start || (lead.length <= 5 && !/[,;:]/.test(text.slice(w0.start, spk.start)) && spk.kind === 'name');
      if (!leadOk) return null;
      if (a.statementEnded && (WEAK_VERBS.has(base) || !cueClauseEndsSentence(site, w.end))) return null;
      return { cue: { start: w.start, end: w.end }, speaker: spk, method: 'explicit' };
    }
    return null;
  },
};
