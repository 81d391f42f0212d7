#!/usr/bin/env node
/**
 * npm run redos: every regular expression in src/ checked for catastrophic backtracking with
 * recheck (fixed random seed: the same verdicts on every run): the literals (found with the
 * TypeScript parser) and the expressions built at load time, which a module with
 * `new RegExp(…)` exports as BUILT_PATTERNS. Prints each one that is vulnerable (exponential
 * or polynomial, with file, line and attack) or undecided, and exits 1 if there is any, or if
 * a module builds expressions without exporting them for the check. A built expression applied
 * only to bounded slices declares `maxInput`: when recheck calls it vulnerable or cannot
 * decide, its attack string (or random strings of its own characters) cut to that length is
 * timed instead (after a warm-up: a long pattern's first exec is its compilation), and it
 * passes under 20 ms; REDOS_TIME_ALL=1 times them even when recheck calls them safe. Run with
 * tsx (it imports the TypeScript sources).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { checkSync } from 'recheck';

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

// the expressions built at load time, from the modules that build them
const builders = [...new Set(dynamic.map((d) => d.split(':')[0]))];
const unexported = [];
for (const file of builders) {
  const mod = await import(pathToFileURL(join(root, file)).href);
  if (!Array.isArray(mod.BUILT_PATTERNS)) unexported.push(file);
  else for (const { pattern, maxInput } of mod.BUILT_PATTERNS) literals.push({ file: join(root, file), line: 'built', source: pattern.source, flags: pattern.flags, maxInput });
}

/** The slowest of 200 runs of the expression on inputs of its bound: the attack cut to it, or
 *  strings of the expression's own characters (seeded). */
function worstTime(r, attack) {
  const re = new RegExp(r.source, r.flags.replace('g', ''));
  const chars = [...new Set(r.source)].filter((c) => !'\\()[]{}?*+|^$'.includes(c));
  let seed = 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  // compiled and warmed first: a 10,000-character pattern's first exec is mostly its compilation
  for (let k = 0; k < 5; k++) re.exec(attack ? attack.slice(0, r.maxInput) : 'warm up');
  let worst = 0;
  for (let k = 0; k < 200; k++) {
    const s = attack && k === 0 ? attack.slice(0, r.maxInput) : Array.from({ length: r.maxInput }, () => chars[Math.floor(rand() * chars.length)]).join('');
    const t = performance.now();
    re.exec(s);
    worst = Math.max(worst, performance.now() - t);
  }
  return worst;
}

const started = Date.now();
const bad = [];
const unknown = [];
for (const r of literals) {
  const res = checkSync(r.source, r.flags.replace(/[^gimsuyd]/g, ''), { timeout: 30000, randomSeed: 1 });
  const where = `${relative(root, r.file)}:${r.line} /${r.source.length > 200 ? `${r.source.slice(0, 200)}…` : r.source}/${r.flags}`;
  if (r.maxInput && (res.status !== 'safe' || process.env.REDOS_TIME_ALL)) {
    const ms = worstTime(r, res.attack?.string);
    console.log(`  bounded ${where}: ${res.status}${res.complexity ? ` ${res.complexity.type}` : ''}, applied to ${r.maxInput} characters at most: worst ${ms.toFixed(2)} ms`);
    if (ms < 20) continue;
  }
  if (res.status === 'vulnerable') bad.push(`${where}: ${res.complexity?.type} (attack ${JSON.stringify(res.attack?.pattern ?? '').slice(0, 60)})`);
  else if (res.status === 'unknown') unknown.push(where);
}
console.log(`redos: ${literals.length} regular expressions (${dynamic.length} built at load time) in ${files.length} files checked in ${((Date.now() - started) / 1000).toFixed(1)} s: ${bad.length} vulnerable, ${unknown.length} undecided`);
for (const b of bad) console.log(`  vulnerable ${b}`);
for (const u of unknown) console.log(`  undecided ${u}`);
for (const f of unexported) console.log(`  ${f} builds expressions with new RegExp but exports no BUILT_PATTERNS to check`);
process.exitCode = bad.length || unknown.length || unexported.length ? 1 : 0;
