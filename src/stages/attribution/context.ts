/**
 * What the sieves read and learn while attribution walks the quotes of one article: the
 * entities indexed by where they are named, the speakers found so far, and the pronoun and
 * description mentions and genders learnt (kept here, never written into the clusters).
 */
import type { TextRange } from '../../document.js';
import { lowerBound, rangeIndex } from '../../ranges.js';
import type { Gender } from '../../lexicon/en/pronouns.js';
import type { EntityCluster, EntityMention } from '../entities/index.js';
import type { QuoteAnnotation } from '../quotes/index.js';
import type { SpeakerNP } from '../quotes/speaker-np.js';

/** A quote's speaker as attribution resolves it. */
export interface ResolvedSpeaker {
  name: string;
  entity: EntityCluster | null;
  mention: SpeakerNP | null;
  /** The sieve that decided: one of SPEAKER_METHODS (a string here, as the sieves that make
   *  these are what SPEAKER_METHODS is derived from). */
  method: string;
  confidence: number;
}

/** How far back (characters) a pronoun or description looks for its person. */
export const LOOKBACK = 30_000;
/** Longest name mention looked for around a speaker phrase. */
const MAX_NAME = 200;

/** A name mention with its entity. */
export interface NamedAt extends TextRange {
  c: EntityCluster;
}

/** The lookups and the state of one article's attribution. */
export interface AttributionContext {
  readonly text: string;
  readonly quotes: readonly QuoteAnnotation[];
  readonly people: readonly EntityCluster[];
  /** The last quote that got a speaker, with that speaker (null before the first). */
  readonly previous: { speaker: ResolvedSpeaker; quote: QuoteAnnotation } | null;
  /** The speakers of the quotes before the current one (by quote index). */
  readonly resolved: ReadonlyArray<ResolvedSpeaker | null>;
  /** The entity named at a speaker phrase: the name mention overlapping it most, one ending with it first. */
  entityAt(r: TextRange): EntityCluster | null;
  /** The latest name mention ending by `pos`, no further back than LOOKBACK, that `ok` accepts. */
  latestBefore(pos: number, ok: (m: NamedAt) => boolean): NamedAt | null;
  /** The first name mention starting after `pos`, no further on than `reach`, that `ok` accepts. */
  firstAfter(pos: number, reach: number, ok: (m: NamedAt) => boolean): NamedAt | null;
  /** The person named last before `pos` that `fits`, at a mention `where` accepts. */
  lastPersonBefore(pos: number, fits: (c: EntityCluster) => boolean, where?: (m: TextRange) => boolean): EntityCluster | null;
  /** Of the organisations with `word` in their name first named before `pos` (within LOOKBACK), the last created that `ok` accepts. */
  orgNamedBefore(word: string, pos: number, ok: (o: EntityCluster) => boolean): EntityCluster | null;
  /** The organisation (not the wire credit) named last before `pos`, with where. */
  lastOrgBefore(pos: number): { c: EntityCluster; at: number } | null;
  /** Whether a position is inside a direct or mixed quote's marks (the speaker's own words). */
  isQuoted(pos: number): boolean;
  /** A person's gender: from the name, else from a pronoun read before. */
  genderOf(c: EntityCluster): Gender | null;
  /** Learn that `c` is referred to by the pronoun or description `np`. */
  addMention(c: EntityCluster, np: SpeakerNP): void;
  /** Learn a person's gender from a pronoun. */
  setGender(c: EntityCluster, g: Gender): void;
}

