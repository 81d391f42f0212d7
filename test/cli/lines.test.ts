/** readLines' size limit: a line over it comes out empty and marked, the next ones intact. */
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/lines.js';

async function lines(chunks: string[], maxBytes?: number) {
  const out = [];
  for await (const l of readLines((async function* () {
    for (const c of chunks) yield Buffer.from(c);
  })(), maxBytes)) out.push(l);
  return out;
}

describe('readLines with maxBytes', () => {
  it('marks a line longer than the limit, across chunks, and keeps counting lines', async () => {
    const got = await lines(['short\n' + 'x'.repeat(8), 'y'.repeat(8) + '\nnext\n', 'z'.repeat(20)], 10);
    expect(got.map((l) => [l.number, l.text, !!l.tooLong])).toEqual([[1, 'short', false], [2, '', true], [3, 'next', false], [4, '', true]]);
  });

  it('has no limit by default, and a line of exactly the limit passes', async () => {
    expect((await lines(['a'.repeat(5000) + '\n']))[0]!.text.length).toBe(5000);
    expect((await lines(['abcde\n'], 5))[0]).toMatchObject({ text: 'abcde' });
  });
});
