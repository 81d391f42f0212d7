/** Pronouns that can stand for a speaker, with gender and number. Lower case. */
import { wordList } from '../registry.js';

/** A person's grammatical gender, as a pronoun says it. */
export type Gender = 'female' | 'male';

/** Third-person pronouns that can stand for a speaker, with gender and number. (A plain
 *  object: the stages look words up with `PRONOUNS[word]`.) */
export const PRONOUNS: Record<string, { gender: Gender | null; plural: boolean; possessive: boolean }> = {
  he: { gender: 'male', plural: false, possessive: false },
  him: { gender: 'male', plural: false, possessive: false },
  his: { gender: 'male', plural: false, possessive: true },
  she: { gender: 'female', plural: false, possessive: false },
  her: { gender: 'female', plural: false, possessive: false },
  they: { gender: null, plural: true, possessive: false },
  them: { gender: null, plural: true, possessive: false },
  their: { gender: null, plural: true, possessive: true },
  it: { gender: null, plural: false, possessive: false },
};
wordList('en/pronouns.PRONOUNS', Object.keys(PRONOUNS));

/** A possessive pronoun and the pronoun that names its owner ("her lawsuit": she). */
export const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { her: 'she', his: 'he', its: 'it', their: 'they' };
wordList('en/pronouns.POSSESSIVE_PRONOUNS', Object.keys(POSSESSIVE_PRONOUNS));
