/**
 * The stages import their word lists from the lexicon and define none: no array of words, no
 * Set of words, no regular expression that alternates whole words (/^(?:of|for|at)$/), in any
 * file under src/stages/ — but for the tables below, which hold no words of the text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const STAGES = join(import.meta.dirname, '../../src/stages');

/** Sets of names, not of words of the text: the furniture reasons' names. (Arrays of names —
 *  rules, reasons — are `as const`, for their types; a stage's `needs` names stages.) */
const NOT_WORDS = new Set(['WIRE_TRAILERS', 'HARD_STOPS', 'ENDS_ARTICLE']);
/** An array of names: `[…] as const` (the literal type of rule or reason names), or a stage's `needs`. */
const isNameArray = (node: ts.Node): boolean =>
  (ts.isAsExpression(node.parent) && node.parent.type.getText() === 'const') || (ts.isPropertyAssignment(node.parent) && node.parent.name.getText() === 'needs');
/** A language (ISO 639-3, "eng") or script (ISO 15924, "Cyrl") code. */
const isCode = (s: string): boolean => /^(?:[a-z]{3}|[A-Z][a-z]{3})$/.test(s);

/**
 * Patterns that alternate whole words inside a phrase rule, left in the stage on purpose: the
 * page-furniture lines ("Related articles", "Leave a reply", "Back to top"), the cookie button,
 * the credit and donate lines, the blocked-page notice, and the reporting verbs after "and" of
 * clauseEnd (a /g expression made per call). Each is named by the start of its source.
 */
const PHRASE_RULES = [
  '^\\(?(?:reporting|writing|editing', // furniture: CREDIT_KEYWORD
  '\\b(?:contributed(?: reporting)? to|', // furniture: isCreditLine
  '^\\(?(?:reporting|writing|additional', // furniture: isReportingCredit
  '^(?:donate\\b', // furniture: DONATE
  '^(?:related(?: news', // furniture: LINE_RULES
  '^(?:references|endnotes',
  '^(?:leave a (?:reply',
  '^(?:share(?: this',
  '^(?:follow us\\b',
  '^(?:back to top',
  '^(?:tags?|topics?',
  '^(?:advertisement|advertising',
  '^(?:\\(?(?:END|ENDS',
  '^(?:home|menu|search',
  '^(?:read (?:on|in) the', // furniture: LINE_RULES promo
  '^(?:©|copyright\\b', // furniture: COPYRIGHT
  '^(?:(?:published|updated', // furniture: TIMESTAMP
  '\\b(?:access denied', // furniture: blocked pages
  '^(?:accept(?: all)?', // line-shapes: COOKIE_BUTTON
  ',\\s+(?:and\\s+)?(\\p{Ll}+ing)', // quotes: clauseEnd
];

function stageFiles(dir = STAGES): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? stageFiles(p) : p.endsWith('.ts') && !p.endsWith('ner-model.ts') ? [p] : [];
  });
}

/** An alternation of three or more lower-case words that starts a word: after ^, \b, a space
 *  or white space (not a suffix such as /(?:ish|ian|ese)$/). */
const WORD_ALTERNATION = /(?:\^|\\b|\\s\+?| )\((?:\?:)?[\p{L}' -]+(?:\|[\p{L}' -]+){2,}\)/iu;

interface Finding {
  where: string;
  what: string;
}

function findingsIn(file: string): Finding[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Finding[] = [];
  const where = (n: ts.Node) => `${relative(STAGES, file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node, name: string) => {
    if (ts.isVariableDeclaration(node)) name = node.name.getText();
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= 3 && node.elements.every((e) => ts.isStringLiteral(e) && /^[\p{L}][\p{L} '’-]*$/u.test(e.text)) && !node.elements.every((e) => isCode((e as ts.StringLiteral).text)) && !isNameArray(node) && !NOT_WORDS.has(name)) {
      out.push({ where: where(node), what: `${name}: ${node.getText().slice(0, 60)}` });
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const source = node.getText().slice(1, node.getText().lastIndexOf('/'));
      if (WORD_ALTERNATION.test(source) && !PHRASE_RULES.some((p) => source.startsWith(p))) out.push({ where: where(node), what: source.slice(0, 80) });
    }
    ts.forEachChild(node, (c) => visit(c, name));
  };
  visit(src, '');
  return out;
}

describe('stages define no word lists', () => {
  it('holds no array, Set or word alternation of words in src/stages', () => {
    expect(stageFiles().flatMap(findingsIn)).toEqual([]);
  });

  it('would find one (the check can fail)', () => {
    const probe = join(import.meta.dirname, 'stage-probe.fixture.ts');
    expect(findingsIn(probe).map((f) => f.what)).toEqual(["PROBE: ['alpha', 'beta', 'gamma']", '^(?:of|for|at)$']);
  });
});
