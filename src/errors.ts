/** Codes of ArticleAnalysisError, thrown for programmer errors only: a non-string input
 *  ('input/not-a-string') or options that AnalyzeOptionsSchema rejects ('options/invalid'). */
export const ARTICLE_ANALYSIS_ERROR_CODES = ['input/not-a-string', 'options/invalid'] as const;
/** The `code` of an ArticleAnalysisError: one of ARTICLE_ANALYSIS_ERROR_CODES. */
export type ArticleAnalysisErrorCode = (typeof ARTICLE_ANALYSIS_ERROR_CODES)[number];

/** One problem zod found in the options. */
export interface ArticleAnalysisIssue {
  /** zod's issue code, e.g. "unrecognized_keys", "too_small" */
  code: string;
  /** where in the options, e.g. ["languages", 0] */
  path: PropertyKey[];
  /** zod's message */
  message: string;
}

/** Typed error with a stable `code` and, for invalid options, zod's issues with their paths. */
export class ArticleAnalysisError extends Error {
  override readonly name = 'ArticleAnalysisError';
  readonly code: ArticleAnalysisErrorCode;
  readonly issues: readonly ArticleAnalysisIssue[];

  constructor(code: ArticleAnalysisErrorCode, message: string, issues: readonly ArticleAnalysisIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/** Type guard that also works across realms (checks the name and code, not the prototype). */
export function isArticleAnalysisError(value: unknown): value is ArticleAnalysisError {
  return (
    value instanceof ArticleAnalysisError ||
    (typeof value === 'object' && value !== null && (value as Error).name === 'ArticleAnalysisError' && typeof (value as ArticleAnalysisError).code === 'string')
  );
}

/** The 'options/invalid' error for the issues zod found, one message naming each path. */
export function invalidOptionsError(zodIssues: ReadonlyArray<{ code: string; path: PropertyKey[]; message: string }>): ArticleAnalysisError {
  const issues = zodIssues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
  return new ArticleAnalysisError('options/invalid', `invalid options: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`, issues);
}
