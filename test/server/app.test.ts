/** The HTTP service: its routes, errors and limits (Fastify's inject, no socket), and a graceful
 *  close on a real socket. Analysis runs on the built worker thread (npm test builds first). */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema } from '../../src/index.js';
import { HtmlAnalysisSchema } from '../../src/html/schema.js';
import { createServer, openApiDocument, ServiceErrorSchema } from '../../src/server/index.js';

const STORY = 'NAIROBI, June 3 (Agency) - "The harvest is the best in a decade," said Wanjiru Kamau, the head of the growers\' cooperative. She said prices would fall.';
const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

describe('the service', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // a time limit far above an analysis even on a loaded machine (the time-limit test has its own)
    app = await createServer({ threads: 1, bodyLimit: 64 * 1024, timeoutMs: 20_000 });
  });
  afterAll(async () => app?.close());

  const post = (url: string, body: unknown, type = 'application/json') => app.inject({ method: 'POST', url, headers: { 'content-type': type }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

  it('POST /v1/analyze answers the record analyzeArticle gives', async () => {
    const r = await post('/v1/analyze', { text: STORY });
    expect(r.statusCode).toBe(200);
    const record = ArticleAnalysisSchema.parse(r.json());
    expect(record).toEqual(JSON.parse(JSON.stringify(analyzeArticle(STORY))));
    expect(record.quotes[0]?.speaker?.name).toBe('Wanjiru Kamau');
  });

  it('passes the options, and a page gets the page record', async () => {
    const pinned = await post('/v1/analyze', { text: STORY, options: { language: 'swh' } });
    expect(pinned.json().language.iso6393).toBe('swh');
    const page = await post('/v1/analyze', { html: `<html><head><title>Harvest</title></head><body><article><p>${STORY}</p></article></body></html>`, url: 'https://news.example/harvest' });
    expect(page.statusCode).toBe(200);
    const record = HtmlAnalysisSchema.parse(page.json());
    expect(record.metadata.url).toBe('https://news.example/harvest');
    expect(record.quotes.length).toBeGreaterThan(0);
  });

  it('answers a bad request with a JSON error, its code and where the body is wrong', async () => {
    const missing = await post('/v1/analyze', { txt: STORY });
    expect(missing.statusCode).toBe(400);
    const e = ServiceErrorSchema.parse(missing.json()).error;
    expect(e.code).toBe('input/invalid-request');
    expect(e.issues?.map((i) => i.path)).toContainEqual(['text']);
    const badOption = await post('/v1/analyze', { text: STORY, options: { language: 7 } });
    expect(badOption.json().error.issues[0].path).toEqual(['options', 'language']);
    const notJson = await post('/v1/analyze', '{"text": ');
    expect([notJson.statusCode, notJson.json().error.code]).toEqual([400, 'input/invalid-json']);
    const wrongType = await post('/v1/analyze', STORY, 'text/plain');
    expect([wrongType.statusCode, wrongType.json().error.code]).toEqual([415, 'input/unsupported-media-type']);
    const nowhere = await app.inject({ method: 'GET', url: '/v2/analyze' });
    expect([nowhere.statusCode, nowhere.json().error.code]).toEqual([404, 'route/not-found']);
  });

  it('limits the body size and the analysis time', async () => {
    const big = await post('/v1/analyze', { text: STORY.repeat(1000) });
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'limit/body-too-large']);
    const slow = await createServer({ threads: 1, timeoutMs: 50 });
    try {
      const r = await slow.inject({ method: 'POST', url: '/v1/analyze', ...json({ text: STORY.repeat(4000) }) });
      expect([r.statusCode, r.json().error.code]).toEqual([503, 'limit/timeout']);
      // the stopped thread is replaced: the next article is analysed
      const again = await slow.inject({ method: 'POST', url: '/v1/analyze', ...json({ text: 'Short.' }) });
      expect(again.statusCode).not.toBe(500);
    } finally {
      await slow.close();
    }
  });

  it('POST /v1/batch: NDJSON in, one line per input line out, in order, errors as lines', async () => {
    const lines = [JSON.stringify({ id: 'x', text: STORY }), '', 'not json', JSON.stringify({ id: 9, text: 'Rain fell, officials said.' }), JSON.stringify({ id: 'long', text: 'a'.repeat(70 * 1024) }), JSON.stringify({ text: 'No id here.' })];
    const r = await post('/v1/batch', lines.join('\n') + '\n', 'application/x-ndjson');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const out = r.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['x', 2, 3, 9, 5, 6]);
    expect(out.map((o) => o.error?.code ?? null)).toEqual([null, 'input/empty', 'input/invalid-json', null, 'limit/line-too-large', null]);
    expect(out[0].quotes[0].speaker.name).toBe('Wanjiru Kamau');
    const wrongType = await post('/v1/batch', lines[0]!, 'application/json');
    expect(wrongType.json().error.code).toBe('input/unsupported-media-type');
  });

  it('POST /v1/batch takes the options of its articles as query parameters, checked first', async () => {
    const line = JSON.stringify({ id: 1, text: STORY }) + '\n';
    const pinned = await post('/v1/batch?language=swh', line, 'application/x-ndjson');
    expect(JSON.parse(pinned.body).language.iso6393).toBe('swh');
    const among = await post('/v1/batch?languages=eng,rus', line, 'application/x-ndjson');
    expect(JSON.parse(among.body).language.iso6393).toBe('eng');
    const unknown = await post('/v1/batch?languages=eng,zzz', line, 'application/x-ndjson');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, 'options/invalid']);
    expect(unknown.json().error.message).toContain('zzz');
    const stray = await post('/v1/batch?colour=red', line, 'application/x-ndjson');
    expect([stray.statusCode, stray.json().error.code]).toEqual([400, 'input/invalid-request']);
    const analyzeUnknown = await post('/v1/analyze', { text: STORY, options: { languages: ['zzz'] } });
    expect([analyzeUnknown.statusCode, analyzeUnknown.json().error.code]).toEqual([400, 'options/invalid']);
  });

  it('GET /healthz and GET /openapi.json, whose schemas validate what the service answers', async () => {
    const h = await app.inject({ method: 'GET', url: '/healthz' });
    expect(h.json()).toMatchObject({ status: 'ok', threads: 1 });
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(Object.keys(doc.paths).sort()).toEqual(['/healthz', '/openapi.json', '/v1/analyze', '/v1/batch']);
    expect(doc.paths['/v1/batch'].post.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['query:language', 'query:languages']);
    // every schema of the document compiles, and the answers validate against them
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi');
    const validate = (name: string, value: unknown) => {
      const v = ajv.getSchema(`openapi#/components/schemas/${name}`)!;
      expect(v(value), JSON.stringify(v.errors)).toBe(true);
    };
    validate('ArticleAnalysis', (await post('/v1/analyze', { text: STORY })).json());
    validate('ServiceError', (await post('/v1/analyze', { nothing: 1 })).json());
    validate('Health', h.json());
    validate('AnalyzeRequest', { html: '<p>x</p>', url: 'https://a.example/' });
    const wrong = ajv.getSchema('openapi#/components/schemas/AnalyzeRequest')!;
    expect(wrong({ text: 5 })).toBe(false);
  });
});

describe('closing the service', () => {
  it('finishes the requests in flight, ends their connections, then stops', async () => {
    const app = await createServer({ threads: 1 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    // two pipelined requests on one connection: the first is in flight when the close begins;
    // it is answered, with its connection ended there (the second is for another instance)
    const request = (text: string) => {
      const body = JSON.stringify({ text });
      return `POST /v1/analyze HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString()));
    const ended = new Promise((r) => socket.on('close', r));
    socket.write(request(STORY.repeat(800)) + request(STORY));
    await new Promise((r) => setTimeout(r, 150));
    await app.close();
    await ended;
    const statuses = [...received.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200]);
    expect(received).toMatch(/^connection: close\r$/im);
    expect(received).toContain('"speaker"');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