/** The context of one article, with its learning. `step` moves it to the next quote. */
export function attributionContext(text: string, quotes: readonly QuoteAnnotation[], clusters: readonly EntityCluster[]) {
  const mentions = new Map<EntityCluster, EntityMention[]>();
  const genders = new Map<EntityCluster, Gender>();
  const resolved: Array<ResolvedSpeaker | null> = [];
  const people = clusters.filter((c) => c.type === 'person');
  const orgs = clusters.filter((c) => c.type === 'organization');
  let previous: { speaker: ResolvedSpeaker; quote: QuoteAnnotation } | null = null;

  // name mentions sorted by start: every lookup below is a binary search and a short walk,
  // so a text with 30,000 quotes and names costs no more per quote than a short story
  const names: NamedAt[] = clusters.flatMap((c) => c.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end, c }))).sort((a, b) => a.start - b.start);
  // organisations by the words of their names, by where they were first named: "the company
  // said" looks among those with that word first named within LOOKBACK before it (a filter of
  // all organisations per description was quadratic in a text of thousands)
  const orgsByWord = new Map<string, Array<{ o: EntityCluster; n: number; start: number }>>();
  orgs.forEach((o, n) => {
    for (const w of new Set(o.name.toLowerCase().split(/\s+/))) {
      const list = orgsByWord.get(w) ?? [];
      list.push({ o, n, start: o.mentions[0]!.start });
      orgsByWord.set(w, list);
    }
  });
  for (const list of orgsByWord.values()) list.sort((a, b) => a.start - b.start);

  // a name inside quoted words is what the speaker talks about, never the one who speaks:
  // "“Omar Haddad has done excellent work,” he said" is not Omar Haddad's (reported clauses
  // are not taken out: where their extent is wrong they would hide the speaker's own name)
  const quoted = rangeIndex(quotes.flatMap((q) => (q.markRange ? [q.markRange] : [])));
  const latestBefore = (pos: number, ok: (m: NamedAt) => boolean): NamedAt | null => {
    for (let i = lowerBound(names, pos) - 1; i >= 0 && pos - names[i]!.start <= LOOKBACK; i--) if (names[i]!.end <= pos && !quoted.contains(names[i]!.start) && ok(names[i]!)) return names[i]!;
    return null;
  };

  const ctx: AttributionContext = {
    text,
    quotes,
    people,
    get previous() {
      return previous;
    },
    resolved,
    entityAt(r) {
      let best: EntityCluster | null = null;
      let bestLen = 0;
      for (let i = lowerBound(names, r.start - MAX_NAME); i < names.length && names[i]!.start < r.end; i++) {
        const m = names[i]!;
        // the head of a phrase is its end: "Hanbit Robotics CEO Choi Ha-eun" is Choi
        const o = Math.min(m.end, r.end) - Math.max(m.start, r.start) + (m.end === r.end ? 1000 : 0);
        if (o > bestLen && Math.min(m.end, r.end) > Math.max(m.start, r.start)) {
          best = m.c;
          bestLen = o;
        }
      }
      return best;
    },
    latestBefore,
    firstAfter(pos, reach, ok) {
      for (let i = lowerBound(names, pos); i < names.length && names[i]!.start - pos <= reach; i++) if (!quoted.contains(names[i]!.start) && ok(names[i]!)) return names[i]!;
      return null;
    },
    lastPersonBefore: (pos, fits, where = () => true) => latestBefore(pos, (m) => m.c.type === 'person' && fits(m.c) && where(m))?.c ?? null,
    orgNamedBefore(word, pos, ok) {
      const list = orgsByWord.get(word) ?? [];
      let best: { o: EntityCluster; n: number } | null = null;
      for (let i = lowerBound(list, pos) - 1; i >= 0 && pos - list[i]!.start <= LOOKBACK; i--) if ((!best || list[i]!.n > best.n) && ok(list[i]!.o)) best = list[i]!;
      return best?.o ?? null;
    },
    lastOrgBefore(pos) {
      const m = latestBefore(pos, (x) => x.c.type === 'organization' && x.c.method !== 'agency');
      return m ? { c: m.c, at: m.start } : null;
    },
    isQuoted: (pos) => quoted.contains(pos),
    genderOf: (c) => genders.get(c) ?? c.gender,
    addMention(c, np) {
      const same = (m: EntityMention) => m.start === np.start && m.end === np.end;
      const added = mentions.get(c) ?? [];
      if (!c.mentions.some(same) && !added.some(same)) mentions.set(c, [...added, { start: np.start, end: np.end, kind: np.kind === 'name' ? 'name' : np.kind, text: np.text }]);
    },
    setGender: (c, g) => void genders.set(c, g),
  };
  return {
    ctx,
    mentions: mentions as ReadonlyMap<EntityCluster, readonly EntityMention[]>,
    genders: genders as ReadonlyMap<EntityCluster, Gender>,
    /** Record the current quote's speaker and move on to the next quote. */
    step(q: QuoteAnnotation, r: ResolvedSpeaker | null): void {
      resolved.push(r);
      if (r) previous = { speaker: r, quote: q };
    },
  };
}
