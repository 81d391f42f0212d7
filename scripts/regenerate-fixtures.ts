/**
 * Rewrite fixtures/articles/<slug>/expected.json from the current analysis of input.txt
 * (run: npm run fixtures). Review the diff: it is the behaviour change of your edit.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../src/index.js';

const root = 'fixtures/articles';
let n = 0;
for (const slug of readdirSync(root).sort()) {
  const input = join(root, slug, 'input.txt');
  if (!existsSync(input)) continue;
  const result = analyzeArticle(readFileSync(input, 'utf8'));
  writeFileSync(join(root, slug, 'expected.json'), JSON.stringify(result, null, 2) + '\n');
  n++;
}
process.stdout.write(`${n} fixtures regenerated\n`);
