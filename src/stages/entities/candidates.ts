/**
 * Entity candidates: capitalised runs in the body (with connectors such as "of", "for",
 * "de", quoted names after an acronym such as RTK “Qazaqstan”), split at organisation heads
 * and stripped of titles, then typed as person or organisation by head words, name shape,
 * the lexicon and the speaker anchors the quote stage found.
 */
import type { TextRange } from '../../document.js';
import { overlaps } from '../../document.js';
import { isCommonWord, isDemonym, isFirstName, isKnownOrganization, isLastName, isPlaceName, isDateWord, firstNameGender } from '../../lexicon/index.js';
import { HONORIFICS, ORG_HEADS, ROLE_NOUNS, SENTENCE_OPENERS } from '../../lexicon/tables.js';
import { canonicalAgency } from '../dateline/agencies.js';
import { wordsIn, type Word } from '../quotes/speaker-np.js';

export type EntityType = 'person' | 'organization';

export interface Candidate extends TextRange {
  text: string;
  type: EntityType;
  /** Title words stripped from the front ("Foreign Minister"), with their range. */
  title: TextRange | null;
  /** Why it was typed so. */
  method: string;
  /** The run began a sentence (weak evidence of a name). */
  sentenceInitial: boolean;
}

const RUN_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'da', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'on', 'y', 'uulu', 'kyzy', 'uly']);
const PERSON_CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'uulu', 'kyzy', 'uly']);
const TITLE_WORDS = new Set([...ROLE_NOUNS, ...HONORIFICS, 'vice', 'deputy', 'first', 'acting', 'former', 'foreign', 'prime', 'interior', 'defence', 'defense', 'finance', 'economy', 'energy', 'health', 'education', 'transport', 'justice', 'trade', 'agriculture', 'culture', 'labour', 'labor', 'digital', 'development', 'information', 'emergency', 'emergencies', 'state', 'minority', 'majority', 'party', 'opposition', 'chief', 'general', 'senior', 'junior', 'assistant', 'associate', 'executive', 'managing', 'co', 'federal', 'national', 'regional', 'city', 'county', 'district', 'supreme', 'grand', 'high', 'royal', 'crown', 'army', 'navy', 'air', 'police', 'team', 'club', 'press', 'white', 'house', 'senate', 'democratic', 'republican', 'labour', 'conservative', 'liberal', 'communist']);
const ACRONYM_STOP = new Set(['US', 'UK', 'USA', 'EU', 'UAE', 'USSR', 'TV', 'OK', 'AM', 'PM', 'GMT', 'UTC', 'CEO', 'CFO', 'GDP', 'COVID', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'ID', 'PC', 'IT', 'AI', 'PR', 'HR', 'VIP', 'FAQ', 'PDF', 'SMS', 'GPS', 'DNA', 'HIV', 'AIDS', 'CO2', 'KM', 'KG', 'MW', 'KW', 'GW', 'USD', 'EUR', 'KZT', 'RUB', 'CNY', 'JPY', 'GBP', 'BC', 'AD', 'I', 'A', 'END', 'LEAD', 'UPDATE', 'PHOTO', 'VIDEO']);

