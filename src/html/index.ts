/**
 * article-anatomy/html: web pages in, the anatomy of their article out. A subpath of its own:
 * its parser dependencies (linkedom, @mozilla/readability) load only here, never with the
 * main entry.
 */
export { analyzeHtml } from './analyze-html.js';
export { HtmlAnalysisSchema, PageMetadataSchema, HtmlDiagnosticSchema, AnalyzeHtmlOptionsSchema, HTML_DIAGNOSTIC_CODES } from './schema.js';
export type { HtmlAnalysis, PageMetadata, HtmlDiagnostic, AnalyzeHtmlOptions } from './schema.js';
