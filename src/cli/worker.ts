/** Worker thread of `article-anatomy batch` (run by tinypool): one article in, its output line out
 *  (serialised here, so the main thread only reads and writes). */
import { analyzeItem } from '../batch.js';
import type { AnalyzeOptions } from '../schema.js';
import { formatOutcome, type OutputFormat } from './format.js';

export default function analyzeTask({ id, text, options, format }: { id: unknown; text: string; options?: AnalyzeOptions; format: OutputFormat }): { out: string; failed: boolean } {
  const o = { id, ...analyzeItem(text, options) };
  return { out: formatOutcome(o, format), failed: 'error' in o };
}
