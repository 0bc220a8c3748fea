import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, createRequestListener } from '../src/app.js';
import { loadDataset } from '../src/data/load.js';
import { documentId } from '../src/http/persisted-documents.js';
import { createCachedListener } from '../src/http/response-cache.js';
import { projectRoot } from '../src/paths.js';

const dataset = loadDataset();
const operationsDir = join(projectRoot, 'schema', 'operations');
const variables: Record<string, Record<string, unknown>> = {
  ArticlePage: { slug: 'witkoff-putin-talks-moscow' },
  Timeline: { slug: 'witkoff-putin-talks-moscow' },
  ActorProfile: { slug: 'vladimir-putin' },
  EventDetail: { slug: 'witkoff-putin-talks-moscow' },
  Search: { query: 'بوتين' },
  CorpusSearch: { query: 'بوتين', actors: ['vladimir-putin'] },
  ActorAcrossCorpus: { slug: 'vladimir-putin' },
};
const operations = readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).map((f) => {
  const name = f.replace(/\.graphql$/, '');
  // The explorer's operations all take the article's slug.
  const fallback = name.startsWith('Explorer') ? { slug: 'witkoff-putin-talks-moscow', language: 'AR' } : {};
  return { name, query: readFileSync(join(operationsDir, f), 'utf8'), variables: variables[name] ?? fallback };
});

async function serve(cache: boolean) {
  const listener = createRequestListener({ dataset, cache });
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, listener, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

let cached: Awaited<ReturnType<typeof serve>>;
let uncached: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  cached = await serve(true);
  uncached = await serve(false);
});
afterAll(async () => {
  await cached.close();
  await uncached.close();
});

