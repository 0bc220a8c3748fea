/**
 * urql with graphcache, schema-aware (the introspected schema/schema.graphql), against a live
 * server: every operation, a paginated query merged by relayPagination, both languages. graphcache
 * warns in development builds (missing ids, fields it cannot match); a test fails on any warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { buildSchema, introspectionFromSchema, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { startServer } from '../helpers/server.js';
import { operations } from './operations.js';
import { collectWarnings } from './warnings.js';

let url: string;
let close: () => Promise<void>;
beforeAll(async () => ({ url, close } = await startServer()));
afterAll(() => close());
const warnings = collectWarnings();

const schema = buildSchema(readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8'));
/** Object types without an `id` are values, stored inside their parent: graphcache keys them on nothing. */
const valueTypes = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Query' && !('id' in type.getFields()))
  .map((type) => type.name);

function createClient() {
  return new Client({
    url: `${url}/graphql`,
    exchanges: [
      cacheExchange({
        schema: introspectionFromSchema(schema),
        keys: Object.fromEntries(valueTypes.map((name) => [name, () => null])),
        resolvers: { Query: { search: relayPagination() } },
      }),
      fetchExchange,
    ],
  });
}

describe('urql + graphcache', () => {
  it('warns in this build: a record without its id is reported', async () => {
    await createClient().query(gql`{ actor(slug: "vladimir-putin") { slug } }`, {}).toPromise();
    expect(warnings.messages.join('\n')).toMatch(/Invalid key/);
    warnings.messages = [];
  });

  it('treats the value types (no id) as values', () => {
    expect(valueTypes).toEqual(expect.arrayContaining(['LocalizedText', 'SourceSpan', 'EventParticipant', 'PageInfo', 'SearchHitEdge']));
    expect(valueTypes).not.toContain('Person');
  });

  it.each(operations.map((o) => [o.name, o] as const))('runs %s with no error and no warning, then answers it from the cache', async (_name, operation) => {
    const client = createClient();
    const query = gql(operation.source);
    const result = await client.query(query, operation.variables).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toBeTruthy();
    const again = await client.query(query, operation.variables, { requestPolicy: 'cache-only' }).toPromise();
    expect(again.data).toEqual(result.data);
  });

  it('pages through search, merging pages with relayPagination', async () => {
    const client = createClient();
    const query = gql(operations.find((o) => o.name === 'Search')!.source);
    const first = await client.query(query, { query: 'بوتين', first: 2 }).toPromise();
    const page1 = first.data.search.edges.map((e: any) => e.node.subject.id);
    const second = await client.query(query, { query: 'بوتين', first: 2, after: first.data.search.pageInfo.endCursor }).toPromise();
    const merged = second.data.search.edges.map((e: any) => e.node.subject.id);
    expect(merged).toHaveLength(4);
    expect(merged.slice(0, 2)).toEqual(page1);
  });

  it('keeps the languages apart in the cache', async () => {
    const client = createClient();
    const query = gql`query Name($language: Language!) { actor(slug: "vladimir-putin") { id name { text(language: $language) } } }`;
    await client.query(query, { language: 'AR' }).toPromise();
    await client.query(query, { language: 'EN' }).toPromise();
    const ar = await client.query(query, { language: 'AR' }, { requestPolicy: 'cache-only' }).toPromise();
    const en = await client.query(query, { language: 'EN' }, { requestPolicy: 'cache-only' }).toPromise();
    expect(ar.data.actor.name.text).toBe('فلاديمير بوتين');
    expect(en.data.actor.name.text).toBe('Vladimir Putin');
  });
});
