/**
 * The JSDoc of the zod shapes in src/schema.ts, for the published JSON Schema: each field's
 * one-line comment becomes its `description`, so the text is written once and read both on
 * hover of the types and in the JSON Schema. Used by scripts/build-json-schema.mjs.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** A comment's text on one line. */
const oneLine = (s) => s.replace(/\s*\n\s*/g, ' ').trim();

/** The JSDoc text of a node, or null. */
function jsDocOf(node) {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  const text = doc ? ts.getTextOfJSDocComment(doc.comment) : undefined;
  return text ? oneLine(text) : null;
}

/** The calls of a chain such as `z.object(shape).meta({ id })`, outermost first. */
function callsOf(expr) {
  const calls = [];
  // expose('SpanSchema', z.object(shape).meta({ id })): the schema is its second argument
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === 'expose') expr = expr.arguments[1];
  while (ts.isCallExpression(expr) || ts.isPropertyAccessExpression(expr)) {
    if (ts.isCallExpression(expr)) calls.push(expr);
    expr = expr.expression;
  }
  return calls;
}

/** Identifiers anywhere in an expression. */
function identifiersIn(node, out = []) {
  if (ts.isIdentifier(node)) out.push(node.text);
  ts.forEachChild(node, (child) => {
    identifiersIn(child, out); // (a value returned here would stop forEachChild)
  });
  return out;
}

/**
 * Read src/schema.ts: its shapes (the top-level object literals of zod fields: each field's
 * JSDoc and the identifiers its schema is built from; spreads included) and its object schemas
 * (`z.object(shape)`, `z.strictObject(shape)`, with the `id` of `.meta({ id })` and their own
 * JSDoc). Throws when a field has no JSDoc.
 */
export function readSchemaDocs(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const shapes = new Map();
  const schemas = new Map();
  // the shapes and schemas are defined in a function (built on first use, src/deferred-schemas.ts)
  // and exported under the same names outside it, where their JSDoc is
  const statements = source.statements.flatMap((s) => (ts.isFunctionDeclaration(s) && s.body ? [...s.body.statements] : [s]));
  const exportedDocs = new Map();
  for (const statement of statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) if (jsDocOf(decl)) exportedDocs.set(decl.name.getText(source), jsDocOf(decl));
  }
  for (const statement of statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      const name = decl.name.getText(source);
      const init = decl.initializer;
      if (!init) continue;
      if (ts.isObjectLiteralExpression(init)) {
        const fields = new Map();
        for (const prop of init.properties) {
          if (ts.isSpreadAssignment(prop)) {
            for (const [k, v] of shapes.get(prop.expression.getText(source)) ?? []) fields.set(k, v);
          } else if (ts.isPropertyAssignment(prop)) {
            const field = prop.name.getText(source);
            const doc = jsDocOf(prop);
            if (!doc) throw new Error(`${file}: field ${name}.${field} has no JSDoc line`);
            fields.set(field, { doc, refs: identifiersIn(prop.initializer) });
          }
        }
        shapes.set(name, fields);
        continue;
      }
      const calls = callsOf(init);
      const object = calls.find((c) => ['z.object', 'z.strictObject'].includes(c.expression.getText(source)) && c.arguments.length === 1 && ts.isIdentifier(c.arguments[0]));
      if (!object) continue;
      const meta = calls.find((c) => ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === 'meta');
      const idProp = meta?.arguments[0] && ts.isObjectLiteralExpression(meta.arguments[0]) ? meta.arguments[0].properties.find((p) => p.name?.getText(source) === 'id') : undefined;
      const id = idProp && ts.isPropertyAssignment(idProp) && ts.isStringLiteral(idProp.initializer) ? idProp.initializer.text : null;
      schemas.set(name, { shape: object.arguments[0].text, id, doc: jsDocOf(decl) ?? exportedDocs.get(name) ?? null });
    }
  }
  return { shapes, schemas };
}

/** The object schemas a property's JSON Schema holds inline (through anyOf, items, …; not $ref). */
function objectsIn(json) {
  if (!json || typeof json !== 'object') return [];
  if (json.properties) return [json];
  return [...(json.anyOf ?? []), ...(json.oneOf ?? []), ...(json.allOf ?? []), json.items].flatMap(objectsIn);
}

/**
 * Give every property of the JSON Schema's definitions (and of the objects inline in them) the
 * JSDoc of its zod field as `description`, and each definition its schema's JSDoc. Throws for
 * a definition or property the source does not document.
 */
export function describeJsonSchema(json, { shapes, schemas }) {
  const byId = new Map([...schemas.values()].filter((s) => s.id).map((s) => [s.id, s]));
  const describe = (node, shapeName, where) => {
    const fields = shapes.get(shapeName);
    if (!fields) throw new Error(`${where}: no shape ${shapeName} in src/schema.ts`);
    for (const [key, property] of Object.entries(node.properties)) {
      const field = fields.get(key);
      if (!field) throw new Error(`${where}.${key}: not a field of ${shapeName}`);
      node.properties[key] = { description: field.doc, ...property };
      // an object schema without an id is inline in the JSON Schema: describe its fields there
      const inline = field.refs.map((r) => schemas.get(r)).find((s) => s && !s.id);
      if (inline) for (const sub of objectsIn(property)) describe(sub, inline.shape, `${where}.${key}`);
    }
  };
  for (const [id, def] of Object.entries(json.$defs)) {
    const schema = byId.get(id);
    if (!schema) throw new Error(`$defs.${id}: no schema with that id in src/schema.ts`);
    describe(def, schema.shape, id);
    json.$defs[id] = schema.doc ? { description: schema.doc, ...def } : def;
  }
  return json;
}
