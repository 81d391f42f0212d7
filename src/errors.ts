/** Error thrown for programmer errors only: a non-string input or invalid options. */
export type ArticleAnalysisErrorCode = 'input/not-a-string' | 'options/invalid';

export interface ArticleAnalysisIssue {
  code: string;
  path: PropertyKey[];
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
