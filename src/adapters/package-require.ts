/**
 * A `require` for the packages this one depends on (franc, zod), made on first use through
 * node:module, which is asked of the runtime (process.getBuiltinModule, Node >= 20.16): the
 * core is built for the 'neutral' platform and imports no Node module statically. Any module
 * of the package resolves the same node_modules, so one require serves every adapter.
 */
import { builtin } from './builtin.js';

// The CJS build has no import.meta (tsup.config.ts defines import.meta.url as undefined
// there); CommonJS gives the module's path instead.
declare const __filename: string | undefined;

let made: NodeJS.Require | null = null;

/** A require resolving from this package; `needs` names what asked, for the error outside Node. */
export function packageRequire(needs: string): NodeJS.Require {
  if (made) return made;
  const mod = builtin<typeof import('node:module')>('node:module');
  if (!mod) throw new Error(`${needs}, loaded through node:module (process.getBuiltinModule, Node >= 20.16)`);
  // import.meta.url first: the ESM build can see a global __filename that is not its own ('[eval]' under node -e)
  const meta = import.meta.url as string | undefined;
  made = mod.createRequire(meta || (__filename as string));
  return made;
}
