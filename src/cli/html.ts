/**
 * The CLI's HTML side: telling a page from plain text, and analysing a page through the
 * article-anatomy/html code, loaded only when a page is met (a run over plain text never loads
 * the HTML parser).
 */
import type { AnalyzeOptions } from '../schema.js';
import type { BatchError } from '../batch.js';
import { isArticleAnalysisError } from '../errors.js';
import type { HtmlAnalysis } from '../html/schema.js';

/** Does this input look like a web page rather than plain text? By its file name (.html,
 *  .htm, .xhtml), or by its start: a doctype, an <html> tag, or markup within its first lines. */
export function looksLikeHtml(text: string, fileName?: string | null): boolean {
  if (fileName && /\.x?html?$/i.test(fileName)) return true;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html[\s>]))/i.test(head)) return true;
  return head.startsWith('<') && /<(?:head|body|article|div|p|main|section)[\s>]/i.test(head);
}

type HtmlModule = typeof import('../html/index.js');
let loaded: Promise<HtmlModule> | null = null;
/** The HTML path's module, loaded once, on first use. */
export const loadHtml = (): Promise<HtmlModule> => (loaded ??= import('../html/index.js'));

/** Analyse one page, turning a thrown error into error data (a batch must go on). */
export async function analyzeHtmlItem(html: string, url: string | undefined, options?: AnalyzeOptions): Promise<{ result: HtmlAnalysis } | { error: BatchError }> {
  const { analyzeHtml } = await loadHtml();
  try {
    return { result: analyzeHtml(html, { ...options, ...(url === undefined ? {} : { url }) }) };
  } catch (e) {
    if (isArticleAnalysisError(e)) return { error: { code: e.code, message: e.message } };
    return { error: { code: 'internal/error', message: (e as Error)?.message ?? String(e) } };
  }
}
