/** The README says what the code does: its sections match the code, its examples and commands
 *  run and print what it shows, and it links nothing outside the repository. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../src/pipeline.js';
import { SIEVES } from '../src/stages/attribution/index.js';

const root = join(import.meta.dirname, '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string>; dependencies: Record<string, string> };
/** The fenced code blocks of a text, with their language tag and where they start. */
function codeBlocks(text: string): Array<{ lang: string; body: string; at: number }> {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]!, at: m.index }));
}
/** The code block right after a marker comment such as <!-- examples/first.ts -->. */
function blockAfter(marker: string): string {
  const at = README.indexOf(`<!-- ${marker} -->\n`);
  if (at < 0) throw new Error(`README has no marker "${marker}"`);
  const block = codeBlocks(README.slice(at))[0];
  if (!block || README.slice(at).indexOf('```') !== marker.length + 10) throw new Error(`no code block right after "${marker}"`);
  return block.body;
}
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

describe('README examples', () => {
  const examples = readdirSync(join(root, 'examples'));
  it('shows every file of examples/ verbatim, importing the package by its name', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const file of examples) {
      const source = readFileSync(join(root, 'examples', file), 'utf8');
      expect(blockAfter(`examples/${file}`), file).toBe(source);
      expect(source, file).toMatch(/(from|require\()\s*'article-anatomy(?:\/html)?'/);
    }
    // no example in the README imports the sources
    for (const b of codeBlocks(README)) expect(b.body).not.toMatch(/from '\.\.?\/src/);
  });

  it.each(readdirSync(join(root, 'examples')).map((f) => [f]))('examples/%s prints the output the README shows', (file) => {
    // .ts through tsx (the package name resolves to the sources by tsconfig's paths), .cjs by
    // node (the name resolves to the package itself: dist/index.cjs, as npm test builds it)
    const command = file.endsWith('.ts') ? [join(root, 'node_modules', '.bin', 'tsx'), join('examples', file)] : [process.execPath, join('examples', file)];
    const r = spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(blockAfter(`output of examples/${file}`));
  });
});

describe('README commands', () => {
  const shell = codeBlocks(README).filter((b) => b.lang === 'sh');
  const lines = shell.flatMap((b) => b.body.split('\n')).map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);

  it('runs every article-anatomy command as written, on a story and a JSON lines file', () => {
    const cliLines = lines.filter((l) => /\bnpx article-anatomy\b/.test(l));
    expect(cliLines.length).toBeGreaterThanOrEqual(8);
    const dir = mkdtempSync(join(tmpdir(), 'aa-readme-'));
    const articles = join(root, 'fixtures', 'articles');
    const stories = readdirSync(articles).slice(0, 3).map((a) => readFileSync(join(articles, a, 'input.txt'), 'utf8'));
    writeFileSync(join(dir, 'story.txt'), stories[0]!);
    writeFileSync(join(dir, 'articles.jsonl'), stories.map((text, i) => JSON.stringify({ id: `a${i + 1}`, text })).join('\n') + '\n');
    // (a page for the web-page commands: an invented one of fixtures/html)
    writeFileSync(join(dir, 'page.html'), readFileSync(join(root, 'fixtures', 'html', 'wire-on-local-site.html'), 'utf8'));
    const cli = `"${process.execPath}" "${join(root, 'dist', 'cli.js')}"`;
    for (const line of cliLines) {
      const r = spawnSync('bash', ['-c', `set -o pipefail; ${line.replaceAll('npx article-anatomy', cli)}`], { cwd: dir, encoding: 'utf8' });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      // a command writes its output to a file by "> FILE" or "-o FILE" (report)
      const target = /(?:>|-o) (\S+)$/.exec(line)?.[1];
      if (target) expect(statSync(join(dir, target)).size, line).toBeGreaterThan(0);
      else expect(r.stdout.length, line).toBeGreaterThan(0);
    }
  }, 120_000);

  it('names only npm scripts that exist, and the tarball npm pack writes', () => {
    for (const m of README.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(pkg.scripts), m[0]).toContain(m[1]);
    const tarballs = [...README.matchAll(/\barticle-anatomy-[\w.-]+\.tgz\b/g)].map((m) => m[0]);
    expect(tarballs.length).toBeGreaterThan(0);
    for (const t of tarballs) expect(t).toBe(`${pkg.name}-${pkg.version}.tgz`);
  });

  it('lists every runtime dependency in the Install section', () => {
    const install = section('## Install');
    for (const dep of Object.keys(pkg.dependencies)) expect(install).toContain(`\`${dep}\``);
  });
});

describe('README links and sections', () => {
  it('links nothing outside the repository', () => {
    for (const m of README.matchAll(/\]\(([^)]+)\)/g)) {
      const target = m[1]!;
      if (target.startsWith('#')) continue;
      expect(target, 'a link leaves the repository').not.toMatch(/^(\w+:|\.\.\/|\/)/);
      expect(existsSync(join(root, target.split('#')[0]!)), target).toBe(true);
    }
  });

  it('opens with the example and its output, then the command line, then the install', () => {
    const headings = [...README.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['The command line', 'Install']);
    const beforeFirstHeading = README.slice(0, README.indexOf('\n## '));
    expect(beforeFirstHeading).toContain('<!-- examples/first.ts -->');
    expect(beforeFirstHeading).toContain('<!-- output of examples/first.ts -->');
  });

  it('gives the quality figures in one table: suite, figure, best-known peer', () => {
    const quality = section('## Quality');
    const rows = quality.split('\n');
    const separators = rows.flatMap((l, i) => (/^\| ---/.test(l) ? [i] : []));
    expect(separators).toHaveLength(1);
    expect(rows[separators[0]! - 1]).toBe('| suite | figure | best-known peer on the same data |');
    expect(section('## Speed')).toMatch(/npm run build && npm run bench/);
    expect(section('## Speed')).toMatch(/\d+–\d+ articles\/s/);
  });

  it('says what confidence means with a row per sieve that it lists, all sieves being real', () => {
    const rows = [...section('## What `confidence` means').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(rows.length).toBeGreaterThan(5);
    for (const method of rows) expect(SIEVES.map((s) => s.name)).toContain(method);
  });
});
