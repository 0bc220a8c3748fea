/**
 * The fast path for static data. Every answer is a pure function of (dataset version, request
 * line, body, negotiated language, Accept, Origin), so a successful answer is kept and replayed
 * byte for byte: a repeated request is served from a Map without entering yoga at all (no
 * parsing, validation, execution or serialisation).
 *
 * Also here, for every GraphQL answer it stores:
 * - `ETag`: the dataset version and a hash of the body; `If-None-Match` gets `304 Not Modified`;
 * - `Cache-Control`: `public, max-age=…` for GET (so browsers and CDNs cache GET queries, and
 *   persisted documents by id), `no-store` is never needed since nothing is private.
 *
 * Only 200 answers are kept (errors that depend on load, such as timeouts, are not), bodies of
 * POSTs are read only up to MAX_CACHEABLE_BODY bytes with a Content-Length (anything else goes
 * to yoga untouched, which enforces its own limits), and the store is an LRU bounded in entries
 * and bytes, so unique queries cannot grow memory without bound.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { negotiateLanguage } from '../context.js';

export const MAX_CACHEABLE_BODY = 64 * 1024;
export const CACHE_MAX_AGE_SECONDS = 300;

export interface ResponseCacheOptions {
  /** The dataset version: part of every key and ETag. */
  version: string;
  /** The GraphQL endpoint path; other paths pass through. */
  endpoint: string;
  /** How many answers to keep (default 2,000). */
  maxEntries?: number;
  /** How many body bytes to keep in all (default 64 MiB). */
  maxBytes?: number;
  /** `false` stores nothing (every request is a miss) but still adds ETag and Cache-Control. */
  enabled?: boolean;
}

/** An answer ready to replay: status, raw header list, body. */
interface Stored {
  readonly status: number;
  readonly headers: readonly [string, string][];
  readonly body: Buffer;
  readonly etag: string;
  /** `headers` with Content-Length, flattened as `writeHead` takes them: built once, not per hit. */
  readonly raw: string[];
}

/** What yoga is: a Fetch-API app that can also be a node:http listener. */
export interface FetchApp {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
  (req: IncomingMessage, res: ServerResponse): unknown;
}

class Lru {
  private readonly map = new Map<string, Stored>();
  private bytes = 0;
  constructor(private readonly maxEntries: number, private readonly maxBytes: number) {}

  get(key: string): Stored | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: Stored): void {
    const size = value.body.length + key.length;
    if (size > this.maxBytes / 8) return; // one answer may not crowd out the rest
    const old = this.map.get(key);
    if (old) this.bytes -= old.body.length + key.length;
    this.map.set(key, value);
    this.bytes += size;
    for (const [k, v] of this.map) {
      if (this.map.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.body.length + k.length;
    }
  }

  get size(): number {
    return this.map.size;
  }
}

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

/** Headers that describe one exchange, not the answer: never stored or replayed. */
const perExchange = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * Wraps the yoga app in a node:http listener with the response cache in front. Returns the
 * listener and the cache statistics (for tests and the benchmark).
 */
export function createCachedListener(app: FetchApp, options: ResponseCacheOptions): RequestListener & { stats: { hits: number; misses: number; readonly entries: number } } {
  const cache = new Lru(options.maxEntries ?? 2_000, options.maxBytes ?? 64 * 1024 * 1024);
  const enabled = options.enabled ?? true;
  const tag = options.version.replace(/^sha256-/, '').slice(0, 16);
  const stats = { hits: 0, misses: 0, get entries() { return cache.size; } };

  const send = (req: IncomingMessage, res: ServerResponse, stored: Stored) => {
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((t) => t.trim() === stored.etag)) {
      const headers = stored.headers.filter(([k]) => k === 'etag' || k === 'cache-control' || k === 'vary'
        || k.startsWith('access-control-') || k === 'content-language');
      res.writeHead(304, headers.flat());
      res.end();
      return;
    }
    res.writeHead(stored.status, stored.raw);
    res.end(req.method === 'HEAD' ? undefined : stored.body);
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const method = req.method ?? 'GET';
    if (path !== options.endpoint || (method !== 'GET' && method !== 'POST')) return void app(req, res);
    // A GET without parameters is not a GraphQL request (a browser asking for GraphiQL, say).
    if (method === 'GET' && q === -1) return void app(req, res);

    const length = Number(req.headers['content-length']);
    if (method === 'POST' && !(length >= 0 && length <= MAX_CACHEABLE_BODY)) return void app(req, res);

    const language = negotiateLanguage(req.headers['accept-language']);
    const accept = req.headers.accept ?? '';
    const head = `${method} ${url}\n${language}\n${accept}\n${req.headers.origin ?? ''}\n${req.headers['content-type'] ?? ''}\n`;

    if (method === 'GET') {
      const hit = enabled ? cache.get(head) : undefined;
      if (hit) {
        stats.hits++;
        return void send(req, res, hit);
      }
      return void miss(req, res, head, undefined);
    }
    readBody(req, MAX_CACHEABLE_BODY).then((body) => {
      if (body === undefined) return; // longer than announced: the connection is already closed
      const key = head + body.toString('latin1');
      // An automatic persisted query's registration (Apollo's link sends the query with its hash
      // after a PERSISTED_QUERY_NOT_FOUND) must reach yoga, which records the hash: never replay it.
      const hit = enabled && !body.includes('"persistedQuery"') ? cache.get(key) : undefined;
      if (hit) {
        stats.hits++;
        return send(req, res, hit);
      }
      return miss(req, res, key, body);
    }).catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('Could not read the request body.');
    });
  };

  async function miss(req: IncomingMessage, res: ServerResponse, key: string, body: Buffer | undefined): Promise<void> {
    stats.misses++;
    // Stop the work if the client goes away before its answer; not after (aborting a finished
    // request still runs every abort listener and builds a DOMException).
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    try {
      const response = await app.fetch(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body !== undefined ? { body: new Uint8Array(body) } : {}),
        signal: controller.signal,
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const list: [string, string][] = [];
      response.headers.forEach((value, name) => {
        if (!perExchange.has(name)) list.push([name, value]);
      });
      const etag = `"${tag}-${createHash('sha1').update(bytes).digest('base64url').slice(0, 22)}"`;
      if (response.status === 200) {
        list.push(['etag', etag]);
        if (req.method === 'GET') list.push(['cache-control', `public, max-age=${CACHE_MAX_AGE_SECONDS}`]);
      }
      const raw = [...list, ['content-length', String(bytes.length)]].flat();
      const stored: Stored = { status: response.status, headers: list, body: bytes, etag, raw };
      if (enabled && response.status === 200) cache.set(key, stored);
      if (!res.destroyed) send(req, res, stored);
    } catch (error) {
      if (res.destroyed) return; // the client went away: nothing to answer
      console.error('unexpected error answering a GraphQL request', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }));
    }
  }

  return Object.assign(listener, { stats });
}
