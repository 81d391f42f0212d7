#!/usr/bin/env node
/**
 * npm run check-deps: what installing article-anatomy brings (issue #8). Fails (exit 1) when
 *   - package-lock.json is missing or does not hold every dependency of package.json,
 *   - this package has an install-time script (preinstall, install, postinstall, prepare),
 *   - a runtime dependency (any depth) runs an install script, or is deprecated,
 *   - a runtime dependency's licence is not a permissive one (MIT, ISC, BSD, Apache-2.0),
 *   - `npm audit --omit=dev` reports a high or critical advisory,
 *   - a package that the optional peers (fastify, bullmq, ioredis) bring has another licence.
 * When the registry has no audit endpoint (a mirror answers 405), that is printed and the
 * audit is skipped; `--require-audit` makes it a failure. `--offline` skips the registry.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const offline = process.argv.includes('--offline');
const requireAudit = process.argv.includes('--require-audit');
const problems = [];
const read = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

const pkg = read('package.json');
if (!existsSync(join(root, 'package-lock.json'))) {
  console.error('check-deps: package-lock.json is missing');
  process.exit(1);
}
const lock = read('package-lock.json');
const packages = lock.packages ?? {};

// 1. the lockfile holds what package.json asks for
for (const field of ['dependencies', 'devDependencies']) {
  for (const name of Object.keys(pkg[field] ?? {})) if (!packages[`node_modules/${name}`]) problems.push(`${name} (${field}) is not in package-lock.json: run npm install`);
}

// 2. no install-time scripts of our own
for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) if (pkg.scripts?.[s]) problems.push(`package.json has a "${s}" script: it would run on every user's install`);

// 3. runtime dependencies: every package of the lock that is not dev-only
const runtime = Object.entries(packages).filter(([path, p]) => path && !p.dev && !p.devOptional);
const PERMISSIVE = /^(?:MIT|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|0BSD)$/;
for (const [path, p] of runtime) {
  const name = path.replace(/^.*node_modules\//, '');
  if (p.hasInstallScript) problems.push(`${name}@${p.version} runs an install script`);
  if (!PERMISSIVE.test(p.license ?? '')) problems.push(`${name}@${p.version} has licence ${p.license ?? '(none)'}`);
}
console.log(`check-deps: ${runtime.length} runtime packages: ${runtime.map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} (${p.license})`).join(', ')}`);
const devScripts = Object.entries(packages).filter(([path, p]) => path && p.dev && p.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, ''));
if (devScripts.length) console.log(`check-deps: install scripts in development tools only (not installed for users): ${[...new Set(devScripts)].join(', ')}`);

// 3b. the optional peers (fastify; bullmq, ioredis), installed by those who run serve or worker:
// their whole trees, resolved in the lock as npm resolves them, held to the same licences
const lockPath = (from, name) => {
  for (let dir = from; ; dir = dir.slice(0, dir.lastIndexOf('/node_modules/'))) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir.includes('/node_modules/')) return packages[`node_modules/${name}`] ? `node_modules/${name}` : null;
  }
};
const peerTree = new Set();
const visit = (path) => {
  if (!path || peerTree.has(path)) return;
  peerTree.add(path);
  for (const dep of Object.keys({ ...packages[path].dependencies, ...packages[path].optionalDependencies })) visit(lockPath(path, dep));
};
for (const name of Object.keys(pkg.peerDependencies ?? {})) visit(lockPath('', name));
const peerScripts = [];
for (const path of peerTree) {
  const p = packages[path];
  const name = path.replace(/^.*node_modules\//, '');
  if (!PERMISSIVE.test(p.license ?? '')) problems.push(`${name}@${p.version} (optional peers' tree) has licence ${p.license ?? '(none)'}`);
  if (p.hasInstallScript) peerScripts.push(`${name}${p.optional ? ' (optional)' : ''}`);
}
console.log(`check-deps: optional peers (serve, worker) bring ${peerTree.size} packages, all with permissive licences${peerScripts.length ? `; install scripts: ${peerScripts.join(', ')}` : ''}`);

if (!offline) {
  // 4. deprecations, from the registry
  for (const [path, p] of runtime) {
    const name = path.replace(/^.*node_modules\//, '');
    const r = spawnSync('npm', ['view', `${name}@${p.version}`, 'deprecated', '--json'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) problems.push(`npm view ${name}@${p.version} failed: ${r.stderr.trim().split('\n')[0]}`);
    else if (r.stdout.trim()) problems.push(`${name}@${p.version} is deprecated: ${r.stdout.trim()}`);
  }
  // 5. advisories
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
  let report = null;
  try {
    report = JSON.parse(audit.stdout);
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts) {
    console.log(`check-deps: npm audit --omit=dev: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) problems.push(`npm audit reports ${counts.high ?? 0} high and ${counts.critical ?? 0} critical advisories`);
  } else {
    const why = (report?.message ?? report?.error?.summary ?? audit.stderr ?? '').trim().split('\n')[0] || `exit ${audit.status}`;
    const line = `npm audit could not run against this registry (${why})`;
    if (requireAudit) problems.push(line);
    else console.log(`check-deps: ${line}; advisories not checked here`);
  }
}

for (const p of problems) console.log(`  problem: ${p}`);
console.log(problems.length ? `check-deps: ${problems.length} problem(s)` : 'check-deps: ok');
process.exitCode = problems.length ? 1 : 0;
