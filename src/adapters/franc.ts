/** The only file that imports franc: ranked language guesses for a text. */
import { francAll } from 'franc';

/** Ranked [iso6393, score] pairs; franc scores the best at 1. `only` restricts the candidates. */
export function rankLanguages(text: string, only?: readonly string[]): Array<[string, number]> {
  return francAll(text, { minLength: 10, ...(only ? { only: [...only] } : {}) });
}
