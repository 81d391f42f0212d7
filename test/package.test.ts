/** What `npm pack` puts in the tarball users install. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license: string; files: string[] };

describe('the package', () => {
  it('ships an MIT LICENSE naming the article-anatomy authors, as package.json declares', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    expect(packed!.files.map((f) => f.path)).toContain('LICENSE');
    expect(pkg.files).toContain('LICENSE');
    expect(pkg.license).toBe('MIT');
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} article-anatomy authors\n/);
    expect(packed!.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);
  });

  it('ships the coverage report\'s charting scripts with their licences, which only the CLI reads', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ files: Array<{ path: string }> }>;
    const files = packed!.files.map((f) => f.path);
    for (const f of ['d3.min.js', 'd3.LICENSE.txt', 'plot.umd.min.js', 'plot.LICENSE.txt', 'client.global.js']) expect(files).toContain(`dist/report/${f}`);
    expect(readFileSync(join(root, 'dist/report/plot.LICENSE.txt'), 'utf8')).toMatch(/Observable, Inc\./);
    // the library entries neither hold the report's code nor name its files: importing the
    // package loads none of it
    // (the CLI's own files, cli.js and its cli-* chunks, hold the report: the command loads it when it runs)
    const built = readdirSync(join(root, 'dist')).filter((f) => /\.c?js$/.test(f));
    const library = built.filter((f) => !/^cli[.-]/.test(f));
    expect(library).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'html.js', 'html.cjs']));
    for (const entry of library) expect(readFileSync(join(root, 'dist', entry), 'utf8'), entry).not.toMatch(/plot\.umd|d3\.min|CoverageAggregator|report-data/);
    expect(built.filter((f) => /^cli[.-]/.test(f) && /plot\.umd\.min\.js/.test(readFileSync(join(root, 'dist', f), 'utf8')))).toHaveLength(1);
  });
});

describe('the built entries find their files beside themselves', () => {
  it('the ESM entry imported from `node -e`, which defines a global __filename of its own, reads the tagger model and franc', () => {
    const script = `import(${JSON.stringify(join(root, 'dist', 'index.js'))}).then(({ analyzeArticle }) => { const r = analyzeArticle('Ivan Petrov sagte, das neue Werk werde im Frühjahr eröffnet, und die Stadt freue sich darauf sehr.'); console.log(JSON.stringify({ d: r.diagnostics.map((d) => d.code), lang: r.language.iso6393 })); })`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ d: [], lang: 'deu' });
  });
});
