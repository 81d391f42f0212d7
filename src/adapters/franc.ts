/**
 * The only file that loads franc: ranked language guesses for a text. franc and its trigram
 * tables are loaded on the first text that needs them, not when the package is imported (they
 * were about a quarter of the import; most English articles are decided by their function
 * words and never ask). analyzeArticle is synchronous, so the ES module is required
 * (require(esm), Node >= 20.19), through a require made by node:module, which is asked of the
 * runtime (process.getBuiltinModule): the core is built for the 'neutral' platform.
 */
type Franc = typeof import('franc');
type FrancTables = { data: typeof import('franc/data.js')['data']; expressions: typeof import('franc/expressions.js')['expressions'] };

// The CJS build has no import.meta (tsup.config.ts defines import.meta.url as undefined
// there); CommonJS gives the module's path instead.
declare const __filename: string | undefined;

/** A require resolving from this module, or an error saying why there is none. */
function requireHere(): NodeJS.Require {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  if (!mod) throw new Error('language detection needs franc, loaded through node:module (process.getBuiltinModule, Node >= 20.16)');
  // import.meta.url first: the ESM build can see a global __filename that is not its own ('[eval]' under node -e)
  const meta = import.meta.url as string | undefined;
  return mod.createRequire(meta || (__filename as string));
}

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
