#!/usr/bin/env node
/**
 * npm run redos: every regular expression literal in src/ (found with the TypeScript parser)
 * checked for catastrophic backtracking with recheck (fixed random seed: the same verdicts on
 * every run). Prints the vulnerable ones with file, line and attack complexity. Exits 1 when
 * one is vulnerable and not in scripts/redos-baseline.json — the known polynomial (not
 * exponential) cases, all applied to bounded slices, kept as debt to pay down; `--update`
 * rewrites the baseline. `new RegExp(…)` built at run time is listed for review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { writeFileSync, existsSync } from 'node:fs';

const root = join(import.meta.dirname, '..');
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts') && !p.includes('generated')) files.push(p);
  }
};
walk(join(root, 'src'));

const literals = [];
const dynamic = [];
for (const file of files) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const slash = text.lastIndexOf('/');
      literals.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      dynamic.push(`${relative(root, file)}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}

const started = Date.now();
const bad = [];
const unknown = [];
for (const r of literals) {
  const res = checkSync(r.source, r.flags.replace(/[^gimsuyd]/g, ''), { timeout: 5000, randomSeed: 1 });
  r.verdict = res.status === 'vulnerable' ? res.complexity?.type : res.status;
  if (res.status === 'vulnerable') bad.push(`${relative(root, r.file)}:${r.line} /${r.source}/${r.flags}: ${res.complexity?.type} (attack ${JSON.stringify(res.attack?.pattern ?? '').slice(0, 60)})`);
  else if (res.status === 'unknown') unknown.push(`${relative(root, r.file)}:${r.line} /${r.source.slice(0, 60)}/`);
}
const baselineFile = join(root, 'scripts', 'redos-baseline.json');
const key = (r) => `${relative(root, r.file)} /${r.source}/${r.flags}`;
const vulnerable = literals.filter((r) => r.verdict === 'polynomial' || r.verdict === 'exponential');
if (process.argv.includes('--update')) writeFileSync(baselineFile, JSON.stringify(vulnerable.filter((r) => r.verdict === 'polynomial').map(key).sort(), null, 2) + '\n');
const baseline = new Set(existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : []);
const fresh = vulnerable.filter((r) => r.verdict === 'exponential' || !baseline.has(key(r)));
console.log(`redos: ${literals.length} regular expression literals in ${files.length} files checked in ${((Date.now() - started) / 1000).toFixed(1)} s: ${bad.length} vulnerable (${vulnerable.length - fresh.length} known polynomial in the baseline, ${fresh.length} new), ${unknown.length} undecided`);
for (const b of bad) console.log(`  vulnerable ${b}`);
for (const u of unknown) console.log(`  undecided ${u}`);
if (dynamic.length) console.log(`  built at run time (review by hand): ${dynamic.join(', ')}`);
for (const r of fresh) console.log(`  NEW: ${key(r)} (${r.verdict})`);
process.exitCode = fresh.length ? 1 : 0;
