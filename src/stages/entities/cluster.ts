/**
 * Group entity candidates into one record per real-world entity: exact names, surnames
 * ("Karaulova" -> Asel Karaulova), spelling variants (Asel / Assel, by Jaro-Winkler),
 * acronyms and their expansions, and head-noun back-references ("the Association").
 */
import type { TextRange } from '../../document.js';
import type { Gender } from '../../lexicon/en/pronouns.js';
import { ORG_DESCRIPTION_HEADS } from '../../lexicon/en/organisations.js';
import { NAME_SMALL_WORDS as SMALL } from '../../lexicon/en/names.js';
import { canonicalAgency } from '../../lexicon/shared/agencies.js';
import type { Candidate, EntityType } from './candidates.js';
import { genderOfName, isLoneWord } from './candidates.js';
import { jaroWinkler } from './similarity.js';
import { isFirstName } from '../../lexicon/index.js';
import { lowerBound } from '../../ranges.js';

export interface EntityMention extends TextRange {
  kind: 'name' | 'pronoun' | 'description';
  text: string;
}

export interface RoleAnnotation {
  title: string;
  range: TextRange;
  organization: EntityCluster | null;
}

export interface EntityCluster {
  type: EntityType;
  /** Canonical name; for agencies their canonical credit. */
  name: string;
  mentions: EntityMention[];
  titles: TextRange[];
  roles: RoleAnnotation[];
  gender: Gender | null;
  /** The method of the candidate that began the cluster. */
  method: Candidate['method'];
  fixedName: boolean;
}

/** Lower-case words of a name, without possessive 's. */
export const tokensOf = (s: string): string[] => s.toLowerCase().replace(/['’]s\b/g, '').split(/[\s]+/).filter(Boolean);

/** Initials of an organisation name's capitalised words ("Korea Trade Association" -> "KTA"). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL.has(w.toLowerCase()) && /^[\p{Lu}]/u.test(w))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();
}

/** Fold transliteration variants: Zhanar / Janar, Assel / Asel, Yerlan / Erlan, Mukhammed / Muhammed. */
export function foldSpelling(token: string): string {
  return token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^zh/, 'j')
    .replace(/kh/g, 'h')
    .replace(/^ye/, 'e')
    .replace(/^yu/, 'iu')
    .replace(/^ya/, 'ia')
    .replace(/y/g, 'i')
    .replace(/(.)\1/g, '$1');
}

/** Same person written two ways: equal token count, surnames alike, given names alike. */
export function samePerson(a: readonly string[], b: readonly string[], fold: (t: string) => string = foldSpelling): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  // "Al Hashish" of Fouzia Al Hashish, "Paz Akin" of Lorena Paz Akin: a two-word family name
  if ((a.length === 2 && b.length >= 3 && lastTwo(b) === a.join(' ')) || (b.length === 2 && a.length >= 3 && lastTwo(a) === b.join(' '))) return true;
  // "Xia - Baolong" (tokenised text), "Xia-Baolong", "Xia Baolong"
  if (a.length >= 2 && b.length >= 2 && bareKey(a) === bareKey(b)) return true;
  return similarSpelling(a, b, fold);
}

/** The last two tokens of a name, joined ("al hashish"). */
export const lastTwo = (t: readonly string[]): string => t.slice(-2).join(' ');

/** The word an organisation's short name keeps ("samsung" of Samsung Electronics Co.), or null
 *  when its first word is a small word or a generic head ("the", "bank"). */
export const shortNameOf = (t: readonly string[]): string | null => (t.length >= 2 && !SMALL.has(t[0]!) && !ORG_DESCRIPTION_HEADS.has(t[0]!) && /\p{L}{3}/u.test(t[0]!) ? t[0]! : null);

/** The tokens joined without spaces or hyphens ("Xia - Baolong" = "Xia-Baolong" = "Xia Baolong"). */
const bareKey = (t: readonly string[]): string => t.join('').replace(/-/g, '');

/** Spelling variants of one name: as many words, surnames alike (Jaro-Winkler >= 0.93 after
 *  folding), given names alike (>= 0.85, same first letter). */
function similarSpelling(a: readonly string[], b: readonly string[], fold: (t: string) => string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const la = fold(a[a.length - 1]!);
  const lb = fold(b[b.length - 1]!);
  if (la !== lb && jaroWinkler(la, lb) < 0.93) return false;
  for (let i = 0; i < a.length - 1; i++) {
    const x = fold(a[i]!);
    const y = fold(b[i]!);
    if (x[0] !== y[0] || jaroWinkler(x, y) < 0.85) return false;
  }
  return true;
}