const isCap = (w: string): boolean => /^[\p{Lu}]/u.test(w);
const isAllCaps = (w: string): boolean => /^[\p{Lu}\d&.-]{2,}$/u.test(w) && /\p{Lu}{2}/u.test(w);
const lc = (w: string): string => w.toLowerCase().replace(/['’]s$/, '');

interface RunWord extends Word {
  quoted?: boolean;
}

/** Capitalised runs in [start, end), as word lists. Runs may contain a quoted name. */
function runsIn(text: string, start: number, end: number, exclude: readonly TextRange[]): RunWord[][] {
  const words = wordsIn(text, start, end).filter((w) => !exclude.some((x) => overlaps(x, w)));
  const runs: RunWord[][] = [];
  let cur: RunWord[] = [];
  const flush = () => {
    while (cur.length && !isCap(cur[cur.length - 1]!.text)) cur.pop();
    if (cur.length) runs.push(cur);
    cur = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = cur[cur.length - 1];
    const gap = prev ? text.slice(prev.end, w.start) : '';
    const joinable = prev && (gap === ' ' || gap === '’ ' || gap === "' " || gap === ' “' || gap === '” ' || gap === ' «' || gap === '» ' || gap === '-' || gap === ' "' || gap === '" ');
    if (isCap(w.text) || /^\d/.test(w.text) && prev && isCap(prev.text) && /^\d+$/.test(w.text) === false) {
      if (!joinable) flush();
      if (gap.includes('“') || gap.includes('«') || gap.includes('"')) {
        // a quoted name joins only right after an acronym or a capitalised word: RTK “Qazaqstan”
        const close = text.indexOf(gap.includes('«') ? '»' : gap.includes('"') ? '"' : '”', w.start);
        if (close < 0 || close > w.start + 60) {
          flush();
          cur.push(w);
          continue;
        }
        cur.push({ ...w, quoted: true });
        // swallow the words up to the closing mark
        while (i + 1 < words.length && words[i + 1]!.end <= close) cur.push({ ...words[++i]!, quoted: true });
        continue;
      }
      cur.push(w);
    } else if (prev && joinable && gap === ' ' && RUN_CONNECTORS.has(w.text.toLowerCase())) {
      cur.push(w);
    } else flush();
  }
  flush();
  return runs;
}

/** Candidates in one sentence. */
export function candidatesInSentence(text: string, s: TextRange, exclude: readonly TextRange[], anchors: readonly TextRange[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run0 of runsIn(text, s.start, s.end, exclude)) {
    let run = run0;
    const sentenceInitial = !/[\p{L}\p{N}]/u.test(text.slice(s.start, run[0]!.start));
    // drop sentence-opening function words and connectives ("The", "According", "Moreover")
    while (run.length && (run === run0 ? sentenceInitial : false) && isOpener(run[0]!.text)) run = run.slice(1);
    while (run.length && !isCap(run[0]!.text)) run = run.slice(1);
    if (!run.length) continue;
    for (const part of splitRun(text, run)) {
      const c = classify(text, part, sentenceInitial && part[0] === run0[0], anchors);
      if (c) out.push(c);
    }
  }
  return out;
}

function isOpener(w: string): boolean {
  const l = w.toLowerCase();
  if (SENTENCE_OPENERS.has(l)) return true;
  if (isFirstName(l) || isLastName(l) || isKnownOrganization(l) || isPlaceName(l)) return false;
  return isCommonWord(l) && !ORG_HEADS.has(l);
}

/** Split a run at an organisation head followed by a name ("… Club Bibigul Zheksenbay"),
 *  after a quoted name followed by more words, and at "and" between two names. */
function splitRun(text: string, run: RunWord[]): RunWord[][] {
  const parts: RunWord[][] = [];
  let cur: RunWord[] = [];
  for (let i = 0; i < run.length; i++) {
    const w = run[i]!;
    cur.push(w);
    const next = run[i + 1];
    if (!next) break;
    const rest = run.slice(i + 1).filter((x) => isCap(x.text));
    const headHere = ORG_HEADS.has(lc(w.text)) && !w.quoted && next.text.toLowerCase() !== 'of' && next.text.toLowerCase() !== 'for' && !RUN_CONNECTORS.has(next.text.toLowerCase());
    const quotedEnds = w.quoted && !next.quoted;
    const andBetween = next.text === 'and' || next.text === 'And';
    if ((headHere && rest.length >= 2 && !ORG_HEADS.has(lc(run[run.length - 1]!.text))) || (quotedEnds && rest.length >= 1)) {
      parts.push(cur);
      cur = [];
    } else if (andBetween && looksLikePerson(cur) && looksLikePerson(run.slice(i + 2))) {
      parts.push(cur);
      cur = [];
      i++; // skip "and"
    }
  }
  if (cur.length) parts.push(cur);
  // trim connectors at the edges
  return parts.map((p) => {
    let a = 0;
    let b = p.length;
    while (a < b && !isCap(p[a]!.text)) a++;
    while (b > a && !isCap(p[b - 1]!.text)) b--;
    return p.slice(a, b);
  }).filter((p) => p.length);
}

function looksLikePerson(ws: RunWord[]): boolean {
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => isCap(w.text) && !ORG_HEADS.has(lc(w.text)));
}

/** Type a run, or drop it (places, dates, common words). */
function classify(text: string, run0: RunWord[], sentenceInitial: boolean, anchors: readonly TextRange[]): Candidate | null {
  let run = run0;
  const full = { start: run[0]!.start, end: run[run.length - 1]!.end };
  const anchored = anchors.some((a) => overlaps(a, full));
  const words = run.map((w) => w.text);
  const lower = words.map(lc);
  const joined = text.slice(full.start, full.end);

  // Known agencies and organisations
  const agency = canonicalAgency(joined);
  if (agency && (joined.length >= 3 || joined === joined.toUpperCase())) return cand(text, run, 'organization', null, 'agency', sentenceInitial);
  if (isKnownOrganization(joined.toLowerCase()) && !isPlaceName(joined.toLowerCase())) return cand(text, run, 'organization', null, 'lexicon', sentenceInitial);
  // A quoted name after an acronym or capitalised word: RTK “Qazaqstan”
  if (run.some((w) => w.quoted) && !run[0]!.quoted) return cand(text, run, 'organization', null, 'quoted-name', sentenceInitial);
  if (run.every((w) => w.quoted)) return null;

  // Organisation heads: "… Club", "Ministry of …", "… FC"
  const headIdx = lower.findIndex((l, i) => ORG_HEADS.has(l) && (i > 0 || (run.length > 1 && (lower[1] === 'of' || lower[1] === 'for' || lower[1] === 'on'))));
  if (headIdx >= 0 && run.length >= 2) {
    // strip leading titles/demonyms that belong to a person before it? No: "Kenyan Transport Ministry" stays whole
    return cand(text, run, 'organization', null, 'org-head', sentenceInitial);
  }
  if (run.length === 1 && isAllCaps(words[0]!) && !ACRONYM_STOP.has(words[0]!) && words[0]!.length <= 8 && !isPlaceName(lower[0]!) && !/^\d/.test(words[0]!)) {
    return cand(text, run, 'organization', null, 'acronym', sentenceInitial);
  }

  // Titles in front: "Foreign Minister Sergei Lavrov", "Senator Nurtore Zhusip", "Mr Putin"
  let title: TextRange | null = null;
  let k = -1;
  for (let i = 0; i < run.length - 1; i++) if (TITLE_WORDS.has(lower[i]!) || isDemonym(lower[i]!) || (isPlaceName(lower[i]!) && i + 1 < run.length && TITLE_WORDS.has(lower[i + 1]!))) {
    if (ROLE_NOUNS.has(lower[i]!) || HONORIFICS.has(lower[i]!)) k = i;
  } else if (k >= 0) break;
  // a run of connectors/places up to the last role word ("Ambassador to Kenya"): keep simple
  if (k >= 0) {
    title = { start: run[0]!.start, end: run[k]!.end };
    run = run.slice(k + 1);
    while (run.length && !isCap(run[0]!.text)) run = run.slice(1);
    if (!run.length) return null;
  }
  const names = run.map((w) => w.text);
  const nl = names.map(lc);
  if (names.length > 5) return null;
  // Places and dates are not entities here
  if (nl.every((l) => isPlaceName(l) || isDemonym(l) || l === 'of' || l === 'the') && !anchored) return null;
  if (nl.some((l) => isDateWord(l)) && !nl.some((l) => isFirstName(l))) return null;
  if (names.some((n) => isAllCaps(n) && n.length > 3) && !anchored && names.length > 1) return null;

  const firstKnown = isFirstName(nl[0]!);
  const commonCount = nl.filter((l) => isCommonWord(l) && !isFirstName(l) && !isLastName(l)).length;
  const placeCount = nl.filter((l) => isPlaceName(l) && !isFirstName(l) && !isLastName(l)).length;
  if (names.length >= 2) {
    if (nl.some((l) => ORG_HEADS.has(l))) return null;
    if (names.every((n) => PERSON_CONNECTORS.has(n.toLowerCase()) || isCap(n))) {
      if (firstKnown && commonCount === 0 && placeCount <= 1) return cand(text, run, 'person', title, 'first-name', sentenceInitial);
      if (anchored && commonCount <= 1) return cand(text, run, 'person', title, 'speaker-anchor', sentenceInitial);
      if (title && commonCount === 0) return cand(text, run, 'person', title, 'title', sentenceInitial);
      if (commonCount === 0 && placeCount === 0 && !sentenceInitial) return cand(text, run, 'person', title, 'name-shape', sentenceInitial);
      if (commonCount === 0 && placeCount === 0 && sentenceInitial && names.length >= 2) return cand(text, run, 'person', title, 'name-shape', sentenceInitial);
    }
    return null;
  }
  // single words: with a title or a speaker anchor; surnames are attached later by clustering
  if (title && !isCommonWord(nl[0]!)) return cand(text, run, 'person', title, 'title', sentenceInitial);
  if (anchored && !isCommonWord(nl[0]!) && !isPlaceName(nl[0]!)) return cand(text, run, 'person', title, 'speaker-anchor', sentenceInitial);
  return { ...cand(text, run, 'person', title, 'single', sentenceInitial), method: 'single' };
}

function cand(text: string, run: RunWord[], type: EntityType, title: TextRange | null, method: string, sentenceInitial: boolean): Candidate {
  const start = run[0]!.start;
  let end = run[run.length - 1]!.end;
  // a quoted name keeps its closing mark: RTK “Qazaqstan”
  if (run[run.length - 1]!.quoted && /[”»"]/.test(text[end] ?? '')) end++;
  // drop a possessive 's
  const t = text.slice(start, end);
  const poss = /['’]s$/.exec(t);
  if (poss) end -= poss[0].length;
  return { start, end, text: text.slice(start, end), type, title, method, sentenceInitial };
}

/** Gender guessed from a first name or a Slavic/Turkic surname ending. */
export function genderOfName(name: string): 'female' | 'male' | null {
  const parts = name.split(/\s+/);
  const g = firstNameGender(parts[0]!.toLowerCase());
  if (g === 'female' || g === 'male') return g;
  const last = parts[parts.length - 1]!.toLowerCase();
  if (parts.length >= 2) {
    if (/(?:ova|eva|yova|ina|aya|skaya|tskaya|kyzy|qyzy|gizi|qizi)$/.test(last)) return 'female';
    if (/(?:ov|ev|yov|sky|skiy|uly|uulu|ogly|oglu)$/.test(last)) return 'male';
  }
  return null;
}
