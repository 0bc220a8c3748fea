/**
 * The edge: the node:http listener in front of the yoga app, with the response cache.
 *
 * Every request is first checked and pinned (request-identity.ts): a malformed `Host` or target
 * is refused with 400, and the URL executed never comes from a header. GET and POST requests to
 * the GraphQL endpoint then go through the cache: every answer is a pure function of the dataset
 * and the request's identity (`cacheKey`), so a successful one is kept and replayed byte for
 * byte, without entering yoga at all. Everything else (static files, GraphiQL's page, POSTs too
 * large or without a Content-Length to read up front) goes to yoga's own adapter, pinned.
 *
 * What a GraphQL answer carries (`answerHeaders`): one `ETag` (dataset version, body hash and
 * content coding) on 200s only; one `Cache-Control` (`public, max-age=…` for a GET 200, `no-store`
 * for errors and event streams, none for a POST 200); `Vary: Accept, Accept-Language,
 * Accept-Encoding`. Bodies are compressed with brotli or gzip as `Accept-Encoding` asks
 * (http-caching.ts); each coding of a stored answer is made once and kept with it.
 *
 * The store is `lru-cache`, bounded in entries and in bytes (keys, bodies and compressed copies).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Language } from '../context.js';
import { ErrorCode } from '../errors.js';
import { type Encoding, etagFor, matchingEtag, MIN_COMPRESSIBLE_BYTES, negotiateEncoding, notModifiedHeaders } from './http-caching.js';
import { type FastPath, plainParams } from './fast-path.js';
import { DEFAULT_CACHE_BYTES } from './memory.js';
import { cacheKey, checkedTarget, FIXED_ORIGIN, forwardedHeaders, pinRequest, type RequestIdentity, requestIdentity } from './request-identity.js';

const MAX_CACHEABLE_BODY = 64 * 1024;
const CACHE_MAX_AGE_SECONDS = 300;
/** The response cache's default bounds; README's memory table sums them with the others. */
const DEFAULT_CACHE_ENTRIES = 2_000;
/** The request headers a GraphQL answer depends on: every one is in the cache key. */
const GRAPHQL_VARY = 'Accept, Accept-Language, Accept-Encoding';

export interface ResponseCacheOptions {
  /** The dataset version: part of every ETag (answers change only with it). */
  version: string;
  /** The GraphQL endpoint path; other paths pass through. */
  endpoint: string;
  /** How many answers to keep (default 2,000). */
  maxEntries?: number;
  /** How many bytes to keep in all, keys and compressed copies included (default 64 MiB). */
  maxBytes?: number;
  /** `false` stores nothing (every request is a miss) but still adds the caching headers. */
  enabled?: boolean;
  /** Answers known documents on a miss without yoga (fast-path.ts). */
  fastPath?: FastPath;
}

/** One content coding of an answer, ready to write: body, its ETag and the whole header list. */
interface Variant {
  readonly body: Buffer;
  readonly etag: string;
  /** Headers flattened as `writeHead` takes them, Content-Length included: built once, not per hit. */
  readonly raw: string[];
}

/** An answer: status, headers common to its variants, and each coding made so far. */
interface Stored {
  readonly status: number;
  readonly headers: readonly [string, string][];
  readonly variants: Partial<Record<Encoding | 'identity', Variant>>;
}

/** What yoga is: a Fetch-API app that can also be a node:http listener. */
export interface FetchApp {
  fetch(url: string, init: RequestInit, serverContext: { language: Language }): Response | Promise<Response>;
  (req: IncomingMessage, res: ServerResponse): unknown;
}

export interface CacheStats { hits: number; misses: number; /** Misses answered by the fast path. */ fast: number; readonly entries: number; readonly bytes: number }

/** Headers that describe one exchange, or that the cache sets itself: never copied from yoga. */
const replaced = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'etag', 'cache-control', 'vary', 'content-encoding']);

/** Media types answered as a stream of events: never stored, never stored by anyone else. */
const isStream = (type: string | null) => type !== null && /^(text\/event-stream|multipart\/mixed)/i.test(type);

/** The headers of a GraphQL answer, from yoga's, with the cache's own (see the file's header). */
function answerHeaders(response: Response, method: string, stream: boolean): [string, string][] {
  const list: [string, string][] = [];
  const vary = new Set(GRAPHQL_VARY.split(', '));
  response.headers.forEach((value, name) => {
    if (name === 'vary') for (const v of value.split(',')) vary.add(v.trim());
    else if (!replaced.has(name)) list.push([name, value]);
  });
  list.push(['vary', [...vary].join(', ')]);
  if (stream || response.status !== 200) list.push(['cache-control', 'no-store']);
  else if (method === 'GET') list.push(['cache-control', `public, max-age=${CACHE_MAX_AGE_SECONDS}`]);
  return list;
}