/**
 * How many earlier names of the same length and initial a new name is compared with for a
 * spelling variant (exact and hyphenation matches are looked up, never limited). An article
 * names far fewer; the bound keeps 1 MB of distinct names linear.
 */
export const SPELLING_WINDOW = 64;

/** Keys -> cluster numbers, each key's set kept as inserted. */
class KeyIndex<K> {
  private readonly map = new Map<K, Set<number>>();
  add(key: K, n: number): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(n);
  }
  delete(key: K, n: number): void {
    this.map.get(key)?.delete(n);
  }
  /** How many clusters `key` has. */
  size(key: K): number {
    return this.map.get(key)?.size ?? 0;
  }
  /** The highest cluster number under `key`, or -1. */
  last(key: K): number {
    let max = -1;
    for (const n of this.map.get(key) ?? []) if (n > max) max = n;
    return max;
  }
  /** The lowest cluster number under `key`, or Infinity. */
  first(key: K): number {
    let min = Infinity;
    for (const n of this.map.get(key) ?? []) if (n < min) min = n;
    return min;
  }
}

/**
 * Cluster candidates (in text order). Single-word person candidates only join a cluster.
 * Every "which cluster has a mention like this" question is answered from an index, not by a
 * scan of all clusters (quadratic: 8,000 distinct people took a minute).
 */
