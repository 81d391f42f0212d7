/** Worker thread of the analysis pool (tinypool; `batch`, `serve` and `worker` run it): one
 *  article (its text, or a web page) in, its output text out, serialised here so that the main
 *  thread only reads and writes. */
import { analyzeItem } from '../batch.js';
import type { AnalyzeOptions } from '../schema.js';
import { formatOutcome, type OutputFormat } from '../cli/format.js';
import { analyzeHtmlItem } from '../cli/html.js';
import type { AnalysisTask, TaskOutcome } from './index.js';

export default async function analyzeTask(task: AnalysisTask): Promise<TaskOutcome> {
  const outcome = task.html !== undefined ? await analyzeHtmlItem(task.html, task.url, task.options as AnalyzeOptions | undefined) : analyzeItem(task.text, task.options as AnalyzeOptions | undefined);
  const code = 'error' in outcome ? outcome.error.code : null;
  // 'record': the record alone, or {"error"} (the service's answer); else a batch line with the id
  const out = task.format === 'record' ? JSON.stringify('error' in outcome ? { error: outcome.error } : outcome.result) : formatOutcome({ id: task.id, carried: task.carried, ...outcome }, task.format as OutputFormat);
  return { out, failed: code !== null, code };
}