/**
 * Compresses at a level cheap enough for a miss. On the 74 KB article page: brotli 5 gives 9.8 KB
 * in ~1 ms, smaller than gzip 6 (10.7 KB, 0.6 ms) and than brotli at quality 4 (10.8 KB); made once.
 */
function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 });
}

function makeVariant(stored: Omit<Stored, 'variants'>, body: Buffer, etag: string | undefined, encoding: Encoding | undefined): Variant {
  const list: [string, string][] = [...stored.headers];
  if (etag) list.push(['etag', etag]);
  if (encoding) list.push(['content-encoding', encoding]);
  list.push(['content-length', String(body.length)]);
  return { body, etag: etag ?? '', raw: list.flat() };
}

/** The variant of `stored` for `encoding`, made (and kept in `stored`) if it is not there yet. */
function variantFor(stored: Stored, encoding: Encoding | undefined): { variant: Variant; made: boolean } {
  const identity = stored.variants.identity as Variant;
  if (!encoding || identity.body.length < MIN_COMPRESSIBLE_BYTES) return { variant: identity, made: false };
  const existing = stored.variants[encoding];
  if (existing) return { variant: existing, made: false };
  const etag = identity.etag ? etagFor(identity.etag, encoding) : undefined;
  const variant = makeVariant(stored, compress(identity.body, encoding), etag, encoding);
  stored.variants[encoding] = variant;
  return { variant, made: true };
}

