/**
 * The lexicon's lists as the registry holds them: no word twice in a list, lower-case lists in
 * lower case, every pick taken from its list, and no two lists sharing a word unless
 * test/lexicon/expected-overlaps.ts says why (function words of a closed class excepted).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeclaredList } from '../../src/lexicon/registry.js';
import { allDeclaredLists } from './declared-lists.js';
import { EXPECTED_OVERLAPS, type ExpectedOverlap } from './expected-overlaps.js';

let lists: readonly DeclaredList[] = [];
beforeAll(async () => {
  lists = await allDeclaredLists();
});

const lower = (w: string): string => w.toLowerCase();
/** How a list's words are told apart: as written for a case-sensitive list, else lower-cased. */
const keyOf = (l: DeclaredList) => (l.wordCase === 'as-written' ? (w: string) => w : lower);

/** Words written twice in `l` (as its test compares them). */
function duplicatesIn(l: DeclaredList): string[] {
  const key = keyOf(l);
  const seen = new Set<string>();
  return l.words.filter((w) => seen.size === seen.add(key(w)).size);
}

const matches = (pattern: string, name: string): boolean => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);
const declaredFor = (a: string, b: string): ExpectedOverlap | undefined =>
  EXPECTED_OVERLAPS.find(({ lists: [x, y] }) => (matches(x, a) && matches(y, b)) || (matches(x, b) && matches(y, a)));

/** Every pair of lists (picks aside) that shares words outside the closed classes, with the
 *  words (lower-cased, in the second list's order). */
function overlaps(all: readonly DeclaredList[]): Array<{ a: string; b: string; words: string[] }> {
  const closed = new Set(all.filter((l) => l.closedClass).flatMap((l) => l.words.map(lower)));
  const written = all.filter((l) => !l.pickOf);
  const out: Array<{ a: string; b: string; words: string[] }> = [];
  written.forEach((la, i) => {
    const a = new Set(la.words.map(lower));
    for (const lb of written.slice(i + 1)) {
      // closed-class words recur freely, but two closed classes share none unless declared
      const free = (w: string) => closed.has(w) && !(la.closedClass && lb.closedClass);
      const words = [...new Set(lb.words.map(lower))].filter((w) => a.has(w) && !free(w));
      if (words.length) out.push({ a: la.name, b: lb.name, words });
    }
  });
  return out;
}

describe('lexicon registry', () => {
  it('holds the lists of every lexicon module under unique names', () => {
    expect(lists.length).toBeGreaterThan(100);
    const names = lists.map((l) => l.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const l of lists) expect(l.name).toMatch(/^(?:en|ru|shared)\/[a-z-]+\.[A-Z][\w.-]*$/);
  });

  it('has no word twice in a list', () => {
    const twice = lists.map((l) => ({ list: l.name, words: duplicatesIn(l) })).filter((d) => d.words.length);
    expect(twice).toEqual([]);
  });

  it('writes lower-case lists in lower case, without stray white space', () => {
    for (const l of lists) {
      for (const w of l.words) {
        expect(w, l.name).toBe(w.trim());
        expect(w.length, l.name).toBeGreaterThan(0);
        if (l.wordCase === 'lower') expect(w, l.name).toBe(w.toLowerCase());
      }
    }
  });

  it('takes every pick from its list', () => {
    const strays = lists
      .filter((l) => l.pickOf)
      .map((l) => ({ pick: l.name, of: l.pickOf!.name, strays: l.words.filter((w) => !l.pickOf!.words.map(lower).includes(lower(w))) }))
      .filter((p) => p.strays.length || p.of === 'an unnamed list');
    expect(strays).toEqual([]);
  });

  it('has no overlap between two lists that expected-overlaps.ts does not declare', () => {
    const undeclared = overlaps(lists).filter(({ a, b }) => !declaredFor(a, b));
    expect(undeclared).toEqual([]);
  });

  it('declares each overlap with exactly the words the two lists share, and no stale one', () => {
    const found = overlaps(lists);
    for (const d of EXPECTED_OVERLAPS) {
      expect(d.reason.length, d.lists.join(' x ')).toBeGreaterThan(10);
      if (d.lists.some((n) => n.endsWith('*'))) {
        expect(found.some(({ a, b }) => declaredFor(a, b) === d), `${d.lists.join(' x ')} matches no overlap`).toBe(true);
        continue;
      }
      const [x, y] = d.lists;
      for (const n of d.lists) expect(lists.some((l) => l.name === n), `${n} is no declared list`).toBe(true);
      const o = found.find(({ a, b }) => (a === x && b === y) || (a === y && b === x));
      expect([...(o?.words ?? [])].sort(), `${x} x ${y}`).toEqual([...(d.words ?? [])].sort());
    }
  });

  it('finds a word written twice and an undeclared overlap (the checks can fail)', () => {
    const list = (name: string, words: string[], more: Partial<DeclaredList> = {}): DeclaredList => ({ name, words, wordCase: 'lower', closedClass: false, pickOf: null, ...more });
    const a = list('en/test.A', ['alpha', 'beta', 'alpha', 'the']);
    const made = [
      a,
      list('en/test.B', ['Beta', 'gamma', 'the'], { wordCase: 'any-case' }),
      list('en/test.P', ['alpha'], { pickOf: { name: 'en/test.A', words: a.words } }),
      list('en/test.ARTICLES', ['the'], { closedClass: true }),
    ];
    expect(duplicatesIn(a)).toEqual(['alpha']);
    expect(duplicatesIn(list('en/test.C', ['Gen', 'gen'], { wordCase: 'as-written' }))).toEqual([]);
    // the pick shares "alpha" with A by design, "the" is a closed-class word
    expect(overlaps(made)).toEqual([{ a: 'en/test.A', b: 'en/test.B', words: ['beta'] }]);
  });
});
