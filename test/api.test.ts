import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { analyzeArticle, ArticleAnalysisError, ArticleAnalysisSchema, isArticleAnalysisError } from '../src/index.js';
import { expectValidRecord } from './invariants.js';

describe('public API', () => {
  it('says when the input does not look like text (control characters, as in a binary file)', () => {
    const binary = 'ELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000 YW YW said';
    expect(analyzeArticle(binary).diagnostics.map((d) => d.code)).toContain('input/binary');
    // a stray NUL or form feed in an article is no binary file
    expect(analyzeArticle(`A long enough story about the river.\u0000 ${'It rose again. '.repeat(20)}`).diagnostics.map((d) => d.code)).not.toContain('input/binary');
  });
  it('reports an empty or blank input with an input/empty diagnostic', () => {
    for (const t of ['', '   \n\t ']) expect(analyzeArticle(t).diagnostics.map((d) => d.code)).toContain('input/empty');
    expect(analyzeArticle('A short story.').diagnostics.map((d) => d.code)).not.toContain('input/empty');
  });

  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'AnalyzeOptionsSchema', 'ArticleAnalysisError', 'ArticleAnalysisSchema', 'BoilerplateSchema', 'DatelineSchema',
        'DiagnosticSchema', 'EntitySchema', 'LanguageSchema', 'MentionSchema', 'OrganizationSchema', 'PersonSchema', 'QuoteSchema', 'RangeSchema', 'RoleSchema',
        'SCHEMA_VERSION', 'SpanSchema', 'SpeakerSchema', 'analyzeArticle', 'analyzeMany', 'isArticleAnalysisError',
      ].sort(),
    );
  });

  it('throws a typed error with a code for non-string input', () => {
    for (const bad of [undefined, null, 42, {}, ['text'], Buffer.from('x')]) {
      let caught: unknown;
      try {
        analyzeArticle(bad as unknown as string);
      } catch (e) {
        caught = e;
      }
      expect(isArticleAnalysisError(caught)).toBe(true);
      expect((caught as ArticleAnalysisError).code).toBe('input/not-a-string');
    }
  });

  it('rejects invalid options with the zod path of each problem', () => {
    try {
      analyzeArticle('text', { maxLength: -1, colour: 'red' } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ArticleAnalysisError);
      const err = e as ArticleAnalysisError;
      expect(err.code).toBe('options/invalid');
      expect(err.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['maxLength']));
      expect(err.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    }
  });

  it('never throws for strings, and the record always validates', () => {
    const inputs = ['', ' ', '\n\n\n', '"', '“unclosed', '«', 'a'.repeat(5000), '\u0000\u0001\ud800', '(CNN) --', '”“”“”“', 'ASTANA. KAZINFORM –', 'Related news\n\nLeave a Reply'];
    for (const input of inputs) expectValidRecord(input, analyzeArticle(input));
  });

  it('reports truncation beyond maxLength instead of cutting silently', () => {
    const text = 'Word. '.repeat(100);
    const r = analyzeArticle(text, { maxLength: 50 });
    expect(r.diagnostics.map((d) => d.code)).toContain('input/truncated');
    expect(analyzeArticle(text).diagnostics.map((d) => d.code)).not.toContain('input/truncated');
  });

  it('validates the result against the schema when asked', () => {
    const r = analyzeArticle('MOSCOW, November 26. /TASS/. The minister said the talks went well.', { validate: true });
    expect(ArticleAnalysisSchema.safeParse(r).success).toBe(true);
    expect(r.dateline?.agency).toBe('TASS');
  });
});

describe('the names option', () => {
  const text = 'LONDON 1996-08-30\n\nLeicestershire 363 ( V. Wells 105 , P. Simmons 82 ) beat Somerset by an innings .\n\nCaptain James Whitaker said the win was deserved .';
  it('combines rules and tagger by default, and can run either alone', () => {
    const names = (o?: Parameters<typeof analyzeArticle>[1]) => analyzeArticle(text, o).people.map((p) => p.name).sort();
    expect(names()).toEqual(names({ names: 'rules+tagger' }));
    expect(names({ names: 'rules' })).toContain('James Whitaker');
    // the table row is where the tagger adds people the rules cannot read
    expect(names().length).toBeGreaterThan(names({ names: 'rules' }).length);
  });
  it('rejects an unknown mode with its path', () => {
    expect(() => analyzeArticle(text, { names: 'magic' } as never)).toThrow(/names/);
  });
});
