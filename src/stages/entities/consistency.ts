/**
 * Document-level consistency of the tagger's names: a name is the same kind of name throughout
 * an article. The tagger's second pass sees what its first said of each word elsewhere; these
 * rules settle what is left over whole mentions, each a named table entry tried in order.
 */

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
