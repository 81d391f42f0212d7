/** Output of `article-anatomy batch`: a JSON line per article, or quote rows (CSV/TSV). */
import type { BatchError } from '../batch.js';
import type { ArticleAnalysis } from '../schema.js';
import type { HtmlAnalysis } from '../html/schema.js';

/** Keys of an input line that `batch` copies to its output line, right after the id, when they
 *  are strings: the article's date and its outlet, which `article-anatomy report` charts. */
export const CARRIED_KEYS = ['date', 'source'] as const;
/** The carried keys an input line has. */
export type Carried = Partial<Record<(typeof CARRIED_KEYS)[number], string>>;

/** The CARRIED_KEYS an input line holds as strings; undefined when it holds none. */
export function carriedOf(item: unknown): Carried | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  let carried: Carried | undefined;
  for (const key of CARRIED_KEYS) {
    const v = (item as Record<string, unknown>)[key];
    if (typeof v === 'string') (carried ??= {})[key] = v;
  }
  return carried;
}

/** An article's record (a page's has its text, body and metadata too), or the error that
 *  replaced it; with the keys carried from its input line. */
export type Outcome = ({ id: unknown; result: ArticleAnalysis | HtmlAnalysis } | { id: unknown; error: BatchError }) & { carried?: Carried | undefined };

/** What to write: some fields of the record (null: all), or quote rows. */
export interface OutputFormat {
  fields: readonly string[] | null;
  quotes: 'csv' | 'tsv' | null;
}

export const CSV_HEADER = ['article_id', 'quote_id', 'kind', 'start', 'end', 'quote', 'speaker', 'speaker_entity', 'speaker_method', 'cue'];

/** The text written for one article (with its newline; '' for a failed article in quote rows). */
export function formatOutcome(o: Outcome, format: OutputFormat): string {
  if (format.quotes) return quoteRows(o, format.quotes === 'tsv' ? '\t' : ',');
  return jsonLine(o, format.fields) + '\n';
}

/** One output line (JSON) for an outcome. */
export function jsonLine(o: Outcome, fields: readonly string[] | null): string {
  if ('error' in o) return JSON.stringify({ id: o.id, ...o.carried, error: o.error });
  const rec = o.result as unknown as Record<string, unknown>;
  const picked = fields ? Object.fromEntries(fields.map((f) => [f, rec[f]])) : rec;
  return JSON.stringify({ id: o.id, ...o.carried, ...picked });
}

/** A spreadsheet cell: CSV quotes what needs it; TSV turns tabs and newlines into spaces. */
function cell(v: unknown, sep: string): string {
  const s = v === null || v === undefined ? '' : String(v);
  if (sep === '\t') return s.replace(/[\t\r\n]+/g, ' ');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Quote rows (CSV or TSV) of an outcome; none for an error. */
export function quoteRows(o: Outcome, sep: string): string {
  if ('error' in o) return '';
  const r = o.result;
  const names = new Map([...r.people, ...r.organizations].map((e) => [e.id, e.name]));
  return r.quotes
    .map((q) => [o.id, q.id, q.kind, q.start, q.end, q.text, q.speaker?.name ?? '', q.speaker?.entityId ? names.get(q.speaker.entityId) ?? '' : '', q.speaker?.method ?? '', q.cue?.text ?? ''].map((v) => cell(v, sep)).join(sep) + '\n')
    .join('');
}

