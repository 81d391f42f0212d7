/**
 * Document-level consistency of the tagger's names: a name is the same kind of name throughout
 * an article. The tagger's second pass sees what its first said of each word elsewhere; these
 * rules settle what is left over whole mentions, each a named table entry tried in order.
 */
import { HONORIFICS, ROLE_NOUNS } from '../../lexicon/en/roles.js';
import { LOCATIVE_PREPOSITIONS } from '../../lexicon/en/places.js';
import { WEEKDAYS } from '../../lexicon/en/time.js';
import { MONTH_FORMS } from '../../lexicon/shared/months.js';

/** Words a lone word after them names a place or a time, not a person ("in May", "at Langley"). */
const PLACE_OR_TIME_BEFORE: ReadonlySet<string> = new Set([...LOCATIVE_PREPOSITIONS, 'on', 'since', 'until']);
/** Months and weekdays: a person's name spread alone would take "May" or "Friday" for that person. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_FORMS, ...WEEKDAYS]);

/** A typed name with the tagger's margin (how surely it reads it so). */
export interface TypedMention {
  start: number;
  end: number;
  type: string;
  margin: number;
}

/** What the rules read of the article's mentions: their words, and the people's words. */
interface Article {
  words: (m: TypedMention) => string[];
  /** Words that end a person's name of two words or more ("Dole" of "Bob Dole"). */
  surnames: ReadonlySet<string>;
  /** First words of organisations' names of two words or more ("Douban" of "Douban Group"). */
  orgFirstWords: ReadonlySet<string>;
  /** Per mention text, the summed margins of each type it is read as. */
  typeVotes: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Mention texts made places by the words around one of them (mention-fixes.ts). */
  placesByNeighbours: ReadonlySet<string>;
}

/** One consistency rule: the type a mention should have, or null to leave it. */
interface ConsistencyRule {
  readonly name: string;
  readonly retype: (m: TypedMention, text: string, a: Article) => string | null;
}

/** The most a reading weighs in a vote (a reading made by the words around a name has margin
 *  Infinity, mention-fixes.ts). */
const SURE_BY_NEIGHBOURS = 1000;

/** The rules, in order; the first that retypes a mention decides. */
export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  {
    // "Bob Dole … Dole said": a lone word that ends a person's full name is that person
    name: 'surname-of-a-person',
    retype: (m, _text, a) => {
      const w = a.words(m);
      return w.length === 1 && m.type !== 'PER' && a.surnames.has(w[0]!) ? 'PER' : null;
    },
  },
  {
    // "Douban Group … Douban said": a lone word that opens an organisation's name, and ends no
    // person's, is that organisation
    name: 'short-name-of-an-organisation',
    retype: (m, _text, a) => {
      const w = a.words(m);
      return w.length === 1 && m.type === 'PER' && a.orgFirstWords.has(w[0]!) && !a.surnames.has(w[0]!) ? 'ORG' : null;
    },
  },
  {
    // "the port of Murmansk … bypass Murmansk": a lone word read as a person here is the place its
    // neighbours make it elsewhere (mention-fixes.ts: margin Infinity)
    name: 'place-not-person',
    retype: (m, text, a) => {
      return m.type === 'PER' && a.words(m).length === 1 && a.placesByNeighbours.has(text.slice(m.start, m.end)) ? 'LOC' : null;
    },
  },
  {
    // the same name read as a person here and an organisation there: the one the tagger is
    // surer of overall (a place that is also a team, "Leeds", stays each in its place)
    name: 'same-name-same-type',
    retype: (m, text, a) => {
      const votes = a.typeVotes.get(text.slice(m.start, m.end));
      if (!votes || (m.type !== 'PER' && m.type !== 'ORG')) return null;
      const other = m.type === 'PER' ? 'ORG' : 'PER';
      return (votes.get(other) ?? 0) > votes.get(m.type)! ? other : null;
    },
  },
];

/** The mentions with the types the consistency rules give them (a new list; margins kept). */
export function consistentTypes<T extends TypedMention>(text: string, mentions: readonly T[]): T[] {
  const words = (m: TypedMention) => text.slice(m.start, m.end).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const surnames = new Set<string>();
  const orgFirstWords = new Set<string>();
  const typeVotes = new Map<string, Map<string, number>>();
  const placesByNeighbours = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'LOC' && m.margin === Infinity) placesByNeighbours.add(text.slice(m.start, m.end));
    const w = words(m);
    if (m.type === 'PER' && w.length >= 2) surnames.add(w[w.length - 1]!);
    if (m.type === 'ORG' && w.length >= 2) orgFirstWords.add(w[0]!);
    const key = text.slice(m.start, m.end);
    let v = typeVotes.get(key);
    if (!v) typeVotes.set(key, (v = new Map()));
    // a margin of Infinity (a table's sure reading) counts as a large one
    v.set(m.type, (v.get(m.type) ?? 0) + Math.min(m.margin, SURE_BY_NEIGHBOURS));
  }
  const article: Article = { words, surnames, orgFirstWords, typeVotes, placesByNeighbours };
  return mentions.map((m) => {
    for (const rule of CONSISTENCY_RULES) {
      const type = rule.retype(m, text, article);
      if (type) return { ...m, type };
    }
    return m;
  });
}

