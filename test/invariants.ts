/** Checks every result must pass, whatever the input. */
import { expect } from 'vitest';
import { ArticleAnalysisSchema, type ArticleAnalysis } from '../src/index.js';

/** Every object with numeric start/end and a string text is a span of the input. */
export function expectValidRecord(input: string, result: ArticleAnalysis): void {
  ArticleAnalysisSchema.parse(result);
  const visit = (x: unknown, path: string): void => {
    if (Array.isArray(x)) return x.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      expect(o.start, `${path}.start`).toBeGreaterThanOrEqual(0);
      expect(o.end, `${path}.end`).toBeGreaterThanOrEqual(o.start as number);
      expect(o.end, `${path}.end`).toBeLessThanOrEqual(input.length);
      if (typeof o.text === 'string') expect(input.slice(o.start, o.end as number), path).toBe(o.text);
      // no span cuts a surrogate pair
      for (const edge of [o.start, o.end] as number[]) {
        const lo = input.charCodeAt(edge - 1);
        const hi = input.charCodeAt(edge);
        expect(lo >= 0xd800 && lo <= 0xdbff && hi >= 0xdc00 && hi <= 0xdfff, `${path} cuts a surrogate pair`).toBe(false);
      }
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(result, 'result');
  const ids = new Set([...result.people, ...result.organizations].map((e) => e.id));
  expect(ids.size, 'entity ids are unique').toBe(result.people.length + result.organizations.length);
  for (const q of result.quotes) if (q.speaker?.entityId) expect(ids.has(q.speaker.entityId), `speaker of ${q.id} resolves`).toBe(true);
  for (const p of result.people) for (const r of p.roles ?? []) if (r.organizationId) expect(ids.has(r.organizationId)).toBe(true);
}
