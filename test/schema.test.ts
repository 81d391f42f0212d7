/** The published JSON Schema (dist/article-analysis.schema.json, built by npm test's pretest). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, BoilerplateSchema, DiagnosticSchema, OrganizationSchema, PersonSchema, SCHEMA_VERSION, SpeakerSchema } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'dist', 'article-analysis.schema.json'), 'utf8'));

type JsonNode = { properties?: Record<string, JsonNode>; description?: string; [key: string]: unknown };

/** Every object's properties anywhere in a JSON Schema, as [path, property]. */
function propertiesOf(node: unknown, path = ''): Array<[string, JsonNode]> {
  if (Array.isArray(node)) return node.flatMap((x, i) => propertiesOf(x, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const own = Object.entries((node as JsonNode).properties ?? {}).map(([k, v]): [string, JsonNode] => [`${path}.${k}`, v]);
  return [...own, ...Object.entries(node).flatMap(([k, v]) => propertiesOf(v, `${path}/${k}`))];
}

/** The JSDoc of each field of each shape (`const xShape = { … }`) of src/schema.ts, spreads included. */
function shapeDocs(): Map<string, Map<string, string | null>> {
  const file = join(root, 'src', 'schema.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const shapes = new Map<string, Map<string, string | null>>();
  // the shapes are defined in a function (the schemas are built on first use)
  for (const st of source.statements.flatMap((s) => (ts.isFunctionDeclaration(s) && s.body ? [...s.body.statements] : [s]))) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!d.initializer || !ts.isObjectLiteralExpression(d.initializer) || !d.name.getText(source).endsWith('Shape')) continue;
      const fields = new Map<string, string | null>();
      for (const p of d.initializer.properties) {
        if (ts.isSpreadAssignment(p)) for (const [k, v] of shapes.get(p.expression.getText(source)) ?? []) fields.set(k, v);
        else if (ts.isPropertyAssignment(p)) {
          const doc = ts.getJSDocCommentsAndTags(p).find(ts.isJSDoc);
          fields.set(p.name.getText(source), doc ? (ts.getTextOfJSDocComment(doc.comment) ?? null) : null);
        }
      }
      shapes.set(d.name.getText(source), fields);
    }
  }
  return shapes;
}

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

  it('describes every property, in the words of its JSDoc in src/schema.ts', () => {
    const props = propertiesOf(schema);
    expect(props.length).toBeGreaterThan(80);
    expect(props.filter(([, p]) => !p.description?.trim()).map(([path]) => path)).toEqual([]);
    // a definition's fields are those of its shape (Span: spanShape, ArticleAnalysis: articleAnalysisShape)
    const shapes = shapeDocs();
    for (const [id, def] of Object.entries(schema.$defs as Record<string, JsonNode>)) {
      const docs = shapes.get(`${id[0]!.toLowerCase()}${id.slice(1)}Shape`);
      expect(docs, id).toBeDefined();
      for (const [key, p] of Object.entries(def.properties ?? {})) expect(p.description, `${id}.${key}`).toBe(docs!.get(key));
    }
  });

  it('gives every field of every shape a JSDoc line, the options too (what editors show on hover)', () => {
    const shapes = shapeDocs();
    expect([...shapes.keys()]).toEqual(expect.arrayContaining(['articleAnalysisShape', 'analyzeOptionsShape', 'personShape', 'organizationShape']));
    const undocumented = [...shapes].flatMap(([shape, fields]) => [...fields].filter(([, doc]) => !doc?.trim()).map(([field]) => `${shape}.${field}`));
    expect(undocumented).toEqual([]);
    expect([...shapes.get('analyzeOptionsShape')!.keys()]).toEqual(['maxLength', 'validate', 'names', 'language', 'languages']);
  });

  it('lists the values of speaker.method, boilerplate.reason, diagnostics code and entity method as enums', () => {
    const defs = schema.$defs;
    const enums = {
      speaker: defs.Speaker.properties.method.enum,
      reason: defs.Boilerplate.properties.reason.enum,
      code: defs.Diagnostic.properties.code.enum,
      person: defs.Person.properties.method.enum,
      organization: defs.Organization.properties.method.enum,
    };
    expect(enums).toEqual({
      speaker: SpeakerSchema.shape.method.options,
      reason: BoilerplateSchema.shape.reason.options,
      code: DiagnosticSchema.shape.code.options,
      person: PersonSchema.shape.method.options,
      organization: OrganizationSchema.shape.method.options,
    });
    expect(enums.speaker).toEqual(expect.arrayContaining(['explicit', 'according-to', 'pronoun', 'description', 'carry-forward']));
    expect(enums.reason).toEqual(expect.arrayContaining(['related-links', 'comment-form', 'navigation', 'breadcrumb', 'after-article']));
    expect(enums.code).toEqual(expect.arrayContaining(['quote/unclosed', 'input/truncated', 'language/undetermined']));
    expect(enums.person).toEqual(expect.arrayContaining(['first-name', 'title', 'model']));
    expect(enums.person).not.toContain('single');
    expect(enums.organization).toEqual(expect.arrayContaining(['org-head', 'agency', 'model', 'name-shape+model']));
    for (const values of Object.values(enums)) expect(new Set(values).size, values.join()).toBe(values.length);
  });

  it('rejects a record with a value outside an enum', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const r = analyzeArticle('MOSCOW, November 26. /TASS/. “The talks went well,” Foreign Minister Sergei Lavrov said.\n\nRelated news');
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(r.quotes[0]?.speaker?.method).toBe('explicit');
    const withSpeaker = (method: string) => ({ ...r, quotes: r.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, method } })) });
    expect(validate(withSpeaker('explicitt'))).toBe(false);
    expect(validate({ ...r, people: r.people.map((p) => ({ ...p, method: 'org-head' })) })).toBe(false);
    expect(validate({ ...r, diagnostics: [{ code: 'quote/unclosd', message: 'x' }] })).toBe(false);
  });

  it('is exported as article-anatomy/schema.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['./schema.json']).toBe('./dist/article-analysis.schema.json');
    expect(pkg.files).toContain('dist');
  });
});
