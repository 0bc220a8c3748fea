/**
 * Akhbar composed into a supergraph with a second subgraph, behind Hive Gateway, all on 127.0.0.1:
 * queries that cross both subgraphs, and what a client sees when one subgraph dies or hangs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphApp } from '../../src/subgraph/app.js';
import { WORST_CASE_MS } from '../../deploy/gateway.config.js';
import { composeSupergraph, type Listening, listen, post, startGateway } from './harness.js';
import { createWikidataApp, WIKIDATA_IDS } from './wikidata-subgraph.js';

const PERSON_ACROSS = `{
  actor(slug: "vladimir-putin") {
    __typename slug name { text }
    ... on Person { wikidataId }
    mentionCount
  }
}`;

/** Starts both subgraphs and a gateway in front of them; `close` stops whatever is still running. */
async function startAll() {
  const akhbar = await listen(createSubgraphApp());
  const wikidata = await listen(createWikidataApp());
  const supergraph = composeSupergraph({ akhbar: akhbar.url, wikidata: wikidata.url });
  const gateway = await startGateway(supergraph);
  const stopped = new Set<Listening>();
  const stop = async (server: Listening) => {
    if (stopped.has(server)) return;
    stopped.add(server);
    await server.close();
  };
  return {
    akhbar, wikidata, supergraph, gateway, stop,
    close: async () => {
      await stop(gateway);
      await stop(akhbar);
      await stop(wikidata);
    },
  };
}

describe('composition', () => {
  let all: Awaited<ReturnType<typeof startAll>>;
  beforeAll(async () => (all = await startAll()));
  afterAll(() => all.close());

  it('composes a supergraph of both subgraphs, with Person joined on its slug', () => {
    expect(all.supergraph).toMatch(/join__Graph[\s\S]*AKHBAR @join__graph\(name: "akhbar", url: "http:\/\/127\.0\.0\.1:\d+\/graphql"\)/);
    expect(all.supergraph).toMatch(/WIKIDATA @join__graph\(name: "wikidata"/);
    expect(all.supergraph).toMatch(/type Person implements[^{]*@join__type\(graph: AKHBAR, key: "slug"\)[^{]*@join__type\(graph: WIKIDATA, key: "slug"\)/);
  });

  it('joins an Akhbar person with the field the other subgraph adds', async () => {
    const result = await post(all.gateway.url, PERSON_ACROSS);
    expect(result.errors).toBeUndefined();
    expect(result.data.actor).toEqual({
      __typename: 'Person', slug: 'vladimir-putin', name: { text: 'Vladimir Putin' }, wikidataId: 'Q7747', mentionCount: expect.any(Number),
    });
    expect(result.data.actor.mentionCount).toBeGreaterThan(0);
  });

  it('answers null for a person the other subgraph has no item for', async () => {
    const result = await post(all.gateway.url, '{ actor(slug: "yuri-ushakov") { name { text } ... on Person { wikidataId } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.actor).toEqual({ name: { text: 'Yuri Ushakov' }, wikidataId: null });
  });

  it('resolves Akhbar entities from the other subgraph\'s root field (through _entities)', async () => {
    const result = await post(all.gateway.url, '{ wikidataPeople { slug wikidataId name { text } roles { title { text } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.wikidataPeople.map((p: any) => [p.slug, p.wikidataId, p.name.text])).toEqual([
      ['vladimir-putin', WIKIDATA_IDS['vladimir-putin'], 'Vladimir Putin'],
      ['donald-trump', WIKIDATA_IDS['donald-trump'], 'Donald Trump'],
    ]);
    expect(result.data.wikidataPeople[0].roles.length).toBeGreaterThan(0);
  });

  it('joins across a list: every person of the article, with their Wikidata ids', async () => {
    const result = await post(all.gateway.url, `{
      article(slug: "witkoff-putin-talks-moscow") { actors(first: 100, filter: { kinds: [PERSON] }) { nodes { slug ... on Person { wikidataId } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const people = result.data.article.actors.nodes as { slug: string; wikidataId: string | null }[];
    expect(people.length).toBeGreaterThan(2);
    for (const p of people) expect(p.wikidataId).toBe(WIKIDATA_IDS[p.slug] ?? null);
  });

  it.each([['ar', 'فلاديمير بوتين'], ['en', 'Vladimir Putin']])('passes Accept-Language: %s on to Akhbar', async (language, name) => {
    const response = await fetch(`${all.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ query: '{ actor(slug: "vladimir-putin") { name { text } } }' }),
    });
    expect(((await response.json()) as any).data.actor.name.text).toBe(name);
  });
});

describe('when a subgraph goes away', () => {
  let all: Awaited<ReturnType<typeof startAll>>;
  beforeAll(async () => (all = await startAll()));
  afterAll(() => all.close());

  it('answers from Akhbar, with a clear error for the missing field, within a bound', async () => {
    expect((await post(all.gateway.url, PERSON_ACROSS)).errors).toBeUndefined();
    await all.stop(all.wikidata);

    const result = await post(all.gateway.url, PERSON_ACROSS);
    expect(result.status).toBe(200);
    expect(result.data.actor).toMatchObject({ slug: 'vladimir-putin', name: { text: 'Vladimir Putin' }, wikidataId: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toEqual({
      message: 'The "wikidata" subgraph could not be reached; the fields it serves are null.',
      path: ['actor', 'wikidataId'],
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'wikidata' },
    });
    // Connection refused fails fast: the retries' delays (0.1 s, then 0.125 s) are most of the wait.
    expect(result.ms).toBeLessThan(3_000);
  });

  it('still answers queries that need only the other subgraph when Akhbar is gone', async () => {
    await all.stop(all.akhbar);
    const result = await post(all.gateway.url, '{ actor(slug: "vladimir-putin") { name { text } } }');
    expect(result.data?.actor ?? null).toBeNull();
    expect(result.errors![0]!.message).toBe('The "akhbar" subgraph could not be reached; the fields it serves are null.');
    expect(result.errors![0]!.extensions).toEqual({ code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'akhbar' });
    expect(result.ms).toBeLessThan(3_000);
  });
});

describe('when a subgraph hangs', () => {
  let all: Awaited<ReturnType<typeof startAll>>;
  let hung: Listening;
  let hungGateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    all = await startAll();
    // Accepts connections and requests, and never answers.
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    hung = { url, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
    hungGateway = await startGateway(composeSupergraph({ akhbar: all.akhbar.url, wikidata: hung.url }));
  });
  afterAll(async () => {
    await hungGateway.close();
    await hung.close();
    await all.close();
  });

  it('gives up on it after the upstream timeout and its retries, and still answers Akhbar\'s fields', async () => {
    const result = await post(hungGateway.url, PERSON_ACROSS);
    expect(result.data.actor).toMatchObject({ slug: 'vladimir-putin', name: { text: 'Vladimir Putin' }, wikidataId: null });
    expect(result.errors![0]).toMatchObject({
      message: 'The "wikidata" subgraph did not answer in time; the fields it serves are null.',
      path: ['actor', 'wikidataId'],
      extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'wikidata' },
    });
    expect(result.ms).toBeGreaterThan(WORST_CASE_MS - 500);
    expect(result.ms).toBeLessThan(WORST_CASE_MS + 1_000);
  }, 20_000);
});
