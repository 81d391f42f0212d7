/** The html subpath's parser dependencies load only there: `import 'article-anatomy'` stays as
 *  fast as it was (the built files are read; npm test builds first). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dist = (f: string) => join(root, 'dist', f);
/** Every module specifier a built file imports or requires. */
const specifiers = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((m) => m[1]!);

describe('the main entry and the html subpath', () => {
  it('the main entry’s ESM and CJS builds import neither linkedom nor Readability', () => {
    for (const f of ['index.js', 'index.cjs']) {
      const imported = specifiers(dist(f));
      expect(imported.filter((s) => /linkedom|readability/.test(s)), f).toEqual([]);
      // (and no chunk that could: the main entry is one file)
      expect(imported.filter((s) => s.startsWith('.')), f).toEqual([]);
    }
  });

  it('requiring the main entry loads no module of linkedom or Readability', () => {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(dist('index.cjs'))}); console.log(JSON.stringify(Object.keys(require.cache)))`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const loaded: string[] = JSON.parse(r.stdout);
    expect(loaded.some((p) => p.endsWith('index.cjs'))).toBe(true);
    expect(loaded.filter((p) => /linkedom|readability|htmlparser2/.test(p))).toEqual([]);
  });

  it('the html subpath does load them, and is declared in package.json for import and require', () => {
    expect(specifiers(dist('html.js'))).toEqual(expect.arrayContaining(['linkedom', '@mozilla/readability']));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['./html'].import.default).toBe('./dist/html.js');
    expect(pkg.exports['./html'].require.default).toBe('./dist/html.cjs');
    const r = spawnSync(process.execPath, ['-e', `const { analyzeHtml } = require(${JSON.stringify(dist('html.cjs'))}); const p = analyzeHtml('<p>A short page, said Ann Lee, with too few words to be an article.</p>'); console.log(p.body.start === p.body.end)`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('true');
  });
});
