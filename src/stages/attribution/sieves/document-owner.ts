/**
 * document-owner: a document speaks for whoever issued it. "Facebook's statement", "her
 * lawsuit", "the RCMP statement", "a statement from the EU", "a study released by Civic
 * Action" name the owner in the phrase; a bare "the complaint" refers back to the document an
 * earlier sentence introduced, whose owner is named there or is that sentence's subject
 * ("Prosecutors said in a criminal complaint …"). The owner phrase is read by the other sieves;
 * when it names nobody, the description sieve reads the whole phrase.
 */
import { DOCUMENT_NOUNS, SPOKESPEOPLE_HEADS } from '../../../lexicon/en/speakers.js';
import { POSSESSIVE_PRONOUNS } from '../../../lexicon/en/pronouns.js';
import { ORG_NAME_CONNECTORS } from '../../../lexicon/en/names.js';
import { CUE_THEN_DOCUMENT, DEFINITE_DETERMINER_START, DOCUMENT_HEAD_BREAK, DOCUMENT_ISSUER, NAME_BEFORE_DOCUMENT, OWNER_DETERMINER_START, POSSESSIVE_PRONOUN_START } from '../../../lexicon/patterns.js';

import type { QuoteAnnotation } from '../../quotes/index.js';
import type { SpeakerNP } from '../../quotes/speaker-np.js';
import { subjectAtStart } from '../../quotes/cues/clause.js';
import { lastWordAt, wordsIn } from '../../../words.js';
import type { ResolvedSpeaker } from '../context.js';
import { defineSieve, type SieveContext } from '../sieve.js';

/** How far back (characters) a bare "the statement" looks for the document it refers to. */
const DOCUMENT_LOOKBACK = 3000;

/** Measured on real-dev and GGT (scripts/calibrate.mjs): an owner the phrase (or the quote that
 *  introduced the document) names right 0.77 of the time (13 quotes), the subject of the
 *  sentence that introduced it 0.2 (5). */
const confidence = { possessive: 0.7, modifier: 0.7, issuer: 0.7, cued: 0.7, introduced: 0.25 };
type Outcome = keyof typeof confidence;

/** The document noun of a phrase: the first document noun before "from/by/…" or at the end, with
 *  where ("the Department of Public Safety statement released by …": not "Department"). */
function documentHead(phrase: string): { head: string; at: number } | null {
  const words = [...phrase.matchAll(/[\p{L}-]+/gu)];
  for (let k = 0; k < words.length; k++) {
    const next = words[k + 1];
    if (next && !DOCUMENT_HEAD_BREAK.test(next[0])) continue;
    const w = words[k]!;
    const head = w[0].toLowerCase();
    if (DOCUMENT_NOUNS.has(head)) return { head, at: w.index };
    // two-word nouns: "the ministry's press service"
    const before = words[k - 1];
    const pair = before ? `${before[0].toLowerCase()} ${head}` : '';
    if (before && DOCUMENT_NOUNS.has(pair)) return { head: pair, at: before.index };
  }
  return null;
}

