/**
 * npm run fuzz -- --runs 100000 --seed N: analyse random inputs (arbitrary strings, news-like
 * strings, mutated fixtures, in turn) and check every record (schema, spans, surrogate pairs,
 * determinism). Prints the counts, the slowest input's time and the first counterexample;
 * exits 1 when an input breaks an invariant or throws.
 */
import fc from 'fast-check';
import { anyString, mutatedFixture, newsish, recordProblem } from '../test/arbitraries.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const runs = arg('runs', 1000);
const seed = arg('seed', Date.now() % 1_000_000);
let slowest = 0;
let total = 0;
let n = 0;
const input = fc.oneof(anyString, newsish, mutatedFixture);
const started = Date.now();
const result = fc.check(
  fc.property(input, (text) => {
    const t0 = performance.now();
    const problem = recordProblem(text);
    const ms = performance.now() - t0;
    slowest = Math.max(slowest, ms);
    total += ms;
    n++;
    if (problem) throw new Error(problem);
  }),
  { numRuns: runs, seed },
);
const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`fuzz: ${n} inputs (seed ${seed}) in ${secs} s; mean ${(total / Math.max(n, 1)).toFixed(2)} ms, slowest ${slowest.toFixed(0)} ms (two analyses each)`);
if (result.failed) {
  console.log(`fuzz: FAILED after ${result.numRuns} runs: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
  console.log(`counterexample (shrunk): ${JSON.stringify(result.counterexample?.[0])}`);
  process.exitCode = 1;
} else console.log('fuzz: every record valid, every span a span of its input, same bytes on a second run');
