/**
 * Every word list of the lexicon, declared: each module under src/lexicon/ imported, so each
 * list it declares through wordList, wordSet or wordPick is in the registry.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { declaredLists, type DeclaredList } from '../../src/lexicon/registry.js';

const ROOT = join(import.meta.dirname, '../../src/lexicon');

/** The .ts files under src/lexicon/, as paths relative to it ('en/roles.ts'). */
export function lexiconFiles(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? lexiconFiles(p) : p.endsWith('.ts') ? [relative(ROOT, p)] : [];
  });
}

/** Import every lexicon module, then return every declared list. */
export async function allDeclaredLists(): Promise<readonly DeclaredList[]> {
  for (const f of lexiconFiles()) await import(join(ROOT, f));
  return declaredLists();
}
