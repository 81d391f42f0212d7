/** The README's Architecture section and sieve list say what the code does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../src/pipeline.js';
import { SIEVES } from '../src/stages/attribution/index.js';

const README = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
/** The text of a section, from its heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const at = README.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README has no section "${heading}"`);
  const level = heading.split(' ')[0]!;
  const rest = README.slice(at + heading.length + 2);
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

describe('README', () => {
  it('lists the stages of src/pipeline.ts in order, with what each reads and finds', () => {
    const rows = section('## Architecture')
      .split('\n')
      .filter((l) => /^\| `/.test(l))
      .map((l) => l.split('|').slice(1, 4).map((c) => c.trim()));
    expect(rows).toEqual(PIPELINE.map((s) => [`\`${s.name}\``, s.needs.length ? s.needs.join(', ') : '—', s.summary]));
  });

  it('lists the attribution sieves in the order they are tried', () => {
    const names = [...section('### Speaker attribution sieves').matchAll(/^\d+\. `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(names).toEqual(SIEVES.map((s) => s.name));
  });

  it('gives each "How to add" recipe in at most five steps', () => {
    const recipes = section('### How to add …').split(/\n\*\*/).slice(1);
    expect(recipes.map((r) => r.slice(0, r.indexOf('**')))).toEqual(['A dateline style', 'A speech verb', 'An attribution sieve', 'A language']);
    for (const r of recipes) expect(r.match(/^\d+\. /gm)!.length).toBeLessThanOrEqual(5);
  });
});
