/**
 * Fixes of the tagger's names by what its features do not see: the words around a name that
 * make it a place ("the port of Murmansk", "the Koshi, Gandaki and Karnali rivers"), a
 * capitalised word that is no name ("Hepatitis B", "Will the plan work?"), two names read as
 * one ("the European Union and NATO") and one name read as two (a nickname in quote marks,
 * 'Dwayne "The Rock" Johnson'). Each fix is a named table entry; they run in order over the
 * article's mentions (all four types), each seeing the others' result.
 */
import { ORG_HEADS } from '../../lexicon/en/organisations.js';
import { PLACE_HEADS, PLACE_OF_HEADS, PLACE_PREFIXES, SAINT_PREFIXES } from '../../lexicon/en/places.js';
import { ROLE_NOUNS, TITLE_MODIFIERS } from '../../lexicon/en/roles.js';
import { QUESTION_OPENERS, SENTENCE_OPENERS } from '../../lexicon/en/clauses.js';
import { ACRONYMS_OF_BODIES_OR_PLACES, NOT_ACRONYMS as ACRONYM_STOP } from '../../lexicon/en/abbreviations.js';
import { isCommonWord, isFirstName, isLastName } from '../../lexicon/index.js';
import { knownEntity } from './known-entities.js';
import type { TypedMention } from './consistency.js';

/** One fix: the article's mentions in, the fixed list out (sorted by start). */
interface MentionFix {
  readonly name: string;
  readonly fix: <T extends TypedMention>(text: string, mentions: readonly T[]) => T[];
}

const isName = (m: TypedMention) => m.type === 'PER' || m.type === 'ORG';
const wordsOf = (text: string, m: TypedMention) => text.slice(m.start, m.end).split(/\s+/);
/** The words before `at` on its line, last first. */
const wordsBefore = (text: string, at: number, n: number) => (text.slice(Math.max(0, at - 60), at).split('\n').pop() ?? '').split(/\s+/).filter(Boolean).slice(-n).reverse();
/** A mention retyped by a fix; one `sure` of it (a place head's word next to it) makes the same
 *  name a place elsewhere in the article too (consistency.ts weighs readings by margin). */
const retype = <T extends TypedMention>(m: T, type: string, sure = true): T => ({ ...m, type, margin: sure ? Infinity : m.margin });

/** The text between two mentions, trimmed, its white-space runs one space (", and"). */
const gapOf = (text: string, from: number, to: number) => text.slice(from, to).trim().replace(/\s+/g, ' ');
/** What stands between two items of a list. */
const LIST_GAPS: ReadonlySet<string> = new Set([',', 'and', 'or', ', and', ', or']);

/** A plural or singular head of a place ("rivers", "district"). */
const isPlaceHead = (w: string) => PLACE_HEADS.has(w) || (w.endsWith('s') && PLACE_HEADS.has(w.slice(0, -1)));

