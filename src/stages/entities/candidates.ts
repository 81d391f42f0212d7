/**
 * Entity candidates: capitalised runs in the body (with connectors such as "of", "for",
 * "de", quoted names after an acronym such as RTK “Qazaqstan”), split at organisation heads
 * and between a name and its organisation, stripped of titles, then typed as person or
 * organisation by head words, name shape, the lexicon, the document's own lower-case words
 * and the speaker anchors the quote stage found.
 */
import type { TextRange } from '../../document.js';
import { rangeIndex, withoutOverlaps } from '../../ranges.js';
import { monthNumber } from '../../lexicon/shared/months.js';
import { isCommonWord, isDemonym, isFirstName, isKnownOrganization, isLastName, isPlaceName, isDateWord, firstNameGender, isOrgHeadFromLexicon } from '../../lexicon/index.js';
import { TITLE_MODIFIERS, isRoleWordAsWritten as isRoleWord, isTitleAbbreviation } from '../../lexicon/en/roles.js';
import { ENDING_ONLY_HEADS as OPENING_HEADS, ORG_HEADS } from '../../lexicon/en/organisations.js';
import { LOCATIVES, PLACE_HEADS, PLACE_PREFIXES } from '../../lexicon/en/places.js';
import { SENTENCE_OPENERS } from '../../lexicon/en/clauses.js';
import { NOT_ACRONYMS as ACRONYM_STOP } from '../../lexicon/en/abbreviations.js';
import { GROUP_NOUNS } from '../../lexicon/en/speakers.js';
import { COMPOUND_TAILS, RUN_CONNECTORS } from '../../lexicon/en/names.js';
import { ARABIC_AND_TURKIC_NAME_PARTICLES as NAME_PARTICLES, PERSON_NAME_PARTICLES as PERSON_CONNECTORS } from '../../lexicon/shared/names.js';
import { canonicalAgency } from '../../lexicon/shared/agencies.js';
import { isCapitalised as isCap } from '../../lexicon/shapes.js';
import { ENDS_WITH_ORGANISATION_ABBREVIATION, HEAD_BEFORE_ANOTHER_COMPANY, LEGAL_FORM_WORD as CORPORATE_SUFFIX, REPORTING_VERB_AFTER as REPORTING_AFTER, RESULT_AFTER_TEAM as TEAM_AFTER, RESULT_BEFORE_TEAM as TEAM_BEFORE, ROLE_BEFORE_NAME as ROLE_AFTER, SPORTS_ROLE_WORD as SPORTS_ROLES } from '../../lexicon/patterns.js';
import { wordsIn, type Word } from '../../words.js';
import { knownEntity } from './known-entities.js';

export type EntityType = 'person' | 'organization';

/** The rules of classify() that read a run of capitalised words as a person's name. */
export const PERSON_RULES = ['first-name', 'name-shape', 'speaker-anchor', 'title', 'single-surname', 'reporting-subject', 'single', 'known'] as const;
/** The rules that read an organisation's name ('org-alias': the short name in brackets after one). */
export const ORGANIZATION_RULES = ['agency', 'lexicon', 'quoted-name', 'org-head', 'acronym', 'org-before-role', 'team', 'org-alias', 'known'] as const;
export type PersonRule = (typeof PERSON_RULES)[number];
export type OrganizationRule = (typeof ORGANIZATION_RULES)[number];

export interface Candidate extends TextRange {
  text: string;
  type: EntityType;
  /** Title words stripped from the front ("Foreign Minister"), with their range. */
  title: TextRange | null;
  /** Why it was typed so: a rule, the tagger ('model'), or a rule whose person the tagger
   *  retyped as an organisation ('name-shape+model'; see ORGANIZATION_METHODS). */
  method: PersonRule | OrganizationRule | 'model' | `${string}+model`;
  /** The run began a sentence (weak evidence of a name). */
  sentenceInitial: boolean;
}

/** What the whole document tells about words: those it writes in lower case mid-sentence. */
export interface DocContext {
  lowerWords: ReadonlySet<string>;
}

