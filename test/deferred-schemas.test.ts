/** The exported schemas are built on first use (src/deferred-schemas.ts): importing the package
 *  and analysing with default options never load zod, and the proxies behave as the schemas. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deferSchemas } from '../src/deferred-schemas.js';
import { analyzeArticle } from '../src/analyze.js';
import { AnalyzeOptionsSchema, ArticleAnalysisSchema, OPTION_DEFAULTS, PersonSchema, SpanSchema } from '../src/schema.js';

const root = join(import.meta.dirname, '..');
const dist = (f: string) => JSON.stringify(join(root, 'dist', f));
const TEXT = 'LONDON (Reuters) - "We will appeal," said Maria Lopez, a lawyer for the group.';

/** What a fresh node process prints for `script` (`-e`, CommonJS or --input-type=module). */
function run(script: string, esm: boolean): string {
  const r = spawnSync(process.execPath, [...(esm ? ['--input-type=module'] : []), '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

describe('deferSchemas', () => {
  it('defines nothing until a proxy is touched, then once for all of them', () => {
    let runs = 0;
    const group = deferSchemas(['A', 'B'], (expose) => {
      runs++;
      const A = expose('A', z.object({ n: z.number() }).meta({ id: 'DeferTestA' }));
      return { A, B: expose('B', z.object({ a: A.nullable() })) };
    });
    expect(runs).toBe(0);
    expect(group.B.parse({ a: { n: 1 } })).toEqual({ a: { n: 1 } });
    expect(group.A.safeParse({ n: 'x' }).success).toBe(false);
    expect(runs).toBe(1);
    // the id is the proxy's, and the definitions composed with the proxy: one $defs entry, referenced
    const json = z.toJSONSchema(z.object({ a: group.A, b: group.B })) as { $defs: Record<string, unknown>; properties: Record<string, unknown> };
    expect(Object.keys(json.$defs)).toEqual(['DeferTestA']);
    expect(json.properties.a).toEqual({ $ref: '#/$defs/DeferTestA' });
    expect(group.A.meta()).toEqual({ id: 'DeferTestA' });
  });

  it('says which name a definition exposed wrongly, and which it used before defining it', () => {
    const group = deferSchemas(['A'], (expose) => ({ A: expose('Z', z.string()) }));
    expect(() => group.A.parse('x')).toThrow(/Z is not one of the names given/);
    const early: { A: z.ZodString; B: z.ZodOptional<z.ZodString> } = deferSchemas(['A', 'B'], () => ({ B: early.A.optional(), A: z.string() }));
    expect(() => early.B.parse('x')).toThrow(/A was used before its definition/);
  });
});

describe('the exported schemas', () => {
  it('behave as zod schemas: parse, instanceof, shape, extend, inspect', () => {
    expect(SpanSchema.parse({ start: 0, end: 2, text: 'ab' })).toEqual({ start: 0, end: 2, text: 'ab' });
    expect(SpanSchema).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(SpanSchema.shape)).toEqual(['start', 'end', 'text']);
    expect(ArticleAnalysisSchema.shape.headline.unwrap()).toBe(SpanSchema);
    expect(PersonSchema.extend({ extra: z.string() }).safeParse({}).success).toBe(false);
    expect(inspect(SpanSchema)).toMatch(/ZodObject/);
  });

  it('compose with the record in one JSON Schema, each id once, and zod\'s registry converts them all', () => {
    const json = z.toJSONSchema(z.object({ span: SpanSchema, record: ArticleAnalysisSchema }), { io: 'input', unrepresentable: 'any' }) as { $defs: Record<string, unknown> };
    expect(Object.keys(json.$defs)).toEqual(expect.arrayContaining(['Span', 'ArticleAnalysis', 'Person', 'Quote']));
    const all = z.toJSONSchema(z.globalRegistry, { io: 'input', unrepresentable: 'any' }) as { schemas: Record<string, unknown> };
    expect(Object.keys(all.schemas)).toEqual(expect.arrayContaining(['Span', 'ArticleAnalysis', 'AnalyzeOptions']));
  });

  it('OPTION_DEFAULTS are what the options schema gives for none, and no options analyse as the defaults do', () => {
    expect(AnalyzeOptionsSchema.parse({})).toEqual(OPTION_DEFAULTS);
    const base = analyzeArticle(TEXT);
    expect(base.quotes).toHaveLength(1);
    for (const options of [{}, null, { ...OPTION_DEFAULTS }, { maxLength: OPTION_DEFAULTS.maxLength }]) expect(analyzeArticle(TEXT, options as never)).toEqual(base);
    expect(() => analyzeArticle(TEXT, { names: 'everything' } as never)).toThrow(expect.objectContaining({ code: 'options/invalid' }));
    expect(() => analyzeArticle(TEXT, Object.create({ validate: 'yes' }))).toThrow(expect.objectContaining({ code: 'options/invalid' }));
  });
});

describe('the built package (npm test builds first)', () => {
  const probe = `const loaded = () => globalThis.__zod_globalRegistry !== undefined;`;
  it('importing it and analysing with default options load no zod; validating does, and the schemas then work', () => {
    const esm = `${probe} const m = await import(${dist('index.js')}); const a = loaded(); const r = m.analyzeArticle(${JSON.stringify(TEXT)}); const b = loaded(); m.analyzeArticle(${JSON.stringify(TEXT)}, { validate: true }); console.log(JSON.stringify([a, b, loaded(), m.ArticleAnalysisSchema.safeParse(r).success, r.quotes.length]));`;
    expect(JSON.parse(run(esm, true))).toEqual([false, false, true, true, 1]);
    const cjs = `${probe} const m = require(${dist('index.cjs')}); const a = loaded(); const r = m.analyzeArticle(${JSON.stringify(TEXT)}); const b = loaded(); const ok = m.ArticleAnalysisSchema.safeParse(r).success; console.log(JSON.stringify([a, b, loaded(), ok]));`;
    expect(JSON.parse(run(cjs, false))).toEqual([false, false, true, true]);
  });

  it('an application\'s own `import { z } from "zod"` and the package share one zod in ESM: one registry, instanceof, JSON Schema', () => {
    const script = `import { z } from 'zod'; const m = await import(${dist('index.js')}); const json = z.toJSONSchema(m.ArticleAnalysisSchema, { io: 'input', unrepresentable: 'any' }); console.log(JSON.stringify([m.SpanSchema._zod.constr === z.ZodObject, z.globalRegistry.get(m.SpanSchema)?.id, Object.keys(json.$defs).includes('Person'), json.$ref, json.$defs.ArticleAnalysis.title]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([true, 'Span', true, '#/$defs/ArticleAnalysis', 'article-anatomy analysis record']);
  });
});
