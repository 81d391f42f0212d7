/**
 * `article-anatomy serve [--port N] [--host H]`: the HTTP service (src/server/), loaded only
 * when this command runs; Fastify is an optional peer dependency, so a missing one is a clear
 * message, not a stack trace.
 */
import { availableParallelism } from 'node:os';
import { VERSION } from '../version.js';
import { commandArgs, isMissingPackage, UsageError, untilSignalled } from './command.js';

export const SERVE_HELP = `Usage: article-anatomy serve [options]

An HTTP service (Fastify) for tools that enrich copy as it arrives:
  POST /v1/analyze    {"text": …} or {"html": …, "url": …} (application/json) → the record
  POST /v1/batch      NDJSON in ({"id", "text"} or {"id", "html", "url"} per line), NDJSON out,
                      streamed, one line per input line, in input order
  GET  /healthz       {"status": "ok", …} (503 "closing" while shutting down)
  GET  /openapi.json  the OpenAPI 3.1 description, generated from the zod schemas
Errors are JSON {"error": {"code", "message"}}. SIGTERM or Ctrl-C: requests in flight finish,
then the service stops (a second signal stops it at once). Needs fastify: npm install fastify

Options:
  --port N          port (default 3000; 0: any free port, printed)
  --host H          address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --threads N       analysis worker threads (default: the machine's cores)
  --body-limit MB   largest request body, and largest line of a batch (default 5)
  --timeout MS      longest analysis of one article before it is stopped (default 30000)
  --log             JSON request logs on standard output
`;

interface ServeArgs {
  port: number;
  host: string;
  threads: number;
  bodyLimitMb: number;
  timeoutMs: number;
  log: boolean;
}

/** Parse serve's arguments (after "serve"). */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const a: ServeArgs = { port: 3000, host: '127.0.0.1', threads: availableParallelism(), bodyLimitMb: 5, timeoutMs: 30_000, log: false };
  const number = (name: string, v: string, min: number, max: number, whole = true): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) throw new UsageError(`${name} takes a ${whole ? 'whole ' : ''}number from ${min} to ${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.split('=')[0]!;
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError(`${name} needs a value (see serve --help)`);
      return v;
    };
    if (name === '--port') a.port = number('--port', value(), 0, 65535);
    else if (name === '--host') a.host = value();
    else if (name === '--threads') a.threads = number('--threads', value(), 1, 256);
    else if (name === '--body-limit') a.bodyLimitMb = number('--body-limit', value(), 0.001, 1024, false);
    else if (name === '--timeout') a.timeoutMs = number('--timeout', value(), 1, 3_600_000);
    else if (arg === '--log') a.log = true;
    else throw new UsageError(`unknown serve option ${arg} (see serve --help)`);
  }
  return a;
}

/** Run the serve command; resolves once the service has stopped, to the exit code. */
export async function runServe(argv: readonly string[]): Promise<number> {
  const args = commandArgs('serve', argv, SERVE_HELP, parseServeArgs);
  if (typeof args === 'number') return args;
  let server: typeof import('../server/app.js');
  try {
    server = await import('../server/app.js');
  } catch (e) {
    if (!isMissingPackage(e, 'fastify')) throw e;
    process.stderr.write('article-anatomy serve: the service needs Fastify, an optional peer dependency: npm install fastify@5\n');
    return 2;
  }
  const app = await server.createServer({ threads: args.threads, bodyLimit: Math.round(args.bodyLimitMb * 1024 * 1024), timeoutMs: args.timeoutMs, logger: args.log });
  try {
    await app.listen({ port: args.port, host: args.host });
  } catch (e) {
    await app.close();
    process.stderr.write(`article-anatomy serve: cannot listen on ${args.host}:${args.port}: ${(e as Error).message}\n`);
    return 2;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : args.port;
  process.stderr.write(`article-anatomy serve ${VERSION}: listening on http://${args.host.includes(':') ? `[${args.host}]` : args.host}:${port} (${args.threads} analysis thread${args.threads > 1 ? 's' : ''})\n`);
  return untilSignalled(
    async () => {
      await app.close();
      return 'stopped';
    },
    (m) => process.stderr.write(`article-anatomy serve: ${m}\n`),
    'finishing the requests in flight',
  );
}
