/**
 * Apollo Client 4 against a live server, as a frontend sets it up: InMemoryCache with the
 * generated `possibleTypes` and `relayStylePagination`, automatic persisted queries over GET, the
 * language as an argument. Loaded under the `development` condition, so that Apollo warns about
 * any cache problem; a test fails on any console message.
 */
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import introspection from '../../src/generated/possible-types.js';
import { startServer } from '../helpers/server.js';
import { operations } from './operations.js';
import { collectWarnings } from './warnings.js';

let url: string;
let close: () => Promise<void>;
beforeAll(async () => ({ url, close } = await startServer()));
afterAll(() => close());
const warnings = collectWarnings();

/** The object types without an `id` that records share (see the schema's `strict-id-in-types` exceptions). */
const VALUE_TYPES = ['LocalizedText', 'PartialDate', 'DatasetManifest', 'DatasetCounts'];

/** The set-up README recommends; `requests` records what went over the wire. */
function createClient(requests: { method: string; url: string; status: number }[] = []) {
  const fetchAndRecord: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    requests.push({ method: init?.method ?? 'GET', url: String(input), status: response.status });
    return response;
  };
  const persisted = createPersistedQueryLink({
    sha256: (text: string) => createHash('sha256').update(text).digest('hex'),
    useGETForHashedQueries: true,
  });
  return new ApolloClient({
    link: persisted.concat(new HttpLink({ uri: `${url}/graphql`, fetch: fetchAndRecord })),
    clientAwareness: { name: 'akhbar-tests', version: '1.0.0' },
    cache: new InMemoryCache({
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        // Value types have no id: merge what two queries select of them instead of replacing it,
        // so `text(language: AR)` and `text(language: EN)` live side by side.
        ...Object.fromEntries(VALUE_TYPES.map((type) => [type, { merge: true }])),
        Query: { fields: { search: relayStylePagination(['query', 'kinds']), events: relayStylePagination(['filter', 'orderBy']) } },
      },
    }),
  });
}

describe('Apollo Client 4', () => {
  it('is loaded in development mode, where it warns: a result missing a field is reported', () => {
    createClient().writeQuery({ query: gql`{ actor(slug: "x") { id slug } }`, data: { actor: { __typename: 'Person', id: 'x' } } as never });
    expect(warnings.messages.join('\n')).toMatch(/Missing field 'slug'/);
    warnings.messages = [];
  });

  it.each(operations.map((o) => [o.name, o] as const))('runs %s with no error and no warning, and reads it back from the cache', async (_name, operation) => {
    const client = createClient();
    const query = gql(operation.source);
    const result = await client.query<any>({ query, variables: operation.variables });
    expect(result.error).toBeUndefined();
    expect(result.data).toBeTruthy();
    const cached = client.readQuery({ query, variables: operation.variables });
    expect(cached).toEqual(result.data);
  });

  it('pages through search with fetchMore, merging pages with relayStylePagination', async () => {
    const client = createClient();
    const query = gql(operations.find((o) => o.name === 'Search')!.source);
    const variables = { query: 'بوتين', first: 2 };
    const first = await client.query<any>({ query, variables });
    const page1 = first.data!.search.edges.map((e: any) => e.node.subject.id);
    expect(page1).toHaveLength(2);
    const watch = client.watchQuery({ query, variables, fetchPolicy: 'cache-first' });
    const subscription = watch.subscribe(() => {});
    await watch.fetchMore({ variables: { after: first.data!.search.pageInfo.endCursor } });
    subscription.unsubscribe();
    const merged = client.readQuery<any>({ query, variables })!.search.edges.map((e: any) => e.node.subject.id);
    expect(merged.slice(0, 2)).toEqual(page1);
    expect(merged.length).toBe(4);
  });

  it('keeps the languages apart: the cache holding both never answers one for the other', async () => {
    const client = createClient();
    const query = gql`query Name($slug: String!, $language: Language!) {
      actor(slug: $slug) { id name { text(language: $language) direction(language: $language) } }
    }`;
    const ar = await client.query<any>({ query, variables: { slug: 'vladimir-putin', language: 'AR' } });
    const en = await client.query<any>({ query, variables: { slug: 'vladimir-putin', language: 'EN' } });
    expect(ar.data!.actor.name).toEqual({ __typename: 'LocalizedText', text: 'فلاديمير بوتين', direction: 'RTL' });
    expect(en.data!.actor.name).toEqual({ __typename: 'LocalizedText', text: 'Vladimir Putin', direction: 'LTR' });
    for (const [language, text] of [['AR', 'فلاديمير بوتين'], ['EN', 'Vladimir Putin'], ['AR', 'فلاديمير بوتين']] as const) {
      const cached = await client.query<any>({ query, variables: { slug: 'vladimir-putin', language }, fetchPolicy: 'cache-only' });
      expect(cached.data!.actor.name.text).toBe(text);
    }
  });

  it('sends a known query as one hash-only GET; registers an unknown one once, then GETs it', async () => {
    const requests: { method: string; url: string; status: number }[] = [];
    const query = gql`query Apq { actor(slug: "lev-zabolotov") { id slug } }`;
    const first = createClient(requests);
    await first.query({ query });
    expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 404', 'POST 200']);
    requests.length = 0;
    await createClient(requests).query({ query }); // another page, same query: one cacheable GET
    expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200']);
    expect(new URL(requests[0]!.url).searchParams.get('query')).toBeNull();
  });
});