/** The fixes, in order. */
export const MENTION_FIXES: readonly MentionFix[] = [
  {
    // "the European Union and NATO", "Treasury and State Department": two complete names
    // joined by "and" are two organisations ("&" stays inside one: "Procter & Gamble")
    name: 'coordinated-names',
    fix: (text, mentions) =>
      mentions.flatMap((m) => {
        if (m.type !== 'ORG') return [m];
        const s = text.slice(m.start, m.end);
        const pair = coordinatedNames(s);
        if (!pair) return [m];
        return [{ ...m, end: m.start + pair[0].length }, { ...m, start: m.end - pair[1].length }];
      }),
  },
  {
    // RTK “Qazaqstan” Bolat Mursalim: a name holds its quote marks in pairs (a nickname's); one
    // alone ends the name before it (an opening mark) or starts it after it (a closing one)
    name: 'quote-marks-in-pairs',
    fix: (text, mentions) =>
      mentions.flatMap((m) => {
        const s = text.slice(m.start, m.end);
        const [start, end] = pairedPart(s);
        if (start === 0 && end === s.length) return [m];
        return end > start && /\p{L}/u.test(s.slice(start, end)) ? [{ ...m, start: m.start + start, end: m.start + end }] : [];
      }),
  },
  {
    // 'Dwayne "The Rock" Johnson', "Luis ‘Buba’ López": a nickname in quote marks between the
    // parts of a person's name is in it (read as no name, or as a name of its own)
    name: 'nickname-inside-a-name',
    fix: (text, mentions) => {
      const out: Array<(typeof mentions)[number]> = [];
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        const last = out[out.length - 1];
        const j = m.type === 'PER' ? i : mentions[i + 1]?.type === 'PER' ? i + 1 : -1;
        if (last?.type === 'PER' && j >= 0 && isNicknamed(text.slice(last.start, mentions[j]!.end))) {
          out[out.length - 1] = { ...last, end: mentions[j]!.end, margin: Math.min(last.margin, mentions[j]!.margin) };
          i = j;
          continue;
        }
        out.push(m);
      }
      return out;
    },
  },
  {
    // "Later Karaulova left": a sentence's opening word is no part of the person after it
    name: 'sentence-opener',
    fix: (text, mentions) =>
      mentions.map((m) => {
        if (m.type !== 'PER') return m;
        const w = wordsOf(text, m);
        if (w.length < 2 || !atSentenceStart(text, m.start)) return m;
        const l = w[0]!.toLowerCase();
        // (a modal before a capitalised word is a given name: "Will Orlen agreed")
        const opener = (SENTENCE_OPENERS.has(l) || (/ly$/.test(l) && isCommonWord(l))) && !isFirstName(l) && !isLastName(l) && !QUESTION_OPENERS.has(l);
        return opener ? { ...m, start: m.start + w[0]!.length + 1 } : m;
      }),
  },
  {
    // "the port of Murmansk", "the city of Almaty": a name after a place head and "of" is a place
    name: 'place-after-place-of',
    fix: (text, mentions) =>
      mentions.map((m) => {
        if (!isName(m)) return m;
        const [w1, w2, w3] = wordsBefore(text, m.start, 3);
        // the head a common noun in lower case ("the United States of the Ortega government" is no place head's)
        const head = w1 === 'of' ? w2 : w1 === 'the' && w2 === 'of' ? w3 : undefined;
        return head && /^\p{Ll}/u.test(head) && (isPlaceHead(head) || PLACE_OF_HEADS.has(head)) ? retype(m, 'LOC') : m;
      }),
  },
  {
    // "the Gandaki river", "the Koshi, Gandaki and Karnali rivers": a name before a place head,
    // or listed before one in the plural, is a place ("Tsai and Taichung city" makes no place of Tsai)
    name: 'places-listed-before-a-place-head',
    fix: (text, mentions) =>
      mentions.map((m) => {
        if (!isName(m)) return m;
        const after = /^((?:(?:\s*,\s*|\s+(?:and|or)\s+)[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)*)*)\s+([\p{Ll}]+)/u.exec(text.slice(m.end, m.end + 120));
        if (!after) return m;
        const head = after[2]!;
        const listed = after[1]!.length > 0;
        return (listed ? head.endsWith('s') && isPlaceHead(head) : PLACE_HEADS.has(head)) ? retype(m, 'LOC') : m;
      }),
  },
  {
    // "Idris Farouk of Farmington": one word after a person and "of" is where the person is from
    name: 'place-of-a-person',
    fix: (text, mentions) =>
      mentions.map((m, i) => {
        const prev = mentions[i - 1];
        if (m.type !== 'PER' || !prev || prev.type !== 'PER' || wordsOf(text, m).length !== 1 || !/^ of $/.test(text.slice(prev.end, m.start))) return m;
        return retype(m, 'LOC', false);
      }),
  },
  {
    // "Almaty and Astana": a one-word name joined by "and" or "or" to a place the tagger is surer
    // of is a place too (not by a comma: "to Paris, Rady said")
    name: 'listed-with-a-place',
    fix: (text, mentions) =>
      mentions.map((m, i) => {
        if (!isName(m) || wordsOf(text, m).length !== 1) return m;
        const listed = (o: TypedMention | undefined, gap: string) => !!o && o.type === 'LOC' && o.margin > m.margin && /^\s+(?:and|or)\s+$/.test(gap);
        const prev = mentions[i - 1];
        const next = mentions[i + 1];
        return listed(prev, prev ? text.slice(prev.end, m.start) : '') || listed(next, next ? text.slice(m.end, next.start) : '') ? retype(m, 'LOC', false) : m;
      }),
  },
  {
    // "Marsabit, Garissa, Kilifi and Lamu": a person between two places of a list is a place
    // too (a list names things of one kind; one neighbour is not enough: "to Paris, Rady said")
    name: 'between-places-in-a-list',
    fix: (text, mentions) =>
      mentions.map((m, i) => {
        if (m.type !== 'PER') return m;
        const prev = mentions[i - 1];
        const next = mentions[i + 1];
        if (!prev || !next || prev.type !== 'LOC' || next.type !== 'LOC') return m;
        return gapOf(text, prev.end, m.start) === ',' && LIST_GAPS.has(gapOf(text, m.end, next.start)) ? retype(m, 'LOC', false) : m;
      }),
  },
  {
    // "Mount Kenya", "Lake Tana": a name after a place's first word, or a person's name
    // opening with one, is a place
    name: 'place-prefix',
    fix: (text, mentions) =>
      mentions.map((m) => {
        if (!isName(m)) return m;
        const before = wordsBefore(text, m.start, 1)[0] ?? '';
        const first = wordsOf(text, m)[0]!.toLowerCase().replace(/\.$/, '');
        const prefixBefore = /^[\p{Lu}]/u.test(before) && PLACE_PREFIXES.has(before.toLowerCase().replace(/\.$/, ''));
        const prefixFirst = m.type === 'PER' && wordsOf(text, m).length > 1 && PLACE_PREFIXES.has(first) && !SAINT_PREFIXES.has(first);
        return prefixBefore || prefixFirst ? retype(m, 'LOC') : m;
      }),
  },
  {
    // "Senate Minority Leader Idris Farouk": an organisation ending in a title's word, before a
    // role noun, is part of the title
    name: 'part-of-a-title',
    fix: (text, mentions) =>
      mentions.filter((m) => {
        if (m.type !== 'ORG') return true;
        const words = wordsOf(text, m);
        const next = /^\s+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 30))?.[1]?.toLowerCase();
        return !(TITLE_MODIFIERS.has(words[words.length - 1]!.toLowerCase()) && next && ROLE_NOUNS.has(next));
      }),
  },
  {
    // "DRAM", "GDP", "CCTV": acronyms of things, not of organisations
    name: 'acronym-of-a-thing',
    fix: (text, mentions) => mentions.filter((m) => !isName(m) || !(ACRONYM_STOP.has(text.slice(m.start, m.end)) && !ACRONYMS_OF_BODIES_OR_PLACES.has(text.slice(m.start, m.end)))),
  },
  {
    // "Hepatitis B", "Vitamin E", "Group D": a word and a letter name a thing (a person's
    // initial comes before the surname; "Malcolm X" opens with a given name)
    name: 'word-and-letter',
    fix: (text, mentions) =>
      mentions.filter((m) => {
        if (!isName(m)) return true;
        const w = wordsOf(text, m);
        return !(w.length === 2 && /^\p{Lu}$/u.test(w[1]!) && !isFirstName(w[0]!.toLowerCase()));
      }),
  },
  {
    // "Will the plan work?": a modal opening a question is no given name
    name: 'question-opener',
    fix: (text, mentions) =>
      mentions.filter((m) => {
        if (m.type !== 'PER') return true;
        const w = wordsOf(text, m);
        if (w.length !== 1 || !QUESTION_OPENERS.has(w[0]!.toLowerCase())) return true;
        return !(atSentenceStart(text, m.start) && /^\s+[\p{Ll}]/u.test(text.slice(m.end, m.end + 3)));
      }),
  },
];