const isAllCaps = (w: string): boolean => /^[\p{Lu}\d&.-]{2,}$/u.test(w) && /\p{Lu}{2}/u.test(w);
const lc = (w: string): string => w.toLowerCase().replace(/['’]s$/, '');
const isOrgHead = (l: string): boolean => (ORG_HEADS.has(l) || isOrgHeadFromLexicon(l)) && !OPENING_HEADS.has(l);
const endsWithHead = (l: string): boolean => isOrgHead(l) || OPENING_HEADS.has(l);

interface RunWord extends Word {
  quoted?: boolean;
  /** a lower-case syllable of a hyphenated given name ("yeol" in "Yoon Suk - yeol") */
  syllable?: boolean;
}

const MAX_RUN = 16;

/** Capitalised runs in [start, end), as word lists. Runs may contain a quoted name. */
function runsIn(text: string, start: number, end: number, exclude: readonly TextRange[]): RunWord[][] {
  const all = wordsIn(text, start, end);
  const words = exclude.length ? withoutOverlaps(all, exclude) : all;
  const runs: RunWord[][] = [];
  let cur: RunWord[] = [];
  const flush = () => {
    while (cur.length && !isCap(cur[cur.length - 1]!.text) && !cur[cur.length - 1]!.syllable) cur.pop();
    // no name runs on for 16 capitalised words: longer runs (Title Case banners, tables,
    // garbage) are cut, which also keeps the run rules' cost linear in the text
    for (let k = 0; k < cur.length; k += MAX_RUN) runs.push(cur.slice(k, k + MAX_RUN));
    cur = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = cur[cur.length - 1];
    const gap = prev ? text.slice(prev.end, w.start) : '';
    const joinable =
      prev &&
      (gap === ' ' || gap === '’ ' || gap === "' " || gap === ' “' || gap === '” ' || gap === ' «' || gap === '» ' || gap === ' "' || gap === '" ' || gap === ' & ' ||
        (gap === '. ' && (isTitleAbbreviation(prev.text) || prev.text === 'St' || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(prev.text) || (/^\p{Lu}$/u.test(prev.text) && isCap(w.text) && cur.length > 1))) ||
        // text tokenised with spaces ("Akufo - Addo", "D ’ Silva", "Lee Jae - myung")
        // (but not a place before a name: "Durban - Mzingisi Hloba has been appointed")
        (gap === ' - ' && isCap(prev.text) && !isAllCaps(prev.text) && !isDateWord(lc(prev.text)) && !(isPlaceName(lc(prev.text)) && isCap(w.text)) && /^\p{Script=Latin}/u.test(prev.text) && (isCap(w.text) || (/^\p{Ll}{2,6}$/u.test(w.text) && !COMPOUND_TAILS.has(w.text)))) ||
        (gap === ' . ' && /^\p{Lu}$/u.test(prev.text)) ||
        ((gap === ' ’ ' || gap === " ' ") && /^\p{Lu}\p{Ll}?$/u.test(prev.text) && isCap(w.text)));
    if (!isCap(w.text) && joinable && gap === ' - ' && !isPlaceName(lc(prev.text))) {
      // a lower-case syllable of a hyphenated given name ends the run
      cur.push({ ...w, syllable: true });
      flush();
      continue;
    }
    if (isCap(w.text)) {
      if (!joinable) flush();
      const opener = text[w.start - 1];
      if (!cur.length && (opener === '“' || opener === '«' || opener === '"')) {
        // “Jana Qadam” Foundation: a quoted name followed by an organisation head
        const close = markWithin(text, opener === '«' ? '»' : opener === '"' ? '"' : '”', w.start, 60);
        const after = close > 0 ? /^ ([\p{Lu}][\p{L}]+)/u.exec(text.slice(close + 1, close + 40)) : null;
        if (after && isOrgHead(after[1]!.toLowerCase())) {
          cur.push({ ...w, quoted: true });
          while (i + 1 < words.length && words[i + 1]!.end <= close) cur.push({ ...words[++i]!, quoted: true });
          continue;
        }
      }
      if (gap.includes('“') || gap.includes('«') || gap.includes('"')) {
        // a quoted name joins only right after a capitalised word: RTK “Qazaqstan”
        const close = markWithin(text, gap.includes('«') ? '»' : gap.includes('"') ? '"' : '”', w.start, 61);
        if (close < 0) {
          flush();
          cur.push(w);
          continue;
        }
        cur.push({ ...w, quoted: true });
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

/** The first `mark` in text[from, from + width), or -1 (a search to the text's end per word
 *  was quadratic on a megabyte of unclosed marks). */
function markWithin(text: string, mark: string, from: number, width: number): number {
  const at = text.slice(from, from + width).indexOf(mark);
  return at < 0 ? -1 : from + at;
}

/** Candidates in one sentence. */
/** Methods of lone words kept only in case a person named in full claims them (clustering
 *  starts no person with one). */
export const LONE_WORD_RULES = ['single', 'single-surname'] as const satisfies readonly PersonRule[];
/** Whether the candidate is a lone word of LONE_WORD_RULES. */
export const isLoneWord = (c: Candidate): boolean => (LONE_WORD_RULES as readonly string[]).includes(c.method);

/** The last two words of `before` when it ends in a space and they are letters only ("Republic
 *  of "), nearest last; (split, not a regular expression anchored at the end: linear time). */
function lettersWordsBefore(before: string): string[] {
  if (!/\s$/.test(before)) return [];
  const tokens = before.trimEnd().split(/\s+/);
  const out: string[] = [];
  for (let k = tokens.length - 1; k >= 0 && out.length < 2 && /^\p{L}+$/u.test(tokens[k]!); k--) out.unshift(tokens[k]!);
  return out;
}

export function candidatesInSentence(text: string, s: TextRange, exclude: readonly TextRange[], anchors: readonly TextRange[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  // a speaker phrase overlapping a run (indexed: a sentence may hold thousands)
  const anchored = anchors.length ? rangeIndex(anchors).overlaps : () => false;
  // (initials and name particles are never vocabulary: "Conrad K Sangma", "Al - Sabah")
  const common = (l: string) => l.length > 1 && !NAME_PARTICLES.has(l) && (isCommonWord(l) || ctx.lowerWords.has(l)) && !isFirstName(l) && !isLastName(l);
  // in a line set all in capitals ("SOCCER - IRISH WIN 5-0 .") capitals say nothing about
  // acronyms (read on the sentence's first acronym: most sentences have none, and the words
  // of every sentence were listed for it)
  let allCaps: boolean | null = null;
  const inCapitals = (): boolean => {
    if (allCaps === null) {
      const words = text.slice(s.start, s.end).match(/\p{L}+/gu) ?? [];
      allCaps = words.length >= 3 && words.every((w) => w === w.toUpperCase());
    }
    return allCaps;
  };
  for (const run0 of extendListedNames(text, runsIn(text, s.start, s.end, exclude))) {
    let run = run0;
    const sentenceInitial = !/[\p{L}\p{N}]/u.test(text.slice(s.start, run[0]!.start));
    // drop sentence-opening function words and connectives ("The", "According", "Moreover")
    // (also after a closing quote or colon inside the sentence: "… inner circle. ” Though Arce was")
    const clauseInitial = sentenceInitial || /[”"»:;]\s*$/.test(text.slice(Math.max(s.start, run[0]!.start - 4), run[0]!.start));
    while (run.length && clauseInitial && run[0] === run0[0] && isOpener(run[0]!.text, ctx) && !HYPHENATED_GIVEN.test(run[1]?.text ?? '')) run = run.slice(1);
    // "Almaty-based …", "China's …": a place qualifier before an organisation
    while (run.length > 2 && (/-based$/i.test(run[0]!.text) || (/['’]s$/.test(text.slice(run[0]!.start, run[1]!.start).trim()) && isPlaceName(lc(run[0]!.text))))) run = run.slice(1);
    while (run.length && !isCap(run[0]!.text)) run = run.slice(1);
    if (!run.length) continue;
    const before = text.slice(Math.max(s.start, run[0]!.start - 20), run[0]!.start);
    const prev = lettersWordsBefore(before);
    const prevWord = prev[prev.length - 1]?.toLowerCase() ?? '';
    const placeOf = prev.length === 2 && prev[1]!.toLowerCase() === 'of' && PLACE_HEADS.has(prev[0]!.toLowerCase());
    for (const part of splitRun(text, run, common)) {
      const locative = part[0] === run[0] && (LOCATIVES.has(prevWord) || placeOf);
      const c = classify(text, part, sentenceInitial && part[0] === run0[0], anchored, common, locative, (l) => ctx.lowerWords.has(l));
      if (!c || (c.method === 'acronym' && inCapitals())) continue;
      out.push(c);
      // "The African Export-Import Bank ( Afreximbank )": the short name in brackets is the organisation's
      const alias = c.type === 'organization' ? /^\s?\(\s?([\p{Lu}][\p{L}\d&.-]{1,30})\s?\)/u.exec(text.slice(c.end, c.end + 40)) : null;
      if (alias && !isAllCaps(alias[1]!)) {
        const at = c.end + alias[0].indexOf(alias[1]!);
        out.push({ start: at, end: at + alias[1]!.length, text: alias[1]!, type: 'organization', title: null, method: 'org-alias', sentenceInitial: false });
      }
    }
  }
  return out;
}

// ", Industry and Energy" after "Ministry of Trade": a listed name continues the organisation
const LISTED_CONTINUATION = /^(?: ?,\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2})*(?: ?,)?\s+and\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2}/u;

/** Merge runs that continue an "X of A, B and C" organisation name. */
function extendListedNames(text: string, runs: RunWord[][]): RunWord[][] {
  const out: RunWord[][] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const lower = run.map((w) => lc(w.text));
    const ofIdx = lower.findIndex((l, k) => l === 'of' && k > 0 && isOrgHead(lower[k - 1]!));
    const end = run[run.length - 1]!.end;
    // (a comma written apart too: text tokenised with spaces, "Ministry of Education , Science")
    const m = ofIdx > 0 && (text[end] === ',' || text.startsWith(' ,', end)) ? LISTED_CONTINUATION.exec(text.slice(end, end + 160)) : null;
    if (m) {
      const stop = end + m[0].length;
      const merged = [...run];
      while (i + 1 < runs.length && runs[i + 1]![0]!.start < stop) merged.push(...runs[++i]!);
      out.push(merged);
    } else out.push(run);
  }
  return out;
}

function isOpener(w: string, ctx: DocContext): boolean {
  const l = w.toLowerCase();
  if (SENTENCE_OPENERS.has(l)) return true;
  if (isRoleWord(l) || TITLE_MODIFIERS.has(l)) return false;
  if (isFirstName(l) || isLastName(l) || isKnownOrganization(l) || isPlaceName(l)) return false;
  return (isCommonWord(l) || ctx.lowerWords.has(l)) && !isOrgHead(l);
}

/** Split a run at an organisation head followed by a name ("… Club Bibigul Zheksenbay"),
 *  after a quoted name followed by more words, at "and" between two names, and between a
 *  person and the organisation or place after "of" ("Liv Haugland of the … Centre"). */
function splitRun(text: string, run: RunWord[], common: (l: string) => boolean): RunWord[][] {
  const parts: RunWord[][] = [];
  let cur: RunWord[] = [];
  for (let i = 0; i < run.length; i++) {
    const w = run[i]!;
    cur.push(w);
    const next = run[i + 1];
    if (!next) break;
    const rest = run.slice(i + 1).filter((x) => isCap(x.text));
    const nl = next.text.toLowerCase();
    // ("Senate Minority Leader X": a title follows the head, the run is one title + name)
    // (a multi-word organisation before a title is split off: "Hanbit Robotics CEO Choi Ha-eun")
    const headHere = isOrgHead(lc(w.text)) && !w.quoted && !RUN_CONNECTORS.has(nl) && !isOrgHead(lc(next.text)) && (cur.length >= 2 || (!TITLE_MODIFIERS.has(nl) && !isRoleWord(nl)));
    const quotedEnds = w.quoted && !next.quoted && !isOrgHead(nl);
    // "ICC Prosecutor Fatou Bensouda", "ILO Cynthia Samuel": an acronym before a titled or named person
    const acronymFirst = i === 0 && isAllCaps(w.text) && w.text.length <= 6 && /^\p{Lu}\p{Ll}/u.test(next.text) && rest.length >= 2 && !rest.some((x) => isOrgHead(lc(x.text)));
    if ((headHere && rest.length >= 2 && !isOrgHead(lc(run[run.length - 1]!.text))) || (quotedEnds && rest.length >= 1) || acronymFirst) {
      parts.push(cur);
      cur = [];
    } else if (nl === 'and' && (knownEntity(wordsText(text, cur)) || knownEntity(wordsText(text, run.slice(i + 2))))) {
      // "the European Union and NATO", "Treasury and State Department": a known name on either side
      parts.push(cur);
      cur = [];
      i++;
    } else if (nl === 'and' && (looksLikePerson(cur.slice(lastTitleIndex(cur) + 1), common) || (isOrgHead(lc(w.text)) && cur.length >= 2 && HEAD_BEFORE_ANOTHER_COMPANY.test(lc(w.text))) || (!run.some((x) => isOrgHead(lc(x.text))) && cur.every((x) => nameLike(x.text, common)) && run.slice(i + 2).every((x) => nameLike(x.text, common) || RUN_CONNECTORS.has(x.text.toLowerCase()))))) {
      // ("Ruto and Odinga": two names, no organisation head anywhere)
      // ("Johnson Controls Inc and Lear Corp": two companies)
      // "Kais Saied and Niger's Mohamed Bazoum": a person does not continue past "and"
      parts.push(cur);
      cur = [];
      i++;
    } else if (nl === '&' && looksLikePerson(cur, common) && looksLikePerson(run.slice(i + 2), common)) {
      parts.push(cur);
      cur = [];
      i++;
    } else if ((nl === 'of' || nl === 'from') && looksLikePerson(cur.slice(lastTitleIndex(cur) + 1), common)) {
      // "Idris Farouk of Farmington", "Liv Haugland of the Arctic … Centre"
      parts.push(cur);
      cur = [];
      i++;
    }
  }
  if (cur.length) parts.push(cur);
  return parts
    .map((p) => {
      let a = 0;
      let b = p.length;
      while (a < b && !isCap(p[a]!.text)) a++;
      while (b > a && ((!isCap(p[b - 1]!.text) && !p[b - 1]!.syllable) || (b - a > 1 && isDateWord(lc(p[b - 1]!.text))))) b--;
      return p.slice(a, b);
    })
    .filter((p) => p.length);
}

/** The text a list of words spans. */
const wordsText = (text: string, ws: readonly RunWord[]): string => (ws.length ? text.slice(ws[0]!.start, ws[ws.length - 1]!.end) : '');

/** Index of the last role or title word in a run, or -1. */
function lastTitleIndex(ws: RunWord[]): number {
  let k = -1;
  ws.forEach((w, i) => {
    const l = lc(w.text);
    if (isRoleWord(l) || TITLE_MODIFIERS.has(l)) k = i;
  });
  return k;
}

function looksLikePerson(ws: RunWord[], common: (l: string) => boolean): boolean {
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => isCap(w.text) && !isOrgHead(lc(w.text)) && !isPlaceName(lc(w.text)) && !common(lc(w.text)));
}

/** A word that can be part of a person's name. */
function nameLike(w: string, common: (l: string) => boolean): boolean {
  const l = lc(w);
  if (/^\p{Lu}$/u.test(w)) return true; // an initial: "Conrad K Sangma"
  if (!isCap(w) || isOrgHead(l) || isRoleWord(l) || TITLE_MODIFIERS.has(l) || isDateWord(l)) return false;
  if (isFirstName(l) || isLastName(l)) return true;
  if (isPlaceName(l) || isDemonym(l) || PLACE_HEADS.has(l)) return false;
  return !common(l);
}

/** Korean/Chinese given names written with a hyphen: "Ji-hoon", "Byoung-sam". */
export const HYPHENATED_GIVEN = /^[\p{Lu}][\p{Ll}]+-[\p{Ll}]+$/u;

/**
 * Separate a title from the name at the end of a run: "Kenyan Transport Minister Achieng
 * Odhiambo", "Deputy Minister for the Development of the Russian Far East Konstantin Belyaev",
 * "Aerospace Industry of Kazakhstan Daniyar Seitkaliyev". Returns the index where the name
 * starts (0 = no title) or -1 when no name follows.
 */
function nameStart(words: string[], common: (l: string) => boolean): number {
  const lower = words.map(lc);
  const lastRole = lower.reduce((k, l, i) => (isRoleWord(l) && i < words.length - 1 ? i : k), -1);
  const longRun = words.length >= 4;
  if (lastRole < 0 && !longRun) return 0;
  // the longest suffix of name-like words (one common word may open it: "Park Ji-hoon")
  let i = words.length;
  const longest = lastRole >= 0 ? 9 : 4;
  while (i > 0 && i > words.length - longest && (nameLike(words[i - 1]!, common) || /^\p{Ll}{2,6}$/u.test(words[i - 1]!) && i === words.length || (PERSON_CONNECTORS.has(lower[i - 1]!) && i < words.length))) i--;
  if (i === words.length) {
    return lastRole >= 0 ? -1 : 0;
  }
  if (i > 0 && i === words.length - 1 && common(lower[i - 1]!) && isCap(words[i - 1]!) && !isRoleWord(lower[i - 1]!) && !RUN_CONNECTORS.has(lower[i - 1]!) && (HYPHENATED_GIVEN.test(words[i]!) || lastRole >= 0)) i--;
  if (lastRole >= 0) return Math.max(i, lastRole + 1);
  // stopped only by the length cap, with a name word still before: one long name ("Mattar bin Salim Al Balushi")
  if (i > 0 && i === words.length - longest && nameLike(words[i - 1]!, common)) return 0;
  // a long run with no role word: split only before 2+ name words after a place or common word
  return words.length - i >= 2 && i > 0 ? i : 0;
}

/** Type a run, or drop it (places, dates, common words). */
const ACCORDING_BEFORE = /\b[Aa]ccording to $/;

function classify(text: string, run0: RunWord[], sentenceInitial: boolean, isAnchored: (r: TextRange) => boolean, common: (l: string) => boolean, locative: boolean, seenLower: (l: string) => boolean = () => false): Candidate | null {
  let run = run0;
  const full = { start: run[0]!.start, end: run[run.length - 1]!.end };
  const anchored = isAnchored(full);
  const words = run.map((w) => w.text);
  const lower = words.map(lc);
  const joined = text.slice(full.start, full.end);

  // "U . S .", "U . N .": letters spelt out in tokenised text, never a name
  if (run.length >= 2 && run.every((w) => /^\p{Lu}$/u.test(w.text))) return null;
  // Known agencies and organisations
  const agency = canonicalAgency(joined);
  if (agency && (joined.length >= 3 || joined === joined.toUpperCase())) return cand(text, run, 'organization', null, 'agency', sentenceInitial);
  // the knowledge list: organisations and public figures named without a head word
  const known = knownEntity(joined);
  if (known) return cand(text, run, known.type, null, 'known', sentenceInitial);
  if (isKnownOrganization(joined.toLowerCase()) && !isPlaceName(joined.toLowerCase())) return cand(text, run, 'organization', null, 'lexicon', sentenceInitial);
  // A quoted name after an acronym or capitalised word: RTK “Qazaqstan”
  if (run.some((w) => w.quoted) && !run[0]!.quoted) return cand(text, run, 'organization', null, 'quoted-name', sentenceInitial);
  if (run.every((w) => w.quoted)) return null;

  // Organisation heads: "… Club", "Ministry of …", "… Semiconductor"
  const headIdx = lower.findIndex((l, i) => (isOrgHead(l) || (i === lower.length - 1 && i > 0 && endsWithHead(l))) && (i > 0 || (run.length > 1 && (lower[1] === 'of' || lower[1] === 'for' || lower[1] === 'on'))));
  const firstReal = lower.findIndex((l) => !TITLE_MODIFIERS.has(l));
  const firstWord = firstReal >= 0 ? lower[firstReal]! : '';
  // "Director General of …", "Members of the … Club": a person noun heads the run
  const titleFirst = firstReal >= 0 && (isRoleWord(firstWord) || (GROUP_NOUNS.has(firstWord) && lower[firstReal + 1] === 'of')) && !isOrgHead(firstWord);
  if (titleFirst && headIdx > firstReal) {
    // "Director General of the Kola Bay Cargo Terminal": the organisation inside the title
    const of = lower.findIndex((l, i) => i > firstReal && (l === 'of' || l === 'for' || l === 'at'));
    const ns0 = GROUP_NOUNS.has(firstWord) ? 0 : nameStart(words, common);
    if (of > 0 && (ns0 <= 0 || ns0 > headIdx)) {
      let k = of + 1;
      while (k < run.length && !isCap(run[k]!.text)) k++;
      const end = ns0 > 0 ? ns0 : run.length;
      const orgPart = run.slice(k, end);
      if (orgPart.length >= 2 && ORG_HEADS.has(lc(orgPart[orgPart.length - 1]!.text)) && ns0 <= 0) return cand(text, orgPart, 'organization', null, 'org-head', false);
    }
  }
  if (headIdx >= 0 && run.length >= 2 && !titleFirst) {
    // "Daniels Pharmaceuticals Inc of St. Petersburg": a company's legal suffix ends its name
    const suffix = lower.findIndex((l, i) => i > 0 && i < lower.length - 1 && CORPORATE_SUFFIX.test(l) && lower[i + 1] === 'of');
    if (suffix > 0) return cand(text, run.slice(0, suffix + 1), 'organization', null, 'org-head', sentenceInitial);
    return cand(text, run, 'organization', null, 'org-head', sentenceInitial);
  }
  if (run.length === 1 && isAllCaps(words[0]!) && !ACRONYM_STOP.has(words[0]!.toUpperCase()) && words[0]!.length <= 8 && !isPlaceName(lower[0]!) && !/^\d/.test(words[0]!)) {
    return cand(text, run, 'organization', null, 'acronym', sentenceInitial);
  }

  // "Australian Tom Moody": a nationality in front of a name is not part of it (but it stays in
  // a title: "Chinese Vice Premier Liu He")
  while (run.length >= 3 && isDemonym(lc(run[0]!.text)) && !isFirstName(lc(run[0]!.text)) && !isLastName(lc(run[0]!.text)) && isCap(run[1]!.text) && !isRoleWord(lc(run[1]!.text)) && !TITLE_MODIFIERS.has(lc(run[1]!.text))) run = run.slice(1);
  // Titles in front: "Foreign Minister Sergei Lavrov", "Rep. Tomás Quintana-Reyes", "Mr Putin"
  let title: TextRange | null = null;
  const ns = nameStart(run.map((w) => w.text), common);
  if (ns < 0) return null;
  if (ns > 0) {
    const t = run.slice(0, ns);
    title = t.some((w) => isRoleWord(lc(w.text))) ? { start: t[0]!.start, end: t[t.length - 1]!.end } : null;
    run = run.slice(ns);
  }
  const names = run.map((w) => w.text);
  const nl = names.map(lc);
  // Arabic names chain particles: "Nawaf Al - Ahmad Al - Jaber Al - Sabah"
  if (names.length > (nl.some((l) => PERSON_CONNECTORS.has(l)) ? 9 : 5)) return null;
  // "Surrey captain Chris Lewis", "Ericsson spokesman Per Zetterquist": whose role it is
  // (not "Swedish captain", "Former president"; a place only before a player's role: a team, not "US president")
  const roleAfter = ROLE_AFTER.exec(text.slice(full.end, full.end + 40));
  if (roleAfter && !title && !nl.some((l) => isDemonym(l) || isFirstName(l) || common(l) || /(?:ish|ian|ese|ean)$/.test(l)) && (!isPlaceName(nl.join(' ')) || SPORTS_ROLES.test(roleAfter[1]!))) return cand(text, run0, 'organization', null, 'org-before-role', sentenceInitial);
  // a place that wins or loses is a team ("Leicestershire beat Somerset", "lost to Kent")
  if (!title && isPlaceName(nl.join(' ')) && (TEAM_AFTER.test(text.slice(full.end, full.end + 14)) || TEAM_BEFORE.test(text.slice(Math.max(0, full.start - 12), full.start)))) return cand(text, run0, 'organization', null, 'team', sentenceInitial);
  // Places and dates are not entities here ("Sri Lanka", "Lake Tana", "Pell County")
  if (PLACE_HEADS.has(nl[nl.length - 1]!) && !title && !anchored) return null;
  if (!title && !anchored && (isPlaceName(nl.join(' ')) || (names.length >= 2 && PLACE_PREFIXES.has(nl[0]!)))) return null;
  if (nl.every((l) => isPlaceName(l) || isDemonym(l) || l === 'of' || l === 'the') && !anchored) return null;
  if (nl.some((l) => isDateWord(l)) && !nl.some((l) => isFirstName(l))) return null;
  if (names.some((n) => isAllCaps(n) && n.length > 3) && !anchored && names.length > 1) return null;

  const firstKnown = isFirstName(nl[0]!);
  const commonCount = nl.filter((l) => common(l)).length;
  const placeCount = nl.filter((l) => (isPlaceName(l) || isDemonym(l)) && !isFirstName(l) && !isLastName(l)).length;
  if (names.length >= 2) {
    if (nl.some((l) => isOrgHead(l))) return null;
    if (!names.every((n, k) => PERSON_CONNECTORS.has(n.toLowerCase()) || isCap(n) || run[k]!.syllable)) return null;
    const hyphenGiven = (names.length <= 3 && HYPHENATED_GIVEN.test(names[names.length - 1]!)) || (names.length <= 4 && !!run[run.length - 1]!.syllable);
    if (firstKnown && commonCount === 0 && placeCount <= 1) return cand(text, run, 'person', title, 'first-name', sentenceInitial);
    // "Bill Gates", "John Major": a known given name and a vocabulary word the article never writes in lower case
    if (firstKnown && names.length === 2 && !common(nl[0]!) && !seenLower(nl[1]!) && placeCount === 0) return cand(text, run, 'person', title, 'first-name', sentenceInitial);
    if (hyphenGiven && placeCount === 0) return cand(text, run, 'person', title, 'name-shape', sentenceInitial);
    if (anchored && commonCount <= 1) return cand(text, run, 'person', title, 'speaker-anchor', sentenceInitial);
    if (title && commonCount <= (names.length > 2 ? 1 : 0)) return cand(text, run, 'person', title, 'title', sentenceInitial);
    if (locative) return null;
    if (commonCount === 0 && placeCount === 0) return cand(text, run, 'person', title, 'name-shape', sentenceInitial);
    return null;
  }
  // single words: with a title or a speaker anchor; surnames are attached later by clustering
  // a vocabulary word mid-sentence ("Gates", "Park") may still be the surname of someone named in full,
  // unless the article itself writes it in lower case
  if (common(nl[0]!) && !title && !anchored && !sentenceInitial && !seenLower(nl[0]!) && !isDateWord(nl[0]!) && monthNumber(nl[0]!) === null && names[0]!.length > 2 && !/^[IVXLC]+$/.test(names[0]!)) return cand(text, run, 'person', title, 'single-surname', sentenceInitial);
  if (common(nl[0]!) || (isPlaceName(nl[0]!) && !isLastName(nl[0]!)) || /^[IVXLC]+$/.test(names[0]!)) return null;
  // "the British", "Hindu": a people or religion, not the short name of "British Empire"
  if (isDemonym(nl[0]!) && !isLastName(nl[0]!) && !title && !anchored) return null;
  if (title) return cand(text, run, 'person', title, 'title', sentenceInitial);
  if (anchored && !locative) return cand(text, run, 'person', title, 'speaker-anchor', sentenceInitial);
  // "Pokiak said …", "according to Omran": a lone name that speaks is someone even without a full
  // name ("according to" is no place, but "Farouk of Farmington said" is)
  const according = ACCORDING_BEFORE.test(text.slice(Math.max(0, full.start - 14), full.start));
  if (according || (!locative && !/\bof $/.test(text.slice(Math.max(0, full.start - 4), full.start)) && REPORTING_AFTER.test(text.slice(full.end, full.end + 16)))) return cand(text, run, 'person', title, 'reporting-subject', sentenceInitial);
  // "astonishment to Bennett": after a preposition only the surname of a person already named
  if (locative) return isDateWord(nl[0]!) || monthNumber(nl[0]!) !== null ? null : cand(text, run, 'person', title, 'single-surname', sentenceInitial);
  return cand(text, run, 'person', title, 'single', sentenceInitial);
}

function cand(text: string, run: RunWord[], type: EntityType, title: TextRange | null, method: PersonRule | OrganizationRule, sentenceInitial: boolean): Candidate {
  const start = run[0]!.start;
  let end = run[run.length - 1]!.end;
  // a quoted name keeps its marks: RTK “Qazaqstan”, “Jana Qadam” Foundation
  if (run[run.length - 1]!.quoted && /[”»"]/.test(text[end] ?? '')) end++;
  if (run[0]!.quoted && /[“«"]/.test(text[start - 1] ?? '')) return { start: start - 1, end, text: text.slice(start - 1, end), type, title, method, sentenceInitial };
  const poss = /['’]s$/.exec(text.slice(start, end));
  if (poss) end -= poss[0].length;
  // "First Albany Corp.", "Apple Inc.": the abbreviation's period belongs to the name
  if (type === 'organization' && text[end] === '.' && ENDS_WITH_ORGANISATION_ABBREVIATION.test(text.slice(start, end))) end++;
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
