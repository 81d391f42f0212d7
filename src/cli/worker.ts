/** Worker thread of `article-anatomy batch` (run by tinypool): one article (its text, or a web
 *  page) in, its output line out (serialised here, so the main thread only reads and writes). */
import { analyzeItem } from '../batch.js';
import type { AnalyzeOptions } from '../schema.js';
import { formatOutcome, type Carried, type OutputFormat } from './format.js';
import { analyzeHtmlItem } from './html.js';

/** A task: an article's text, or a page's html (with its url). */
type Task = { id: unknown; carried?: Carried; options?: AnalyzeOptions; format: OutputFormat } & ({ text: string; html?: undefined } | { html: string; url?: string });

export default async function analyzeTask(task: Task): Promise<{ out: string; failed: boolean }> {
  const o = { id: task.id, carried: task.carried, ...(task.html !== undefined ? await analyzeHtmlItem(task.html, task.url, task.options) : analyzeItem(task.text, task.options)) };
  return { out: formatOutcome(o, task.format), failed: 'error' in o };
}