const storedSize = (stored: Stored, key: string) =>
  key.length + Object.values(stored.variants).reduce((sum, v) => sum + v.body.length, 0);

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        req.destroy();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A 400 for a request that cannot be served at all; no stack, nothing logged. */
function refuseMalformed(res: ServerResponse, reason: string): void {
  const body = JSON.stringify({ errors: [{ message: `Bad request: ${reason}`, extensions: { code: ErrorCode.BAD_REQUEST } }] });
  res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

/** Writes `stored` as the answer to `req`: 304 or 412 when `If-None-Match` matches a 200, else the chosen coding. */
function send(req: IncomingMessage, res: ServerResponse, stored: Stored, variant: Variant): void {
  const matched = stored.status === 200 ? matchingEtag(req.headers['if-none-match'], variant.etag) : undefined;
  if (matched) {
    // RFC 9110 §13.1.2: 304 for GET; any other method gets 412 (a POST never answers 304).
    const status = req.method === 'GET' ? 304 : 412;
    const headers = notModifiedHeaders(stored.headers);
    headers.push(['etag', matched]);
    res.writeHead(status, headers.flat());
    res.end();
    return;
  }
  res.writeHead(stored.status, variant.raw);
  res.end(variant.body);
}

/** Streams an answer that is a stream of events (text/event-stream, multipart) as it comes. */
async function pipeStream(res: ServerResponse, response: Response, headers: [string, string][]): Promise<void> {
  res.writeHead(response.status, headers.flat());
  if (response.body) for await (const chunk of response.body) res.write(chunk);
  res.end();
}

/** Whether the request is one the cache handles: a GraphQL GET with parameters, or a small POST with Content-Length. */
function cacheableMethod(req: IncomingMessage, target: string, endpoint: string): 'GET' | 'POST' | undefined {
  const q = target.indexOf('?');
  if ((q === -1 ? target : target.slice(0, q)) !== endpoint) return undefined;
  // A GET without parameters is not a GraphQL request (a browser asking for GraphiQL, say).
  if (req.method === 'GET') return q === -1 ? undefined : 'GET';
  const length = Number(req.headers['content-length']);
  return req.method === 'POST' && length >= 0 && length <= MAX_CACHEABLE_BODY ? 'POST' : undefined;
}

/** The listener's state and steps: the store, its statistics, and how a request is answered. */
class Edge {
  readonly stats: CacheStats;
  private readonly store: LRUCache<string, Stored>;
  private readonly enabled: boolean;
  /** The dataset version's first 16 hex digits: the start of every ETag. */
  private readonly tag: string;

  constructor(private readonly app: FetchApp, private readonly options: ResponseCacheOptions) {
    const maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
    // One answer may not crowd out the rest: at most an eighth of the store.
    const store = new LRUCache<string, Stored>({ max: options.maxEntries ?? DEFAULT_CACHE_ENTRIES, maxSize: maxBytes, maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)), sizeCalculation: storedSize });
    this.store = store;
    this.enabled = options.enabled ?? true;
    this.tag = options.version.replace(/^sha256-/, '').slice(0, 16);
    this.stats = { hits: 0, misses: 0, fast: 0, get entries() { return store.size; }, get bytes() { return store.calculatedSize; } };
  }

  readonly listen = (req: IncomingMessage, res: ServerResponse): void => {
    const checked = checkedTarget(req);
    if ('malformed' in checked) return refuseMalformed(res, checked.malformed);
    const method = cacheableMethod(req, checked.target, this.options.endpoint);
    if (!method) {
      pinRequest(req, checked.target);
      return void this.app(req, res);
    }
    const identity = requestIdentity(req, method, checked.target);
    if (method === 'GET') return this.lookUp(req, res, identity, undefined);
    readBody(req, MAX_CACHEABLE_BODY).then((body) => {
      if (body !== undefined) this.lookUp(req, res, identity, body); // else: longer than announced, connection closed
    }).catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('Could not read the request body.');
    });
  };

  private lookUp(req: IncomingMessage, res: ServerResponse, identity: RequestIdentity, body: Buffer | undefined): void {
    const key = cacheKey(identity, body);
    // An APQ registration (a POST naming `persistedQuery`) always reaches yoga, so that its hash is
    // registered even when this cache already holds the answer.
    const hit = this.enabled && !body?.includes('"persistedQuery"') ? this.store.get(key) : undefined;
    if (!hit) return void this.miss(req, res, identity, key, body);
    this.stats.hits++;
    this.answer(req, res, key, hit);
  }

  private answer(req: IncomingMessage, res: ServerResponse, key: string, stored: Stored): void {
    const { variant, made } = variantFor(stored, negotiateEncoding(req.headers['accept-encoding']));
    if (made && this.enabled && this.store.has(key)) this.store.set(key, stored); // re-sized with its new coding
    send(req, res, stored, variant);
  }

  private async miss(req: IncomingMessage, res: ServerResponse, identity: RequestIdentity, key: string, body: Buffer | undefined): Promise<void> {
    this.stats.misses++;
    // Stop the work if the client goes away before its answer; not after (aborting a finished
    // request still runs every abort listener and builds a DOMException).
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const stored = this.fastAnswer(identity, body) ?? await this.generalAnswer(identity, body, controller.signal, res);
      if (!stored) return; // streamed
      if (this.enabled && stored.status === 200) this.store.set(key, stored);
      if (!res.destroyed) this.answer(req, res, key, stored);
    } catch (error) {
      if (res.destroyed) return; // the client went away: nothing to answer
      console.error('unexpected error answering a GraphQL request:', error instanceof Error ? error.message : error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }));
    }
  }

  /** The fast path's answer for a known document, or `undefined`. */
  private fastAnswer(identity: RequestIdentity, body: Buffer | undefined): Stored | undefined {
    const params = this.options.fastPath && plainParams(identity, body);
    const fast = params && this.options.fastPath?.answer(identity, params);
    if (!fast) return undefined;
    this.stats.fast++;
    return this.stored(200, fast.headers, fast.body);
  }

  /** yoga's answer; `undefined` when it was a stream, already written to `res`. */
  private async generalAnswer(identity: RequestIdentity, body: Buffer | undefined, signal: AbortSignal, res: ServerResponse): Promise<Stored | undefined> {
    const response = await this.app.fetch(FIXED_ORIGIN + identity.target, {
      method: identity.method,
      headers: forwardedHeaders(identity, body?.length),
      ...(body !== undefined ? { body: new Uint8Array(body) } : {}),
      signal,
    }, { language: identity.language }); // negotiated once, at the edge
    const stream = isStream(response.headers.get('content-type'));
    const headers = answerHeaders(response, identity.method, stream);
    if (stream) return void await pipeStream(res, response, headers);
    this.options.fastPath?.learnFraming(identity, response.status, headers);
    return this.stored(response.status, headers, Buffer.from(await response.arrayBuffer()));
  }

  /** An answer ready to store: its identity coding, with an ETag when it is a 200. */
  private stored(status: number, headers: readonly [string, string][], bytes: Buffer): Stored {
    const etag = status === 200 ? `"${this.tag}-${createHash('sha1').update(bytes).digest('base64url').slice(0, 22)}"` : undefined;
    const base = { status, headers };
    return { ...base, variants: { identity: makeVariant(base, bytes, etag, undefined) } };
  }
}

/**
 * Wraps the yoga app in a node:http listener with the edge checks and the response cache in
 * front. Returns the listener and the cache statistics (for tests and the benchmark).
 */
export function createCachedListener(app: FetchApp, options: ResponseCacheOptions): RequestListener & { stats: CacheStats } {
  const edge = new Edge(app, options);
  return Object.assign(edge.listen, { stats: edge.stats });
}
