/**
 * A headline that attributes ("Starmer: We will rebuild the country", "Inflation will fall by
 * spring, minister says"): an indirect quote of the headline's claim by the named speaker
 * (headlines paraphrase, so never `direct`).
 */
import { speechVerbBase, WEAK_VERBS } from '../../../lexicon/en/speech.js';
import { HEADLINE_LABEL } from '../../../lexicon/patterns.js';
import { isSpeakerHead, speakerBefore } from '../speaker-np.js';
import { wordsIn } from '../../../words.js';
import { titleCaseBreak, trimContent } from './clause.js';
import type { HeadlineRule } from './rule.js';

export const headlineLabel: HeadlineRule = {
  name: 'headline-label',
  summary: 'a name and a colon: "Starmer: …", "UN chief Guterres: …"',
  find(text, headline, make) {
    const h = text.slice(headline.start, headline.end);
    // a name (after optional title words) and a colon
    const colon = /^((?:[\p{L}'’.-]+\s+){0,3}?[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,2})\s*:\s+\S/u.exec(h);
    if (!colon || HEADLINE_LABEL.test(colon[1]!)) return undefined;
    const at = headline.start + colon[0].indexOf(':');
    // "Obama on Climate Change:", "Trump Addresses Munich Attack:", "Warren Hammers CEO:": the
    // speaker is the name before "on" or before a Title Case verb
    const ws = wordsIn(text, headline.start, at);
    const k = titleCaseBreak(ws);
    const spk = speakerBefore(text, headline.start, k > 0 ? ws[k - 1]!.end : at);
    if (!spk || spk.kind !== 'name') return undefined;
    return make(trimContent(text, at + 1, headline.end), { start: at, end: at + 1 }, spk);
  },
};

export const headlineSays: HeadlineRule = {
  name: 'headline-says',
  summary: 'a speaker and a speech verb at the end, headlines drop the article: "…, minister says"',
  find(text, headline, make) {
    const h = text.slice(headline.start, headline.end);
    const post = /,\s*((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(\p{Ll}+)\s*[.!?]?$/u.exec(h);
    if (!post || !speechVerbBase(post[2]!) || WEAK_VERBS.has(speechVerbBase(post[2]!)!)) return undefined;
    const spkAt = headline.start + post.index + post[0].indexOf(post[1]!);
    const cueAt = headline.start + post.index + post[0].lastIndexOf(post[2]!);
    const kind = /^\p{Lu}/u.test(post[1]!) && !isSpeakerHead(post[1]!.split(/\s+/).pop()!.toLowerCase()) ? 'name' : 'description';
    return make(trimContent(text, headline.start, headline.start + post.index), { start: cueAt, end: cueAt + post[2]!.length }, { start: spkAt, end: spkAt + post[1]!.length, kind, text: post[1]! });
  },
};
