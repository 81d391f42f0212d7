/**
 * Schemas exported by name but built on first use. The package exports its zod schemas
 * (`import { ArticleAnalysisSchema } from 'article-anatomy'`), and building them means loading
 * zod, which an analysis with default options never needs: each export is a Proxy that builds
 * every schema of its group on the first touch and then behaves as the built schema (parse,
 * safeParse, shape, extend, instanceof, z.toJSONSchema, composing into other schemas).
 *
 * zod knows a schema's id (the JSON Schema's $defs, OpenAPI's components) by object identity,
 * so a proxy and its schema must never both carry it: the definitions compose with the proxies
 * (`expose` returns them) and the ids move onto the proxies. Then every graph holds the same
 * object for an id, whether an application or the package itself composed it.
 */
import { loadZod } from './adapters/zod.js';

/** Passes a schema a definition builds for export: returns the proxy to compose with, and moves
 *  the schema's metadata (`.meta({ id })`) onto the proxy. */
export type Expose = <S extends object>(name: string, schema: S) => S;

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Proxies named `names` over the schemas `define` builds, which runs once, on the first touch
 *  of any of them; `define` passes each through `expose` and returns them by name. */
export function deferSchemas<T extends Record<string, object>>(names: ReadonlyArray<keyof T & string>, define: (expose: Expose) => T): T {
  const reals = new Map<string, object>();
  const proxies = {} as Record<string, object>;
  let built = false;
  let building = false;
  const expose: Expose = (name, schema) => {
    const proxy = proxies[name];
    if (!proxy) throw new Error(`deferSchemas: ${name} is not one of the names given`);
    const registry = loadZod().globalRegistry;
    const meta = registry.get(schema as never);
    if (meta) {
      registry.remove(schema as never);
      registry.add(proxy as never, meta);
    }
    reals.set(name, schema);
    return proxy as typeof schema;
  };
  const real = (name: string): object => {
    if (!built && !building) {
      building = true;
      try {
        reals.clear();
        define(expose);
        built = true;
      } finally {
        building = false;
      }
    }
    const schema = reals.get(name);
    if (!schema) throw new Error(`deferSchemas: ${name} was used before its definition`);
    return schema;
  };
  for (const name of names) {
    // util.inspect shows a proxy's target, not what its traps answer: the target inspects as the schema
    const target = { [INSPECT]: (_depth: number, options: object, inspect: (v: unknown, o: object) => string) => inspect(real(name), options) };
    proxies[name] = new Proxy(target, {
      // the proxy as receiver: zod binds a method to the schema it is read from on first read
      // (`SpanSchema.nullable()` must wrap the proxy, which carries the id, not the schema)
      get: (_, key, receiver) => Reflect.get(real(name), key, receiver),
      set: (_, key, value, receiver) => Reflect.set(real(name), key, value, receiver),
      has: (_, key) => Reflect.has(real(name), key),
      ownKeys: () => Reflect.ownKeys(real(name)),
      // a proxy may not report a property non-configurable that its target lacks
      getOwnPropertyDescriptor: (_, key) => {
        const d = Reflect.getOwnPropertyDescriptor(real(name), key);
        return d && { ...d, configurable: true };
      },
      defineProperty: (_, key, d) => Reflect.defineProperty(real(name), key, d),
      deleteProperty: (_, key) => Reflect.deleteProperty(real(name), key),
      getPrototypeOf: () => Reflect.getPrototypeOf(real(name)),
    });
  }
  return proxies as T;
}
