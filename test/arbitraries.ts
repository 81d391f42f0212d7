/** Inputs for property tests and the fuzz script: arbitrary strings, news-like strings and
 *  mutated fixtures, and the invariants every record must keep (as data, not assertions). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeArticle, ArticleAnalysisSchema } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'articles');
export const FIXTURES = readdirSync(dir).map((d) => readFileSync(join(dir, d, 'input.txt'), 'utf8'));

/** Pieces news text is made of, and the ones that break parsers. */
export const PIECES = ['"', '“', '”', '«', '»', '„', "'", '’', '「', '」', '\n', '\n\n', '\r\n', ' ', ' - ', '—', ', ', '. ', ': ', 'said', 'he said', 'according to', 'ASTANA. KAZINFORM –', '(Reuters) -', 'Mr', 'Asel Karaulova', 'THE', 'Президент', 'Қазақстан', '😀', '\ud83d', '\ude00', '\u0000', '\u200b', '&amp;', '&#151;', 'A', 'z', '1', 'Ministry of Energy'];

export const anyString = fc.string({ unit: 'binary', maxLength: 300 });
export const newsish = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));

/** A fixture with some of its characters replaced, inserted or deleted. */
export const mutatedFixture = fc
  .record({ i: fc.nat(FIXTURES.length - 1), edits: fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('insert', 'delete', 'replace'), piece: fc.constantFrom(...PIECES) }), { maxLength: 12 }) })
  .map(({ i, edits }) => {
    let t = FIXTURES[i]!;
    for (const e of edits) {
      const at = e.at % (t.length + 1);
      t = e.op === 'insert' ? t.slice(0, at) + e.piece + t.slice(at) : e.op === 'delete' ? t.slice(0, at) + t.slice(at + 5) : t.slice(0, at) + e.piece + t.slice(at + e.piece.length);
    }
    return t;
  });

/** What is wrong with the record of `text`, or null: schema, spans, surrogate pairs, determinism. */
export function recordProblem(text: string): string | null {
  const r = analyzeArticle(text);
  const parsed = ArticleAnalysisSchema.safeParse(r);
  if (!parsed.success) return `schema: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`;
  const problems: string[] = [];
  const visit = (x: unknown, path: string): void => {
    if (Array.isArray(x)) return x.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (o.start < 0 || o.end < o.start || o.end > text.length) problems.push(`${path}: bad range ${o.start}-${o.end}`);
      if (typeof o.text === 'string' && text.slice(o.start, o.end) !== o.text) problems.push(`${path}: text is not input.slice(start, end)`);
      for (const edge of [o.start, o.end]) {
        const lo = text.charCodeAt(edge - 1);
        const hi = text.charCodeAt(edge);
        if (lo >= 0xd800 && lo <= 0xdbff && hi >= 0xdc00 && hi <= 0xdfff) problems.push(`${path}: cuts a surrogate pair at ${edge}`);
      }
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(r, 'result');
  if (problems.length) return problems[0]!;
  if (JSON.stringify(analyzeArticle(text)) !== JSON.stringify(r)) return 'not deterministic';
  return null;
}
