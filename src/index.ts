/** article-anatomy: the anatomy of a news article as typed, validated records. */
export { analyzeArticle } from './analyze.js';
export { analyzeMany } from './batch.js';
export type { BatchItem, BatchResult, BatchError, BatchErrorCode } from './batch.js';
export { ArticleAnalysisError, isArticleAnalysisError } from './errors.js';
export type { ArticleAnalysisErrorCode, ArticleAnalysisIssue } from './errors.js';
export {
  ArticleAnalysisSchema,
  AnalyzeOptionsSchema,
  SpanSchema,
  RangeSchema,
  DatelineSchema,
  LanguageSchema,
  PersonSchema,
  OrganizationSchema,
  EntitySchema,
  MentionSchema,
  RoleSchema,
  QuoteSchema,
  SpeakerSchema,
  BoilerplateSchema,
  DiagnosticSchema,
  SCHEMA_VERSION,
} from './schema.js';
export type {
  ArticleAnalysis,
  AnalyzeOptions,
  Span,
  Range,
  Dateline,
  Language,
  Person,
  PersonMethod,
  Organization,
  OrganizationMethod,
  Entity,
  Mention,
  Role,
  Quote,
  Speaker,
  SpeakerMethod,
  Boilerplate,
  BoilerplateReason,
  Diagnostic,
  DiagnosticCode,
} from './schema.js';
