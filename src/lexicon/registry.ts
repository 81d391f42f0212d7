/**
 * The registry of word lists: every list of the lexicon is declared through wordList, wordSet
 * or wordPick, which record it under its name, so the lexicon's tests can read them all
 * (test/lexicon/registry.test.ts: a word written twice in one list, two lists that share words
 * without test/lexicon/expected-overlaps.ts saying why, a pick that is not a subset of its
 * list). A list that needs another's words picks them (wordPick) or joins the list
 * (joinLists): each word is written once, in the list it belongs to.
 */

/** How a list's words meet a word of the text: 'lower' — written in lower case, tested on a
 *  lower-cased word (or by a case-insensitive pattern); 'as-written' — tested case-sensitively
 *  ("Monday", "Inc"); 'any-case' — written in their usual case, tested lower-cased ("Reuters"). */
export type WordCase = 'lower' | 'as-written' | 'any-case';

/** One declared list. */
export interface DeclaredList {
  /** 'en/roles.ROLE_NOUNS': the file under src/lexicon/ and the list's name there. */
  readonly name: string;
  readonly words: readonly string[];
  readonly wordCase: WordCase;
  /** A closed class of function words (articles, prepositions …): words any rule may name. */
  readonly closedClass: boolean;
  /** For a pick, the list its words are taken from (they are declared there). */
  readonly pickOf: { readonly name: string; readonly words: readonly string[] } | null;
}

/** How a list is declared: its word case and whether it is a closed class. */
export interface ListOptions {
  /** Default 'lower'. */
  wordCase?: WordCase;
  /** Default false. */
  closedClass?: boolean;
}

const DECLARED: DeclaredList[] = [];
/** The name each declared list (the array or Set returned) was declared under. */
const NAMES = new WeakMap<object, string>();

/** Every list declared so far (those of the modules imported), in declaration order. */
export const declaredLists = (): readonly DeclaredList[] => DECLARED;

/** The name a list was declared under, or null for a list made of others or of no lexicon. */
export const declaredName = (list: object): string | null => NAMES.get(list) ?? null;

/** A word list, recorded under `name` ('en/time.WEEKDAYS'). */
export function wordList(name: string, words: readonly string[], options: ListOptions = {}): readonly string[] {
  DECLARED.push({ name, words, wordCase: options.wordCase ?? 'lower', closedClass: options.closedClass ?? false, pickOf: null });
  NAMES.set(words, name);
  return words;
}

/** A word list as a Set (what most rules test: `has`), recorded like wordList. */
export function wordSet(name: string, words: readonly string[], options: ListOptions = {}): ReadonlySet<string> {
  const set = new Set(wordList(name, words, options));
  NAMES.set(set, name);
  return set;
}

/** Some words of a list, for a rule that reads only those ("the sports roles among the role
 *  nouns"): recorded as a pick of `from`, which must hold every one of them. */
export function wordPick(name: string, from: readonly string[] | ReadonlySet<string>, words: readonly string[]): readonly string[] {
  const of = NAMES.get(from) ?? 'an unnamed list';
  const wordCase = DECLARED.find((d) => d.name === of)?.wordCase ?? 'lower';
  DECLARED.push({ name, words, wordCase, closedClass: false, pickOf: { name: of, words: [...from] } });
  NAMES.set(words, name);
  return words;
}

/** A list made of declared lists (joinLists), named so that picks of it say where they come
 *  from; its words are not recorded again. */
export function derivedList<T extends readonly string[] | ReadonlySet<string>>(name: string, list: T): T {
  NAMES.set(list, name);
  return list;
}

/** The words of `lists` in one array, in order (a derived list: its words are declared in
 *  the lists it is made of, not again). */
export const joinLists = (...lists: ReadonlyArray<readonly string[] | ReadonlySet<string>>): string[] => lists.flatMap((l) => [...l]);

/** `(?:…)`-ready alternation of the words, in order, with the characters special in a
 *  regular expression escaped. */
export const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
