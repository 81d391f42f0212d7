/**
 * The tagger's weights as a file of the package (dist/ner-model.bin), found beside each bundle
 * and read on the first analysis that needs it; spawned for real on the build (npm test
 * builds first). Under vitest the sources read src/generated/ner-model.bin (ner.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const dist = join(root, 'dist');
// the tagger reads Kazakhtelecom as an organisation; the rules alone do not
const TEXT = 'Kazakh Prime Minister Olzhas Bektenov told reporters on Friday that Kazakhtelecom shares would rise after Kazakhtelecom signed the deal, Bektenov said.';

/** Runs `code` in a fresh Node process in `cwd` (ESM unless `cjs`) and parses the JSON it prints. */
function node(cwd: string, code: string, cjs = false): unknown {
  const r = spawnSync(process.execPath, [...(cjs ? [] : ['--input-type=module']), '-e', code], { cwd, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

type Summary = { people: string[]; organizations: string[]; diagnostics: Array<{ code: string; message: string }> };
/** What a script prints of analyzeArticle(TEXT, options): the names found and the diagnostics. */
const summary = (options: string) => `JSON.stringify((({ people, organizations, diagnostics }) => ({ people: people.map((p) => p.name), organizations: organizations.map((o) => o.name), diagnostics }))(analyzeArticle(${JSON.stringify(TEXT)}, ${options})))`;

describe('the built package', () => {
  it.each([['index.js', false], ['index.cjs', true]])('%s reads ner-model.bin beside itself: the tagger finds the organisation', (file, cjs) => {
    const load = cjs ? `const { analyzeArticle } = require('./${file}');` : `import { analyzeArticle } from './${file}';`;
    const out = node(dist, `${load} console.log(${summary("{ names: 'tagger' }")});`, cjs) as Summary;
    expect(out.diagnostics).toEqual([]);
    expect(out.organizations).toContain('Kazakhtelecom');
  });
  it('the CLI and the batch workers read it too (dist/cli.js, dist/worker.js)', () => {
    const one = spawnSync(process.execPath, [join(dist, 'cli.js'), '-'], { input: TEXT, encoding: 'utf8' });
    const many = spawnSync(process.execPath, [join(dist, 'cli.js'), 'batch', '--workers', '2', '--no-progress'], { input: [1, 2].map((id) => JSON.stringify({ id, text: TEXT })).join('\n'), encoding: 'utf8' });
    for (const r of [one, many]) {
      expect(r.status).toBe(0);
      for (const line of r.stdout.trim().split('\n')) {
        expect(JSON.parse(line).diagnostics).toEqual([]);
        expect(JSON.parse(line).people.map((p: { name: string }) => p.name)).toContain('Olzhas Bektenov');
      }
    }
  });
});

describe('a package without ner-model.bin', () => {
  // the bundles alone in a folder that resolves their dependencies but holds no model
  const dir = mkdtempSync(join(tmpdir(), 'article-anatomy-no-model-'));
  for (const f of ['index.js', 'index.cjs']) copyFileSync(join(dist, f), join(dir, f));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['index.js', false], ['index.cjs', true]])('%s: the analysis says which file is missing and that names: \'rules\' works without it', (file, cjs) => {
    const load = cjs ? `const { analyzeArticle } = require('./${file}');` : `import { analyzeArticle } from './${file}';`;
    const out = node(dir, `${load} console.log(JSON.stringify([${summary('{}')}, ${summary("{ names: 'rules' }")}]));`, cjs) as string[];
    const [missing, rules] = out.map((s) => JSON.parse(s) as Summary);
    expect(missing!.people).toEqual([]);
    expect(missing!.diagnostics).toHaveLength(1);
    expect(missing!.diagnostics[0]!.code).toBe('model/unavailable');
    expect(missing!.diagnostics[0]!.message).toContain(join(dir, 'ner-model.bin'));
    expect(missing!.diagnostics[0]!.message).toContain("names: 'rules'");
    expect(rules!.diagnostics).toEqual([]);
    expect(rules!.people).toEqual(['Olzhas Bektenov']);
  });
  it('is not read at import: a model put in place after the import is the one read', () => {
    const code = `import { copyFileSync, rmSync } from 'node:fs';
      const { analyzeArticle } = await import('./index.js');
      copyFileSync(${JSON.stringify(join(dist, 'ner-model.bin'))}, 'ner-model.bin');
      try { console.log(${summary("{ names: 'tagger' }")}); } finally { rmSync('ner-model.bin'); }`;
    const out = node(dir, code) as Summary;
    expect(out.diagnostics).toEqual([]);
    expect(out.organizations).toContain('Kazakhtelecom');
  });
});