export function clusterCandidates(text: string, candidates: readonly Candidate[]): EntityCluster[] {
  const clusters: EntityCluster[] = [];
  const number = new Map<EntityCluster, number>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const tokenMemo = new Map<string, string[]>();
  const toks = (s: string): string[] => {
    let t = tokenMemo.get(s);
    if (!t) tokenMemo.set(s, (t = tokensOf(s)));
    return t;
  };
  const foldMemo = new Map<string, string>();
  const fold = (s: string): string => {
    let f = foldMemo.get(s);
    if (f === undefined) foldMemo.set(s, (f = foldSpelling(s)));
    return f;
  };
  const isAcronym = (s: string) => /^[\p{Lu}]{2,8}$/u.test(s);

  // people: exact and hyphenation keys of their names, and names by length and folded initial
  const personExact = new KeyIndex<string>();
  const personBare = new KeyIndex<string>();
  const personTail = new KeyIndex<string>();
  const personSpelling = new Map<string, Array<{ n: number; tokens: string[] }>>();
  const spellingSeen = new Set<string>();
  const spellingKey = (t: readonly string[]) => `${t.length}|${fold(t[0]!)[0]}`;
  // organisations: names, initials of names, mention keys, where their mentions end
  const orgName = new KeyIndex<string>();
  const orgInitials = new KeyIndex<string>();
  const orgKey = new KeyIndex<string>();
  const orgShort = new KeyIndex<string>();
  const orgEnd = new KeyIndex<number>();

  const mention = (c: Candidate): EntityMention => ({ start: c.start, end: c.end, kind: 'name', text: c.text });
  const indexMention = (cl: EntityCluster, m: EntityMention) => {
    const n = number.get(cl)!;
    const t = toks(m.text);
    if (cl.type === 'organization') {
      orgKey.add(t.join(' '), n);
      orgEnd.add(m.end, n);
      // an acronym stands for any of the organisation's names, not only the one it began with
      // ("Yamuna … Yamuna Basin Monitoring Authority … YBMA")
      if (t.length >= 2) orgInitials.add(initialsOf(m.text), n);
      const short = shortNameOf(t);
      if (short !== null) orgShort.add(short, n);
    } else if (t.length >= 2) {
      personExact.add(t.join(' '), n);
      personBare.add(bareKey(t), n);
      if (t.length >= 3) personTail.add(lastTwo(t), n);
      const seen = `${n}|${t.join(' ')}`;
      if (!spellingSeen.has(seen)) {
        spellingSeen.add(seen);
        const k = spellingKey(t);
        const list = personSpelling.get(k) ?? [];
        list.push({ n, tokens: t });
        personSpelling.set(k, list);
      }
    }
  };
  const rename = (cl: EntityCluster, name: string) => {
    const n = number.get(cl)!;
    orgName.delete(cl.name, n);
    orgInitials.delete(initialsOf(cl.name), n);
    cl.name = name;
    orgName.add(name, n);
    orgInitials.add(initialsOf(name), n);
  };
  const addMention = (cl: EntityCluster, c: Candidate) => {
    const m = mention(c);
    cl.mentions.push(m);
    if (c.title) cl.titles.push(c.title);
    indexMention(cl, m);
  };
  const newCluster = (c: Candidate): EntityCluster => {
    const agency = c.type === 'organization' ? canonicalAgency(c.text) : null;
    const cl: EntityCluster = { type: c.type, name: agency ?? c.text, mentions: [mention(c)], titles: c.title ? [c.title] : [], roles: [], gender: null, method: c.method, fixedName: !!agency };
    number.set(cl, clusters.length);
    clusters.push(cl);
    if (cl.type === 'organization') {
      orgName.add(cl.name, clusters.length - 1);
      orgInitials.add(initialsOf(cl.name), clusters.length - 1);
    }
    indexMention(cl, cl.mentions[0]!);
    return cl;
  };

  /** The first person cluster with a name this one is the same person as. */
  const personFor = (t: string[]): EntityCluster | undefined => {
    let best = Math.min(personExact.first(t.join(' ')), personBare.first(bareKey(t)));
    // a two-word family name and the full name it ends (either named first)
    if (t.length === 2) best = Math.min(best, personTail.first(t.join(' ')));
    else if (t.length >= 3) best = Math.min(best, personExact.first(lastTwo(t)));
    const list = personSpelling.get(spellingKey(t)) ?? [];
    for (let k = list.length - 1; k >= Math.max(0, list.length - SPELLING_WINDOW); k--) {
      const e = list[k]!;
      if (e.n < best && similarSpelling(e.tokens, t, fold)) best = e.n;
    }
    return clusters[best];
  };
  /** The first organisation cluster this name belongs to: same canonical agency, same words, or acronym and expansion. */
  const organizationFor = (c: Candidate, t: string[]): EntityCluster | undefined => {
    const agency = canonicalAgency(c.text);
    let best = Math.min(agency ? orgName.first(agency) : Infinity, orgKey.first(t.join(' ')));
    if (isAcronym(c.text)) best = Math.min(best, orgInitials.first(c.text));
    const initials = initialsOf(c.text);
    if (isAcronym(initials)) best = Math.min(best, orgName.first(initials));
    // "Samsung" and "Samsung Electronics Co.": a short name is the first word of a full one
    if (t.length === 1 && !isAcronym(c.text) && !agency) best = Math.min(best, orgShort.first(t[0]!));
    const short = shortNameOf(t);
    if (short !== null) best = Math.min(best, orgKey.first(short));
    return clusters[best];
  };

  // 1. multi-word people and all organisations
  for (const c of sorted) {
    const t = toks(c.text);
    if (c.type === 'person' && t.length >= 2) {
      const hit = personFor(t);
      if (hit) addMention(hit, c);
      else newCluster(c);
    } else if (c.type === 'organization' && c.method === 'org-alias' && clusters.length) {
      // "X Bank ( Afreximbank )": the bracketed short name is the organisation just named
      let last = -1;
      for (let end = c.start - 4; end <= c.start; end++) last = Math.max(last, orgEnd.last(end));
      if (last >= 0) addMention(clusters[last]!, { ...c, title: null });
      else newCluster(c);
    } else if (c.type === 'organization') {
      const hit = organizationFor(c, t);
      if (hit) {
        addMention(hit, { ...c, title: null });
        // the expansion is the better name: "Korea Trade Association" over "KTA"
        if (!hit.fixedName && isAcronym(hit.name) && !isAcronym(c.text)) rename(hit, c.text);
      } else newCluster(c);
    }
  }
  singleWords(sorted, clusters, toks, number, newCluster, addMention);
  definiteReferences(text, clusters, toks);
  for (const cl of clusters) {
    cl.mentions.sort((a, b) => a.start - b.start);
    if (!cl.fixedName) {
      const names = cl.mentions.filter((m) => m.kind === 'name');
      let best = names[0]!;
      for (const n of names) if (toks(n.text).length > toks(best.text).length) best = n;
      cl.name = best.text;
    }
    if (cl.type === 'person') cl.gender = genderOfName(cl.name);
  }
  return clusters;
}

/**
 * 2. Single words: the surname (or East Asian family name) of exactly one person; a single
 * word with a title or speaker anchor and no such person starts its own cluster.
 */
