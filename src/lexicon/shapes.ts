/** Word shapes the rules read beside the lists: what counts as a capitalised word. */
import { CAPITALISED_OR_ARTICLE_NAME } from './patterns.js';

/** A word that starts with an upper-case letter ("Minister", "ÖBB"). */
export const isCapitalised = (w: string): boolean => /^[\p{Lu}]/u.test(w);

/** A word that starts with an upper-case letter, or a name after a lower-case Arabic article
 *  and a hyphen ("al-Shabaab", "el-Sisi"): what a speaker's name is made of. */
export const isCapitalisedOrArticleName = (w: string): boolean => /^[\p{Lu}]/u.test(w) || CAPITALISED_OR_ARTICLE_NAME.test(w);
