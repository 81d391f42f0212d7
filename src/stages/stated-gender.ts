/**
 * The gender the text itself states for a person — an honorific written before the name
 * ("Mrs", "Sir") or a pronoun that refers to them ("she said") — as opposed to one guessed
 * from a first name, which a reader of coverage must not count as the article's word.
 */
import { PRONOUNS, type Gender } from '../lexicon/en/pronouns.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../lexicon/en/roles.js';

/** How the text states a person's gender (Person.genderStatedBy). */
export type GenderStatedBy = 'honorific' | 'pronoun';

/** The gender a title says when the title is one honorific ("Mrs.", "Ms", "Sir"), else null:
 *  "Lord Mayor", "Dr" or "Minister" say none. */
export function genderOfHonorific(title: string): Gender | null {
  const word = title.trim().toLowerCase().replace(/\.$/, '');
  return FEMALE_HONORIFICS.has(word) ? 'female' : MALE_HONORIFICS.has(word) ? 'male' : null;
}

/** The gender a pronoun says ("she", "His"), else null ("they", "it", any other word). */
export function genderOfPronoun(pronoun: string): Gender | null {
  return PRONOUNS[pronoun.toLowerCase()]?.gender ?? null;
}

/**
 * How the text states `gender`: 'honorific' when a title before the name says it, else
 * 'pronoun' when a pronoun referring to the person says it; null when neither does (the gender
 * is a first name's guess, or unknown), or when any of them says the other gender (the record's
 * gender is then not what the text states).
 */
export function genderStatedBy(gender: Gender | null, titles: readonly string[], pronouns: readonly string[]): GenderStatedBy | null {
  if (!gender) return null;
  const byTitles = titles.map(genderOfHonorific).filter((g) => g !== null);
  const byPronouns = pronouns.map(genderOfPronoun).filter((g) => g !== null);
  if ([...byTitles, ...byPronouns].some((g) => g !== gender)) return null;
  return byTitles.length ? 'honorific' : byPronouns.length ? 'pronoun' : null;
}
