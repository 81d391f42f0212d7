/**
 * analyzeHtml: a web page in, the anatomy of its article out. Parse the page (linkedom), read
 * what it says about its article (metadata/), find the article (Readability and the block
 * rules, extract.ts), compose its text (compose.ts), and analyse that text with the pipeline
 * of analyzeArticle, its layout given by the page (page-layout.ts).
 */
import { ArticleAnalysisError, invalidOptionsError } from '../errors.js';
import type { Doc, DocDiagnostic, TextRange } from '../document.js';
import { normalize } from '../stages/normalize.js';
import { assemble } from '../stages/assemble.js';
import { runPipeline } from '../pipeline.js';
import { lowerBoundOf } from '../ranges.js';
import type { Segments } from '../stages/segment.js';
import { NerModelUnavailableError } from '../stages/entities/ner-model-file.js';
import { parsePage } from './parse.js';
import { readMetadata } from './metadata/index.js';
import { authorNames } from './metadata/authors.js';
import { extractArticle } from './extract.js';
import { findByline } from './byline.js';
import { findStandfirst } from './standfirst.js';
import { composePage, type ComposedPage } from './compose.js';
import { pageLayout } from './page-layout.js';
import { AnalyzeHtmlOptionsSchema, HtmlAnalysisSchema, type AnalyzeHtmlOptions, type HtmlAnalysis, type HtmlDiagnostic, type PageMetadata, type ResolvedHtmlOptions } from './schema.js';

/**
 * Analyse a web page: the record of its article's text (analyzeArticle's fields, with `text`,
 * `body` inside it and the page's `metadata`). Synchronous and deterministic; never throws for a
 * string (a page with no article gives an empty body and a diagnostic); throws
 * ArticleAnalysisError for a non-string input or invalid options. `url` resolves the page's
 * relative links and tells its own links from others.
 */
export function analyzeHtml(html: string, options?: AnalyzeHtmlOptions): HtmlAnalysis {
  if (typeof html !== 'string') throw new ArticleAnalysisError('input/not-a-string', `analyzeHtml expects a string, got ${html === null ? 'null' : typeof html}`);
  const parsed = AnalyzeHtmlOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw invalidOptionsError(parsed.error.issues);
  try {
    return analyzePage(html, parsed.data);
  } catch (e) {
    // a bug must not break a crawl of a million pages: report it as data
    const code = e instanceof NerModelUnavailableError ? e.code : 'internal/error';
    return emptyRecord(code, `analysis abandoned: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** The record of a page that could not be analysed, with the diagnostic that says why. */
function emptyRecord(code: HtmlDiagnostic['code'], message: string): HtmlAnalysis {
  return {
    schemaVersion: 1, headline: null, dateline: null, language: { iso6393: 'und', iso6391: null, confidence: 0, reliable: false },
    people: [], organizations: [], quotes: [], body: { start: 0, end: 0 }, boilerplate: [], diagnostics: [{ code, message, severity: 'warning' }],
    text: '', metadata: { headline: null, published: null, modified: null, authors: [], publisher: null, section: null, url: null, canonicalUrl: null, language: null, image: null, description: null },
  };
}

function analyzePage(html: string, opts: ResolvedHtmlOptions): HtmlAnalysis {
  const document = parsePage(html);
  // (Readability changes the document: the metadata is read first)
  const metadata: PageMetadata = readMetadata(document, opts.url ?? null);
  const printedByline = findByline(document);
  const printedStandfirst = findStandfirst(document);
  const extraction = extractArticle(document, html, metadata.url);
  extraction.byline ??= printedByline;
  if (!metadata.authors.length && extraction.byline) metadata.authors = authorNames([extraction.byline]);
  const page = composePage(extraction, metadata.headline ?? extraction.title, printedStandfirst);
  // no author in the markup: the byline the page prints names them
  if (!metadata.authors.length && page.byline) metadata.authors = authorNames([page.text.slice(page.byline.start, page.byline.end)]);
  const diagnostics: HtmlDiagnostic[] = [];
  let text = page.text;
  if (text.length > opts.maxLength) {
    text = text.slice(0, opts.maxLength - (/[\ud800-\udbff]/.test(text[opts.maxLength - 1] ?? '') ? 1 : 0));
    diagnostics.push({ code: 'input/truncated', message: `page text of ${page.text.length} characters analysed up to maxLength ${opts.maxLength}`, severity: 'warning' });
  }
  if (!page.body) diagnostics.push({ code: 'html/no-article', message: 'no article found on the page (a section front, an index or an error page?): the body is empty', severity: 'warning' });
  if (extraction.source === 'prose-window') diagnostics.push({ code: 'html/fallback-extraction', message: "Readability found no article here: the page's longest run of prose was taken", severity: 'info' });

  const record = analyzeText(text, page, opts);
  const body = page.body && page.body.start < text.length ? { start: page.body.start, end: Math.min(page.body.end, text.length) } : { start: text.length, end: text.length };
  const result: HtmlAnalysis = { ...record, body, diagnostics: [...diagnostics, ...record.diagnostics], text, metadata };
  if (opts.validate) HtmlAnalysisSchema.parse(result);
  return result;
}

/** The pipeline of analyzeArticle over the page's text, its layout stage given by the page. */
function analyzeText(text: string, page: ComposedPage, opts: ResolvedHtmlOptions): Omit<HtmlAnalysis, 'text' | 'metadata'> {
  const doc = normalize(text);
  const toText = (r: TextRange | null): TextRange | null => (r && r.start < text.length ? { start: textIndex(doc, r.start), end: textIndex(doc, Math.min(r.end, text.length)) } : null);
  const parts = { headline: toText(page.headline), byline: toText(page.byline), front: page.front.map(toText).filter((r): r is TextRange => r !== null), standfirst: toText(page.standfirst), body: toText(page.body) };
  const out = runPipeline(doc, opts, { given: { layout: (d, upstream) => pageLayout(d, upstream.segment as Segments, parts) } });
  const docDiagnostics: DocDiagnostic[] = [];
  if (!/\S/.test(doc.text)) docDiagnostics.push({ code: 'input/empty', message: 'the page has no text to analyse', severity: 'warning' });
  const record = assemble(doc, out, docDiagnostics);
  return { ...record, body: record.body ?? { start: text.length, end: text.length } };
}

/** The index in the normalised text of an index of the input (the first character that comes from it or after). */
function textIndex(doc: Doc, inputIndex: number): number {
  return lowerBoundOf(doc.toInput, inputIndex);
}
