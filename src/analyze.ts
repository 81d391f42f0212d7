/**
 * analyzeArticle: normalise the input, run the pipeline (src/pipeline.ts: segment → layout →
 * quotes → entities → attribution → language), assemble the record.
 */
import { ArticleAnalysisError, invalidOptionsError } from './errors.js';
import { AnalyzeOptionsSchema, ArticleAnalysisSchema, OPTION_DEFAULTS, type AnalyzeOptions, type ArticleAnalysis, type DiagnosticCode, type ResolvedOptions } from './schema.js';
import type { DocDiagnostic } from './document.js';
import { normalize } from './stages/normalize.js';
import { runPipeline } from './pipeline.js';
import { assemble } from './stages/assemble.js';
import { NerModelUnavailableError } from './stages/entities/ner-model-file.js';

/**
 * Analyse the text of one news article. Synchronous, pure and deterministic; never throws
 * for a string (problems become `diagnostics`), throws ArticleAnalysisError for a non-string
 * input or invalid options.
 */
export function analyzeArticle(text: string, options?: AnalyzeOptions): ArticleAnalysis {
  if (typeof text !== 'string') throw new ArticleAnalysisError('input/not-a-string', `analyzeArticle expects a string, got ${text === null ? 'null' : typeof text}`);
  const resolved = resolveOptions(options);
  try {
    return analyze(text, resolved);
  } catch (e) {
    // The tagger's weights file missing or unreadable: the install is broken, not the
    // article; say which file and how to analyse without it.
    if (e instanceof NerModelUnavailableError) return emptyAnalysis(e.code, `analysis abandoned: ${e.message}`);
    // A bug in a stage must not break a batch of a million articles: report it as data.
    return emptyAnalysis('internal/error', `internal error, analysis abandoned: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** The options with their defaults; throws ArticleAnalysisError for invalid ones. No options
 *  (or an empty object) are the defaults themselves, without building the options' schema. */
function resolveOptions(options: AnalyzeOptions | undefined): ResolvedOptions {
  if (options == null || (isPlainObject(options) && Object.keys(options).length === 0)) return OPTION_DEFAULTS;
  const parsed = AnalyzeOptionsSchema.safeParse(options);
  if (!parsed.success) throw invalidOptionsError(parsed.error.issues);
  return parsed.data;
}

const isPlainObject = (x: unknown): x is object => typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

/** The record of an article that could not be analysed, with the diagnostic that says why. */
function emptyAnalysis(code: DiagnosticCode, message: string): ArticleAnalysis {
  return {
    schemaVersion: 1, headline: null, dateline: null, language: { iso6393: 'und', iso6391: null, confidence: 0, reliable: false },
    people: [], organizations: [], quotes: [], body: null, boilerplate: [], diagnostics: [{ code, message, severity: 'warning' }],
  };
}

function analyze(text: string, opts: ResolvedOptions): ArticleAnalysis {
  const diagnostics: DocDiagnostic[] = [];
  let input = text;
  if (input.length > opts.maxLength) {
    // never cut a surrogate pair
    let cut = opts.maxLength;
    if (/[\ud800-\udbff]/.test(input[cut - 1] ?? '')) cut--;
    diagnostics.push({ code: 'input/truncated', message: `input of ${text.length} characters analysed up to maxLength ${opts.maxLength}`, severity: 'warning' });
    input = input.slice(0, cut);
  }
  const doc = normalize(input);
  if (!/\S/.test(doc.text)) diagnostics.push({ code: 'input/empty', message: 'the input has no text to analyse', severity: 'warning' });
  if (doc.controls >= 8 && doc.controls > input.length / 100) diagnostics.push({ code: 'input/binary', message: `the input does not look like text: ${doc.controls} control characters (NUL and the like) in ${input.length}`, severity: 'warning' });
  const result = assemble(doc, runPipeline(doc, opts), diagnostics);
  if (opts.validate) ArticleAnalysisSchema.parse(result);
  return result;
}
