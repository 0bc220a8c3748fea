/**
 * The fast path (src/http/fast-path.ts) answers exactly as yoga does: every operation in
 * schema/operations, with new variables, over GET and POST, in both languages and every framing,
 * and every error case, through a server with the fast path and one without (neither caching
 * answers), compared by status, headers and bytes. Error cases must be declined by the fast path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realisticOperations } from '../scripts/load-queries.js';
import { loadDataset } from '../src/data/load.js';
import { parse } from 'graphql';
import { operationCost } from '../src/http/guards/cost.js';
import { HEAVY_COST } from '../src/http/guards/limits.js';
import { documentId } from '../src/http/guards/persisted-documents.js';
import { schema } from '../src/graphql/index.js';
import { startServer } from './helpers/server.js';

const dataset = loadDataset();
// Every operation of schema/operations with the variables `npm run soak` sends it, and its cost.
const operations = realisticOperations().map((o) => ({ ...o, cost: operationCost(schema, parse(o.query), undefined, o.variables)!.cost }));

const serve = async (fastPath: boolean) => {
  const { graphql: url, listener, close } = await startServer({ dataset, cache: false, fastPath });
  return { url, listener, close };
};

let fast: Awaited<ReturnType<typeof serve>>;
let general: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  fast = await serve(true);
  general = await serve(false);
});
afterAll(async () => {
  await fast.close();
  await general.close();
});

interface Request { method: 'GET' | 'POST'; params: Record<string, unknown>; headers: Record<string, string> }

function send(url: string, { method, params, headers }: Request): Promise<Response> {
  if (method === 'POST') return fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(params) });
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return fetch(`${url}?${search}`, { headers });
}

async function snapshot(res: Response) {
  const headers = [...res.headers].filter(([k]) => !['date', 'keep-alive', 'connection'].includes(k)).sort();
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('utf8') };
}

/** Sends `learn` then `request` to the fast server, `request` to the general one; returns both and whether the fast path answered. */
async function compare(learn: Request, request: Request) {
  await send(fast.url, learn);
  const before = fast.listener.stats.fast;
  const viaFast = await snapshot(await send(fast.url, request));
  const viaGeneral = await snapshot(await send(general.url, request));
  return { viaFast, viaGeneral, answeredFast: fast.listener.stats.fast > before };
}

const framings = ['', 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9'];

describe('the fast path answers as yoga does', () => {
  it('serves most operations of schema/operations', () => {
    expect(operations.filter((o) => o.cost < HEAVY_COST).length).toBeGreaterThanOrEqual(6);
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s: every framing, language and method, by text and by id', async (_name, op) => {
    for (const accept of framings) for (const language of ['ar', 'en']) for (const method of ['GET', 'POST'] as const) {
      const headers = { ...(accept ? { accept } : {}), 'accept-language': language };
      for (const params of [{ query: op.query, variables: op.variables }, { documentId: documentId(op.query), variables: op.variables }]) {
        const request = { method, params, headers };
        const { viaFast, viaGeneral, answeredFast } = await compare(request, request);
        expect(viaGeneral.status, `${op.name} ${method} ${accept}`).toBe(200);
        expect(viaFast).toEqual(viaGeneral);
        // Heavy operations take turns under the time limit: they stay on yoga's path.
        expect(answeredFast, `${op.name} ${method} ${accept} ${language}`).toBe(op.cost < HEAVY_COST);
      }
    }
  }, 120_000);

  it('answers new variables for a document it knows', async () => {
    const search = operations.find((o) => o.name === 'Search')!;
    for (const [i, query] of ['الكرملين', 'ترمب', 'Putin', 'لا شيء هنا', 'ويتكوف'].entries()) {
      const learn = { method: 'POST' as const, params: { query: search.query, variables: { query: `learn${i}` } }, headers: {} };
      const { viaFast, viaGeneral, answeredFast } = await compare(learn, { ...learn, params: { query: search.query, variables: { query } } });
      expect(viaFast).toEqual(viaGeneral);
      expect(answeredFast).toBe(true);
    }
  });

  const list = 'query L($first: Int, $after: String, $kinds: [EventKind!]) { events(first: $first, after: $after, filter: { kinds: $kinds }) { totalCount nodes { slug } pageInfo { endCursor } } }';
  it.each([
    ['a variable of the wrong type', { first: 'ten' }],
    ['an unknown enum value', { kinds: ['NOPE'] }],
    ['a page over the limit', { first: 101 }],
    ['a negative page', { first: -1 }],
    ['a malformed cursor (a field error)', { first: 2, after: 'not-a-cursor' }],
    ['an unknown variable only (ignored, answered)', { first: 2, extra: 1 }],
  ])('%s: the same answer; errors are left to yoga', async (_case, vars) => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const learn = { method: 'POST' as const, params: { query: list, variables: { first: 1 } }, headers: { accept } };
      const { viaFast, viaGeneral, answeredFast } = await compare(learn, { ...learn, params: { query: list, variables: vars } });
      expect(viaFast).toEqual(viaGeneral);
      expect(answeredFast).toBe(!viaGeneral.body.includes('"errors"'));
    }
  });

  it('@include and @skip: answered as yoga answers, a null `if` (an error in graphql-js) left to yoga', async () => {
    const directed = 'query D($v: Boolean = false) { events(first: 2) { nodes { slug evidence @include(if: $v) { excerpt } title @skip(if: $v) { ar } } } }';
    const learn = { method: 'POST' as const, params: { query: directed, variables: {} }, headers: {} };
    for (const [vars, fast] of [[{}, true], [{ v: true }, true], [{ v: false }, true], [{ v: null }, false]] as const) {
      const { viaFast, viaGeneral, answeredFast } = await compare(learn, { ...learn, params: { query: directed, variables: vars } });
      expect(viaFast).toEqual(viaGeneral);
      expect(answeredFast, JSON.stringify(vars)).toBe(fast);
    }
  });

  it('a costly operation and an unknown operation name go to yoga', async () => {
    const costly = 'query C($n: Int) { actors(first: $n) { nodes { quotes(first: $n) { nodes { slug } } } } }';
    const learn = { method: 'POST' as const, params: { query: costly, variables: { n: 1 } }, headers: {} };
    const heavy = await compare(learn, { ...learn, params: { query: costly, variables: { n: 100 } } });
    expect(heavy.viaFast).toEqual(heavy.viaGeneral);
    expect(heavy.answeredFast).toBe(false);
    const unknown = await compare(learn, { ...learn, params: { query: costly, variables: { n: 1 }, operationName: 'Nope' } });
    expect(unknown.viaFast).toEqual(unknown.viaGeneral);
    expect(unknown.answeredFast).toBe(false);
  });
});
