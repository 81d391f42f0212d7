// Write dist/article-analysis.schema.json from the built zod schema (run after tsup), with each
// property's description taken from its JSDoc in src/schema.ts (scripts/schema-docs.mjs).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ArticleAnalysisSchema, SCHEMA_VERSION } from '../dist/index.js';
import { describeJsonSchema, readSchemaDocs } from './schema-docs.mjs';

const schema = z.toJSONSchema(ArticleAnalysisSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
describeJsonSchema(schema, readSchemaDocs(fileURLToPath(new URL('../src/schema.ts', import.meta.url))));
const out = {
  $id: `https://article-anatomy.dev/schema/v${SCHEMA_VERSION}/article-analysis.schema.json`,
  ...schema,
  description: 'Output of analyzeArticle (article-anatomy). Spans are UTF-16 code-unit offsets into the original input, end exclusive; input.slice(start, end) === text. Consumers must allow unknown properties: new optional fields are added in minor versions.',
};
writeFileSync(new URL('../dist/article-analysis.schema.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log('dist/article-analysis.schema.json written');
