/**
 * The HTML path's record: analyzeArticle's record of the page's text, with the text itself,
 * the body as a range of it (always given: empty for a page with no article) and what the page
 * says about its article (metadata). Its diagnostics add the HTML path's own codes.
 */
import { z } from 'zod';
import { AnalyzeOptionsSchema, ArticleAnalysisSchema, DiagnosticSchema, RangeSchema } from '../schema.js';
import { DIAGNOSTIC_CODES } from '../document.js';

/** Codes of the HTML path's own diagnostics: the page has no article (a section front, an
 *  error page), or Readability found none and the page's longest run of prose stood in. */
export const HTML_DIAGNOSTIC_CODES = ['html/no-article', 'html/fallback-extraction'] as const;

const pageMetadataShape = {
  /** the article's headline (JSON-LD headline, og:title, twitter:title, microdata, <h1>, <title>) */
  headline: z.string().nullable(),
  /** when it was published, ISO 8601: "2019-11-19", "2019-11-19T10:48:00", with "Z" or the page's offset when it gives one */
  published: z.string().nullable(),
  /** when it was last changed, ISO 8601 */
  modified: z.string().nullable(),
  /** the people (or desks) credited: names without "By", dates or roles; empty when none */
  authors: z.array(z.string()),
  /** the publisher or site name */
  publisher: z.string().nullable(),
  /** the site's section ("Politics") */
  section: z.string().nullable(),
  /** the page's address: the url option, else the page's own (canonical, og:url) */
  url: z.string().nullable(),
  /** the canonical address (link rel=canonical, else og:url), absolute */
  canonicalUrl: z.string().nullable(),
  /** the language tag the page declares ("en", "en-US") */
  language: z.string().nullable(),
  /** the article's main picture, an absolute address */
  image: z.string().nullable(),
  /** extension: the page's summary of the article (JSON-LD description, og:description, description) */
  description: z.string().nullable(),
};
/** What a page says about its article, from JSON-LD, meta tags, microdata and <time>. */
export const PageMetadataSchema: z.ZodObject<typeof pageMetadataShape> = z.object(pageMetadataShape).meta({ id: 'PageMetadata' });
export type PageMetadata = z.infer<typeof PageMetadataSchema>;

const htmlDiagnosticShape = {
  ...DiagnosticSchema.shape,
  /** stable code: analyzeArticle's codes and the HTML path's ("html/no-article", …) */
  code: z.enum([...DIAGNOSTIC_CODES, ...HTML_DIAGNOSTIC_CODES]),
};
/** A diagnostic of the HTML path. */
export const HtmlDiagnosticSchema: z.ZodObject<typeof htmlDiagnosticShape> = z.object(htmlDiagnosticShape).meta({ id: 'HtmlDiagnostic' });
export type HtmlDiagnostic = z.infer<typeof HtmlDiagnosticSchema>;

const htmlAnalysisShape = {
  ...ArticleAnalysisSchema.shape,
  /** the plain text extracted from the page, which every offset refers to: headline, standfirst and byline first, then the body */
  text: z.string(),
  /** the article body inside text (empty, start === end, when the page has no article) */
  body: RangeSchema,
  /** what the page says about its article */
  metadata: PageMetadataSchema,
  /** problems met on the way: analyzeArticle's, and the HTML path's own */
  diagnostics: z.array(HtmlDiagnosticSchema),
};
/** The record analyzeHtml returns. */
export const HtmlAnalysisSchema: z.ZodObject<typeof htmlAnalysisShape> = z.object(htmlAnalysisShape).meta({ id: 'HtmlAnalysis', title: 'article-anatomy analysis of a web page' });
export type HtmlAnalysis = z.infer<typeof HtmlAnalysisSchema>;

const htmlOptionsShape = {
  /** the page's address: resolves relative links (canonical, image), tells the site's own links from others, and is metadata.url */
  url: z.string().optional(),
};
/** Options of analyzeHtml: the page's address, and analyzeArticle's options for the analysis of its text; unknown keys are rejected. */
export const AnalyzeHtmlOptionsSchema = AnalyzeOptionsSchema.extend(htmlOptionsShape).meta({ id: 'AnalyzeHtmlOptions' });
export type AnalyzeHtmlOptions = z.input<typeof AnalyzeHtmlOptionsSchema>;
export type ResolvedHtmlOptions = z.output<typeof AnalyzeHtmlOptionsSchema>;