/** Whether `at` opens a sentence: nothing but marks since the last sentence end or line. */
const atSentenceStart = (text: string, at: number) => !/[\p{L}\p{N},;:]/u.test(text.slice(Math.max(0, at - 40), at).split(/[.!?\n]/).pop()!);

/**
 * The part of a name's text whose double quote marks pair: after a closing mark with no opening
 * one before it, before an opening mark never closed (single marks are apostrophes too).
 * Returns [start, end) within `s`.
 */
function pairedPart(s: string): [number, number] {
  let start = 0;
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const before = i === 0 || /\s/.test(s[i - 1]!);
    const after = i === s.length - 1 || /\s/.test(s[i + 1]!);
    const opening = c === '“' || c === '«' || (c === '"' && before && !after);
    const closing = c === '”' || c === '»' || (c === '"' && after && !before) || (c === '"' && open >= 0);
    if (opening && !(c === '"' && open >= 0)) open = i;
    else if (closing) {
      if (open >= 0) open = -1;
      else {
        start = i + 1;
        while (start < s.length && /\s/.test(s[start]!)) start++;
      }
    }
  }
  let end = s.length;
  if (open >= start) {
    end = open;
    while (end > start && /\s/.test(s[end - 1]!)) end--;
  }
  return [start, end];
}

