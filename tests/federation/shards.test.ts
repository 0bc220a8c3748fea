/**
 * A corpus split into two shards by article, behind Hive Gateway (docs/SCALING.md, "Beyond one
 * machine"). Federation does not route an entity to a subgraph by its key's value, so the shards
 * sit behind a router: one URL for the gateway, which sends each request to the shard that holds
 * the article it names. Each shard is a complete Akhbar subgraph over its own articles (and the
 * actors they refer to).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../src/data/dataset.js';
import { loadDataset } from '../../src/data/load.js';
import type { Tables } from '../../src/data/records.js';
import { createSubgraphApp } from '../../src/subgraph/app.js';
import { synthesizeTables } from '../../scripts/synth.js';
import { composeSupergraph, type Listening, listen, post, startGateway } from './harness.js';
import { createWikidataApp } from './wikidata-subgraph.js';

const ARTICLES = 20;

/** The records of the articles `keep` picks, with everything that hangs off them; every actor is kept. */
function shardOf(t: Tables, keep: (articleIndex: number) => boolean): Tables {
  const articles = t.articles.filter((_, i) => keep(i));
  const ids = new Set(articles.map((a) => a.id));
  const sections = t.sections.filter((s) => ids.has(s.articleId));
  const sectionIds = new Set(sections.map((s) => s.id));
  const paragraphs = t.paragraphs.filter((p) => sectionIds.has(p.sectionId));
  const paragraphIds = new Set(paragraphs.map((p) => p.id));
  const events = t.events.filter((e) => ids.has(e.articleId));
  const eventIds = new Set(events.map((e) => e.id));
  return {
    articles, sections, paragraphs, actors: t.actors, events,
    roles: t.roles.filter((r) => r.evidence.every((s) => paragraphIds.has(s.paragraphId))),
    mentions: t.mentions.filter((m) => paragraphIds.has(m.span.paragraphId)),
    eventRelations: t.eventRelations.filter((r) => eventIds.has(r.fromEventId) && eventIds.has(r.toEventId)),
    quotes: t.quotes.filter((q) => ids.has(q.articleId)),
    claims: t.claims.filter((c) => ids.has(c.articleId)),
    expertOpinions: t.expertOpinions.filter((o) => ids.has(o.articleId)),
    alignments: t.alignments.filter((a) => paragraphIds.has(a.span.paragraphId)),
  };
}

/** Reads a request's body. */
const bodyOf = (request: IncomingMessage) => new Promise<string>((resolve) => {
  let body = '';
  request.on('data', (c: Buffer) => (body += c.toString()));
  request.on('end', () => resolve(body));
});

/**
 * The router: forwards each request to the shard holding the article a variable names (by slug),
 * or to the first shard when none does. A real router would read the shard from the slug itself
 * (a hash, or the shard in the global id) rather than from a table.
 */
function router(shards: readonly { url: string; dataset: Dataset }[]) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const body = await bodyOf(request);
    const variables = (JSON.parse(body || '{}') as { variables?: Record<string, unknown> }).variables ?? {};
    const named = Object.values(variables).filter((v): v is string => typeof v === 'string');
    const shard = shards.find((s) => named.some((slug) => s.dataset.articles.bySlug.has(slug))) ?? shards[0]!;
    const answer = await fetch(`${shard.url}${request.url}`, { method: request.method, headers: { 'content-type': 'application/json', accept: request.headers.accept ?? 'application/json' }, body });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  };
}

const ARTICLE = 'query ($slug: String!) { article(slug: $slug) { id slug headline { text } sections { id paragraphs { id } } } }';

describe('two shards of a corpus behind the gateway', () => {
  const manifest = loadDataset().manifest;
  const { tables } = synthesizeTables({ articles: ARTICLES });
  const datasets = [0, 1].map((shard) => buildDataset(shardOf(tables, (i) => i % 2 === shard), manifest, `shard-${shard}`));
  const servers: Listening[] = [];
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let routerUrl = '';

  beforeAll(async () => {
    const shards = [];
    for (const dataset of datasets) {
      const server = await listen(createSubgraphApp({ dataset }));
      servers.push(server);
      shards.push({ url: server.url, dataset });
    }
    const front = await listen(router(shards));
    const wikidata = await listen(createWikidataApp());
    servers.push(front, wikidata);
    routerUrl = front.url;
    gateway = await startGateway(composeSupergraph({ akhbar: front.url, wikidata: wikidata.url }));
  }, 60_000);
  afterAll(async () => {
    await gateway?.close();
    for (const s of servers) await s.close();
  });

  it('holds each article in one shard only', () => {
    expect(datasets.map((d) => d.articles.all.length)).toEqual([ARTICLES / 2, ARTICLES / 2]);
    expect(datasets[0]!.articles.bySlug.has('synth-1')).toBe(false);
    expect(datasets[1]!.articles.bySlug.has('synth-0')).toBe(false);
  });

  it('answers an article from each shard through the gateway', async () => {
    for (const [slug, shard] of [['synth-0', 0], ['synth-1', 1], ['synth-18', 0], ['synth-19', 1]] as const) {
      const result = await post(gateway.url, ARTICLE, { slug });
      expect(result.errors).toBeUndefined();
      const record = datasets[shard]!.articles.bySlug.get(slug)!;
      expect(result.data.article.slug).toBe(slug);
      // The gateway does not pass the client's Accept-Language on, so the shard answers in Arabic.
      expect(result.data.article.headline.text).toBe(record.headline.ar);
      expect(result.data.article.sections.flatMap((s: any) => s.paragraphs)).toHaveLength(datasets[shard]!.paragraphsOfArticle.get(record.id)!.length);
    }
  });

  it('costs a gateway hop per request (measured, not asserted: docs/SCALING.md)', async () => {
    const median = async (url: string) => {
      const times: number[] = [];
      for (let i = 0; i < 60; i++) times.push((await post(url, ARTICLE, { slug: `synth-${i % ARTICLES}` })).ms);
      return times.sort((a, b) => a - b)[30]!;
    };
    await median(gateway.url);
    const [through, direct] = [await median(gateway.url), await median(routerUrl)];
    console.info(`shards: article through the gateway ${through.toFixed(2)} ms, straight to the router ${direct.toFixed(2)} ms (medians of 60)`);
    expect(through).toBeGreaterThan(0);
  });
});
