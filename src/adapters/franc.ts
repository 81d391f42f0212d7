/**
 * The only file that loads franc: ranked language guesses for a text. franc and its trigram
 * tables are loaded on the first text that needs them, not when the package is imported (they
 * were about a quarter of the import; most English articles are decided by their function
 * words and never ask). analyzeArticle is synchronous, so the ES module is required
 * (require(esm), Node >= 20.19), through packageRequire (src/adapters/package-require.ts).
 */
import { packageRequire } from './package-require.js';

type Franc = typeof import('franc');
type FrancTables = { data: typeof import('franc/data.js')['data']; expressions: typeof import('franc/expressions.js')['expressions'] };

const requireHere = (): NodeJS.Require => packageRequire('language detection needs franc');

let franc: Franc | null = null;

/** Ranked [iso6393, score] pairs; franc scores the best at 1. `only` restricts the candidates. */
export function rankLanguages(text: string, only?: readonly string[]): Array<[string, number]> {
  franc ??= requireHere()('franc') as Franc;
  return franc.francAll(text, { minLength: 10, ...(only ? { only: [...only] } : {}) });
}

let languages: ReadonlySet<string> | null = null;

/** Every ISO 639-3 code franc can answer with (those of its trigram tables and of the scripts
 *  only one language writes): a candidate list naming another code can never be detected.
 *  Read from franc's own tables (franc has no exports map, so these paths are public) on first use. */
export function francLanguages(): ReadonlySet<string> {
  if (languages) return languages;
  const req = requireHere();
  const { data } = req('franc/data.js') as Pick<FrancTables, 'data'>;
  const { expressions } = req('franc/expressions.js') as Pick<FrancTables, 'expressions'>;
  languages = new Set([...Object.values(data).flatMap((byCode) => Object.keys(byCode)), ...Object.keys(expressions).filter((k) => /^[a-z]{3}$/.test(k))]);
  return languages;
}
