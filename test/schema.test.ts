/** The published JSON Schema (dist/article-analysis.schema.json, built by npm test's pretest). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, SCHEMA_VERSION } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'dist', 'article-analysis.schema.json'), 'utf8'));

describe('JSON Schema', () => {
  it('carries the schema version in its $id and its schemaVersion constant', () => {
    expect(schema.$id).toContain(`/v${SCHEMA_VERSION}/`);
    expect(schema.$defs.ArticleAnalysis.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
  });

  it('accepts the analysis of every fixture and rejects a broken record', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const dir = join(root, 'fixtures', 'articles');
    for (const slug of readdirSync(dir)) {
      const result = analyzeArticle(readFileSync(join(dir, slug, 'input.txt'), 'utf8'));
      expect(validate(result), `${slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const broken = { ...analyzeArticle('Text.'), quotes: [{ start: -1 }] };
    expect(validate(broken)).toBe(false);
  });

  it('is exported as article-anatomy/schema.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['./schema.json']).toBe('./dist/article-analysis.schema.json');
    expect(pkg.files).toContain('dist');
  });
});
