/** The only file that imports franc: ranked language guesses for a text. */
import { francAll } from 'franc';
// franc's own tables: the codes it knows (franc has no exports map, so these paths are public)
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** Ranked [iso6393, score] pairs; franc scores the best at 1. `only` restricts the candidates. */
export function rankLanguages(text: string, only?: readonly string[]): Array<[string, number]> {
  return francAll(text, { minLength: 10, ...(only ? { only: [...only] } : {}) });
}

/** Every ISO 639-3 code franc can answer with (those of its trigram tables and of the scripts
 *  only one language writes): a candidate list naming another code can never be detected. */
export const FRANC_LANGUAGES: ReadonlySet<string> = new Set([...Object.values(data).flatMap((byCode) => Object.keys(byCode)), ...Object.keys(expressions).filter((k) => /^[a-z]{3}$/.test(k))]);