/** The owner a document phrase names, as a phrase for the sieves, with how it names it. */
function ownerIn(np: SpeakerNP): { phrase: SpeakerNP; how: Outcome } | null {
  const d = documentHead(np.text);
  if (!d) return null;
  const at = (start: number, text: string, kind: SpeakerNP['kind']): SpeakerNP => ({ start: np.start + start, end: np.start + start + text.length, kind, text });
  // "Facebook's statement", "the union's Friday release"
  const possessive = /^(.+?)['’]s\s+\S/u.exec(np.text);
  if (possessive && possessive.index + possessive[1]!.length < d.at && possessive[1]!.split(/\s+/).length <= 6) {
    const o = possessive[1]!;
    const kind = OWNER_DETERMINER_START.test(o) || !/^\p{Lu}/u.test(o) ? 'description' : 'name';
    return { phrase: at(0, o, kind), how: 'possessive' };
  }
  // a spokesperson is a person, not a document: only "the ministry's spokesman" speaks for the ministry
  if (SPOKESPEOPLE_HEADS.has(d.head)) return null;
  // "her lawsuit", "its statement"
  const pronoun = POSSESSIVE_PRONOUN_START.exec(np.text);
  if (pronoun) return { phrase: { start: np.start, end: np.start + pronoun[1]!.length, kind: 'pronoun', text: POSSESSIVE_PRONOUNS[pronoun[1]!.toLowerCase()]! }, how: 'possessive' };
  // "a statement from the EU", "a study released Monday by Civic Action"
  const from = DOCUMENT_ISSUER.exec(np.text.slice(d.at));
  if (from) return { phrase: at(d.at + from.index + from[0].lastIndexOf(from[1]!), from[1]!, DEFINITE_DETERMINER_START.test(from[1]!) ? 'description' : 'name'), how: 'issuer' };
  // "the RCMP statement", "the Arizona Department of Public Safety statement"
  const modifier = NAME_BEFORE_DOCUMENT.exec(np.text.slice(0, d.at + 1));
  if (modifier) return { phrase: at(modifier[0].indexOf(modifier[1]!), modifier[1]!, 'name'), how: 'modifier' };
  return null;
}

/** How many words before an earlier document noun its phrase may open ("the Arizona Department
 *  of Public Safety statement"), and how many after it the issuer may take ("released by …"). */
const EARLIER_PHRASE_WORDS = 8;

/** The phrase around an earlier mention of a document noun at `at`: from the last word that is
 *  not capitalised (a determiner) before it, to the punctuation after it. */
function earlierPhrase(text: string, at: number, head: string): SpeakerNP | null {
  const before = wordsIn(text, Math.max(0, at - 120), at).slice(-EARLIER_PHRASE_WORDS);
  let k = before.length - 1;
  while (k >= 0 && (/^\p{Lu}/u.test(before[k]!.text) || NAME_INNER_CONNECTORS.has(before[k]!.text))) k--;
  // (a capitalised determiner opens a sentence: "The RCMP statement")
  const open = k >= 0 ? before[k]! : before[0];
  if (!open || /[.!?;:\n]/.test(text.slice(open.start, at))) return null;
  const stop = /[.,;:!?\n—–()]|\s-\s/.exec(text.slice(at, at + 200));
  const end = stop ? at + stop.index : Math.min(text.length, at + head.length);
  return { start: open.start, end, kind: 'description', text: text.slice(open.start, end) };
}

/** How far after a quote's cue its document may stand ("said in a statement", "said in a
 *  statement posted on its website"). */
const CUE_TO_DOCUMENT = 40;

/** Small words inside an organisation's name before a document noun ("the Department of Safety statement"). */
const NAME_INNER_CONNECTORS: ReadonlySet<string> = new Set(ORG_NAME_CONNECTORS.filter((w) => w !== 'the'));

/** Where a bare "the statement" was last mentioned before (the noun or its plural), or -1. */
function earlierMention(text: string, np: SpeakerNP, head: string): number {
  const from = Math.max(0, np.start - DOCUMENT_LOOKBACK);
  return Math.max(lastWordAt(text, head, from, np.start), lastWordAt(text, `${head}s`, from, np.start));
}

/** The earlier document mention at `at` introduced by a quote's cue ("…, the ministry said in a
 *  statement."): that quote's speaker, whoever the sentence's subject is. */
function cuedBy(ctx: SieveContext, at: number): ResolvedSpeaker | null {
  for (let i = ctx.resolved.length - 1; i >= 0; i--) {
    const cue = ctx.quotes[i]?.cue;
    const r = ctx.resolved[i];
    if (!cue || cue.end > at) continue;
    if (at - cue.end > CUE_TO_DOCUMENT) break;
    // only an adverbial stands between: "said in a statement", "said Tuesday in a written statement"
    if (r?.entity && CUE_THEN_DOCUMENT.test(ctx.text.slice(cue.end, at))) return r;
  }
  return null;
}

/** The owner of the earlier document mention at `at`: the one its phrase names ("the Arizona
 *  Department of Public Safety statement released by …", "a statement from the EU"), else the
 *  subject of the sentence that introduced it ("The Kelowna Rockets filed a lawsuit …"). */
function introducedBy(text: string, at: number, head: string): { phrase: SpeakerNP; how: Outcome } | null {
  const earlier = earlierPhrase(text, at, head);
  const named = earlier ? ownerIn(earlier) : null;
  if (named) return named;
  // the sentence that introduced it, up to the document noun
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  const words = wordsIn(text, start, at);
  const subject = words.length >= 2 ? subjectAtStart(text, words) : null;
  return subject ? { phrase: subject, how: 'introduced' } : null;
}

export const documentOwner = defineSieve({
  name: 'document-owner',
  summary: "a document speaks for its issuer: the union's release, her lawsuit, a statement from the EU, the complaint",
  confidence,
  apply(q: QuoteAnnotation, ctx, np): ResolvedSpeaker | undefined {
    if (np?.kind !== 'description') return undefined;
    const owner = ownerIn(np);
    const read = (phrase: SpeakerNP, how: Outcome): ResolvedSpeaker | undefined => {
      const r = ctx.resolvePhrase(q, phrase);
      // an owner that is itself a document ("the report's summary") names nobody
      if (!r || (!r.entity && (r.mention?.kind === 'pronoun' || documentHead(r.name)))) return undefined;
      return { name: r.name, entity: r.entity, mention: np, method: 'document-owner', confidence: r.entity ? confidence[how] : Math.min(confidence[how], confidence.introduced) };
    };
    if (owner) {
      const r = read(owner.phrase, owner.how);
      if (r?.entity) return r;
    }
    // a bare "the complaint": the document an earlier sentence mentioned
    const d = DEFINITE_DETERMINER_START.test(np.text) ? documentHead(np.text) : null;
    if (!d || SPOKESPEOPLE_HEADS.has(d.head)) return undefined;
    const at = earlierMention(ctx.text, np, d.head);
    if (at < 0) return undefined;
    const cued = cuedBy(ctx, at);
    if (cued) return { name: cued.name, entity: cued.entity, mention: np, method: 'document-owner', confidence: confidence.cued };
    const earlier = introducedBy(ctx.text, at, d.head);
    return earlier ? read(earlier.phrase, earlier.how) : undefined;
  },
});
