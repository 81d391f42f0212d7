/**
 * The only file that loads zod at run time. zod (about 95 modules) was a third to a half of
 * the package's import, yet an analysis with default options never needs it: the schemas are
 * built on first use (src/deferred-schemas.ts), when options are checked or a record is
 * validated. analyzeArticle is synchronous, so zod is required, not imported: its ES module
 * build where the runtime resolves one (import.meta.resolve, the ESM build: the same instance
 * as an application's own `import { z } from 'zod'`), else its CommonJS build.
 */
import { builtin } from './builtin.js';
import { packageRequire } from './package-require.js';

type Zod = typeof import('zod')['z'];

let zod: Zod | null = null;

/** zod's `z`, loaded on the first call. */
export function loadZod(): Zod {
  if (zod) return zod;
  const req = packageRequire('the schemas need zod');
  const esm = esmEntry();
  zod = (req(esm ?? 'zod') as { z: Zod }).z;
  return zod;
}

/** The path of zod's ES module entry, or null where the runtime cannot say (the CJS build, a test runner). */
function esmEntry(): string | null {
  const meta = import.meta as { resolve?: (specifier: string) => string } | undefined;
  let url: string | undefined;
  try {
    url = meta?.resolve?.('zod');
  } catch {
    return null;
  }
  if (!url?.startsWith('file:')) return null;
  const nodeUrl = builtin<typeof import('node:url')>('node:url');
  return nodeUrl ? nodeUrl.fileURLToPath(url) : null;
}