/** Status, headers (except Date, which is the exchange's own) and body bytes. */
async function snapshot(res: Response) {
  const headers = [...res.headers].filter(([k]) => k !== 'date' && k !== 'keep-alive' && k !== 'connection').sort();
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('base64') };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const get = (url: string, params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${url}?${new URLSearchParams(params)}`, { headers });

describe('the response cache', () => {
  it.each(operations.map((o) => [o.name, o] as const))('replays %s byte for byte, over POST and GET, as the uncached path answers it', async (_name, op) => {
    for (const language of ['ar', 'en']) {
      const headers = { 'accept-language': language, accept: 'application/graphql-response+json' };
      const body = { query: op.query, variables: op.variables };
      const reference = await snapshot(await post(uncached.url, body, headers));
      expect(reference.status).toBe(200);
      const hitsBefore = cached.listener.stats.hits;
      const first = await snapshot(await post(cached.url, body, headers));
      const second = await snapshot(await post(cached.url, body, headers));
      expect(cached.listener.stats.hits).toBe(hitsBefore + 1);
      expect(first).toEqual(reference);
      expect(second).toEqual(reference);

      const params = { query: op.query, variables: JSON.stringify(op.variables) };
      const getReference = await snapshot(await get(uncached.url, params, headers));
      const getFirst = await snapshot(await get(cached.url, params, headers));
      const getSecond = await snapshot(await get(cached.url, params, headers));
      expect(getFirst).toEqual(getReference);
      expect(getSecond).toEqual(getReference);
      expect(getReference.body).toBe(reference.body);
    }
  });

  it('keys answers by the negotiated language', async () => {
    const body = { query: '{ actor(slug: "vladimir-putin") { name { text } } }' };
    const ar = await (await post(cached.url, body, { 'accept-language': 'ar' })).json();
    const en = await (await post(cached.url, body, { 'accept-language': 'en' })).json();
    const arAgain = await (await post(cached.url, body, { 'accept-language': 'ar' })).json();
    expect(ar).toEqual({ data: { actor: { name: { text: 'فلاديمير بوتين' } } } });
    expect(en).toEqual({ data: { actor: { name: { text: 'Vladimir Putin' } } } });
    expect(arAgain).toEqual(ar);
  });

  it('sends an ETag carrying the dataset version, and 304 for If-None-Match, from cache or not', async () => {
    for (const server of [cached, uncached]) {
      const params = { query: '{ dataset { contentHash } }' };
      const res = await get(server.url, params);
      const etag = res.headers.get('etag')!;
      expect(etag).toMatch(new RegExp(`^"${dataset.version.slice('sha256-'.length, 'sha256-'.length + 16)}-`));
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const again = await get(server.url, params, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      const other = await get(server.url, params, { 'if-none-match': '"something-else"' });
      expect(other.status).toBe(200);
    }
  });

  it('does not mark POST answers cacheable for shared caches', async () => {
    const res = await post(cached.url, { query: '{ __typename }' });
    expect(res.headers.get('cache-control')).toBeNull();
    expect(res.headers.get('etag')).toMatch(/^"/);
  });

  it('stays bounded in entries: unique queries evict the oldest', async () => {
    const listener = createCachedListener(createApp({ dataset }), { version: dataset.version, endpoint: '/graphql', maxEntries: 5 });
    const server = createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    try {
      for (let i = 0; i < 12; i++) await post(url, { query: `{ search(query: "unique${i}") { totalCount } }` });
      expect(listener.stats.entries).toBe(5);
      await post(url, { query: '{ search(query: "unique11") { totalCount } }' }); // still kept
      expect(listener.stats.hits).toBe(1);
      await post(url, { query: '{ search(query: "unique0") { totalCount } }' }); // evicted
      expect(listener.stats.hits).toBe(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('persisted documents', () => {
  const search = operations.find((o) => o.name === 'Search')!;
  const id = documentId(search.query);

  it.each([
    ['documentId with the sha256: prefix', () => ({ documentId: id })],
    ['documentId as bare hex', () => ({ documentId: id.slice('sha256:'.length) })],
  ])('answers GET with %s like the full text', async (_label, params) => {
    const byText = await (await get(cached.url, { query: search.query, variables: JSON.stringify(search.variables) })).json();
    const res = await get(cached.url, { ...params(), variables: JSON.stringify(search.variables) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await res.json()).toEqual(byText);
  });

  it('answers POST with Apollo\'s persistedQuery extension', async () => {
    const res = await post(cached.url, {
      variables: search.variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: id.slice('sha256:'.length) } },
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.search.totalCount).toBeGreaterThan(0);
  });

  it('refuses an unknown document id with a clear code', async () => {
    const res = await get(cached.url, { documentId: `sha256:${'0'.repeat(64)}` });
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(body.errors[0].message).toMatch(/documentId/);
  });

  it('refuses an APQ hash it does not hold: PERSISTED_QUERY_NOT_FOUND, 404, never cached', async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } });
    for (let i = 0; i < 2; i++) {
      const res = await get(cached.url, { extensions });
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store'); // an error: no cache may keep it
      const body = await res.json();
      expect(body.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    }
  });

  it('registers a query sent with its hash; then a hash-only GET answers it, cacheable', async () => {
    const query = '{ actor(slug: "yuri-ushakov") { id slug } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect((await get(cached.url, { extensions: JSON.stringify(extensions) })).status).toBe(404);
    const registration = await post(cached.url, { query, extensions });
    expect(registration.status).toBe(200);
    const res = await get(cached.url, { extensions: JSON.stringify(extensions) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await res.json()).data.actor.slug).toBe('yuri-ushakov');
  });

  it('never answers an APQ registration from the response cache: the hash must reach the store', async () => {
    const query = '{ actor(slug: "dmitry-kim") { id } }';
    const body = { query, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } } };
    const before = cached.listener.stats.hits;
    for (let i = 0; i < 3; i++) expect((await post(cached.url, body)).status).toBe(200);
    expect(cached.listener.stats.hits).toBe(before);
  });

  it('refuses a query whose hash does not match: PERSISTED_QUERY_MISMATCH, and nothing is stored', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } };
    const res = await post(cached.url, { query: '{ __typename }', extensions });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
    expect((await get(cached.url, { extensions: JSON.stringify(extensions) })).status).toBe(404);
  });

  it('has an id for every operation in schema/operations', () => {
    expect(new Set(operations.map((o) => documentId(o.query))).size).toBe(operations.length);
  });
});
