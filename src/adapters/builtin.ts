/**
 * Node's built-in modules asked of the runtime (process.getBuiltinModule, Node >= 20.16): the
 * core is built for the 'neutral' platform and imports no Node module statically.
 */

/** Node's built-in module `id` ('node:fs'), or undefined outside Node. */
export function builtin<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.(id) as T | undefined;
}