/** A word of text: its range and what it reads (the tagger's tokens). */
interface Word {
  start: number;
  end: number;
  text: string;
}

/** The fewest letters of a one-word name spread through the article ("Al" or "Ko" alone is no name to look for). */
const SPREAD_MIN_LETTERS = 3;

/**
 * A person or organisation the tagger named once is the same name wherever the article writes
 * it again outside any name ("Jeremy Irons … Irons, whose film …", "the Sea Org … joined the
 * Sea Org"): the tagger reads a sentence at a time and misses a name where its sentence says
 * nothing of people or organisations. Spread: each person's or organisation's words as written
 * (its type the one the tagger is surer of overall), and each person's last name (of a full
 * name), to every run of the same words no mention touches, the words either side not
 * capitalised (no piece of a longer name) and a single word never one the article writes in
 * lower case (`lowerWords`: the article's words written in lower case, docWords' `lower`,
 * else gathered here). Returns the added mentions, margin 0 (no reading of the tagger's own).
 */
export function spreadNames(text: string, sentences: readonly (readonly Word[])[], mentions: readonly TypedMention[], lowerWords?: ReadonlySet<string>): TypedMention[] {
  if (!mentions.some((m) => m.type === 'PER' || m.type === 'ORG')) return [];
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, type: string, margin: number) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + Math.min(margin, SURE_BY_NEIGHBOURS));
  };
  const lower = lowerWords ?? new Set(sentences.flatMap((s) => s.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.text)));
  // every mention's words, and the words each is split into (tokens inside its range)
  const covered = new Set<number>();
  const byStart = new Map<number, TypedMention>();
  for (const m of mentions) byStart.set(m.start, m);
  // a sweep over the mentions in text order (sentences and their words are in text order)
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  const touched = (w: Word) => {
    while (next < sorted.length && sorted[next]!.start < w.end) reach = Math.max(reach, sorted[next++]!.end);
    return reach > w.start;
  };
  for (const s of sentences) {
    let open: TypedMention | null = null;
    let words: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (open && w.start >= open.end) {
        if (open.type === 'PER' || open.type === 'ORG') {
          vote(words.join(' '), open.type, open.margin);
          if (open.type === 'PER' && words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!)) vote(words[words.length - 1]!, 'PER', open.margin);
        }
        open = null;
        words = [];
      }
      const m = byStart.get(w.start);
      if (m && !open) open = m;
      const inside = touched(w);
      if (open && w.start >= open.start && w.end <= open.end) words.push(w.text);
      if (inside) covered.add(w.start);
    }
    if (open && (open.type === 'PER' || open.type === 'ORG')) {
      vote(words.join(' '), open.type, open.margin);
      if (open.type === 'PER' && words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!)) vote(words[words.length - 1]!, 'PER', open.margin);
    }
  }
  // the names to look for, by first word
  const byFirst = new Map<string, Array<{ words: string[]; type: string }>>();
  for (const [key, v] of votes) {
    const words = key.split(' ');
    if (!/^\p{Lu}/u.test(key)) continue;
    if (words.length === 1 && (key.replace(/[^\p{L}]/gu, '').length < SPREAD_MIN_LETTERS || lower.has(key.toLowerCase()))) continue;
    // a title the tagger took for a name ("the Amir", "the First Lady") is no name to spread
    if (words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()))) continue;
    if (words.length === 1 && CALENDAR_WORDS.has(key.toLowerCase())) continue;
    let type = '';
    let best = -1;
    for (const [t, n] of v) if (n > best) [type, best] = [t, n];
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, type });
    byFirst.set(words[0]!, list);
  }
  const capitalised = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);
  const out: TypedMention[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const list = byFirst.get(s[i]!.text);
      if (!list || covered.has(s[i]!.start)) continue;
      // the longest name that fits here
      let found: { words: string[]; type: string } | null = null;
      for (const n of list) {
        if (found && found.words.length >= n.words.length) continue;
        if (i + n.words.length > s.length) continue;
        let ok = true;
        for (let k = 0; k < n.words.length && ok; k++) ok = s[i + k]!.text === n.words[k] && !covered.has(s[i + k]!.start);
        // (a person is not "the X": "the Amir" is a title wherever the tagger read a name; nor
        // a lone word after "in", "at", "on": a place or a time there, "in May")
        const before = i > 0 ? s[i - 1]!.text.toLowerCase() : '';
        const notPerson = n.type === 'PER' && (before === 'the' || (n.words.length === 1 && PLACE_OR_TIME_BEFORE.has(before)));
        if (ok && !(i > 0 && capitalised(s[i - 1])) && !capitalised(s[i + n.words.length]) && !notPerson) found = n;
      }
      if (!found) continue;
      const last = s[i + found.words.length - 1]!;
      out.push({ start: s[i]!.start, end: last.end, type: found.type, margin: 0 });
      i += found.words.length - 1;
    }
  }
  return out;
}
