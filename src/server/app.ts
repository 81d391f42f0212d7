/**
 * The HTTP service (Fastify): POST /v1/analyze, POST /v1/batch (NDJSON in and out, streamed),
 * GET /healthz, GET /openapi.json. Analysis runs on the worker-thread pool that `batch` uses;
 * every error is JSON {"error": {"code", "message"}} with a status that says whose fault it is.
 */
import { availableParallelism } from 'node:os';
import { PassThrough, type Readable } from 'node:stream';
import { once } from 'node:events';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { inInputOrder, lineOutcome } from '../cli/line-outcome.js';
import { readLines } from '../cli/lines.js';
import { unknownLanguagesMessage } from '../cli/languages.js';
import { analyzeArticle } from '../analyze.js';
import { isArticleAnalysisError } from '../errors.js';
import { createAnalysisPool, runOnPool } from '../pool/index.js';
import type { AnalyzeOptions } from '../schema.js';
import { VERSION } from '../version.js';
import { openApiDocument } from './openapi.js';
import { AnalyzeHtmlRequestSchema, AnalyzeTextRequestSchema, BatchQuerySchema, statusOfError, type ServiceErrorCode } from './schema.js';

/** How the service runs; every field has a default. */
export interface ServerOptions {
  /** analysis worker threads (default: the machine's cores) */
  threads?: number;
  /** largest body of /v1/analyze, and largest line of /v1/batch, in bytes (default 5 MiB) */
  bodyLimit?: number;
  /** longest analysis of one article, in ms, before it is stopped (default 30,000) */
  timeoutMs?: number;
  /** Fastify's logger: true for JSON logs on stdout (default false) */
  logger?: boolean;
}

/** Media types /v1/batch reads (NDJSON, JSON Lines). */
const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines'];

/** Send a JSON error answer. */
function sendError(reply: FastifyReply, code: ServiceErrorCode, message: string, issues?: Array<{ path: PropertyKey[]; message: string }>): FastifyReply {
  const error = issues ? { code, message, issues: issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message })) } : { code, message };
  return reply.code(statusOfError(code)).type('application/json').send(JSON.stringify({ error }));
}

/** Why these options are invalid (analyzeArticle's message), or null. */
function optionsError(options: AnalyzeOptions): string | null {
  try {
    analyzeArticle('', options);
    return null;
  } catch (e) {
    if (isArticleAnalysisError(e)) return e.message;
    throw e;
  }
}

/** Fastify's own errors (the body parser's, mostly) as the service's codes. */
function codeOfFastifyError(e: FastifyError): ServiceErrorCode {
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'limit/body-too-large';
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'input/unsupported-media-type';
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'input/empty';
  if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e instanceof SyntaxError) return 'input/invalid-json';
  if ((e.statusCode ?? 500) < 500) return 'input/invalid-request';
  return 'internal/error';
}

/** Build the service (not yet listening: call `.listen({ port, host })`). Closing it
 *  (`.close()`) lets requests in flight finish, answers new ones 503 'service/closing', then
 *  stops the worker threads. */