/** Capitalised words separated by single spaces ("Dwayne", "The Rock"): one way to read each
 *  string, so linear (the nickname test below splits around the quote marks itself rather
 *  than letting one expression guess where a word ends and a quote mark begins, which the
 *  ReDoS check flagged as polynomial: an apostrophe is both). */
const NAME_WORDS = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)*$/u;
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
/** The characters of NAME_WORDS, spaces and the quote marks: all a nicknamed name can hold. */
const NICKNAME_CHARACTERS = /^[\p{L}.'’\- "“”‘]*$/u;
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/** A person's name with a nickname in quote marks between its parts ('Dwayne "The Rock"
 *  Johnson'): names before and after, one to three capitalised words inside (a space on
 *  either side of a quote mark optional). */
export function isNicknamed(s: string): boolean {
  // every character is a name word's, a space or a quote mark, or none of the splits below can
  // pass: a cheap test first, since the mentions joined may be paragraphs apart (the search
  // tries every pair of quote marks)
  if (!NICKNAME_CHARACTERS.test(s)) return false;
  const words = (from: number, to: number) => s.slice(from, to).replace(/^ /, '').replace(/ $/, '');
  for (let open = 1; open < s.length; open++) {
    if (!OPENING_QUOTES.has(s[open]!) || !NAME_WORDS.test(words(0, open))) continue;
    for (let close = open + 2; close < s.length - 1; close++) {
      if (!CLOSING_QUOTES.has(s[close]!)) continue;
      const nick = words(open + 1, close);
      if (NAME_WORDS.test(nick) && nick.split(' ').length <= 3 && NAME_WORDS.test(words(close + 1, s.length))) return true;
    }
  }
  return false;
}

/** The two organisations a name joins by "and" ("Ministry of Finance and the Bank of Ghana"),
 *  each whole (completeName), or null. */
export function coordinatedNames(s: string): [string, string] | null {
  const at = / and (?:the )?/.exec(s);
  if (!at) return null;
  const left = s.slice(0, at.index);
  const right = s.slice(at.index + at[0].length);
  return completeName(left) && completeName(right) ? [left, right] : null;
}

/** A whole organisation's name alone: known, an acronym, or ending (or opening, before
 *  "of") with an organisation's head word. */
function completeName(s: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(s)) return false;
  if (knownEntity(s)) return true;
  const words = s.split(/\s+/);
  if (words.length === 1 && /^[\p{Lu}\d&-]{2,}$/u.test(s)) return true;
  const last = words[words.length - 1]!.toLowerCase().replace(/['’]s$/, '');
  const first = words[0]!.toLowerCase();
  return words.length >= 2 && (ORG_HEADS.has(last) || (ORG_HEADS.has(first) && /^(?:of|for)$/i.test(words[1]!)));
}

/** The mentions after every fix (sorted by start). */
export function fixMentions<T extends TypedMention>(text: string, mentions: readonly T[]): T[] {
  let out = [...mentions].sort((a, b) => a.start - b.start);
  for (const f of MENTION_FIXES) out = f.fix(text, out);
  return out;
}
