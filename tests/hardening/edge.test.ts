/**
 * The edge, attacked as a client would over real sockets on 127.0.0.1: no request can change
 * what another request receives (Host, absolute-form targets, arbitrary headers), malformed
 * requests get 400 without internals, and the HTTP caching headers are ones a CDN can trust.
 */
import { request as httpRequest, createServer, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRequestListener } from '../../src/app.js';
import { loadDataset } from '../../src/data/load.js';
import { leaksIn } from '../helpers/http.js';

const dataset = loadDataset();

interface Exchange { status: number; headers: IncomingHttpHeaders; rawHeaders: string[]; body: Buffer }

async function serve() {
  const listener = createRequestListener({ dataset });
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  return { port, listener, close };
}

/** One request with exactly these headers (Host included), on a connection of its own. */
function exchange(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false, setHost: !('host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes written as they are on a socket, for request lines no HTTP client would send. */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const q = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;
const VICTIM = q('{ actor(slug: "vladimir-putin") { name { text } } }');
const EVIL_HOST = 'x/graphql?query=%7Bactor%3Aactor(slug%3A%22donald-trump%22)%7Bname%7Btext%7D%7D%7D#';
const json = (e: Exchange) => JSON.parse(e.body.toString('utf8'));

let edge: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => { edge = await serve(); });
afterAll(async () => { await edge.close(); });

describe('one request, one identity', () => {
  it('the Host repro: a Host ending in # is refused, and the victim still gets Putin', async () => {
    for (let i = 0; i < 4; i++) {
      const attack = await exchange(edge.port, VICTIM, { host: EVIL_HOST, 'accept-language': 'en' });
      expect(attack.status).toBe(400);
      expect(json(attack).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    const victim = await exchange(edge.port, VICTIM, { 'accept-language': 'en' });
    expect(json(victim)).toEqual({ data: { actor: { name: { text: 'Vladimir Putin' } } } });
  });

  it.each(['a b', '[', 'x:99999', 'x/y', 'x?y', 'x#', 'ex@mple'])('a malformed Host %j is 400 BAD_REQUEST, with no stack and nothing logged', async (host) => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    try {
      const answer = await exchange(edge.port, VICTIM, { host });
      expect(answer.status).toBe(400);
      expect(json(answer).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
      expect(json(answer).errors[0].message).toMatch(/Host/);
      expect(leaksIn(answer.body.toString())).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });

  it('a valid Host of any name, IPv6 or port is served the same answer', async () => {
    const reference = await exchange(edge.port, VICTIM);
    for (const host of ['evil.example', '[::1]:8080', 'a.b-c_d:1', '127.0.0.1:65535'])
      expect((await exchange(edge.port, VICTIM, { host })).body.equals(reference.body)).toBe(true);
  });

  it('an absolute-form target executes its path and query, never its authority', async () => {
    const text = await rawExchange(edge.port, `GET http://evil.example${q('{ actor(slug: "donald-trump") { slug } }')} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text).toContain('"slug":"donald-trump"');
  });

  it.each(['*', 'graphql?query=x', '//evil.example/graphql?query=%7B__typename%7D'])('the request target %j is refused or stays on this origin', async (target) => {
    const text = await rawExchange(edge.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    // Refused, not found, or answered as this origin's GraphQL: never as evil.example's.
    expect(text).toMatch(/^HTTP\/1\.1 (400|404|200)/);
    if (text.startsWith('HTTP/1.1 200')) expect(text).toContain('{"data":{"__typename":"Query"}}');
    expect(leaksIn(text)).toEqual([]);
  });

  it('property: a request with arbitrary headers never changes what an ordinary request then receives', async () => {
    const fresh = await serve();
    const ordinary = [VICTIM, q('{ event(slug: "witkoff-putin-talks-moscow") { title { text } } }')];
    const reference = new Map<string, Buffer>();
    for (const path of ordinary) for (const lang of ['ar', 'en']) reference.set(`${path}|${lang}`, (await exchange(fresh.port, path, { 'accept-language': lang })).body);
    await fresh.close();
    const value = fc.oneof(fc.constantFrom('en', 'ar', EVIL_HOST, 'text/html', 'text/event-stream', 'br', 'gzip', '*', 'application/json', 'https://evil.example', 'W/"x"', 'POST'),
      fc.string({ unit: fc.constantFrom(...'abc:/?#=%;,* "\'[]@.-_01'), maxLength: 40 }));
    const name = fc.constantFrom('host', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded', 'accept', 'accept-language', 'accept-encoding',
      'content-type', 'origin', 'if-none-match', 'x-http-method-override', 'cookie', 'authorization', 'x-original-url', 'x-rewrite-url');
    await fc.assert(fc.asyncProperty(fc.dictionary(name, value, { maxKeys: 6 }), fc.constantFrom(...ordinary), fc.constantFrom('ar', 'en'), async (headers, path, lang) => {
      await exchange(edge.port, path, headers).catch(() => undefined); // whatever it gets
      const answer = await exchange(edge.port, path, { 'accept-language': lang });
      expect(answer.status).toBe(200);
      expect(answer.body.equals(reference.get(`${path}|${lang}`)!)).toBe(true);
    }), { numRuns: 150, examples: [[{ host: EVIL_HOST }, VICTIM, 'en'], [{ 'accept-language': 'en', host: EVIL_HOST }, VICTIM, 'ar']] });
  }, 60_000);
});

describe('HTTP caching a CDN can trust', () => {
  const count = (e: Exchange, name: string) => e.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === name).length;

  it('a GraphQL answer has one ETag, one Cache-Control, and Vary naming every header it depends on', async () => {
    for (const method of ['GET', 'POST']) {
      const answer = method === 'GET' ? await exchange(edge.port, VICTIM, { 'accept-encoding': 'br' })
        : await exchange(edge.port, '/graphql', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ query: '{ __typename }' }));
      expect(count(answer, 'etag')).toBe(1);
      expect(count(answer, 'cache-control')).toBe(method === 'GET' ? 1 : 0);
      expect(count(answer, 'vary')).toBe(1);
      expect(answer.headers.vary?.split(', ')).toEqual(expect.arrayContaining(['Accept', 'Accept-Language', 'Accept-Encoding']));
    }
  });

  it('If-None-Match with a list, a weak tag or * gets 304; a POST never gets 304', async () => {
    const first = await exchange(edge.port, VICTIM);
    const etag = first.headers.etag!;
    for (const header of [`"a", ${etag}, "b"`, `W/${etag}`, '*']) {
      const again = await exchange(edge.port, VICTIM, { 'if-none-match': header });
      expect(again.status, header).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
    }
    expect((await exchange(edge.port, VICTIM, { 'if-none-match': '"other"' })).status).toBe(200);
    const body = JSON.stringify({ query: '{ __typename }' });
    const post = await exchange(edge.port, '/graphql', { 'content-type': 'application/json' }, 'POST', body);
    const conditional = await exchange(edge.port, '/graphql', { 'content-type': 'application/json', 'if-none-match': post.headers.etag! }, 'POST', body);
    expect(conditional.status).toBe(412);
  });

  it('a 304 never stands for an error: errors carry no ETag and are no-store', async () => {
    const bad = q('{ nothing }');
    const first = await exchange(edge.port, bad, { accept: 'application/graphql-response+json' });
    expect(first.status).toBe(400);
    expect(first.headers.etag).toBeUndefined();
    expect(first.headers['cache-control']).toBe('no-store');
    expect((await exchange(edge.port, bad, { accept: 'application/graphql-response+json', 'if-none-match': '*' })).status).toBe(400);
  });

  it("GraphiQL's page on the API URL is never kept by a shared cache, and has a CSP and nosniff", async () => {
    const page = await exchange(edge.port, '/graphql', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(page.headers.vary).toMatch(/Accept\b/);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const html = q('{ __typename }');
    const asHtml = await exchange(edge.port, html, { accept: 'text/html' });
    expect(asHtml.headers['content-type'] ?? '').not.toMatch(/html/);
  }, 120_000); // a fresh clone compresses GraphiQL's editor on first use (npm run build does it ahead)

  it('an event stream is no-store and never kept', async () => {
    const path = q('{ actor(slug: "donald-trump") { slug } }');
    const before = edge.listener.stats.entries;
    const stream = await exchange(edge.port, path, { accept: 'text/event-stream' });
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['cache-control']).toBe('no-store');
    expect(stream.body.toString()).toContain('donald-trump');
    expect(edge.listener.stats.entries).toBe(before);
  });

  it('media types are case-insensitive: APPLICATION/JSON is JSON', async () => {
    const answer = await exchange(edge.port, '/graphql', { 'content-type': 'APPLICATION/JSON; charset=UTF-8', accept: 'APPLICATION/JSON' }, 'POST', JSON.stringify({ query: '{ __typename }' }));
    expect(answer.status).toBe(200);
    expect(json(answer)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('compression', () => {
  const article = q('{ article(slug: "witkoff-putin-talks-moscow") { sections { paragraphs { text { ar en } } } } }');

  it.each([
    ['br', 'br'], ['gzip', 'gzip'], ['gzip, br', 'br'], ['br;q=0, gzip', 'gzip'], ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['identity', undefined], ['*;q=0, identity', undefined], ['', undefined], ['deflate', undefined], ['*', 'br'],
  ])('Accept-Encoding %j gets %s, decoding to the same bytes, made once', async (acceptEncoding, expected) => {
    const plain = await exchange(edge.port, article);
    const hitsBefore = edge.listener.stats.hits;
    const answer = await exchange(edge.port, article, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
    expect(edge.listener.stats.hits).toBe(hitsBefore + 1);
    expect(answer.headers['content-encoding']).toBe(expected);
    const decoded = expected === 'br' ? brotliDecompressSync(answer.body) : expected === 'gzip' ? gunzipSync(answer.body) : answer.body;
    expect(decoded.equals(plain.body)).toBe(true);
    if (expected) {
      expect(answer.body.length).toBeLessThan(plain.body.length / 2);
      expect(answer.headers.etag).toBe(plain.headers.etag!.replace(/"$/, `-${expected}"`));
      const again = await exchange(edge.port, article, { 'accept-encoding': acceptEncoding });
      expect(again.body.equals(answer.body)).toBe(true);
    }
  });

  it('tiny answers are sent plain', async () => {
    const answer = await exchange(edge.port, q('{ __typename }'), { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
  });
});