function singleWords(sorted: readonly Candidate[], clusters: EntityCluster[], toks: (s: string) => string[], number: ReadonlyMap<EntityCluster, number>, newCluster: (c: Candidate) => EntityCluster, addMention: (cl: EntityCluster, c: Candidate) => void): void {
  // People's names of two words or more are fixed from here on. A word -> the people with
  // such a name having it after the first word (byLast) or first (byFirst), and those
  // people's names of two words or more as [start, end, cluster], by start, for "the one
  // named last before" (ties: the earlier cluster, last in the list).
  const byLast = new KeyIndex<string>();
  const byFirst = new KeyIndex<string>();
  const bySingle = new KeyIndex<string>();
  const byOrg = new KeyIndex<string>();
  const lastNames = new Map<string, Array<{ start: number; end: number; n: number }>>();
  const firstNames = new Map<string, Array<{ start: number; end: number; n: number }>>();
  clusters.forEach((cl, n) => {
    const multi: Array<{ start: number; end: number; n: number }> = [];
    const lastWords = new Set<string>();
    const firstWords = new Set<string>();
    for (const m of cl.mentions) {
      if (m.kind !== 'name') continue;
      const t = toks(m.text);
      if (cl.type === 'organization') {
        if (t[0] !== undefined) byOrg.add(t[0], n);
        continue;
      }
      if (t.length === 1) bySingle.add(t[0]!, n);
      if (t.length < 2) continue;
      multi.push({ start: m.start, end: m.end, n });
      firstWords.add(t[0]!);
      for (const w of t.slice(1)) lastWords.add(w);
    }
    for (const [words, index, names] of [[lastWords, byLast, lastNames], [firstWords, byFirst, firstNames]] as const) {
      for (const w of words) {
        index.add(w, n);
        const list = names.get(w) ?? [];
        list.push(...multi);
        names.set(w, list);
      }
    }
  });
  for (const names of [lastNames, firstNames]) for (const list of names.values()) list.sort((a, b) => a.start - b.start || b.n - a.n);
  for (const c of sorted) {
    if (c.type !== 'person' || toks(c.text).length !== 1) continue;
    const tok = toks(c.text)[0]!;
    // two people share the surname (Enoch and Randall Pokiak) or the family name written first: the one named last before it
    const latestBefore = (names: Map<string, Array<{ start: number; end: number; n: number }>>): EntityCluster | undefined => {
      const list = names.get(tok) ?? [];
      let k = lowerBound(list, c.start) - 1;
      while (k >= 0 && list[k]!.end > c.start) k--;
      return k >= 0 ? clusters[list[k]!.n] : undefined;
    };
    const lastCount = byLast.size(tok);
    const firstCount = byFirst.size(tok);
    const choose = (): EntityCluster | undefined => {
      // a surname-only word: a family name written first ("Wang" of Wang Donghai), never a given name ("in Paris" is not Paris Hilton)
      if (c.method === 'single-surname') return lastCount ? latestBefore(lastNames) : isFirstName(tok) ? undefined : latestBefore(firstNames);
      if (lastCount) return lastCount === 1 ? clusters[byLast.first(tok)] : latestBefore(lastNames);
      if (firstCount) return firstCount === 1 ? clusters[byFirst.first(tok)] : latestBefore(firstNames);
      if (bySingle.size(tok)) return bySingle.size(tok) === 1 ? clusters[bySingle.first(tok)] : undefined;
      // "Daebo" after "Daebo Microsystems": the organisation's short name
      return byOrg.size(tok) === 1 ? clusters[byOrg.first(tok)] : undefined;
    };
    const pick = choose();
    if (pick) {
      addMention(pick, c);
      (pick.type === 'organization' ? byOrg : bySingle).add(tok, number.get(pick)!);
    } else if (!isLoneWord(c) && lastCount + firstCount === 0) {
      newCluster(c);
      bySingle.add(tok, clusters.length - 1);
    }
  }
}

/** 3. "the Association": a definite head noun naming exactly one organisation named before it. */
function definiteReferences(text: string, clusters: readonly EntityCluster[], toks: (s: string) => string[]): void {
  // every mention by start, with the furthest end reached so far: "is this span inside a mention?"
  const all = clusters.flatMap((cl) => cl.mentions).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const m of all) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, m.end));
  // organisations by the words of their names, with where each was first named
  const byWord = new Map<string, Array<{ cl: EntityCluster; first: number }>>();
  for (const cl of clusters) {
    if (cl.type !== 'organization') continue;
    for (const w of new Set(toks(cl.name))) {
      const list = byWord.get(w) ?? [];
      list.push({ cl, first: cl.mentions[0]!.start });
      byWord.set(w, list);
    }
  }
  for (const list of byWord.values()) list.sort((a, b) => a.first - b.first);
  const DEF = /\b[Tt]he\s+([\p{Lu}][\p{Ll}]+)\b/gu;
  for (let m = DEF.exec(text); m; m = DEF.exec(text)) {
    const head = m[1]!.toLowerCase();
    if (!ORG_DESCRIPTION_HEADS.has(head)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    // inside a mention ("The Association of …" itself)
    const k = lowerBound(all, start + 1) - 1;
    if (k >= 0 && reach[k]! >= end - m[1]!.length) continue;
    const orgs = byWord.get(head) ?? [];
    // exactly one organisation with that word named before
    if (orgs.length && orgs[0]!.first < start && (orgs.length === 1 || orgs[1]!.first >= start)) orgs[0]!.cl.mentions.push({ start, end, kind: 'description', text: m[0] });
  }
}
