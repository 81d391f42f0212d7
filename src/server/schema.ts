/**
 * The service's requests, answers and errors as zod schemas: the routes validate with them and
 * /openapi.json is generated from them (src/server/openapi.ts), so the two cannot disagree.
 */
import { z } from 'zod';
import { BATCH_ERROR_CODES } from '../batch.js';
import { AnalyzeOptionsSchema } from '../schema.js';

/** Codes of the service's errors: a batch item's codes, and the request's own (a body that is
 *  not a valid request, too large, of another media type; a time limit; an unknown route; a
 *  service that is shutting down). */
export const SERVICE_ERROR_CODES = [...BATCH_ERROR_CODES, 'input/invalid-request', 'input/unsupported-media-type', 'limit/body-too-large', 'route/not-found', 'service/closing'] as const;
/** The `code` of a ServiceError. */
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

const textRequestShape = {
  /** the article's text (UTF-8 JSON string) */
  text: z.string(),
  /** analyzeArticle's options (language, languages, …) */
  options: AnalyzeOptionsSchema.optional(),
};
const htmlRequestShape = {
  /** the web page's HTML */
  html: z.string(),
  /** the page's address: resolves its links, becomes metadata.url */
  url: z.string().optional(),
  /** analyzeArticle's options (language, languages, …) */
  options: AnalyzeOptionsSchema.optional(),
};
/** POST /v1/analyze's body for an article's text. */
export const AnalyzeTextRequestSchema = z.strictObject(textRequestShape).meta({ id: 'AnalyzeTextRequest' });
/** POST /v1/analyze's body for a web page. */
export const AnalyzeHtmlRequestSchema = z.strictObject(htmlRequestShape).meta({ id: 'AnalyzeHtmlRequest' });
/** POST /v1/analyze's body: an article's text, or a web page's html (with its url). */
export const AnalyzeRequestSchema = z.union([AnalyzeTextRequestSchema, AnalyzeHtmlRequestSchema]).meta({ id: 'AnalyzeRequest' });
/** POST /v1/analyze's body. */
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

const issueShape = {
  /** where in the request body: keys and indexes */
  path: z.array(z.union([z.string(), z.number()])),
  /** what is wrong there */
  message: z.string(),
};
const serviceErrorShape = {
  error: z.object({
    /** one of SERVICE_ERROR_CODES: stable, for programs */
    code: z.enum(SERVICE_ERROR_CODES),
    /** what went wrong, for people (the wording may change; the code does not) */
    message: z.string(),
    /** for 'input/invalid-request': each problem of the body with its path */
    issues: z.array(z.object(issueShape)).optional(),
  }),
};
/** Every error answer of the service (any status ≥ 400), and an error line of /v1/batch (with its id). */
export const ServiceErrorSchema = z.object(serviceErrorShape).meta({ id: 'ServiceError' });
/** An error answer of the service. */
export type ServiceError = z.infer<typeof ServiceErrorSchema>;

const healthShape = {
  /** 'ok'; 'closing' (with status 503) while the service finishes its requests before it stops */
  status: z.enum(['ok', 'closing']),
  /** the package's version */
  version: z.string(),
  /** analysis worker threads */
  threads: z.number().int(),
  /** requests being answered now */
  inFlight: z.number().int(),
  /** seconds since the service started */
  uptimeSeconds: z.number(),
};
/** GET /healthz's answer. */
export const HealthSchema = z.object(healthShape).meta({ id: 'Health' });
/** GET /healthz's answer. */
export type Health = z.infer<typeof HealthSchema>;

const batchQueryShape = {
  language: z.string().optional().meta({ description: "pin every article's language (ISO 639-3, e.g. kaz): no detection" }),
  languages: z.string().optional().meta({ description: 'candidate languages for detection, comma-separated ISO 639-3 codes (e.g. eng,rus,kaz)' }),
};
/** POST /v1/batch's query parameters: the options of every article of the batch. */
export const BatchQuerySchema = z.strictObject(batchQueryShape).meta({ id: 'BatchQuery' });

/** A line of POST /v1/batch's body: {"id"?, "text"} or {"id"?, "html", "url"?}. */
export const BatchInputLineSchema = z
  .union([z.object({ id: z.union([z.string(), z.number()]).optional(), text: z.string() }), z.object({ id: z.union([z.string(), z.number()]).optional(), html: z.string(), url: z.string().optional() })])
  .meta({ id: 'BatchInputLine' });

/** HTTP status of an error code: the client's mistake (4xx) or the service's (5xx). */
export function statusOfError(code: string): number {
  if (code === 'route/not-found') return 404;
  if (code === 'limit/body-too-large' || code === 'limit/line-too-large') return 413;
  if (code === 'input/unsupported-media-type') return 415;
  // a time limit or a service closing: another try may succeed (503 says so)
  if (code === 'limit/timeout' || code === 'service/closing') return 503;
  if (code.startsWith('input/') || code.startsWith('options/')) return 400;
  return 500;
}
