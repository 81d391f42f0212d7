/**
 * Word knowledge: compromise's lexicon (snapshotted at build time, see
 * src/adapters/compromise.ts) plus the curated word lists of ./en/ and ./shared/.
 */
import snapshot from '../generated/lexicon.json';
import { NON_FINAL_ABBREVIATIONS } from './en/abbreviations.js';
import { PEOPLES_AND_FAITHS } from './en/peoples.js';

type Lexicon = typeof snapshot;
let data: Lexicon | null = null;

/** The snapshot, read on first use. The build embeds the file as its JSON text (tsup.config.ts,
 *  loader 'text'): a string literal costs the import almost nothing where an object literal of
 *  14,000 keys cost ~17 ms, and JSON.parse reads it faster than the JavaScript parser; the
 *  sources (vitest, tsx) import it as an object. */
function lexicon(): Lexicon {
  const given: unknown = snapshot;
  data ??= typeof given === 'string' ? (JSON.parse(given) as Lexicon) : snapshot;
  return data;
}

let ORG_HEADS_FROM_LEXICON: ReadonlySet<string> | null = null;

/** The lexicon as a Map: faster than a 24,619-key object in dictionary mode (read per token);
 *  built on the first lookup, not at import. */
let FLAGS: Map<string, string> | null = null;

/** Fills the Map from the snapshot's words grouped by flags (25 arrays: JSON.parse builds them
 *  ~4x faster than one object of 24,619 keys, see scripts/build-lexicon.ts); every word of a
 *  group shares the group's one flags string. */
function flagsByWord(): Map<string, string> {
  const byFlags = lexicon().words as Record<string, readonly string[]>;
  const flagsOfWord = new Map<string, string>();
  for (const flags of Object.keys(byFlags)) {
    const words = byFlags[flags]!;
    for (let i = 0; i < words.length; i++) flagsOfWord.set(words[i]!, flags);
  }
  return flagsOfWord;
}

/** compromise's flags for a lower-case word ('' when unknown). Letters: F/M/N first name
 *  (female, male, either), L last name, C country, Y city, P place, D demonym, H honorific,
 *  A abbreviation, O organisation, T sports team, R person noun, U date word, X proper noun,
 *  V verb form, W any other word class. */
export function flagsOf(lower: string): string {
  FLAGS ??= flagsByWord();
  return FLAGS.get(lower) ?? '';
}

/** Gender of a known first name, 'either' when listed without one, null when unknown. */
export function firstNameGender(lower: string): 'female' | 'male' | 'either' | null {
  const f = flagsOf(lower);
  if (f.includes('F') && !f.includes('M')) return 'female';
  if (f.includes('M') && !f.includes('F')) return 'male';
  if (f.includes('F') || f.includes('M') || f.includes('N')) return 'either';
  return null;
}

export const isFirstName = (lower: string): boolean => /[FMN]/.test(flagsOf(lower));
export const isLastName = (lower: string): boolean => flagsOf(lower).includes('L');
/** Country, city, region or other place name. */
export const isPlaceName = (lower: string): boolean => /[CYP]/.test(flagsOf(lower));
export const isDemonym = (lower: string): boolean => flagsOf(lower).includes('D') || PEOPLES_AND_FAITHS.has(lower);
export const isAbbreviation = (lower: string): boolean => flagsOf(lower).includes('A') || NON_FINAL_ABBREVIATIONS.has(lower);
/** A word of ordinary vocabulary (verb, adjective, common noun, function word …), from the
 *  lexicon or, for words it lacks, from derivational suffixes no name carries. */
export const isCommonWord = (lower: string): boolean => /[WRV]/.test(flagsOf(lower)) || (flagsOf(lower) === '' && COMMON_SUFFIX.test(lower));
/** A verb form ("named", "said", "announced"). */
export const isVerbForm = (lower: string): boolean => flagsOf(lower).includes('V');

// Suffixes of English common nouns and adjectives that person names do not end in.
const COMMON_SUFFIX = /^[a-z]{3,}(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ship|ism|isms|ogy|ics|ical|ful|less|able|ible|ized|ised|izing|ising|ings)$/;
export const isKnownOrganization = (lower: string): boolean => flagsOf(lower).includes('O');
export const isOrgHeadFromLexicon = (lower: string): boolean => (ORG_HEADS_FROM_LEXICON ??= new Set<string>(lexicon().orgWords)).has(lower);
export const isDateWord = (lower: string): boolean => flagsOf(lower).includes('U');
