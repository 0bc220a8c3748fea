/**
 * The corpus queries (search with filters, events by date range, an actor's events in date order)
 * over 2,000 synthetic articles, each answer checked against the same question worked out by a
 * plain scan of the records. No times are asserted: the benchmark's scale section measures them.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { buildDataset } from '../src/data/dataset.js';
import { loadDataset } from '../src/data/load.js';
import { dateRange } from '../src/data/validate.js';
import { synthesizeTables } from '../scripts/synth.js';

const ARTICLES = 2_000;
const dataset = buildDataset(synthesizeTables({ articles: ARTICLES }).tables, loadDataset().manifest, 'corpus-test');
const app = createApp({ dataset, limits: { maxCost: 100_000_000 } });

async function run(query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await app.fetch('http://akhbar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: any; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

/** A search hit with its subject's global id read back into the record's id. */
const decodeIds = (node: any) => (node.subject?.id
  ? { ...node, subject: { id: Buffer.from(node.subject.id as string, 'base64url').toString('utf8').replace(/^[A-Za-z]+:/, '') } }
  : node);

/** Every page of a connection, following `endCursor`. */
async function allPages(query: string, variables: Record<string, unknown>, pick: (d: any) => any): Promise<any[]> {
  const out: any[] = [];
  for (let after: string | null = null; ;) {
    const page = pick(await run(query, { ...variables, after, first: 100 }));
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out.map(decodeIds);
    after = page.pageInfo.endCursor;
  }
}

const SEARCH = `query ($query: String!, $actors: [String!], $articles: [String!], $from: Date, $to: Date, $kinds: [SearchHitKind!], $first: Int, $after: String) {
  search(query: $query, actors: $actors, articles: $articles, from: $from, to: $to, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { kind score subject { ... on Node { id } } }
  }
}`;

describe(`corpus queries over ${ARTICLES.toLocaleString('en-US')} articles`, () => {
  const article = dataset.articles.all[1234]!;
  const actor = dataset.actors.all.find((a) => a.id === 'act_synth-1234-person')!;

  it('search narrowed to an article returns exactly the unfiltered hits that are in it, best first', async () => {
    const word = dataset.paragraphsOfArticle.get(article.id)![0]!.text.ar.split(' ').find((w) => w.length >= 5)!;
    const all = dataset.searchIndex.search(word);
    const articleOf = (r: any) => ('articleId' in r ? r.articleId : dataset.articleOfParagraph.get(r.id)?.id);
    const expected = all.slice().filter((h) => articleOf(h.subject.record) === article.id).map((h) => h.subject.record.id);
    expect(expected.length).toBeGreaterThan(0);
    const hits = await allPages(SEARCH, { query: word, articles: [article.slug] }, (d) => d.search);
    expect(hits.map((h) => h.subject.id)).toEqual(expected);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('search narrowed to an actor and a publication range keeps only what involves it, in range', async () => {
    const { publishedOn } = article;
    const hits = await allPages(SEARCH, { query: actor.name.ar, actors: [actor.slug], from: publishedOn, to: publishedOn }, (d) => d.search);
    expect(hits.length).toBeGreaterThan(1);
    const quotes = new Set(dataset.quotesBySpeaker.get(actor.id)?.map((q) => q.id));
    const paragraphs = new Set(dataset.mentionsOfActor.get(actor.id)?.map((m) => m.span.paragraphId));
    for (const h of hits) {
      const id = h.subject.id as string;
      expect(quotes.has(id) || paragraphs.has(id) || dataset.events.byId.get(id)?.participants.some((p) => p.actorId === actor.id)
        || dataset.claims.byId.get(id)?.claimantId === actor.id || dataset.claims.byId.get(id)?.aboutActorIds.includes(actor.id)
        || dataset.expertOpinions.byId.get(id)?.expertId === actor.id).toBeTruthy();
      const record = dataset.quotes.byId.get(id) ?? dataset.events.byId.get(id) ?? dataset.claims.byId.get(id) ?? dataset.expertOpinions.byId.get(id);
      const published = record ? dataset.articles.ref(record.articleId).publishedOn : dataset.articleOfParagraph.get(id)!.publishedOn;
      expect(published).toBe(publishedOn);
    }
  });

  it('search pages through a common word without losing or repeating a hit', async () => {
    const first = await run(SEARCH, { query: 'الرئيس', kinds: ['QUOTE'], first: 10 });
    const hits = await allPages(SEARCH, { query: 'الرئيس', kinds: ['QUOTE'] }, (d) => d.search);
    expect(hits).toHaveLength(first.search.totalCount);
    expect(new Set(hits.map((h) => h.subject.id)).size).toBe(hits.length);
    expect(hits.every((h) => h.kind === 'QUOTE')).toBe(true);
  });

  it('events by date range equal a scan of every event\'s dates, in the dataset\'s order', async () => {
    const [from, to] = ['2025-03-01', '2025-03-20'];
    const expected = dataset.events.all.filter((e) => {
      const r = e.date ? dateRange(e.date) : undefined;
      return r !== undefined && typeof r !== 'string' && r.last >= from && r.first <= to;
    }).map((e) => e.slug);
    expect(expected.length).toBeGreaterThan(10);
    const events = await allPages('query ($from: Date, $to: Date, $first: Int, $after: String) { events(filter: {from: $from, to: $to}, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug } } }',
      { from, to }, (d) => d.events);
    expect(events.map((e) => e.slug)).toEqual(expected);
  });

  it('an actor\'s events across the corpus come in chronological order', async () => {
    const putin = await allPages('query ($first: Int, $after: String) { actor(slug: "vladimir-putin") { events(orderBy: {field: DATE}, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug } } } }',
      {}, (d) => d.actor.events);
    expect(putin.length).toBe(new Set(dataset.participationsOfActor.get('act_vladimir-putin')!.map((p) => p.event.id)).size);
    const positions = putin.map((e) => dataset.chronology.get(dataset.events.bySlug.get(e.slug)!.id)!);
    const placed = positions.filter((p) => p.placement !== 'UNPLACED').map((p) => p.position);
    expect(placed).toEqual([...placed].sort((a, b) => a - b));
  });

  it('an actor\'s quotes across the corpus come by publication date, newest first when asked', async () => {
    const query = 'query ($first: Int, $after: String) { actor(slug: "vladimir-putin") { quotes(orderBy: {field: PUBLISHED, direction: DESC}, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id article { publishedOn } } } } }';
    const quotes = await allPages(query, {}, (d) => d.actor.quotes);
    expect(quotes).toHaveLength(dataset.quotesBySpeaker.get('act_vladimir-putin')!.length);
    const days = quotes.map((q) => q.article.publishedOn as string);
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(days).size).toBeGreaterThan(10);
  });
});
