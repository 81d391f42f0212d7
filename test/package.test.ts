/** What `npm pack` puts in the tarball users install. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});