export async function createServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const threads = options.threads ?? availableParallelism();
  const bodyLimit = options.bodyLimit ?? 5 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pool = createAnalysisPool(threads);
  const started = Date.now();
  let inFlight = 0;
  let closing = false;

  const app = Fastify({ logger: options.logger ?? false, bodyLimit, return503OnClosing: false, forceCloseConnections: 'idle' });
  app.addContentTypeParser(NDJSON_TYPES, (_request, payload, done) => done(null, payload));
  app.addHook('onRequest', async (request, reply) => {
    if (closing && request.url !== '/healthz') return sendError(reply.header('connection', 'close'), 'service/closing', 'the service is shutting down: send this request to another instance or retry');
    inFlight++;
  });
  app.addHook('onResponse', async () => void inFlight--);
  // while closing, an answer ends its connection: a keep-alive client would otherwise hold the
  // closing server open after its request in flight was answered
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('preClose', async () => void (closing = true));
  app.addHook('onClose', async () => void (await pool.destroy()));
  app.setErrorHandler((e: FastifyError, _request, reply) => sendError(reply, codeOfFastifyError(e), e.message));
  app.setNotFoundHandler((request, reply) => sendError(reply, 'route/not-found', `no route ${request.method} ${request.url} (see GET /openapi.json)`));

  app.get('/healthz', async (_request, reply) => {
    const body = { status: closing ? 'closing' : 'ok', version: VERSION, threads, inFlight: Math.max(0, inFlight - 1), uptimeSeconds: Math.round((Date.now() - started) / 100) / 10 };
    return reply.code(closing ? 503 : 200).send(body);
  });

  app.get('/openapi.json', async () => openApiDocument());

  app.post('/v1/analyze', async (request, reply) => {
    if (!request.headers['content-type']?.startsWith('application/json')) return sendError(reply, 'input/unsupported-media-type', 'POST /v1/analyze takes application/json: {"text": …} or {"html": …, "url": …}');
    // a body with "html" is read as a page request, any other as a text request: the issues
    // then name the field that is wrong, not "no branch of the union matched"
    const isPage = typeof request.body === 'object' && request.body !== null && 'html' in request.body;
    const parsed = (isPage ? AnalyzeHtmlRequestSchema : AnalyzeTextRequestSchema).safeParse(request.body);
    if (!parsed.success) return sendError(reply, 'input/invalid-request', 'the body must be {"text": string, "options"?} or {"html": string, "url"?: string, "options"?}', parsed.error.issues);
    const body = parsed.data;
    const unknown = body.options?.languages && unknownLanguagesMessage(body.options.languages, 'options.languages', '{"languages": ["eng", "rus", "kaz"]}');
    if (unknown) return sendError(reply, 'options/invalid', unknown);
    const task = 'html' in body ? { id: null, html: body.html, url: body.url, options: body.options, format: 'record' as const } : { id: null, text: body.text, options: body.options, format: 'record' as const };
    const outcome = await runOnPool(pool, task, timeoutMs);
    return reply.code(outcome.code ? statusOfError(outcome.code) : 200).type('application/json').send(outcome.out);
  });

  app.post('/v1/batch', async (request, reply) => {
    const type = request.headers['content-type']?.split(';')[0]?.trim() ?? '';
    if (!NDJSON_TYPES.includes(type)) return sendError(reply, 'input/unsupported-media-type', 'POST /v1/batch takes application/x-ndjson: one JSON object per line');
    const query = BatchQuerySchema.safeParse(request.query ?? {});
    if (!query.success) return sendError(reply, 'input/invalid-request', 'POST /v1/batch takes the query parameters language and languages only', query.error.issues);
    const options: AnalyzeOptions = {};
    if (query.data.language) options.language = query.data.language;
    if (query.data.languages) options.languages = query.data.languages.split(',').map((c) => c.trim()).filter(Boolean);
    const optionsProblem = (options.languages && unknownLanguagesMessage(options.languages, 'languages', 'languages=eng,rus,kaz')) || optionsError(options);
    if (optionsProblem) return sendError(reply, 'options/invalid', optionsProblem);
    const out = new PassThrough();
    void streamBatch(request.body as Readable, out, { pool, threads, bodyLimit, timeoutMs, options }).catch((e: Error) => out.destroy(e));
    return reply.type('application/x-ndjson').send(out);
  });
  return app;
}

/** Answer a batch: each input line analysed on the pool, a few per thread in flight, each
 *  answer written as soon as it and every line before it are done (input order). */
async function streamBatch(input: Readable, out: PassThrough, o: { pool: ReturnType<typeof createAnalysisPool>; threads: number; bodyLimit: number; timeoutMs: number; options: AnalyzeOptions }): Promise<void> {
  const format = { fields: null, quotes: null };
  const { options } = o;
  await inInputOrder(readLines(input, o.bodyLimit), (line) => lineOutcome(line, o.pool, options, format, o.timeoutMs), Math.max(4, o.threads * 8), async ({ out: line }) => {
    // a client that went away: stop reading its body (the pool's tasks in flight just finish)
    if (out.destroyed) throw new Error('the client closed the connection');
    if (!out.write(line)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  });
  out.end();
}
