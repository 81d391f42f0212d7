import { describe, expect, it } from 'vitest';
import { analyzeMany, BATCH_ERROR_CODES, BatchErrorSchema } from '../src/index.js';

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('analyzeMany', () => {
  it('yields one result per item in input order, with ids, from an array or an async generator', async () => {
    const items = ['MOSCOW, June 3 (TASS) - The ministry said exports grew.', { id: 'x', text: 'BERLIN (Reuters) - Prices rose, the office said.' }];
    const fromArray = await collect(analyzeMany(items));
    expect(fromArray.map((r) => [r.index, r.id])).toEqual([[0, 1], [1, 'x']]);
    expect('result' in fromArray[0]! && fromArray[0].result.dateline?.agency).toBe('TASS');
    async function* gen() {
      yield* items;
    }
    const fromGen = await collect(analyzeMany(gen()));
    expect(JSON.stringify(fromGen)).toBe(JSON.stringify(fromArray));
  });

  it('turns an unusable item into an error record and goes on', async () => {
    const out = await collect(analyzeMany([{ id: 'bad', text: 42 }, null as never, 'Plain text of a short story.']));
    expect(out.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['input/no-text', 'input/no-text', 'ok']);
    expect(out[0]!.id).toBe('bad');
  });

  it('rejects invalid options before the first item', async () => {
    await expect(collect(analyzeMany(['text'], { language: 'english' }))).rejects.toMatchObject({ code: 'options/invalid' });
  });
});

describe('BatchErrorSchema', () => {
  it('accepts every batch error code and no other', () => {
    for (const code of BATCH_ERROR_CODES) expect(BatchErrorSchema.parse({ code, message: 'm' }).code).toBe(code);
    expect(BatchErrorSchema.safeParse({ code: 'input/bad-json', message: 'm' }).success).toBe(false);
    expect(BATCH_ERROR_CODES).toContain('input/empty');
  });

  it('describes the errors analyzeMany yields', async () => {
    for await (const r of analyzeMany([{ id: 'bad', text: 42 }])) expect(BatchErrorSchema.parse('error' in r ? r.error : null)).toEqual({ code: 'input/no-text', message: 'item "bad" has no string "text"' });
  });
});
