/**
 * article-anatomy/server: the HTTP service as a library (the CLI's `serve` runs it). Needs the
 * optional peer dependency fastify (`npm install fastify`); the main entry never loads it.
 */
export { createServer, type ServerOptions } from './app.js';
export { openApiDocument } from './openapi.js';
export { AnalyzeHtmlRequestSchema, AnalyzeRequestSchema, AnalyzeTextRequestSchema, BatchInputLineSchema, BatchQuerySchema, HealthSchema, SERVICE_ERROR_CODES, ServiceErrorSchema, statusOfError } from './schema.js';
export type { AnalyzeRequest, Health, ServiceError, ServiceErrorCode } from './schema.js';
