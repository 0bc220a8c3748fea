import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/load.js';
import { projectRoot } from '../../src/paths.js';
import { printSchemaSDL } from '../../src/graphql/print.js';
import { createSubgraphApp } from '../../src/subgraph/app.js';
import { subgraphSchema } from '../../src/subgraph/index.js';
import { printSubgraphSDL } from '../../src/subgraph/print.js';
import { execute as executePlain } from '../helpers/graphql.js';
import { startServer } from '../helpers/server.js';

const app = createSubgraphApp();
const dataset = loadDataset();

async function execute(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch('http://akhbar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const ENTITIES_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Actor { slug name { text } }
    ... on Article { slug headline { text } }
    ... on Event { slug }
    ... on Quote { slug text { text } }
    ... on Claim { slug }
    ... on ExpertOpinion { slug }
  }
}`;

/** Every entity type and the records behind it. */
const entityTables: [typename: string, records: readonly { slug: string }[]][] = [
  ['Person', dataset.actors.all.filter((a) => a.kind === 'PERSON')],
  ['Organization', dataset.actors.all.filter((a) => a.kind === 'ORGANIZATION')],
  ['Place', dataset.actors.all.filter((a) => a.kind === 'PLACE')],
  ['Group', dataset.actors.all.filter((a) => a.kind === 'GROUP')],
  ['Article', dataset.articles.all],
  ['Event', dataset.events.all],
  ['Quote', dataset.quotes.all],
  ['Claim', dataset.claims.all],
  ['ExpertOpinion', dataset.expertOpinions.all],
];

describe('the federation subgraph schema', () => {
  it('matches the committed schema/subgraph.graphql (run `npm run schema:print` after changing it)', () => {
    expect(readFileSync(join(projectRoot, 'schema', 'subgraph.graphql'), 'utf8')).toBe(printSubgraphSDL());
  });

  it('leaves the plain schema byte-identical, even in a process that built the subgraph', () => {
    expect(readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8')).toBe(printSchemaSDL());
    expect(printSchemaSDL()).not.toMatch(/@key|_entities|_service|_Any/);
  });

  it('links Federation v2 and keys every entity by slug, and nothing else', () => {
    const sdl = printSubgraphSDL();
    expect(sdl).toMatch(/^extend schema\s+@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \["@key"\]\)/);
    const keyed = [...sdl.matchAll(/^type (\w+)[^{]*@key\(fields: "slug"\)/gm)].map((m) => m[1]).sort();
    expect(keyed).toEqual(entityTables.map(([typename]) => typename).sort());
    expect(sdl.match(/@key\(/g)).toHaveLength(entityTables.length);
  });

  it('serves the same SDL as `_service { sdl }`', async () => {
    const { data, errors } = await execute('{ _service { sdl } }');
    expect(errors).toBeUndefined();
    expect(data._service.sdl).toBe(printSubgraphSchema(subgraphSchema));
  });

  it('keeps every root field of the plain schema', () => {
    const plain = printSchemaSDL().match(/^type Query \{[\s\S]*?^\}/m)![0];
    const fields = [...plain.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]);
    expect(Object.keys(subgraphSchema.getQueryType()!.getFields())).toEqual(expect.arrayContaining([...fields, '_entities', '_service']));
  });
});

describe('_entities', () => {
  it.each(entityTables)('resolves every %s by its slug, in the order asked', async (typename, records) => {
    expect(records.length).toBeGreaterThan(0);
    const representations = records.map((r) => ({ __typename: typename, slug: r.slug }));
    const { data, errors } = await execute(ENTITIES_QUERY, { representations });
    expect(errors).toBeUndefined();
    expect(data._entities.map((e: any) => [e.__typename, e.slug])).toEqual(records.map((r) => [typename, r.slug]));
  });

  it('resolves fields of an entity as the plain schema does', async () => {
    const { data } = await execute(ENTITIES_QUERY, { representations: [{ __typename: 'Person', slug: 'vladimir-putin' }] });
    const plain = await executePlain('{ actor(slug: "vladimir-putin") { slug name { text } } }', { language: 'en' });
    expect(data._entities[0]).toEqual({ __typename: 'Person', ...plain.data!.actor });
  });

  it('answers null for an unknown slug, and for the slug of an actor of another kind', async () => {
    const { data, errors } = await execute(ENTITIES_QUERY, {
      representations: [
        { __typename: 'Person', slug: 'nobody-at-all' },
        { __typename: 'Person', slug: 'moscow' },
        { __typename: 'Place', slug: 'moscow' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([null, null, { __typename: 'Place', slug: 'moscow', name: { text: 'Moscow' } }]);
  });

  const entityTypes = entityTables.map(([typename]) => typename).sort();

  it.each([
    ['an unknown __typename', { __typename: 'Nope', slug: 'x' }, /has `__typename` "Nope", which is not an entity type of this subgraph; the entity types are (\w+, )+\w+\.$/],
    ['a type that is not an entity', { __typename: 'LocalizedText', slug: 'x' }, /has `__typename` "LocalizedText", which is not an entity type/],
    ['an interface of entities', { __typename: 'Actor', slug: 'vladimir-putin' }, /has `__typename` "Actor", which is not an entity type/],
    ['no __typename', { slug: 'vladimir-putin' }, /has `__typename` undefined, which is not an entity type/],
    ['no slug', { __typename: 'Person' }, /\(Person\) has no `slug`; every entity is keyed by its `slug`, a string\.$/],
    ['a number as slug', { __typename: 'Person', slug: 42 }, /\(Person\) has `slug` 42; the `slug` must be a string\.$/],
    ['null as slug', { __typename: 'Event', slug: null }, /\(Event\) has `slug` null; the `slug` must be a string\.$/],
    ['an object as slug', { __typename: 'Article', slug: { id: 'x' } }, /\(Article\) has `slug` \{"id":"x"\}; the `slug` must be a string\.$/],
    ['a string instead of an object', 'Person:vladimir-putin', /is "Person:vladimir-putin"; a representation is an object with `__typename` and `slug`\.$/],
  ])('refuses %s with BAD_USER_INPUT naming the representation and what is allowed', async (_label, bad, message) => {
    const { data, errors } = await execute(ENTITIES_QUERY, { representations: [{ __typename: 'Person', slug: 'vladimir-putin' }, bad] });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'representations' });
    expect(errors![0]!.message).toMatch(/^`representations\[1\]` /);
    expect(errors![0]!.message).toMatch(message);
  });

  it('lists every entity type, and only those, when it refuses a __typename', async () => {
    const { errors } = await execute(ENTITIES_QUERY, { representations: [{ __typename: 'Nope', slug: 'x' }] });
    const listed = /the entity types are (.*)\.$/.exec(errors![0]!.message)![1]!.split(', ');
    expect(listed).toEqual(entityTypes);
  });

  it('cuts a long value short in the message', async () => {
    const { errors } = await execute(ENTITIES_QUERY, { representations: [{ __typename: 'x'.repeat(10_000), slug: 'x' }] });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message.length).toBeLessThan(300);
  });

  // Found while executing, like any argument a resolver refuses: 200 with `data: null` and the error.
  it('answers a bad representation with BAD_USER_INPUT over HTTP on 127.0.0.1, not an internal error', async () => {
    const server = await startServer({ schema: subgraphSchema });
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: ENTITIES_QUERY, variables: { representations: [{ __typename: 'Nope', slug: 'x' }] } }),
      });
      expect(res.status).toBe(200);
      const body = await res.json() as { data: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(body.data).toBeNull();
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors[0]!.message).toContain('"Nope"');
      for (const typename of entityTypes) expect(body.errors[0]!.message).toContain(typename);
    } finally {
      await server.close();
    }
  });

  it('is not part of the plain schema that ordinary clients see', async () => {
    const result = await executePlain('{ _service { sdl } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the SCHEMA setting', () => {
  it('defaults to the plain schema, accepts `subgraph`, and refuses anything else', () => {
    expect(readConfig({}).schema).toBe('plain');
    expect(readConfig({ SCHEMA: 'subgraph' }).schema).toBe('subgraph');
    expect(() => readConfig({ SCHEMA: 'supergraph' })).toThrow(/SCHEMA/);
  });
});
